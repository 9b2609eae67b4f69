"""Printing the synthesis sheet from the app.

The session's data is read on the GUI thread (a few milliseconds); the PDF is
built and written on a worker thread, so the console never freezes. A
progress indication appears only if that takes more than 300 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.editable import content_docx, content_text
from app.export.onepage import render
from app.export.sheet import (
    RELEVE_SECTIONS,
    Releve,
    build_content,
    releve_third_parties,
    third_party_label,
)
from app.export.tables import write_tables
from app.files import InsideDataFolder, check_outside, file_name, write_atomically
from app.session.ops.actions import record_review
from app.session.ops.report import SessionData, collect
from ui import settings
from ui.operations import BackgroundJob, Operations, failure_text

if TYPE_CHECKING:
    from app.export.attendance import AttendanceSheet
    from app.export.notice import NoticeFacts
    from app.session.store import Store
    from ui.session.controller import SessionController

PROGRESS_AFTER_MS = 300


def write_sheet(
    data: SessionData,
    target: Path,
    anonymize: bool,
    lang: str,
    with_csv: bool,
    releve: Releve | None = None,
    with_docx: bool = False,
    papers: tuple[AttendanceSheet, NoticeFacts] | None = None,
    data_folder: Path | None = None,
) -> Path:
    """The sheet, and beside it what was asked for: the .docx, the CSV tables, the
    attendance sheet and the participants' notice; never in the app's data folder.
    Plain data: runs off the GUI thread."""
    check_outside(target, data_folder)
    content = build_content(data, lang, (releve or Releve()) if anonymize else None)
    write_atomically(render(content), target)
    if with_docx:
        write_atomically(content_docx(content), target.with_suffix(".docx"))
    if with_csv:
        write_tables(data, target.parent, lang, anonymize)
    if papers is not None:
        from app.export.attendance import attendance_pdf
        from app.export.notice import notice_pdf

        sheet, facts = papers
        stem = target.with_suffix("").name
        write_atomically(attendance_pdf(sheet, lang), target.with_name(f"{stem}-emargement.pdf"))
        write_atomically(notice_pdf(facts, lang), target.with_name(f"{stem}-notice.pdf"))
    return target


def default_folder() -> Path:
    """Where the last sheet went, else the user's documents."""
    remembered = settings.export_folder()
    if remembered is not None:
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class ExportDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        session_id: int,
        lang: str,
        parent: QWidget | None = None,
        room: SessionController | None = None,
        wall: Callable[[], float] = time.time,
        data: SessionData | None = None,
    ) -> None:
        """``data``: the session as already read (on a server, by a worker);
        else read here."""
        super().__init__(parent)
        self.room = room  # the session's projection, to read the relevé with the group
        self.wall = wall
        self.operations = operations
        self.session_id = session_id
        self.lang = lang
        self.job: BackgroundJob[Path] | None = None
        self.scanning = False  # the relevé is being read for third parties
        self._export_when_read = False  # export was asked for while it was
        self._suggested = ""
        self.setWindowTitle(self.tr("Synthesis sheet"))
        # No fixed minimum: its layout's keeps every choice's words whole.
        data = data or operations.read(lambda s: collect(s, session_id))
        if data is None:
            raise KeyError(session_id)  # opened from a session that is there
        self.data = data
        stored = data.stored
        self._group = stored.group
        self._date = datetime.fromtimestamp(stored.created_wall).strftime("%Y-%m-%d")

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A one-page PDF to hand to the group, or to management.")))
        self.anonymize = QCheckBox(
            self.tr("Anonymised record for management: no names, no individual figures")
        )
        self.anonymize.toggled.connect(self._suggest_name)
        self.anonymize.toggled.connect(self._show_releve_choices)
        layout.addWidget(self.anonymize)
        self.releve_box = self._releve_box()
        layout.addWidget(self.releve_box)
        self.with_csv = QCheckBox(self.tr("Also the turns and steps as CSV files, beside it"))
        layout.addWidget(self.with_csv)
        self.with_docx = QCheckBox(
            self.tr("Also an editable copy (.docx), for a compte rendu in your own template")
        )
        layout.addWidget(self.with_docx)
        self.with_papers = QCheckBox(
            self.tr("Also the attendance sheet and the participants' notice (PDF), beside it")
        )
        layout.addWidget(self.with_papers)
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
        self._show_releve_choices(False)
        self.finished.connect(lambda _result: self._take_down())

    # -- the relevé: its sections, the third parties, the reading with the group --------

    def _releve_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The relevé"))
        layout = QVBoxLayout(box)
        labels = {
            "proposals": self.tr("Proposals and their arbitration"),
            "actions": self.tr("The action plan (no names)"),
            "training": self.tr("Training needs"),
            "carried": self.tr("What became of the previous actions"),
            "follow_up": self.tr("The follow-up date"),
        }
        self.section_checks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, key in enumerate(RELEVE_SECTIONS):
            check = QCheckBox(labels[key])
            check.setChecked(True)
            check.toggled.connect(self._releve_changed)
            self.section_checks[key] = check
            grid.addWidget(check, i // 2, i % 2)
        layout.addLayout(grid)
        self._third_label_text = self.tr(
            "Names that are no participant's (a user, a colleague…): each one ticked "
            "is replaced by “{label}”."
        ).format(label=third_party_label(self.lang))
        self.third_label = QLabel(self._third_label_text)
        self.third_label.setWordWrap(True)
        layout.addWidget(self.third_label)
        self.third_parties = QListWidget()
        self.third_parties.setAccessibleName(self.tr("Names to replace"))
        self.third_parties.setMaximumHeight(90)
        self.third_parties.itemChanged.connect(lambda _item: self._releve_changed())
        layout.addWidget(self.third_parties)
        buttons = QHBoxLayout()
        self.room_button = QPushButton(self.tr("Show it to the group on the projection"))
        self.room_button.setCheckable(True)
        self.room_button.setEnabled(self.room is not None)
        self.room_button.toggled.connect(self._show_in_room)
        buttons.addWidget(self.room_button)
        self.validated = QCheckBox(self.tr("Read and validated with the group"))
        buttons.addWidget(self.validated)
        layout.addLayout(buttons)
        self._fill_third_parties()
        return box

    def _fill_third_parties(self) -> None:
        """Read off the GUI thread; the relevé cannot be exported until it is done."""
        data, lang = self.data, self.lang
        self.scanning = True
        self.third_label.setText(self.tr("Looking for names that are no participant's…"))
        self.operations.in_background(
            lambda: releve_third_parties(data, lang),
            done=self._show_third_parties,
            failed=self._fail,
            owner=self,
        )

    def _show_third_parties(self, names: list[str]) -> None:
        self.scanning = False
        self.third_label.setText(self._third_label_text)
        if self._export_when_read:
            self._export_when_read = False
            QTimer.singleShot(0, self.export)  # once the names are in the list
        self.third_parties.blockSignals(True)
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.third_parties.addItem(item)
        self.third_parties.blockSignals(False)
        self.third_parties.setVisible(self.third_parties.count() > 0)
        self.third_label.setVisible(self.third_parties.count() > 0)

    def _show_releve_choices(self, shown: bool) -> None:
        self.releve_box.setVisible(shown)
        if not shown:
            self.room_button.setChecked(False)

    def releve_choices(self) -> Releve:
        label = third_party_label(self.lang)
        names = {
            self.third_parties.item(i).text(): label
            for i in range(self.third_parties.count())
            if self.third_parties.item(i).checkState() == Qt.CheckState.Checked
        }
        sections = tuple(k for k, check in self.section_checks.items() if check.isChecked())
        return Releve(sections, names)

    def releve_text(self) -> str:
        content = build_content(self.data, self.lang, self.releve_choices())
        return content_text(content)

    def _show_in_room(self, shown: bool) -> None:
        if self.room is None:
            return
        if shown:
            self.room.show_review(self.releve_text())
            self.room_button.setText(self.tr("Take it down from the projection"))
        else:
            self.room.hide_review()
            self.room_button.setText(self.tr("Show it to the group on the projection"))

    def _releve_changed(self) -> None:
        self.validated.setChecked(False)  # what was validated is no longer what is shown
        if self.room_button.isChecked() and self.room is not None:
            self.room.show_review(self.releve_text())

    def _take_down(self) -> None:
        if self.room is not None and self.room.review:
            self.room.hide_review()

    def _suggest_name(self) -> None:
        """Name the file after its kind, unless the user already typed their own."""
        if self.path.text() and self.path.text() != self._suggested:
            return
        kind = self.tr("record") if self.anonymize.isChecked() else self.tr("synthesis")
        parts = (
            file_name(kind, "seance", spaces=False),
            file_name(self._group, "groupe", spaces=False),
        )
        name = f"{parts[0]}-{parts[1]}-{self._date}.pdf"
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
        if self.anonymize.isChecked() and self.scanning:
            # Never a relevé whose third parties are not known yet: it is made once
            # they are, with the names shown ticked.
            self._export_when_read = True
            self.message.setText(self.tr("One moment: the relevé is being read for names…"))
            return
        target = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip() or target.is_dir():
            self._fail(self.tr("Give a file name for the PDF."))
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        folder = self.operations.data_folder
        try:
            check_outside(target, folder)  # before anything is recorded
        except InsideDataFolder as refused:
            self._fail(failure_text(refused) or "")
            return
        if self.operations.server is not None:
            self._export_on_the_server(target, folder)
            return
        session_id = self.session_id
        data = self.operations.read(lambda s: collect(s, session_id), failed=self._fail)
        if data is None:
            return
        anonymize, with_csv, lang = self.anonymize.isChecked(), self.with_csv.isChecked(), self.lang
        with_docx = self.with_docx.isChecked()
        papers = self._papers() if self.with_papers.isChecked() else None
        releve = self.releve_choices() if anonymize else None
        if releve is not None and self.validated.isChecked():
            wall = self.wall()
            sections = list(releve.sections)
            if not self.operations.write(  # the export records that the group validated it
                lambda s: record_review(s, session_id=session_id, sections=sections, wall=wall),
                origin=self,
                failed=self._fail,
            ):
                return
            releve = Releve(releve.sections, releve.third_parties, wall)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Creating the PDF…"))
        self._progress_timer.start()
        self.job = self.operations.in_background(
            lambda: write_sheet(
                data, target, anonymize, lang, with_csv, releve, with_docx, papers, folder
            ),
            done=self._on_finished,
            failed=self._on_failed,
            owner=self,
        )

    def _export_on_the_server(self, target: Path, folder: Path | None) -> None:
        """On a service's server, everything the sheet needs is read (and the
        validation recorded) by a worker on a connection of its own: the window
        never waits on the network."""
        session_id, lang = self.session_id, self.lang
        anonymize, with_csv = self.anonymize.isChecked(), self.with_csv.isChecked()
        with_docx, with_papers = self.with_docx.isChecked(), self.with_papers.isChecked()
        releve = self.releve_choices() if anonymize else None
        validated = releve is not None and self.validated.isChecked()
        wall = self.wall()
        papers_of = self._papers_reader() if with_papers else None

        def work(store: Store) -> Path:
            chosen = releve
            if chosen is not None and validated:
                sections = list(chosen.sections)
                record_review(store, session_id=session_id, sections=sections, wall=wall)
                chosen = Releve(chosen.sections, chosen.third_parties, wall)
            papers = papers_of(store) if papers_of is not None else None
            data = collect(store, session_id)
            return write_sheet(
                data, target, anonymize, lang, with_csv, chosen, with_docx, papers, folder
            )

        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Creating the PDF…"))
        self._progress_timer.start()
        self.job = self.operations.with_own_connection(
            work, done=self._on_finished, failed=self._on_failed, owner=self
        )

    def _papers(self) -> tuple[AttendanceSheet, NoticeFacts] | None:
        """What the attendance sheet and the notice print, read now (GUI thread, small)."""
        return self.operations.read(self._papers_reader(), failed=self._fail)

    def _papers_reader(self) -> Callable[[Store], tuple[AttendanceSheet, NoticeFacts]]:
        """The attendance sheet and the notice's facts, read from a store: on the
        GUI thread (this computer's file) or by the export's worker (a server).
        What the dialog knows is taken now, on the GUI thread."""
        from app.export.notice import NoticeFacts
        from app.session.ops.actions import attendance_sheet

        session_id, lang = self.session_id, self.lang
        facilitators = ", ".join(p.name for p in self.data.stored.facilitators)
        months = settings.number(settings.RETENTION_MONTHS)
        on_server = self.operations.server is not None

        def read(store: Store) -> tuple[AttendanceSheet, NoticeFacts]:
            sheet = attendance_sheet(store, session_id=session_id, lang=lang)
            facts = NoticeFacts(sheet.group, facilitators, store.encrypted, months, on_server)
            return sheet, facts

        return read

    def _stop_progress(self) -> None:
        self._progress_timer.stop()
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.message.setText(text)

    def _on_failed(self, text: str) -> None:
        self._stop_progress()
        self._fail(text)

    def _on_finished(self, path: Path) -> None:
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
