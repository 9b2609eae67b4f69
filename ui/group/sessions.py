"""The sessions held: deleted one by one, the group handed over, or deleted whole."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from app.files import file_name
from app.group.ops import actions as ops
from app.group.view import GroupView
from app.handover.ops import export_group_file
from ui.wrap import wrapping_list

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow
from ui.group.panel import GroupPanel, chosen_id, list_item, session_label


class SessionsPanel(GroupPanel):
    """The group's sessions, each by its id: one may be deleted for good."""

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        self.session_list = wrapping_list()
        self.session_list.setAccessibleName(self.tr("The group's sessions"))
        layout.addWidget(self.session_list, 1)
        row = QHBoxLayout()
        self.delete_session_button = QPushButton(self.tr("Delete the chosen session…"))
        self.delete_session_button.clicked.connect(self.delete_session)
        row.addWidget(self.delete_session_button)
        self.hand_over_button = QPushButton(self.tr("Hand the group over (one file)…"))
        self.hand_over_button.clicked.connect(self.hand_over)
        row.addWidget(self.hand_over_button)
        self.delete_group_button = QPushButton(self.tr("Delete the whole group…"))
        self.delete_group_button.clicked.connect(self.delete_group)
        row.addWidget(self.delete_group_button)
        row.addStretch(1)
        layout.addLayout(row)

    def draw(self, view: GroupView) -> None:
        chosen = chosen_id(self.session_list)
        self.session_list.clear()
        for s in view.sessions:
            self.session_list.addItem(list_item(session_label(s, self.window_.lang), s.id))
            if s.id == chosen:
                self.session_list.setCurrentRow(self.session_list.count() - 1)
        self.delete_session_button.setEnabled(bool(view.sessions))

    def delete_session(self) -> None:
        chosen = chosen_id(self.session_list)
        if chosen is None:
            self.tell(self.tr("Choose a session in the list first."))
            return
        assert isinstance(chosen, int)  # every row carries its session's id
        session_id = chosen
        item = self.session_list.currentItem()
        what = item.text() if item is not None else ""
        text = self.tr(
            "“{what}” will be deleted for good: its notes, its turns and its timings. "
            "It cannot be brought back."
        ).format(what=what)
        if self.window_.confirm(self, text):
            self.run(lambda s: ops.delete_session(s, session_id=session_id))

    def hand_over(self) -> Path | None:
        """The whole group in one file encrypted with a passphrase, for another computer."""
        view = self.window_.view
        path = self.window_.ask_path(
            self,
            self.tr("Hand the group over"),
            f"{file_name(view.name, 'groupe')}.tdtgroup",
            "*.tdtgroup",
        )
        if not path:
            return None
        passphrase = self.window_.ask_new_passphrase(self)
        if passphrase is None:
            return None
        target, group_id = Path(path), view.group_id
        written = self.window_.operations.read(
            lambda s: export_group_file(s, group_id=group_id, passphrase=passphrase, path=target),
            failed=self.tell,
        )
        if written is not None:
            self.tell(
                self.tr("Written: {path}. Give the passphrase separately.").format(path=written)
            )
        return written

    def delete_group(self) -> None:
        view = self.window_.view
        text = self.tr(
            "The group “{group}” will be deleted for good: its {n} sessions with all their "
            "notes, its members, its cycles and calendar. It cannot be brought back."
        ).format(group=view.name, n=len(view.sessions))
        if not self.window_.confirm(self, text):
            return
        group_id = view.group_id
        if self.run(lambda s: ops.delete_groups(s, group_ids=[group_id])):
            self.window_.accept()
