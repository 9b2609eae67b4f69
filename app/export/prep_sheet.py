"""The narrator's one-page prep sheet, printed with the synthesis sheet's machinery."""

from __future__ import annotations

from app.catalogue import part
from app.dates import day, day_and_time
from app.export.onepage import PageContent, Section, document_lang, render
from app.prep.rules import PARTS, Prep, estimate
from app.protocols import Protocol
from app.session.rules.cues import format_duration

LABELS: dict[str, dict[str, str]] = part("prep")

PART_LABELS: dict[str, list[str]] = part("prep_parts")


def _number(value: float) -> str:
    return f"{value:g}"


def build_prep_content(
    prep: Prep, protocol: Protocol | None, lang: str, wall: float
) -> PageContent:
    t = LABELS.get(lang, LABELS["fr"])
    guess = estimate(prep, protocol)
    parts_labels = PART_LABELS.get(lang, PART_LABELS["fr"])
    rehearsal_rows = []
    for rehearsal in prep.rehearsals[-3:]:
        when = day_and_time(rehearsal.wall, lang)
        cells = [format_duration(s) for s in rehearsal.parts] + ["—"] * (
            len(PARTS) - len(rehearsal.parts)
        )
        rehearsal_rows.append([when, *cells, format_duration(rehearsal.total)])

    def section(key: str, value: str, keep: bool = False) -> Section:
        rows = [[value.strip()]] if value.strip() else []
        return Section(t[key], rows, keep_empty=keep)

    return PageContent(
        lang=document_lang(lang),
        title=t["title"],
        header=[
            (t["case"], prep.title),
            (t["narrator"], prep.narrator),
            (t["method"], protocol.name.get(lang) if protocol else ""),
            (
                t["estimate"],
                t["estimate_value"].format(
                    minutes=round(guess.minutes, 1),
                    words=guess.words,
                    rate=prep.rate,
                    low=_number(guess.low),
                    high=_number(guess.high),
                ),
            ),
        ],
        sections=[
            section("situation", prep.situation, keep=True),
            section("difficulty", prep.difficulty),
            section("tried", prep.tried),
            section("stakes", prep.stakes),
            section("question", prep.question, keep=True),
            section("help", prep.help_expected),
            Section(
                t["rehearsals"],
                rehearsal_rows,
                header=["", *parts_labels],
                widths=(0.2, 0.16, 0.16, 0.16, 0.16, 0.16),
            ),
        ],
        more_marker=t["more"],
        footer=t["footer"].format(date=day(wall, lang)),
    )


def prep_pdf(prep: Prep, protocol: Protocol | None, lang: str, wall: float) -> bytes:
    return render(build_prep_content(prep, protocol, lang, wall))
