"""The projected view: what the room reads from six metres.

Sizes follow the window's height, so it reads the same on any projector. Cues
are always doubled by text, never colour alone. Per-person talk bars are off
unless the facilitator turns them on: the room sees the group's balance, not a
ranking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
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

from app.session.rules.cues import Cue
from app.session.view.room import calm, shows_balance, shows_bar
from ui.session.controller import SessionController
from ui.session.room_view import ROOM, RoomState, texts
from ui.theme import CUE_COLOURS, FAMILY, person_colour

FLASH_MS = 700
# The smallest text the room gets: 2.2 % of the screen's height (24 px on a
# 1080-line projector) reads from the back of a meeting room; never under 16 px.
FLOOR_SHARE = 0.022
FLOOR_PX = 16


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


# The room's lines whose text moves every second, and the name a reader hears.
TICKING = {
    "session_line": lambda: QCoreApplication.translate("ProjectionWindow", "Session clock"),
    "countdown": lambda: QCoreApplication.translate("ProjectionWindow", "The step's clock"),
    "cue": lambda: QCoreApplication.translate("ProjectionWindow", "The step's time"),
    "floor": lambda: QCoreApplication.translate("ProjectionWindow", "Who has the floor"),
    "round": lambda: QCoreApplication.translate("ProjectionWindow", "The round"),
}


class ProjectionWindow(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.key_handler: Callable[[QKeyEvent, bool], bool] | None = None
        self.setWindowTitle(self.tr("Tour de table — projection"))
        self.setAutoFillBackground(True)
        self.setMinimumSize(480, 270)

        # The room's lines, as declared in ui/room_view.py, and the bars between them.
        self.lines: dict[str, QLabel] = {}
        for line in ROOM:
            label = self._label(
                bold=line.bold,
                align=Qt.AlignmentFlag.AlignLeft if line.left else Qt.AlignmentFlag.AlignCenter,
            )
            label.setWordWrap(line.wrap)
            label.setObjectName(line.name)
            if line.name in TICKING:  # its text moves each second: one name for a reader
                label.setAccessibleName(TICKING[line.name]())
            label.hide()
            self.lines[line.name] = label
            setattr(self, line.name, label)
        self.bar = Bar()
        self.balance = Bar()
        self.talk_bars = TalkBars()

        layout = QVBoxLayout(self)
        self._layout = layout
        for line in ROOM:
            label = self.lines[line.name]
            if line.name == "balance_label":
                balance_row = QHBoxLayout()
                balance_row.addWidget(label, 0)
                balance_row.addWidget(self.balance, 1)
                layout.addLayout(balance_row)
            else:
                layout.addWidget(label, line.stretch)
            if line.name == "next_line":
                layout.addWidget(self.bar)
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
        controller.message_changed.connect(lambda _text: self.redraw())
        controller.review_changed.connect(lambda _text: self.redraw())
        controller.cue_entered.connect(self._on_cue)
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
        self.bar.setFixedHeight(max(8, int(h * 0.028)))
        self.balance.setFixedHeight(max(6, int(h * 0.022)))
        margin = int(h * 0.03)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._layout.setSpacing(int(h * 0.012))
        for cover in (self.blank_cover, self.flash_cover):
            cover.setGeometry(self.rect())
        self._fit()

    def _fit(self) -> None:
        """Every line at its share of the height; when they do not all fit
        (the rules and management's answer at the opening), all shrink together,
        never below a size read from the back of the room, and wrap. Nothing is
        dropped: the countdown gives up its size last of all."""
        h = max(self.height(), 270)
        floor = max(FLOOR_PX, int(h * FLOOR_SHARE))
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        room = self.height() - margins.top() - margins.bottom()
        scale = 1.0
        while True:
            for line in ROOM:
                size = int(h * line.share * scale)
                label = self.lines[line.name]
                font = label.font()
                font.setPixelSize(max(size, floor if line.name != "countdown" else floor * 2))
                label.setFont(font)
            if self._needed_height(width) <= room or scale < 0.2:
                break
            scale *= 0.9

    def _needed_height(self, width: int) -> int:
        shown: list[QWidget] = [label for label in self.lines.values() if not label.isHidden()]
        shown += [w for w in (self.bar, self.balance, self.talk_bars) if not w.isHidden()]
        needed = self._layout.spacing() * max(0, len(shown) - 1)
        for widget in shown:
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed += widget.heightForWidth(width)
            elif widget is self.talk_bars:
                needed += widget.minimumHeight()
            else:
                needed += max(widget.sizeHint().height(), widget.minimumHeight())
        return needed + 2 * self._layout.spacing()  # the layout's rounding, with room to spare

    # -- content ----------------------------------------------------------------

    def redraw(self) -> None:
        snap = self.controller.snapshot
        shown_cue = Cue.NORMAL if calm(snap) else snap.cue  # a calm room never turns red
        background, text = CUE_COLOURS[shown_cue]
        text_colour = QColor(text)
        if shown_cue is not self._painted_cue:  # restyle only when the cue changes
            self._painted_cue = shown_cue
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            palette.setColor(QPalette.ColorRole.WindowText, text_colour)
            self.setPalette(palette)  # the labels inherit it

        review = self.controller.review
        state = RoomState(
            snap,
            self.controller.message,
            review,
            self.controller.actions.reviewing,
            self.controller.actions.view,
        )
        reflow = False
        for name, words in texts(state).items():
            label = self.lines[name]
            if label.text() != words:
                # The clock lines keep their length from second to second.
                reflow = reflow or name not in ("countdown", "session_line") or not words
                label.setText(words)
            if label.isHidden() == bool(words):
                reflow = True
                label.setVisible(bool(words))
        self.bar.set_value(snap.progress, text_colour)
        if self.bar.isHidden() == (not review and shows_bar(snap)):
            reflow = True
        self.bar.setVisible(not review and shows_bar(snap))
        shown = shows_balance(snap) and not review
        self.balance.set_value(snap.fairness.balance, text_colour)
        self.balance.setVisible(shown)
        if self.controller.show_talk_bars and not review:
            rows = [(p.name, p.talk_session, person_colour(i)) for i, p in enumerate(snap.people)]
            self.talk_bars.set_rows(rows, text_colour)
            self.talk_bars.show()
        else:
            self.talk_bars.hide()
        if reflow:
            self._fit()

    # -- blank and flash -------------------------------------------------------

    def _on_blank_changed(self, blank: bool) -> None:
        self.blank_cover.setGeometry(self.rect())
        self.blank_cover.setVisible(blank)
        self.blank_cover.raise_()
        if blank:
            self.flash_cover.hide()

    def stop(self) -> None:
        """The session closed: no flash left to take down later."""
        self._flash_timer.stop()
        self.flash_cover.hide()

    def _on_cue(self, _cue: str) -> None:
        if not calm(self.controller.snapshot):
            self.flash()

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
