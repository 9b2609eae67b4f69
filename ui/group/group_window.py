"""A group over time, for the facilitator: panels over one view model
(:class:`app.group.view.GroupView`) — members, calendar, management's
answers, the bilan, and the sessions held, which may be deleted.

Every action is an operation (:mod:`app.group.ops.actions`) run through
:class:`ui.operations.Operations`; every list item carries its record's id, and
a choice is read back by id, never by the text shown. The cycle's figures and
the bilan are built off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.changes import OpChanges
from app.dates import LOCALES, day
from app.group.ops import actions as ops
from app.group.ops.figures import CRITERIA, CycleFigures
from app.group.rules import ANSWER_AWAITED_DAYS, EVALUATION_QUESTIONS, SCALE, DateState
from app.group.view import CycleView, GroupView
from app.handover.ops import export_group_file
from app.kinds import MAX_THEME
from app.session.ops.actions import mark_releve_sent
from app.session.rules.engine import Role
from app.session.rules.records import SessionSummary
from ui import settings
from ui.dialogs import ask_yes_no
from ui.labels import role_label
from ui.operations import Operations
from ui.wrap import wrapping_list

ID = Qt.ItemDataRole.UserRole


def question_label(question: str) -> str:
    return {
        "helped_practice": QCoreApplication.translate(
            "GroupWindow", "The session helped my practice"
        ),
        "frame_kept": QCoreApplication.translate(
            "GroupWindow", "The frame was kept (confidentiality, listening, no judgement)"
        ),
    }.get(question, question)


def speaker_label(kind: str) -> str:
    return {
        "narrator": QCoreApplication.translate("GroupWindow", "narrator"),
        "group": QCoreApplication.translate("GroupWindow", "group"),
        "exchange": QCoreApplication.translate("GroupWindow", "exchange"),
        "round": QCoreApplication.translate("GroupWindow", "round"),
        "silence": QCoreApplication.translate("GroupWindow", "silent reflection"),
        "check_in": QCoreApplication.translate("GroupWindow", "check-in"),
    }.get(kind, kind)


def _criteria_labels() -> dict[str, str]:
    return {
        "collective": QCoreApplication.translate("GroupWindow", "Collective"),
        "work_centred": QCoreApplication.translate("GroupWindow", "Centred on work experience"),
        "co_built_frame": QCoreApplication.translate(
            "GroupWindow", "Frame and rules co-built with the stakeholders"
        ),
        "in_organisation": QCoreApplication.translate(
            "GroupWindow", "Part of the work organisation"
        ),
        "produces": QCoreApplication.translate("GroupWindow", "Produces proposals or decisions"),
    }


def _state_label(state: DateState) -> str:
    return {
        DateState.HELD: QCoreApplication.translate("GroupWindow", "held"),
        DateState.OVERDUE: QCoreApplication.translate("GroupWindow", "overdue"),
        DateState.NEXT: QCoreApplication.translate("GroupWindow", "next"),
        DateState.PLANNED: "",
    }[state]


def _item(text: str, ident: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID, ident)
    return item


def _chosen(widget: QListWidget) -> object:
    item = widget.currentItem()
    return item.data(ID) if item is not None else None


def _date_edit(lang: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    # The day as the language writes it (dd/MM/yyyy in French and British English).
    edit.setDisplayFormat(QLocale(LOCALES[lang]).dateFormat(QLocale.FormatType.ShortFormat))
    edit.setDate(QDate.currentDate())
    return edit


class GroupPanel(QWidget):
    """One slice of the group window: drawn from the view, acting by operations.
    ``redraw_on`` names the changes (fields of OpChanges) that it shows."""

    redraw_on: frozenset[str] = frozenset({"sessions"})

    def __init__(self, window: GroupWindow) -> None:
        super().__init__()
        self.window_ = window

    def run(self, op: Callable[..., OpChanges]) -> bool:
        return self.window_.run(op)

    def tell(self, text: str) -> None:
        self.window_.error.setText(text)

    def draw(self, view: GroupView) -> None:
        raise NotImplementedError


class MembersPanel(GroupPanel):
    redraw_on = frozenset({"members", "sessions"})

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        self.member_list = QListWidget()
        self.member_list.setAccessibleName(self.tr("Members of the group"))
        layout.addWidget(self.member_list, 1)
        row = QHBoxLayout()
        self.new_member = QLineEdit()
        self.new_member.setPlaceholderText(self.tr("Name of a new member"))
        self.new_member.setAccessibleName(self.tr("Name of a new member"))
        self.new_member.setMaxLength(80)
        row.addWidget(self.new_member, 1)
        for text, action in (
            (self.tr("Add"), self.add_member),
            (self.tr("Rename…"), self.rename_member),
            (self.tr("Retire"), self.retire_member),
            (self.tr("Erase their data…"), self.erase_member),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Past sessions keep the names they were held with.")))

    def draw(self, view: GroupView) -> None:
        chosen = _chosen(self.member_list)
        self.member_list.clear()
        for m in view.members:
            role = role_label(Role(m.role)) if m.role in {r.value for r in Role} else m.role
            retired = " — " + self.tr("retired") if m.retired else ""
            self.member_list.addItem(_item(f"{m.name} ({role}){retired}", m.id))
            if m.id == chosen:
                self.member_list.setCurrentRow(self.member_list.count() - 1)

    def add_member(self) -> None:
        name = self.new_member.text().strip()
        if not name:
            self.tell(self.tr("Type the new member's name first."))
            return
        group_id, wall = self.window_.group_id, self.window_.wall
        if self.run(lambda s: ops.add_member(s, group_id=group_id, name=name, wall=wall)):
            self.new_member.clear()

    def _selected_member(self) -> int | None:
        member = _chosen(self.member_list)
        if not isinstance(member, int):
            self.tell(self.tr("Choose a member in the list first."))
            return None
        return member

    def rename_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        current = next(m.name for m in self.window_.view.members if m.id == member)
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=current)
        if ok and name.strip():
            self.run(lambda s: ops.rename_member(s, member_id=member, name=name))

    def erase_member(self) -> None:
        """The member's name out of every session of the group, after a question."""
        member = self._selected_member()
        if member is None:
            return
        name = next(m.name for m in self.window_.view.members if m.id == member)
        text = self.tr(
            "“{name}” will be erased from every session of the group: seats, notes, cases "
            "and answers. Their speaking time stays, as a former member. It cannot be undone."
        ).format(name=name)
        if GroupWindow.confirm(self, text):
            group_id, lang, wall = self.window_.group_id, self.window_.lang, self.window_.wall
            self.run(
                lambda s: ops.erase_person(
                    s, group_id=group_id, member_id=member, lang=lang, wall=wall
                )
            )

    def retire_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            wall = self.window_.wall
            self.run(lambda s: ops.retire_member(s, member_id=member, wall=wall))


