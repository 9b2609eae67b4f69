"""A soft chime, when the machine can play one. Qt Multimedia needs libpulse
on Linux; without it, or without an audio device, the app goes on silently."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl

from app.paths import resource_path

VOLUME = 0.6
SOFT_VOLUME = 0.25  # the end of a silent reflection: a cue, not an alarm


class Chime(QObject):
    """Qt Multimedia (and its FFmpeg back end) loads in ``prepare``, called once the
    session's windows are painted, or at the first chime: never before a window."""

    def __init__(self, parent: QObject | None = None, use_audio: bool = True) -> None:
        super().__init__(parent)
        self.muted = False
        self._effect: Any = None
        self._use_audio = use_audio
        self._prepared = False
        self.last_soft: bool | None = None  # how the last chime was asked for

    def prepare(self) -> None:
        if self._prepared:
            return
        self._prepared = True
        if not self._use_audio:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:  # no libpulse, no multimedia plugin
            return
        if not QMediaDevices.audioOutputs():
            return
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", "chime.wav"))))
        effect.setVolume(VOLUME)
        self._effect = effect

    def play(self, *, soft: bool = False) -> bool:
        """Play if possible, softly at the end of a silent reflection; says
        whether a sound was actually started."""
        self.prepare()
        self.last_soft = soft
        if self.muted or self._effect is None:
            return False
        self._effect.setVolume(SOFT_VOLUME if soft else VOLUME)
        self._effect.play()
        return True
