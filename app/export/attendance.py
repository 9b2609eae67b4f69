"""The attendance sheet (feuille d'émargement): one A4 page per session, with the
group, the date and place, and each member with their role, their attendance
(excused and absent marked) and a column to sign. Services keep it for training
records and for hours."""

from __future__ import annotations

from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.catalogue import part
from app.export.onepage import BOLD, FONT, markup, register_fonts
from app.export.pages import flowing_pdf

LABELS: dict[str, dict[str, str]] = part("attendance")
MARGIN = 18 * mm


class AttendanceSheet(NamedTuple):
    group: str
    day: str  # as the language writes it
    start: str  # HH:MM, "" when not planned
    place: str
    method: str
    number: int
    roll: list[tuple[str, str, str]]  # (name, role, attendance) in seat order


def attendance_pdf(sheet: AttendanceSheet, lang: str = "fr") -> bytes:
    """One page, or more for a large group: every member has a line to sign."""
    register_fonts()
    t = LABELS.get(lang, LABELS["fr"])
    width, _height = A4
    return flowing_pdf(
        _story(sheet, t, width - 2 * MARGIN),
        pagesize=A4,
        margin=MARGIN,
        title=f"{t['title']} — {sheet.group}",
        footer=t["footer"],
        lang=lang,
    )


def _story(sheet: AttendanceSheet, t: dict[str, str], width: float) -> list[Any]:
    title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22)
    text = ParagraphStyle("text", fontName=FONT, fontSize=10, leading=14)
    when = f"{sheet.day} {sheet.start}".strip()
    details = [
        (t["group"], sheet.group),
        (t["date"], when),
        (t["place"], sheet.place or "—"),
        (t["method"], sheet.method),
        (t["session"], str(sheet.number)),
    ]
    lines = " · ".join(f"<b>{markup(k)}</b> {markup(v)}" for k, v in details)
    rows: list[list[Any]] = [[t["name"], t["role"], t["today"], t["signature"]]]
    for name, role, attendance in sheet.roll:
        cells = (name, t.get(role, role), t.get(attendance, ""))
        rows.append([Paragraph(markup(cell), text) for cell in cells])  # long ones wrap
    table = Table(
        rows,
        colWidths=[width * 0.3, width * 0.24, width * 0.14, width * 0.32],
        repeatRows=1,
        splitInRow=1,  # a name as long as a page goes on to the next
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # never Helvetica
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f4f7")]),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a94a6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 12),  # room to sign
                ("TOPPADDING", (0, 1), (-1, -1), 12),
            ]
        )
    )
    return [Paragraph(markup(t["title"]), title), Spacer(1, 4 * mm), Paragraph(lines, text),
            Spacer(1, 6 * mm), table]  # fmt: skip
