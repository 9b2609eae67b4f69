"""What a PDF the app wrote holds, read back with pypdf."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the file uses, anywhere (pages, forms, drawings), and whether its
    glyphs are embedded in the file."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(obj: Any) -> None:
        if hasattr(obj, "idnum"):
            if obj.idnum in seen:
                return
            seen.add(obj.idnum)
        obj = obj.get_object() if hasattr(obj, "get_object") else obj
        if isinstance(obj, dict):
            if obj.get("/Type") == "/Font":
                found[str(obj.get("/BaseFont"))] = _embedded(obj)
            for key, value in obj.items():
                if key != "/Parent":
                    walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    for page in reader.pages:
        walk(page)
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
