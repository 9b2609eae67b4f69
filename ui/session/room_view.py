"""What the room sees, declared: each line of the projection, its place, its size
and where its words come from. A line whose text is empty is not shown. The
projection window only lays these lines out and draws the bars."""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtCore import QCoreApplication

from app.kinds import TimerView
from app.session.rules.cues import format_clock, format_duration
from app.session.view.follow_up import FollowUp
from app.session.view.room import RoomCue, room_cue, shows_balance
from app.session.view.snapshot import Snapshot
from ui.labels import next_step_text, session_clock_text, status_text, turn_left_text
from ui.session.follow_up_panel import action_line, answers_text


class RoomState(msgspec.Struct, frozen=True):
    """Everything the room's window shows, at one moment."""

    snap: Snapshot
    message: str  # the facilitator's word to the room ("" : none)
    review: str  # the relevé being read with the group ("" : none)
    reviewing: bool  # the "retour" step: the previous session's actions
    follow_up: FollowUp


class RoomLine(msgspec.Struct, frozen=True):
    name: str  # the label's name on the window
    share: float  # its type size, as a share of the window's height
    text: Callable[[RoomState], str]
    bold: bool = False
    left: bool = False  # aligned left (lists), else centred
    wrap: bool = False
    stretch: int = 0  # takes the room left over (lists)
    in_review: bool = False  # still shown while the relevé is read


def heading(s: RoomState) -> str:
    snap = s.snap
    if snap.break_left is not None:
        return QCoreApplication.translate("ProjectionWindow", "Break")
    step = QCoreApplication.translate("ProjectionWindow", "Step {n} of {total}").format(
        n=snap.step_index + 1, total=snap.step_count
    )
    return f"{step} · {snap.step_name}"


def instruction(s: RoomState) -> str:
    # With the rules on screen, they are the instruction: room for all of them.
    snap = s.snap
    return "" if snap.rules or snap.break_left is not None else snap.room_line


def countdown(s: RoomState) -> str:
    """The big clock, as the method wants the room to see it: the time left,
    the time taken, or no digits at all (a calmer room). A break always says
    when the group starts again."""
    snap = s.snap
    if snap.break_left is not None or snap.timer_view is TimerView.COUNTDOWN:
        return snap.countdown
    if snap.timer_view is TimerView.COUNT_UP:
        return format_clock(snap.elapsed)
    return ""


def floor(s: RoomState) -> str:
    snap = s.snap
    if snap.speaker:
        line = QCoreApplication.translate("ProjectionWindow", "Speaking: {name} · {time}").format(
            name=snap.speaker, time=format_duration(snap.speaker_seconds)
        )
        left = turn_left_text(snap)
        return f"{line} — {left}" if left else line
    if snap.silent:
        return QCoreApplication.translate("ProjectionWindow", "Silent individual reflection")
    return QCoreApplication.translate("ProjectionWindow", "Nobody has the floor")


def round_line(s: RoomState) -> str:
    """The round's turn and what is left of the slot; else the hands raised."""
    snap = s.snap
    r = snap.round
    if r is not None and r.current:
        left = max(0.0, r.slot_seconds - r.current_talk)
        line = QCoreApplication.translate(
            "ProjectionWindow", "Round — now: {name} (slot {slot}, {left} left)"
        ).format(name=r.current, slot=format_clock(r.slot_seconds), left=format_clock(left))
        if r.next:
            line += " · " + QCoreApplication.translate("ProjectionWindow", "next: {name}").format(
                name=r.next
            )
        return line
    if r is not None:
        return QCoreApplication.translate("ProjectionWindow", "Round complete")
    if snap.hands:  # the queue: who asked, in order
        return QCoreApplication.translate("ProjectionWindow", "Next to speak: {names}").format(
            names=", ".join(snap.hands)
        )
    return ""


def rules(s: RoomState) -> str:
    if s.review:
        return s.review
    if s.snap.rules:
        return (
            QCoreApplication.translate("ProjectionWindow", "Group rules")
            + "\n"
            + "\n".join(f"•  {rule}" for rule in s.snap.rules)
        )
    return ""


def follow_up(s: RoomState) -> str:
    """The previous session's actions in the "retour" step; management's answer at
    the opening."""
    if s.reviewing:
        lines = [QCoreApplication.translate("ProjectionWindow", "The previous session's actions")]
        for i, action in enumerate(s.follow_up.actions):
            pointer = "▶ " if i == s.follow_up.selected else "   "
            lines.append(pointer + action_line(action))
        return "\n".join(lines)
    if s.snap.step_index == 0 and s.follow_up.answer is not None:
        return answers_text(s.follow_up.answers)
    return ""


def room_status(snap: Snapshot) -> str:
    """The cue line the room reads: only what its clock shows (app.session.view.room)."""
    cue = room_cue(snap)
    if cue is RoomCue.STATUS:
        return status_text(snap)
    if cue is RoomCue.TIME_TAKEN:
        return QCoreApplication.translate("ProjectionWindow", "Time taken")
    return ""


def balance(s: RoomState) -> str:
    if not shows_balance(s.snap):
        return ""
    pct = round(s.snap.fairness.balance * 100)
    return QCoreApplication.translate(
        "ProjectionWindow", "Balance of speaking time: {pct} %"
    ).format(pct=pct)


# Top to bottom. The progress bar follows "next_line"; the balance bar sits beside
# its line; the talk bars (when the facilitator shows them) come last.
ROOM: tuple[RoomLine, ...] = (
    RoomLine("session_line", 0.03, lambda s: session_clock_text(s.snap), in_review=True),
    RoomLine("message", 0.07, lambda s: s.message, bold=True, wrap=True, in_review=True),
    RoomLine("heading", 0.05, heading, bold=True, wrap=True, in_review=True),
    RoomLine("case", 0.032, lambda s: s.snap.case_title, wrap=True),
    RoomLine("instruction", 0.04, instruction, bold=True, wrap=True),
    RoomLine("countdown", 0.28, countdown, bold=True),
    RoomLine("cue", 0.05, lambda s: room_status(s.snap), bold=True, wrap=True),
    RoomLine("next_line", 0.035, lambda s: next_step_text(s.snap), wrap=True),
    RoomLine("floor", 0.055, floor, bold=True, wrap=True),
    RoomLine("round", 0.04, round_line, wrap=True),
    RoomLine("balance_label", 0.035, balance),
    RoomLine("rules", 0.033, rules, left=True, wrap=True, stretch=1, in_review=True),
    RoomLine("follow_up", 0.034, follow_up, left=True, wrap=True, stretch=1),
)


def texts(state: RoomState) -> dict[str, str]:
    """Each line's text; while the relevé is read, only the lines kept for it."""
    return {
        line.name: line.text(state) if line.in_review or not state.review else "" for line in ROOM
    }
