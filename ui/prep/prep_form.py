"""The prep mode's guided form: each part of the exposé with what to put in it,
read into the prep and shown from it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from app.prep.rules import MAX_FIELD, Prep
from app.protocols import Catalog


class PrepForm(QScrollArea):
    edited = Signal()  # the narrator typed or chose something

    def __init__(self, catalog: Catalog, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form_widget = QWidget()
        grid = QGridLayout(form_widget)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.title = QLineEdit()
        self.narrator = QLineEdit()
        self.method = QComboBox()
        for protocol in catalog.protocols.values():
            if protocol.expose_step() is not None:
                self.method.addItem(protocol.name.get(lang), protocol.id)
        self.situation = QPlainTextEdit()
        self.difficulty = QPlainTextEdit()
        self.tried = QPlainTextEdit()
        self.stakes = QPlainTextEdit()
        self.question = QLineEdit()
        self.help_expected = QPlainTextEdit()
        self.question_error = QLabel()
        self.question_error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.question_error.setWordWrap(True)
        rows = [
            (self.tr("Title"), self.title, self.tr("A few words, for you and the facilitator.")),
            (self.tr("My name"), self.narrator, self.tr("As the facilitator knows you.")),
            (self.tr("Method"), self.method, self.tr("Sets the expected length of the exposé.")),
            (
                self.tr("The concrete situation"),
                self.situation,
                self.tr(
                    "The facts: what happened, when, who was there. Name no third party: "
                    "say “a user”, “my colleague”."
                ),
            ),
            (
                self.tr("What makes it difficult"),
                self.difficulty,
                self.tr("What stops you, what puzzles you."),
            ),
            (
                self.tr("What I already tried"),
                self.tried,
                self.tr("What you did, and what came of it."),
            ),
            (
                self.tr("What is at stake for me"),
                self.stakes,
                self.tr("Your values, your intentions, what matters to you here."),
            ),
            (
                self.tr("My question to the group"),
                self.question,
                self.tr("Required. One sentence, ending with “?” if you can."),
            ),
            (
                self.tr("The help I expect"),
                self.help_expected,
                self.tr("Ideas, an outside view, testimonies, a method…"),
            ),
        ]
        for row, (label, editor, guidance) in enumerate(rows):
            caption = QLabel(label)
            caption.setStyleSheet("font-weight: bold;")
            caption.setBuddy(editor)  # a screen reader names the field by its caption
            editor.setAccessibleName(label)
            editor.setAccessibleDescription(guidance)
            grid.addWidget(caption, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor, row * 2, 1)
            hint = QLabel(guidance)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #444;")
            grid.addWidget(hint, row * 2, 2, Qt.AlignmentFlag.AlignTop)
            if isinstance(editor, QPlainTextEdit):
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(80)
                editor.textChanged.connect(self.edited)
            elif isinstance(editor, QLineEdit):
                editor.textEdited.connect(self.edited)
        self.method.currentIndexChanged.connect(self.edited)
        grid.addWidget(self.question_error, 15, 1, 1, 2)
        self.setWidgetResizable(True)
        self.setWidget(form_widget)
        # It scrolls down, never sideways: the window gives it the form's width.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        width = (
            form.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())

    def read_into(self, prep: Prep) -> None:
        prep.title = self.title.text()[:200]
        prep.narrator = self.narrator.text()[:80]
        prep.protocol_id = self.method.currentData() or prep.protocol_id
        prep.situation = self.situation.toPlainText()[:MAX_FIELD]
        prep.difficulty = self.difficulty.toPlainText()[:MAX_FIELD]
        prep.tried = self.tried.toPlainText()[:MAX_FIELD]
        prep.stakes = self.stakes.toPlainText()[:MAX_FIELD]
        prep.question = self.question.text()[:MAX_FIELD]
        prep.help_expected = self.help_expected.toPlainText()[:MAX_FIELD]

    def show_prep(self, prep: Prep) -> None:
        self.title.setText(prep.title)
        self.narrator.setText(prep.narrator)
        self.method.setCurrentIndex(max(0, self.method.findData(prep.protocol_id)))
        for editor, text in (
            (self.situation, prep.situation),
            (self.difficulty, prep.difficulty),
            (self.tried, prep.tried),
            (self.stakes, prep.stakes),
            (self.help_expected, prep.help_expected),
        ):
            editor.setPlainText(text)
        self.question.setText(prep.question)

    def check_question(self, strict: bool) -> bool:
        """The question to the group is required; "?" at its end is advised."""
        question = self.question.text().strip()
        if not question:
            self.question_error.setText(
                self.tr("Your question to the group is required.") if strict else ""
            )
            return False
        if not question.endswith("?"):
            self.question_error.setText(self.tr("Tip: end your question with “?”."))
        else:
            self.question_error.setText("")
        return True
