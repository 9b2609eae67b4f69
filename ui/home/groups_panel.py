"""Home's tree of the groups: each group with its cycles, each cycle with its
sessions held and planned (read when it opens), the late ones flagged."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from app.dates import day

if TYPE_CHECKING:
    from app.home.view import GroupBranch
    from ui.operations import Operations

ROLE = 256  # Qt.ItemDataRole.UserRole, without loading Qt's namespace for it


class GroupsPanel(QGroupBox):
    """Opens a session held, or a group's window for anything else in it."""

    open_session = Signal(int)
    open_group = Signal(int)
    failed = Signal(str)  # a read that failed, said by home

    def __init__(self, operations: Operations, lang: str) -> None:
        super().__init__(
            QCoreApplication.translate("HomeWindow", "Groups, their cycles and sessions")
        )
        self.operations, self.lang = operations, lang
        self.group_ids: list[int] = []
        groups_layout = QVBoxLayout(self)
        # Groups → cycles → sessions held and planned; filled after the first paint,
        # each cycle's sessions when it is opened.
        self.groups = QTreeWidget()
        self.groups.setHeaderHidden(True)
        self.groups.setMinimumHeight(150)
        self.groups.setAccessibleName(
            QCoreApplication.translate("HomeWindow", "Groups, their cycles and sessions")
        )
        self.groups.itemActivated.connect(self._on_tree_activated)
        self.groups.itemExpanded.connect(self._fill_sessions)
        groups_layout.addWidget(self.groups)
        self.open_group_button = QPushButton(
            QCoreApplication.translate("HomeWindow", "Open the group…")
        )
        self.open_group_button.clicked.connect(self._on_open_group)
        groups_layout.addWidget(self.open_group_button)

    def fill(self) -> None:
        from app.home.ops import group_tree

        today = datetime.now().date()
        tree = self.operations.read(lambda s: group_tree(s, today=today), failed=self.failed.emit)
        self.groups.clear()
        self.group_ids = [branch.group_id for branch in tree or []]
        for branch in tree or []:
            group_item = QTreeWidgetItem([branch.name])
            self.groups.addTopLevelItem(group_item)  # in the tree first: it can then open
            self._fill_group(group_item, branch)
        self.open_group_button.setEnabled(bool(self.group_ids))

    def _fill_group(self, group_item: QTreeWidgetItem, branch: GroupBranch) -> None:
        group_item.setData(0, ROLE, ("group", branch.group_id, None))
        for cycle in branch.cycles:
            line = QCoreApplication.translate(
                "HomeWindow", "{title}: {held}/{planned} sessions"
            ).format(title=cycle.title, held=cycle.held, planned=cycle.planned)
            if cycle.next_day is not None:
                line += " · " + QCoreApplication.translate("HomeWindow", "next: {day}").format(
                    day=day(cycle.next_day, self.lang)
                )
            if cycle.overdue:
                line += " · " + QCoreApplication.translate("HomeWindow", "{n} overdue").format(
                    n=cycle.overdue
                )
            group_item.addChild(self._folder(line, branch.group_id, cycle.cycle_id))
        if not branch.cycles:
            group_item.addChild(
                self._folder(
                    QCoreApplication.translate("HomeWindow", "Sessions"), branch.group_id, None
                )
            )
        elif branch.sessions_outside:
            outside = QCoreApplication.translate("HomeWindow", "Sessions outside a cycle")
            group_item.addChild(self._folder(outside, branch.group_id, None))
        if branch.overdue:
            group_item.setText(
                0,
                branch.name
                + " — "
                + QCoreApplication.translate("HomeWindow", "{n} overdue").format(n=branch.overdue),
            )
        group_item.setExpanded(True)
        # The latest cycle open, so that what is next (or late) shows at once.
        latest = group_item.child(max(0, len(branch.cycles) - 1))
        if latest is not None:
            latest.setExpanded(True)

    def _folder(self, text: str, group_id: int, cycle_id: int | None) -> QTreeWidgetItem:
        """A cycle (or the sessions outside any): its sessions are read when opened."""
        item = QTreeWidgetItem([text])
        item.setData(0, ROLE, ("cycle", group_id, cycle_id))
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return item

    def _fill_sessions(self, item: QTreeWidgetItem) -> None:
        from app.home.ops import cycle_rows

        kind, group_id, cycle_id = item.data(0, ROLE)
        if kind != "cycle" or item.childCount():
            return
        today = datetime.now().date()
        rows = self.operations.read(
            lambda s: cycle_rows(s, group_id=group_id, cycle_id=cycle_id, today=today),
            failed=self.failed.emit,
        )
        for leaf in rows or []:
            if leaf.session_id is not None:
                text = QCoreApplication.translate(
                    "HomeWindow", "Session {n} — {date} — {case}"
                ).format(n=leaf.number, date=day(leaf.day, self.lang), case=leaf.case_title)
                if leaf.unfinished:
                    text += " — " + QCoreApplication.translate("HomeWindow", "unfinished")
                data = ("session", group_id, leaf.session_id)
            else:
                text = QCoreApplication.translate(
                    "HomeWindow", "Session {n} — planned {date} at {time}"
                ).format(n=leaf.number, date=day(leaf.day, self.lang), time=leaf.start)
                if leaf.place:
                    text += f", {leaf.place}"
                if leaf.narrator:
                    text += " — " + QCoreApplication.translate(
                        "HomeWindow", "narrator: {name}"
                    ).format(name=leaf.narrator)
                if leaf.overdue:
                    text = "⚠ " + text + " — " + QCoreApplication.translate("HomeWindow", "overdue")
                data = ("planned", group_id, cycle_id)
            child = QTreeWidgetItem([text])
            child.setData(0, ROLE, data)
            item.addChild(child)
        item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
        )

    def _on_tree_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind, group, ident = item.data(0, ROLE)
        if kind == "session":
            self.open_session.emit(ident)
        else:  # a group, a cycle, a planned session: the group's window plans them
            self.open_group.emit(group)

    def _on_open_group(self, *_args: object) -> None:
        if not self.group_ids:
            return
        item = self.groups.currentItem()
        group_id = item.data(0, ROLE)[1] if item is not None else self.group_ids[0]
        self.open_group.emit(group_id)
