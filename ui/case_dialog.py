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

from app.notes import MAX_NOTE
from app.store.database import StoreError
from app.store.repository import Store
from ui.labels import store_error_text

MAX_FOLLOW_UP = 200


class CaseDialog(QDialog):
    def __init__(self, store: Store, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        stored = store.load(session_id)
        self.setWindowTitle(self.tr("The case and the follow-up"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.situations: list[QPlainTextEdit] = []
        self.requests: list[QPlainTextEdit] = []
        for case, (situation, request) in zip(stored.cases, stored.case_texts, strict=True):
            if len(stored.cases) > 1:
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
        self.follow_up = QLineEdit(stored.follow_up)
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
        try:
            for index, (situation, request) in enumerate(
                zip(self.situations, self.requests, strict=True)
            ):
                self.store.set_case_texts(
                    self.session_id,
                    index,
                    situation.toPlainText()[:MAX_NOTE].strip(),
                    request.toPlainText()[:MAX_NOTE].strip(),
                )
            self.store.set_follow_up(self.session_id, self.follow_up.text().strip())
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.accept()
