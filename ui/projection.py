"""The projected view: what the room reads from six metres.

Sizes follow the window's height, so it reads the same on any projector. Cues
are always doubled by text, never colour alone. Per-person talk bars are off
unless the facilitator turns them on: the room sees the group's balance, not a
ranking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.cues import Cue, format_clock, format_duration
from app.snapshot import Snapshot
from ui.controller import SessionController
from ui.follow_up_panel import action_line, answers_text
from ui.labels import next_step_text, session_clock_text, status_text
from ui.theme import CUE_COLOURS, FAMILY, person_colour

FLASH_MS = 700


def step_heading(tr_step: str, snap: Snapshot) -> str:
    return tr_step.format(n=snap.step_index + 1, total=snap.step_count)


class Bar(QWidget):
    """A thick progress bar drawn in the text colour, readable on any cue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.colour = QColor("white")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, fraction: float, colour: QColor) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.colour = colour
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 2
        track = QColor(self.colour)
        track.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(self.colour)
        filled = QRectF(rect.x(), rect.y(), rect.width() * self.fraction, rect.height())
        painter.drawRoundedRect(filled, radius, radius)


class TalkBars(QWidget):
    """Optional per-person bars, drawn only when the facilitator allows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, QColor]] = []
        self.text_colour = QColor("white")

    def set_rows(self, rows: list[tuple[str, float, QColor]], colour: QColor) -> None:
        self.rows = rows
        self.text_colour = colour
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.rows:
            return
        painter = QPainter(self)
        height = self.height() / len(self.rows)
        font = QFont(FAMILY)
        font.setPixelSize(max(10, int(height * 0.55)))
        painter.setFont(font)
        top = max(seconds for _, seconds, _ in self.rows) or 1.0
        label_w = self.width() * 0.28
        for i, (name, seconds, colour) in enumerate(self.rows):
            y = i * height
            painter.setPen(self.text_colour)
            painter.drawText(
                QRectF(0, y, label_w - 10, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = (self.width() - label_w) * seconds / top
            painter.fillRect(QRectF(label_w, y + height * 0.2, width, height * 0.6), colour)


class ProjectionWindow(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key_handler: Callable[[QKeyEvent, bool], bool] | None = None
        self.setWindowTitle(self.tr("Tour de table — projection"))
        self.setAutoFillBackground(True)
        self.setMinimumSize(480, 270)

        self.session_line = self._label()  # time of day, the session against its plan
        self.heading = self._label(bold=True)
        self.heading.setWordWrap(True)
        self.message = self._label(bold=True)  # the facilitator's word to the room
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.message.hide()
        self.case = self._label()
        self.instruction = self._label(bold=True)  # the step's rule for the group
        self.instruction.setWordWrap(True)
        self.countdown = self._label(bold=True)
        self.countdown.setObjectName("countdown")
        self.cue = self._label(bold=True)
        self.next_line = self._label()  # the next step; the exposé's window
        self.bar = Bar()
        self.floor = self._label(bold=True)
        self.round = self._label()
        self.rules = self._label(align=Qt.AlignmentFlag.AlignLeft)
        self.rules.setWordWrap(True)
        # The previous session's actions ("retour") or management's answer (opening).
        self.follow_up = self._label(align=Qt.AlignmentFlag.AlignLeft)
        self.follow_up.setWordWrap(True)
        self.balance_label = self._label()
        self.balance = Bar()
        self.talk_bars = TalkBars()

        layout = QVBoxLayout(self)
        self._layout = layout
        for widget in (
            self.session_line,
            self.message,
            self.heading,
            self.case,
            self.instruction,
            self.countdown,
            self.cue,
            self.next_line,
            self.bar,
            self.floor,
            self.round,
        ):
            layout.addWidget(widget)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance_label, 0)
        balance_row.addWidget(self.balance, 1)
        self._balance_row = balance_row
        layout.addLayout(balance_row)
        layout.addWidget(self.rules, 1)
        layout.addWidget(self.follow_up, 1)
        layout.addWidget(self.talk_bars, 1)

        self.blank_cover = QWidget(self)
        self.blank_cover.setStyleSheet("background: black;")
        self.blank_cover.hide()
        self.flash_cover = QWidget(self)
        self.flash_cover.setStyleSheet("background: rgba(255, 255, 255, 170);")
        self.flash_cover.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.flash_cover.hide)

        self._painted_cue: Cue | None = None
        controller.changed.connect(self.redraw)
        controller.blank_changed.connect(self._on_blank_changed)
        controller.follow_up_changed.connect(self.redraw)
        controller.message_changed.connect(self._on_message)
        controller.review_changed.connect(lambda _text: self.redraw())
        controller.cue_entered.connect(lambda _cue: self.flash())
        self._apply_sizes()
        self.redraw()

    def _label(
        self, bold: bool = False, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter
    ) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are user text, never markup
        label.setAlignment(align)
        font = QFont(FAMILY)
        font.setBold(bold)
        label.setFont(font)
        return label

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self.key_handler
        if handler is not None and handler(event, False):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- layout -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        h = max(self.height(), 270)
        sizes = {
            self.session_line: 0.03,
            self.message: 0.07,
            self.next_line: 0.035,
            self.heading: 0.05,
            self.instruction: 0.04,
            self.case: 0.032,
            self.countdown: 0.28,
            self.cue: 0.05,
            self.floor: 0.055,
            self.round: 0.04,
            self.rules: 0.033,
            self.follow_up: 0.034,
            self.balance_label: 0.035,
        }
        for label, share in sizes.items():
            font = label.font()
            font.setPixelSize(max(10, int(h * share)))
            label.setFont(font)
        self.bar.setFixedHeight(max(8, int(h * 0.028)))
        self.balance.setFixedHeight(max(6, int(h * 0.022)))
        margin = int(h * 0.03)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._layout.setSpacing(int(h * 0.012))
        for cover in (self.blank_cover, self.flash_cover):
            cover.setGeometry(self.rect())

    # -- content ----------------------------------------------------------------

    def redraw(self) -> None:
        snap = self.controller.snapshot
        background, text = CUE_COLOURS[snap.cue]
        text_colour = QColor(text)
        if snap.cue is not self._painted_cue:  # restyle only when the cue changes
            self._painted_cue = snap.cue
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            palette.setColor(QPalette.ColorRole.WindowText, text_colour)
            self.setPalette(palette)  # the labels inherit it

        self.heading.setText(
            step_heading(self.tr("Step {n} of {total}"), snap) + " · " + snap.step_name
        )
        self.case.setText(snap.case_title)
        self.instruction.setText(snap.room_line)
        # With the rules on screen, they are the instruction: room for all of them.
        self.instruction.setVisible(bool(snap.room_line) and not snap.rules)
        self.case.setVisible(bool(snap.case_title))
        shown = snap.remaining if snap.remaining >= 0 else -snap.remaining
        self.countdown.setText(("+" if snap.remaining < 0 else "") + format_clock(shown))
        if snap.break_left is not None:  # a break: the room sees when it ends
            self.heading.setText(self.tr("Break"))
            self.countdown.setText(format_clock(snap.break_left))
            self.instruction.hide()
        self.cue.setText(status_text(snap))
        self.session_line.setText(session_clock_text(snap))
        self.next_line.setText(next_step_text(snap))
        self.next_line.setVisible(bool(self.next_line.text()))
        self.bar.set_value(snap.progress, text_colour)

        if snap.speaker:
            self.floor.setText(
                self.tr("Speaking: {name} · {time}").format(
                    name=snap.speaker, time=format_duration(snap.speaker_seconds)
                )
            )
        else:
            self.floor.setText(self.tr("Nobody has the floor"))

        if snap.round is not None and snap.round.current:
            left = max(0.0, snap.round.slot_seconds - snap.round.current_talk)
            line = self.tr("Round — now: {name} (slot {slot}, {left} left)").format(
                name=snap.round.current,
                slot=format_clock(snap.round.slot_seconds),
                left=format_clock(left),
            )
            if snap.round.next:
                line += " · " + self.tr("next: {name}").format(name=snap.round.next)
            self.round.setText(line)
            self.round.show()
        elif snap.round is not None:
            self.round.setText(self.tr("Round complete"))
            self.round.show()
        elif snap.hands:  # the room sees the queue: who asked, in order
            self.round.setText(
                self.tr("Next to speak: {names}").format(names=", ".join(snap.hands))
            )
            self.round.show()
        else:
            self.round.hide()

        if snap.rules:
            self.rules.setText(
                self.tr("Group rules") + "\n" + "\n".join(f"•  {rule}" for rule in snap.rules)
            )
            self.rules.show()
        else:
            self.rules.hide()

        self._draw_follow_up(snap)

        fairness = snap.fairness
        # In a round, imbalance is expected until everyone's turn has come.
        show_balance = (
            len(fairness.population) > 1 and fairness.total_talk > 0 and snap.round is None
        )
        self.balance_label.setText(
            self.tr("Balance of speaking time: {pct} %").format(pct=round(fairness.balance * 100))
        )
        self.balance.set_value(fairness.balance, text_colour)
        self.balance_label.setVisible(show_balance)
        self.balance.setVisible(show_balance)

        if self.controller.show_talk_bars:
            rows = [(p.name, p.talk_session, person_colour(i)) for i, p in enumerate(snap.people)]
            self.talk_bars.set_rows(rows, text_colour)
            self.talk_bars.show()
        else:
            self.talk_bars.hide()
        self._draw_review()

    # Shown at every redraw; hidden while the relevé is read with the group.
    ALWAYS_SHOWN = ("countdown", "cue", "floor", "bar")
    REVIEW_HIDES = ("case", "instruction", "next_line", "round", "follow_up", "talk_bars")

    def _draw_review(self) -> None:
        """The relevé, read with the group: it takes the screen until taken down."""
        review = self.controller.review
        for name in self.ALWAYS_SHOWN:
            getattr(self, name).setVisible(not review)
        if not review:
            return
        for name in self.REVIEW_HIDES:
            getattr(self, name).hide()
        self.balance.hide()
        self.balance_label.hide()
        self.rules.setText(review)
        self.rules.show()

    def _on_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _draw_follow_up(self, snap: Snapshot) -> None:
        follow_up = self.controller.follow_up
        if self.controller.reviewing:
            lines = [self.tr("The previous session's actions")]
            for i, action in enumerate(follow_up.actions):
                pointer = "▶ " if i == follow_up.selected else "   "
                lines.append(pointer + action_line(action))
            self.follow_up.setText("\n".join(lines))
            self.follow_up.show()
        elif snap.step_index == 0 and follow_up.answer is not None:
            self.follow_up.setText(answers_text(follow_up.answers))
            self.follow_up.show()
        else:
            self.follow_up.hide()

    # -- blank and flash -------------------------------------------------------

    def _on_blank_changed(self, blank: bool) -> None:
        self.blank_cover.setGeometry(self.rect())
        self.blank_cover.setVisible(blank)
        self.blank_cover.raise_()
        if blank:
            self.flash_cover.hide()

    def flash(self) -> None:
        if self.controller.blank:
            return  # the room sees black: no cue shows through
        self.flash_cover.setGeometry(self.rect())
        self.flash_cover.show()
        self.flash_cover.raise_()
        self._flash_timer.start()

    # -- placement ---------------------------------------------------------------

    def place(self, gone: QScreen | None = None) -> None:
        """Full screen on a second screen when one is attached; else a window on
        the laptop's screen, never full screen over the console. Called again
        when a projector is plugged in or out (``gone``: the screen going away)."""
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary and s is not gone]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(primary)
            corner = primary.availableGeometry().topLeft()
            self.setGeometry(corner.x() + 40, corner.y() + 40, 960, 540)
            self.show()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
