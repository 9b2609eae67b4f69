"""The console's panel for what comes from the previous session: its narrator's
actions, reviewed in the "retour" step (D done, C in progress, X dropped, A the
next one), and management's answer to the last relevé, read at the opening."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.group.rules import ActionStatus, CarriedAction, Evaluation, ManagementAnswer
from ui.session.controller import SessionController


def status_label(status: str | None) -> str:
    return {
        ActionStatus.DONE.value: QCoreApplication.translate("FollowUp", "done"),
        ActionStatus.IN_PROGRESS.value: QCoreApplication.translate("FollowUp", "in progress"),
        ActionStatus.DROPPED.value: QCoreApplication.translate("FollowUp", "dropped"),
    }.get(status or "", QCoreApplication.translate("FollowUp", "to review"))


def evaluation_label(evaluation: str | None) -> str:
    return {
        Evaluation.WORKED.value: QCoreApplication.translate("FollowUp", "it worked"),
        Evaluation.PARTLY.value: QCoreApplication.translate("FollowUp", "it partly worked"),
        Evaluation.NOT.value: QCoreApplication.translate("FollowUp", "it did not work"),
    }.get(evaluation or "", "")


def status_mark(status: str | None) -> str:
    return {"done": "✓", "in_progress": "…", "dropped": "✗"}.get(status or "", "•")


def action_line(action: CarriedAction) -> str:
    who = " · ".join(x for x in (action.owner, action.due) if x)
    shown = action.shown_status
    line = f"{status_mark(shown)}  {action.text}" + (f" ({who})" if who else "")
    line += f" — {status_label(shown)}"
    if action.still_in_progress:
        line += " " + QCoreApplication.translate("FollowUp", "(in progress last time)")
    said = [x for x in (evaluation_label(action.evaluation), action.comment) if x]
    if said:
        line += " : " + ", ".join(said)
    if action.trace:
        line += " — " + QCoreApplication.translate("FollowUp", "kept in: {where}").format(
            where=action.trace
        )
    return line


def answers_text(answers: list[ManagementAnswer]) -> str:
    return "\n".join(answer_text(a) for a in answers)


def answer_text(answer: ManagementAnswer) -> str:
    head = QCoreApplication.translate(
        "FollowUp", "Management's answer to the last relevé ({days} days after it was sent)"
    ).format(days=answer.delay_days)
    parts = [head]
    if answer.about:
        parts.append(
            QCoreApplication.translate("FollowUp", "About: {text}").format(text=answer.about)
        )
    if answer.analysis:
        parts.append(
            QCoreApplication.translate("FollowUp", "Analysis: {text}").format(text=answer.analysis)
        )
    if answer.decisions:
        parts.append(
            QCoreApplication.translate("FollowUp", "Decisions: {text}").format(
                text=answer.decisions
            )
        )
    return "\n".join(parts)


class FollowUpPanel(QGroupBox):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)  # above twelve people's cards on a laptop
        layout.setSpacing(4)
        self.answer = QLabel()
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long answer scrolls in its own panel: the console stays on the screen.
        self.answer_scroll = QScrollArea()
        self.answer_scroll.setWidget(self.answer)
        self.answer_scroll.setWidgetResizable(True)
        self.answer_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the session's
        self.answer_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.answer_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer_scroll.setMinimumHeight(3 * self.answer.fontMetrics().lineSpacing())
        self.answer_scroll.setMaximumHeight(8 * self.answer.fontMetrics().lineSpacing())
        layout.addWidget(self.answer_scroll)
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("The previous session's actions"))
        self.action_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.action_list.setWordWrap(True)
        self.action_list.setMaximumHeight(150)
        # Squeezed to the chosen action's two lines when the proposal to end on
        # time and twelve people's cards share a laptop's screen: A scrolls on.
        lines = 2 * self.action_list.fontMetrics().lineSpacing()
        self.action_list.setMinimumHeight(lines + 2 * self.action_list.frameWidth() + 4)
        self.action_list.currentRowChanged.connect(self._on_row_clicked)
        layout.addWidget(self.action_list)
        row = QHBoxLayout()
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("Comment on the chosen action"))
        self.comment.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.comment.setPlaceholderText(self.tr("Short comment (optional), then D, C or X"))
        row.addWidget(self.comment, 1)
        self.buttons: dict[ActionStatus, QPushButton] = {}
        for status, text in (
            (ActionStatus.DONE, self.tr("Done (D)")),
            (ActionStatus.IN_PROGRESS, self.tr("In progress (C)")),
            (ActionStatus.DROPPED, self.tr("Dropped (X)")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            row.addWidget(button)
            self.buttons[status] = button
        self.action_row = QWidget()
        self.action_row.setLayout(row)
        layout.addWidget(self.action_row)
        # REX (seed 004): did it work, and where is it kept (DUERP, welcome booklet)?
        rex = QHBoxLayout()
        self.evaluation = QComboBox()
        self.evaluation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.evaluation.setAccessibleName(self.tr("Did it work?"))
        self.evaluation.addItem(self.tr("Did it work?"), None)
        for value in Evaluation:
            self.evaluation.addItem(evaluation_label(value.value), value.value)
        rex.addWidget(self.evaluation)
        self.trace = QLineEdit()
        self.trace.setAccessibleName(self.tr("Where its trace is kept"))
        self.trace.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.trace.setMaxLength(200)
        self.trace.setPlaceholderText(
            self.tr("Kept in (risk-assessment document, welcome booklet…)")
        )
        rex.addWidget(self.trace, 1)
        self.rex_row = QWidget()
        self.rex_row.setLayout(rex)
        layout.addWidget(self.rex_row)
        self.comment.returnPressed.connect(lambda: self.mark(ActionStatus.DONE))
        controller.changed.connect(self.redraw)
        controller.follow_up_changed.connect(self.redraw)
        self._shown: tuple[object, ...] = ()
        self.redraw()

    def mark(self, status: ActionStatus) -> None:
        chosen = self.evaluation.currentData()
        self.controller.actions.mark(
            status,
            self.comment.text().strip(),
            Evaluation(chosen) if chosen else None,
            self.trace.text().strip(),
        )
        for field in (self.comment, self.trace):
            field.clear()
            field.clearFocus()
        self.evaluation.setCurrentIndex(0)

    def _on_row_clicked(self, row: int) -> None:
        follow_up = self.controller.actions.view
        if 0 <= row < len(follow_up.actions) and row != follow_up.selected:
            follow_up.selected = row

    def redraw(self) -> None:
        snap = self.controller.snapshot
        follow_up = self.controller.actions.view
        reviewing = self.controller.actions.reviewing
        answer = follow_up.answer if snap.step_index == 0 else None
        state = (reviewing, answer, tuple(follow_up.actions), follow_up.selected)
        if state == self._shown:
            return  # redrawn each second: only rebuild when something changed
        self._shown = state
        self.setVisible(reviewing or answer is not None)
        self.answer_scroll.setVisible(answer is not None)
        if answer is not None:
            self.setTitle(self.tr("From management"))
            self.answer.setText(answers_text(follow_up.answers))
        self.action_list.setVisible(reviewing)
        self.action_row.setVisible(reviewing)
        self.rex_row.setVisible(reviewing and follow_up.evaluates)
        if reviewing:
            self.setTitle(self.tr("The previous session's actions (A: next one)"))
            self.action_list.blockSignals(True)
            self.action_list.clear()
            self.action_list.addItems([action_line(a) for a in follow_up.actions])
            self.action_list.setCurrentRow(follow_up.selected)
            self.action_list.blockSignals(False)