class CalendarPanel(GroupPanel):
    redraw_on = frozenset({"members", "cycles", "sessions"})  # narrators, cycles held

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.cycle_choice = QComboBox()
        self.cycle_choice.setAccessibleName(self.tr("Cycle"))
        self.cycle_choice.currentIndexChanged.connect(lambda _i: window.cycle_chosen())
        top.addWidget(self.cycle_choice, 1)
        new_cycle = QPushButton(self.tr("New cycle…"))
        new_cycle.clicked.connect(self.new_cycle)
        top.addWidget(new_cycle)
        self.ics_button = QPushButton(self.tr("Export the calendar (.ics)…"))
        self.ics_button.clicked.connect(self.export_ics)
        top.addWidget(self.ics_button)
        layout.addLayout(top)
        self.calendar_list = wrapping_list()
        self.calendar_list.setAccessibleName(self.tr("The cycle's calendar"))
        layout.addWidget(self.calendar_list, 1)
        self.narrators = QLabel()
        self.narrators.setWordWrap(True)
        layout.addWidget(self.narrators)
        form = QFormLayout()
        self.entry_number = QSpinBox()
        self.entry_number.setRange(1, 50)
        form.addRow(self.tr("Session n°"), self.entry_number)
        self.entry_day = _date_edit(window.lang)
        form.addRow(self.tr("Date"), self.entry_day)
        self.entry_time = QTimeEdit()
        self.entry_time.setDisplayFormat("HH:mm")
        self.entry_time.setTime(QTime(9, 30))  # the usual start of a session
        form.addRow(self.tr("Time"), self.entry_time)
        self.entry_minutes = QSpinBox()
        self.entry_minutes.setRange(15, 600)
        self.entry_minutes.setValue(150)
        self.entry_minutes.setSuffix(" min")
        form.addRow(self.tr("Length"), self.entry_minutes)
        self.entry_place = QLineEdit()
        self.entry_place.setMaxLength(200)
        form.addRow(self.tr("Place"), self.entry_place)
        self.entry_narrator = QComboBox()
        form.addRow(self.tr("Planned narrator"), self.entry_narrator)
        layout.addLayout(form)
        save = QPushButton(self.tr("Save this date"))
        save.clicked.connect(self.save_entry)
        layout.addWidget(save)

    def draw(self, view: GroupView) -> None:
        self.entry_narrator.clear()
        self.entry_narrator.addItem(self.tr("Not chosen yet"), None)
        for m in view.members:
            if not m.retired:
                self.entry_narrator.addItem(m.name, m.id)
        chosen = self.cycle_id()
        self.cycle_choice.blockSignals(True)
        self.cycle_choice.clear()
        for c in view.cycles:
            self.cycle_choice.addItem(
                self.tr("{title} — {held} of {planned} sessions held").format(
                    title=c.title, held=c.held, planned=c.planned_sessions
                ),
                c.id,
            )
        found = self.cycle_choice.findData(chosen) if chosen is not None else -1
        self.cycle_choice.setCurrentIndex(found if found >= 0 else len(view.cycles) - 1)
        self.cycle_choice.blockSignals(False)

    def cycle_id(self) -> int | None:
        data = self.cycle_choice.currentData()
        return int(data) if data is not None else None

    def draw_cycle(self, cycle: CycleView | None) -> None:
        self.calendar_list.clear()
        self.ics_button.setEnabled(cycle is not None)
        if cycle is None:
            self.narrators.setText(self.tr("No cycle yet: create one to plan its dates."))
            return
        for e, state in cycle.dates:
            narrator = f" — {e.narrator}" if e.narrator else ""
            place = f" — {e.place}" if e.place else ""
            label = _state_label(state)
            mark = f" [{label}]" if label else ""
            when = day(e.day, self.window_.lang)
            text = f"{e.number}. {when} {e.start}{place}{narrator}{mark}"
            self.calendar_list.addItem(_item(text, e.number))
        self.narrators.setText(
            self.tr("Already brought a case in this cycle: {names}").format(
                names=", ".join(cycle.narrators) if cycle.narrators else "—"
            )
        )

    def new_cycle(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New cycle"), self.tr("Title (e.g. “2027”):")
        )
        if not ok or not title.strip():
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("New cycle"), self.tr("Planned sessions:"), 6, 1, 50
        )
        if not ok:
            return
        window = self.window_
        group_id, protocol, wall = window.group_id, window.view.protocol_id, window.wall
        self.run(
            lambda s: ops.create_cycle(
                s, group_id=group_id, protocol_id=protocol, title=title, sessions=count, wall=wall
            )
        )
        self.cycle_choice.setCurrentIndex(self.cycle_choice.count() - 1)

    def save_entry(self) -> None:
        cycle_id = self.cycle_id()
        if cycle_id is None:
            self.tell(self.tr("No cycle yet: create one to plan its dates."))
            return
        number, minutes = self.entry_number.value(), self.entry_minutes.value()
        day = self.entry_day.date().toString("yyyy-MM-dd")
        start = self.entry_time.time().toString("HH:mm")
        place, narrator = self.entry_place.text(), self.entry_narrator.currentData()
        self.run(
            lambda s: ops.plan_session(
                s,
                cycle_id=cycle_id,
                number=number,
                day=day,
                start=start,
                minutes=minutes,
                place=place,
                narrator_member_id=narrator,
            )
        )

    def export_ics(self) -> Path | None:
        cycle_id = self.cycle_id()
        if cycle_id is None:
            return None
        path = GroupWindow.ask_path(self, self.tr("The cycle's calendar"), "cycle.ics", "*.ics")
        if not path:
            return None
        target = Path(path)
        written = self.window_.operations.read(
            lambda s: ops.export_calendar(s, cycle_id=cycle_id, path=target), failed=self.tell
        )
        return written


