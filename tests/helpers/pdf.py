"""What a PDF the app wrote holds, read back with pypdf."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the file uses, anywhere (pages, forms, drawings), and whether its
    glyphs are embedded in the file."""
    found: dict[str, bool] = {}
    seen: set[int] = set()
    todo: list[Any] = list(PdfReader(io.BytesIO(pdf)).pages)
    while todo:
        obj = todo.pop()
        number = getattr(obj, "idnum", None)
        if number is not None and number in seen:
            continue
        if number is not None:
            seen.add(number)
        obj = obj.get_object() if hasattr(obj, "get_object") else obj
        if isinstance(obj, dict):
            if obj.get("/Type") == "/Font":
                found[str(obj.get("/BaseFont"))] = _embedded(obj)
            todo += [value for key, value in obj.items() if key != "/Parent"]
        elif isinstance(obj, list):
            todo += obj
    return found


def _embedded(font: Any) -> bool:
    descendants = font.get("/DescendantFonts")
    if descendants is not None:
        return all(_embedded(d.get_object()) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
