"""Turns and steps as CSV files, for spreadsheets.

Semicolons and a byte-order mark: what a French spreadsheet opens without a
wizard. With ``anonymize``, names become the relevé's neutral labels.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.catalogue import part
from app.export.sheet import LABELS
from app.files import write_atomically
from app.privacy.rules.anonymize import Anonymizer
from app.session.ops.report import SessionData

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula is kept as text (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# Column headers in the sheet's language. Figures are whole seconds: a French
# spreadsheet reads "240" as a number, but "240.0" as text.
HEADERS: dict[str, Any] = part("tables")


def _csv(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def tables(data: SessionData, lang: str = "fr", anonymize: bool = False) -> dict[str, bytes]:
    t = LABELS.get(lang, LABELS["fr"])
    engine, now, stored = data.engine, data.now, data.stored
    anon = Anonymizer(stored.people, t["facilitator_label"], t["peer_label"])
    names = {p.id: (anon.label(p.id) if anonymize else p.name) for p in stored.people}
    headers = HEADERS.get(lang, HEADERS["fr"])
    roles = {p.id: headers["roles"][p.role.value] for p in stored.people}  # in its language
    steps: list[list[object]] = [list(headers["steps"])]
    for i, planned in enumerate(engine.plan):
        steps.append(
            [
                i + 1,
                planned.step.id,
                planned.step.name.get(lang),
                "" if planned.case_index is None else planned.case_index + 1,
                headers["speakers"][planned.step.speaker.value],
                round(engine.step_planned(i)),
                round(engine.step_elapsed(i, now)),
            ]
        )
    turns: list[list[object]] = [list(headers["turns"])]
    for n, turn in enumerate(engine.turns, start=1):
        turns.append(
            [
                n,
                names[turn.person],
                roles[turn.person],
                turn.step + 1,
                engine.plan[turn.step].step.name.get(lang),
                round(turn.start),
                "" if turn.end is None else round(turn.end),
                round(engine.turn_talk(turn, now)),
            ]
        )
    return {"steps.csv": _csv(steps), "turns.csv": _csv(turns)}


def write_tables(
    data: SessionData, folder: Path, lang: str = "fr", anonymize: bool = False
) -> list[Path]:
    written = []
    for name, content in tables(data, lang, anonymize).items():
        target = folder / f"session-{data.stored.id}-{name}"
        write_atomically(content, target)
        written.append(target)
    return written
