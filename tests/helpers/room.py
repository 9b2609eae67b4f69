"""A session's engine alone, driven by events at chosen times: the room model's
rules are tested on it with no store, no live session and no Qt (napari tests
its key bindings on a bare ``ViewerModel()`` the same way)."""

from __future__ import annotations

from app.protocols import Protocol, load_catalog, plan_steps
from app.session.rules.engine import Case, Event, EventKind, Person, Role, SessionEngine
from app.session.view.snapshot import Snapshot, take

PEOPLE = [
    Person(1, "Anne", Role.FACILITATOR),
    Person(2, "Bruno", Role.NARRATOR),
    Person(3, "Chloé", Role.CONSULTANT),
    Person(4, "Dédé", Role.CONSULTANT),
    Person(5, "Élise", Role.CONSULTANT),
]
WALL = 1_790_000_000.0


class BareRoom:
    def __init__(self, protocol_id: str = "codev-anact", *, has_previous: bool = False) -> None:
        self.protocol: Protocol = load_catalog().get(protocol_id)
        plan = plan_steps(self.protocol, 1, has_previous)
        self.engine = SessionEngine(plan, list(PEOPLE), [Case(0, "Cas 1", 2)])
        self.t = 0.0

    def at(self, t: float, kind: EventKind, **data: object) -> BareRoom:
        self.t = t
        self.engine.apply(Event(kind, t, t, WALL + t, dict(data)))
        return self

    def step_index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.engine.plan) if s.step.id == step_id)

    def snapshot(self, now: float, lang: str = "fr") -> Snapshot:
        return take(self.engine, self.protocol, now, WALL + now, lang)
