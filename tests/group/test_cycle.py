"""A group over a whole ANACT cycle of six sessions (seed 002), with a fake
clock: members and attendance, the calendar as a real .ics, actions carried
from one session to the next, management's answer, and deletion that leaves
no trace of a note in the files."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from app.folder import DB_NAME
from app.group.ops.actions import calendar_file
from app.group.rules import (
    ActionStatus,
    Attendance,
    Evaluation,
    FramingNote,
    InvalidEntry,
    next_and_overdue,
)
from app.group.store import Cycles
from app.protocols import Catalog
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.raw import stored_bytes

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines

GROUP = "Équipe Est"
NAMES = ["Anne Facil", "Bruno", "Chloé", "Dédé", "Élise", "Fatou"]
SECRET = "Le dossier de Mme Zerbib est chez le juge"


def hold_session(
    store: Store,
    catalog: Catalog,
    clock: FakeClock,
    cycle_id: int,
    narrator: int,
    absent=(),
    theme: str = "",
) -> LiveSession:
    people = [
        NewParticipant(
            name,
            Role.FACILITATOR if i == 0 else Role.CONSULTANT,
            Attendance.ABSENT.value if name in absent else Attendance.PRESENT.value,
        )
        for i, name in enumerate(NAMES)
    ]
    setup = SessionSetup(
        GROUP,
        catalog.get("codev-anact"),
        people,
        [NewCase(f"Situation de {NAMES[narrator]}", narrator, theme=theme)],
        cycle_id=cycle_id,
    )
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    live.start()
    for index in range(len(live.engine.plan)):
        live.jump(index)
        live.give_floor(live.engine.people[1 + index % (len(live.engine.people) - 1)].id)
        clock.advance(60 * 15)
    store.add_note(
        live.id,
        Note(0, 6, 0, "action", f"Appeler la CAF ({narrator})", owner="Bruno", due="mars"),
        0,
    )
    store.add_note(live.id, Note(0, 6, 0, "action", "Relire la procédure"), 0)
    live.end()
    clock.advance(30 * 86400)  # a month later
    return live


def test_a_six_session_cycle_end_to_end(store, catalog, clock) -> None:
    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, cycle_id=None, narrator=1)  # before the cycle
    cycle_id = cycles.create_cycle(
        cycles.group_id(GROUP), "codev-anact", "Cycle 2027", 6, clock.wall()
    )
    cycles.attach_session(first.id, cycle_id)
    members = {m.name: m.id for m in store.members.members(store.cycles.group_id(GROUP))}
    assert list(members) == NAMES  # the people of the first session became members
    for n in range(1, 7):
        cycles.plan(
            cycle_id, n, f"2027-0{n}-15", "09:30", 150, "Salle B", members[NAMES[n % 5 + 1]]
        )

    held = [first]
    for n in range(2, 7):
        live = hold_session(store, catalog, clock, cycle_id, narrator=n % 5 + 1, absent={"Dédé"})
        carried = cycles.carried_actions(live.id)
        # The previous narrator's plan, to be reviewed in the "retour" step, after every
        # earlier action still in progress (each session left its "Relire" so).
        assert [a.text for a in carried] == ["Relire la procédure"] * (n - 2) + [
            f"Appeler la CAF ({1 if n == 2 else (n - 1) % 5 + 1})",
            "Relire la procédure",
        ]
        assert all(a.still_in_progress for a in carried[:-2])
        assert all(a.status is None for a in carried[-2:])
        previous_caf, previous_relire = carried[-2:]
        cycles.review_action(live.id, previous_caf.note_id, ActionStatus.DONE, clock.wall(), "fait")
        cycles.review_action(
            live.id,
            previous_relire.note_id,
            ActionStatus.IN_PROGRESS,
            clock.wall(),
            evaluation=Evaluation.PARTLY,
            trace="livret d’accueil",
        )
        statuses = [(a.status, a.comment, a.trace) for a in cycles.reviews_made_in(live.id)]
        assert statuses == [("done", "fait", ""), ("in_progress", "", "livret d’accueil")]
        assert store.members.attendance(live.id)["Dédé"] == "absent"
        held.append(live)

    [cycle] = cycles.cycles(cycles.group_id(GROUP))
    assert (cycle.planned_sessions, cycle.held) == (6, 6)
    assert cycles.narrators_in_cycle(cycle_id)[:3] == ["Bruno", "Dédé", "Élise"]

    # Management answers the relevé of session 5; the group hears it at session 6's opening.
    store.answers.record_answer(
        held[4].id, "2027-05-20", "2027-06-03", "Constat partagé", "Budget formation", 0.0
    )
    [answer] = store.answers.answers_for_opening(held[5].id)
    assert answer is not None and answer.decisions == "Budget formation"
    assert answer.delay_days == 14

    # The calendar: what is next, what is overdue, and a real .ics.
    upcoming, overdue = next_and_overdue(cycles.calendar(cycle_id), date(2027, 1, 1))
    assert upcoming is None and overdue == []  # all six were held
    parsed = Calendar.from_ical(calendar_file(store, cycle_id=cycle_id))
    events = [c for c in parsed.walk() if c.name == "VEVENT"]
    assert len(events) == 6
    assert str(events[0]["summary"]) == f"{GROUP} — séance 1"
    assert events[0].decoded("dtstart").isoformat() == "2027-01-15T09:30:00"
    assert events[0].decoded("dtend").isoformat() == "2027-01-15T12:00:00"
    assert str(events[0]["location"]) == "Salle B"
    assert "Chloé" in str(events[0]["description"])


def test_next_and_overdue_sessions(store, catalog, clock) -> None:
    cycles = Cycles(store)
    hold_session(store, catalog, clock, None, 1)
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    for n in range(1, 4):
        cycles.plan(cycle_id, n, f"2027-0{n}-10", "14:00", 150)
    upcoming, overdue = next_and_overdue(cycles.calendar(cycle_id), date(2027, 2, 20))
    assert [e.number for e in overdue] == [1, 2] and upcoming is not None and upcoming.number == 3


def test_members_are_renamed_and_retired_without_rewriting_history(store, catalog, clock) -> None:
    Cycles(store)
    first = hold_session(store, catalog, clock, None, 1)
    bruno = next(
        m for m in store.members.members(store.cycles.group_id(GROUP)) if m.name == "Bruno"
    )
    store.members.rename_member(bruno.id, "Bruno L.")
    store.members.retire_member(
        next(
            m.id for m in store.members.members(store.cycles.group_id(GROUP)) if m.name == "Fatou"
        ),
        1.0,
    )
    assert [m.name for m in store.members.members(store.cycles.group_id(GROUP))] == [
        "Anne Facil",
        "Bruno L.",
        "Chloé",
        "Dédé",
        "Élise",
    ]
    assert "Fatou" in [
        m.name for m in store.members.members(store.cycles.group_id(GROUP), include_retired=True)
    ]
    assert [p.name for p in store.load(first.id).people][1] == "Bruno"  # as it was held


def test_calendar_entries_are_checked(store, catalog, clock) -> None:
    cycles = Cycles(store)
    hold_session(store, catalog, clock, None, 1)
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    for day, start, minutes, field in [
        ("2027-02-30", "09:00", 150, "day"),
        ("15/02/2027", "09:00", 150, "day"),
        ("2027-02-15", "25:00", 150, "start"),
        ("2027-02-15", "09:00", 0, "minutes"),
    ]:
        with pytest.raises(InvalidEntry) as caught:
            cycles.plan(cycle_id, 1, day, start, minutes)
        assert caught.value.field == field
    with pytest.raises(InvalidEntry):
        store.answers.record_answer(
            1, "2027-05-20", "2027-05-01", "", "", 0.0
        )  # answered before sent


@pytest.mark.file_only  # the file's own bytes, or the command line's --data-dir
def test_deleting_a_session_leaves_no_trace_in_the_files(store, catalog, clock, data_dir) -> None:
    cycles = Cycles(store)
    live = hold_session(store, catalog, clock, None, 1)
    keep = hold_session(store, catalog, clock, None, 2)
    store.add_note(live.id, Note(0, 3, 0, "question", SECRET), 0)
    cycles.delete_session(live.id)
    assert [s.id for s in store.summaries()] == [keep.id]
    files = [p for p in data_dir.iterdir() if p.name.startswith(DB_NAME)]
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path.name
    cycles.delete_group(cycles.group_id(GROUP))
    assert store.summaries() == [] and store.groups() == []
    for path in files:
        if path.exists():
            assert b"Appeler la CAF" not in path.read_bytes(), path.name


def test_the_bilan_of_a_cycle_read_back_from_the_pdf(store, catalog, clock) -> None:
    import io

    from pypdf import PdfReader

    from app.export.bilan import bilan_pdf
    from app.group.ops.figures import collect_cycle

    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, None, 1, theme="  Accueil   du public ")
    cycle_id = cycles.create_cycle(
        cycles.group_id(GROUP), "codev-anact", "Cycle 2027", 6, clock.wall()
    )
    cycles.attach_session(first.id, cycle_id)
    second = hold_session(store, catalog, clock, cycle_id, 2, absent={"Dédé"})
    third = hold_session(store, catalog, clock, cycle_id, 3)
    store.set_case_theme(third.id, 0, "Accueil du public")  # given after the session
    assert store.themes() == ["Accueil du public"]
    store.add_note(
        second.id, Note(0, 5, 0, "training_need", "Formation aux écrits professionnels"), 0
    )
    store.add_note(second.id, Note(0, 5, 0, "proposal", "Un binôme pour Chloé"), 0)
    [done, *_rest] = cycles.carried_actions(second.id)
    cycles.review_action(second.id, done.note_id, ActionStatus.DONE, 0, trace="DUERP")
    store.answers.record_answer(first.id, "2027-01-20", "2027-02-03", "", "Budget formation", 0)

    figures = collect_cycle(store, cycle_id)
    assert len(figures.sessions) == 3
    assert figures.attendance_rate == pytest.approx(17 / 18)  # Dédé absent once
    assert figures.cases_by_theme() == [
        ("Accueil du public", ["Situation de Bruno", "Situation de Dédé"]),
        ("", ["Situation de Chloé"]),
    ]
    assert [n for n, _ in figures.least_heard()][-1] in NAMES
    pdf = PdfReader(io.BytesIO(bilan_pdf(figures, ["collective", "produces"])))
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())
    for expected in (
        "Bilan de cycle",
        "3 / 6",
        "94 %",
        "Situations travaillées, par thème",
        "Accueil du public 2 Situation de Participant",
        "Sans thème 1 Situation de Participant",
        "Séance 2",
        "5/6 présents",
        "Formation aux écrits professionnels",
        "faite",
        "DUERP",
        "(14 jours) : Budget formation",
        "Collectif oui",
        "Inscrit dans l’organisation du travail non",
    ):
        assert expected in text, expected
    for name in NAMES[1:]:  # anonymised: no participant's name anywhere
        assert name not in text, name


@pytest.mark.file_only  # the file's own bytes, or the command line's --data-dir
def test_the_command_line_exports_calendar_and_bilan(
    store, catalog, clock, data_dir, tmp_path, capsys
):
    from app.cli import main

    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, None, 1)
    cycle_id = cycles.create_cycle(
        cycles.group_id(GROUP), "codev-anact", "Cycle 2027", 6, clock.wall()
    )
    cycles.attach_session(first.id, cycle_id)
    cycles.plan(cycle_id, 1, "2027-01-15", "09:30", 150, "Salle B")
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "cycles", "--json"]) == 0
    assert '"title": "Cycle 2027"' in capsys.readouterr().out
    ics, pdf = tmp_path / "c.ics", tmp_path / "b.pdf"
    assert main([*base, "cycle", str(cycle_id), "--ics", str(ics), "--bilan", str(pdf)]) == 0
    assert len([c for c in Calendar.from_ical(ics.read_bytes()).walk() if c.name == "VEVENT"]) == 1
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main([*base, "cycle", "999", "--ics", str(ics)]) == 2
    assert main([*base, "cycle", str(cycle_id), "--bilan", str(pdf), "--criteria", "nope"]) == 2


def test_search_finds_notes_and_case_titles(store, catalog, clock) -> None:

    first = hold_session(store, catalog, clock, None, 1)
    store.add_note(first.id, Note(0, 3, 0, "question", "Qui suit le 100% du dossier_X ?"), 0)
    assert [f.where for f in store.search("Situation Bruno")] == ["case"]
    assert [f.text for f in store.search("100% dossier_X")] == ["Qui suit le 100% du dossier_X ?"]
    assert store.search("100%%") == [] and store.search("   ") == []
    assert {f.session_id for f in store.search("CAF")} == {first.id}


def test_the_floor_over_the_cycle_by_kind_of_step(store, catalog, clock) -> None:
    from app.group.ops.figures import collect_cycle

    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, None, 1)
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    cycles.attach_session(first.id, cycle_id)
    hold_session(store, catalog, clock, cycle_id, 2)
    figures = collect_cycle(store, cycle_id)
    by_kind = figures.shares_by_kind()
    assert set(by_kind) >= {"group", "exchange", "narrator", "round"}
    for shares in by_kind.values():
        assert sum(x for _n, x in shares) == pytest.approx(1.0)
        assert [x for _n, x in shares] == sorted(x for _n, x in shares)  # least heard first
    assert [len(s.turns) for s in figures.sessions] == [5, 5]  # consultants and narrator


def test_an_action_in_progress_stays_until_done_and_previous_is_the_last_held(
    store, catalog, clock
) -> None:
    """Marked in progress in session 2, it is reviewed again in 3 and 4; done in 4,
    it is gone from 5. A session created and never held is no one's previous."""
    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, cycle_id=None, narrator=1)
    relire = next(n.id for n in store.notes(first.id) if n.text == "Relire la procédure")
    seen = []
    for n in (2, 3, 4, 5):
        if n == 3:  # planned, created, never started: it must not hide session 2
            people = [NewParticipant(name, Role.CONSULTANT) for name in NAMES]
            later = SessionSetup(
                GROUP, catalog.get("codev-anact"), people, [NewCase("Plus tard", 1)]
            )
            store.create_session(later, clock.wall())
            clock.advance(86400)
        live = hold_session(store, catalog, clock, cycle_id=None, narrator=n % 5 + 1)
        assert cycles.previous_session(live.id) == (seen[-1] if seen else first.id)
        carried = {a.note_id: a for a in cycles.carried_actions(live.id)}
        seen.append(live.id)
        if n < 5:
            assert relire in carried and carried[relire].shown_status is None
            assert carried[relire].still_in_progress == (n > 2)
            status = ActionStatus.DONE if n == 4 else ActionStatus.IN_PROGRESS
            cycles.review_action(live.id, relire, status, clock.wall())
            assert [a.note_id for a in cycles.reviews_made_in(live.id)] == [relire]
        else:
            assert relire not in carried  # done in session 4


