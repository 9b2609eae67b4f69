"""A group's second session at its heaviest, for the laptop-fit checks and the
screenshots: eight actions carried from session 1, a long answer from
management, twelve or twenty people, two cases."""

from __future__ import annotations

from app.protocols import Catalog
from app.session.rules.engine import Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.helpers.clock import FakeClock

GROUP = "Équipe territoriale du Grand Nord-Est"
NAMES = [
    "Anne-Sophie Delacroix-Martin",
    "Bruno Lefèvre",
    "Chloé Nguyen",
    "Dédé Ramírez",
    "Élise Dupont-Moreau",
    "Fatou Keïta",
    "Grégoire Vandenberghe",
    "Hélène Zimmermann",
    "Ibrahim Ould-Mohamed",
    "Jeanne Castelnau",
    "Karim Benali",
    "Laurence Poitevin",
    "Mathilde Rousseau",
    "Nicolas Giraud",
    "Océane Lambert",
    "Pierre-Yves Marchand",
    "Quentin Lefort",
    "Rachida Haddad",
    "Sébastien Carpentier",
    "Thérèse Aubert",
]
ACTIONS = [
    "Appeler la CAF pour le dossier de M. et Mme X avant la commission",
    "Proposer un café à l’accueil au prochain appel, sans formalisme",
    "Faire le point avec l’équipe d’accueil sur les appels répétés",
    "Écrire avec l’usager ce qu’il attend du service, avec ses mots",
    "Désigner une seule personne référente pour ses appels",
    "Demander un temps d’analyse des pratiques pour l’équipe d’accueil",
    "Relire la procédure d’urgence avec la cheffe de service",
    "Préparer une fiche de liaison avec le centre médico-psychologique",
]
ANSWER = (
    "La direction a lu le relevé avec attention. Deux jours de formation aux écrits "
    "professionnels seront proposés en janvier à toute l’équipe, sur le temps de travail. "
    "La question des appels répétés à l’accueil sera portée au comité de direction du "
    "mois prochain, avec une proposition de fiche réflexe élaborée par le groupe. "
    "Les remplacements pendant les séances seront assurés par le pôle ressources."
)


def seats(count: int) -> list[NewParticipant]:
    people = [NewParticipant(NAMES[0], Role.FACILITATOR)]
    people += [NewParticipant(name, Role.CONSULTANT) for name in NAMES[1:count]]
    return people


def second_session(
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    people: int = 12,
    cases: int = 2,
    protocol_id: str = "codev-anact",
) -> int:
    """Session 1 held with eight actions decided and management's answer in;
    session 2 created, not started. Returns session 2's id."""
    from app.session.ops.live import LiveSession

    cycles = store.cycles
    protocol = catalog.get(protocol_id)
    case_list = [
        NewCase("Un usager qui refuse tout accompagnement mais appelle chaque jour", 2),
        NewCase("Une collègue en arrêt, une équipe qui se replie", 3),
    ][:cases]
    first_setup = SessionSetup(GROUP, protocol, seats(people), case_list)
    first = store.create_session(first_setup, clock.wall())
    cycle_id = cycles.create_cycle(
        cycles.group_id(GROUP), protocol_id, "2026-2027", 6, clock.wall()
    )
    cycles.attach_session(first, cycle_id)
    live = LiveSession(store, first, clock)
    live.start()
    clock.advance(150 * 60)
    live.end()
    last_step = len(live.engine.plan) - 1
    for n, text in enumerate(ACTIONS):
        owner = NAMES[1 + n % (people - 1)]
        action = Note(0, last_step, 0, "action", text, owner=owner, due="avant le 15/12")
        store.add_note(first, action, 0)
    store.answers.record_answer(
        first, "2026-09-25", "2026-10-09", ANSWER, ANSWER, clock.wall(), ANSWER
    )
    clock.advance(28 * 86400)
    setup = SessionSetup(GROUP, protocol, seats(people), case_list, cycle_id=cycle_id)
    return store.create_session(setup, clock.wall())
