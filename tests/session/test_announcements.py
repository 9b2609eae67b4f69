"""What a screen reader hears, decided in the core from two snapshots."""

from __future__ import annotations

from app.session.ops.live import LiveSession
from app.session.view.announcements import Change, announcements
from app.session.view.snapshot import take
from tests.conftest import make_setup


def snap(live: LiveSession):
    return take(live.engine, live.stored.protocol, live.now(), live.clock.wall(), "fr")


def test_the_step_the_floor_and_the_cues_are_said_once(store, catalog, clock) -> None:
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    before = snap(live)
    assert announcements(None, before) == []
    assert announcements(before, snap(live)) == []  # nothing changed: nothing said
    live.give_floor(live.engine.people[2].id)
    after = snap(live)
    [floor] = announcements(before, after)
    assert floor.change is Change.FLOOR and floor.speaker == live.engine.people[2].name
    clock.advance(live.engine.step_limit(0) - 30)
    last = snap(live)
    assert [a.change for a in announcements(after, last)] == [Change.LAST_MINUTE]
    clock.advance(31)
    over = snap(live)
    said = announcements(last, over)
    assert [a.change for a in said] == [Change.OVERTIME] and said[0].urgent
    live.next_step()
    step = snap(live)
    said = announcements(over, step)
    assert [a.change for a in said] == [Change.STEP]  # the floor ends with the step
    assert (said[0].step_number, said[0].step_name) == (2, step.step_name)
    live.release_floor()
    assert announcements(step, snap(live)) == []  # nobody spoke: nothing to say
    live.give_floor(live.engine.people[1].id)
    live.release_floor()
    after_release = snap(live)
    assert [a.speaker for a in announcements(step, after_release)] == []
