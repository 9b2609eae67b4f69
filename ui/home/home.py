"""The home window: resume first, then a new session, then the past ones."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import day
from ui.first_paint import after_first_paint
from ui.home.groups_panel import GroupsPanel
from ui.placement import first_size
from ui.wrap import wrapping_list

if TYPE_CHECKING:
    from app.session.rules.records import SessionSummary
    from ui.operations import Operations

# The home window names no Qt enum: loading Qt's namespace costs a tenth of a
# start. User text (paths, names) is escaped instead of set as plain text.
PAGE = 50  # past sessions listed at a time: ten years of them must not slow the start


def plain(text: str) -> str:
    """User text for a QLabel, shown as typed: escaped, inside a tag that makes the
    label read it as rich text (so that "<b>" in a path stays "<b>")."""
    return "<span>" + html.escape(text).replace("\n", "<br>") + "</span>"


ROLE = 256  # Qt.ItemDataRole.UserRole, without loading Qt's namespace for it


class HomeWindow(QWidget):
    open_session = Signal(int)  # resume or review a stored session
    new_session = Signal()
    prepare = Signal()
    try_demo = Signal()  # a demo session, in a window and a folder of its own
    open_group = Signal(int)  # the group's id
    first_painted = Signal()  # the facilitator sees it: time to load the rest

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        wall: Callable[[], float] = time.time,
        lang: str = "fr",
        *,
        try_server: Callable[..., None],
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.try_server = try_server  # a server's address tried (app/server/ops/trial.py)
        self.lang = lang  # how dates are written
        self.wall = wall  # the time of day: the fake clock's in tests
        self.setWindowTitle(self.tr("Tour de table"))
        # No fixed minimum: the layout's own (a fixed one let the window be smaller
        # than its contents, and squeezed "Open the group…" under the list).
        layout = QVBoxLayout(self)
        self._heading(layout)
        self._welcome(layout)

        self.resume_box = QGroupBox(self.tr("Resume an unfinished session"))
        self.resume_layout = QVBoxLayout(self.resume_box)
        layout.addWidget(self.resume_box)

        layout.addLayout(self._actions())

        self.groups_panel = GroupsPanel(self.operations, self.lang)
        self.groups_panel.failed.connect(self.tell)
        self.groups_panel.open_session.connect(self.open_session)
        self.groups_panel.open_group.connect(self.open_group)
        self.groups = self.groups_panel.groups  # the tree itself, as before
        layout.addWidget(self.groups_panel, 1)

        self._search(layout)

        layout.addWidget(self._past_box(), 1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(self._bottom(operations.folder))
        self.resume_buttons: list[QPushButton] = []
        self.past_ids: list[int] = []
        self._ended_total = 0
        self._painted = False
        after_first_paint(self, self._on_first_paint)
        self.refresh()
        # Roomy on a laptop (Qt's own first size is the layout's bare minimum).
        self.resize(first_size(self, QSize(960, 700)))

    # -- building, in reading order ---------------------------------------------

    def _heading(self, layout: QVBoxLayout) -> None:
        title = QLabel(self.tr("Tour de table"))
        font = QFont(title.font())
        font.setPointSize(24)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(self.tr("Co-development and peer-exchange sessions, timed and fair."))
        layout.addWidget(subtitle)

    def _welcome(self, layout: QVBoxLayout) -> None:
        """For a first start (no group yet): how to begin, in one line, and a demo
        session to try the method before a real group is set up."""
        self.welcome = QGroupBox(self.tr("First time here?"))
        row = QHBoxLayout(self.welcome)
        self.welcome_text = QLabel(
            self.tr(
                "To begin, “Start a new session” sets up the group, its participants and "
                "the situation. To see first how a session runs, try the demo: nothing "
                "done in it is kept."
            )
        )
        self.welcome_text.setWordWrap(True)
        row.addWidget(self.welcome_text, 1)
        self.demo_button = QPushButton(self.tr("Try a demo session"))
        self.demo_button.setMinimumHeight(48)
        self.demo_button.clicked.connect(self.try_demo)
        row.addWidget(self.demo_button)
        self.welcome.hide()
        layout.addWidget(self.welcome)

    def _actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Start a new session"))
        self.new_button.setMinimumHeight(56)
        self.new_button.clicked.connect(self.new_session)
        actions.addWidget(self.new_button)
        self.prep_button = QPushButton(self.tr("Prepare my exposé"))
        self.prep_button.setMinimumHeight(56)
        self.prep_button.clicked.connect(self.prepare)
        actions.addWidget(self.prep_button)
        return actions

    def _search(self, layout: QVBoxLayout) -> None:
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search past sessions (notes, case titles)"))
        self.search.setAccessibleName(self.tr("Search past sessions"))
        self.search.returnPressed.connect(self.run_search)
        search_row.addWidget(self.search, 1)
        layout.addLayout(search_row)
        self.found = wrapping_list()
        self.found.setAccessibleName(self.tr("Sessions found"))
        self.found.setMaximumHeight(110)
        self.found.itemActivated.connect(self._on_found_activated)
        self.found.hide()
        layout.addWidget(self.found)

    def _past_box(self) -> QGroupBox:
        past_box = QGroupBox(self.tr("Past sessions"))
        past_layout = QVBoxLayout(past_box)
        self.past = wrapping_list()
        self.past.setAccessibleName(self.tr("Past sessions"))
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
        return past_box

    def _bottom(self, folder: Path) -> QVBoxLayout:
        """Where the sessions are, on a line of its own (a folder's path is long),
        then what can be done about it."""
        server = self.operations.server
        where = (
            self.tr("Sessions are kept on the service's server: {server}").format(server=server)
            if server is not None
            else self.tr("Sessions are kept on this computer only: {path}").format(path=folder)
        )
        self.folder = QLabel(plain(where))
        self.folder.setWordWrap(True)
        rows = QVBoxLayout()
        rows.addWidget(self.folder)
        bottom = QHBoxLayout()
        rows.addLayout(bottom)
        bottom.addStretch(1)
        self.retention_button = QPushButton(self.tr("How long they are kept…"))
        self.retention_button.clicked.connect(self.open_retention)
        bottom.addWidget(self.retention_button)
        self.import_button = QPushButton(self.tr("Import a group…"))
        self.import_button.clicked.connect(lambda: self.import_group())  # not `checked`
        bottom.addWidget(self.import_button)
        self.passphrase_button = QPushButton(self.tr("Passphrase…"))
        self.passphrase_button.clicked.connect(self.open_passphrase)
        bottom.addWidget(self.passphrase_button)
        # A passphrase encrypts this computer's file: nothing to do with a server.
        self.passphrase_button.setVisible(server is None)
        self.server_button = QPushButton(self.tr("Where they are kept…"))
        self.server_button.clicked.connect(self.choose_server)
        bottom.addWidget(self.server_button)
        return rows

    def choose_server(self) -> QDialog:
        """Here or on the service's server: for the next start."""
        from ui.home.server_dialog import ServerDialog

        dialog = ServerDialog(self.try_server, self)
        dialog.accepted.connect(
            lambda: self.tell(
                self.tr("Saved: the app keeps its sessions there from its next start.")
            )
        )
        dialog.open()
        return dialog

    def tell(self, message: str) -> None:
        self.notice.setText(plain(message))
        self.notice.show()

    def describe(self, s: SessionSummary) -> str:
        date = day(s.created_wall, self.lang)
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
        unfinished = (
            self.operations.read(lambda s: s.summaries(unfinished_only=True), failed=self.tell)
            or []
        )
        for s in unfinished:
            button = QPushButton(self.tr("Resume: {what}").format(what=self.describe(s)))
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, sid=s.id: self.open_session.emit(sid))
            self.resume_layout.addWidget(button)
            self.resume_buttons.append(button)
        self.resume_box.setVisible(bool(unfinished))
        groups = self.operations.read(lambda s: s.groups(), failed=self.tell)
        self.welcome.setVisible(groups == [] and not unfinished)
        if self._painted:  # the groups and the past come just after the first paint
            self.groups_panel.fill()
            self._fill_past()

    def _fill_past(self) -> None:
        self.past.clear()
        self.past_ids = []
        self._ended_total = self.operations.read(lambda s: s.count_ended()) or 0
        self.show_more()

    def _on_first_paint(self) -> None:
        self._painted = True
        self.groups_panel.fill()
        self._fill_past()
        self._offer_purge()
        self._remind_answers()
        self.first_painted.emit()

    def _remind_answers(self) -> None:
        """The relevés management has not answered within the delay the facilitator set."""
        from app.group.rules import ANSWER_AWAITED_DAYS
        from app.home.ops import late_answers
        from ui import settings

        days = settings.number(settings.ANSWER_AWAITED_DAYS) or ANSWER_AWAITED_DAYS
        today = datetime.now().date()
        late = self.operations.read(lambda s: late_answers(s, today=today, days=days)) or []
        if late:
            which = "; ".join(
                self.tr("{group}, session {n}, sent {day}").format(
                    group=w.group, n=w.number, day=day(w.sent_day, self.lang)
                )
                for w in late[:3]
            )
            self.tell(
                self.tr(
                    "{n} relevé(s) have waited more than {days} days for management's answer: "
                    "{which}"
                ).format(n=len(late), days=days, which=which)
            )

    def _offer_purge(self) -> None:
        """The retention rule, if one is set, says which groups are due for deletion."""
        from ui import settings

        months = settings.number(settings.RETENTION_MONTHS)
        if not months:
            return
        now = self.wall()
        stale = self.operations.read(lambda s: s.erasure.stale_groups(months, now))
        if stale:
            self.tell(
                self.tr(
                    "{n} groups have had no session for {months} months: "
                    "“How long they are kept…” lets you review and delete them."
                ).format(n=len(stale), months=months)
            )

    def import_group(self, opened: Path | None = None) -> int | None:
        """A group handed over by another facilitator: its file (asked, or the one
        double-clicked) and its passphrase. A group of that name already here is
        never merged: another name is asked."""
        from app.handover.ops import group_in_file, import_group_file
        from app.session.ops.actions import CREATED

        path = str(opened) if opened is not None else HomeWindow.ask_group_file(self)
        if not path:
            return None
        passphrase = HomeWindow.ask_text(self, self.tr("The file's passphrase:"), secret=True)
        if not passphrase:
            return None
        target = Path(path)
        found = self.operations.read(
            lambda _s: group_in_file(path=target, passphrase=passphrase), failed=self.tell
        )
        if found is None:
            return None
        name: str | None = None
        known = self.operations.read(lambda s: s.groups()) or []
        if found in known:  # never merged: under another name, or not at all
            name = HomeWindow.ask_text(
                self,
                self.tr("“{name}” is already on this computer. Import it under the name:").format(
                    name=found
                ),
            )
            if not name:
                return None
        group_id = self.operations.create(
            lambda s: import_group_file(s, path=target, passphrase=passphrase, name=name),
            changes=CREATED,
            origin=self,
            failed=self.tell,
        )
        if group_id is not None:
            self.tell(self.tr("The group was imported."))
            self.refresh()
        return group_id

    @staticmethod
    def ask_group_file(parent: QWidget) -> str:
        """The group file to import; replaced in tests."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Import a group"), "", "Tour de table (*.tdtgroup)"
        )
        return path

    @staticmethod
    def ask_text(parent: QWidget, label: str, *, secret: bool = False) -> str:
        """One line typed (hidden for a passphrase); replaced in tests."""
        from PySide6.QtWidgets import QInputDialog

        echo = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        text, ok = QInputDialog.getText(parent, parent.tr("Import a group"), label, echo)
        return text if ok else ""

    def open_passphrase(self) -> QWidget:
        from ui.home.passphrase_dialog import PassphraseDialog

        self.passphrase = PassphraseDialog(self.operations, self)
        self.passphrase.open()
        return self.passphrase

    def open_retention(self) -> QWidget:
        from ui.home.retention_dialog import RetentionDialog

        self.retention = RetentionDialog(self.operations, self, self.wall, self.lang)
        self.retention.changed.connect(self.refresh)
        self.retention.open()
        return self.retention

    def run_search(self) -> None:
        from app.home.ops import find

        words = self.search.text()
        self.found.clear()
        self.found_ids: list[int] = []
        for hit in self.operations.read(lambda s: find(s, words=words), failed=self.tell) or []:
            when = day(hit.created_wall, self.lang)
            text = hit.text if len(hit.text) <= 90 else hit.text[:89] + "…"
            self.found.addItem(f"{hit.group} — {when} — {text}")
            self.found_ids.append(hit.session_id)
        if not self.found_ids:
            self.found.addItem(self.tr("Nothing found."))
        self.found.show()

    def _on_found_activated(self, item: QListWidgetItem) -> None:
        row = self.found.row(item)
        if 0 <= row < len(getattr(self, "found_ids", [])):
            self.open_session.emit(self.found_ids[row])

    def show_more(self) -> None:
        """The next page of past sessions, newest first."""
        offset = self.past.count()
        page = self.operations.read(lambda s: s.ended_summaries(PAGE, offset=offset)) or []
        for s in page:
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
