"""The narrator's prep mode: prepare, estimate, rehearse, hand over, print.

Everything typed is saved as a draft a moment later (in the data folder's
``prep/``), so closing the window never loses a word.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.export.prep_sheet import prep_pdf
from app.files import file_name, write_atomically
from app.prep.rules import (
    EXTENSION,
    MAX_RATE,
    MIN_RATE,
    PARTS,
    Prep,
    PrepFileError,
    Verdict,
    estimate,
    list_drafts,
    load_prep,
    new_draft_path,
    save_prep,
)
from app.protocols import Catalog, Protocol
from ui.labels import prep_error_text
from ui.operations import BackgroundJob
from ui.placement import first_size
from ui.prep.prep_form import PrepForm
from ui.prep.rehearsal_panel import RehearsalPanel
from ui.session.export_dialog import default_folder

AUTOSAVE_MS = 500


class PrepWindow(QWidget):
    def __init__(
        self,
        data_folder: Path,
        catalog: Catalog,
        lang: str,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self.catalog = catalog
        self.lang = lang
        self.clock = clock or Clock()
        self.prep = Prep()
        self.draft_path: Path | None = None
        self.job: BackgroundJob[Path] | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Tour de table — preparing my exposé"))

        columns = QHBoxLayout(self)
        # Left: the drafts, newest first.
        columns.addLayout(self._drafts_column(), 1)

        # Centre: the guided form.
        self.form = PrepForm(catalog, lang)
        self.form.edited.connect(self._on_edited)
        self.title = self.form.title
        self.narrator = self.form.narrator
        self.method = self.form.method
        self.situation = self.form.situation
        self.difficulty = self.form.difficulty
        self.tried = self.form.tried
        self.stakes = self.form.stakes
        self.question = self.form.question
        self.help_expected = self.form.help_expected
        self.question_error = self.form.question_error
        columns.addWidget(self.form, 4)

        # Right: how long, rehearsals, handing over.
        right = QVBoxLayout()
        right.addWidget(self._estimate_box())

        self.rehearsal = RehearsalPanel(
            self.clock, lambda: self.prep, self.target_seconds, self.save_draft
        )
        self.timer = self.rehearsal.timer
        self.clock_label = self.rehearsal.clock_label
        self.part_label = self.rehearsal.part_label
        self.marks_label = self.rehearsal.marks_label
        self.start_button = self.rehearsal.start_button
        self.next_button = self.rehearsal.next_button
        self.stop_button = self.rehearsal.stop_button
        self.pacing_label = self.rehearsal.pacing_label
        self.history = self.rehearsal.history
        right.addWidget(self.rehearsal)

        right.addWidget(self._hand_over_box())
        right.addStretch(1)
        columns.addLayout(right, 3)
        # 1280×860 where there is room; on a laptop, its screen less the panel.
        self.resize(first_size(self, QSize(1280, 860)))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)

        self.refresh_drafts()
        self._show_prep()

    # -- building ---------------------------------------------------------------------

    def _drafts_column(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("My drafts (saved as you type)")))
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("My drafts (saved as you type)"))
        self.drafts.itemActivated.connect(self._on_draft_chosen)
        self.drafts.itemClicked.connect(self._on_draft_chosen)
        left.addWidget(self.drafts, 1)
        self.new_button = QPushButton(self.tr("New preparation"))
        self.new_button.clicked.connect(self.new_prep)
        left.addWidget(self.new_button)
        self.open_button = QPushButton(self.tr("Open a prep file…"))
        self.open_button.clicked.connect(self._browse_open)
        left.addWidget(self.open_button)
        return left

    def _estimate_box(self) -> QGroupBox:
        estimate_box = QGroupBox(self.tr("How long will it take?"))
        estimate_layout = QVBoxLayout(estimate_box)
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(self.tr("My speaking rate (words a minute)")))
        self.rate = QSpinBox()
        self.rate.setRange(MIN_RATE, MAX_RATE)
        self.rate.valueChanged.connect(self._on_edited)
        rate_row.addWidget(self.rate)
        estimate_layout.addLayout(rate_row)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        estimate_layout.addWidget(self.estimate_label)
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-weight: bold;")
        estimate_layout.addWidget(self.verdict_label)
        return estimate_box

    def _hand_over_box(self) -> QGroupBox:
        hand_box = QGroupBox(self.tr("Hand it over"))
        hand = QVBoxLayout(hand_box)
        self.save_button = QPushButton(self.tr("Save the prep file for the facilitator…"))
        self.save_button.clicked.connect(self._browse_save)
        hand.addWidget(self.save_button)
        self.print_button = QPushButton(self.tr("Print my prep sheet (PDF)…"))
        self.print_button.clicked.connect(self._browse_print)
        hand.addWidget(self.print_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        hand.addWidget(self.message)
        return hand_box

    # -- the form <-> the prep ----------------------------------------------------------

    @property
    def protocol(self) -> Protocol | None:
        protocol_id = self.form.method.currentData()
        return self.catalog.protocols.get(protocol_id) if protocol_id else None

    def _read_form(self) -> None:
        self.form.read_into(self.prep)
        self.prep.rate = self.rate.value()

    def _show_prep(self) -> None:
        self._loading = True
        self.form.show_prep(self.prep)
        self.rate.setValue(self.prep.rate)
        self._loading = False
        self._show_estimate()
        self.rehearsal.show_history()
        self.rehearsal.show_rehearsal()
        self.form.check_question(strict=False)

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._read_form()
        self._show_estimate()
        self._check_question(strict=False)
        self._autosave.start()

    def _check_question(self, strict: bool) -> bool:
        return self.form.check_question(strict)

    def _decimal(self, value: float, places: int = 1) -> str:
        """A number as the reader writes it: 12,5 in French."""
        locale = QLocale(QLocale.Language.French if self.lang == "fr" else QLocale.Language.English)
        return locale.toString(round(value, places), "f", places if value % 1 else 0)

    def _show_estimate(self) -> None:
        guess = estimate(self.prep, self.protocol)
        self.estimate_label.setText(
            self.tr("About {minutes} min: {words} words at {rate} words a minute.").format(
                minutes=self._decimal(guess.minutes), words=guess.words, rate=self.prep.rate
            )
        )
        expected = self.tr("The method expects {low}–{high} min.").format(
            low=self._decimal(guess.low, 0), high=self._decimal(guess.high, 0)
        )
        verdicts = {
            Verdict.TOO_SHORT: self.tr("Too short: add facts, what you tried, what matters."),
            Verdict.FITS: self.tr("Within the expected length."),
            Verdict.TOO_LONG: self.tr("Too long: keep the facts that help the group help you."),
        }
        self.verdict_label.setText(f"{verdicts[guess.verdict]} {expected}")
        colour = "#1d6b2f" if guess.verdict is Verdict.FITS else "#8a5a00"
        self.verdict_label.setStyleSheet(f"font-weight: bold; color: {colour};")

    # -- drafts --------------------------------------------------------------------------

    def save_draft(self) -> None:
        self._autosave.stop()
        self._read_form()
        if self.draft_path is None:
            if not any(self.prep.part_text(p).strip() for p in PARTS) and not self.prep.title:
                return  # nothing typed yet: no empty draft
            self.draft_path = new_draft_path(self.data_folder, self.clock.wall())
        self.prep.updated_wall = self.clock.wall()
        try:
            save_prep(self.prep, self.draft_path)
        except OSError as exc:
            self._fail(
                self.tr("The draft could not be saved: {reason}").format(reason=exc.strerror or exc)
            )
            return
        self.refresh_drafts()

    def refresh_drafts(self) -> None:
        drafts, errors = list_drafts(self.data_folder)
        self.drafts.clear()
        for draft in drafts:
            item = QListWidgetItem(draft.title or self.tr("(untitled)"))
            item.setData(Qt.ItemDataRole.UserRole, str(draft.path))
            self.drafts.addItem(item)
            if draft.path == self.draft_path:
                self.drafts.setCurrentItem(item)
        if errors:
            self._fail(prep_error_text(errors[0]))

    def _on_draft_chosen(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if path != self.draft_path:
            self.save_draft()
            self.open_file(path, as_draft=True)

    def new_prep(self) -> None:
        self.save_draft()
        self.prep = Prep()
        self.draft_path = None
        self._show_prep()
        self.refresh_drafts()

    def open_file(self, path: Path, as_draft: bool = False) -> bool:
        try:
            prep = load_prep(path)
        except PrepFileError as exc:
            self._fail(prep_error_text(exc))
            return False
        self.save_draft()
        self.prep = prep
        # A file from elsewhere is copied into the drafts, never edited in place.
        self.draft_path = path if as_draft else None
        self._show_prep()
        if not as_draft:
            self.save_draft()
        self.message.setText("")
        return True

    # -- rehearsing ----------------------------------------------------------------------

    def target_seconds(self) -> float:
        guess = estimate(self.prep, self.protocol)
        return (guess.low + guess.high) / 2 * 60

    def start_rehearsal(self) -> None:
        self.rehearsal.start_rehearsal()

    def next_part(self) -> None:
        self.rehearsal.next_part()

    def stop_rehearsal(self) -> None:
        self.rehearsal.stop_rehearsal()

    # -- handing over ----------------------------------------------------------------------

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet("color: #9b1c1c; font-weight: bold;")
        self.message.setText(text)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _suggested(self, suffix: str) -> str:
        name = file_name(self.prep.title or self.tr("my-expose"), "seance", spaces=False)
        return str(default_folder() / f"{name}{suffix}")

    def _browse_open(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a prep file"),
            str(default_folder()),
            self.tr("Tour de table preparation (*{ext})").format(ext=EXTENSION),
        )
        if chosen:
            self.open_file(Path(chosen))

    def _browse_save(self) -> None:
        if not self._check_question(strict=True):
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the prep file"),
            self._suggested(EXTENSION),
            self.tr("Tour de table preparation (*{ext})").format(ext=EXTENSION),
        )
        if chosen:
            self.save_file_to(Path(chosen))

    def save_file_to(self, path: Path) -> bool:
        """Write the prep file to hand over (USB key, e-mail)."""
        if not self._check_question(strict=True):
            return False
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        self._read_form()
        try:
            save_prep(self.prep, path)
        except OSError as exc:
            self._fail(
                self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return False
        self._say(self.tr("Saved: {path}. Give this file to the facilitator.").format(path=path))
        return True

    def _browse_print(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the prep sheet as"), self._suggested(".pdf"), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.print_to(Path(chosen))

    def print_to(self, path: Path) -> BackgroundJob[Path]:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self._read_form()
        prep = copy.deepcopy(self.prep)  # the form goes on changing while it prints
        protocol, lang, wall = self.protocol, self.lang, self.clock.wall()

        def work() -> Path:
            write_atomically(prep_pdf(prep, protocol, lang, wall), path)
            return path

        self.job = BackgroundJob(work)
        self.job.finished.connect(lambda p: self._say(self.tr("Saved: {path}").format(path=p)))
        self.job.failed.connect(self._fail)
        self.job.start()
        return self.job

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.rehearsal.timer.running:
            self.stop_rehearsal()
        self.save_draft()  # the last keystrokes are not lost
        super().closeEvent(event)
