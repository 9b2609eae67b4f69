"""Keys a facilitator changes: a clicker's button bound to an action in the keys
dialog, a key already taken refused with a sentence, the change kept across a
restart and shown by F1; the one-character keys turned off or put behind Alt
(WCAG 2.1.4) while the session stays usable from the keyboard."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import press
from ui import settings
from ui.main import TourDeTable
from ui.session.keys import BINDINGS, Action, Keymap, KeyTaken, SingleKeys, resolve

Key = Qt.Key
Mod = Qt.KeyboardModifier


def event(key: Key, modifiers: Mod = Mod.NoModifier, text: str = "") -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)


def meaning(keymap: Keymap, key: Key, modifiers: Mod = Mod.NoModifier, text: str = ""):
    resolved = resolve(event(key, modifiers, text), False, "offscreen", keymap)
    return resolved.action if resolved else None


def test_a_key_is_added_a_taken_one_refused_a_digit_reserved(qapp) -> None:
    keymap = Keymap().with_key(Action.BLANK, (int(Key.Key_F5), False))
    assert meaning(keymap, Key.Key_F5) is Action.BLANK
    assert meaning(keymap, Key.Key_B, text="b") is Action.BLANK  # its own key stays
    with pytest.raises(KeyTaken) as taken:
        keymap.with_key(Action.BLANK, (int(Key.Key_PageDown), False))
    assert taken.value.holder is Action.NEXT_STEP
    with pytest.raises(KeyTaken) as digit:
        keymap.with_key(Action.BLANK, (int(Key.Key_4), False))
    assert digit.value.holder is None
    cleared = keymap.without_keys(Action.BLANK)
    assert meaning(cleared, Key.Key_B, text="b") is None and meaning(cleared, Key.Key_F5) is None
    assert meaning(keymap.reset(), Key.Key_F5) is None


def test_a_keymap_survives_its_text_and_a_damaged_one_gives_the_usual_keys(qapp) -> None:
    keymap = Keymap().with_key(Action.NEXT_STEP, (int(Key.Key_F5), False))
    keymap = keymap.without_keys(Action.MUTE).with_single(SingleKeys.WITH_ALT)
    again = Keymap.from_json(keymap.to_json())
    assert again.changed == keymap.changed and again.single is SingleKeys.WITH_ALT
    for damaged in (
        "{",
        '{"keys": {"next_step": [[66, false]]}}',  # B is black screen's: refused
        '{"single": "loud"}',
        "[]",
        '{"keys": {"next_step": [[99999999999999999999, false]]}}',  # issue 29: F1 overflowed
        '{"keys": {"next_step": [[-1, true]]}}',
        '{"keys": {"next_step": [["F5", false]]}}',
    ):
        usual = Keymap.from_json(damaged)
        assert usual.changed == {}
        assert all(usual.shown(binding) is not None for binding in BINDINGS)  # F1 names them


def test_one_character_keys_off_or_behind_alt(qapp) -> None:
    off = Keymap(single=SingleKeys.OFF)
    assert meaning(off, Key.Key_B, text="b") is None
    assert meaning(off, Key.Key_3, text="3") is None
    assert meaning(off, Key.Key_Space, text=" ") is Action.TOGGLE_RUNNING
    assert meaning(off, Key.Key_PageDown) is Action.NEXT_STEP
    assert meaning(off, Key.Key_E, Mod.ControlModifier) is Action.END
    alt = Keymap(single=SingleKeys.WITH_ALT)
    assert meaning(alt, Key.Key_B, text="b") is None
    assert meaning(alt, Key.Key_B, Mod.AltModifier, text="b") is Action.BLANK
    assert meaning(alt, Key.Key_3, Mod.AltModifier, text="3") is Action.FLOOR
    assert meaning(alt, Key.Key_PageDown) is Action.NEXT_STEP
    assert meaning(Keymap(), Key.Key_B, Mod.AltModifier, text="b") is None  # the system's


def test_the_dialog_binds_a_clicker_button_refuses_a_taken_key_and_f1_follows(
    qtbot, tdt, store, catalog, clock
) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    dialog = screens.change_keys()
    qtbot.waitUntil(dialog.isVisible)
    dialog.choose(Action.BLANK)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.table, Key.Key_PageDown)  # the clicker's "next": taken
    assert "étape suivante" in dialog.status.text()
    assert dialog.keymap.action_of((int(Key.Key_PageDown), False)) is Action.NEXT_STEP
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(dialog.table, Key.Key_F5)  # its "start the presentation" button
    assert dialog.keymap.action_of((int(Key.Key_F5), False)) is Action.BLANK
    assert "F5" in dialog.table.item(dialog.table.currentRow(), 1).text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Key.Key_F5)
    assert screens.controller.blank
    screens.toggle_help()
    texts = [label.text() for label in screens.help.labels]
    assert any("F5" in text for text in texts)
    screens.console.close()

    # A restart: the binding is the settings file's, read by the next session.
    assert "16777268" in settings.text(settings.KEYMAP)  # Qt's code for F5
    again = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(again.home)
    later = again.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is later.console)
    press(Key.Key_F5)
    assert later.controller.blank
    later.console.close()


def test_with_one_character_keys_off_the_session_runs_from_tab_and_space(qtbot, tdt) -> None:
    settings.set_text(settings.KEYMAP, Keymap(single=SingleKeys.OFF).to_json())
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c, console = screens.controller, screens.console
    press(Key.Key_Space)  # Space is no character key: still start / pause
    assert c.snapshot.running
    press(Key.Key_3)
    press(Key.Key_B)
    assert c.snapshot.speaker is None and not c.blank
    console.person_buttons[2].setFocus(Qt.FocusReason.TabFocusReason)
    press(Key.Key_Space)  # the focused button: the floor by keyboard all the same
    assert c.snapshot.speaker == c.live.engine.people[2].name
    screens.toggle_help()
    assert any("Tab" in label.text() for label in screens.help.labels)


# -- fuzzed: a settings file written by anything (issue 29) ----------------------------


json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True), st.text(max_size=8),
)  # fmt: skip


def _nested(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)


json_value = st.recursive(json_leaf, _nested, max_leaves=12)
action_names = st.sampled_from([a.value for a in Action] + ["", "nope"])
chord = st.tuples(st.one_of(st.integers(-5, 2**40), st.just(int(Key.Key_F5))), st.booleans())
keymap_text = st.one_of(
    json_value.map(lambda v: json.dumps(v)),
    st.fixed_dictionaries(
        {
            "single": st.one_of(st.sampled_from([s.value for s in SingleKeys]), json_leaf),
            "keys": st.dictionaries(action_names, st.lists(chord, max_size=3), max_size=4),
        }
    ).map(lambda v: json.dumps(v)),
    st.text(max_size=40),
)


hypothesis_settings.register_profile(
    "keys", max_examples=200, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
hypothesis_settings.register_profile(
    "keys-long", parent=hypothesis_settings.get_profile("keys"), max_examples=5000
)
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "")
KEYS = hypothesis_settings.get_profile(_PROFILE if _PROFILE.startswith("keys") else "keys")


@KEYS
@given(text=keymap_text)
def test_any_saved_keymap_gives_a_session_with_keys(qapp, text: str) -> None:
    """Whatever the settings file holds, the session opens with keys that work,
    and F1 names each one."""
    keymap = Keymap.from_json(text)
    assert all(keymap.shown(binding) for binding in BINDINGS)
    if Action.TOGGLE_RUNNING not in keymap.changed:  # unless the facilitator moved it
        assert meaning(keymap, Key.Key_Space, text=" ") is Action.TOGGLE_RUNNING
    nexts = keymap.chords(Action.NEXT_STEP)
    assert Keymap.from_json(keymap.to_json()).chords(Action.NEXT_STEP) == nexts


@hypothesis_settings(max_examples=100, deadline=None)
@given(value=st.one_of(st.text(max_size=30), st.integers().map(str), st.booleans()))
def test_any_stored_setting_reads_as_its_kind(qapp, value) -> None:
    """An ini file edited by hand (or damaged): each setting reads as its kind."""
    for key in (settings.RETENTION_MONTHS, settings.ANSWER_AWAITED_DAYS):
        settings._settings().setValue(key, value)
        assert 0 <= settings.number(key) <= settings.MOST[key]
    settings._settings().setValue(settings.KEYMAP, value)
    assert isinstance(settings.text(settings.KEYMAP), str)


def test_a_delay_edited_beyond_reason_is_the_default_and_home_opens(qtbot, tdt) -> None:
    """An ini file edited to 10**20 days awaited overflowed the date of the answer."""
    settings.set_text(settings.ANSWER_AWAITED_DAYS, str(10**20))
    settings.set_text(settings.RETENTION_MONTHS, "-4")
    assert settings.number(settings.ANSWER_AWAITED_DAYS) == 0  # then the rule's own 30 days
    assert settings.number(settings.RETENTION_MONTHS) == 0  # never offered
    tdt.show_home()
    qtbot.waitUntil(lambda: tdt.home._painted)
