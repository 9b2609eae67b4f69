"""The group window through its real widgets: members, a cycle and its dates,
the .ics and the bilan written, management's answer, deletion; and the home
window's groups and search."""

from __future__ import annotations

import io

import msgspec
import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QInputDialog

from app.group.store import Cycles
from app.privacy.rules.erasure import Replacement
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from tests.conftest import make_setup
from tests.ui.keyboard import type_text
from ui.group.bilan import BilanPanel
from ui.group.group_window import GroupWindow
from ui.group.members import ErasureDialog, MembersPanel


def held_session(store, catalog, clock) -> int:
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.give_floor(live.engine.people[2].id)
    clock.advance(600)
    store.add_note(live.id, Note(0, 3, 0, "question", "Qui suit le dossier de la CAF ?"), 0)
    live.end()
    return live.id


def test_a_group_over_time(qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch) -> None:
    first = held_session(store, catalog, clock)
    second = held_session(store, catalog, clock)
    tdt.show_home()
    home = tdt.home
    # The groups come just after the home window's first paint.
    qtbot.waitUntil(lambda: home.groups.topLevelItemCount() == 1)
    assert home.groups.topLevelItem(0).text(0) == "Groupe Alpha"
    qtbot.mouseClick(home.groups_panel.open_group_button, Qt.MouseButton.LeftButton)
    window = tdt.group_window
    assert window.windowTitle() == "Groupe : Groupe Alpha"

    # Members: the people of the sessions; one added, one renamed, one retired.
    assert window.members.member_list.count() == 7
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.members.new_member, Qt.MouseButton.LeftButton)
    type_text("Hélène")
    window.members.add_member()
    names = [m.name for m in store.members.members(store.cycles.group_id("Groupe Alpha"))]
    assert names[-1] == "Hélène"
    window.members.member_list.setCurrentRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bruno L.", True))
    window.members.rename_member()
    window.members.member_list.setCurrentRow(2)
    window.members.retire_member()
    assert "Bruno L." in window.members.member_list.item(1).text()
    assert window.members.member_list.item(2).text().endswith("retiré·e")

    # A cycle, its first two dates, the .ics.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2027", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (6, True))
    window.calendar.new_cycle()
    assert window.calendar.cycle_choice.currentText() == "2027 — 0 séances tenues sur 6"
    for n, day in ((1, QDate(2027, 1, 15)), (2, QDate(2027, 3, 12))):
        window.calendar.entry_number.setValue(n)
        window.calendar.entry_day.setDate(day)
        window.calendar.entry_time.setTime(QTime(9, 30))
        window.calendar.entry_place.setText("Salle B")
        window.calendar.entry_narrator.setCurrentIndex(3)
        window.calendar.save_entry()
    assert window.calendar.calendar_list.count() == 2
    assert window.calendar.calendar_list.item(0).text().startswith("1. 15/01/2027 09:30 — Salle B")
    target = tmp_path / "cycle.ics"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(target)))
    assert window.calendar.export_ics() == target
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk() if c.name == "VEVENT"]
    assert [e.decoded("dtstart").isoformat() for e in events] == [
        "2027-01-15T09:30:00",
        "2027-03-12T09:30:00",
    ]

    # Management's answer; a wrong date order is refused in a sentence.
    window.tabs.setCurrentIndex(2)
    window.answers.answer_sent.setDate(QDate(2027, 2, 1))
    window.answers.answer_day.setDate(QDate(2027, 1, 20))
    window.answers.record_answer()
    assert window.error.text() == "La réponse ne peut pas précéder l’envoi du relevé."
    window.answers.answer_day.setDate(QDate(2027, 2, 15))
    window.answers.answer_decisions.setPlainText("Une formation en mars")
    window.answers.record_answer()
    assert (
        window.answers.answer_list.count() == 1
        and "14 jours" in window.answers.answer_list.item(0).text()
    )
    # An answer about one proposal of that session.
    store.add_note(first, Note(0, 4, 0, "proposal", "Un binôme pour l’accueil"), 0)
    store.add_note(second, Note(0, 4, 0, "proposal", "Un binôme pour l’accueil"), 0)
    window.refresh()
    window.tabs.setCurrentIndex(2)
    index = window.answers.answer_about.findData("Un binôme pour l’accueil")
    assert index > 0
    window.answers.answer_about.setCurrentIndex(index)
    window.answers.answer_decisions.setPlainText("Accordé dès janvier")
    window.answers.record_answer()
    assert (
        "« Un binôme pour l’accueil » — Accordé dès janvier"
        in window.answers.answer_list.item(1).text()
    )

    # The bilan, with two of the five criteria checked.
    cycle_id = window.current_cycle()
    for sid in (first, second):
        Cycles(store).attach_session(sid, cycle_id)
    window.refresh()
    window.bilan.criteria["collective"].setChecked(True)
    bilan = tmp_path / "bilan.pdf"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(bilan)))
    suspects: list[str] = []
    monkeypatch.setattr(
        BilanPanel,
        "confirm_third_parties",
        staticmethod(lambda _p, names, _l: suspects.extend(names) or dict.fromkeys(names, "X")),
    )
    window.bilan.export_bilan()  # built off the GUI thread
    qtbot.waitUntil(lambda: window.bilan.exported == bilan, timeout=10_000)
    text = " ".join(PdfReader(io.BytesIO(bilan.read_bytes())).pages[0].extract_text().split())
    assert "Bilan de cycle" in text and "Collectif oui" in text and "Bruno" not in text
    assert suspects == []  # "Accordé", after a dash, opens a clause: no name

    # Deleting a session asks first; No keeps it.
    window.tabs.setCurrentWidget(window.sessions)
    window.sessions.session_list.setCurrentRow(0)
    monkeypatch.setattr(GroupWindow, "confirm", staticmethod(lambda *_a: False))
    window.sessions.delete_session()
    assert len(store.summaries()) == 2
    monkeypatch.setattr(GroupWindow, "confirm", staticmethod(lambda *_a: True))
    window.sessions.delete_session()
    assert [s.id for s in store.summaries()] == [second]
    assert home.past.count() == 1  # home was told
    tdt.operations.wait_for_jobs()  # the figures are read in the background


