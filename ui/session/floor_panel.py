"""The console's floor: who speaks, the hands raised, the round, the balance, and
a button per person (their key, their talk time, their state)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.session.rules.cues import format_clock, format_duration
from app.session.view.snapshot import PersonView, Snapshot
from ui.labels import role_label, turn_left_text
from ui.session.clock_panel import console_button
from ui.session.controller import SessionController
from ui.theme import person_colour
from ui.wrap import wrapped_lines

BUTTON_HEIGHT = 88  # a big target for a hurried click
NOT_HEARD_NAMED = 4
PERSON_WIDTH = 220  # a button's share of the row: "0:00 · Consultant·e" on one line


class PersonButton(QPushButton):
    def __init__(self, position: int, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.person_id = person.id
        self.setObjectName("person")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
        # Ignored: long names never widen the console past a 1366-pixel laptop screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(140)
        self.setMinimumHeight(BUTTON_HEIGHT)
        self._state: tuple[object, ...] = ()
        self._parts = ("", person.name, "")
        self._composed: tuple[object, ...] = ()

    def show_person(self, person: PersonView, key: str, hint: str) -> None:
        state = (person.speaking, person.spoken_in_step, person.expected, hint, key)
        self._parts = (key, person.name, hint)
        self._compose()
        if state == self._state:
            return
        self._state = state
        # A name of its own, not the button's text with its seconds ticking.
        speaking = self.tr("has the floor") if person.speaking else ""
        self.setAccessibleName(f"{key} {person.name}, {speaking}".strip(" ,"))
        colour = person_colour(self.position).name()
        weight = "bold" if person.speaking else "normal"
        background = "#fff1b8" if person.speaking else "palette(button)"
        width = 6 if person.speaking else 3
        self.setStyleSheet(
            f"QPushButton#person {{ border: {width}px solid {colour}; border-left-width: 14px;"
            f" background: {background}; font-weight: {weight}; }}"
        )
        self._compose()  # the border and the weight change the room for the name

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._compose()

    def _compose(self) -> None:
        """The name wrapped to the button's width, never clipped; the button as
        tall as its lines."""
        # Redrawn every second: wrapped again only when the words, the size or
        # the style (border, weight) changed.
        composed = (self._parts, self.size().toTuple(), self.styleSheet())
        if composed == self._composed:
            return
        self._composed = composed
        key, name, hint = self._parts
        option = QStyleOptionButton()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        metrics = self.fontMetrics()
        lines = wrapped_lines(f"{key}  {name}", metrics, max(room.width() - 4, 40))
        lines += [
            line
            for part in hint.split("\n")
            for line in wrapped_lines(part, metrics, max(room.width() - 4, 40))
        ]
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
        needed = len(lines) * metrics.lineSpacing() + self.height() - room.height() + 4
        self.setMinimumHeight(max(BUTTON_HEIGHT, needed))


class FloorPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        floor_row = QHBoxLayout()
        self.floor = QLabel()
        self.floor.setTextFormat(Qt.TextFormat.PlainText)
        self.floor.setAccessibleName(self.tr("Who has the floor"))  # its time moves each second
        floor_font = QFont(self.floor.font())
        floor_font.setPointSize(14)
        floor_font.setBold(True)
        self.floor.setFont(floor_font)
        self.floor.setWordWrap(True)  # a long name and the turn's limit never widen the console
        floor_row.addWidget(self.floor, 1)
        self.nobody_button = console_button(
            self.tr("Nobody speaks (Esc)"), controller.floor.nobody_speaks
        )
        floor_row.addWidget(self.nobody_button)
        layout.addLayout(floor_row)

        queue_row = QHBoxLayout()  # the hands raised, served in order
        self.queue = QLabel()
        self.queue.setTextFormat(Qt.TextFormat.PlainText)
        self.queue.setWordWrap(True)
        queue_row.addWidget(self.queue, 1)
        self.hand_button = console_button(self.tr("☝ A hand (H)"), self.arm_hand)
        queue_row.addWidget(self.hand_button)
        self.serve_button = console_button(self.tr("Next hand (Q)"), controller.floor.serve_hand)
        queue_row.addWidget(self.serve_button)
        layout.addLayout(queue_row)
        self.hand_armed = False  # H was pressed: the next participant key is a hand

        round_row = QHBoxLayout()
        self.round = QLabel()
        self.round.setTextFormat(Qt.TextFormat.PlainText)
        self.round.setAccessibleName(self.tr("The round"))
        self.round.setWordWrap(True)
        round_row.addWidget(self.round, 1)
        self.pass_button = console_button(self.tr("“I pass” (P)"), controller.floor.pass_turn)
        round_row.addWidget(self.pass_button)
        self.round_frame = QFrame()
        self.round_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.round_frame.setLayout(round_row)
        layout.addWidget(self.round_frame)

        fairness_row = QHBoxLayout()
        fairness_row.addWidget(QLabel(self.tr("Balance")))
        self.balance = QProgressBar()
        self.balance.setAccessibleName(self.tr("Balance of the floor"))
        self.balance.setRange(0, 100)
        self.balance.setFormat("%p %")
        fairness_row.addWidget(self.balance, 1)
        self.not_spoken = QLabel()
        self.not_spoken.setTextFormat(Qt.TextFormat.PlainText)
        self.not_spoken.setWordWrap(True)
        fairness_row.addWidget(self.not_spoken, 2)
        layout.addLayout(fairness_row)
        # The people scroll inside their own panel: twenty of them, a long answer
        # or eight actions never push the console past a laptop's screen.
        people = QWidget()
        self.people_grid = QGridLayout(people)
        self.people_grid.setContentsMargins(0, 0, 0, 0)
        self.people_scroll = QScrollArea()
        self.people_scroll.setWidget(people)
        self.people_scroll.setWidgetResizable(True)
        self.people_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the session's
        self.people_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.people_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people_scroll.setMinimumHeight(BUTTON_HEIGHT + 4)
        self.person_buttons: list[PersonButton] = []
        self._laid_columns = 0
        self._seat_people(controller.snapshot.people)
        layout.addWidget(self.people_scroll, 1)

    def _seat_people(self, people: list[PersonView]) -> None:
        """A button per person; a late arrival gets theirs at the end."""
        for i in range(len(self.person_buttons), len(people)):
            person = people[i]
            button = PersonButton(i, person)
            button.setMaximumHeight(170)
            button.clicked.connect(
                lambda _=False, pid=person.id: self.controller.floor.give_floor(pid)
            )
            self.person_buttons.append(button)
        self._lay_out_people()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._columns() != self._laid_columns:
            self._lay_out_people()

    def _columns(self) -> int:
        """As many a row as leave each name room to be read whole: fewer rows
        on a wide screen, no clipped names on a laptop."""
        return max(2, min(4, self.width() // PERSON_WIDTH))

    def _lay_out_people(self) -> None:
        columns = self._laid_columns = self._columns()
        for row in range(self.people_grid.rowCount()):
            self.people_grid.setRowStretch(row, 0)
        for button in self.person_buttons:
            self.people_grid.removeWidget(button)
        for i, button in enumerate(self.person_buttons):
            self.people_grid.addWidget(button, i // columns, i % columns)
        # Big targets for a hurried click: rows grow up to the buttons' maximum
        # height, and what is left goes to an empty last row, not between labels.
        rows = (len(self.person_buttons) + columns - 1) // columns
        for row in range(rows):
            self.people_grid.setRowStretch(row, 3)
        self.people_grid.setRowStretch(rows, 1)

    # -- the keys of the floor -------------------------------------------------------

    def arm_hand(self) -> None:
        """H: the next participant key raises (or lowers) that person's hand."""
        self.hand_armed = not self.hand_armed
        self.show_snapshot(self.controller.snapshot)

    def disarm_hand(self) -> None:
        self.hand_armed = False
        self.show_snapshot(self.controller.snapshot)

    def person_key(self, position: int) -> None:
        """A participant key: the floor, or their hand when H was pressed first."""
        if position >= 10 and len(self.controller.live.engine.people) <= 10:
            position -= 10  # Shift held with ten seats or fewer: the same person
        person = self.controller.floor.person_at(position)
        if self.hand_armed:
            self.hand_armed = False
            if person is not None:
                self.controller.floor.raise_hand(person)
            self.show_snapshot(self.controller.snapshot)
        elif person is not None:
            self.controller.floor.give_floor(person)

    def escape(self) -> None:
        if self.hand_armed:
            self.disarm_hand()
        else:
            self.controller.floor.nobody_speaks()

    # -- showing --------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        self._show_floor(snap)
        self._show_round(snap)
        self._show_queue(snap)
        self._show_people(snap)
        # Nobody who shares the floor has spoken yet: no figure, never a full bar.
        measured = snap.fairness.measured_balance
        self.balance.setValue(round(measured * 100) if measured is not None else 0)
        self.balance.setFormat("%p %" if measured is not None else "—")
        if snap.not_spoken:
            # The first few, in the order the room model gives: each button says
            # the rest, and twenty names would push the people off the screen.
            names = ", ".join(snap.not_spoken[:NOT_HEARD_NAMED])
            others = len(snap.not_spoken) - NOT_HEARD_NAMED
            if others > 0:
                names = self.tr("{names} and {count} more").format(names=names, count=others)
            self.not_spoken.setText(self.tr("Not heard yet: {names}").format(names=names))
        else:
            self.not_spoken.setText(
                self.tr("Everyone expected has spoken") if snap.fairness.population else ""
            )
        self.nobody_button.setEnabled(not snap.ended)

    def _show_floor(self, snap: Snapshot) -> None:
        if snap.speaker:
            text = self.tr("Speaking: {name} for {time}").format(
                name=snap.speaker, time=format_duration(snap.speaker_seconds)
            )
        else:
            text = self.tr("Nobody has the floor")
        if turn_left_text(snap):
            text += " — " + turn_left_text(snap)
        if snap.narrator_interrupting:
            text += " — " + self.tr("in this step the narrator listens")
        self.floor.setText(text)

    def _show_round(self, snap: Snapshot) -> None:
        if snap.round is None:
            self.round_frame.hide()
            return
        r = snap.round
        if r.current:
            text = self.tr("Round {done}/{total} — now: {name}, slot {slot} ({used} used)").format(
                done=r.done,
                total=r.total,
                name=r.current,
                slot=format_clock(r.slot_seconds),
                used=format_duration(r.current_talk),
            )
            if r.next:
                text += " · " + self.tr("next: {name}").format(name=r.next)
        else:
            text = self.tr("Round complete ({total} people)").format(total=r.total)
        if r.passed:
            text += " · " + self.tr("passed: {names}").format(names=", ".join(r.passed))
        self.round.setText(text)
        self.pass_button.setEnabled(bool(r.current) and not snap.ended)
        self.round_frame.show()

    def _show_queue(self, snap: Snapshot) -> None:
        if self.hand_armed:
            queue = self.tr("☝ Whose hand? Press their key (Esc: cancel)")
        elif snap.hands:
            queue = self.tr("☝ Hands raised: {names}").format(names=", ".join(snap.hands))
            if snap.next_hand:
                queue += " — " + self.tr("Q gives the floor to {name}").format(name=snap.next_hand)
            if snap.least_heard_hand:
                queue += " · " + self.tr("least heard: {name}").format(name=snap.least_heard_hand)
        else:
            queue = self.tr("No hand raised (H, then their key)")
        self.queue.setText(queue)
        self.serve_button.setEnabled(snap.next_hand is not None and not snap.ended)
        self.hand_button.setEnabled(not snap.ended)

    def _show_people(self, snap: Snapshot) -> None:
        if len(snap.people) > len(self.person_buttons):
            self._seat_people(snap.people)
        for i, (button, person) in enumerate(zip(self.person_buttons, snap.people, strict=True)):
            key = str((i + 1) % 10) if i < 10 else f"⇧{(i + 1) % 10}" if i < 20 else " "
            # Talk time first: on a narrow screen, the role is what gets clipped.
            hint = f"{format_duration(person.talk_session)} · {role_label(person.role)}"
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
            button.show_person(person, key, hint)
            button.setEnabled(not snap.ended)
