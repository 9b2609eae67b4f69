"""Typed events: every kind has its record and its handler; a payload that does
not fit is inert; what changes a name or a situation is an event, so that
replaying the log gives the state the live session had."""

from __future__ import annotations

import typing

import pytest

from app.session.ops.live import LiveSession
from app.session.rules import events as ev
from app.session.rules.engine import _HANDLERS, Event, EventKind, SessionEngine
from tests.conftest import make_setup

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines


def test_every_kind_has_a_record_and_every_record_a_handler() -> None:
    records = typing.get_args(ev.AnyPayload)
    assert {r.__struct_config__.tag for r in records} == {k.value for k in EventKind}
    assert set(_HANDLERS) == set(records)


def test_a_payload_that_does_not_fit_is_read_as_none_and_changes_nothing(live) -> None:
    engine = live.engine
    for data in ({}, {"person": "nobody"}, {"person": [1]}, {"person": None}):
        assert ev.payload_of(Event(EventKind.FLOOR_TAKEN, 1.0, data=data)) is None
    assert ev.payload_of(Event(EventKind.FLOOR_TAKEN, 1.0, data={"person": "3"})) == (
        ev.FloorTaken(person=3)  # a number written as text, as older logs may hold
    )
    before = (engine.speaker, len(engine.turns))
    engine.apply(Event(EventKind.FLOOR_TAKEN, 5.0, data={"person": "nobody"}))
    assert (engine.speaker, len(engine.turns)) == before and len(engine.events) == 1


def test_a_name_corrected_and_a_situation_chosen_replay_identically(store, catalog, clock) -> None:
    session_id = store.create_session(make_setup(catalog, "groupe-parole"), clock.wall())
    live = LiveSession(store, session_id, clock)
    live.start()
    bruno = live.engine.people[1].id
    clock.advance(30)
    assert live.rename(bruno, "Bruno L.")
    assert live.choose_case(0, "Un usager menaçant à l’accueil", bruno)
    live.give_floor(bruno)
    clock.advance(60)
    live.end()
    assert live.rename(bruno, "Bruno Lemaire")  # typos are found after the end too
    kinds = [e.kind for e in live.engine.events]
    assert kinds.count(EventKind.RENAMED) == 2 and EventKind.CASE_CHOSEN in kinds
    stored = store.load(session_id)
    again = stored.engine()
    assert again.people == live.engine.people and again.cases == live.engine.cases
    assert [p.name for p in stored.people][1] == "Bruno Lemaire"
    assert stored.cases[0].title == "Un usager menaçant à l’accueil"
    # The log alone, replayed over the seats as they were created, gives the same.
    created = [p if p.id != bruno else type(p)(p.id, "Bruno", p.role) for p in stored.people]
    replayed = SessionEngine.rebuild(stored.plan, created, stored.cases, stored.events)
    assert replayed.people == live.engine.people
