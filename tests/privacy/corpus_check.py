"""The corpus through the relevé's real road: a session stored with its notes,
the relevé built, its suspects read, the facilitator's confirmation (each real
third party's suggestion ticked, every other unticked), the relevé built again.
Shared by the test (tests/privacy/test_name_corpus.py) and the benchmark
(benchmarks/names.py), which print the same three figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.export.sheet import RELEVE_SECTIONS, Releve, build_content, releve_third_parties
from app.privacy.rules.anonymize import TOKEN, fold
from app.session.ops.report import collect
from app.session.rules.engine import Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.privacy.name_corpus import (
    DIMINUTIVES,
    ORDINARY_WORDS,
    THIRD_PARTIES,
    Mention,
    Relevé,
    forms_of,
)

LABEL = "une tierce personne"
MARK = re.compile(r"§(\d+)§")


@dataclass
class Figures:
    participant_mentions: int = 0
    participant_leaks: list[Mention] = field(default_factory=list)
    third_party_mentions: int = 0
    third_party_kept: list[Mention] = field(default_factory=list)
    ordinary_suggested: set[str] = field(default_factory=set)

    @property
    def third_parties_replaced(self) -> float:
        return 1 - len(self.third_party_kept) / max(1, self.third_party_mentions)

    @property
    def ordinary_suggested_share(self) -> float:
        return len(self.ordinary_suggested) / max(1, len(ORDINARY_WORDS))

    def count(self, mention: Mention, *, named: bool) -> None:
        """One mention, and whether its name is still in the document."""
        if mention.third_party:
            self.third_party_mentions += 1
            if named:
                self.third_party_kept.append(mention)
        else:
            self.participant_mentions += 1
            if named:
                self.participant_leaks.append(mention)

    def add(self, other: Figures) -> None:
        self.participant_mentions += other.participant_mentions
        self.participant_leaks += other.participant_leaks
        self.third_party_mentions += other.third_party_mentions
        self.third_party_kept += other.third_party_kept
        self.ordinary_suggested |= other.ordinary_suggested


THIRD_WORDS = {
    fold(w)
    for _c, first, last in THIRD_PARTIES
    for w in TOKEN.findall(f"{first} {last} {DIMINUTIVES.get(first, '')}")
}


# Their initials as written ("G. L.-B."): the facilitator knows whose they are.
THIRD_INITIALS = {forms_of(first, last)["initials"] for _c, first, last in THIRD_PARTIES}


def _is_third_party(suggestion: str) -> bool:
    """The facilitator's eye: a suggestion that is one of the third parties'
    names, in any form (initials included), is ticked; anything else is not."""
    words = {fold(w) for w in TOKEN.findall(suggestion)}
    if words & THIRD_WORDS:
        return True
    return suggestion in THIRD_INITIALS


def _named(words: str, text: str) -> bool:
    """Whether a mention's name is still in the text: any of its words of two
    letters or more, whole, in any case; initials as they were written."""
    if re.fullmatch(r"[A-ZÀ-Ý.\- ]+", words) and "." in words:
        return words in text
    folded = fold(text)
    return any(
        re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)
        for w in TOKEN.findall(words)
        if len(w) >= 2 and fold(w) not in {"le", "la", "de", "m", "mme"}
    )


def confirmation(suggested: list[str]) -> tuple[Figures, dict[str, str]]:
    """The facilitator's ticks (each third party's suggestion, no other), and the
    ordinary words that were suggested, counted in fresh figures."""
    ordinary = {fold(w) for w in ORDINARY_WORDS}
    figures = Figures()
    figures.ordinary_suggested = {
        s for s in suggested if not _is_third_party(s) and fold(s) in ordinary
    }
    return figures, {name: LABEL for name in suggested if _is_third_party(name)}


def stored(store: Store, relevé: Relevé, catalog) -> int:
    """The relevé's session, stored with its notes: its id."""
    people = [NewParticipant("Animatrice Test", Role.FACILITATOR)] + [
        NewParticipant(name, Role.CONSULTANT) for name in relevé.participants
    ]
    setup = SessionSetup(
        "Groupe du corpus", catalog.get("codev-anact"), people, [NewCase("La situation", 2)]
    )
    session_id = store.create_session(setup, 0)
    for kind, text, owner in relevé.notes:
        store.add_note(session_id, Note(0, 4, 0, kind, text, owner=owner), 0)
    return session_id


def check(store: Store, relevé: Relevé, catalog) -> Figures:
    data = collect(store, stored(store, relevé, catalog))
    figures, confirmed = confirmation(releve_third_parties(data, "fr"))
    content = build_content(data, "fr", Releve(tuple(RELEVE_SECTIONS), confirmed))
    cells = [cell for section in content.sections for row in section.rows for cell in row]
    by_note: dict[int, str] = {}
    for i, cell in enumerate(cells):
        found = MARK.search(cell)
        if found:  # an action's owner stands in the next cell of its row (no other note's)
            index = int(found.group(1))
            owner = cells[i + 1 : i + 3] if relevé.notes[index][0] == "action" else []
            by_note[index] = " ".join([cell[: found.start()], *owner])
    for mention in relevé.mentions:
        figures.count(mention, named=_named(mention.words, by_note.get(mention.note, "")))
    return figures