def test_the_session_number_is_its_number_in_its_cycle(store, catalog, clock) -> None:
    cycles = Cycles(store)
    first = hold_session(store, catalog, clock, cycle_id=None, narrator=1)
    one = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2026-2027", 2, clock.wall())
    cycles.attach_session(first.id, one)
    second = hold_session(store, catalog, clock, cycle_id=one, narrator=2)
    two = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027-2028", 6, clock.wall())
    opening = hold_session(store, catalog, clock, cycle_id=two, narrator=3)
    assert store.load(second.id).number_in_cycle == 2
    assert store.load(opening.id).number_in_cycle == 1  # not "Séance n° 3"


def test_the_bilan_runs_the_releves_third_party_check(store, catalog, clock) -> None:
    """A name that is no member's never reaches the bilan, which goes to the
    social-dialogue bodies; the members' names are taken out as before."""
    import io

    from pypdf import PdfReader

    from app.export.bilan import bilan_pdf, bilan_third_parties
    from app.group.ops.figures import collect_cycle

    live = hold_session(store, catalog, clock, cycle_id=None, narrator=1)
    for text in ("Mme Zerbib propose un binôme avec l’accueil", "Karim du CCAS relit la fiche"):
        store.add_note(live.id, Note(0, 5, 0, "proposal", text), 0)
    cycles = Cycles(store)
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    cycles.attach_session(live.id, cycle_id)
    figures = collect_cycle(store, cycle_id)
    assert set(bilan_third_parties(figures)) >= {"Zerbib", "Karim"}
    pdf = PdfReader(io.BytesIO(bilan_pdf(figures, [], "fr")))
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Zerbib" not in text and "Karim" not in text and "Bruno" not in text
    assert "une tierce personne propose un binôme" in text
    assert GROUP in text  # the group's own name is the facilitator's, never a third party


