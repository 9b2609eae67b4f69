"""The question asked when a session comes back after a long absence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.session.ops.live import LiveSession
from app.session.rules.cues import format_duration


def ask_count_time_away(parent: QWidget | None, live: LiveSession, lang: str) -> bool:
    """True: the meeting went on, count the time; False: resume paused. Replaced in tests."""
    step = live.engine.current.step.name.get(lang)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Absence", "The session was interrupted"))
    box.setText(
        QCoreApplication.translate(
            "Absence", "Tour de table was closed for {time} while the step “{step}” was running."
        ).format(time=format_duration(live.absence), step=step)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Absence",
            "If the meeting went on without the app, count that time. Otherwise the "
            "session resumes paused where the app stopped, and nobody is credited with it.",
        )
    )
    count = box.addButton(
        QCoreApplication.translate("Absence", "Count the time (the meeting went on)"),
        QMessageBox.ButtonRole.YesRole,
    )
    paused = box.addButton(
        QCoreApplication.translate("Absence", "Resume paused"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(paused)
    box.exec()
    return box.clickedButton() is count
