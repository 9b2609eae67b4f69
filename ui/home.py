"""The home window: resume first, then a new session, then the past ones."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.store.repository import SessionSummary, Store
from ui.first_paint import after_first_paint

# The home window names no Qt enum: loading Qt's namespace costs a tenth of a
# start. User text (paths, names) is escaped instead of set as plain text.
PAGE = 50  # past sessions listed at a time: ten years of them must not slow the start


def plain(text: str) -> str:
    """User text for a QLabel, shown as typed: escaped, inside a tag that makes the
    label read it as rich text (so that "<b>" in a path stays "<b>")."""
    return "<span>" + html.escape(text).replace("\n", "<br>") + "</span>"


class HomeWindow(QWidget):
    open_session = Signal(int)  # resume or review a stored session
    new_session = Signal()
    prepare = Signal()
    first_painted = Signal()  # the facilitator sees it: time to load the rest

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Tour de table"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Tour de table"))
        font = QFont(title.font())
        font.setPointSize(24)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(self.tr("Co-development and peer-exchange sessions, timed and fair."))
        layout.addWidget(subtitle)

        self.resume_box = QGroupBox(self.tr("Resume an unfinished session"))
        self.resume_layout = QVBoxLayout(self.resume_box)
        layout.addWidget(self.resume_box)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Start a new session"))
        self.new_button.setMinimumHeight(56)
        self.new_button.clicked.connect(self.new_session)
        actions.addWidget(self.new_button)
        self.prep_button = QPushButton(self.tr("Prepare my exposé"))
        self.prep_button.setMinimumHeight(56)
        self.prep_button.clicked.connect(self.prepare)
        actions.addWidget(self.prep_button)
        layout.addLayout(actions)

        past_box = QGroupBox(self.tr("Past sessions"))
        past_layout = QVBoxLayout(past_box)
        self.past = QListWidget()
        self.past.itemActivated.connect(self._on_past_activated)
        past_layout.addWidget(self.past)
        past_buttons = QHBoxLayout()
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.show_more)
        past_buttons.addWidget(self.more_button)
        past_buttons.addStretch(1)
        self.open_past_button = QPushButton(self.tr("Open"))
        self.open_past_button.clicked.connect(self._on_open_past)
        past_buttons.addWidget(self.open_past_button)
        past_layout.addLayout(past_buttons)
        layout.addWidget(past_box, 1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.folder = QLabel(
            plain(
                self.tr("Sessions are kept on this computer only: {path}").format(
                    path=store.path.parent
                )
            )
        )
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        self.resume_buttons: list[QPushButton] = []
        after_first_paint(self, self.first_painted.emit)
        self.refresh()

    def tell(self, message: str) -> None:
        self.notice.setText(plain(message))
        self.notice.show()

    def describe(self, s: SessionSummary) -> str:
        date = datetime.fromtimestamp(s.created_wall).strftime("%d/%m/%Y")
        return self.tr("{group} — session {n} — {date} — {case} — step {step} of {steps}").format(
            group=s.group,
            n=s.number_in_cycle,
            date=date,
            case=s.case_title,
            step=s.step_index + 1,
            steps=s.step_count,
        )

    def refresh(self) -> None:
        for button in self.resume_buttons:
            self.resume_layout.removeWidget(button)
            button.deleteLater()
        self.resume_buttons = []
        unfinished = self.store.summaries(unfinished_only=True)
        for s in unfinished:
            button = QPushButton(self.tr("Resume: {what}").format(what=self.describe(s)))
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, sid=s.id: self.open_session.emit(sid))
            self.resume_layout.addWidget(button)
            self.resume_buttons.append(button)
        self.resume_box.setVisible(bool(unfinished))
        self.past.clear()
        self.past_ids: list[int] = []
        self._ended_total = self.store.count_ended()
        self.show_more()

    def show_more(self) -> None:
        """The next page of past sessions, newest first."""
        for s in self.store.ended_summaries(PAGE, offset=self.past.count()):
            self.past.addItem(QListWidgetItem(self.describe(s)))
            self.past_ids.append(s.id)
        left = self._ended_total - self.past.count()
        self.more_button.setText(self.tr("Show {n} more").format(n=min(PAGE, left)))
        self.more_button.setVisible(left > 0)
        self.open_past_button.setEnabled(self.past.count() > 0)

    def _on_past_activated(self, item: QListWidgetItem) -> None:
        self.open_session.emit(self.past_ids[self.past.row(item)])

    def _on_open_past(self) -> None:
        item = self.past.currentItem() or self.past.item(0)
        if item is not None:
            self._on_past_activated(item)