def test_a_releve_sent_and_not_answered_is_awaited_and_said(store, catalog, clock) -> None:
    import io
    from datetime import date

    from pypdf import PdfReader

    from app.export.bilan import bilan_pdf
    from app.group.ops.figures import collect_cycle
    from app.group.rules import awaited_answers

    first = hold_session(store, catalog, clock, cycle_id=None, narrator=1)
    second = hold_session(store, catalog, clock, cycle_id=None, narrator=2)
    cycles = Cycles(store)
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    for live in (first, second):
        cycles.attach_session(live.id, cycle_id)
        store.mark_releve_sent(live.id, "2027-01-10", clock.wall())
    store.answers.record_answer(first.id, "2027-01-10", "2027-01-20", "", "Accordé", clock.wall())
    today = date(2027, 2, 15)  # 36 days after
    [late] = awaited_answers(store.sendings(), today, 30)
    assert (late.session_id, late.days) == (second.id, 36)
    assert awaited_answers(store.sendings(), today, 40) == []  # not late yet at 40
    figures = collect_cycle(store, cycle_id, today)
    text = " ".join(PdfReader(io.BytesIO(bilan_pdf(figures, []))).pages[0].extract_text().split())
    assert (
        "10/01/2027, sans réponse après 36 j" in text and "réponse le 20/01/2027 (10 jours)" in text
    )


