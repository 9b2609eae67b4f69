"""The keyboard contract, for every window of a running session.

One table, :data:`BINDINGS`, says which key does what: the handler reads it and
so does the F1 list, so they cannot disagree. The windows of a session pass
their key presses here (``keyPressEvent``); no application-wide filter sees
every event. Text is typed only in the note field, which the facilitator opens
deliberately (N or Enter, or a click on it); while it is open only clicker and
function keys drive the session.

Participants are chosen with the keys of the top row, by *position*: the key
labelled 6 gives the floor to participant 6 on an AZERTY keyboard too, where
it types "-". Where the platform tells which physical key was pressed, that
decides; elsewhere the characters of an unshifted AZERTY top row do. The
minute keys (+ − on the keypad or the main keyboard, ↑ ↓) never sit on a
participant's key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum

import msgspec
from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

Key = Qt.Key
Mod = Qt.KeyboardModifier


class Action(StrEnum):
    TOGGLE_RUNNING = "toggle_running"
    NEXT_STEP = "next_step"
    PREVIOUS_STEP = "previous_step"
    FLOOR = "floor"  # takes the participant's position
    NOBODY_SPEAKS = "nobody_speaks"
    PASS = "pass"
    BLANK = "blank"
    EXTEND = "extend"
    SHORTEN = "shorten"
    NOTE = "note"
    MUTE = "mute"
    TALK_BARS = "talk_bars"
    FULLSCREEN = "fullscreen"
    SHEET = "sheet"
    END = "end"
    HELP = "help"
    ACTION_DONE = "action_done"  # in the "retour" step: the previous session's actions
    ACTION_IN_PROGRESS = "action_in_progress"
    ACTION_DROPPED = "action_dropped"
    NEXT_ACTION = "next_action"
    UNDO_FLOOR = "undo_floor"
    MESSAGE = "message"
    LATE_ARRIVAL = "late_arrival"
    NOTE_PREVIOUS = "note_previous"  # choose a filed note, to correct it
    NOTE_NEXT = "note_next"
    NOTE_CORRECT = "note_correct"
    NOTE_KIND = "note_kind"
    NOTE_DELETE = "note_delete"
    NOTE_TAG = "note_tag"  # takes the tag's position (Ctrl+1, Ctrl+2…; Ctrl+0 none)
    HAND = "hand"  # the next participant key raises (or lowers) that person's hand
    SERVE_HAND = "serve_hand"
    AWAY = "away"
    RENAME = "rename"
    BREAK = "break"
    CASE = "case"
    CATCH_UP = "catch_up"  # the proposal to end on time: accepted
    KEEP_PLAN = "keep_plan"  # … refused
    TAKE_OVER = "take_over"  # drive a session another console let go (a service's server)


class Binding(msgspec.Struct, frozen=True):
    action: Action
    keys: tuple[int, ...]
    ctrl: bool  # the keys need Ctrl (Cmd on a Mac): for what cannot be undone at once
    keys_text: str  # how F1 names the keys (English source, translated when shown)
    meaning_text: str
    while_typing: bool = False  # acts even in the note field (clicker and function keys)

    def shown(self) -> str:
        return QCoreApplication.translate("Keys", self.keys_text)

    def meaning(self) -> str:
        return QCoreApplication.translate("Keys", self.meaning_text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks a string for the translators; it is translated when shown."""
    return text


