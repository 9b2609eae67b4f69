"""The facilitator's console, on the laptop screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.cues import Cue, format_clock, format_duration
from app.messages import prepared_messages
from app.notes import NoteDraft
from app.snapshot import PersonView
from ui import settings
from ui.controller import SessionController
from ui.follow_up_panel import FollowUpPanel
from ui.labels import (
    next_step_text,
    role_label,
    session_clock_text,
    status_text,
)
from ui.notes_panel import NoteField, NotesPanel
from ui.steps_panel import StepsPanel
from ui.theme import CONSOLE_CUE_TEXT, CONSOLE_STYLE, person_colour

if TYPE_CHECKING:
    from ui.case_dialog import CaseDialog
    from ui.cases_panel import CasesPanel
    from ui.export_dialog import ExportDialog

KeyHandler = Callable[[QKeyEvent, bool], bool]  # (event, typing) -> used


class PersonButton(QPushButton):
    def __init__(self, position: int, person: PersonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.person_id = person.id
        self.setObjectName("person")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the contract
        # Ignored: long names never widen the console past a 1366-pixel laptop screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(140)
        self.setMinimumHeight(88)
        self.setMaximumHeight(170)
        self._state: tuple[object, ...] = ()

    def show_person(self, person: PersonView, key: str, hint: str) -> None:
        state = (person.speaking, person.spoken_in_step, person.expected, hint, key)
        self.setText(f"{key}  {person.name}\n{hint}")
        if state == self._state:
            return
        self._state = state
        colour = person_colour(self.position).name()
        weight = "bold" if person.speaking else "normal"
        background = "#fff1b8" if person.speaking else "palette(button)"
        width = 6 if person.speaking else 3
        self.setStyleSheet(
            f"QPushButton#person {{ border: {width}px solid {colour}; border-left-width: 14px;"
            f" background: {background}; font-weight: {weight}; }}"
        )


class ConsoleWindow(QMainWindow):
    closing = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        live = controller.live
        self.setWindowTitle(
            self.tr("Tour de table — {group}, session {n}").format(
                group=live.stored.group, n=live.stored.number_in_cycle
            )
        )
        self.setStyleSheet(CONSOLE_STYLE)  # the console only: the projection sizes its own text
        self.key_handler: KeyHandler | None = None
        root = QWidget()
        # The console itself holds the keyboard, so the first key drives the session.
        root.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCentralWidget(root)
        columns = QHBoxLayout(root)

        # Left: the plan in its running order, planned vs actual, changeable.
        self.steps = StepsPanel(controller)
        self.timeline = self.steps.list
        columns.addWidget(self.steps, 2)

        # Centre: the step, its timer and controls, the prompt, the people.
        centre = QVBoxLayout()
        self.step_title = QLabel()
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.step_title.font())
        font.setPointSize(16)
        font.setBold(True)
        self.step_title.setFont(font)
        self.step_title.setWordWrap(True)
        centre.addWidget(self.step_title)
        self.session_line = QLabel()  # time of day, the session against its plan
        self.session_line.setWordWrap(True)
        centre.addWidget(self.session_line)

        timer_row = QHBoxLayout()
        self.timer = QLabel()
        self.timer.setObjectName("timer")
        self.timer.setMinimumWidth(200)
        self.cue = QLabel()
        self.cue.setObjectName("cue")
        self.cue.setWordWrap(True)  # a long status never widens the console
        timer_box = QVBoxLayout()
        timer_box.addWidget(self.timer)
        timer_box.addWidget(self.cue)
        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        timer_box.addWidget(self.next_line)
        timer_row.addLayout(timer_box)
        self.previous_button = self._button(self.tr("◀ Previous"), controller.previous_step)
        self.start_button = self._button("", controller.toggle_running)
        self.start_button.setMinimumWidth(150)
        self.next_button = self._button(self.tr("Next ▶"), controller.next_step)
        self.minus_button = self._button(self.tr("−1 min"), lambda: controller.adjust(-1))
        self.plus_button = self._button(self.tr("+1 min"), lambda: controller.adjust(+1))
        for b in (
            self.previous_button,
            self.start_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
        ):
            timer_row.addWidget(b)
        timer_row.addStretch(1)
        centre.addLayout(timer_row)

        prompt_box = QGroupBox(self.tr("What to say, what to watch for"))
        prompt_layout = QVBoxLayout(prompt_box)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        prompt_layout.addWidget(self.prompt)
        centre.addWidget(prompt_box)
        self.follow_up = FollowUpPanel(controller)
        centre.addWidget(self.follow_up)
        # Only for a method whose situations are chosen in the session.
        self.cases: CasesPanel | None = None
        if any(p.step.chooses_cases for p in live.engine.plan):
            from ui.cases_panel import CasesPanel

            self.cases = CasesPanel(controller)
            centre.addWidget(self.cases)

        floor_row = QHBoxLayout()
        self.floor = QLabel()
        self.floor.setTextFormat(Qt.TextFormat.PlainText)
        floor_font = QFont(self.floor.font())
        floor_font.setPointSize(14)
        floor_font.setBold(True)
        self.floor.setFont(floor_font)
        floor_row.addWidget(self.floor, 1)
        self.nobody_button = self._button(self.tr("Nobody speaks (Esc)"), controller.nobody_speaks)
        floor_row.addWidget(self.nobody_button)
        centre.addLayout(floor_row)

        queue_row = QHBoxLayout()  # the hands raised, served in order
        self.queue = QLabel()
        self.queue.setTextFormat(Qt.TextFormat.PlainText)
        self.queue.setWordWrap(True)
        queue_row.addWidget(self.queue, 1)
        self.hand_button = self._button(self.tr("☝ A hand (H)"), self.arm_hand)
        queue_row.addWidget(self.hand_button)
        self.serve_button = self._button(self.tr("Next hand (Q)"), controller.serve_hand)
        queue_row.addWidget(self.serve_button)
        centre.addLayout(queue_row)
        self.hand_armed = False  # H was pressed: the next participant key is a hand

        round_row = QHBoxLayout()
        self.round = QLabel()
        self.round.setTextFormat(Qt.TextFormat.PlainText)
        self.round.setWordWrap(True)
        round_row.addWidget(self.round, 1)
        self.pass_button = self._button(self.tr("“I pass” (P)"), controller.pass_turn)
        round_row.addWidget(self.pass_button)
        self.round_frame = QFrame()
        self.round_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.round_frame.setLayout(round_row)
        centre.addWidget(self.round_frame)

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
        centre.addLayout(fairness_row)
        self.people_grid = QGridLayout()
        self.person_buttons: list[PersonButton] = []
        self._seat_people(controller.snapshot.people)
        centre.addLayout(self.people_grid, 1)

        columns.addLayout(centre, 5)

        # Right: notes, filed under the current step and case, and correctable.
        right = QVBoxLayout()
        self.notes = NotesPanel(controller, self.take_keyboard)
        right.addWidget(self.notes, 1)

        options = QVBoxLayout()
        message_row = QVBoxLayout()  # stacked: the console fits a 1366-pixel laptop
        message_row.addWidget(QLabel(self.tr("Message to the room")))
        self.message = QComboBox()
        self.message.setEditable(True)
        self.message.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.message.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.message.setMinimumContentsLength(10)
        self.message.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.message.setAccessibleName(self.tr("Message to the room"))
        self.message.addItems(prepared_messages(live.stored.protocol, controller.lang))
        self.message.setCurrentIndex(0)
        message_edit = self.message.lineEdit()
        if message_edit is not None:
            message_edit.returnPressed.connect(self.toggle_message)
        message_row.addWidget(self.message)
        self.message_button = self._button(self.tr("Show (Ctrl+M)"), self.toggle_message)
        message_row.addWidget(self.message_button)
        options.addLayout(message_row)
        # What is needed now and then waits in a menu: the console fits 1280×720
        # (1920×1080 at 150 %); every item keeps its key.
        self.more_button = QPushButton(self.tr("People and screen ▾"))
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.setAccessibleName(self.tr("People and screen"))
        more = QMenu(self.more_button)
        self.late_button = more.addAction(self.tr("A late arrival… (Ctrl+L)"))
        self.late_button.triggered.connect(self.add_late_arrival)
        self.away_button = more.addAction(self.tr("Leaves / back… (Ctrl+D)"))
        self.away_button.triggered.connect(self.mark_away)
        self.rename_button = more.addAction(self.tr("Fix a name… (Ctrl+R)"))
        self.rename_button.triggered.connect(self.correct_name)
        self.case_button = more.addAction(self.tr("The case and the follow-up… (Ctrl+I)"))
        self.case_button.triggered.connect(self.edit_case)
        more.addSeparator()
        self.fullscreen_button = more.addAction(self.tr("Projection full screen (F11)"))
        self.help_button = more.addAction(self.tr("Keys (F1)"))
        self.more_button.setMenu(more)
        options.addWidget(self.more_button)
        self.blank_button = self._button(self.tr("Black screen (B)"), controller.toggle_blank)
        self.blank_button.setCheckable(True)
        options.addWidget(self.blank_button)
        self.bars_check = QCheckBox(self.tr("Show talk bars on the projection"))
        self.bars_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bars_check.toggled.connect(controller.set_talk_bars)
        self.bars_check.toggled.connect(lambda on: settings.set_flag(settings.TALK_BARS, on))
        self.bars_check.setChecked(settings.flag(settings.TALK_BARS))
        options.addWidget(self.bars_check)
        self.mute_check = QCheckBox(self.tr("Mute the chime"))
        self.mute_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mute_check.setChecked(settings.flag(settings.MUTED))
        self.mute_check.toggled.connect(lambda on: settings.set_flag(settings.MUTED, on))
        options.addWidget(self.mute_check)
        self.sheet_button = self._button(self.tr("Synthesis sheet (PDF)…"), self.open_export)
        options.addWidget(self.sheet_button)
        self.end_button = self._button(self.tr("End the session"), self.request_end)
        options.addWidget(self.end_button)
        right.addLayout(options)
        columns.addLayout(right, 3)

        self.statusBar().setSizeGripEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.error, 1)

        controller.changed.connect(self.redraw)
        controller.failed.connect(self.show_error)
        controller.blank_changed.connect(self._on_blank_changed)
        self._timer_cue: Cue | None = None
        self.notes.show_note_state()
        self.redraw()

    def _seat_people(self, people: list[PersonView]) -> None:
        """A button per person; a late arrival gets theirs at the end."""
        for i in range(len(self.person_buttons), len(people)):
            person = people[i]
            button = PersonButton(i, person)
            button.clicked.connect(lambda _=False, pid=person.id: self.controller.give_floor(pid))
            self.person_buttons.append(button)
            self.people_grid.addWidget(button, i // 3, i % 3)
        # Big targets for a hurried click: rows grow up to the buttons' maximum
        # height, and what is left goes to an empty last row, not between labels.
        rows = (len(self.person_buttons) + 2) // 3
        for row in range(rows):
            self.people_grid.setRowStretch(row, 3)
        self.people_grid.setRowStretch(rows, 1)

    def add_late_arrival(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("A late arrival"), self.tr("Name of the person who arrives:")
        )
        if ok and name.strip():
            self.controller.add_person(name)
        self.take_keyboard()

    # -- people during the session ----------------------------------------------------

    def arm_hand(self) -> None:
        """H: the next participant key raises (or lowers) that person's hand."""
        self.hand_armed = not self.hand_armed
        self.redraw()

    def disarm_hand(self) -> None:
        self.hand_armed = False
        self.redraw()

    def person_key(self, position: int) -> None:
        """A participant key: the floor, or their hand when H was pressed first."""
        if position >= 10 and len(self.controller.live.engine.people) <= 10:
            position -= 10  # Shift held with ten seats or fewer: the same person
        person = self.controller.person_at(position)
        if self.hand_armed:
            self.hand_armed = False
            if person is not None:
                self.controller.raise_hand(person)
            self.redraw()
        elif person is not None:
            self.controller.give_floor(person)

    def escape(self) -> None:
        if self.hand_armed:
            self.disarm_hand()
        else:
            self.controller.nobody_speaks()

    @staticmethod
    def choose_person(parent: QWidget, title: str, label: str, names: list[str]) -> int | None:
        """Which person; replaced in tests."""
        name, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
        return names.index(name) if ok and name in names else None

    @staticmethod
    def ask_name(parent: QWidget, old: str) -> str | None:
        """The corrected name; replaced in tests."""
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ConsoleWindow", "Fix a name"),
            QCoreApplication.translate("ConsoleWindow", "The right spelling of “{name}”:").format(
                name=old
            ),
            QLineEdit.EchoMode.Normal,
            old,
        )
        return name if ok else None

    def mark_away(self) -> None:
        """Ctrl+D: someone leaves the room (not expected to speak meanwhile), or is back."""
        engine = self.controller.live.engine
        people = engine.people
        names = [
            p.name + (" — " + self.tr("out of the room") if p.id in engine.away_since else "")
            for p in people
        ]
        chosen = ConsoleWindow.choose_person(
            self, self.tr("Leaves the room, or is back"), self.tr("Who?"), names
        )
        if chosen is not None:
            person = people[chosen].id
            self.controller.set_away(person, person not in engine.away_since)
        self.take_keyboard()

    def correct_name(self) -> None:
        """Ctrl+R: a name typed wrong, corrected (turns and notes stay theirs)."""
        people = self.controller.live.engine.people
        chosen = ConsoleWindow.choose_person(
            self, self.tr("Fix a name"), self.tr("Whose name?"), [p.name for p in people]
        )
        if chosen is not None:
            name = ConsoleWindow.ask_name(self, people[chosen].name)
            if name is not None and not self.controller.rename(people[chosen].id, name):
                self.show_error(self.tr("A name needs 1 to 80 characters."))
        self.take_keyboard()

    def edit_case(self) -> CaseDialog:
        """Ctrl+I: the situation, the request and the follow-up date, corrected."""
        from ui.case_dialog import CaseDialog

        live = self.controller.live
        self.case_dialog = CaseDialog(live.store, live.id, self)
        self.case_dialog.finished.connect(lambda _result: self.back_from_dialog())
        self.case_dialog.open()
        return self.case_dialog

    def back_from_dialog(self) -> None:
        """A dialog closed: the console is the active window, its keys the session's."""
        self.activateWindow()
        self.take_keyboard()

    def take_keyboard(self) -> None:
        """Keys go to the session, not to a text field."""
        central = self.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        handler = self.key_handler
        typing = isinstance(QApplication.focusWidget(), QLineEdit)  # a note or a comment
        if handler is not None and handler(event, typing):
            event.accept()
            return
        super().keyPressEvent(event)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must stay start/pause
        button.clicked.connect(slot)
        return button

    # -- rendering ----------------------------------------------------------------

    def redraw(self) -> None:
        snap = self.controller.snapshot
        self.steps.show_steps(snap)
        heading = self.tr("Step {n} of {total}").format(
            n=snap.step_index + 1, total=snap.step_count
        )
        case = f" — {snap.case_title}" if snap.case_title else ""
        self.step_title.setText(f"{heading} · {snap.step_name}{case}")
        sign = "+" if snap.remaining < 0 else ""
        self.timer.setText(sign + format_clock(abs(snap.remaining)))
        if snap.cue is not self._timer_cue:  # restyling is costly: only when the cue changes
            self._timer_cue = snap.cue
            colour = CONSOLE_CUE_TEXT[snap.cue]
            self.timer.setStyleSheet(f"color: {colour};" if colour else "")
        self.cue.setText(status_text(snap, on_console=True))
        self.session_line.setText(session_clock_text(snap))
        self.next_line.setText(next_step_text(snap))
        self.start_button.setText(
            self.tr("Pause (Space)") if snap.running else self.tr("▶ Start (Space)")
        )
        self.prompt.setText(snap.prompt)
        if self.cases is not None:  # shown in the step that chooses the situations
            choosing = self.controller.live.engine.current.step.chooses_cases and not snap.ended
            if choosing and not self.cases.isVisible():
                self.cases.fill()
            self.cases.setVisible(choosing)

        if snap.speaker:
            self.floor.setText(
                self.tr("Speaking: {name} for {time}").format(
                    name=snap.speaker, time=format_duration(snap.speaker_seconds)
                )
            )
        else:
            self.floor.setText(self.tr("Nobody has the floor"))
        if snap.narrator_interrupting:
            self.floor.setText(
                self.floor.text() + " — " + self.tr("in this step the narrator listens")
            )

        if snap.round is not None:
            r = snap.round
            if r.current:
                text = self.tr(
                    "Round {done}/{total} — now: {name}, slot {slot} ({used} used)"
                ).format(
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
        else:
            self.round_frame.hide()

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

        self.balance.setValue(round(snap.fairness.balance * 100))
        if snap.not_spoken:
            self.not_spoken.setText(
                self.tr("Not heard yet: {names}").format(names=", ".join(snap.not_spoken))
            )
        else:
            self.not_spoken.setText(
                self.tr("Everyone expected has spoken") if snap.fairness.population else ""
            )
        for widget in (
            self.previous_button,
            self.next_button,
            self.start_button,
            self.minus_button,
            self.plus_button,
            self.nobody_button,
            self.end_button,
        ):
            widget.setEnabled(not snap.ended)
        self.previous_button.setEnabled(not snap.ended and snap.step_index > 0)
        self.next_button.setEnabled(not snap.ended and snap.step_index < snap.step_count - 1)

    def toggle_message(self) -> None:
        """Put the chosen or typed message on the projection, or take it down."""
        if self.controller.message:
            self.controller.dismiss_message()
        else:
            self.controller.show_message(self.message.currentText())
        self.message_button.setText(
            self.tr("Take it down (Ctrl+M)")
            if self.controller.message
            else self.tr("Show (Ctrl+M)")
        )
        self.take_keyboard()

    def _on_blank_changed(self, blank: bool) -> None:
        self.blank_button.setChecked(blank)
        self.blank_button.setText(
            self.tr("■ The room sees a black screen — B to show it again")
            if blank
            else self.tr("Black screen (B)")
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def show_info(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    # -- notes: the panel's, named here for the keys and the end of the session --

    @property
    def note_edit(self) -> NoteField:
        return self.notes.note_edit

    @property
    def note_kind(self) -> QComboBox:
        return self.notes.note_kind

    @property
    def note_tag(self) -> QComboBox:
        return self.notes.note_tag

    @property
    def note_state(self) -> QLabel:
        return self.notes.note_state

    @property
    def notes_list(self) -> QListWidget:
        return self.notes.notes_list

    @property
    def draft(self) -> NoteDraft:
        return self.notes.draft

    def open_note(self) -> None:
        self.notes.open_note()

    def close_note(self) -> None:
        self.notes.close_note()

    def save_note_draft(self) -> None:
        self.notes.save_note_draft()

    def refresh_notes(self) -> None:
        self.notes.refresh_notes()

    # -- ending ---------------------------------------------------------------------

    def open_export(self) -> ExportDialog:
        from ui.export_dialog import ExportDialog  # ReportLab loads when a sheet is wanted

        self.save_note_draft()
        live = self.controller.live
        self.export_dialog = ExportDialog(
            live.store, live.id, self.controller.lang, self, room=self.controller
        )
        self.export_dialog.open()
        return self.export_dialog

    @staticmethod
    def confirm_end(parent: QWidget) -> bool:
        """Asks before ending; replaced in tests."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ConsoleWindow", "End the session?"),
            QCoreApplication.translate(
                "ConsoleWindow",
                "The session will be closed: timers stop and nothing more can be recorded.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter after Ctrl+E must not end it
        )
        return answer == QMessageBox.StandardButton.Yes

    def request_end(self) -> None:
        if ConsoleWindow.confirm_end(self):
            self.save_note_draft()
            self.controller.end_session()
            if self.controller.live.engine.ended:
                self.open_export()  # the natural next step: the sheet for the group

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_note_draft()  # the last keystrokes are not lost
        settings.set_geometry(settings.CONSOLE_GEOMETRY, self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)
