"""Printing the synthesis sheet from the app.

The session's data is read on the GUI thread (a few milliseconds); the PDF is
built and written on a worker thread, so the console never freezes. A
progress indication appears only if that takes more than 300 ms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.sheet import synthesis_pdf
from app.export.tables import write_tables
from app.files import write_atomically
from app.report import SessionData, collect
from app.store.repository import Store
from ui import settings

PROGRESS_AFTER_MS = 300


class BackgroundJob(QObject):
    """Runs ``work`` (build and write a file) off the GUI thread; reports back on it.

    ``work`` gets only plain data its caller already read: no widget, no database.
    """

    finished = Signal(str)  # the path written
    failed = Signal(str)  # why, in the system's words

    def __init__(self, work: Callable[[], Path]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            path = self.work()
        except OSError as exc:
            self.failed.emit(exc.strerror or str(exc))
            return
        self.finished.emit(str(path))

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runner(self))


class _Runner(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def write_sheet(
    data: SessionData, target: Path, anonymize: bool, lang: str, with_csv: bool
) -> Path:
    write_atomically(synthesis_pdf(data, lang, anonymize), target)
    if with_csv:
        write_tables(data, target.parent, lang, anonymize)
    return target


def default_folder() -> Path:
    """Where the last sheet went, else the user's documents."""
    remembered = settings.export_folder()
    if remembered is not None:
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "seance"


class ExportDialog(QDialog):
    def __init__(
        self, store: Store, session_id: int, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.lang = lang
        self.job: BackgroundJob | None = None
        self._suggested = ""
        self.setWindowTitle(self.tr("Synthesis sheet"))
        self.setMinimumWidth(620)
        stored = store.load(session_id)
        self._group = stored.group
        self._date = datetime.fromtimestamp(stored.created_wall).strftime("%Y-%m-%d")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A one-page PDF to hand to the group, or to management.")))
        self.anonymize = QCheckBox(
            self.tr("Anonymised record for management: no names, no individual figures")
        )
        self.anonymize.toggled.connect(self._suggest_name)
        layout.addWidget(self.anonymize)
        self.with_csv = QCheckBox(self.tr("Also the turns and steps as CSV files, beside it"))
        layout.addWidget(self.with_csv)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File of the sheet"))
        row.addWidget(self.path, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Creating the PDF…"))
        self.progress.setRange(0, 0)  # busy: the time it takes is unknown
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Create the PDF"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_AFTER_MS)
        self._progress_timer.timeout.connect(self.progress.show)
        self._suggest_name()

    def _suggest_name(self) -> None:
        """Name the file after its kind, unless the user already typed their own."""
        if self.path.text() and self.path.text() != self._suggested:
            return
        kind = self.tr("record") if self.anonymize.isChecked() else self.tr("synthesis")
        name = f"{safe_file_name(kind)}-{safe_file_name(self._group)}-{self._date}.pdf"
        folder = Path(self.path.text()).parent if self.path.text() else default_folder()
        self._suggested = str(folder / name)
        self.path.setText(self._suggested)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the sheet as"), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def export(self) -> None:
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or target.is_dir():
            self._fail(self.tr("Give a file name for the PDF."))
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        data = collect(self.store, self.session_id)
        anonymize, with_csv, lang = self.anonymize.isChecked(), self.with_csv.isChecked(), self.lang
        self.job = BackgroundJob(lambda: write_sheet(data, target, anonymize, lang, with_csv))
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Creating the PDF…"))
        self._progress_timer.start()
        self.job.start()

    def _stop_progress(self) -> None:
        self._progress_timer.stop()
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.message.setText(text)

    def _on_failed(self, reason: str) -> None:
        self._stop_progress()
        self._fail(
            self.tr(
                "The PDF could not be written ({reason}). Choose another folder; "
                "the session itself is untouched."
            ).format(reason=reason)
        )

    def _on_finished(self, path: str) -> None:
        self._stop_progress()
        settings.set_text(settings.EXPORT_FOLDER, str(Path(path).parent))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved: {path}").format(path=path))
        ExportDialog.offer_to_open(self, Path(path))

    @staticmethod
    def offer_to_open(parent: QWidget, path: Path) -> None:
        """Open the file or its folder; replaced in tests."""
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Sheet ready"))
        box.setText(
            QCoreApplication.translate("ExportDialog", "The sheet is saved as {path}.").format(
                path=path
            )
        )
        open_file = box.addButton(
            QCoreApplication.translate("ExportDialog", "Open the file"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        open_folder = box.addButton(
            QCoreApplication.translate("ExportDialog", "Open the folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("ExportDialog", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