def test_home_search_opens_the_session_found(qtbot, tdt, store, catalog, clock) -> None:
    sid = held_session(store, catalog, clock)
    tdt.show_home()
    home = tdt.home
    qtbot.keyClicks(home.search, "dossier CAF")
    qtbot.keyClick(home.search, Qt.Key.Key_Return)
    assert home.found.count() == 1 and "Qui suit le dossier" in home.found.item(0).text()
    opened: list[int] = []
    home.open_session.disconnect()
    home.open_session.connect(opened.append)
    home.found.itemActivated.emit(home.found.item(0))
    assert opened == [sid]
    home.search.setText("introuvable")
    home.run_search()
    assert home.found.item(0).text() == "Rien trouvé."


def test_a_new_session_starts_from_the_group(qtbot, tdt, store, catalog, clock) -> None:
    first = held_session(store, catalog, clock)
    cycles = Cycles(store)
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "2027", 6, clock.wall()
    )
    cycles.attach_session(first, cycle_id)
    dialog = tdt.ask_new_session()
    dialog.group.setCurrentText("Groupe Alpha")
    # The members, all present; the facilitator in her field.
    assert dialog.facilitator.text() == "Anne Facil"
    assert dialog.peer_names() == ["Bruno", "Chloé", "Dédé", "Élise", "Fatou", "Grégoire"]
    narrators = [dialog.case_rows[0].narrator.itemText(i) for i in range(7)]
    assert "Bruno (a déjà apporté une situation dans ce cycle)" in narrators
    today = dialog.roles.cellWidget(2, 2)  # Dédé is away today
    today.setCurrentIndex(today.findData("excused"))
    names = [
        dialog.case_rows[0].narrator.itemText(i)
        for i in range(dialog.case_rows[0].narrator.count())
    ]
    assert not any(n.startswith("Dédé") for n in names)
    dialog.case_rows[0].title.setText("Un usager qui refuse tout")
    dialog.case_rows[0].narrator.setCurrentIndex(2)  # Chloé
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    screens = tdt.screens
    assert screens is not None
    seated = [p.name for p in screens.controller.live.engine.people]
    assert "Dédé" not in seated and len(screens.console.person_buttons) == 6
    sid = screens.controller.live.id
    assert store.members.attendance(sid)["Dédé"] == "excused"
    assert sid in cycles.sessions_of_cycle(cycle_id)  # in the cycle…
    assert cycles.cycles(cycles.group_id("Groupe Alpha"))[0].held == 1  # …held once it starts
    screens.controller.timing.toggle_running()
    assert cycles.cycles(cycles.group_id("Groupe Alpha"))[0].held == 2
    screens.console.close()


