"""The console's people: a card per person (their key, their name, their talk
time, their role, their state), in a strip under the steps and the clock.

The people are the facilitator's main instrument during a session, so a group
of up to twelve is seen whole in every step on a 1366×768 laptop: the strip
takes the rows its cards need and the columns above it give way (the steps
list and the follow-up scroll inside themselves). Only a larger group scrolls."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from app.session.rules.cues import format_duration
from app.session.view.snapshot import PersonView, Snapshot
from ui.labels import role_label
from ui.session.controller import SessionController
from ui.theme import person_colour
from ui.wrap import wrapped_lines

SEEN_WHOLE_UP_TO = 12  # a larger group scrolls inside the strip
ROWS_SHOWN_WHEN_SCROLLING = 2  # when the steps above leave room; one at the least
CARD_WIDTH = 160  # the narrowest card: "0:00 · Consultant" on one line
BIG_CARD_WIDTH = 240  # room for 13-point names and roles: a small group, one row
BIG_CARD_HEIGHT = 88  # a big target for a hurried click
COMPACT_CARD_HEIGHT = 56
CARD_MAX_HEIGHT = 170
BORDER, SPEAKER_BORDER = 3, 6
CARD_STYLES = {  # font, padding, colour stripe: a small group reads from further away
    True: "font-size: 13pt; padding: 8px; border-left-width: 14px;",
    False: "font-size: 10pt; padding: 2px 3px; border-left-width: 8px;",
}


def person_key(position: int) -> str:
    """The key that gives this seat the floor: 1…9, 0, then ⇧1…⇧0."""
    if position < 10:
        return str((position + 1) % 10)
    return f"⇧{(position + 1) % 10}" if position < 20 else " "


def grid_columns(people: int, room: int, spacing: int = 4) -> int:
    """As many cards a row as the room holds at their narrowest, the rows
    balanced (eight people make two rows of four, not seven and one)."""
    most = max(2, (room + spacing) // (CARD_WIDTH + spacing))
    rows = max(1, -(-people // most))
    return max(1, -(-people // rows))


class PersonButton(QPushButton):
    height_needed = Signal()

    def __init__(self, position: int, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.person_id = person.id
        self.big = True
        self.setObjectName("person")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
        # Ignored: long names never widen the console past a 1366-pixel laptop screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(CARD_WIDTH - 40)
        self.setMinimumHeight(BIG_CARD_HEIGHT)
        self.setMaximumHeight(CARD_MAX_HEIGHT)
        self._state: tuple[object, ...] = ()
        self._parts = ("", person.name, "")
        self._role = ""
        self._border = BORDER
        self._composed: tuple[object, ...] = ()

    def show_person(self, person: PersonView, key: str, hint: str, *, role: str, big: bool) -> None:
        state = (person.speaking, person.spoken_in_step, person.expected, hint, key, big)
        self._parts = (key, person.name, hint)
        self._role = role
        self.big = big
        self._compose()
        if state == self._state:
            return
        self._state = state
        # A name of its own, not the button's text with its seconds ticking.
        speaking = self.tr("has the floor") if person.speaking else ""
        self.setAccessibleName(f"{key} {person.name}, {speaking}".strip(" ,"))
        colour = person_colour(self.position).name()
        # Bold on a big card; a compact one is told by its colour and its border.
        weight = "bold" if person.speaking and big else "normal"
        background = "#fff1b8" if person.speaking else "palette(button)"
        width = self._border = SPEAKER_BORDER if person.speaking else BORDER
        self.setStyleSheet(
            f"QPushButton#person {{ border: {width}px solid {colour};"
            f" background: {background}; font-weight: {weight}; {CARD_STYLES[big]} }}"
        )
        self._compose()  # the border, the weight and the font change the room for the name

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._compose()

    def _compose(self) -> None:
        """The name wrapped to the card's width, never clipped; the card as tall
        as its lines."""
        # Redrawn every second: wrapped again only when the words, the size or
        # the style (border, weight, font) changed.
        composed = (self._parts, self.size().toTuple(), self.styleSheet())
        if composed == self._composed:
            return
        self._composed = composed
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        metrics = self.fontMetrics()
        width = max(room.width() - 4, 40)
        text = "\n".join(self._lines(metrics, width))
        if text != self.text():
            self.setText(text)
        # As tall as the card of someone who speaks, a hand raised, a state
        # line: the strip keeps its height when the floor moves.
        bold_font = QFont(self.font())
        bold_font.setBold(self.big)
        bold = QFontMetrics(bold_font)
        key, name, _ = self._parts
        tallest = len(wrapped_lines(f"{key}  {name}", bold, width))
        tallest += len(wrapped_lines(f"☝ 88:88 · {self._role}", bold, width)) + 1  # + a state
        frame = self.height() - room.height() + 2 * (SPEAKER_BORDER - self._border)
        needed = tallest * metrics.lineSpacing() + frame + 4
        floor = BIG_CARD_HEIGHT if self.big else COMPACT_CARD_HEIGHT
        needed = min(max(floor, needed), CARD_MAX_HEIGHT)
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.height_needed.emit()

    def _lines(self, metrics: QFontMetrics, width: int) -> list[str]:
        key, name, hint = self._parts
        lines = wrapped_lines(f"{key}  {name}", metrics, width)
        return lines + [
            line for part in hint.split("\n") for line in wrapped_lines(part, metrics, width)
        ]


class PeopleStrip(QScrollArea):
    """The cards in a grid as wide as the strip; the strip as tall as all
    their rows for a group of up to twelve, two rows and a scroll bar beyond."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people")
        self.controller = controller
        inside = QWidget()
        self.grid = QGridLayout(inside)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the session's
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.buttons: list[PersonButton] = []
        self._laid_columns = 0
        self._wanted = COMPACT_CARD_HEIGHT
        self._big = False
        # Cards re-wrap after a resize: the strip's height follows once they settle.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit_height)
        self._seat(controller.snapshot.people)

    @property
    def big_cards(self) -> bool:
        return self._big

    @property
    def scrolls(self) -> bool:
        return len(self.buttons) > SEEN_WHOLE_UP_TO

    def _seat(self, people: list[PersonView]) -> None:
        """A card per person; a late arrival gets theirs at the end."""
        for i in range(len(self.buttons), len(people)):
            person = people[i]
            button = PersonButton(i, person)
            button.clicked.connect(
                lambda _=False, pid=person.id: self.controller.floor.give_floor(pid)
            )
            button.height_needed.connect(self._fit_later.start)
            self.buttons.append(button)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if self.scrolls
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._lay_out()

    def _room(self) -> int:
        scroll_bar = self.verticalScrollBar().sizeHint().width() if self.scrolls else 0
        return self.width() - scroll_bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if grid_columns(len(self.buttons), self._room()) != self._laid_columns:
            self._lay_out()

    def _lay_out(self) -> None:
        columns = self._laid_columns = grid_columns(len(self.buttons), self._room())
        # Big cards for a group that fits one row of them; two rows of big cards
        # would push the steps above off a laptop's screen.
        one_row = len(self.buttons) <= columns
        big = one_row and self._room() // max(1, columns) >= BIG_CARD_WIDTH
        if big != self._big:
            self._big = big
            if len(self.buttons) == len(self.controller.snapshot.people):
                self.show_snapshot(self.controller.snapshot)  # the cards in their new size
        for button in self.buttons:
            self.grid.removeWidget(button)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)  # cards of one width, row after row
        self.fit_height()

    def row_heights(self) -> list[int]:
        """Each row as tall as its tallest card, which reserves the lines of
        its worst moment: no row jumps when the floor moves."""
        columns = max(1, self._laid_columns)
        return [
            max(b.minimumHeight() for b in self.buttons[start : start + columns])
            for start in range(0, len(self.buttons), columns)
        ]

    def fit_height(self) -> None:
        """Every row for up to twelve people. Beyond, two rows and a glimpse of
        the next when the steps above leave room, one at the least."""
        rows = self.row_heights()
        spacing = self.grid.spacing()
        if not self.scrolls:
            self._wanted = sum(rows) + spacing * max(0, len(rows) - 1)
            self.setFixedHeight(max(self._wanted, COMPACT_CARD_HEIGHT))
            return
        glimpse = spacing + COMPACT_CARD_HEIGHT // 3
        self._wanted = sum(rows[:ROWS_SHOWN_WHEN_SCROLLING]) + spacing + glimpse
        self.setMinimumHeight(rows[0] + glimpse)
        self.setMaximumHeight(sum(rows) + spacing * (len(rows) - 1))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._wanted)

    def show_snapshot(self, snap: Snapshot) -> None:
        if len(snap.people) > len(self.buttons):
            self._seat(snap.people)
        big = self.big_cards
        for i, (button, person) in enumerate(zip(self.buttons, snap.people, strict=True)):
            # Talk time first: on a narrow card, the role is what wraps.
            role = role_label(person.role)
            hint = f"{format_duration(person.talk_session)} · {role}"
            if person.away:
                hint += "\n" + self.tr("out of the room")
            elif person.speaking:
                hint += "\n" + self.tr("speaking")
            elif person.passed:
                hint += "\n" + self.tr("passed")
            elif person.expected and not person.spoken_in_step:
                hint += "\n" + self.tr("not heard yet")
            if person.hand:
                hint = "☝ " + hint
            button.show_person(person, person_key(i), hint, role=role, big=big)
            button.setEnabled(not snap.ended)
