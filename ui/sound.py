"""A soft chime, when the machine can play one. Qt Multimedia needs libpulse
on Linux; without it, or without an audio device, the app goes on silently."""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QObject, QUrl


class Chime(QObject):
    def __init__(self, parent: QObject | None = None, use_audio: bool = True) -> None:
        super().__init__(parent)
        self.muted = False
        self.played = 0  # how many chimes were asked for and started
        self._effect: Any = None
        self.unavailable_reason = ""
        if not use_audio:
            self.unavailable_reason = "audio disabled"
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # no libpulse, no multimedia plugin
            self.unavailable_reason = str(exc)
            return
        if not QMediaDevices.audioOutputs():
            self.unavailable_reason = "no audio output"
            return
        effect = QSoundEffect(self)
        effect.setSource(
            QUrl.fromLocalFile(str(resources.files("resources") / "sounds" / "chime.wav"))
        )
        effect.setVolume(0.6)
        self._effect = effect

    @property
    def available(self) -> bool:
        return self._effect is not None

    def play(self) -> bool:
        """Play if possible; says whether a sound was actually started."""
        if self.muted or self._effect is None:
            return False
        self._effect.play()
        self.played += 1
        return True