def test_home_shows_groups_cycles_and_sessions_held_planned_and_late(
    qtbot, tdt, store, catalog, clock
) -> None:
    from datetime import date, timedelta

    cycles = Cycles(store)
    before = held_session(store, catalog, clock)  # outside any cycle
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "Cycle 2027", 6, clock.wall()
    )
    held = [held_session(store, catalog, clock) for _ in range(2)]
    for sid in held:
        cycles.attach_session(sid, cycle_id)
    today = date.today()
    for n in range(1, 7):  # sessions 3 is late, 4 is next
        day = today + timedelta(days=30 * (n - 4) + 1)
        cycles.plan(cycle_id, n, day.isoformat(), "14:00", 150, place="Salle B")
    tdt.show_home()
    home = tdt.home
    qtbot.waitUntil(lambda: home.groups.topLevelItemCount() == 1)
    group = home.groups.topLevelItem(0)
    assert group.text(0) == "Groupe Alpha — 1 en retard"
    cycle, outside = group.child(0), group.child(1)
    assert cycle.text(0).startswith("Cycle 2027 : 2/6 séances")
    assert "prochaine : " in cycle.text(0) and "1 en retard" in cycle.text(0)
    assert cycle.isExpanded()  # the latest cycle is open at once
    rows = [cycle.child(i).text(0) for i in range(cycle.childCount())]
    assert len(rows) == 6
    assert rows[0].startswith("Séance 1 — ") and rows[0].endswith("— Cas 1")
    assert rows[2].startswith("⚠ Séance 3 — prévue le ") and rows[2].endswith("en retard")
    assert rows[3].startswith("Séance 4 — prévue le ") and "Salle B" in rows[3]
    assert outside.text(0) == "Séances hors cycle" and outside.childCount() == 0
    outside.setExpanded(True)  # read when opened
    assert outside.childCount() == 1

    def enter_on(folder: int, row: int) -> None:
        """Enter on a row, the tree read again: an opened session refills home."""
        item = home.groups.topLevelItem(0).child(folder)
        item.setExpanded(True)
        home.groups.setCurrentItem(item.child(row))
        qtbot.keyClick(home.groups, Qt.Key.Key_Return)

    with qtbot.waitSignal(home.open_session) as opened:
        enter_on(0, 1)
    assert opened.args == [held[1]]
    tdt.screens.console.close()
    with qtbot.waitSignal(home.open_session) as opened:
        enter_on(1, 0)
    assert opened.args == [before]
    tdt.screens.console.close()
    with qtbot.waitSignal(home.open_group) as group_opened:
        enter_on(0, 4)  # a planned one: it is planned in the group's window
    assert group_opened.args == [cycles.group_id("Groupe Alpha")]
    tdt.operations.wait_for_jobs()  # the figures are read in the background


