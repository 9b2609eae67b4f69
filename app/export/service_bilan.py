"""The service-wide bilan: one A4 page a coordinator builds from every group's
year, for the social-dialogue bodies (seeds 001 and 004). It is made only of
what the coordinator's role may read on the server: counts, hours, delays and
averages; no name, no note, no one's talk time."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.catalogue import part
from app.dates import day
from app.export.onepage import BOLD, FONT, markup, register_fonts
from app.export.pages import flowing_pdf
from app.export.sheet import every_suspect_replaced
from app.privacy.rules.third_party import replacer, suspected_names
from app.server.rules import SMALL_COUNT, GroupYear, small

LABELS: dict[str, dict[str, str]] = part("service")
MARGIN = 14 * mm


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def group_cells(g: GroupYear, t: dict[str, str], lang: str) -> list[str]:
    """One group's row as the bilan and the coordinator's window both show it."""
    seen = g.present + g.excused + g.absent
    few = f"< {SMALL_COUNT}"  # a small count points at people
    attendance = (
        few
        if g.attendance_hidden or small(g.seats)
        else f"{round(100 * g.present / seen)} %"
        if seen
        else "—"
    )
    delay = (
        t["days"].format(n=round(sum(g.answer_days) / len(g.answer_days))) if g.answer_days else "—"
    )
    evaluation = (
        _number(sum(g.evaluations.values()) / len(g.evaluations), lang)
        if g.evaluations
        else few
        if g.evaluations_hidden
        else "—"
    )
    return [
        g.group,
        ", ".join(g.cycles) or "—",
        str(g.sessions_held),
        _number(g.hours, lang),
        few if small(g.seats) else _number(g.seats, lang),
        attendance,
        f"{g.releves_sent} / {g.releves_answered}",
        delay,
        str(g.actions),
        evaluation,
    ]


def service_total(groups: list[GroupYear], t: dict[str, str]) -> GroupYear:
    """The whole service as one more row: sums, and averages over the groups'."""
    evaluations: dict[str, list[float]] = {}
    for g in groups:
        for question, average in g.evaluations.items():
            evaluations.setdefault(question, []).append(average)
    held = sum(g.sessions_held for g in groups)
    return GroupYear(
        group=t["total"],
        cycles=[str(sum(len(g.cycles) for g in groups))],
        sessions_held=held,
        hours=sum(g.hours for g in groups),
        seats=sum(g.seats for g in groups) / len(groups) if groups else 0.0,
        present=sum(g.present for g in groups),
        excused=sum(g.excused for g in groups),
        absent=sum(g.absent for g in groups),
        releves_sent=sum(g.releves_sent for g in groups),
        releves_answered=sum(g.releves_answered for g in groups),
        answer_days=[d for g in groups for d in g.answer_days],
        actions=sum(g.actions for g in groups),
        evaluations={q: sum(v) / len(v) for q, v in evaluations.items()},
        evaluations_hidden=any(g.evaluations_hidden for g in groups) and not evaluations,
    )


def service_bilan_third_parties(groups: list[GroupYear]) -> list[str]:
    """The names in the cycles' titles the bilan prints ("Cycle de Mme Kerbrat"):
    its only words a group wrote (a group's own name is how the bodies know it)."""
    return suspected_names([title for g in groups for title in g.cycles])


def service_bilan_pdf(
    year: int,
    groups: list[GroupYear],
    lang: str = "fr",
    third_parties: Mapping[str, str] | None = None,
) -> bytes:
    """The service's bilan, with the names confirmed as no one's to show
    replaced ("une tierce personne"); without decisions, every suspect is."""
    if third_parties is None:
        third_parties = every_suspect_replaced(service_bilan_third_parties(groups), lang)
    replace = replacer(third_parties)
    groups = [g._replace(cycles=[replace(title) for title in g.cycles]) for g in groups]
    register_fonts()
    t = LABELS.get(lang, LABELS["fr"])
    page = landscape(A4)
    return flowing_pdf(
        _story(year, groups, t, lang, page[0] - 2 * MARGIN),
        pagesize=page,
        margin=MARGIN,
        title=t["title"].format(year=year),
        footer=t["footer"].format(date=day(date.today(), lang)),
        lang=lang,
    )


def _story(
    year: int, groups: list[GroupYear], t: dict[str, str], lang: str, width: float
) -> list[Any]:
    title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22)
    text = ParagraphStyle("text", fontName=FONT, fontSize=9, leading=12)
    head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10)
    story: list[Any] = [
        Paragraph(markup(t["title"].format(year=year)), title),
        Spacer(1, 3 * mm),
        Paragraph(markup(t["intro"]), text),
        Spacer(1, 5 * mm),
    ]
    if not groups:
        return [*story, Paragraph(markup(t["none"]), text)]
    keys = ["group", "cycles", "held", "hours", "seats", "attendance", "releves", "delay",
            "actions", "evaluation"]  # fmt: skip
    rows: list[list[Any]] = [[Paragraph(markup(t[k]), head) for k in keys]]
    for g in [*groups, service_total(groups, t)]:
        rows.append([Paragraph(markup(cell), text) for cell in group_cells(g, t, lang)])
    shares = [0.19, 0.13, 0.07, 0.06, 0.1, 0.08, 0.1, 0.09, 0.07, 0.11]
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # never Helvetica
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f4f7")]),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#dde3ec")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a94a6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [*story, table]