def test_a_person_erased_is_gone_from_every_byte_of_the_store(
    store, catalog, clock, request
) -> None:
    """Fatou asks to be erased: her name goes from every session of the group, the
    database file and its journal included; her turns stay, under "ancien·ne membre",
    so that the figures still add up."""
    from app.group.ops.actions import erase_person

    sessions = [hold_session(store, catalog, clock, cycle_id=None, narrator=n) for n in (1, 5)]
    fatou = next(
        m for m in store.members.members(store.cycles.group_id(GROUP)) if m.name == "Fatou"
    )
    first = sessions[0]
    store.add_note(first.id, Note(0, 3, 0, "proposal", "Fatou propose un binôme avec Bruno"), 0)
    store.add_note(first.id, Note(0, 6, 0, "action", "Appeler la CAF", owner="Fatou"), 0)
    LiveSession(store, first.id, clock).rename(fatou_seat := next(
        p.id for p in first.engine.people if p.name == "Fatou"), "Fatou Keïta")  # fmt: skip
    talk_before = [s.engine().talk_by_person(1e9) for s in map(store.load, (first.id,))]
    group_id = store.cycles.group_id(GROUP)
    erase_person(store, group_id=group_id, member_id=fatou.id, lang="fr", wall=clock.wall())

    again = store.load(first.id)
    seat = next(p for p in again.people if p.id == fatou_seat)
    assert seat.name == "ancien·ne membre"
    assert again.engine().talk_by_person(1e9) == talk_before[0]  # every second still counted
    texts = [n.text for n in store.notes(first.id)] + [n.owner for n in store.notes(first.id)]
    assert "ancien·ne membre propose un binôme avec Bruno" in texts
    assert "Fatou" not in " ".join(texts) and "Bruno" in " ".join(texts)
    data = stored_bytes(store, request)
    for form in ("Fatou", "Keïta", "FATOU"):
        assert form.encode("utf-8") not in data, form
    assert "Fatou".encode("utf-16-le") not in data


