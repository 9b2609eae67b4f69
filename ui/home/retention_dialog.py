"""How long the sessions are kept: a rule the facilitator sets (no session for so
many months), and the groups it finds, deleted for good once confirmed."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.dates import day
from app.group.ops.actions import delete_groups
from ui import settings
from ui.dialogs import ask_yes_no
from ui.operations import Operations

DEFAULT_MONTHS = 24


class RetentionDialog(QDialog):
    changed = Signal()  # groups were deleted

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        wall: Callable[[], float] = time.time,
        lang: str = "fr",
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.wall = wall
        self.lang = lang
        self.setWindowTitle(self.tr("How long sessions are kept"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Offer to delete the groups with no session for")))
        self.months = QSpinBox()
        self.months.setRange(0, 240)
        self.months.setSuffix(" " + self.tr("months"))
        self.months.setSpecialValueText(self.tr("never"))
        self.months.setAccessibleName(self.tr("Months without a session"))
        self.months.setValue(settings.number(settings.RETENTION_MONTHS))
        self.months.valueChanged.connect(self._on_months)
        row.addWidget(self.months)
        row.addStretch(1)
        layout.addLayout(row)
        self.found = QLabel()
        self.found.setWordWrap(True)
        layout.addWidget(self.found)
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups to delete"))
        layout.addWidget(self.groups, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete_button = QPushButton(self.tr("Delete the ticked groups…"))
        self.delete_button.clicked.connect(self.delete_ticked)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _on_months(self, months: int) -> None:
        settings.set_number(settings.RETENTION_MONTHS, months)
        self._fill()

    def _fill(self) -> None:
        self.groups.clear()
        months = self.months.value()
        now = self.wall()
        found = self.operations.read(
            lambda s: s.erasure.stale_groups(months, now), failed=self.error.setText
        )
        stale = (found or []) if months else []
        for group_id, name, last in stale:
            when = day(last, self.lang)
            item = QListWidgetItem(
                self.tr("{group} — last session {day}").format(group=name, day=when)
            )
            item.setData(Qt.ItemDataRole.UserRole, (group_id, name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # nothing deleted unless ticked
            self.groups.addItem(item)
        if not months:
            self.found.setText(self.tr("No rule: nothing is ever offered for deletion."))
        elif stale:
            self.found.setText(
                self.tr("{n} groups have had no session for {months} months or more:").format(
                    n=len(stale), months=months
                )
            )
        else:
            self.found.setText(self.tr("No group is that old."))
        self.groups.setVisible(bool(stale))
        self.delete_button.setEnabled(bool(stale))

    def ticked(self) -> list[tuple[int, str]]:
        """The ticked groups, (id, name): deleted by id, named by name."""
        items = [self.groups.item(i) for i in range(self.groups.count())]
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def confirm(parent: QWidget, groups: list[str]) -> bool:
        """Says what will be lost; the default is No. Replaced in tests."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("RetentionDialog", "Delete for good?"),
            QCoreApplication.translate(
                "RetentionDialog",
                "{groups}: every session, note, calendar and answer of these groups will be "
                "deleted from this computer, for good.",
            ).format(groups=", ".join(groups)),
        )

    def delete_ticked(self) -> None:
        ticked = self.ticked()
        if not ticked or not RetentionDialog.confirm(self, [name for _id, name in ticked]):
            return
        group_ids = [group_id for group_id, _name in ticked]
        self.operations.write(
            lambda s: delete_groups(s, group_ids=group_ids), origin=self, failed=self.error.setText
        )
        self.changed.emit()
        self._fill()
