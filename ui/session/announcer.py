"""The console's voice for screen readers: each change the core says is worth
hearing (app.session.view.announcements) goes out as a Qt accessibility announcement, polite
or, when the time is up, assertive; the live line beside it keeps the last one
as its accessible name, for readers that only follow name changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.session.view.announcements import Announcement, Change, announcements
from app.session.view.snapshot import Snapshot


def spoken(said: Announcement) -> str:
    if said.change is Change.STEP:
        return QCoreApplication.translate("Announcer", "Step {n} of {total}: {name}").format(
            n=said.step_number, total=said.step_count, name=said.step_name
        )
    if said.change is Change.FLOOR:
        if said.speaker is None:
            return QCoreApplication.translate("Announcer", "Nobody has the floor")
        return QCoreApplication.translate("Announcer", "{name} has the floor").format(
            name=said.speaker
        )
    if said.change is Change.LAST_MINUTE:
        return QCoreApplication.translate("Announcer", "Last minute of the step")
    return QCoreApplication.translate("Announcer", "Time is up for this step")


class Announcer(QLabel):
    """A live line in the status bar, read by screen readers; blank to the eye."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcer")
        self.setFixedWidth(1)  # heard, not seen: the console shows each change already
        self.setAccessibleName("")
        self._seen: Snapshot | None = None

    def follow(self, snap: Snapshot) -> list[str]:
        """Say what changed since the last snapshot; returns what was said."""
        said = [self.say(a) for a in announcements(self._seen, snap)]
        self._seen = snap
        return said

    def say(self, said: Announcement) -> str:
        text = spoken(said)
        self.setAccessibleName(text)
        event = QAccessibleAnnouncementEvent(self, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if said.urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return text
