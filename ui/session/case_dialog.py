"""The case's situation and request, and the follow-up date: corrected during
the session or after it (the sheet prints what is saved here). On a service's
server the dialog reads and saves through a worker: it never freezes on the
network; its fields and Save wait, said, until the server answered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.session.ops.actions import MAX_FOLLOW_UP, correct_case
from app.session.rules.records import StoredSession
from ui.operations import Operations

if TYPE_CHECKING:
    from app.changes import OpChanges
    from app.session.store import Store


class CaseDialog(QDialog):
    def __init__(
        self, operations: Operations, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.session_id = session_id
        self.setWindowTitle(self.tr("The case and the follow-up"))
        self.setMinimumWidth(620)
        self.situations: list[QPlainTextEdit] = []
        self.requests: list[QPlainTextEdit] = []
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if operations.server is None:  # this computer's file: read now
            self._fill(operations.read(lambda s: s.load(session_id)))
            return
        self._waiting(self.tr("Reading the case from the server…"))
        operations.read_in_background(
            lambda s: s.load(session_id), done=self._fill, failed=self._refused, owner=self
        )

    def _fill(self, stored: StoredSession | None) -> None:
        cases = stored.cases if stored is not None else []
        texts = stored.case_texts if stored is not None else []
        form = self.form
        for case, (situation, request) in zip(cases, texts, strict=True):
            if len(cases) > 1:
                form.addRow(
                    QLabel(self.tr("Case {n}: {title}").format(n=case.index + 1, title=case.title))
                )
            situation_edit = self._text(
                situation, self.tr("Situation of case {n}").format(n=case.index + 1)
            )
            request_edit = self._text(
                request, self.tr("Request of case {n}").format(n=case.index + 1)
            )
            form.addRow(self.tr("Situation"), situation_edit)
            form.addRow(self.tr("Request to the group"), request_edit)
            self.situations.append(situation_edit)
            self.requests.append(request_edit)
        self.follow_up = QLineEdit(stored.follow_up if stored is not None else "")
        self.follow_up.setMaxLength(MAX_FOLLOW_UP)
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up.setPlaceholderText(self.tr("e.g. 12 March, next session"))
        form.addRow(self.tr("Follow-up date"), self.follow_up)
        self._ready()
        if self.situations and self.isVisible():
            self.situations[0].setFocus()

    def _waiting(self, text: str) -> None:
        self.error.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def _ready(self) -> None:
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _refused(self, text: str) -> None:
        """Said; what was typed stays, and Save may be pressed again."""
        self.error.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            hasattr(self, "follow_up")
        )

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)  # Tab goes on to the next field
        edit.setMaximumHeight(110)
        edit.setAccessibleName(name)
        return edit

    def save(self) -> None:
        """Everything written at once; on a failure nothing typed is lost: the
        dialog stays open with what was typed."""
        if not hasattr(self, "follow_up"):
            return  # not read yet: nothing to save
        texts = [
            (situation.toPlainText(), request.toPlainText())
            for situation, request in zip(self.situations, self.requests, strict=True)
        ]
        session_id, follow_up = self.session_id, self.follow_up.text()

        def op(store: Store) -> OpChanges:
            return correct_case(store, session_id=session_id, texts=texts, follow_up=follow_up)

        if self.operations.server is None:
            if self.operations.write(op, origin=self, failed=self.error.setText):
                self.accept()
            return
        self._waiting(self.tr("Saving on the server…"))
        self.operations.write_in_background(op, done=self.accept, failed=self._refused, origin=self)
