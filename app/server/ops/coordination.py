"""A coordinator's operations: each group's year read through the server's
views, and the service-wide bilan written as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.files import write_atomically
from app.server.rules import GroupYear

if TYPE_CHECKING:
    from app.server.store import CoordinationReader

__all__ = ["GroupYear", "export_service_bilan", "service_year", "service_years"]


def service_years(reader: CoordinationReader) -> list[int]:
    return reader.years()


def service_year(reader: CoordinationReader, *, year: int) -> list[GroupYear]:
    return reader.year(year)


def export_service_bilan(
    reader: CoordinationReader, *, year: int, path: Path, lang: str
) -> list[GroupYear]:
    from app.export.service_bilan import service_bilan_pdf

    groups = reader.year(year)
    write_atomically(service_bilan_pdf(year, groups, lang), path)
    return groups
