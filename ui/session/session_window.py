"""A running session on screen: the console, the projection, the keys, the chime."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from app.group.rules import ActionStatus
from app.session.ops.live import LiveSession
from ui import settings
from ui.first_paint import after_first_paint
from ui.placement import first_size
from ui.session.console import ConsoleWindow
from ui.session.controller import SessionController
from ui.session.keys import Action, KeyboardContract, Keymap
from ui.session.projection import ProjectionWindow
from ui.sound import Chime

if TYPE_CHECKING:
    from ui.operations import Operations
    from ui.session.help_overlay import HelpOverlay
    from ui.session.keys_dialog import KeysDialog


class SessionScreens(QObject):
    """Owns the windows of one session and ties them together."""

    closed = Signal()

    def __init__(
        self,
        live: LiveSession,
        lang: str,
        operations: Operations,
        chime: Chime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = SessionController(live, lang, operations, self)
        self.console = ConsoleWindow(self.controller)
        self.projection = ProjectionWindow(self.controller)
        self._help: HelpOverlay | None = None
        self.chime = chime if chime is not None else Chime(self)
        self._told_silent = False
        console, projection = self.console, self.projection
        c = self.controller
        self.keys = KeyboardContract(
            {
                Action.TOGGLE_RUNNING: c.timing.toggle_running,
                Action.NEXT_STEP: c.timing.next_step,
                Action.PREVIOUS_STEP: c.timing.previous_step,
                Action.FLOOR: console.person_key,
                Action.NOBODY_SPEAKS: console.escape,
                Action.PASS: c.floor.pass_turn,
                Action.BLANK: c.toggle_blank,
                Action.EXTEND: lambda: c.timing.adjust(+1),
                Action.SHORTEN: lambda: c.timing.adjust(-1),
                Action.NOTE: console.open_note,
                Action.MUTE: console.mute_check.toggle,
                Action.TALK_BARS: console.bars_check.toggle,
                Action.FULLSCREEN: projection.toggle_fullscreen,
                Action.SHEET: console.open_export,
                Action.END: console.request_end,
                Action.HELP: self.toggle_help,
                Action.ACTION_DONE: lambda: console.follow_up.mark(ActionStatus.DONE),
                Action.ACTION_IN_PROGRESS: lambda: console.follow_up.mark(ActionStatus.IN_PROGRESS),
                Action.ACTION_DROPPED: lambda: console.follow_up.mark(ActionStatus.DROPPED),
                Action.NEXT_ACTION: c.actions.next,
                Action.UNDO_FLOOR: c.floor.undo_floor,
                Action.MESSAGE: console.toggle_message,
                Action.LATE_ARRIVAL: console.add_late_arrival,
                Action.NOTE_PREVIOUS: lambda: console.notes.select_step(-1),
                Action.NOTE_NEXT: lambda: console.notes.select_step(+1),
                Action.NOTE_CORRECT: console.notes.correct_selected,
                Action.NOTE_KIND: console.notes.change_kind,
                Action.NOTE_DELETE: console.notes.delete_selected,
                Action.NOTE_TAG: console.notes.tag_selected,
                Action.HAND: console.arm_hand,
                Action.SERVE_HAND: c.floor.serve_hand,
                Action.AWAY: console.mark_away,
                Action.RENAME: console.correct_name,
                Action.BREAK: console.steps.take_break,
                Action.CASE: console.edit_case,
                Action.CATCH_UP: lambda: c.timing.answer_catch_up(accepted=True),
                Action.KEEP_PLAN: lambda: c.timing.answer_catch_up(accepted=False),
                Action.TAKE_OVER: c.take_over,
            },
            keymap=Keymap.from_json(settings.text(settings.KEYMAP)),
        )
        console.key_handler = self.keys.handle
        projection.key_handler = self.keys.handle
        self.console.fullscreen_button.triggered.connect(self.projection.toggle_fullscreen)
        self.console.help_button.triggered.connect(self.toggle_help)
        self.console.keys_button.triggered.connect(self.change_keys)
        self.console.take_over_button.triggered.connect(c.take_over)
        self.console.mute_check.toggled.connect(self._on_mute)
        self._on_mute(self.console.mute_check.isChecked())  # as the facilitator left it
        self.console.closing.connect(self._on_console_closing)
        self.controller.cue_entered.connect(self._on_cue)

    def show(self) -> None:
        """The console first, the room's window once the console is on screen:
        the facilitator sees the session a few frames sooner, and the keyboard
        stays with the console. The console comes back where it was last; the
        first time, it takes the whole laptop screen (Qt's own first size, a part
        of the screen, squeezes its columns on a 1366×768 laptop)."""
        placed = settings.geometry(settings.CONSOLE_GEOMETRY)
        if placed is not None and self.console.restoreGeometry(placed):
            self.console.show()
        else:
            # Its size when not maximised (undone from the title bar; Windows under
            # Wine with no window manager): the screen's room, never Qt's own guess,
            # which was below what the columns need and squashed a button.
            self.console.resize(first_size(self.console, self._screen_room()))
            self.console.showMaximized()
        self.console.raise_()
        self.console.activateWindow()
        self.console.take_keyboard()
        after_first_paint(self.console, self._show_room)

    def _screen_room(self) -> QSize:
        screen = self.console.screen()
        return screen.availableGeometry().size() if screen is not None else QSize(1366, 768)

    def _show_room(self) -> None:
        if self.keys.enabled:  # not if the session was closed in the meantime
            self.projection.place()
            self.console.raise_()
            self.console.activateWindow()
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):  # a projector plugged in or out
                app.screenAdded.connect(self._on_screens_changed)
                app.screenRemoved.connect(self._on_screen_gone)
        self.chime.prepare()

    def _on_screens_changed(self, _screen: QScreen) -> None:
        self._follow_screens(None)

    def _on_screen_gone(self, screen: QScreen) -> None:
        self._follow_screens(screen)

    def _follow_screens(self, gone: QScreen | None) -> None:
        """The room's window follows the projector; the keyboard stays with the console."""
        if not self.keys.enabled:
            return
        self.projection.place(gone)
        self.console.raise_()
        self.console.activateWindow()
        self.console.take_keyboard()

    @property
    def help(self) -> HelpOverlay:
        """The key list over the console, built when first asked for."""
        if self._help is None:
            from ui.session.help_overlay import HelpOverlay

            self._help = HelpOverlay(self.console, self.keys.keymap)
        return self._help

    def change_keys(self) -> KeysDialog:
        """The keys dialog: a clicker's buttons bound to actions, kept for
        every later session; F1 shows them once it closes."""
        from ui.session.keys_dialog import KeysDialog

        dialog = KeysDialog(self.keys.keymap, self.console)
        dialog.accepted.connect(lambda: self._use_keymap(dialog.keymap))
        self.keys.enabled = False  # the dialog hears the keys, the session does not
        dialog.finished.connect(self._keys_back)
        dialog.open()
        return dialog

    def _keys_back(self) -> None:
        if self.console.isVisible():
            self.keys.enabled = True
            self.console.take_keyboard()

    def _use_keymap(self, keymap: Keymap) -> None:
        settings.set_text(settings.KEYMAP, keymap.to_json())
        self.keys.keymap = keymap
        if self._help is not None:  # rebuilt with the new keys when next shown
            self._help.deleteLater()
            self._help = None

    def toggle_help(self) -> None:
        self.help.toggle()

    def _on_mute(self, muted: bool) -> None:
        self.chime.muted = muted

    def _on_cue(self, _cue: str) -> None:
        played = self.chime.play(soft=self.controller.snapshot.silent)
        if not played and not self.chime.muted and not self._told_silent:
            self._told_silent = True
            self.console.show_info(
                self.tr("No sound on this computer: the app goes on silently, with visual cues.")
            )

    def _on_console_closing(self) -> None:
        self.keys.enabled = False
        self.projection.close()
        self.closed.emit()

    def dispose(self) -> None:
        """Stop listening to keys and let Qt delete the windows."""
        self.keys.enabled = False
        self.controller.stop()
        self.projection.stop()
        self.projection.deleteLater()
        self.console.deleteLater()
        self.deleteLater()