def test_a_theme_given_to_a_past_case_in_the_group_window(qtbot, tdt, store, catalog, clock):
    cycles = Cycles(store)
    first = held_session(store, catalog, clock)
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "Cycle 2027", 6, clock.wall()
    )
    for session_id in (first, held_session(store, catalog, clock)):
        cycles.attach_session(session_id, cycle_id)
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    assert window.bilan.case_list.count() == 2
    assert window.bilan.case_list.item(1).text() == "Séance 2 — Cas 1 — sans thème"
    window.bilan.case_list.setCurrentRow(1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(window.bilan.theme_choice.lineEdit(), Qt.MouseButton.LeftButton)
    type_text("Accès aux droits")
    qtbot.mouseClick(window.bilan.theme_button, Qt.MouseButton.LeftButton)
    assert window.bilan.case_list.item(1).text() == "Séance 2 — Cas 1 — Accès aux droits"
    assert window.bilan.theme_choice.itemText(0) == "Accès aux droits"  # offered for the next one
    assert store.cycle_cases(cycle_id)[1][4] == "Accès aux droits"
    tdt.operations.wait_for_jobs()  # the figures are read in the background


def test_the_session_deleted_is_the_one_chosen_even_when_two_read_the_same(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    """Seven sessions of the same case: the numbering starts again after six, so
    two rows read "Session 1 — Cas 1" (their dates apart). Choosing the older
    one deletes the older one, never the newer (the window chose by label)."""
    monkeypatch.setattr(GroupWindow, "confirm", staticmethod(lambda *_a: True))
    sessions = []
    for _week in range(7):
        sessions.append(held_session(store, catalog, clock))
        clock.advance(7 * 86400)
    labels = [s.number_in_cycle for s in store.summaries()]
    assert sorted(labels) == [1, 1, 2, 3, 4, 5, 6]
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    rows = [window.sessions.session_list.item(i) for i in range(7)]
    assert rows[0].text().split(" — ")[:2] == rows[6].text().split(" — ")[:2]
    window.sessions.session_list.setCurrentRow(0)  # the older "Session 1"
    window.sessions.delete_session()
    left = {s.id for s in store.summaries()}
    assert sessions[0] not in left and sessions[6] in left and len(left) == 6
    tdt.operations.wait_for_jobs()  # the figures are read in the background


def test_an_action_redraws_only_what_it_changed(qtbot, tdt, store, catalog, clock, monkeypatch):
    """Adding a member redraws the members, not the cycle's figures (every session
    replayed); a session deleted reads them again."""
    from app.group.ops import actions as ops

    cycles = Cycles(store)
    held = [held_session(store, catalog, clock) for _n in range(2)]
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "2027", 6, clock.wall()
    )
    for session_id in held:
        cycles.attach_session(session_id, cycle_id)
    read = []
    figures = ops.cycle_figures
    monkeypatch.setattr(ops, "cycle_figures", lambda s, **k: read.append(k) or figures(s, **k))
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    qtbot.waitUntil(lambda: window.bilan.heard.count() > 0, timeout=10_000)
    assert len(read) == 1
    window.members.new_member.setText("Hélène")
    window.members.add_member()
    tdt.operations.wait_for_jobs()  # anything started in the background is done
    assert window.members.member_list.count() == 8 and len(read) == 1
    monkeypatch.setattr(GroupWindow, "confirm", staticmethod(lambda *_a: True))
    window.sessions.session_list.setCurrentRow(0)
    window.sessions.delete_session()
    qtbot.waitUntil(lambda: len(read) == 2, timeout=10_000)
    tdt.operations.wait_for_jobs()


def test_home_says_which_releves_wait_for_an_answer(qtbot, tdt, store, catalog, clock) -> None:
    from datetime import date, timedelta

    sid = held_session(store, catalog, clock)
    sent = (date.today() - timedelta(days=45)).isoformat()
    store.mark_releve_sent(sid, sent, clock.wall())
    tdt.show_home()
    qtbot.waitUntil(lambda: "réponse de la direction" in tdt.home.notice.text())
    assert "1 relevé(s) attendent depuis plus de 30 jours" in tdt.home.notice.text()
    assert "Groupe Alpha, séance 1" in tdt.home.notice.text()


def test_a_member_is_erased_from_the_group_window_and_the_command_line(
    qtbot, tdt, store, catalog, clock, monkeypatch, capsys
) -> None:
    from app.cli import main

    held_session(store, catalog, clock)
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    rows = {window.members.member_list.item(i).text(): i for i in range(7)}
    window.members.member_list.setCurrentRow(next(i for t, i in rows.items() if "Chloé" in t))
    store.add_note(store.sessions_of_group(store.cycles.group_id("Groupe Alpha"))[0].id,
                   Note(0, 3, 0, "question", "Chloé ira à Sainte-Chloé"), 1)  # fmt: skip
    shown: list[list[Replacement]] = []
    monkeypatch.setattr(
        MembersPanel, "confirm_erasure", staticmethod(lambda _p, _t, c: shown.append(c) or False)
    )
    window.members.erase_member()
    qtbot.waitUntil(lambda: bool(shown))  # the preview is read off the GUI thread
    assert any(
        m.name == "Chloé" for m in store.members.members(store.cycles.group_id("Groupe Alpha"))
    )  # No keeps her
    assert shown == [[Replacement("notes", "Chloé ira à Sainte-Chloé",
                                  "ancien·ne membre ira à Sainte-Chloé")]]  # fmt: skip
    dialog = ErasureDialog(window, "?", shown[0])
    qtbot.addWidget(dialog)
    assert "→ ancien·ne membre ira à Sainte-Chloé" in dialog.changes.toPlainText()
    assert dialog.changes.isVisibleTo(dialog)
    dialog.show()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter never erases
    assert dialog.result() == ErasureDialog.DialogCode.Rejected
    asked: list[bool] = []
    monkeypatch.setattr(
        MembersPanel, "confirm_erasure", staticmethod(lambda *_a: asked.append(True) or True)
    )
    window.members.erase_member()
    qtbot.waitUntil(lambda: bool(asked))
    names = [
        m.name
        for m in store.members.members(store.cycles.group_id("Groupe Alpha"), include_retired=True)
    ]
    assert "Chloé" not in names and "ancien·ne membre" in names
    tdt.operations.wait_for_jobs()
    tdt.home.close()
    store.close()
    data = ["--data-dir", str(store.path.parent)]
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main([*data, "erase-person", "Groupe Alpha", "Dédé"]) == 1  # asked, refused
    assert main([*data, "erase-person", "Groupe Alpha", "Dédé", "--yes"]) == 0
    assert main([*data, "erase-person", "Groupe Alpha", "Personne"]) == 2
    assert "was erased" in capsys.readouterr().out


def test_a_session_after_a_full_cycle_asks_whether_it_opens_the_next(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    from ui.home.setup_dialog import NewSessionDialog

    cycles = Cycles(store)
    first = held_session(store, catalog, clock)
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "2027", 1, clock.wall()
    )
    cycles.attach_session(first, cycle_id)
    asked: list[tuple[str, int]] = []
    for answer in (False, True):
        monkeypatch.setattr(
            NewSessionDialog,
            "ask_new_cycle",
            staticmethod(lambda _p, title, n, a=answer: asked.append((title, n)) or a),
        )
        dialog = tdt.ask_new_session()
        dialog.group.setCurrentText("Groupe Alpha")
        dialog.case_rows[0].title.setText("Une nouvelle situation")
        dialog.case_rows[0].narrator.setCurrentIndex(2)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        tdt.screens.console.close()
    assert asked == [("2027", 1), ("2027", 1)]
    [_old, new] = cycles.cycles(cycles.group_id("Groupe Alpha"))
    assert (new.title, new.planned_sessions, new.held) == ("2027 (suite)", 1, 0)  # not started
    [opening] = store.group_sessions(store.cycles.group_id("Groupe Alpha"), new.id)
    assert opening.number_in_cycle == 1
    assert (
        len(store.group_sessions(store.cycles.group_id("Groupe Alpha"), None)) == 1
    )  # the one answered No


def test_the_participants_scores_are_typed_as_counts_and_the_bilan_shows_averages(
    qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch
) -> None:
    import io
    import sqlite3

    from pypdf import PdfReader

    cycles = Cycles(store)
    held = [held_session(store, catalog, clock) for _n in range(2)]
    cycle_id = cycles.create_cycle(
        cycles.group_id("Groupe Alpha"), "codev-anact", "2027", 6, clock.wall()
    )
    for session_id in held:
        cycles.attach_session(session_id, cycle_id)
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    bilan = window.bilan
    bilan.record_evaluation()  # nothing typed: said, nothing recorded
    assert "combien" in window.error.text() and store.answers.tallies(cycle_id) == []
    bilan.evaluation_for.setCurrentIndex(bilan.evaluation_for.findData(held[0]))
    for score, count in ((4, 3), (5, 2)):  # 3 gave 4, 2 gave 5: 4,4 on average
        bilan.tallies["helped_practice"][score - 1].setValue(count)
    bilan.tallies["frame_kept"][4].setValue(5)
    bilan.record_evaluation()
    # The form keeps what was recorded; saved again, the same sheet replaces itself.
    assert bilan.tallies["helped_practice"][3].value() == 3
    bilan.record_evaluation()
    bilan.evaluation_for.setCurrentIndex(bilan.evaluation_for.findData(held[1]))
    assert all(spin.value() == 0 for spins in bilan.tallies.values() for spin in spins)
    bilan.evaluation_for.setCurrentIndex(bilan.evaluation_for.findData(held[0]))
    assert bilan.tallies["frame_kept"][4].value() == 5  # what was recorded, read back
    assert sorted(store.answers.tallies(cycle_id)) == [
        ("frame_kept", 5, 5),
        ("helped_practice", 4, 3),
        ("helped_practice", 5, 2),
    ]
    raw = sqlite3.connect(store.path)
    columns = {row[1] for row in raw.execute("PRAGMA table_info(evaluation_tallies)")}
    raw.close()
    assert not columns & {"participant_id", "member_id", "name", "person"}  # never who
    target = tmp_path / "bilan.pdf"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(target)))
    bilan.export_bilan()
    qtbot.waitUntil(lambda: bilan.exported == target, timeout=10_000)
    text = " ".join(PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert "aidé·e dans ma pratique 4,40 / 5 (5 réponses)" in text
    assert "5,00 / 5 (5 réponses)" in text
    tdt.operations.wait_for_jobs()


def test_a_group_is_handed_over_from_its_window_and_imported_on_home(
    qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch
) -> None:
    from ui.home.home import HomeWindow

    held_session(store, catalog, clock)
    window = tdt.open_group(store.cycles.group_id("Groupe Alpha"))
    target = tmp_path / "alpha.tdtgroup"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(target)))
    monkeypatch.setattr(GroupWindow, "ask_new_passphrase", staticmethod(lambda _p: "une phrase"))
    assert window.sessions.hand_over() == target and target.exists()
    assert "Écrit" in window.error.text() or str(target) in window.error.text()
    tdt.operations.wait_for_jobs()
    window.close()

    asked: list[str] = []
    answers = iter(["mauvaise phrase", "une phrase", "Alpha (reçu)"])

    def ask_text(_parent, label, *, secret=False):
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(HomeWindow, "ask_group_file", staticmethod(lambda _p: str(target)))
    monkeypatch.setattr(HomeWindow, "ask_text", staticmethod(ask_text))
    tdt.show_home()
    assert tdt.home.import_group() is None  # a wrong passphrase: said, nothing imported
    assert "phrase secrète incorrecte" in tdt.home.notice.text().lower()
    new_id = tdt.home.import_group()  # the same name is here: another one is asked
    assert new_id is not None and "déjà sur cet ordinateur" in asked[-1]
    assert sorted(store.groups()) == ["Alpha (reçu)", "Groupe Alpha"]
    assert len(store.sessions_of_group(store.cycles.group_id("Alpha (reçu)"))) == 1

    # A file whose content is no whole group (a note of a session it lacks): said.
    from app.handover.rules import seal

    content = store.export_group(store.cycles.group_id("Groupe Alpha"))
    content["tables"]["notes"][0]["session_id"] = 999
    target.write_bytes(seal(content, "une phrase"))
    answers = iter(["une phrase"])
    assert tdt.home.import_group() is None
    assert "abîmé" in tdt.home.notice.text() and "rien n’a été importé" in tdt.home.notice.text()
    assert sorted(store.groups()) == ["Alpha (reçu)", "Groupe Alpha"]

    # A file double-clicked is imported without being asked for; the button asks.
    target.write_bytes(
        seal(store.export_group(store.cycles.group_id("Groupe Alpha")), "une phrase")
    )
    monkeypatch.setattr(HomeWindow, "ask_group_file", staticmethod(lambda _p: ""))
    answers = iter(["une phrase", "Alpha (bis)"])
    assert tdt.home.import_group(target) is not None
    assert "Alpha (bis)" in store.groups()
    tdt.home.import_button.click()  # asks for the file: none chosen, nothing imported
    assert len(store.groups()) == 3


