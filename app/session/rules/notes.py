"""Notes typed during a session: a short prefix picks the kind.

``? Pourquoi…`` is a question, ``! Essayer…`` a proposal, ``> Appeler…`` an
action; a word prefix such as ``hyp:`` or ``action:`` works too (French or
English). Without a prefix, the step's first capture kind is used.
"""

from __future__ import annotations

from app.protocols import Capture, Step
from app.session.rules.records import Note

SYMBOLS = {
    "?": Capture.QUESTION,
    "!": Capture.PROPOSAL,
    ">": Capture.ACTION,
    "~": Capture.HYPOTHESIS,
}

WORDS = {
    "q": Capture.QUESTION,
    "question": Capture.QUESTION,
    "hyp": Capture.HYPOTHESIS,
    "hypothese": Capture.HYPOTHESIS,
    "hypothèse": Capture.HYPOTHESIS,
    "hypothesis": Capture.HYPOTHESIS,
    "prop": Capture.PROPOSAL,
    "proposition": Capture.PROPOSAL,
    "proposal": Capture.PROPOSAL,
    "action": Capture.ACTION,
    "ressource": Capture.RESOURCE,
    "resource": Capture.RESOURCE,
    "reponse": Capture.RESPONSE,
    "réponse": Capture.RESPONSE,
    "response": Capture.RESPONSE,
    "formation": Capture.TRAINING_NEED,
    "training": Capture.TRAINING_NEED,
    "appris": Capture.LEARNING,
    "apprentissage": Capture.LEARNING,
    "learning": Capture.LEARNING,
    "situation": Capture.SITUATION,
    "demande": Capture.REQUEST,
    "request": Capture.REQUEST,
    "note": Capture.NOTE,
}

MAX_NOTE = 20_000


class NoteTooLong(ValueError):
    """A note over :data:`MAX_NOTE` characters: refused whole, never cut."""

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length


def default_kind(step: Step) -> Capture:
    return step.captures[0] if step.captures else Capture.NOTE


def parse_note(line: str, step: Step) -> tuple[Capture, str]:
    """Return the kind and the text of one typed line."""
    text = line.strip()
    if text[:1] in SYMBOLS:
        return SYMBOLS[text[0]], text[1:].strip()
    head, sep, rest = text.partition(":")
    if sep and head.strip().casefold() in WORDS:
        return WORDS[head.strip().casefold()], rest.strip()
    return default_kind(step), text


def split_action(text: str) -> tuple[str, str, str]:
    """``action | who | by when``: the parts of an action-plan line."""
    parts = [p.strip() for p in text.split("|")]
    parts += ["", ""]
    return parts[0], parts[1], "|".join(parts[2:]).strip(" |")


def editable_line(note: Note) -> str:
    """A filed note as the field shows it for correction: an action keeps its
    ``| who | when`` parts; the kind is chosen apart, so no prefix."""
    if note.kind == Capture.ACTION.value and (note.owner or note.due):
        return " | ".join([note.text, note.owner, note.due]).rstrip(" |")
    return note.text


def next_kind(kind: str) -> Capture:
    """The kind after this one, round the list: one key changes a note's kind."""
    kinds = list(Capture)
    known = [k.value for k in kinds]
    return kinds[(known.index(kind) + 1) % len(kinds)] if kind in known else kinds[0]


def notes_by_case(notes: list[Note], case_count: int) -> list[tuple[int | None, list[Note]]]:
    """The notes under their case when the session has several (None: notes
    outside the per-case steps, first); one group when it has one."""
    if case_count <= 1:
        return [(None, list(notes))] if notes else []
    groups: dict[int | None, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.case_index, []).append(note)
    order = sorted(groups, key=lambda c: -1 if c is None else c)
    return [(case, groups[case]) for case in order]
