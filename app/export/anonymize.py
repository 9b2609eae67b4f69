"""Taking participant names out of everything a relevé for management shows.

Each participant gets a neutral label ("Participant A", or the facilitator's
role). Names are replaced in every piece of user text too — the full name,
then each part of it (first name, last name, each half of a hyphenated name),
whole words only, ignoring case and accents.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence

from app.engine import Person, Role

MIN_PART = 2  # shorter name parts ("Li" is kept, "A" is not a name to hunt)


def _fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets still match."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base.casefold()[:1] or char)
    return "".join(out)


class Anonymizer:
    def __init__(self, people: Sequence[Person], facilitator_label: str, peer_label: str) -> None:
        self.labels: dict[int, str] = {}
        letters = iter(string.ascii_uppercase)
        for person in people:
            if person.role is Role.FACILITATOR:
                self.labels[person.id] = facilitator_label
            else:
                letter = next(letters, "?")
                self.labels[person.id] = peer_label.format(letter=letter)
        pairs: list[tuple[str, str]] = []
        for person in people:
            label = self.labels[person.id]
            name = " ".join(person.name.split())
            pairs.append((name, label))
            words = name.split()
            parts = words + [half for word in words if "-" in word for half in word.split("-")]
            pairs += [(part, label) for part in parts if len(part) >= MIN_PART]
        # Longest first, so "Jean-Marc Dubois" goes before "Jean".
        pairs.sort(key=lambda p: len(p[0]), reverse=True)
        self._patterns = [
            (re.compile(rf"(?<!\w){re.escape(_fold(name))}(?!\w)"), label) for name, label in pairs
        ]

    def label(self, person_id: int) -> str:
        return self.labels[person_id]

    def text(self, text: str) -> str:
        for pattern, label in self._patterns:
            folded = _fold(text)
            pieces = []
            last = 0
            for match in pattern.finditer(folded):
                pieces.append(text[last : match.start()])
                pieces.append(label)
                last = match.end()
            if pieces:
                pieces.append(text[last:])
                text = "".join(pieces)
        return text
