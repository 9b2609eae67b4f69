"""The name corpus through the bilan's road (issue 28): a cycle of the group
whose case titles, proposals, actions, management's answers and title name its
members and third parties in every form; the bilan's suspects read, the
facilitator's confirmation (each third party's suggestion ticked, every other
unticked), the bilan built. Shared by tests/privacy/test_name_corpus.py and
benchmarks/names.py, which print the same three figures as the relevé's road."""

from __future__ import annotations

from itertools import cycle
from typing import TYPE_CHECKING

from app.export.bilan import bilan_third_parties, build_bilan
from app.group.ops.figures import collect_cycle
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.privacy.corpus_check import MARK, Figures, _named, confirmation
from tests.privacy.name_corpus import (
    FORMS,
    ORDINARY,
    PARTICIPANTS,
    PLACES,
    THIRD_PARTIES,
    Mention,
    forms_of,
)

if TYPE_CHECKING:
    from app.clock import Clock

# Where a name stands in what the bilan prints.
BILAN_PLACES = ("case title", "proposal", "action", "answer")


def check_bilan(store: Store, offset: int, catalog, clock: Clock) -> Figures:
    """One cycle of the group, its forms turned by ``offset``; its figures."""
    cycle_id, mentions = stored_cycle(store, offset, catalog, clock)
    figures = collect_cycle(store, cycle_id)
    result, confirmed = confirmation(bilan_third_parties(figures, "fr"))
    content = build_bilan(figures, [], "fr", confirmed)
    cells = [cell for section in content.sections for row in section.rows for cell in row]
    shown: dict[int, str] = {}
    for cell in cells:
        start = 0
        for found in MARK.finditer(cell):  # case titles share a cell: each up to its mark
            shown[int(found.group(1))] = cell[start : found.start()]
            start = found.end()
    for mention in mentions:
        result.count(mention, named=_named(mention.words, shown.get(mention.note, "")))
    return result


def stored_cycle(store: Store, offset: int, catalog, clock: Clock) -> tuple[int, list[Mention]]:
    """The cycle of the group named by ``offset``, its sessions held, their
    notes and answers stored: its id, and each name's mention in it."""
    members = [f"{f} {s}" for f, s in PARTICIPANTS]
    people = [(f"{f} {s}", False, forms_of(f, s, "Mme")) for f, s in PARTICIPANTS] + [
        (f"{f} {s}", True, forms_of(f, s, c)) for c, f, s in THIRD_PARTIES
    ]
    group = f"Groupe du bilan {offset}"
    setup_people = [NewParticipant("Animatrice Test", Role.FACILITATOR)] + [
        NewParticipant(name, Role.CONSULTANT) for name in members
    ]
    protocol = catalog.get("codev-anact")
    mentions: list[Mention] = []
    templates = cycle(PLACES.values())
    # The group exists with its first session; its cycle is made after it.
    store.create_session(SessionSetup(group, protocol, setup_people, [NewCase("Accueil", 1)]), 0)
    cycle_id = store.cycles.create_cycle(
        store.cycles.group_id(group), "codev-anact", "Cycle du corpus", len(people), 0
    )
    first: int | None = None
    for index, (who, third, forms) in enumerate(people):
        turning = cycle(FORMS[(offset + index) % len(FORMS) :] + FORMS)
        words = {place: forms[next(turning)] for place in BILAN_PLACES}
        marks = {place: len(mentions) + n for n, place in enumerate(BILAN_PLACES)}
        for place in BILAN_PLACES:
            form = next(f for f, w in forms.items() if w == words[place])
            mentions.append(Mention(who, third, form, place, words[place], marks[place]))
        # Each text's mark at its end: a name that opens it opens it for the rules too.
        title = f"Situation de {words['case title']} §{marks['case title']}§"
        setup = SessionSetup(group, protocol, setup_people, [NewCase(title, 1)], cycle_id=cycle_id)
        session_id = store.create_session(setup, 0)
        first = first or session_id
        template = next(t for t in templates if "{x}" in t and t != "{x}")
        proposal = template.format(x=words["proposal"]) + f" §{marks['proposal']}§"
        store.add_note(session_id, Note(0, 4, 0, "proposal", proposal), 0)
        action = f"Rappeler {words['action']} lundi §{marks['action']}§"
        store.add_note(session_id, Note(0, 6, 0, "action", action), 0)
        answer = f"Un entretien avec {words['answer']} est prévu §{marks['answer']}§"
        store.answers.record_answer(session_id, "2027-01-10", "2027-01-20", "", answer, 0)
        live = LiveSession(store, session_id, clock)  # held: the bilan counts it
        live.start()
        clock.advance(3600)
        live.end()
    assert first is not None
    for sentence in ORDINARY:
        store.add_note(first, Note(0, 4, 0, "proposal", sentence), 0)
    return cycle_id, mentions
