"""A whole ANACT session driven through the real widgets, keys and clicks,
with a fake clock; then what the projection said and what was stored."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.session.rules.cues import Cue
from tests.helpers.fit import unwrapped
from tests.ui.keyboard import keyboard_owner, press, press_native, type_text
from ui.main import TourDeTable
from ui.session.console import ConsoleWindow
from ui.theme import CUE_COLOURS

NAMES = ["Bruno", "Chloé", "Dédé", "Élise", "Fatou", "Grégoire"]


def create_through_dialog(qtbot, tdt: TourDeTable) -> None:
    qtbot.mouseClick(tdt.home.new_button, Qt.MouseButton.LeftButton)
    dialog = tdt.dialog
    assert dialog is not None
    dialog.group.setCurrentText("Groupe Alpha")
    qtbot.keyClicks(dialog.facilitator, "Anne")
    dialog.names.setPlainText("\n".join(NAMES))  # pasted, one per line
    dialog.case_rows[0].title.setText("Un usager qui refuse tout")
    dialog.case_rows[0].narrator.setCurrentText("Bruno")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert tdt.screens is not None, dialog.people_error.text() + dialog.cases_error.text()


def background(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Window).name()


def test_a_whole_anact_session(qtbot, tdt, clock, store, monkeypatch) -> None:
    create_through_dialog(qtbot, tdt)
    screens = tdt.screens
    console, projection, controller = screens.console, screens.projection, screens.controller
    key = press
    # The very first key after the session opens drives it.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    assert keyboard_owner().window() is console and not console.note_edit.hasFocus()

    # Opening: the rules are on the projection; nothing runs yet.
    assert projection.heading.text() == "Étape 1 sur 7 · Ouverture, rappel des règles"
    assert "S’abstenir de juger" in projection.rules.text()
    assert projection.cue.text() == "Prêt à démarrer"
    assert not controller.repainting

    key(Qt.Key.Key_Space)
    assert controller.live.engine.running and controller.repainting
    clock.advance(4 * 60 + 5)
    qtbot.waitUntil(lambda: projection.cue.text() == "Plus qu’une minute")
    assert projection.countdown.text() == "0:55"
    assert background(projection) == CUE_COLOURS[Cue.LAST_MINUTE][0]
    assert projection.flash_cover.isVisible()
    assert "en silence" in console.statusBar().currentMessage()
    clock.advance(2 * 60 + 5)
    qtbot.waitUntil(lambda: projection.cue.text() == "Dépassement +1:10")
    assert projection.countdown.text() == "+1:10"
    assert background(projection) == CUE_COLOURS[Cue.OVERTIME][0]

    # Exposé: the clicker's PageDown, then the narrator's key.
    key(Qt.Key.Key_PageDown)
    assert projection.heading.text().startswith("Étape 2 sur 7 · Exposé du narrateur")
    assert not projection.rules.isVisible()
    key(Qt.Key.Key_2)  # Bruno is second in the order shown (Anne first)
    clock.advance(11 * 60)
    qtbot.waitUntil(lambda: projection.floor.text() == "Parole : Bruno · 11:00")
    key(Qt.Key.Key_2)  # his key again ends the turn
    assert projection.floor.text() == "Personne n’a la parole"

    # Questions: keys work with the projection window active too.
    projection.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projection)
    key(Qt.Key.Key_Right)
    assert controller.live.engine.step_index == 2
    for digit, seconds in ((Qt.Key.Key_3, 120), (Qt.Key.Key_4, 60), (Qt.Key.Key_3, 30)):
        key(digit)
        clock.advance(seconds)
    key(Qt.Key.Key_Escape)
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    assert controller.live.engine.speaker is None
    assert "Élise, Fatou, Grégoire" in console.not_spoken.text()

    # In "élaboration des possibles" the narrator listens: taking the floor is flagged.
    controller.timing.jump(4)
    key(Qt.Key.Key_2)
    assert console.floor.text().endswith("à cette étape, le narrateur écoute")
    key(Qt.Key.Key_Escape)
    assert controller.live.engine.interruptions[-1].step == 4
    controller.timing.jump(2)
    assert unwrapped(console.person_buttons[4].text()).endswith("pas encore entendu·e")
    key(Qt.Key.Key_Plus)
    assert controller.live.engine.step_planned(2) == 21 * 60
    key(Qt.Key.Key_Minus)
    key(Qt.Key.Key_Minus)
    assert controller.live.engine.step_planned(2) == 19 * 60

    # A note: N opens the field; digits and spaces are text, not the session's.
    key(Qt.Key.Key_N)
    assert console.note_edit.hasFocus() and console.note_edit.text() == ""
    assert console.note_state.text().startswith("✎")
    type_text("? Depuis 2 ans ?")
    assert controller.live.engine.speaker is None and controller.live.engine.running
    key(Qt.Key.Key_Return)  # files it and gives the keyboard back to the session
    [note] = store.notes(controller.live.id)
    assert (note.kind, note.text, note.step_index) == ("question", "Depuis 2 ans ?", 2)
    assert console.note_edit.text() == "" and not console.note_edit.hasFocus()
    assert not console.note_state.text().startswith("✎")
    key(Qt.Key.Key_3)
    assert controller.live.engine.speaker == controller.live.engine.people[2].id
    key(Qt.Key.Key_Escape)

    # Blank screen for a pause, from the clicker's B and ".".
    key(Qt.Key.Key_B)
    assert projection.blank_cover.isVisible() and console.blank_button.isChecked()
    key(Qt.Key.Key_Period)
    assert not projection.blank_cover.isVisible()

    # Pause: timers and repaint stop.
    key(Qt.Key.Key_Space)
    assert not controller.repainting
    clock.advance(600)
    controller.refresh()
    assert projection.cue.text() == "En pause"
    key(Qt.Key.Key_Space)

    # The round at the end: whose turn, "je passe", who is next.
    for _ in range(4):
        key(Qt.Key.Key_PageDown)
    snap = controller.snapshot
    assert snap.step_name == "Clôture : apprentissages" and snap.round is not None
    assert projection.round.text() == (
        "Tour de table — à : Chloé (créneau 2:00, reste 2:00) · ensuite : Dédé"
    )
    key(Qt.Key.Key_3)
    clock.advance(90)
    key(Qt.Key.Key_Escape)
    key(Qt.Key.Key_P)  # Dédé passes
    assert projection.round.text().startswith("Tour de table — à : Élise")
    assert "a passé" in console.person_buttons[3].text()

    # Keys overlay.
    key(Qt.Key.Key_F1)
    assert screens.help.isVisible()
    key(Qt.Key.Key_F1)
    assert not screens.help.isVisible()

    # End, after confirming.
    monkeypatch.setattr(ConsoleWindow, "confirm_end", staticmethod(lambda _parent: True))
    key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    console.export_dialog.close()
    assert projection.cue.text() == "Séance terminée"
    assert not controller.repainting

    raw = sqlite3.connect(store.path)
    state, running = raw.execute("select state, running_seconds from sessions").fetchone()
    steps = raw.execute(
        "select step_id, planned_seconds + adjust_seconds, actual_seconds "
        'from step_runs order by "index"'
    ).fetchall()
    turns = raw.execute(
        "select p.name, t.talk_seconds from turns t join participants p "
        "on p.id = t.participant_id order by t.seq"
    ).fetchall()
    raw.close()
    assert state == "ended"
    assert steps[0] == ("opening", 300.0, 370.0)
    assert steps[1] == ("expose", 720.0, 660.0)
    assert steps[2][:2] == ("questions", 1140.0)
    assert turns == [
        ("Bruno", 660.0),
        ("Chloé", 120.0),
        ("Dédé", 60.0),
        ("Chloé", 30.0),
        ("Bruno", 0.0),  # the flagged interruption, cut at once
        ("Chloé", 0.0),  # after the note: the keyboard is the session's again
        ("Chloé", 90.0),
    ]
    assert running == sum(s[2] for s in steps)


def test_talk_bars_are_off_on_the_projection_until_asked(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(screens.projection.isVisible)  # once the console is painted
    assert screens.projection.talk_bars.isHidden()
    assert not screens.controller.show_talk_bars
    screens.console.bars_check.setChecked(True)
    assert screens.controller.show_talk_bars and not screens.projection.talk_bars.isHidden()
    assert [row[0] for row in screens.projection.talk_bars.rows][:2] == [
        "Claire Martin",
        "Karim Benali",
    ]


def test_demo_is_a_group_of_seven_on_anact(tdt) -> None:
    screens = tdt.start_demo()
    stored = screens.controller.live.stored
    assert len(stored.people) == 7 and stored.protocol.id == "codev-anact"
    assert len(stored.cases) == 1


def test_resume_after_a_crash(qtbot, tdt, store, catalog, clock) -> None:
    create_through_dialog(qtbot, tdt)
    c = tdt.screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tdt.screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_PageDown)
    press(Qt.Key.Key_2)
    clock.advance(100)
    session_id = c.live.id
    tdt.screens.keys.enabled = False  # the process dies: no goodbye, nothing flushed
    clock.restart_process(downtime=200)

    again = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(again.home)
    again.show_home()
    assert again.home.resume_box.isVisible()
    [button] = again.home.resume_buttons
    assert "Groupe Alpha" in button.text() and "étape 2 sur 7" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    screens = again.screens
    assert screens is not None and screens.controller.live.id == session_id
    snap = screens.controller.snapshot
    assert snap.step_index == 1 and snap.running and snap.speaker == "Bruno"
    assert round(snap.elapsed) == 300  # 100 s before the crash + 200 s down
    assert screens.projection.floor.text() == "Parole : Bruno · 5:00"
    screens.console.close()


def test_french_keyboards_digits_and_keys_while_typing(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    c, console = screens.controller, screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    screens.keys.platform = "xcb"  # X11 says which physical key was pressed
    people = c.live.engine.people
    press_native(Qt.Key.Key_Eacute, "é", scan_code=11)  # AZERTY "2" unshifted
    assert c.live.engine.speaker == people[1].id
    press_native(Qt.Key.Key_Minus, "-", scan_code=15)  # AZERTY's 6 key types "-"
    assert c.live.engine.speaker == people[5].id
    assert c.live.engine.step_planned(0) == 300  # and did not shorten the step
    press_native(Qt.Key.Key_Minus, "-", scan_code=20)  # the real minus key
    assert c.live.engine.step_planned(0) == 240
    press_native(Qt.Key.Key_Minus, "-", scan_code=82)  # the keypad's
    assert c.live.engine.step_planned(0) == 180
    press(Qt.Key.Key_Up)
    assert c.live.engine.step_planned(0) == 240
    # Without physical codes, the AZERTY characters still name the top row.
    screens.keys.platform = "offscreen"
    press_native(Qt.Key.Key_Ampersand, "&")
    assert c.live.engine.speaker == people[0].id
    press_native(Qt.Key.Key_Egrave, "è")
    assert c.live.engine.speaker == people[6].id
    # A held key acts once.
    press_native(Qt.Key.Key_PageDown, "", repeat=False)
    press_native(Qt.Key.Key_PageDown, "", repeat=True)
    assert c.live.engine.step_index == 1
    # While typing a note, letters and digits are text; the clicker still works.
    press(Qt.Key.Key_Return)
    assert console.note_edit.hasFocus()
    type_text("b3 ")
    assert console.note_edit.text() == "b3 " and not c.blank
    press(Qt.Key.Key_PageDown)
    assert c.live.engine.step_index == 2
    press(Qt.Key.Key_Escape)  # leaves the field, keeping the draft
    assert not console.note_edit.hasFocus() and console.note_edit.text() == "b3 "
    press(Qt.Key.Key_B)
    assert c.blank


def test_every_console_action_has_a_key_listed_in_f1(qtbot, tdt, monkeypatch) -> None:
    from ui.session.keys import BINDINGS, Action

    screens = tdt.start_demo()
    console, c = screens.console, screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    assert {b.action for b in BINDINGS} == set(Action)
    labels = [label.text() for label in screens.help.findChildren(type(console.floor))]
    for binding in BINDINGS:
        assert binding.meaning() in labels and binding.shown() in labels
    press(Qt.Key.Key_M)
    assert console.mute_check.isChecked() and screens.chime.muted
    press(Qt.Key.Key_T)
    assert console.bars_check.isChecked() and c.show_talk_bars
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert console.export_dialog.isVisible()
    console.export_dialog.close()
    asked = []
    monkeypatch.setattr(
        ConsoleWindow, "confirm_end", staticmethod(lambda _parent: asked.append(1) or False)
    )
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1] and not c.live.engine.ended


def test_a_click_on_the_console_gives_the_keyboard_back(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    console, c = screens.console, screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    qtbot.mouseClick(console.note_edit, Qt.MouseButton.LeftButton)
    assert console.note_edit.hasFocus()
    qtbot.mouseClick(console.centralWidget(), Qt.MouseButton.LeftButton)
    assert not console.note_edit.hasFocus()
    qtbot.mouseClick(console.person_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.bars_check, Qt.MouseButton.LeftButton)
    press(Qt.Key.Key_Space)
    assert c.live.engine.running and console.note_edit.text() == ""
    assert c.live.store.notes(c.live.id) == []


def test_the_note_being_typed_is_saved_before_enter(qtbot, tdt, store) -> None:
    screens = tdt.start_demo()
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_N)
    type_text("! essayer un binome")
    qtbot.waitUntil(
        lambda: [n.text for n in store.notes(screens.controller.live.id)] == ["essayer un binome"]
    )
    type_text(" avec la CAF")
    console.close()  # closing flushes the last keystrokes at once
    [note] = store.notes(screens.controller.live.id)
    assert (note.kind, note.text) == ("proposal", "essayer un binome avec la CAF")


def test_steady_typing_is_saved_every_half_second(qtbot, tdt, store, clock) -> None:
    """No pause in the typing, no idle timer: the store is never a second behind."""
    screens = tdt.start_demo()
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_N)
    text = "Le refus est aussi une demande, et il faut du temps pour que le lien tienne. " * 2
    for typed, char in enumerate(text, start=1):
        type_text(char)
        clock.advance(0.1)  # ten keys a second
        [note] = store.notes(screens.controller.live.id) or [None]
        saved = len(note.text) if note else 0
        assert typed - saved <= 10, (typed, saved)  # at most the last second missing


def test_action_notes_carry_who_and_when(qtbot, tdt, store) -> None:
    screens = tdt.start_demo()
    console = screens.console
    console.note_edit.setText("> Appeler la CAF | Karim | 15 décembre")
    console.save_note_draft()
    [note] = store.notes(screens.controller.live.id)
    assert (note.kind, note.text, note.owner, note.due) == (
        "action",
        "Appeler la CAF",
        "Karim",
        "15 décembre",
    )
    assert "Karim · 15 décembre" in console.notes_list.item(0).text()


def test_projection_hides_the_balance_where_it_would_mislead(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    c, projection = screens.controller, screens.projection
    projection.show()
    c.timing.toggle_running()
    c.timing.jump(2)  # questions: the group's balance is shown once someone spoke
    assert projection.balance.isHidden()
    c.floor.floor_by_position(2)
    clock.advance(30)
    c.refresh()
    assert not projection.balance.isHidden()
    assert projection.balance_label.text() == "Équilibre du temps de parole : 0 %"
    c.timing.jump(6)  # the closing round: imbalance is expected until the round is done
    c.floor.floor_by_position(2)
    clock.advance(30)
    c.refresh()
    assert projection.balance.isHidden()


def test_the_console_fits_a_common_laptop_screen(tdt) -> None:
    """1920×1080 at 150 % is 1280×720 logical pixels, less a title bar; a
    1366×768 laptop screen leaves more."""
    screens = tdt.start_demo()
    hint = screens.console.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 690


def test_a_long_absence_asks_before_counting(qtbot, tdt, store, catalog, clock, monkeypatch):
    from ui.session import absence

    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_3)
    clock.advance(90)
    screens.controller.refresh()  # a repaint: the app notes it is alive
    clock.advance(20)
    session_id = screens.controller.live.id
    screens.keys.enabled = False  # killed
    clock.restart_process(downtime=14 * 3600)  # back the next morning

    asked: list[float] = []
    monkeypatch.setattr(
        absence, "ask_count_time_away", lambda _p, live, _lang: asked.append(live.absence) or False
    )
    again = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(again.home)
    again.show_home()
    [button] = again.home.resume_buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[0] >= 14 * 3600
    snap = again.screens.controller.snapshot
    assert again.screens.controller.live.id == session_id
    # Paused where the app was last seen alive (at most a minute is not counted).
    assert not snap.running and snap.speaker_seconds == 90
    assert again.screens.projection.cue.text() == "En pause"
    again.screens.console.close()


def test_ctrl_z_undoes_a_wrong_floor_key(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    c, console = screens.controller, screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_4)
    clock.advance(20)
    press(Qt.Key.Key_3)  # meant to stay on 4
    clock.advance(5)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    people = c.live.engine.people
    assert c.live.engine.speaker == people[3].id
    assert console.floor.text() == f"Parole : {people[3].name} depuis 0:25"


def test_black_screen_is_black_and_the_console_says_so(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    c, console, projection = screens.controller, screens.console, screens.projection
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_B)
    assert console.blank_button.text().startswith("■ La salle voit un écran noir")
    clock.advance(4 * 60 + 5)  # the last minute begins while the room sees black
    qtbot.waitUntil(lambda: c.snapshot.cue.value == "last_minute", timeout=3000)
    assert projection.blank_cover.isVisible() and not projection.flash_cover.isVisible()
    press(Qt.Key.Key_B)
    assert console.blank_button.text() == "Écran noir (B)"


def test_a_round_counts_each_person_once(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    c = screens.controller
    c.timing.toggle_running()
    c.timing.jump(6)  # the closing round
    r = c.snapshot.round
    assert r is not None and r.done == 0
    first = c.live.engine.round_state(6).current
    c.floor.give_floor(first)
    clock.advance(30)
    c.floor.pass_turn()  # spoke, then passes: one person, once
    assert c.snapshot.round.done == 1
    c.floor.pass_turn()  # the next one passes without speaking
    snap = c.snapshot
    assert snap.round.done == 2
    passed = snap.round.passed[-1]
    assert passed not in snap.not_spoken


def test_the_room_sees_the_session_clock_and_what_comes_next(qtbot, tdt, clock) -> None:
    from datetime import datetime

    screens = tdt.start_demo()
    c, projection = screens.controller, screens.projection
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    clock.advance(7 * 60)  # the 5-minute opening overruns by 2
    press(Qt.Key.Key_PageDown)
    c.refresh()
    now = datetime.fromtimestamp(clock.wall()).strftime("%H:%M")
    # The rest of the plan: 12 + 20 + 20 + 30 + 15 + 10 minutes from now.
    end = datetime.fromtimestamp(clock.wall() + 107 * 60).strftime("%H:%M")
    assert projection.session_line.text() == (
        f"{now} · séance 7:00 sur 1:52:00 · fin vers {end} · 2 min de retard"
    )
    # The exposé: the method's window, and the next step.
    assert projection.next_line.text() == (
        "la méthode prévoit 10 à 15 min · ensuite : Questions : observation des faits, analyse"
    )
    for _ in range(5):
        press(Qt.Key.Key_PageDown)
    assert c.snapshot.next_step_name == "" and projection.next_line.isHidden()


def test_a_message_to_the_room_stays_until_taken_down(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    console, projection = screens.console, screens.projection
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    qtbot.waitUntil(projection.isVisible)  # shown after the console's first paint
    assert console.message.itemText(0) == "Pause 10 min"
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert projection.message.isVisible() and projection.message.text() == "Pause 10 min"
    assert console.message_button.text() == "Retirer (Ctrl+M)"
    press(Qt.Key.Key_Space)  # the keyboard is the session's again
    assert screens.controller.live.engine.running
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert projection.message.isHidden()
    # A typed one, long and with markup, shown as typed on one line.
    qtbot.mouseClick(console.message.lineEdit(), Qt.MouseButton.LeftButton)
    console.message.lineEdit().selectAll()
    type_text("Retour à <b>14 h</b> " + "x" * 300)
    press(Qt.Key.Key_Return)
    shown = projection.message.text()
    assert shown.startswith("Retour à <b>14 h</b>") and len(shown) == 140
    assert not console.message.lineEdit().hasFocus()


def test_a_late_arrival_gets_a_seat_from_now_on(qtbot, tdt, store, clock, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from app.session.ops.live import LiveSession

    screens = tdt.start_demo()
    c, console = screens.controller, screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    for _ in range(3):
        press(Qt.Key.Key_PageDown)  # to "compréhension", after the questions
    before = len(console.person_buttons)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nadia Benkhalfa", True))
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(console.person_buttons) == before + 1
    assert console.person_buttons[-1].text().startswith("8  Nadia Benkhalfa")
    press(Qt.Key.Key_8)  # her key gives her the floor
    clock.advance(40)
    nadia = c.live.engine.people[-1].id
    assert c.live.engine.speaker == nadia
    # Not counted as silent in the steps before she came; counted from hers on.
    engine = c.live.engine
    assert nadia not in engine.expected_speakers(2) and nadia in engine.expected_speakers(3)
    again = LiveSession(store, c.live.id, clock)  # and the log says the same
    assert again.engine.people[-1].name == "Nadia Benkhalfa"
    assert again.engine.expected_speakers(2) == engine.expected_speakers(2)
    assert again.engine.expected_speakers(3) == engine.expected_speakers(3)


def test_the_room_reads_the_steps_rule_and_the_slot_left(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    c, projection = screens.controller, screens.projection
    c.timing.toggle_running()
    c.timing.jump(2)  # questions
    assert projection.instruction.text() == "Questions seulement : pas encore de conseils"
    c.timing.jump(6)  # the closing round
    first = c.live.engine.round_state(6).current
    c.floor.give_floor(first)
    clock.advance(50)
    c.refresh()
    from app.session.rules.cues import format_clock

    slot = c.snapshot.round.slot_seconds
    expected = f"(créneau {format_clock(slot)}, reste {format_clock(slot - 50)})"
    assert expected in projection.round.text()
    clock.advance(slot)  # past the slot: nothing negative shown
    c.refresh()
    assert "reste 0:00" in projection.round.text()


def test_the_readme_key_table_is_the_apps() -> None:
    """The README lists exactly the keys F1 lists, in the same order."""
    from pathlib import Path

    from ui.session.keys import BINDINGS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| key | action |") :].split("\n\n")[0].splitlines()[2:]
    assert table == [f"| {b.keys_text} | {b.meaning_text} |" for b in BINDINGS]


def test_the_room_sees_the_exposes_range(qtbot, tdt) -> None:
    """On the projection and the console: the range the method gives (10 to 15 min)."""
    screens = tdt.start_demo()
    c = screens.controller
    c.timing.toggle_running()
    c.timing.jump(next(i for i, p in enumerate(c.live.engine.plan) if p.step.id == "expose"))
    c.refresh()
    assert "10 à 15 min" in screens.projection.cue.text()