class AnswersPanel(GroupPanel):
    redraw_on = frozenset({"answers", "sessions"})

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.answer_session = QComboBox()
        self.answer_session.currentIndexChanged.connect(lambda _i: self._fill_about())
        form.addRow(self.tr("Relevé of the session"), self.answer_session)
        self.answer_about = QComboBox()
        form.addRow(self.tr("Answer about"), self.answer_about)
        self.answer_sent = _date_edit(window.lang)
        form.addRow(self.tr("Sent on"), self.answer_sent)
        self.answer_day = _date_edit(window.lang)
        form.addRow(self.tr("Answered on"), self.answer_day)
        self.answer_analysis = QPlainTextEdit()
        self.answer_analysis.setMaximumHeight(80)
        form.addRow(self.tr("Management's analysis"), self.answer_analysis)
        self.answer_decisions = QPlainTextEdit()
        self.answer_decisions.setMaximumHeight(80)
        form.addRow(self.tr("Decisions"), self.answer_decisions)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.sent_button = QPushButton(self.tr("Record that this relevé was sent"))
        self.sent_button.clicked.connect(self.record_sent)
        buttons.addWidget(self.sent_button)
        save = QPushButton(self.tr("Record the answer"))
        save.clicked.connect(self.record_answer)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        delay = QHBoxLayout()
        delay.addWidget(QLabel(self.tr("Home reminds me of an answer not received after")))
        self.awaited_days = QSpinBox()
        self.awaited_days.setRange(1, 365)
        self.awaited_days.setSuffix(" " + self.tr("days"))
        self.awaited_days.setAccessibleName(self.tr("Days to wait for management's answer"))
        self.awaited_days.setValue(
            settings.number(settings.ANSWER_AWAITED_DAYS) or ANSWER_AWAITED_DAYS
        )
        self.awaited_days.valueChanged.connect(
            lambda days: settings.set_number(settings.ANSWER_AWAITED_DAYS, days)
        )
        delay.addWidget(self.awaited_days)
        delay.addStretch(1)
        layout.addLayout(delay)
        self.answer_list = wrapping_list()
        self.answer_list.setAccessibleName(self.tr("Management's answers"))
        layout.addWidget(self.answer_list, 1)
        layout.addWidget(
            QLabel(self.tr("The group hears the answer at the opening of its next session."))
        )

    def draw(self, view: GroupView) -> None:
        chosen = self.answer_session.currentData()
        self.answer_session.blockSignals(True)
        self.answer_session.clear()
        for s in view.ended_sessions:
            self.answer_session.addItem(_session_label(s, self.window_.lang), s.id)
        found = self.answer_session.findData(chosen) if chosen is not None else -1
        self.answer_session.setCurrentIndex(max(found, 0))
        self.answer_session.blockSignals(False)
        self._fill_about()
        self.answer_list.clear()
        for row in view.answers:
            answer = row.answer
            self.answer_list.addItem(
                self.tr("Session {n}: answered {days} days after the relevé — {text}").format(
                    n=row.number,
                    days=answer.delay_days,
                    text=(f"« {answer.about} » — " if answer.about else "")
                    + (answer.decisions or answer.analysis),
                )
            )
        for waiting in view.awaited:
            self.answer_list.addItem(
                self.tr("Session {n}: relevé sent {day}, no answer yet ({days} days)").format(
                    n=waiting.number,
                    day=day(waiting.sent_day, self.window_.lang),
                    days=waiting.days,
                )
            )

    def _fill_about(self) -> None:
        self.answer_about.clear()
        self.answer_about.addItem(self.tr("The relevé as a whole"), "")
        session = self.answer_session.currentData()
        if session is None:
            return
        answerable = self.window_.operations.read(
            lambda s: s.cycles.answerable(int(session)), failed=self.tell
        )
        for text in answerable or []:
            short = text if len(text) <= 80 else text[:79] + "…"
            self.answer_about.addItem(short, text)

    def record_sent(self) -> None:
        """The relevé went to management on the "Sent on" day."""
        session = self.answer_session.currentData()
        if session is None:
            self.tell(self.tr("No ended session yet: a relevé comes after a session."))
            return
        day, wall = self.answer_sent.date().toString("yyyy-MM-dd"), self.window_.wall
        self.run(lambda s: mark_releve_sent(s, session_id=int(session), day=day, wall=wall))

    def record_answer(self) -> None:
        session = self.answer_session.currentData()
        if session is None:
            self.tell(self.tr("No ended session yet: a relevé comes after a session."))
            return
        sent = self.answer_sent.date().toString("yyyy-MM-dd")
        answered = self.answer_day.date().toString("yyyy-MM-dd")
        analysis = self.answer_analysis.toPlainText()
        decisions = self.answer_decisions.toPlainText()
        about, wall = str(self.answer_about.currentData() or ""), self.window_.wall
        self.run(
            lambda s: ops.record_answer(
                s,
                session_id=int(session),
                sent_day=sent,
                answered_day=answered,
                analysis=analysis,
                decisions=decisions,
                about=about,
                wall=wall,
            )
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
        labels = _criteria_labels()
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
            for spins in self.tallies.values():
                for spin in spins:
                    spin.setValue(0)
            self.window_.error.setText(self.tr("Scores recorded: the bilan shows their averages."))

    def draw(self, view: GroupView) -> None:
        typed = self.theme_choice.currentText()
        self.theme_choice.clear()
        self.theme_choice.addItems(view.themes)
        self.theme_choice.setCurrentText(typed)

    def draw_cycle(self, cycle: CycleView | None) -> None:
        self.evaluation_for.clear()
        self.evaluation_for.addItem(self.tr("The whole cycle"), None)
        for s in self.window_.view.sessions:
            if cycle is not None and s.id in {c.session_id for c in cycle.cases}:
                self.evaluation_for.addItem(_session_label(s, self.window_.lang), s.id)
        self.evaluation_button.setEnabled(cycle is not None)
        chosen = _chosen(self.case_list)
        self.case_list.clear()
        self.heard.clear()
        self.bilan_button.setEnabled(cycle is not None)
        for case in cycle.cases if cycle is not None else []:
            self.case_list.addItem(
                _item(
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
            trend = " → ".join(f"{1 - f.gini:.2f}" for f in figures.sessions)
            self.heard.addItem(
                self.tr("The group's balance, session after session: {trend}").format(trend=trend)
            )

    def set_theme(self) -> None:
        chosen = _chosen(self.case_list)
        if chosen is None:
            return
        session_id, index = int(chosen[0]), int(chosen[1])  # type: ignore[index]
        theme = self.theme_choice.currentText()
        self.run(
            lambda s: ops.set_case_theme(s, session_id=session_id, case_index=index, theme=theme)
        )

    def export_bilan(self) -> None:
        cycle_id = self.window_.calendar.cycle_id()
        if cycle_id is None:
            return
        path = GroupWindow.ask_path(self, self.tr("The bilan"), "bilan.pdf", "*.pdf")
        if not path:
            return
        criteria = [c for c, box in self.criteria.items() if box.isChecked()]
        lang, target = self.window_.lang, Path(path)
        self.bilan_button.setEnabled(False)
        self.window_.error.setText(self.tr("Creating the bilan…"))

        def done(written: Path) -> None:
            self.bilan_button.setEnabled(True)
            self.exported = written
            self.window_.error.setText(self.tr("Saved: {path}").format(path=written))

        def failed(text: str) -> None:
            self.bilan_button.setEnabled(True)
            self.tell(text)

        self.window_.operations.read_in_background(
            lambda s: ops.export_bilan(
                s, cycle_id=cycle_id, criteria=criteria, lang=lang, path=target
            ),
            done=done,
            failed=failed,
            owner=self,
        )


def _session_label(s: SessionSummary, lang: str) -> str:
    """Its number and case, then its date: two sessions can share the first two."""
    label = QCoreApplication.translate("GroupWindow", "Session {n} — {case}")
    return label.format(n=s.number_in_cycle, case=s.case_title) + f" — {day(s.created_wall, lang)}"


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
        chosen = _chosen(self.session_list)
        self.session_list.clear()
        for s in view.sessions:
            self.session_list.addItem(_item(_session_label(s, self.window_.lang), s.id))
            if s.id == chosen:
                self.session_list.setCurrentRow(self.session_list.count() - 1)
        self.delete_session_button.setEnabled(bool(view.sessions))

    def delete_session(self) -> None:
        chosen = _chosen(self.session_list)
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
        if GroupWindow.confirm(self, text):
            self.run(lambda s: ops.delete_session(s, session_id=session_id))

    def hand_over(self) -> Path | None:
        """The whole group in one file encrypted with a passphrase, for another computer."""
        view = self.window_.view
        path = GroupWindow.ask_path(
            self, self.tr("Hand the group over"), f"{view.name}.tdtgroup", "*.tdtgroup"
        )
        if not path:
            return None
        passphrase = GroupWindow.ask_new_passphrase(self)
        if passphrase is None:
            return None
        target, group_id = Path(path), view.group_id
        written = self.window_.operations.read(
            lambda s: export_group_file(
                s, group_id=group_id, passphrase=passphrase, path=target
            ),
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
        if not GroupWindow.confirm(self, text):
            return
        group_id = view.group_id
        if self.run(lambda s: ops.delete_groups(s, group_ids=[group_id])):
            self.window_.accept()


class GroupWindow(QDialog):
    changed = Signal()  # sessions were deleted: home lists them again

    def __init__(
        self,
        operations: Operations,
        group_id: int,
        lang: str,
        wall: float,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.group_id = group_id
        self.lang = lang
        self.wall = wall
        self.today = today
        self._figures_for: int | None = None  # the cycle whose figures are being read
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.members = MembersPanel(self)
        self.calendar = CalendarPanel(self)
        self.answers = AnswersPanel(self)
        self.bilan = BilanPanel(self)
        self.sessions = SessionsPanel(self)
        self.panels: list[GroupPanel] = [
            self.members,
            self.calendar,
            self.answers,
            self.bilan,
            self.sessions,
        ]
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.calendar, self.tr("Cycle and calendar"))
        self.tabs.addTab(self.answers, self.tr("Management's answers"))
        self.tabs.addTab(self.bilan, self.tr("Bilan"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        operations.did_execute.connect(self._on_operation)
        self.refresh()

    def run(self, op: Callable[..., OpChanges]) -> bool:
        """One action through the operations; a refusal is said under the panels."""
        self.error.clear()
        return self.operations.write(op, origin=self, failed=self.error.setText)

    def _on_operation(self, changes: OpChanges, _origin: object) -> None:
        """Each panel redraws only if the change is one it shows; the cycle's rows
        when its dates, cases or sessions changed; its figures (every session
        replayed) only when sessions or cycles did."""
        shown = changes.shown
        panels = [p for p in self.panels if p.redraw_on & shown]
        cycle_rows = bool(shown & {"calendar", "cycles", "cases", "sessions", "members"})
        if panels or cycle_rows:
            self.refresh(panels, figures=bool(shown & {"sessions", "cycles"}))
        if changes.sessions:
            self.changed.emit()

    def refresh(self, panels: list[GroupPanel] | None = None, *, figures: bool = True) -> None:
        """Read the view again and draw it (every panel, unless told which)."""
        group_id, today = self.group_id, self.today()
        view = self.operations.read(
            lambda s: ops.group_view(s, group_id=group_id, today=today),
            failed=self.error.setText,
        )
        if view is None:  # the group was deleted: nothing left to show
            return
        self.view = view
        self.setWindowTitle(self.tr("Group: {name}").format(name=view.name))
        for panel in self.panels if panels is None else panels:
            panel.draw(view)
        self.cycle_chosen(figures=figures)

    def cycle_chosen(self, *, figures: bool = True) -> None:
        cycle_id = self.calendar.cycle_id()
        today = self.today()
        cycle = (
            self.operations.read(
                lambda s: ops.cycle_view(s, cycle_id=cycle_id, today=today),
                failed=self.error.setText,
            )
            if cycle_id is not None
            else None
        )
        self.calendar.draw_cycle(cycle)
        self.bilan.draw_cycle(cycle)
        if cycle_id is not None and (figures or cycle_id != self._figures_for):
            self._read_figures(cycle_id)

    def _read_figures(self, cycle_id: int) -> None:
        """The floor over the cycle: every session replayed, off the GUI thread."""
        self._figures_for = cycle_id

        def done(figures: CycleFigures) -> None:
            if self._figures_for == cycle_id:
                self.bilan.draw_figures(figures)

        self.operations.read_in_background(
            lambda s: ops.cycle_figures(s, cycle_id=cycle_id),
            done=done,
            failed=self.error.setText,
            owner=self,
        )

    def current_cycle(self) -> int | None:
        return self.calendar.cycle_id()

    @staticmethod
    def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
        """Where to write; replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return path

    @staticmethod
    def ask_new_passphrase(parent: QWidget) -> str | None:
        """A passphrase for the group's file, typed twice; replaced in tests."""
        title = QCoreApplication.translate("GroupWindow", "Passphrase of the file")
        first, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("GroupWindow", "A passphrase (8 characters at least):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or len(first) < 8:
            return None
        again, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("GroupWindow", "The same again:"),
            QLineEdit.EchoMode.Password,
        )
        return first if ok and again == first else None

    @staticmethod
    def confirm(parent: QWidget, text: str) -> bool:
        """Asks before an irreversible deletion (No is the default); replaced in tests."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("GroupWindow", "Delete for good?"),
            text,
            warning=True,
        )
