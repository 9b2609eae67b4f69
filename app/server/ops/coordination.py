"""A coordinator's operations: each group's year read through the server's
views, and the service-wide bilan written as a PDF."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from app.files import write_atomically
from app.server.rules import GroupYear

if TYPE_CHECKING:
    from app.server.store import CoordinationReader

__all__ = [
    "GroupYear",
    "export_service_bilan",
    "service_bilan_suspects",
    "service_year",
    "service_years",
]


def service_years(reader: CoordinationReader) -> list[int]:
    return reader.years()


def service_year(reader: CoordinationReader, *, year: int) -> list[GroupYear]:
    return reader.year(year)


def service_bilan_suspects(groups: list[GroupYear]) -> list[str]:
    """The names the service's bilan would print that may be someone's: the
    coordinator decides each before it is written."""
    from app.export.service_bilan import service_bilan_third_parties

    return service_bilan_third_parties(groups)


def export_service_bilan(
    groups: list[GroupYear],
    *,
    year: int,
    path: Path,
    lang: str,
    third_parties: Mapping[str, str] | None = None,
) -> None:
    """Writes the bilan of the groups' year read once (the names decided were
    those of these titles); ``third_parties``: the names to replace (None:
    every suspect is)."""
    from app.export.service_bilan import service_bilan_pdf

    write_atomically(service_bilan_pdf(year, groups, lang, third_parties), path)
