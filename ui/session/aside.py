"""Events recorded on this laptop while another console drove the session (a
network cut, then a takeover): they can never enter the session's record,
written by the other console meanwhile. Never dropped without a word: the
facilitator keeps them, in words, as a note of the session, or lets them go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.dates import time_of_day
from app.session.ops.live import LiveSession
from app.session.rules.engine import Event

if TYPE_CHECKING:
    from app.session.ops.notes import SessionNotes


def event_line(event: Event, names: dict[int, str], lang: str) -> str:
    """One event in words: its time of day, what the facilitator did."""
    person = names.get(int(event.data.get("person", -1)), "")
    what = {
        "floor_taken": QCoreApplication.translate("Aside", "the floor to {name}").format(
            name=person
        ),
        "floor_released": QCoreApplication.translate("Aside", "nobody speaks"),
        "started": QCoreApplication.translate("Aside", "timer started"),
        "paused": QCoreApplication.translate("Aside", "timer paused"),
        "step_changed": QCoreApplication.translate("Aside", "step {n}").format(
            n=int(event.data.get("step", 0)) + 1
        ),
        "hand_raised": QCoreApplication.translate("Aside", "{name} raises a hand").format(
            name=person
        ),
        "ended": QCoreApplication.translate("Aside", "session ended"),
    }.get(event.kind.value, event.kind.value.replace("_", " "))
    return f"{time_of_day(event.wall, lang)} — {what}"


def aside_note(live: LiveSession, lang: str) -> str:
    """The note that keeps them: a heading, then one line an event."""
    names = {p.id: p.name for p in live.engine.people}
    lines = [event_line(event, names, lang) for event in live.set_aside]
    heading = QCoreApplication.translate(
        "Aside", "Recorded on this laptop while another console drove the session:"
    )
    return "\n".join([heading, *lines])


def ask_keep_aside(parent: QWidget | None, count: int) -> bool:
    """True: keep them as a note; False: let them go. Replaced in tests."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Aside", "Events recorded on this laptop"))
    box.setText(
        QCoreApplication.translate(
            "Aside",
            "{n} events were recorded on this laptop while another console drove this "
            "session. They cannot enter its record: the other console wrote it meanwhile.",
        ).format(n=count)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Aside", "Keep them in words, as a note of the session, or let them go?"
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("Aside", "Keep them as a note"), QMessageBox.ButtonRole.YesRole
    )
    box.addButton(QCoreApplication.translate("Aside", "Let them go"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def settle_aside(
    parent: QWidget | None, live: LiveSession, lang: str, notes: SessionNotes | None = None
) -> None:
    """Ask once about what was set aside, and do it (kept through the console's
    ``notes``: on a server, filed by their worker)."""
    if not live.set_aside:
        return
    if ask_keep_aside(parent, len(live.set_aside)):
        live.keep_aside_as_note(aside_note(live, lang), notes.writer if notes else None)
        if notes is not None:
            notes.wake()
    else:
        live.discard_aside()
