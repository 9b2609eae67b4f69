"""A ready demo session: a fictional group of seven, the ANACT protocol, one case."""

from __future__ import annotations

from app.protocols import Catalog, Protocol
from app.session.rules.engine import Role
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup

DEMO_GROUP = "Démo — Groupe des Tilleuls"
DEMO_PEOPLE = [
    ("Claire Martin", Role.FACILITATOR),
    ("Karim Benali", Role.CONSULTANT),
    ("Sophie Lefèvre", Role.CONSULTANT),
    ("Jean-Marc Dubois", Role.CONSULTANT),
    ("Aïcha Diallo", Role.CONSULTANT),
    ("Thomas Nguyen", Role.CONSULTANT),
    ("Élodie Roussel", Role.SCRIBE),
]
DEMO_CASE = NewCase(
    title="Un usager qui refuse tout accompagnement",
    narrator=1,
    situation=(
        "Depuis trois mois, un usager suivi par le service refuse chaque rendez-vous "
        "proposé, tout en appelant l’accueil plusieurs fois par semaine."
    ),
    request="Comment garder le lien sans le forcer ?",
)


DEMO_PROTOCOL = "codev-anact"


def demo_setup(source: Catalog | Protocol) -> SessionSetup:
    """The demo session, with its protocol taken from a catalog or given."""
    protocol = source if isinstance(source, Protocol) else source.get(DEMO_PROTOCOL)
    return SessionSetup(
        group=DEMO_GROUP,
        protocol=protocol,
        participants=[NewParticipant(name, role) for name, role in DEMO_PEOPLE],
        cases=[DEMO_CASE],
        follow_up="dans un mois",
    )