BINDINGS: tuple[Binding, ...] = (
    Binding(
        Action.TOGGLE_RUNNING,
        (Key.Key_Space,),
        False,
        QT_TRANSLATE_NOOP("Keys", "Space"),
        QT_TRANSLATE_NOOP("Keys", "start / pause"),
    ),
    Binding(
        Action.NEXT_STEP,
        (Key.Key_PageDown, Key.Key_Right),
        False,
        QT_TRANSLATE_NOOP("Keys", "Page Down or →"),
        QT_TRANSLATE_NOOP("Keys", "next step"),
        while_typing=True,
    ),
    Binding(
        Action.PREVIOUS_STEP,
        (Key.Key_PageUp, Key.Key_Left),
        False,
        QT_TRANSLATE_NOOP("Keys", "Page Up or ←"),
        QT_TRANSLATE_NOOP("Keys", "previous step"),
        while_typing=True,
    ),
    Binding(
        Action.FLOOR,
        (),
        False,
        "1 … 9, 0",
        QT_TRANSLATE_NOOP("Keys", "participant 1 to 10 takes the floor; again ends the turn"),
    ),
    Binding(
        Action.FLOOR,
        (),
        False,
        QT_TRANSLATE_NOOP("Keys", "Shift+1 … Shift+0"),
        QT_TRANSLATE_NOOP("Keys", "participants 11 to 20, in a larger group"),
    ),
    Binding(
        Action.HAND,
        (Key.Key_H,),
        False,
        QT_TRANSLATE_NOOP("Keys", "H, then their key"),
        QT_TRANSLATE_NOOP("Keys", "a hand raised (again: lowered) — the speaking queue"),
    ),
    Binding(
        Action.SERVE_HAND,
        (Key.Key_Q,),
        False,
        "Q",
        QT_TRANSLATE_NOOP("Keys", "the floor to the next hand raised"),
    ),
    Binding(
        Action.UNDO_FLOOR,
        (Key.Key_Z,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Z"),
        QT_TRANSLATE_NOOP("Keys", "undo the last floor change (a wrong key)"),
    ),
    Binding(
        Action.NOBODY_SPEAKS,
        (Key.Key_Escape,),
        False,
        QT_TRANSLATE_NOOP("Keys", "Esc"),
        QT_TRANSLATE_NOOP("Keys", "nobody speaks"),
    ),
    Binding(
        Action.PASS,
        (Key.Key_P,),
        False,
        QT_TRANSLATE_NOOP("Keys", "P"),
        QT_TRANSLATE_NOOP("Keys", "“I pass” in a round"),
    ),
    Binding(
        Action.BLANK,
        (Key.Key_B, Key.Key_Period),
        False,
        "B  .",
        QT_TRANSLATE_NOOP("Keys", "black screen for the room / back"),
        while_typing=False,
    ),
    Binding(
        Action.EXTEND,
        (Key.Key_Plus, Key.Key_Equal, Key.Key_Up),
        False,
        "+  ↑",
        QT_TRANSLATE_NOOP("Keys", "one minute more for the step"),
    ),
    Binding(
        Action.SHORTEN,
        (Key.Key_Minus, Key.Key_Down),
        False,
        "−  ↓",
        QT_TRANSLATE_NOOP("Keys", "one minute less for the step"),
    ),
    Binding(
        Action.NOTE,
        (Key.Key_N, Key.Key_Return, Key.Key_Enter),
        False,
        QT_TRANSLATE_NOOP("Keys", "N or Enter"),
        QT_TRANSLATE_NOOP("Keys", "type a note (Enter files it, Esc leaves the field)"),
    ),
    Binding(
        Action.NOTE_PREVIOUS,
        (Key.Key_Up,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+↑"),
        QT_TRANSLATE_NOOP("Keys", "choose the filed note above"),
    ),
    Binding(
        Action.NOTE_NEXT,
        (Key.Key_Down,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+↓"),
        QT_TRANSLATE_NOOP("Keys", "… the one below"),
    ),
    Binding(
        Action.NOTE_CORRECT,
        (Key.Key_F2,),
        False,
        "F2",
        QT_TRANSLATE_NOOP("Keys", "correct the chosen note (an empty line deletes it)"),
    ),
    Binding(
        Action.NOTE_KIND,
        (Key.Key_K,),
        False,
        "K",
        QT_TRANSLATE_NOOP("Keys", "the chosen note: next kind (question, hypothesis…)"),
    ),
    Binding(
        Action.NOTE_TAG,
        (),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+1, Ctrl+2, Ctrl+3 · Ctrl+0"),
        QT_TRANSLATE_NOOP("Keys", "arbitrate the chosen proposal · take it off"),
    ),
    Binding(
        Action.NOTE_DELETE,
        (Key.Key_Delete, Key.Key_Backspace),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Del"),
        QT_TRANSLATE_NOOP("Keys", "delete the chosen note (asks first)"),
    ),
    Binding(
        Action.MUTE,
        (Key.Key_M,),
        False,
        QT_TRANSLATE_NOOP("Keys", "M"),
        QT_TRANSLATE_NOOP("Keys", "chime off / on"),
    ),
    Binding(
        Action.TALK_BARS,
        (Key.Key_T,),
        False,
        QT_TRANSLATE_NOOP("Keys", "T"),
        QT_TRANSLATE_NOOP("Keys", "talk bars on the projection"),
    ),
    Binding(
        Action.FULLSCREEN,
        (Key.Key_F11,),
        False,
        "F11",
        QT_TRANSLATE_NOOP("Keys", "projection full screen on / off"),
        while_typing=True,
    ),
    Binding(
        Action.ACTION_DONE,
        (Key.Key_D,),
        False,
        "D",
        QT_TRANSLATE_NOOP("Keys", "“retour” step: the selected action is done"),
    ),
    Binding(
        Action.ACTION_IN_PROGRESS,
        (Key.Key_C,),
        False,
        "C",
        QT_TRANSLATE_NOOP("Keys", "… is in progress"),
    ),
    Binding(
        Action.ACTION_DROPPED,
        (Key.Key_X,),
        False,
        "X",
        QT_TRANSLATE_NOOP("Keys", "… was dropped"),
    ),
    Binding(
        Action.NEXT_ACTION,
        (Key.Key_A,),
        False,
        "A",
        QT_TRANSLATE_NOOP("Keys", "… select the next action"),
    ),
    Binding(
        Action.CATCH_UP,
        (Key.Key_F,),
        False,
        "F",
        QT_TRANSLATE_NOOP("Keys", "running late: finish on time (the steps to come shortened)"),
    ),
    Binding(
        Action.KEEP_PLAN,
        (Key.Key_G,),
        False,
        "G",
        QT_TRANSLATE_NOOP("Keys", "… go on as planned"),
    ),
    Binding(
        Action.BREAK,
        (Key.Key_B,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+B"),
        QT_TRANSLATE_NOOP("Keys", "a break: the timer waits, the room sees when it ends"),
    ),
    Binding(
        Action.AWAY,
        (Key.Key_D,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+D"),
        QT_TRANSLATE_NOOP("Keys", "someone leaves the room (or comes back)"),
    ),
    Binding(
        Action.RENAME,
        (Key.Key_R,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+R"),
        QT_TRANSLATE_NOOP("Keys", "correct a name"),
    ),
    Binding(
        Action.CASE,
        (Key.Key_I,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+I"),
        QT_TRANSLATE_NOOP("Keys", "the case's situation and request, the follow-up date"),
    ),
    Binding(
        Action.TAKE_OVER,
        (Key.Key_T,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+T"),
        QT_TRANSLATE_NOOP("Keys", "take the session over from another console (a server)"),
    ),
    Binding(
        Action.MESSAGE,
        (Key.Key_M,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+M"),
        QT_TRANSLATE_NOOP("Keys", "show the message to the room / take it down"),
        while_typing=True,
    ),
    Binding(
        Action.LATE_ARRIVAL,
        (Key.Key_L,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+L"),
        QT_TRANSLATE_NOOP("Keys", "someone arrives late: give them a seat"),
    ),
    Binding(
        Action.SHEET,
        (Key.Key_P,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+P"),
        QT_TRANSLATE_NOOP("Keys", "synthesis sheet (PDF)"),
    ),
    Binding(
        Action.END,
        (Key.Key_E,),
        True,
        QT_TRANSLATE_NOOP("Keys", "Ctrl+E"),
        QT_TRANSLATE_NOOP("Keys", "end the session (asks first)"),
    ),
    Binding(
        Action.HELP,
        (Key.Key_F1, Key.Key_Question),
        False,
        "F1  ?",
        QT_TRANSLATE_NOOP("Keys", "show or hide this list"),
        while_typing=True,
    ),
)

# The top-row digit keys, by the platform's code for the physical key: position 0..9
# for the keys labelled 1..9, 0. X11 and Wayland give evdev codes + 8, Windows
# scan codes; macOS gives its virtual key codes (kVK_ANSI_1 …) instead.
_TOP_ROW_SCAN = {
    "xcb": {10 + i: i for i in range(10)},
    "wayland": {10 + i: i for i in range(10)},
    "windows": {2 + i: i for i in range(10)},
}
_TOP_ROW_VIRTUAL = {
    "cocoa": {
        code: i
        for i, code in enumerate((0x12, 0x13, 0x14, 0x15, 0x17, 0x16, 0x1A, 0x1C, 0x19, 0x1D))
    },
}
_DIGITS = {getattr(Key, f"Key_{d}"): (d - 1) % 10 for d in range(10)}  # 1..9 -> 0..8, 0 -> 9
# An unshifted AZERTY top row, for platforms that do not say which key it was.
_AZERTY = {"&": 0, "é": 1, '"': 2, "'": 3, "(": 4, "§": 5, "è": 6, "!": 7, "_": 7, "ç": 8}
_AZERTY |= {"à": 9}


def top_row_position(event: QKeyEvent, platform: str) -> int | None:
    """The participant a key press names, or None."""
    physical: int | None = None
    known = False
    scan = _TOP_ROW_SCAN.get(platform)
    virtual = _TOP_ROW_VIRTUAL.get(platform)
    if scan is not None and event.nativeScanCode():
        known, physical = True, scan.get(event.nativeScanCode())
    elif virtual is not None and event.nativeVirtualKey():
        known, physical = True, virtual.get(event.nativeVirtualKey())
    if physical is not None:
        return physical
    if event.key() in _DIGITS:  # the keypad, or digits typed with Shift on AZERTY
        return _DIGITS[event.key()]
    if known:
        return None  # the platform said which key it was: not one of the top row
    return _AZERTY.get(event.text())


class Resolved(msgspec.Struct, frozen=True):
    action: Action
    position: int | None = None


# -- bindings the facilitator changes ------------------------------------------------

Chord = tuple[int, bool]  # a Qt key, and whether it needs Ctrl (Cmd on a Mac)


class SingleKeys(StrEnum):
    """The keys that type one character (letters, digits, punctuation): on, only
    with Alt, or off (WCAG 2.1.4: a screen reader's or a dictation's own keys
    never drive the session by accident). Space, arrows, function keys, Esc and
    the Ctrl keys stay as they are."""

    ON = "on"
    WITH_ALT = "alt"
    OFF = "off"


def is_character(key: int) -> bool:
    """A key that types a character (Qt names them by their code): not Space."""
    return 0x21 <= key <= 0xFF


DEFAULT_BINDING: dict[Action, Binding] = {}
for _binding in BINDINGS:
    DEFAULT_BINDING.setdefault(_binding.action, _binding)

# What can be bound to other keys: every action with keys of its own (the
# participants and the tags go by position on the top row).
REBINDABLE: tuple[Action, ...] = tuple(a for a, b in DEFAULT_BINDING.items() if b.keys)


class KeyTaken(Exception):
    """The chord is already another action's, or reserved."""

    def __init__(self, chord: Chord, holder: Action | None) -> None:
        super().__init__(chord, holder)
        self.chord = chord
        self.holder = holder  # None: the digits, reserved for the participants


MAX_QT_KEY = 0x01FFFFFF  # Qt::Key's last code: beyond, F1 overflowed naming it


class Keymap:
    """The bindings in force: the table's, with the facilitator's changes over
    them, and how the one-character keys behave."""

    def __init__(
        self,
        changed: Mapping[Action, tuple[Chord, ...]] | None = None,
        single: SingleKeys = SingleKeys.ON,
    ) -> None:
        self.changed: dict[Action, tuple[Chord, ...]] = dict(changed or {})
        self.single = single
        self._lookup = self._build_lookup()

    def chords(self, action: Action) -> tuple[Chord, ...]:
        if action in self.changed:
            return self.changed[action]
        binding = DEFAULT_BINDING[action]
        return tuple((key, binding.ctrl) for key in binding.keys)

    def _build_lookup(self) -> dict[Chord, Action]:
        lookup: dict[Chord, Action] = {}
        for action in REBINDABLE:
            for chord in self.chords(action):
                lookup.setdefault(chord, action)
        return lookup

    def action_of(self, chord: Chord) -> Action | None:
        return self._lookup.get(chord)

    def with_key(self, action: Action, chord: Chord) -> Keymap:
        """This keymap with one more key for ``action``; a key another action
        holds, or a digit, is refused (:class:`KeyTaken`)."""
        key, ctrl = chord
        if key in _DIGITS and not ctrl:
            raise KeyTaken(chord, None)
        holder = self.action_of(chord)
        if holder is not None and holder is not action:
            raise KeyTaken(chord, holder)
        if holder is action:
            return self
        return Keymap({**self.changed, action: (*self.chords(action), chord)}, self.single)

    def without_keys(self, action: Action) -> Keymap:
        return Keymap({**self.changed, action: ()}, self.single)

    def with_single(self, single: SingleKeys) -> Keymap:
        return Keymap(self.changed, single)

    def reset(self) -> Keymap:
        return Keymap()

    def to_json(self) -> str:
        return msgspec.json.encode(
            {"single": self.single.value, "keys": {a.value: c for a, c in self.changed.items()}}
        ).decode()

    @classmethod
    def from_json(cls, text: str) -> Keymap:
        """A saved keymap; anything unreadable or conflicting falls back to the
        table's keys (a damaged settings file never leaves the session keyless)."""
        try:
            data = msgspec.json.decode(text.encode()) if text else {}
            single = SingleKeys(data.get("single", "on"))
            keymap = cls(single=single)
            for name, chords in dict(data.get("keys", {})).items():
                action = Action(name)
                if action not in REBINDABLE:
                    continue
                keymap = keymap.without_keys(action)
                for key, ctrl in chords:
                    if not 0 < int(key) <= MAX_QT_KEY:  # a key Qt cannot name: not a key
                        raise ValueError(key)
                    keymap = keymap.with_key(action, (int(key), bool(ctrl)))
        except (msgspec.DecodeError, ValueError, TypeError, AttributeError, KeyTaken):
            return cls()
        return keymap

    # -- what F1 says -------------------------------------------------------------

    def shown(self, binding: Binding) -> str:
        """How F1 names a binding's keys, as they are now."""
        if binding.action is Action.FLOOR or binding.action is Action.NOTE_TAG:
            return self._positional(binding)
        if binding.action not in self.changed and self.single is SingleKeys.ON:
            return binding.shown()
        names = [self.chord_text(chord) for chord in self.chords(binding.action)]
        names = [name for name in names if name]
        return "  ".join(names) if names else "—"

    def _positional(self, binding: Binding) -> str:
        if binding.ctrl or self.single is SingleKeys.ON:
            return binding.shown()
        if self.single is SingleKeys.OFF:
            return QCoreApplication.translate("Keys", "off (Tab to the buttons)")
        return "Alt+" + binding.shown().replace("Shift+", "Alt+Shift+").replace("Alt+Alt+", "Alt+")

    def chord_text(self, chord: Chord) -> str:
        key, ctrl = chord
        sequence = QKeySequence(QKeyCombination(Mod.ControlModifier, Key(key)) if ctrl else key)
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if is_character(key) and not ctrl:
            if self.single is SingleKeys.OFF:
                return ""
            if self.single is SingleKeys.WITH_ALT:
                return "Alt+" + text
        return text


DEFAULT_KEYMAP = Keymap()


def _allowed(key: int, ctrl: bool, alt: bool, single: SingleKeys) -> bool:
    """Whether a key press may act, given how one-character keys behave."""
    if ctrl or not is_character(key):
        return not alt
    if single is SingleKeys.ON:
        return not alt
    return single is SingleKeys.WITH_ALT and alt


def resolve(
    event: QKeyEvent, typing: bool, platform: str, keymap: Keymap = DEFAULT_KEYMAP
) -> Resolved | None:
    """What a key press means, given whether the note field is open."""
    modifiers = event.modifiers()
    ctrl = bool(modifiers & (Mod.ControlModifier | Mod.MetaModifier))
    alt = bool(modifiers & Mod.AltModifier)
    if alt and keymap.single is not SingleKeys.WITH_ALT:
        return None  # Alt+… belongs to the system and to menus
    if not typing:
        position = top_row_position(event, platform)
        if position is not None:
            if ctrl and not alt:
                return Resolved(Action.NOTE_TAG, position)
            if not _allowed(ord("1"), ctrl, alt, keymap.single):
                return None
            shift = bool(modifiers & Mod.ShiftModifier)
            return Resolved(Action.FLOOR, position + 10 if shift else position)
    key = event.key()
    action = keymap.action_of((key, ctrl))
    if action is None and event.text() == "?" and not typing:
        action, key = Action.HELP, int(Key.Key_Question)
    if action is None or not _allowed(key, ctrl, alt, keymap.single):
        return None
    if typing and not DEFAULT_BINDING[action].while_typing:
        return None
    return Resolved(action)


def key_help(keymap: Keymap = DEFAULT_KEYMAP) -> list[tuple[str, str]]:
    """The F1 list: one row per binding, in the table's order, as bound now."""
    return [(keymap.shown(b), b.meaning()) for b in BINDINGS]


Handlers = Mapping[Action, Callable[..., object]]


class KeyboardContract:
    """Turns the key presses the session's windows receive into actions."""

    def __init__(
        self, handlers: Handlers, platform: str | None = None, keymap: Keymap | None = None
    ) -> None:
        missing = set(Action) - set(handlers)
        if missing:
            raise ValueError(f"no handler for {sorted(missing)}")
        self.handlers = handlers
        self.platform = platform if platform is not None else QGuiApplication.platformName()
        self.keymap = keymap if keymap is not None else DEFAULT_KEYMAP
        self.enabled = True

    def handle(self, event: QKeyEvent, typing: bool = False) -> bool:
        """Run the key's action; says whether the key was used."""
        if not self.enabled:
            return False
        resolved = resolve(event, typing, self.platform, self.keymap)
        if resolved is None:
            return False
        if event.isAutoRepeat():
            return True  # a held key (or a stuck clicker) acts once
        handler = self.handlers[resolved.action]
        if resolved.action in (Action.FLOOR, Action.NOTE_TAG):
            handler(resolved.position)
        else:
            handler()
        return True
