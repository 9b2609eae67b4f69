"""Translated labels for the core's codes (roles, note kinds, setup problems)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.protocols import Capture
from app.session.rules.cues import format_clock
from app.session.rules.engine import Role
from app.session.view.snapshot import Snapshot, Status

if TYPE_CHECKING:  # the console never needs them: imported where they are told
    from app.prep.rules import PrepFileError
    from app.session.rules.setup import SetupProblem


def role_label(role: Role) -> str:
    return {
        Role.FACILITATOR: QCoreApplication.translate("Labels", "Facilitator"),
        Role.NARRATOR: QCoreApplication.translate("Labels", "Narrator"),
        Role.CONSULTANT: QCoreApplication.translate("Labels", "Consultant"),
        Role.SCRIBE: QCoreApplication.translate("Labels", "Scribe"),
        Role.GUEST: QCoreApplication.translate("Labels", "Guest"),
    }[role]


def capture_label(capture: Capture) -> str:
    return {
        Capture.SITUATION: QCoreApplication.translate("Labels", "Situation"),
        Capture.REQUEST: QCoreApplication.translate("Labels", "Request"),
        Capture.QUESTION: QCoreApplication.translate("Labels", "Question"),
        Capture.HYPOTHESIS: QCoreApplication.translate("Labels", "Hypothesis"),
        Capture.PROPOSAL: QCoreApplication.translate("Labels", "Proposal"),
        Capture.ACTION: QCoreApplication.translate("Labels", "Action"),
        Capture.RESOURCE: QCoreApplication.translate("Labels", "Resource"),
        Capture.RESPONSE: QCoreApplication.translate("Labels", "Response"),
        Capture.TRAINING_NEED: QCoreApplication.translate("Labels", "Training need"),
        Capture.LEARNING: QCoreApplication.translate("Labels", "Learning"),
        Capture.NOTE: QCoreApplication.translate("Labels", "Note"),
    }[capture]


def problem_text(problem: SetupProblem) -> str:
    from app.session.rules.setup import Problem

    n = (problem.index or 0) + 1
    text = {
        Problem.EMPTY_GROUP: QCoreApplication.translate(
            "Setup", "Give the group a name or a code."
        ),
        Problem.GROUP_TOO_LONG: QCoreApplication.translate(
            "Setup", "The group's name is too long (80 characters at most)."
        ),
        Problem.NO_PARTICIPANTS: QCoreApplication.translate(
            "Setup", "Add the participants, one name per line."
        ),
        Problem.EMPTY_NAME: QCoreApplication.translate("Setup", "Line {n} has no name."),
        Problem.NAME_TOO_LONG: QCoreApplication.translate(
            "Setup", "Name {n} is too long (80 characters at most)."
        ),
        Problem.DUPLICATE_NAME: QCoreApplication.translate(
            "Setup", "“{detail}” appears twice: add an initial to tell them apart."
        ),
        Problem.NO_NARRATOR: QCoreApplication.translate(
            "Setup", "Choose the narrator of case {n}."
        ),
        Problem.NO_CONSULTANT: QCoreApplication.translate(
            "Setup", "The group needs at least one consultant besides the narrator."
        ),
        Problem.TOO_MANY_CASES: QCoreApplication.translate(
            "Setup", "This method takes at most {detail} cases."
        ),
        Problem.TOO_FEW_CASES: QCoreApplication.translate(
            "Setup", "This method needs at least {detail} case(s)."
        ),
        Problem.EMPTY_TITLE: QCoreApplication.translate("Setup", "Give case {n} a short title."),
        Problem.TITLE_TOO_LONG: QCoreApplication.translate(
            "Setup", "The title of case {n} is too long (200 characters at most)."
        ),
    }[problem.problem]
    return text.format(n=n, detail=problem.detail)


def status_text(snap: Snapshot, on_console: bool = False) -> str:
    """The cue line under the timer; never colour alone. A step the method gives a
    range says it: "Time left · 10 to 15 min"."""
    words = _status_words(snap, on_console)
    if snap.window is not None and snap.status in (Status.RUNNING, Status.LAST_MINUTE):
        low, high = (round(seconds / 60) for seconds in snap.window)
        words += " · " + QCoreApplication.translate("Status", "{low} to {high} min").format(
            low=low, high=high
        )
    return words


def _status_words(snap: Snapshot, on_console: bool) -> str:
    status = snap.status
    if status is Status.OVERTIME:
        return QCoreApplication.translate("Status", "Overtime +{time}").format(
            time=format_clock(-snap.remaining)
        )
    if status is Status.READY and on_console:
        return QCoreApplication.translate("Status", "Ready: press Space to start")
    if status is Status.BREAK:
        from datetime import datetime

        back = datetime.fromtimestamp(snap.session.wall + (snap.break_left or 0.0))
        text = QCoreApplication.translate("Status", "Break — back at {time} ({left})").format(
            time=back.strftime("%H:%M"), left=format_clock(snap.break_left or 0.0)
        )
        if on_console:
            text += " · " + QCoreApplication.translate("Status", "Space starts again")
        return text
    if status is Status.LAST_MINUTE and round(snap.warning) != 60:
        return QCoreApplication.translate("Status", "Last {n} minutes").format(
            n=max(1, round(snap.warning / 60))
        )
    return {
        Status.ENDED: QCoreApplication.translate("Status", "Session ended"),
        Status.READY: QCoreApplication.translate("Status", "Ready to start"),
        Status.PAUSED: QCoreApplication.translate("Status", "Paused"),
        Status.LAST_MINUTE: QCoreApplication.translate("Status", "One minute left"),
        Status.RUNNING: QCoreApplication.translate("Status", "Time left"),
    }[status]


def prep_error_text(error: PrepFileError) -> str:
    from app.prep.rules import PrepProblem

    messages = {
        PrepProblem.MALFORMED: QCoreApplication.translate(
            "Prep", "{name} is damaged and cannot be read ({detail})."
        ),
        PrepProblem.TOO_NEW: QCoreApplication.translate(
            "Prep",
            "{name} was made by a newer version of Tour de table (format {detail}). "
            "Update the app to open it.",
        ),
        PrepProblem.NOT_A_PREP: QCoreApplication.translate(
            "Prep", "{name} is not a Tour de table preparation file."
        ),
        PrepProblem.UNREADABLE: QCoreApplication.translate(
            "Prep", "{name} cannot be read ({detail})."
        ),
    }
    return messages[error.problem].format(name=error.path.name, detail=error.detail)


def session_clock_text(snap: Snapshot) -> str:
    """Time of day, the session against its plan, when it should end, ahead or behind."""
    from datetime import datetime

    clock = snap.session
    now = datetime.fromtimestamp(clock.wall).strftime("%H:%M")
    end = datetime.fromtimestamp(clock.expected_end_wall).strftime("%H:%M")
    minutes = round(clock.late / 60)
    if minutes > 0:
        pace = QCoreApplication.translate("Clock", "{n} min behind").format(n=minutes)
    elif minutes < 0:
        pace = QCoreApplication.translate("Clock", "{n} min ahead").format(n=-minutes)
    else:
        pace = QCoreApplication.translate("Clock", "on time")
    return QCoreApplication.translate(
        "Clock", "{now} · session {elapsed} of {planned} · ends about {end} · {pace}"
    ).format(
        now=now,
        elapsed=format_clock(clock.elapsed),
        planned=format_clock(clock.planned),
        end=end,
        pace=pace,
    )


def next_step_text(snap: Snapshot) -> str:
    parts = []
    if snap.window is not None:
        low, high = snap.window
        parts.append(
            QCoreApplication.translate("Clock", "the method allows {low} to {high} min").format(
                low=round(low / 60), high=round(high / 60)
            )
        )
    if snap.next_step_name:
        parts.append(
            QCoreApplication.translate("Clock", "next: {step}").format(step=snap.next_step_name)
        )
    return " · ".join(parts)


def turn_left_text(snap: Snapshot) -> str:
    """Under the facilitator's limit per intervention: what the speaker has left,
    or how far over it they are ("" without a limit or a speaker)."""
    left = snap.intervention_left
    if left is None:
        return ""
    if left >= 0:
        return QCoreApplication.translate("Clock", "{time} left in this turn").format(
            time=format_clock(left)
        )
    return QCoreApplication.translate("Clock", "{time} over this turn's limit").format(
        time=format_clock(-left)
    )


def size_advice_text(protocol_id: str, peers: int) -> str:
    """The method's advised group size, when this group is outside it; "" when it
    is within it (or the method gives none). Said, never refused."""
    from app.group.rules import size_advice

    advised = size_advice(protocol_id, peers) if peers else None
    if advised is None:
        return ""
    return QCoreApplication.translate(
        "SizeAdvice",
        "This method advises a group of {low} to {high} people besides the "
        "facilitators; this one has {n}. You may go on.",
    ).format(low=advised[0], high=advised[1], n=peers)