def _group_as_seen(store: Store, group: str) -> dict[str, object]:
    """Everything a group is, without this store's ids: to compare two stores."""
    cycles = store.cycles
    sessions = []
    for summary in store.sessions_of_group(store.cycles.group_id(group)):
        stored = store.load(summary.id)
        names = {p.id: p.name for p in stored.people}
        engine = stored.engine()
        sessions.append(
            (
                stored.number_in_cycle,
                stored.protocol.id,
                [(p.name, p.role.value) for p in stored.people],
                [(c.title, names.get(c.narrator_id or -1)) for c in stored.cases],
                stored.case_texts,
                [
                    (e.kind.value, e.t, names.get(e.data.get("person", -1), e.data.get("person")))
                    for e in stored.events
                ],
                [(n.kind, n.text, n.owner, n.due, n.tag) for n in store.notes(summary.id)],
                sorted((names[p], round(s, 3)) for p, s in engine.talk_by_person(1e9).items()),
                [
                    (a.sent_day, a.answered_day, a.decisions)
                    for a in store.answers.answers_to(summary.id)
                ],
                [a.status for a in cycles.reviews_made_in(summary.id)],
            )
        )
    return {
        "framing": store.framing.framing_note(store.cycles.group_id(group)),
        "members": [
            (m.name, m.role, m.retired)
            for m in store.members.members(store.cycles.group_id(group), include_retired=True)
        ],
        "cycles": [
            (c.title, c.planned_sessions, c.held) for c in cycles.cycles(cycles.group_id(group))
        ],
        "calendar": [cycles.calendar(c.id) for c in cycles.cycles(cycles.group_id(group))],
        "tallies": [store.answers.tallies(c.id) for c in cycles.cycles(cycles.group_id(group))],
        "sessions": sessions,
    }


