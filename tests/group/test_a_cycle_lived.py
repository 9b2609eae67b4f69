"""A cycle as a group lives it, over months and with a fake clock: six sessions
and the first of the next cycle. Actions carried until they are done, a session
planned and never held, the numbering, a late answer, notes corrected after the
end, two facilitators, a person erased (the files' bytes searched), and the
group handed over to a fresh data folder and found identical."""

from __future__ import annotations

from datetime import date

import pytest

from app.group.ops.actions import erase_person
from app.group.rules import ActionStatus, awaited_answers
from app.handover.ops import export_group_file, import_group_file
from app.session.ops.actions import create_session_in_new_cycle, group_defaults
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.fairness import session_fairness
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.group.test_cycle import _group_as_seen
from tests.helpers.raw import stored_bytes

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines

GROUP = "Équipe du Nord"
PEERS = ["Bruno", "Chloé", "Dédé", "Élise", "Fatou Keïta", "Grégoire"]
MONTH = 30 * 86400


def setup(catalog, narrator: int, cycle_id: int | None) -> SessionSetup:
    people = [
        NewParticipant("Anne Facil", Role.FACILITATOR),
        NewParticipant("Paul Cofac", Role.FACILITATOR),  # co-facilitation
        *(NewParticipant(name, Role.CONSULTANT) for name in PEERS),
    ]
    case = NewCase(f"Situation de {PEERS[narrator]}", 2 + narrator)
    return SessionSetup(GROUP, catalog.get("codev-anact"), people, [case], cycle_id=cycle_id)


def hold(store: Store, clock, session_id: int) -> LiveSession:
    live = LiveSession(store, session_id, clock)
    live.start()
    for index in range(len(live.engine.plan)):
        live.jump(index)
        for person in live.engine.people[index % 3 :: 3]:
            live.give_floor(person.id)
            clock.advance(240)
    live.end()
    return live


def test_a_cycle_of_six_sessions_and_the_first_of_the_next(
    store, catalog, clock, tmp_path, request
):
    cycles = store.cycles
    first = store.create_session(setup(catalog, 0, None), clock.wall())
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    cycles.attach_session(first, cycle_id)
    lived = [hold(store, clock, first)]
    action = store.add_note(first, Note(0, 6, 0, "action", "Appeler la CAF", owner="Bruno"), 0)
    store.mark_releve_sent(first, date.fromtimestamp(clock.wall()).isoformat(), clock.wall())
    # Notes corrected after the end, before and after the relevé was sent.
    store.update_note(Note(action, 6, 0, "action", "Appeler la CAF (Mme X)", owner="Bruno"), 1)
    assert [what for _w, what, _t in store.corrections(first)] == ["corrected"]

    for n in range(2, 7):
        clock.advance(MONTH)
        if n == 3:  # planned, created, never started: it must not hide session 2
            store.create_session(setup(catalog, 1, cycle_id), clock.wall())
            clock.advance(86400)
        session_id = store.create_session(setup(catalog, n - 1, cycle_id), clock.wall())
        assert cycles.previous_session(session_id) == lived[-1].id
        carried = [a.note_id for a in cycles.carried_actions(session_id)]
        assert (action in carried) == (n <= 4)  # in progress in 2 and 3, done in 4
        if n <= 4:
            status = ActionStatus.DONE if n == 4 else ActionStatus.IN_PROGRESS
            cycles.review_action(session_id, action, status, clock.wall())
        lived.append(hold(store, clock, session_id))

    numbers = [store.load(live.id).number_in_cycle for live in lived]
    assert numbers == [1, 2, 3, 4, 5, 6]  # the session never held takes no number
    # Management never answered session 1's relevé: flagged after 30 days.
    [late] = awaited_answers(store.sendings(), date.fromtimestamp(clock.wall()), 30)
    assert late.session_id == first and late.days > 150

    # Both facilitators are recorded, and neither counts in the floor's fairness.
    stored = store.load(lived[-1].id)
    fairness = session_fairness(stored.engine(), 1e9)
    assert [p.name for p in stored.facilitators] == ["Anne Facil", "Paul Cofac"]
    assert not {p.id for p in stored.facilitators} & set(fairness.population)

    # The cycle is used up: the next session opens the next cycle, as n° 1.
    clock.advance(2 * MONTH)
    [cycle] = [c for c in cycles.cycles(cycles.group_id(GROUP)) if c.id == cycle_id]
    full = group_defaults(store, name=GROUP).full_cycle
    assert full is not None and full.id == cycle_id and cycle.held == 6  # never held: not one
    opening = create_session_in_new_cycle(
        store, setup=setup(catalog, 2, None), after=full, wall=clock.wall()
    )
    assert store.load(opening).number_in_cycle == 1
    hold(store, clock, opening)

    # Fatou asks to be erased: gone from every byte of the store.
    fatou = next(
        m for m in store.members.members(store.cycles.group_id(GROUP)) if m.name == "Fatou Keïta"
    )
    erase_person(
        store, group_id=cycles.group_id(GROUP), member_id=fatou.id, lang="fr", wall=clock.wall()
    )
    data = stored_bytes(store, request)
    assert b"Fatou" not in data and "Keïta".encode() not in data

    # The group handed over to a fresh data folder: found identical.
    before = _group_as_seen(store, GROUP)
    handed = tmp_path / "nord.tdtgroup"
    export_group_file(store, group_id=cycles.group_id(GROUP), passphrase="phrase", path=handed)
    elsewhere = Store.open(tmp_path / "elsewhere")
    try:
        import_group_file(elsewhere, path=handed, passphrase="phrase")
        assert _group_as_seen(elsewhere, GROUP) == before
    finally:
        elsewhere.close()
