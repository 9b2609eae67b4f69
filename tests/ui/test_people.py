"""People during a session, by keys: hands raised and served in order (least
heard suggested, the narrator held back while they listen), someone leaving the
room, a name corrected, and more than ten seats reachable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.session.ops.live import LiveSession
from tests.conftest import make_setup
from tests.helpers.fit import LAPTOP, place, unwrapped
from tests.ui.keyboard import press
from ui.session.console import ConsoleWindow
from ui.session.people_strip import grid_columns, person_key

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def names_of(screens) -> list[str]:
    return [p.name for p in screens.controller.live.engine.people]


def test_hands_are_served_in_order_and_the_narrator_waits_while_listening(
    qtbot, tdt, store, clock, monkeypatch
) -> None:
    screens = tdt.start_demo()
    console, live = screens.console, screens.controller.live
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    for _ in range(4):  # to "élaboration des possibles": the narrator listens
        press(Qt.Key.Key_Right)
    assert live.engine.current.step.narrator_listens
    press(Qt.Key.Key_3)  # Sophie speaks a minute first
    clock.advance(60)
    press(Qt.Key.Key_3)

    for key in (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_5):  # Sophie, Karim (narrator), Aïcha
        press(Qt.Key.Key_H)
        assert console.queue.text().startswith("☝ La main de qui ?")
        press(key)
    assert live.engine.speaker is None  # H then a key raises a hand: nobody got the floor
    assert console.queue.text() == (
        "☝ Mains levées : Sophie Lefèvre, Karim Benali, Aïcha Diallo — Q donne la parole à "
        "Sophie Lefèvre · le moins entendu : Aïcha Diallo"
    )
    assert console.person_buttons[4].text().splitlines()[1].startswith("☝ ")

    press(Qt.Key.Key_Q)
    assert (
        names_of(screens)[
            live.engine.people.index(
                next(p for p in live.engine.people if p.id == live.engine.speaker)
            )
        ]
        == "Sophie Lefèvre"
    )
    clock.advance(30)
    press(Qt.Key.Key_Q)  # Karim waits: the narrator listens in this step
    speaker = next(p.name for p in live.engine.people if p.id == live.engine.speaker)
    assert speaker == "Aïcha Diallo"
    screens.controller.refresh()
    assert screens.projection.round.text() == "Prochaines paroles : Karim Benali"

    press(Qt.Key.Key_H)
    press(Qt.Key.Key_Escape)  # changed my mind: Aïcha keeps the floor
    assert not console.hand_armed and live.engine.speaker is not None
    press(Qt.Key.Key_H)
    press(Qt.Key.Key_2)  # Karim's hand goes down
    assert live.engine.hands == []
    press(Qt.Key.Key_Q)
    assert console.error.text() == "Personne n’a levé la main."

    # Aïcha leaves the room: her turn ends, she is not waited for; then she is back.
    monkeypatch.setattr(ConsoleWindow, "choose_person", staticmethod(lambda *_a: 4))
    press(Qt.Key.Key_D, CTRL)
    aicha = live.engine.people[4].id
    assert live.engine.speaker is None and aicha in live.engine.away_since
    assert "hors de la salle" in console.person_buttons[4].text()
    assert "Aïcha Diallo" not in screens.controller.snapshot.not_spoken
    press(Qt.Key.Key_Right)  # the next step, still out
    press(Qt.Key.Key_D, CTRL)
    assert aicha not in live.engine.away_since

    # A name typed wrong at the start.
    monkeypatch.setattr(ConsoleWindow, "choose_person", staticmethod(lambda *_a: 3))
    monkeypatch.setattr(
        ConsoleWindow, "ask_name", staticmethod(lambda *_a: "Jean-Marc Dubois-Leroy")
    )
    press(Qt.Key.Key_R, CTRL)
    # The button wraps a long name (after a space or a hyphen), never clips it.
    assert unwrapped(console.person_buttons[3].text()).startswith("4 Jean-Marc Dubois-Leroy")
    session_id = live.id

    # All of it survives a restart.
    again = LiveSession(store, session_id, clock)
    assert [p.name for p in again.engine.people][3] == "Jean-Marc Dubois-Leroy"
    assert again.engine.away_steps == live.engine.away_steps
    assert again.engine.turns == live.engine.turns


def test_more_than_ten_seats_are_reached_with_shift(qtbot, tdt, store, catalog, clock) -> None:
    names = [f"Personne {i}" for i in range(1, 13)]
    session_id = store.create_session(make_setup(catalog, names=names), clock.wall())
    screens = tdt.open_session(session_id)
    console, live = screens.console, screens.controller.live
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_2, SHIFT)
    assert live.engine.speaker == live.engine.people[11].id
    assert unwrapped(console.person_buttons[11].text()).startswith("⇧2 Personne 12")
    press(Qt.Key.Key_1)
    assert live.engine.speaker == live.engine.people[0].id


def test_with_ten_seats_or_fewer_shift_changes_nothing(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()  # AZERTY digits are typed with Shift: the same person
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_3, SHIFT)
    live = screens.controller.live
    assert live.engine.speaker == live.engine.people[2].id


def test_the_consoles_balance_says_nothing_until_the_floor_is_shared(qtbot, tdt, clock) -> None:
    from PySide6.QtWidgets import QApplication

    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c, bar = screens.controller, screens.console.floor_panel.balance
    c.timing.toggle_running()
    c.floor.floor_by_position(1)  # the narrator, in the facilitator's opening
    clock.advance(3)
    c.refresh()
    assert bar.text() == "—" and bar.value() == 0  # was a full "100 %"
    c.timing.jump(3)  # questions: the group's floor
    c.floor.floor_by_position(2)
    clock.advance(30)
    c.refresh()
    assert bar.text().endswith("%")


def test_cards_fill_balanced_rows() -> None:
    """Eight people make two rows of four, not seven and one; twelve on a
    laptop's 1010 pixels make two rows of six."""
    assert grid_columns(8, 1200) == 4
    assert grid_columns(12, 1010) == 6
    assert grid_columns(7, 1010) == 4
    assert grid_columns(3, 1010) == 3
    assert grid_columns(20, 1010) == 5
    assert grid_columns(5, 200) == 2  # never fewer than two a row


def test_seat_keys_run_one_to_zero_then_shifted() -> None:
    assert [person_key(i) for i in (0, 8, 9, 10, 19, 20)] == ["1", "9", "0", "⇧1", "⇧0", " "]


def test_the_strip_keeps_its_height_when_the_floor_and_the_hands_move(
    qtbot, tdt, store, catalog, clock
) -> None:
    """Each card reserves the lines of its worst moment (speaking, a hand up):
    the steps above never jump when someone takes the floor."""
    names = [f"Personne {i} Dupont-Delacroix" for i in range(1, 13)]
    session_id = store.create_session(make_setup(catalog, names=names), clock.wall())
    screens = tdt.open_session(session_id)
    console, c = screens.console, screens.controller
    c.timing.toggle_running()
    place(console, LAPTOP)
    heights = {console.people.height()}
    for person in c.live.engine.people[:6]:
        c.floor.give_floor(person.id)
        c.floor.raise_hand(c.live.engine.people[-1].id)
        c.refresh()
        place(console, LAPTOP)
        heights.add(console.people.height())
    assert len(heights) == 1, heights
