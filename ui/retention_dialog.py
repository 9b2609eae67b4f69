"""How long the sessions are kept: a rule the facilitator sets (no session for so
many months), and the groups it finds, deleted for good once confirmed."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.cycle import Cycles
from app.store.database import StoreError
from app.store.repository import Store
from ui import settings
from ui.labels import store_error_text

DEFAULT_MONTHS = 24


class RetentionDialog(QDialog):
    changed = Signal()  # groups were deleted

    def __init__(
        self, store: Store, parent: QWidget | None = None, wall: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self.cycles = Cycles(store)
        self.wall = wall
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
        stale = self.cycles.stale_groups(months, self.wall()) if months else []
        for name, last in stale:
            day = datetime.fromtimestamp(last).strftime("%d/%m/%Y")
            item = QListWidgetItem(
                self.tr("{group} — last session {day}").format(group=name, day=day)
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
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

    def ticked(self) -> list[str]:
        return [
            self.groups.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def confirm(parent: QWidget, groups: list[str]) -> bool:
        """Says what will be lost; the default is No. Replaced in tests."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RetentionDialog", "Delete for good?"),
            QCoreApplication.translate(
                "RetentionDialog",
                "{groups}: every session, note, calendar and answer of these groups will be "
                "deleted from this computer, for good.",
            ).format(groups=", ".join(groups)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_ticked(self) -> None:
        groups = self.ticked()
        if not groups or not RetentionDialog.confirm(self, groups):
            return
        try:
            for group in groups:
                self.cycles.delete_group(group)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
        self.changed.emit()
        self._fill()
