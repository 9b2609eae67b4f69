"""Realistic recorded sessions for export tests, for any shipped protocol."""

from __future__ import annotations

from app.protocols import Capture, Catalog
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.helpers.clock import FakeClock

PEOPLE = [
    ("Anne Facil", Role.FACILITATOR),
    ("Zoé Œuvray", Role.CONSULTANT),
    ("Jean-Marc Dubois", Role.CONSULTANT),
    ("Σοφία Παππά", Role.CONSULTANT),
    ("Дмитрий Иванов", Role.CONSULTANT),
    ("Karim Benali", Role.CONSULTANT),
]

SAMPLE = {
    Capture.SITUATION: "Un usager « difficile » refuse l’accompagnement depuis 3 mois",
    Capture.REQUEST: "Comment garder le lien sans forcer ?",
    Capture.QUESTION: "Qui d’autre est en lien avec lui ?",
    Capture.HYPOTHESIS: "Il teste la fiabilité du lien",
    Capture.PROPOSAL: "Proposer un café à l’accueil, coût 0 €",
    Capture.ACTION: "Appeler le CCAS",
    Capture.RESOURCE: "Ressource externe : le PIMMS du quartier",
    Capture.RESPONSE: "Immédiat : écouter ; différé : orienter",
    Capture.TRAINING_NEED: "Formation à la gestion des conflits",
    Capture.LEARNING: "Le refus est aussi une demande",
    Capture.NOTE: "Zoé a rappelé la règle de confidentialité",
}


def recorded_session(store: Store, catalog: Catalog, protocol_id: str, clock: FakeClock) -> int:
    protocol = catalog.get(protocol_id)
    cases = [
        NewCase(f"Cas n°{i + 1}", 1 + i, SAMPLE[Capture.SITUATION], "")
        for i in range(protocol.cases.default)
    ]
    setup = SessionSetup(
        "Équipe Est",
        protocol,
        [NewParticipant(n, r) for n, r in PEOPLE],
        cases,
        follow_up="le 12 janvier",
    )
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    live.start()
    people = [p.id for p in live.engine.people]
    for index, planned in enumerate(live.engine.plan):
        live.jump(index)
        for k, person in enumerate(people[1 + index % 2 :]):
            live.give_floor(person)
            clock.advance(30 + 20 * k)
        live.release_floor()
        clock.advance(15)
        for capture in planned.step.captures:
            owner, due = ("Karim", "fin janvier") if capture is Capture.ACTION else ("", "")
            tag = (
                protocol.arbitration[index % len(protocol.arbitration)].id
                if (capture is Capture.PROPOSAL and protocol.arbitration)
                else None
            )
            store.add_note(
                live.id,
                Note(
                    0,
                    index,
                    planned.case_index,
                    capture.value,
                    SAMPLE[capture],
                    tag,
                    None,
                    owner,
                    due,
                ),
                0,
            )
    live.end()
    return live.id
