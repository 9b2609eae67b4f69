"""Management's answers to the relevés: when each was sent, and what came back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.dates import day
from app.group.ops import actions as ops
from app.group.rules import ANSWER_AWAITED_DAYS
from app.group.view import GroupView
from app.session.ops.actions import mark_releve_sent
from ui import settings
from ui.wrap import wrapping_list

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow
from ui.group.panel import GroupPanel, date_edit, session_label


class AnswersPanel(GroupPanel):
    redraw_on = frozenset({"answers", "sessions"})

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.answer_session = QComboBox()
        self.answer_session.currentIndexChanged.connect(lambda _i: self._fill_about())
        form.addRow(self.tr("Relevé of the session"), self.answer_session)
        self.answer_about = QComboBox()
        form.addRow(self.tr("Answer about"), self.answer_about)
        self.answer_sent = date_edit(window.lang)
        form.addRow(self.tr("Sent on"), self.answer_sent)
        self.answer_day = date_edit(window.lang)
        form.addRow(self.tr("Answered on"), self.answer_day)
        self.answer_analysis = QPlainTextEdit()
        self.answer_analysis.setMaximumHeight(80)
        form.addRow(self.tr("Management's analysis"), self.answer_analysis)
        self.answer_decisions = QPlainTextEdit()
        self.answer_decisions.setMaximumHeight(80)
        form.addRow(self.tr("Decisions"), self.answer_decisions)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("Record that this relevé was sent"))
        self.sent_button.clicked.connect(self.record_sent)
        buttons.addWidget(self.sent_button)
        save = QPushButton(self.tr("Record the answer"))
        save.clicked.connect(self.record_answer)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        delay = QHBoxLayout()
        delay.addWidget(QLabel(self.tr("Home reminds me of an answer not received after")))
        self.awaited_days = QSpinBox()
        self.awaited_days.setRange(1, 365)
        self.awaited_days.setSuffix(" " + self.tr("days"))
        self.awaited_days.setAccessibleName(self.tr("Days to wait for management's answer"))
        self.awaited_days.setValue(
            settings.number(settings.ANSWER_AWAITED_DAYS) or ANSWER_AWAITED_DAYS
        )
        self.awaited_days.valueChanged.connect(
            lambda days: settings.set_number(settings.ANSWER_AWAITED_DAYS, days)
        )
        delay.addWidget(self.awaited_days)
        delay.addStretch(1)
        layout.addLayout(delay)
        self.answer_list = wrapping_list()
        self.answer_list.setAccessibleName(self.tr("Management's answers"))
        layout.addWidget(self.answer_list, 1)
        layout.addWidget(
            QLabel(self.tr("The group hears the answer at the opening of its next session."))
        )

    def draw(self, view: GroupView) -> None:
        chosen = self.answer_session.currentData()
        self.answer_session.blockSignals(True)
        self.answer_session.clear()
        for s in view.ended_sessions:
            self.answer_session.addItem(session_label(s, self.window_.lang), s.id)
        found = self.answer_session.findData(chosen) if chosen is not None else -1
        self.answer_session.setCurrentIndex(max(found, 0))
        self.answer_session.blockSignals(False)
        self._fill_about()
        self.answer_list.clear()
        for row in view.answers:
            answer = row.answer
            self.answer_list.addItem(
                self.tr("Session {n}: answered {days} days after the relevé — {text}").format(
                    n=row.number,
                    days=answer.delay_days,
                    text=(f"« {answer.about} » — " if answer.about else "")
                    + (answer.decisions or answer.analysis),
                )
            )
        for waiting in view.awaited:
            self.answer_list.addItem(
                self.tr("Session {n}: relevé sent {day}, no answer yet ({days} days)").format(
                    n=waiting.number,
                    day=day(waiting.sent_day, self.window_.lang),
                    days=waiting.days,
                )
            )

    def _fill_about(self) -> None:
        self.answer_about.clear()
        self.answer_about.addItem(self.tr("The relevé as a whole"), "")
        session = self.answer_session.currentData()
        if session is None:
            return
        sent = self.window_.operations.read(
            lambda s: ops.sent_day_of(s, session_id=int(session)), failed=self.tell
        )
        if sent:  # recorded when it went out: the answer's delay counts from that day
            self.answer_sent.setDate(QDate.fromString(sent, "yyyy-MM-dd"))
        answerable = self.window_.operations.read(
            lambda s: s.answers.answerable(int(session)), failed=self.tell
        )
        for text in answerable or []:
            short = text if len(text) <= 80 else text[:79] + "…"
            self.answer_about.addItem(short, text)

    def record_sent(self) -> None:
        """The relevé went to management on the "Sent on" day."""
        session = self.answer_session.currentData()
        if session is None:
            self.tell(self.tr("No ended session yet: a relevé comes after a session."))
            return
        day, wall = self.answer_sent.date().toString("yyyy-MM-dd"), self.window_.wall
        self.run(lambda s: mark_releve_sent(s, session_id=int(session), day=day, wall=wall))

    def record_answer(self) -> None:
        session = self.answer_session.currentData()
        if session is None:
            self.tell(self.tr("No ended session yet: a relevé comes after a session."))
            return
        sent = self.answer_sent.date().toString("yyyy-MM-dd")
        answered = self.answer_day.date().toString("yyyy-MM-dd")
        analysis = self.answer_analysis.toPlainText()
        decisions = self.answer_decisions.toPlainText()
        about, wall = str(self.answer_about.currentData() or ""), self.window_.wall
        self.run(
            lambda s: ops.record_answer(
                s,
                session_id=int(session),
                sent_day=sent,
                answered_day=answered,
                analysis=analysis,
                decisions=decisions,
                about=about,
                wall=wall,
            )
        )
