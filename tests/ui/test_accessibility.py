"""What a screen reader finds: every control of every window has a name (read
through Qt's accessibility interface, the one AT-SPI exposes); and Tab reaches
every control of the forms, in the order they are seen."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QWidget,
)

from tests.ui.keyboard import press

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QProgressBar,
)


def unnamed(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.window() is not window:
            continue  # a combo box's popup list is read through its combo box
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the editor inside a spin box: named by it
        # An editable combo box's field is read on its own: it needs its own name.
        if type(widget).__name__ == "QHeaderView" or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts of a table
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def test_every_control_of_every_window_has_a_name(qtbot, tdt, store, catalog, clock) -> None:
    screens = tdt.start_demo()
    screens.help.toggle()
    windows = {"console": screens.console, "projection": screens.projection}
    windows["case"] = screens.console.edit_case()
    windows["export"] = screens.console.open_export()
    screens.console.close()
    tdt.show_home()
    windows["home"] = tdt.home
    windows["setup"] = tdt.ask_new_session()
    windows["prep"] = tdt.open_prep()
    windows["group"] = tdt.open_group(store.cycles.group_ids()[0][0])
    missing = {name: unnamed(window) for name, window in windows.items()}
    assert {name: found for name, found in missing.items() if found} == {}
    tdt.operations.wait_for_jobs()  # the group's figures are read in the background


def tab_round(qtbot, window: QWidget, first: QWidget) -> list[QWidget]:
    """The widgets Tab goes through from ``first`` until it comes back to it."""

    def active() -> bool:
        # Asked again until it holds: on a loaded machine the window that opened
        # the dialog may take activation back first (seen in two runs under load).
        if QApplication.activeWindow() is not window:
            window.activateWindow()
        return QApplication.activeWindow() is window

    qtbot.waitUntil(active, timeout=10_000)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(200):
        press(Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first:
            return seen
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")


def reachable(window: QWidget) -> set[QWidget]:
    return {
        w
        for w in window.findChildren(QWidget)
        if w.window() is window
        and w.isVisibleTo(window)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
        and w.focusProxy() is None
    }


def in_reading_order(widgets: list[QWidget], window: QWidget) -> bool:
    """Top to bottom, left to right within a row (a row: tops within 12 pixels);
    a form's column of fields is read before the buttons under it."""
    places = [w.mapTo(window, w.rect().topLeft()) for w in widgets]
    for before, after in itertools.pairwise(places):
        if after.y() < before.y() - 12:
            return False
        if abs(after.y() - before.y()) <= 12 and after.x() < before.x():
            return False
    return True


def test_tab_goes_through_the_new_session_form_in_reading_order(qtbot, tdt) -> None:
    dialog = tdt.ask_new_session()
    qtbot.waitUntil(dialog.isVisible)
    seen = tab_round(qtbot, dialog, dialog.group)
    assert reachable(dialog) <= set(seen)
    assert in_reading_order(seen, dialog), [
        (type(w).__name__, w.mapTo(dialog, w.rect().topLeft()).toTuple()) for w in seen
    ]


def test_tab_goes_through_the_case_form_in_reading_order(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = screens.console.case_dialog
    qtbot.waitUntil(dialog.isVisible)
    seen = tab_round(qtbot, dialog, dialog.situations[0])
    assert reachable(dialog) <= set(seen)
    assert in_reading_order(seen, dialog), [type(w).__name__ for w in seen]


def test_tab_goes_through_home_in_reading_order(qtbot, tdt) -> None:
    tdt.show_home()
    home = tdt.home
    assert home.welcome.isVisible()  # no group yet: the demo is offered first
    seen = tab_round(qtbot, home, home.demo_button)
    assert reachable(home) <= set(seen)
    assert in_reading_order(seen, home), [type(w).__name__ for w in seen]


def test_tab_goes_through_the_prep_form_in_reading_order(qtbot, tdt) -> None:
    window = tdt.open_prep()
    qtbot.waitUntil(window.isVisible)
    seen = tab_round(qtbot, window, window.title)
    form = [w for w in seen if window.title.parentWidget() is w.parentWidget()]
    assert reachable(window) <= set(seen)
    assert in_reading_order(form, window), [type(w).__name__ for w in form]


def test_tab_goes_through_the_console_column_by_column_and_esc_gives_the_keys_back(
    qtbot, tdt
) -> None:
    screens = tdt.start_demo()
    console = screens.console
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    root = console.centralWidget()
    assert QApplication.focusWidget() is root  # the first key drives the session
    press(Qt.Key.Key_Tab)  # into the controls
    first = QApplication.focusWidget()
    assert first is not root
    seen = tab_round(qtbot, console, first)
    missing = reachable(console) - set(seen) - {root}
    assert missing == set(), [type(w).__name__ for w in missing]
    # The parts in reading order: steps, the centre, the people under both,
    # then notes and options.
    left_edge = console.clock.mapTo(console, console.clock.rect().topLeft()).x()
    right_edge = console.notes.mapTo(console, console.notes.rect().topLeft()).x()

    def column(widget) -> int:
        if console.people.isAncestorOf(widget):
            return 2
        x = widget.mapTo(console, widget.rect().topLeft()).x()
        return 0 if x < left_edge else 1 if x < right_edge else 3

    # Tab scrolled the people's panel to each button in turn: read it from its top.
    console.people.verticalScrollBar().setValue(0)
    columns = [column(w) for w in seen]
    assert columns == sorted(columns)
    for number in (0, 1, 2, 3):
        assert in_reading_order([w for w in seen if column(w) == number], console)
    # On a control, digits still give the floor; Esc gives every key back.
    console.steps.length_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_3)
    live = screens.controller.live
    assert live.engine.speaker == live.engine.people[2].id
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is root and live.engine.speaker is not None
    press(Qt.Key.Key_Space)
    assert live.engine.running
