"""A running session on screen: the console, the projection, the keys, the chime."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.live import LiveSession
from ui.console import ConsoleWindow
from ui.controller import SessionController
from ui.help_overlay import HelpOverlay
from ui.keys import KeyboardContract
from ui.projection import ProjectionWindow
from ui.sound import Chime


class SessionScreens(QObject):
    """Owns the windows of one session and ties them together."""

    closed = Signal()

    def __init__(
        self,
        live: LiveSession,
        lang: str,
        chime: Chime | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = SessionController(live, lang, self)
        self.console = ConsoleWindow(self.controller)
        self.projection = ProjectionWindow(self.controller)
        self.help = HelpOverlay(self.console)
        self.chime = chime if chime is not None else Chime(self)
        self._told_silent = False
        self.keys = KeyboardContract(
            self.controller,
            [self.console, self.projection],
            self.projection.toggle_fullscreen,
            self.help.toggle,
            self,
        )
        self.keys.install()
        self.console.fullscreen_button.clicked.connect(self.projection.toggle_fullscreen)
        self.console.help_button.clicked.connect(self.help.toggle)
        self.console.mute_check.toggled.connect(self._on_mute)
        self.console.closing.connect(self._on_console_closing)
        self.controller.cue_entered.connect(self._on_cue)

    def show(self) -> None:
        self.console.show()
        self.projection.place()
        self.console.raise_()
        self.console.activateWindow()

    def _on_mute(self, muted: bool) -> None:
        self.chime.muted = muted

    def _on_cue(self, _cue: str) -> None:
        played = self.chime.play()
        if not played and not self.chime.muted and not self._told_silent:
            self._told_silent = True
            self.console.show_info(
                self.tr("No sound on this computer: the app goes on silently, with visual cues.")
            )

    def _on_console_closing(self) -> None:
        self.keys.uninstall()
        self.projection.close()
        self.closed.emit()

    def dispose(self) -> None:
        """Stop listening to keys and let Qt delete the windows."""
        self.keys.uninstall()
        self.controller.stop()
        self.projection.deleteLater()
        self.console.deleteLater()
        self.deleteLater()
