"""The coordinator's window: every group's year as the server lets a coordinator
see it (no name, no note, no turn), and the service's bilan built from them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import part
from app.export.service_bilan import group_cells
from app.export.sheet import third_party_label
from app.server.ops.coordination import (
    export_service_bilan,
    service_bilan_suspects,
    service_year,
    service_years,
)
from app.server.rules import GroupYear

if TYPE_CHECKING:
    from app.server.store import CoordinationReader
from ui.dialogs import confirm_third_parties
from ui.operations import failure_text

COLUMNS = ["group", "cycles", "held", "hours", "seats", "attendance", "releves", "delay",
           "actions", "evaluation"]  # fmt: skip


class CoordinatorWindow(QMainWindow):
    def __init__(self, reader: CoordinationReader, lang: str) -> None:
        super().__init__()
        self.reader = reader
        self.lang = lang
        self.labels = part("service")[lang if lang in ("fr", "en") else "fr"]
        self.setWindowTitle(self.tr("Tour de table — the service's groups"))
        root = QWidget()
        layout = QVBoxLayout(root)
        intro = QLabel(self.labels["intro"])
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        row.addWidget(self.year)
        row.addStretch(1)
        self.bilan_button = QPushButton(self.tr("The service's bilan (PDF)…"))
        self.bilan_button.clicked.connect(self.export_bilan)
        row.addWidget(self.bilan_button)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.labels[k] for k in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setCentralWidget(root)
        self.groups: list[GroupYear] = []
        try:
            years = service_years(reader)
        except Exception as exc:
            years = []
            self.status.setText(self._said(exc))
        for year in years:
            self.year.addItem(str(year), year)  # chosen by its value, not its text
        self.year.currentIndexChanged.connect(lambda _i: self.show_year())
        self.show_year()

    @staticmethod
    def _said(exc: Exception) -> str:
        """The sentence for a refusal (the server, the disk); a bug is not hidden."""
        text = failure_text(exc)
        if text is None:
            raise exc
        return text

    def chosen_year(self) -> int | None:
        value = self.year.currentData()
        return int(value) if value is not None else None

    def show_year(self) -> None:
        year = self.chosen_year()
        self.bilan_button.setEnabled(year is not None)
        if year is None:
            self.table.setRowCount(0)
            self.status.setText(self.status.text() or self.labels["none"])
            return
        try:
            self.groups = service_year(self.reader, year=year)
        except Exception as exc:
            self.status.setText(self._said(exc))
            return
        self.table.setRowCount(len(self.groups))
        for r, group in enumerate(self.groups):
            for c, cell in enumerate(group_cells(group, self.labels, self.lang)):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self.table.resizeColumnsToContents()
        self.status.setText(
            self.tr("{n} groups, {held} sessions held").format(
                n=len(self.groups), held=sum(g.sessions_held for g in self.groups)
            )
        )

    @staticmethod
    def ask_path(parent: QWidget, suggested: str) -> Path | None:
        """Where to save the PDF; replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(parent, "", suggested, "PDF (*.pdf)")
        return Path(path) if path else None

    @staticmethod
    def confirm_third_parties(
        parent: QWidget, names: list[str], lang: str
    ) -> dict[str, str] | None:
        """The names in the cycles' titles to replace, ticked by the coordinator;
        None: cancelled. Replaced in tests."""
        return confirm_third_parties(parent, names, third_party_label(lang), members_known=False)

    def export_bilan(self) -> Path | None:
        year = self.chosen_year()
        if year is None:
            return None
        path = CoordinatorWindow.ask_path(self, f"bilan-service-{year}.pdf")
        if path is None:
            return None
        try:
            # Read once: the titles decided on are the titles written.
            groups = service_year(self.reader, year=year)
            suspects = service_bilan_suspects(groups)
            decided = (
                CoordinatorWindow.confirm_third_parties(self, suspects, self.lang)
                if suspects
                else {}
            )
            if decided is None:
                self.status.setText(self.tr("The service's bilan was not written."))
                return None
            export_service_bilan(
                groups, year=year, path=path, lang=self.lang, third_parties=decided
            )
        except Exception as exc:
            self.status.setText(self._said(exc))
            return None
        self.status.setText(self.tr("The service's bilan is saved: {path}").format(path=path))
        return path
