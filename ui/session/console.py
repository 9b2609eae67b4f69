"""The facilitator's console, on the laptop screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.kinds import TimerView
from app.session.ops.drafts import NoteDraft
from app.session.rules.messages import prepared_messages
from ui import settings
from ui.dialogs import ask_yes_no
from ui.session.announcer import Announcer
from ui.session.catch_up_panel import CatchUpPanel
from ui.session.clock_panel import ClockPanel
from ui.session.controller import SessionController
from ui.session.floor_panel import FloorPanel
from ui.session.follow_up_panel import FollowUpPanel
from ui.session.notes_panel import NoteField, NotesPanel
from ui.session.people_strip import PeopleStrip
from ui.session.steps_panel import StepsPanel
from ui.theme import CONSOLE_STYLE

if TYPE_CHECKING:
    from app.session.ops.report import SessionData
    from ui.session.case_dialog import CaseDialog
    from ui.session.cases_panel import CasesPanel
    from ui.session.export_dialog import ExportDialog

NOTES_WIDTH = 300  # at 1366 pixels, the rest seats six people a row
NOTES_SHARE = 0.22  # of a wider screen
KeyHandler = Callable[[QKeyEvent, bool], bool]  # (event, typing) -> used


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
        columns.setContentsMargins(6, 6, 6, 4)  # a laptop's 768 pixels seat twelve people
        # Under the steps and the clock, the people: seen whole up to twelve, the
        # steps and the centre give way above them; the notes keep their height.
        session_side = QVBoxLayout()
        above_people = QHBoxLayout()
        session_side.addLayout(above_people, 1)
        columns.addLayout(session_side, 7)

        # Left: the plan in its running order, planned vs actual, changeable.
        self.steps = StepsPanel(controller)
        self.timeline = self.steps.list
        above_people.addWidget(self.steps, 2)

        # Centre: the clock and its controls, the prompt, the floor.
        centre = self._centre(controller)
        above_people.addLayout(centre, 5)

        self.people = PeopleStrip(controller)
        self.person_buttons = self.people.buttons
        session_side.addWidget(self.people)

        # Right: notes, filed under the current step and case, and correctable.
        # It gives way to the people first: never wider than a note needs.
        right_column = self.right_column = QWidget()
        right_column.setMaximumWidth(NOTES_WIDTH)
        right = QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        self.notes = NotesPanel(controller, self.take_keyboard)
        right.addWidget(self.notes, 1)

        options = self._options(controller)
        right.addLayout(options)
        columns.addWidget(right_column, 3)

        self._status_line()

        controller.changed.connect(self.redraw)
        controller.failed.connect(self.show_error)
        controller.driving_changed.connect(self._show_driving)
        controller.waiting_changed.connect(self._show_waiting)
        controller.aside_found.connect(self._settle_aside)
        self._show_driving()
        controller.blank_changed.connect(self._on_blank_changed)
        self.notes.show_note_state()
        self.redraw()

    def _centre(self, controller: SessionController) -> QVBoxLayout:
        centre = QVBoxLayout()
        centre.setSpacing(4)  # a laptop's 768 pixels hold the opening with an answer
        self.clock = ClockPanel(controller)
        centre.addWidget(self.clock)
        # The clock's widgets by their names here too: the keys and the tests reach them.
        clock = self.clock
        self.step_title, self.session_line, self.timer = (
            clock.step_title,
            clock.session_line,
            clock.timer,
        )
        self.cue, self.next_line = clock.cue, clock.next_line
        self.previous_button, self.start_button, self.next_button = self.clock.buttons[:3]
        self.minus_button, self.plus_button = self.clock.buttons[3:]

        self.catch_up = CatchUpPanel(controller)
        centre.addWidget(self.catch_up)
        prompt_box = self.prompt_box = QGroupBox(self.tr("What to say, what to watch for"))
        prompt_layout = QVBoxLayout(prompt_box)
        prompt_layout.setContentsMargins(6, 2, 6, 4)
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
        if any(p.step.chooses_cases for p in controller.live.engine.plan):
            from ui.session.cases_panel import CasesPanel

            self.cases = CasesPanel(controller, self.take_keyboard)
            centre.addWidget(self.cases)

        centre.addStretch(1)  # the floor stays just above the people
        self.floor_panel = FloorPanel(controller)
        centre.addWidget(self.floor_panel)
        floor = self.floor_panel
        self.floor = floor.floor
        self.nobody_button = floor.nobody_button
        self.queue = floor.queue
        self.hand_button = floor.hand_button
        self.serve_button = floor.serve_button
        self.round = floor.round
        self.pass_button = floor.pass_button
        self.round_frame = floor.round_frame
        self.balance = floor.balance
        self.not_spoken = floor.not_spoken

        return centre

    def _message_row(self, controller: SessionController) -> QVBoxLayout:
        message_row = QVBoxLayout()  # stacked: the console fits a 1280-pixel screen
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
        self.message.addItems(prepared_messages(controller.live.stored.protocol, controller.lang))
        self.message.setCurrentIndex(0)
        message_edit = self.message.lineEdit()
        if message_edit is not None:
            message_edit.setAccessibleName(self.tr("Message to the room"))  # a reader's name
            message_edit.returnPressed.connect(self.toggle_message)
        message_row.addWidget(self.message)
        self.message_button = self._button(self.tr("Show (Ctrl+M)"), self.toggle_message)
        message_row.addWidget(self.message_button)
        return message_row

    def _more_menu(self) -> None:
        # What is needed now and then waits in a menu: the console fits 1280×720
        # (1920×1080 at 150 %); every item keeps its key.
        self.more_button = QPushButton(self.tr("People and screen ▾"))
        self.more_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
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
        self._clock_views(more)
        self.fullscreen_button = more.addAction(self.tr("Projection full screen (F11)"))
        self.help_button = more.addAction(self.tr("Keys (F1)"))
        self.keys_button = more.addAction(self.tr("Change the keys, a clicker's buttons…"))
        self.take_over_button = more.addAction(self.tr("Take the session over (Ctrl+T)"))
        self.more_button.setMenu(more)

    def _clock_views(self, more: QMenu) -> None:
        """What the room's clock shows in this step: a calmer room when the
        group wants it; the console keeps its countdown."""
        views = more.addMenu(self.tr("The room's clock, this step"))
        group = QActionGroup(views)
        self.clock_views: dict[TimerView, QAction] = {}
        for view, text in (
            (TimerView.COUNTDOWN, self.tr("Time left")),
            (TimerView.COUNT_UP, self.tr("Time taken")),
            (TimerView.PROGRESS, self.tr("A bar, no digits")),
            (TimerView.NONE, self.tr("Nothing")),
        ):
            action = views.addAction(text)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(
                lambda _=False, v=view: self.controller.timing.set_timer_view(v.value)
            )
            self.clock_views[view] = action

    def _options(self, controller: SessionController) -> QVBoxLayout:
        options = QVBoxLayout()
        options.addLayout(self._message_row(controller))
        self._more_menu()
        options.addWidget(self.more_button)
        self.blank_button = self._button(self.tr("Black screen (B)"), controller.toggle_blank)
        self.blank_button.setCheckable(True)
        options.addWidget(self.blank_button)
        self.bars_check = QCheckBox(self.tr("Show talk bars on the projection"))
        self.bars_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.bars_check.toggled.connect(controller.set_talk_bars)
        self.bars_check.toggled.connect(lambda on: settings.set_flag(settings.TALK_BARS, on))
        self.bars_check.setChecked(settings.flag(settings.TALK_BARS))
        options.addWidget(self.bars_check)
        self.mute_check = QCheckBox(self.tr("Mute the chime"))
        self.mute_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mute_check.setChecked(settings.flag(settings.MUTED))
        self.mute_check.toggled.connect(lambda on: settings.set_flag(settings.MUTED, on))
        options.addWidget(self.mute_check)
        self.sheet_button = self._button(self.tr("Synthesis sheet (PDF)…"), self.open_export)
        options.addWidget(self.sheet_button)
        self.end_button = self._button(self.tr("End the session"), self.request_end)
        options.addWidget(self.end_button)
        return options

    def _status_line(self) -> None:
        self.statusBar().setSizeGripEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.error, 1)
        self.following = QLabel(
            self.tr("Read-only: another console drives this session (Ctrl+T to take over)")
        )
        self.following.setObjectName("following")
        self.following.setWordWrap(True)
        self.statusBar().addPermanentWidget(self.following)
        self.offline = QLabel()
        self.offline.setObjectName("offline")
        self.offline.hide()
        self.statusBar().addPermanentWidget(self.offline)
        self.announcer = Announcer()
        self.statusBar().addPermanentWidget(self.announcer)

    def add_late_arrival(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("A late arrival"), self.tr("Name of the person who arrives:")
        )
        if ok and name.strip():
            self.controller.floor.add_person(name)
        self.take_keyboard()

    # -- people during the session ----------------------------------------------------

    @property
    def hand_armed(self) -> bool:
        return self.floor_panel.hand_armed

    def arm_hand(self) -> None:
        self.floor_panel.arm_hand()

    def person_key(self, position: int) -> None:
        self.floor_panel.person_key(position)

    def escape(self) -> None:
        self.floor_panel.escape()

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
            self.controller.floor.set_away(person, away=person not in engine.away_since)
        self.take_keyboard()

    def correct_name(self) -> None:
        """Ctrl+R: a name typed wrong, corrected (turns and notes stay theirs)."""
        people = self.controller.live.engine.people
        chosen = ConsoleWindow.choose_person(
            self, self.tr("Fix a name"), self.tr("Whose name?"), [p.name for p in people]
        )
        if chosen is not None:
            name = ConsoleWindow.ask_name(self, people[chosen].name)
            if name is not None and not self.controller.floor.rename(people[chosen].id, name):
                self.show_error(self.tr("A name needs 1 to 80 characters."))
        self.take_keyboard()

    def edit_case(self) -> CaseDialog:
        """Ctrl+I: the situation, the request and the follow-up date, corrected."""
        from ui.session.case_dialog import CaseDialog

        live = self.controller.live
        self.case_dialog = CaseDialog(self.controller.operations, live.id, self)
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
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QLineEdit)  # a note or a comment
        if (
            event.key() == Qt.Key.Key_Escape
            and focus is not None
            and focus is not self.centralWidget()
            and self.isAncestorOf(focus)
        ):
            # Tab went into the controls (keyboard or screen-reader use), or a comment
            # was typed on an action (the note field keeps its own Esc): Esc gives the
            # keys back to the session, the comment kept, and D, C or X work again.
            self.take_keyboard()
            event.accept()
            return
        if handler is not None and handler(event, typing):
            event.accept()
            return
        super().keyPressEvent(event)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
        button.clicked.connect(slot)
        return button

    # -- rendering ----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.right_column.setMaximumWidth(max(NOTES_WIDTH, int(self.width() * NOTES_SHARE)))

    def redraw(self) -> None:
        """Each panel draws its own slice of the snapshot."""
        snap = self.controller.snapshot
        self.steps.show_steps(snap)
        self.clock.show_snapshot(snap)
        if self.controller.timer_forgotten:
            self.clock.cue.setText(self.tr("The timer has not been started yet: Space starts it."))
        self.catch_up.show_snapshot(snap)
        shown_view = self.clock_views[snap.timer_view]
        if not shown_view.isChecked():
            shown_view.setChecked(True)
        # The proposal takes the prompt's place while it waits: the console stays
        # on a laptop's screen, and the answer is one key away.
        self.prompt_box.setVisible(snap.catch_up is None)
        self.prompt.setText(snap.prompt)
        if self.cases is not None:  # shown in the step that chooses the situations
            if snap.choosing_cases and not self.cases.isVisible():
                self.cases.fill()
            self.cases.setVisible(snap.choosing_cases)
        self.floor_panel.show_snapshot(snap)
        self.people.show_snapshot(snap)
        self.end_button.setEnabled(not snap.ended)
        self.announcer.follow(snap)

    def _show_driving(self) -> None:
        """A console that follows a session another drives says so, and how to
        take it over; once it drives, the line goes."""
        driving = self.controller.driving
        self.take_over_button.setVisible(not driving)
        self.following.setVisible(not driving)

    def _settle_aside(self) -> None:
        from ui.session.aside import settle_aside

        c = self.controller
        c.do(lambda: settle_aside(self, c.live, c.lang, c.notes.session_notes))
        self.notes.refresh_notes()

    def _show_waiting(self, waiting: int) -> None:
        """Discreet: the session goes on; the facilitator knows the server is away."""
        self.offline.setVisible(waiting > 0)
        notes = self.controller.notes.waiting
        events = waiting - notes
        if self.controller.live.lost_lease:  # the other console's session is never written over
            text = self.tr(
                "Another console took the session over while the server was away; "
                "events kept on this computer: {n}"
            ).format(n=events)
        elif events:
            text = self.tr("Offline — events kept on this computer for the server: {n}").format(
                n=events
            )
        else:
            text = ""
        if notes:
            kept = self.tr("Notes kept on this computer for the server: {n}").format(n=notes)
            text = f"{text} · {kept}" if text else kept
        self.offline.setText(text)

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

    def open_export(self) -> ExportDialog | None:
        """The sheet's dialog; on a service's server it opens once a worker read
        the session (None now: the console never waits on the network)."""
        from app.session.ops.report import collect

        self.save_note_draft()
        operations, session_id = self.controller.operations, self.controller.live.id
        if operations.server is None:
            self._export_with(None)
            return self.export_dialog
        self.show_info(self.tr("Preparing the synthesis sheet…"))
        operations.read_in_background(
            lambda s: collect(s, session_id),
            done=self._export_with,
            failed=self.show_error,
            owner=self,
        )
        return None

    def _export_with(self, data: SessionData | None) -> None:
        from ui.session.export_dialog import ExportDialog  # ReportLab loads when a sheet is wanted

        live = self.controller.live
        self.export_dialog = ExportDialog(
            self.controller.operations,
            live.id,
            self.controller.lang,
            self,
            room=self.controller,
            data=data,
        )
        self.export_dialog.open()

    @staticmethod
    def confirm_end(parent: QWidget) -> bool:
        """Asks before ending; replaced in tests."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("ConsoleWindow", "End the session?"),
            QCoreApplication.translate(
                "ConsoleWindow",
                "The session will be closed: the timers stop and nobody takes the floor "
                "any more. Its notes stay correctable afterwards.",
            ),
        )  # Enter after Ctrl+E must not end it

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
