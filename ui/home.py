"""The home window: resume first, then a new session, then the past ones."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
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

from app.store.repository import SessionState, SessionSummary, Store


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
        self.open_past_button = QPushButton(self.tr("Open"))
        self.open_past_button.clicked.connect(self._on_open_past)
        past_layout.addWidget(self.open_past_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(past_box, 1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.folder = QLabel(
            self.tr("Sessions are kept on this computer only: {path}").format(
                path=store.path.parent
            )
        )
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        self.resume_buttons: list[QPushButton] = []
        self._painted = False
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint is on screen

    def tell(self, message: str) -> None:
        self.notice.setText(message)
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
        summaries = self.store.summaries()
        unfinished = [s for s in summaries if s.state != SessionState.ENDED]
        for s in unfinished:
            button = QPushButton(self.tr("Resume: {what}").format(what=self.describe(s)))
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, sid=s.id: self.open_session.emit(sid))
            self.resume_layout.addWidget(button)
            self.resume_buttons.append(button)
        self.resume_box.setVisible(bool(unfinished))
        self.past.clear()
        for s in summaries:
            if s.state == SessionState.ENDED:
                row = QListWidgetItem(self.describe(s))
                row.setData(Qt.ItemDataRole.UserRole, s.id)
                self.past.addItem(row)
        self.open_past_button.setEnabled(self.past.count() > 0)

    def _on_past_activated(self, item: QListWidgetItem) -> None:
        self.open_session.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_open_past(self) -> None:
        item = self.past.currentItem() or self.past.item(0)
        if item is not None:
            self._on_past_activated(item)