def test_a_group_handed_over_is_found_identical_on_another_computer(
    store, catalog, clock, tmp_path
) -> None:
    import pytest

    from app.handover.ops import export_group_file, import_group_file
    from app.handover.rules import TransferError

    cycles = Cycles(store)
    cycle_id = None
    for n in (1, 2, 3):
        live = hold_session(store, catalog, clock, cycle_id=None, narrator=n)
        if cycle_id is None:
            cycle_id = cycles.create_cycle(
                cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall()
            )
            cycles.plan(cycle_id, 1, "2027-01-15", "09:30", 150, "Salle B")
        cycles.attach_session(live.id, cycle_id)
        carried = cycles.carried_actions(live.id)
        if carried:
            cycles.review_action(live.id, carried[0].note_id, ActionStatus.IN_PROGRESS, 0, "suite")
    store.answers.record_answer(live.id, "2027-02-01", "2027-02-10", "", "Accordé", clock.wall())
    store.answers.record_tally(cycle_id, None, {"helped_practice": {4: 3, 5: 1}}, clock.wall())
    framing = FramingNote(origin="Demande des agents", size_low=6, diversity_met=("age",))
    store.framing.save_framing_note(cycles.group_id(GROUP), framing, clock.wall())
    before = _group_as_seen(store, GROUP)
    assert before["framing"] == framing
    handed = tmp_path / "equipe.tdtgroup"
    export_group_file(store, group_id=cycles.group_id(GROUP), passphrase="une phrase", path=handed)
    assert GROUP.encode() not in handed.read_bytes() and b"CAF" not in handed.read_bytes()

    other = Store.open(tmp_path / "elsewhere")
    try:
        other.create_session(make_setup_elsewhere(catalog), clock.wall())  # ids differ there
        with pytest.raises(TransferError, match="wrong_or_altered"):
            import_group_file(other, path=handed, passphrase="une autre", name=None)
        altered = tmp_path / "altered.tdtgroup"
        data = bytearray(handed.read_bytes())
        data[-40] ^= 0x01
        altered.write_bytes(bytes(data))
        with pytest.raises(TransferError, match="wrong_or_altered"):
            import_group_file(other, path=altered, passphrase="une phrase")
        assert other.groups() == ["Ailleurs"]  # nothing written
        import_group_file(other, path=handed, passphrase="une phrase")
        assert _group_as_seen(other, GROUP) == before
        with pytest.raises(TransferError, match="group_exists"):  # never merged silently
            import_group_file(other, path=handed, passphrase="une phrase")
        import_group_file(other, path=handed, passphrase="une phrase", name="Équipe Est (2)")
        assert _group_as_seen(other, "Équipe Est (2)") == before
    finally:
        other.close()


def make_setup_elsewhere(catalog: Catalog) -> SessionSetup:
    people = [NewParticipant(n, Role.CONSULTANT) for n in ("Xavier", "Yasmine", "Zoé")]
    return SessionSetup("Ailleurs", catalog.get("codev-anact"), people, [NewCase("Autre", 1)])


def test_the_sheet_and_the_bilan_show_each_actions_history(store, catalog, clock) -> None:
    """Decided in session 1, in progress in 2, done in 3: both documents say so."""
    import io

    from pypdf import PdfReader

    from app.export.bilan import bilan_pdf
    from app.export.sheet import synthesis_pdf
    from app.group.ops.figures import collect_cycle
    from app.session.ops.report import collect

    cycles = Cycles(store)
    held = [hold_session(store, catalog, clock, cycle_id=None, narrator=1)]
    cycle_id = cycles.create_cycle(cycles.group_id(GROUP), "codev-anact", "2027", 6, clock.wall())
    cycles.attach_session(held[0].id, cycle_id)
    relire = next(n.id for n in store.notes(held[0].id) if n.text == "Relire la procédure")
    for status in (ActionStatus.IN_PROGRESS, ActionStatus.DONE):
        live = hold_session(store, catalog, clock, cycle_id=cycle_id, narrator=2)
        cycles.review_action(live.id, relire, status, clock.wall())
        held.append(live)

    def text(pdf: bytes) -> str:
        return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())

    story = "décidée en séance 1 · en cours en séance 2 · faite en séance 3"
    assert story in text(bilan_pdf(collect_cycle(store, cycle_id), [], "fr")).replace("- ", "")
    assert story in text(synthesis_pdf(collect(store, held[2].id), "fr")).replace("- ", "")
