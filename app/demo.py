"""A ready demo session: a fictional group of seven, the ANACT protocol, one case."""

from __future__ import annotations

from app.engine import Role
from app.protocols import Catalog
from app.setup import NewCase, NewParticipant, SessionSetup

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


def demo_setup(catalog: Catalog) -> SessionSetup:
    return SessionSetup(
        group=DEMO_GROUP,
        protocol=catalog.get("codev-anact"),
        participants=[NewParticipant(name, role) for name, role in DEMO_PEOPLE],
        cases=[DEMO_CASE],
        follow_up="dans un mois",
    )