def test_a_group_file_double_clicked_opens_home_and_its_import(
    qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch
) -> None:
    """Windows opens ``tourdetable.exe FILE.tdtgroup``: home, then its import
    once home is painted (the passphrase asked, the file not)."""
    from PySide6.QtWidgets import QApplication

    from app.handover.rules import seal
    from ui.home.home import HomeWindow
    from ui.main import _open_first_window

    held_session(store, catalog, clock)
    target = tmp_path / "Groupe A-B.tdtgroup"
    target.write_bytes(seal(store.export_group(store.cycles.group_id("Groupe Alpha")), "phrase"))
    monkeypatch.setattr(HomeWindow, "ask_group_file", staticmethod(lambda _p: pytest.fail()))
    answers = iter(["phrase", "Alpha (reçu)"])
    monkeypatch.setattr(HomeWindow, "ask_text", staticmethod(lambda *_a, **_k: next(answers)))
    app = QApplication.instance()
    _open_first_window(tdt, app, demo=False, prep=False, prep_file=None, group_file=target)
    qtbot.waitUntil(lambda: "Alpha (reçu)" in store.groups())
    tdt.home.first_painted.emit()  # painted again: imported once only
    assert sorted(store.groups()) == ["Alpha (reçu)", "Groupe Alpha"]


