"""The case's situation and request, and the follow-up date: corrected during
the session or after it (the sheet prints what is saved here)."""

from __future__ import annotations

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
from ui.operations import Operations


class CaseDialog(QDialog):
    def __init__(
        self, operations: Operations, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.session_id = session_id
        stored = operations.read(lambda s: s.load(session_id))
        cases = stored.cases if stored is not None else []
        texts = stored.case_texts if stored is not None else []
        self.setWindowTitle(self.tr("The case and the follow-up"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.situations: list[QPlainTextEdit] = []
        self.requests: list[QPlainTextEdit] = []
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
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)  # Tab goes on to the next field
        edit.setMaximumHeight(110)
        edit.setAccessibleName(name)
        return edit

    def save(self) -> None:
        """Everything written at once; on a failure nothing typed is lost: the
        dialog stays open with what was typed."""
        texts = [
            (situation.toPlainText(), request.toPlainText())
            for situation, request in zip(self.situations, self.requests, strict=True)
        ]
        session_id, follow_up = self.session_id, self.follow_up.text()
        if self.operations.write(
            lambda s: correct_case(s, session_id=session_id, texts=texts, follow_up=follow_up),
            origin=self,
            failed=self.error.setText,
        ):
            self.accept()
