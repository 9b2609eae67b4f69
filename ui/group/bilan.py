"""The cycle's bilan: its figures, the participants' evaluation, the cases'
themes, and the one-page PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.export.sheet import third_party_label
from app.group.ops import actions as ops
from app.group.ops.figures import CRITERIA, CycleFigures
from app.group.rules import EVALUATION_QUESTIONS, SCALE
from app.group.view import CycleView, GroupView
from app.kinds import MAX_THEME
from ui.dialogs import confirm_third_parties
from ui.wrap import wrapping_list

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow
from ui.group.panel import (
    GroupPanel,
    chosen_id,
    criteria_labels,
    list_item,
    question_label,
    session_label,
    speaker_label,
)


class BilanPanel(GroupPanel):
    redraw_on = frozenset({"cases", "sessions"})  # the themes offered

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("An anonymised page for the social-dialogue bodies. Self-check:"))
        )
        self.criteria: dict[str, QCheckBox] = {}
        labels = criteria_labels()
        for criterion in CRITERIA:
            box = QCheckBox(labels[criterion])
            self.criteria[criterion] = box
            layout.addWidget(box)
        layout.addWidget(self._evaluation_box())
        self.bilan_button = QPushButton(self.tr("Export the bilan (PDF)…"))
        self.bilan_button.clicked.connect(self.export_bilan)
        layout.addWidget(self.bilan_button)
        layout.addWidget(
            QLabel(self.tr("The cycle's cases and their themes (the bilan counts them):"))
        )
        self.case_list = wrapping_list()
        self.case_list.setAccessibleName(self.tr("The cycle's cases and their themes"))
        layout.addWidget(self.case_list)
        theme_row = QHBoxLayout()
        self.theme_choice = QComboBox()
        self.theme_choice.setEditable(True)
        self.theme_choice.setAccessibleName(self.tr("Theme"))
        theme_edit = self.theme_choice.lineEdit()
        assert theme_edit is not None  # editable combo boxes have one
        theme_edit.setMaxLength(MAX_THEME)
        theme_edit.setPlaceholderText(self.tr("Theme of the chosen case"))
        theme_edit.setAccessibleName(self.tr("Theme of the chosen case"))
        theme_row.addWidget(self.theme_choice, 1)
        self.theme_button = QPushButton(self.tr("Give this theme"))
        self.theme_button.clicked.connect(self.set_theme)
        theme_row.addWidget(self.theme_button)
        layout.addLayout(theme_row)
        layout.addWidget(QLabel(self.tr("Over the cycle, least heard first (for you only):")))
        self.heard = wrapping_list()
        self.heard.setAccessibleName(self.tr("Least heard over the cycle"))
        layout.addWidget(self.heard, 1)
        self.exported: Path | None = None  # the last bilan written

    def _evaluation_box(self) -> QGroupBox:
        """The participants' scores sheet, typed as counts: how many gave 1, 2… 5."""
        box = QGroupBox(self.tr("Participants' evaluation: how many gave each score"))
        grid = QGridLayout(box)
        self.evaluation_for = QComboBox()
        self.evaluation_for.setAccessibleName(self.tr("Evaluation of"))
        grid.addWidget(self.evaluation_for, 0, 0, 1, 6)
        for column, score in enumerate(SCALE, start=1):
            grid.addWidget(QLabel(str(score)), 1, column)
        self.tallies: dict[str, list[QSpinBox]] = {}
        for row, question in enumerate(EVALUATION_QUESTIONS, start=2):
            label = question_label(question)
            grid.addWidget(QLabel(label), row, 0)
            spins = []
            for column, score in enumerate(SCALE, start=1):
                spin = QSpinBox()
                spin.setRange(0, 100)
                spin.setAccessibleName(
                    self.tr("{question}: how many gave {score}").format(question=label, score=score)
                )
                grid.addWidget(spin, row, column)
                spins.append(spin)
            self.tallies[question] = spins
        self.evaluation_button = QPushButton(self.tr("Record these scores"))
        self.evaluation_button.clicked.connect(self.record_evaluation)
        grid.addWidget(self.evaluation_button, len(EVALUATION_QUESTIONS) + 2, 0, 1, 6)
        self.evaluation_for.currentIndexChanged.connect(self.show_recorded_evaluation)
        return box

    def record_evaluation(self) -> None:
        cycle_id = self.window_.calendar.cycle_id()
        if cycle_id is None:
            self.tell(self.tr("No cycle yet: create one to plan its dates."))
            return
        tally = {
            question: {score: spin.value() for score, spin in zip(SCALE, spins, strict=True)}
            for question, spins in self.tallies.items()
        }
        if not any(any(counts.values()) for counts in tally.values()):
            self.tell(self.tr("Type how many participants gave each score first."))
            return
        session_id, wall = self.evaluation_for.currentData(), self.window_.wall
        if self.run(
            lambda s: ops.record_evaluation(
                s, cycle_id=cycle_id, session_id=session_id, tally=tally, wall=wall
            )
        ):
            # The form keeps what was recorded: saving it again replaces it, never adds.
            self.window_.error.setText(self.tr("Scores recorded: the bilan shows their averages."))

    def show_recorded_evaluation(self) -> None:
        """The sheet already recorded for the session chosen (zeros when none)."""
        cycle_id = self.window_.calendar.cycle_id()
        session_id = self.evaluation_for.currentData()
        recorded: dict[str, dict[int, int]] = {}
        if cycle_id is not None:
            read = self.window_.operations.read(
                lambda s: ops.evaluation_of(s, cycle_id=cycle_id, session_id=session_id),
                failed=self.tell,
            )
            recorded = read or {}
        for question, spins in self.tallies.items():
            for score, spin in zip(SCALE, spins, strict=True):
                spin.setValue(recorded.get(question, {}).get(score, 0))

    def draw(self, view: GroupView) -> None:
        typed = self.theme_choice.currentText()
        self.theme_choice.clear()
        self.theme_choice.addItems(view.themes)
        self.theme_choice.setCurrentText(typed)

    def draw_cycle(self, cycle: CycleView | None) -> None:
        evaluated = self.evaluation_for.currentData()  # kept across a redraw
        self.evaluation_for.blockSignals(True)
        self.evaluation_for.clear()
        self.evaluation_for.addItem(self.tr("The whole cycle"), None)
        for s in self.window_.view.sessions:
            if cycle is not None and s.id in {c.session_id for c in cycle.cases}:
                self.evaluation_for.addItem(session_label(s, self.window_.lang), s.id)
        self.evaluation_for.setCurrentIndex(max(0, self.evaluation_for.findData(evaluated)))
        self.evaluation_for.blockSignals(False)
        self.show_recorded_evaluation()
        self.evaluation_button.setEnabled(cycle is not None)
        chosen = chosen_id(self.case_list)
        self.case_list.clear()
        self.heard.clear()
        self.bilan_button.setEnabled(cycle is not None)
        for case in cycle.cases if cycle is not None else []:
            self.case_list.addItem(
                list_item(
                    self.tr("Session {n} — {case} — {theme}").format(
                        n=case.number, case=case.title, theme=case.theme or self.tr("no theme")
                    ),
                    (case.session_id, case.case_index),
                )
            )
            if (case.session_id, case.case_index) == chosen:
                self.case_list.setCurrentRow(self.case_list.count() - 1)
        if self.case_list.count() and self.case_list.currentRow() < 0:
            self.case_list.setCurrentRow(0)
        self.theme_button.setEnabled(self.case_list.count() > 0)

    def draw_figures(self, figures: CycleFigures) -> None:
        self.heard.clear()
        for name, share in figures.least_heard():
            turns = " · ".join(str(f.turns.get(name, 0)) for f in figures.sessions)
            self.heard.addItem(
                self.tr("{name} — {pct} % of the floor; turns per session: {turns}").format(
                    name=name, pct=round(share * 100), turns=turns
                )
            )
        for kind, shares in figures.shares_by_kind().items():
            self.heard.addItem(
                self.tr("In “{kind}” steps: {shares}").format(
                    kind=speaker_label(kind),
                    shares=", ".join(f"{n} {round(x * 100)} %" for n, x in shares),
                )
            )
        if figures.sessions:
            trend = " → ".join(
                "—" if f.balance is None else f"{f.balance:.2f}" for f in figures.sessions
            )
            self.heard.addItem(
                self.tr("The group's balance, session after session: {trend}").format(trend=trend)
            )

    def set_theme(self) -> None:
        chosen = chosen_id(self.case_list)
        if chosen is None:
            return
        session_id, index = int(chosen[0]), int(chosen[1])  # type: ignore[index]
        theme = self.theme_choice.currentText()
        self.run(
            lambda s: ops.set_case_theme(s, session_id=session_id, case_index=index, theme=theme)
        )

    def export_bilan(self) -> None:
        """Where to write, then the names that are no member's, each confirmed by
        the facilitator (as for the relevé), then the page: nothing is replaced,
        and nothing written, unattended."""
        cycle_id = self.window_.calendar.cycle_id()
        if cycle_id is None:
            return
        path = self.window_.ask_path(self, self.tr("The bilan"), "bilan.pdf", "*.pdf")
        if not path:
            return
        criteria = [c for c, box in self.criteria.items() if box.isChecked()]
        lang, target = self.window_.lang, Path(path)
        self.bilan_button.setEnabled(False)
        self.window_.error.setText(self.tr("Looking for names that are no member's…"))

        def failed(text: str) -> None:
            self.bilan_button.setEnabled(True)
            self.tell(text)

        def write(third_parties: dict[str, str]) -> None:
            self.window_.error.setText(self.tr("Creating the bilan…"))
            self.window_.operations.read_in_background(
                lambda s: ops.export_bilan(
                    s,
                    cycle_id=cycle_id,
                    criteria=criteria,
                    lang=lang,
                    path=target,
                    third_parties=third_parties,
                ),
                done=done,
                failed=failed,
                owner=self,
            )

        def decide(names: list[str]) -> None:
            decided = self.confirm_third_parties(self, names, lang) if names else {}
            if decided is None:
                self.bilan_button.setEnabled(True)
                self.window_.error.setText(self.tr("The bilan was not written."))
                return
            write(decided)

        def done(written: Path) -> None:
            self.bilan_button.setEnabled(True)
            self.exported = written
            self.window_.error.setText(self.tr("Saved: {path}").format(path=written))

        self.window_.operations.read_in_background(
            lambda s: ops.bilan_suspects(s, cycle_id=cycle_id, lang=lang),
            done=decide,
            failed=failed,
            owner=self,
        )

    @staticmethod
    def confirm_third_parties(
        parent: QWidget, names: list[str], lang: str
    ) -> dict[str, str] | None:
        """The names to replace, ticked by the facilitator; None: cancelled.
        Replaced in tests."""
        return confirm_third_parties(parent, names, third_party_label(lang))