def test_a_group_hand_over_suggests_a_name_any_system_accepts(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    setup = msgspec.structs.replace(make_setup(catalog), group='Équipe A/B: "nord" <2027>')
    store.create_session(setup, clock.wall())
    window = tdt.open_group(store.cycles.group_id(setup.group))
    suggested = []
    monkeypatch.setattr(
        GroupWindow, "ask_path", staticmethod(lambda *a: suggested.append(a[2]) or "")
    )
    assert window.sessions.hand_over() is None  # nothing chosen: nothing written
    assert suggested == ["Équipe A-B- -nord- -2027.tdtgroup"]
    window.close()


def test_the_members_tab_says_the_methods_advised_size(qtbot, tdt, store, catalog, clock) -> None:
    held_session(store, catalog, clock)  # seven people: a facilitator and six peers
    group_id = store.cycles.group_id("Groupe Alpha")
    window = tdt.open_group(group_id)
    members = window.members
    assert not members.size_advice.isVisibleTo(window)  # six: within 5 to 8
    for n in range(3):
        store.members.add_member(group_id, f"Nouvelle {n}", "consultant", clock.wall())
    window.refresh()
    assert members.size_advice.isVisibleTo(window)
    assert "5 à 8" in members.size_advice.text() and "9" in members.size_advice.text()
    tdt.operations.wait_for_jobs()


def test_the_framing_note_is_typed_saved_and_printed_with_its_invitation(
    qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch
) -> None:
    """Seed 001's launch of a group from its window: the parts typed, the size
    and the group's diversity ticked, saved, printed on one page each; what is
    typed and not yet saved survives a redraw."""
    held_session(store, catalog, clock)
    group_id = store.cycles.group_id("Groupe Alpha")
    window = tdt.open_group(group_id)
    panel = window.framing
    window.tabs.setCurrentWidget(panel)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(panel.origin.viewport(), Qt.MouseButton.LeftButton)
    type_text("Demande des agents de l’accueil")
    panel.themes.setPlainText("Les appels répétés\nLes publics en colère")
    panel.facilitation.setCurrentIndex(panel.facilitation.findData("pair"))
    panel.facilitators.setText("Anne Facil et Marc Dupin")
    panel.size_low.setValue(8)
    panel.size_high.setValue(10)
    panel.diversity["age"].setChecked(True)
    panel.contact.setText("Anne Facil, avant le 15 janvier")
    window.refresh()  # another change redraws the window: the typing stays
    assert panel.origin.toPlainText() == "Demande des agents de l’accueil"
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert window.error.text() == "La note de cadrage est enregistrée."
    saved = store.framing.framing_note(group_id)
    assert saved is not None and saved.themes == "Les appels répétés\nLes publics en colère"
    assert (saved.facilitation, saved.size_low, saved.size_high) == ("pair", 8, 10)
    assert saved.diversity_met == ("age",)

    for button, name, said in (
        (panel.note_button, "cadrage.pdf", "Vérifiée à ce jour pour le groupe"),
        (panel.invitation_button, "invitation.pdf", "Pour participer : Anne Facil"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a, t=target: str(t)))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert panel.exported == target
        pdf = PdfReader(io.BytesIO(target.read_bytes()))
        text = " ".join(pdf.pages[0].extract_text().split())
        assert len(pdf.pages) == 1 and said in text and "Les publics en colère" in text

    # A size the note cannot seek is refused, said plainly; the saved note stays.
    panel.size_low.setValue(12)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert (
        window.error.text()
        == "La taille recherchée va de 2 à 30 personnes, la plus petite d’abord."
    )
    assert store.framing.framing_note(group_id) == saved
    # Opened again, the window shows the saved note.
    window.close()
    again = tdt.open_group(group_id)
    assert again.framing.note() == saved


def test_the_bilan_from_the_window_replaces_only_the_names_confirmed(
    qtbot, tdt, store, catalog, clock, tmp_path, monkeypatch
) -> None:
    """Issue 28: the window's bilan replaced every suspect unattended, places
    included ("Saint-Denis" became "une tierce personne"), and never looked at
    the cycle's title printed in its header."""
    from ui.dialogs import ThirdPartiesDialog

    session_id = held_session(store, catalog, clock)
    group_id = store.cycles.group_id("Groupe Alpha")
    cycles = Cycles(store)
    cycle_id = cycles.create_cycle(group_id, "codev-anact", "Cycle avec Mme Kerbrat", 6, 0)
    cycles.attach_session(session_id, cycle_id)
    store.add_note(
        session_id, Note(0, 4, 0, "proposal", "Relais à Saint-Denis et Kerlouan, voir Kerbrat"), 1
    )
    window = tdt.open_group(group_id)
    target = tmp_path / "bilan.pdf"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(target)))
    asked: list[list[str]] = []
    monkeypatch.setattr(
        BilanPanel, "confirm_third_parties", staticmethod(lambda _p, n, _l: asked.append(n))
    )
    window.bilan.export_bilan()  # cancelled: nothing written
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "Kerbrat" in asked[0] and "Kerlouan" in asked[0]
    assert "Saint-Denis" not in asked[0]  # a known place: never suggested
    qtbot.waitUntil(window.bilan.bilan_button.isEnabled, timeout=10_000)
    assert not target.exists() and "pas été écrit" in window.error.text()

    dialog = ThirdPartiesDialog(window, asked[0], "une tierce personne")
    qtbot.addWidget(dialog)
    for i in range(dialog.names.count()):
        if dialog.names.item(i).text() == "Kerlouan":
            dialog.names.item(i).setCheckState(Qt.CheckState.Unchecked)  # a place: kept
    decided = dialog.decided()
    assert decided["Kerbrat"] == "une tierce personne" and "Kerlouan" not in decided
    monkeypatch.setattr(BilanPanel, "confirm_third_parties", staticmethod(lambda *_a: decided))
    window.bilan.export_bilan()
    qtbot.waitUntil(lambda: window.bilan.exported == target, timeout=10_000)
    text = " ".join(PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert "Saint-Denis" in text and "Kerlouan" in text and "Kerbrat" not in text
    assert "Cycle avec Mme une tierce personne" not in text
    assert "Cycle avec une tierce personne" in text  # the header's title, civility and all
    tdt.operations.wait_for_jobs()
