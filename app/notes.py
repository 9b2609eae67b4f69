"""Notes typed during a session: a short prefix picks the kind.

``? Pourquoi…`` is a question, ``! Essayer…`` a proposal, ``> Appeler…`` an
action; a word prefix such as ``hyp:`` or ``action:`` works too (French or
English). Without a prefix, the step's first capture kind is used.
"""

from __future__ import annotations

from app.protocols import Capture, Step

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
