"""A person's name taken out of a group's own records, for good.

Erasure is not the relevé's anonymiser. The relevé would rather replace too
much than too little, and the facilitator reads it before it leaves. Erasure
writes over the group's own record, which no one reads again before it is
changed. So it replaces a person's name only where it stands as words of its
own, and every replacement is shown before it happens:

- the name whole, in either order, in any case and accents ("DUPONT Marie");
- each real part of it alone ("Marie", "dupont"), with the civility before it
  ("Mme Dupont" becomes the label, never "Mme" and the label);
- a part that is also an ordinary word ("Rose", "Pierre") only where it is
  capitalised, wherever it stands in a sentence ("; Rose");
- never a part glued by a hyphen into another word ("Marie-Galante",
  "Saint-Pierre"), nor a part of another member's name ("Marie Durand");
- an e-mail address that holds a part of the name, whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from app.privacy.rules.anonymize import COMMON_WORDS, EMAIL, PARTICLES, TOKEN, fold

# Civilities that go with the name they stand before (compared folded).
CIVILITIES = (
    "monsieur", "madame", "mademoiselle", "docteur", "maitre", "professeur",
    "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "m",
)  # fmt: skip
# What may stand between two parts of one name: spaces, hyphens, apostrophes.
BETWEEN_PARTS = r"[\s\-‐‑'’]{1,3}"
HYPHENS = "-‐‑"
# Where a replaced text stands, by its table: the command line's words (the
# window has its own, translated).
PLACES = {
    "notes": "note",
    "cases": "case",
    "note_corrections": "correction",
    "management_answers": "management's answer",
    "action_reviews": "action review",
    "framing_notes": "framing note",
    "sessions": "follow-up date",
    "calendar_entries": "calendar place",
    "cycles": "cycle title",
}
CONTEXT = 30  # characters shown on each side of a replacement in the preview


def folded_with_places(text: str) -> tuple[str, list[int]]:
    """The text folded as names are compared, and where each folded character
    stands in the original (folding may lengthen: "œ" is "oe")."""
    out: list[str] = []
    places: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        places.extend([index] * len(folded))
    return "".join(out), places


def _boundaries(form: str) -> str:
    """A form found on word boundaries: no letter, digit or joining hyphen on either side."""
    return rf"(?<!\w)(?<!\w[{HYPHENS}])(?:{form})(?!\w)(?![{HYPHENS}]\w)"


def _parts(name: str) -> list[str]:
    return [fold(p) for p in TOKEN.findall(unicodedata.normalize("NFC", name))]


def _sequence(parts: list[str]) -> str:
    """Parts one after the other; an initial with its dot ("Fatou K.")."""
    return BETWEEN_PARTS.join(re.escape(p) + (r"\.?" if len(p) == 1 else "") for p in parts)


def name_forms(name: str) -> list[str]:
    """Every run of a name's parts that names the person, longest first: the name
    whole, its halves, the surname before the first name, and each real part."""
    parts = _parts(name)
    forms: set[str] = set()
    for start, end in combinations(range(len(parts) + 1), 2):  # each run, start < end
        run = parts[start:end]
        if all(p in PARTICLES or len(p) < 2 for p in run):
            continue  # "de", "la", an initial: never a name alone
        forms.add(_sequence(run))
    if len(parts) >= 2 and forms:  # a name of particles alone has no turns either
        forms.add(_sequence(parts[-1:] + parts[:-1]))  # "DUPONT Marie"
        forms.add(_sequence(parts[1:] + parts[:1]))
    return _longest_first(forms)


def _longest_first(forms: Iterable[str]) -> list[str]:
    """Longest first (a regex's alternation takes the first that matches), then
    in alphabetical order: the same order whatever the order met."""
    return sorted(sorted(forms), key=len, reverse=True)


def full_forms(name: str) -> list[str]:
    """A name of two parts or more, whole, in either order: what protects another
    member's name from a part of the erased one."""
    parts = _parts(name)
    if len(parts) < 2:
        return []
    return [_sequence(parts), _sequence(parts[-1:] + parts[:-1])]


@dataclass(frozen=True)
class Replacement:
    """One record's text before and after, around what changes: what the
    facilitator reads before confirming."""

    place: str
    before: str
    after: str


class NameEraser:
    """Finds and replaces one person's names (every name they were seated under)
    in free text, leaving the other members' names alone."""

    def __init__(self, names: Iterable[str], others: Iterable[str], label: str) -> None:
        self.label = label
        names = [n for n in names if _parts(n)]
        forms = _longest_first({f for n in names for f in name_forms(n)})
        civility = "|".join(re.escape(c) for c in CIVILITIES)
        self._name = (
            re.compile(_boundaries(rf"(?:(?:{civility})\.?\s+)?(?:{'|'.join(forms)})"))
            if forms
            else None
        )
        kept = sorted({f for n in others for f in full_forms(n)} - set(forms), key=len)
        self._others = re.compile(_boundaries("|".join(kept[::-1]))) if kept else None
        self._strong = {p for n in names for p in _parts(n)} - PARTICLES - COMMON_WORDS
        self._ordinary = {p for n in names for p in _parts(n)} & COMMON_WORDS

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the person is named in the text, as (start, end), in order."""
        if self._name is None or not text:
            return []
        addresses = [m.span() for m in EMAIL.finditer(text) if self._in_address(m.group())]
        folded, places = folded_with_places(text)
        others = self._others.finditer(folded) if self._others is not None else ()
        in_addresses = _Sweep(addresses)
        in_others = _Sweep([(places[m.start()], _end(text, places, m.end())) for m in others])
        found = list(addresses)
        for match in self._name.finditer(folded):  # in order: each sweep moves forward only
            start, end = places[match.start()], _end(text, places, match.end())
            if in_addresses.overlapping(start, end):
                continue
            # One part alone inside another member's name (two parts at least, so
            # never inside the part): "Marie" of "Marie Durand" is not the person.
            if self._one_part(text[start:end]) and in_others.overlapping(start, end):
                continue
            if not self._names_here(text[start:end]):
                continue
            found.append((start, end))
        return sorted(found)

    def _in_address(self, address: str) -> bool:
        local = address.split("@", 1)[0]
        return any(fold(t) in self._strong | self._ordinary for t in TOKEN.findall(local))

    @staticmethod
    def _one_part(words: str) -> bool:
        return len([t for t in TOKEN.findall(words) if fold(t) not in CIVILITIES]) == 1

    def _names_here(self, words: str) -> bool:
        """A run made only of ordinary words ("rose", "pierre") names the person
        only capitalised; a real name part does in any case."""
        tokens = [t for t in TOKEN.findall(words) if fold(t) not in CIVILITIES]
        if any(fold(t) in self._strong for t in tokens):
            return True
        return any(t[:1].isupper() for t in tokens if fold(t) in self._ordinary)

    def text(self, text: str) -> str:
        """The text with every place that names the person replaced by the label."""
        return self._replaced(text, self.spans(text))

    def _replaced(self, text: str, spans: list[tuple[int, int]]) -> str:
        out: list[str] = []
        last = 0
        for start, end in spans:
            out.append(text[last:start])
            out.append(self.label)
            last = end
        out.append(text[last:])
        return "".join(out)

    def preview(self, place: str, text: str) -> Replacement | None:
        """The text around its first and last replacement, before and after; None
        when the text does not name the person."""
        spans = self.spans(text)
        if not spans:
            return None
        start = _word_start(text, max(0, spans[0][0] - CONTEXT))
        end = _word_end(text, min(len(text), spans[-1][1] + CONTEXT))
        head, tail = ("…" if start else ""), ("…" if end < len(text) else "")
        after = self._replaced(text[start:end], [(s - start, e - start) for s, e in spans])
        return Replacement(
            place, _one_line(head + text[start:end] + tail), _one_line(head + after + tail)
        )


class _Sweep:
    """Spans in order, none overlapping another, asked about ranges that come in
    order too: each question starts where the last one left off, so a text is
    read in linear time however many times the name stands in it."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.first = 0

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        while self.first < len(self.spans) and self.spans[self.first][1] <= start:
            self.first += 1
        found = []
        index = self.first
        while index < len(self.spans) and self.spans[index][0] < end:
            found.append(self.spans[index])
            index += 1
        return found


def _end(text: str, places: list[int], folded_end: int) -> int:
    """The original end of a folded match, with the accents that follow its last letter."""
    end = places[folded_end - 1] + 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end


def _word_start(text: str, start: int) -> int:
    """Back to the start of the word the excerpt would cut (a few letters at most)."""
    floor = max(0, start - CONTEXT // 2)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start


def _word_end(text: str, end: int) -> int:
    ceiling = min(len(text), end + CONTEXT // 2)
    while end < ceiling and not text[end].isspace():
        end += 1
    return end


def _one_line(text: str) -> str:
    return " ".join(text.split())
