"""Notes typed during a session: a short prefix picks the kind.

``? Pourquoi…`` is a question, ``! Essayer…`` a proposal, ``> Appeler…`` an
action; a word prefix such as ``hyp:`` or ``action:`` works too (French or
English). Without a prefix, the step's first capture kind is used.
"""

from __future__ import annotations

from collections.abc import Callable

from app.protocols import Capture, Step
from app.store.repository import Note, Store

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


class NoteDraft:
    """The line being typed, saved as it is typed and filed when finished.

    ``save`` is called often (every keystroke, debounced by the UI): the first
    call creates the note, the next ones update it; ``finish`` starts a new one.
    A note stays filed under the step where its typing began, even if the
    facilitator moves on before pressing Enter.
    """

    def __init__(self, store: Store, session_id: int, clock: Callable[[], float]) -> None:
        self.store = store
        self.session_id = session_id
        self.clock = clock
        self.note_id: int | None = None
        self._filed_under: tuple[int, int | None] = (0, None)

    def save(
        self,
        line: str,
        step: Step,
        step_index: int,
        case_index: int | None,
        kind: Capture | None = None,
        tag: str | None = None,
    ) -> Note | None:
        parsed_kind, text = parse_note(line[:MAX_NOTE], step)
        kind = kind or parsed_kind
        owner = due = ""
        if kind is Capture.ACTION:
            text, owner, due = split_action(text)
        if not text:
            if self.note_id is not None:
                self.store.delete_note(self.note_id)
                self.note_id = None
            return None
        if self.note_id is None:
            self._filed_under = (step_index, case_index)
        step_index, case_index = self._filed_under
        note = Note(
            self.note_id or 0, step_index, case_index, kind.value, text, tag, None, owner, due
        )
        if self.note_id is None:
            self.note_id = self.store.add_note(self.session_id, note, self.clock())
            return note._replace(id=self.note_id)
        self.store.update_note(note, self.clock())
        return note

    def finish(self) -> None:
        self.note_id = None
