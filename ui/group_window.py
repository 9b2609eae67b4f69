"""A group over time, for the facilitator: its members, its cycle and calendar,
management's answers, the bilan, and deleting what must go.

Each tab has one job; every action goes through :mod:`app.cycle`, and a
refused input is said in a sentence under the form.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.cycle import Cycles, InvalidEntry
from app.cycle_report import CRITERIA, collect_cycle
from app.engine import Role
from app.files import write_atomically
from app.store.database import StoreError
from app.store.repository import MAX_THEME, SessionState, Store
from ui.labels import role_label, store_error_text


def speaker_label(kind: str) -> str:
    return {
        "narrator": QCoreApplication.translate("GroupWindow", "narrator"),
        "group": QCoreApplication.translate("GroupWindow", "group"),
        "exchange": QCoreApplication.translate("GroupWindow", "exchange"),
        "round": QCoreApplication.translate("GroupWindow", "round"),
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


class GroupWindow(QDialog):
    changed = Signal()  # sessions were deleted: home lists them again

    def __init__(
        self, store: Store, group: str, lang: str, wall: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.cycles = Cycles(store)
        self.group = group
        self.lang = lang
        self.wall = wall
        self.setWindowTitle(self.tr("Group: {name}").format(name=group))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._cycle_tab(), self.tr("Cycle and calendar"))
        self.tabs.addTab(self._answers_tab(), self.tr("Management's answers"))
        self.tabs.addTab(self._bilan_tab(), self.tr("Bilan"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        self.delete_session_button = QPushButton(self.tr("Delete a session…"))
        self.delete_session_button.clicked.connect(self.delete_session)
        bottom.addWidget(self.delete_session_button)
        self.delete_group_button = QPushButton(self.tr("Delete the whole group…"))
        self.delete_group_button.clicked.connect(self.delete_group)
        bottom.addWidget(self.delete_group_button)
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh()

    # -- building ----------------------------------------------------------------

    def _members_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.member_list = QListWidget()
        self.member_list.setAccessibleName(self.tr("Members of the group"))
        layout.addWidget(self.member_list, 1)
        row = QHBoxLayout()
        self.new_member = QLineEdit()
        self.new_member.setPlaceholderText(self.tr("Name of a new member"))
        self.new_member.setAccessibleName(self.tr("Name of a new member"))
        self.new_member.setMaxLength(80)
        row.addWidget(self.new_member, 1)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_member)
        row.addWidget(add)
        rename = QPushButton(self.tr("Rename…"))
        rename.clicked.connect(self.rename_member)
        row.addWidget(rename)
        retire = QPushButton(self.tr("Retire"))
        retire.clicked.connect(self.retire_member)
        row.addWidget(retire)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Past sessions keep the names they were held with.")))
        return tab

    def _cycle_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.cycle_choice = QComboBox()
        self.cycle_choice.setAccessibleName(self.tr("Cycle"))
        self.cycle_choice.currentIndexChanged.connect(self._show_calendar)
        top.addWidget(self.cycle_choice, 1)
        new_cycle = QPushButton(self.tr("New cycle…"))
        new_cycle.clicked.connect(self.new_cycle)
        top.addWidget(new_cycle)
        self.ics_button = QPushButton(self.tr("Export the calendar (.ics)…"))
        self.ics_button.clicked.connect(self.export_ics)
        top.addWidget(self.ics_button)
        layout.addLayout(top)
        self.calendar_list = QListWidget()
        self.calendar_list.setAccessibleName(self.tr("The cycle's calendar"))
        layout.addWidget(self.calendar_list, 1)
        self.narrators = QLabel()
        self.narrators.setWordWrap(True)
        layout.addWidget(self.narrators)
        form = QFormLayout()
        self.entry_number = QSpinBox()
        self.entry_number.setRange(1, 50)
        form.addRow(self.tr("Session n°"), self.entry_number)
        self.entry_day = QDateEdit()
        self.entry_day.setCalendarPopup(True)
        self.entry_day.setDisplayFormat("dd/MM/yyyy")
        self.entry_day.setDate(QDate.currentDate())
        form.addRow(self.tr("Date"), self.entry_day)
        self.entry_time = QTimeEdit()
        self.entry_time.setDisplayFormat("HH:mm")
        self.entry_time.setTime(QTime(9, 30))
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
        return tab

    def _answers_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        form = QFormLayout()
        self.answer_session = QComboBox()
        self.answer_session.currentIndexChanged.connect(self._fill_about)
        form.addRow(self.tr("Relevé of the session"), self.answer_session)
        self.answer_about = QComboBox()
        form.addRow(self.tr("Answer about"), self.answer_about)
        self.answer_sent = QDateEdit()
        self.answer_sent.setCalendarPopup(True)
        self.answer_sent.setDisplayFormat("dd/MM/yyyy")
        self.answer_sent.setDate(QDate.currentDate())
        form.addRow(self.tr("Sent on"), self.answer_sent)
        self.answer_day = QDateEdit()
        self.answer_day.setCalendarPopup(True)
        self.answer_day.setDisplayFormat("dd/MM/yyyy")
        self.answer_day.setDate(QDate.currentDate())
        form.addRow(self.tr("Answered on"), self.answer_day)
        self.answer_analysis = QPlainTextEdit()
        self.answer_analysis.setMaximumHeight(80)
        form.addRow(self.tr("Management's analysis"), self.answer_analysis)
        self.answer_decisions = QPlainTextEdit()
        self.answer_decisions.setMaximumHeight(80)
        form.addRow(self.tr("Decisions"), self.answer_decisions)
        layout.addLayout(form)
        save = QPushButton(self.tr("Record the answer"))
        save.clicked.connect(self.record_answer)
        layout.addWidget(save)
        self.answer_list = QListWidget()
        self.answer_list.setAccessibleName(self.tr("Management's answers"))
        layout.addWidget(self.answer_list, 1)
        layout.addWidget(
            QLabel(self.tr("The group hears the answer at the opening of its next session."))
        )
        return tab

    def _bilan_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(
            QLabel(self.tr("An anonymised page for the social-dialogue bodies. Self-check:"))
        )
        self.criteria: dict[str, QCheckBox] = {}
        labels = _criteria_labels()
        for criterion in CRITERIA:
            box = QCheckBox(labels[criterion])
            self.criteria[criterion] = box
            layout.addWidget(box)
        self.bilan_button = QPushButton(self.tr("Export the bilan (PDF)…"))
        self.bilan_button.clicked.connect(self.export_bilan)
        layout.addWidget(self.bilan_button)
        layout.addWidget(
            QLabel(self.tr("The cycle's cases and their themes (the bilan counts them):"))
        )
        self.case_list = QListWidget()
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
        theme_row.addWidget(self.theme_choice, 1)
        self.theme_button = QPushButton(self.tr("Give this theme"))
        self.theme_button.clicked.connect(self.set_theme)
        theme_row.addWidget(self.theme_button)
        layout.addLayout(theme_row)
        layout.addWidget(QLabel(self.tr("Over the cycle, least heard first (for you only):")))
        self.heard = QListWidget()
        self.heard.setAccessibleName(self.tr("Least heard over the cycle"))
        layout.addWidget(self.heard, 1)
        return tab

    # -- showing -----------------------------------------------------------------

    def refresh(self) -> None:
        self.error.clear()
        self.members = self.cycles.members(self.group, include_retired=True)
        self.member_list.clear()
        for m in self.members:
            role = role_label(Role(m.role)) if m.role in {r.value for r in Role} else m.role
            retired = " — " + self.tr("retired") if m.retired else ""
            self.member_list.addItem(f"{m.name} ({role}){retired}")
        self.entry_narrator.clear()
        self.entry_narrator.addItem(self.tr("Not chosen yet"), None)
        for m in self.members:
            if not m.retired:
                self.entry_narrator.addItem(m.name, m.id)
        self.cycle_list = self.cycles.cycles(self.group)
        self.cycle_choice.blockSignals(True)
        self.cycle_choice.clear()
        for c in self.cycle_list:
            self.cycle_choice.addItem(
                self.tr("{title} — {held} of {planned} sessions held").format(
                    title=c.title, held=c.held, planned=c.planned_sessions
                ),
                c.id,
            )
        self.cycle_choice.setCurrentIndex(len(self.cycle_list) - 1)
        self.cycle_choice.blockSignals(False)
        self.sessions = [s for s in self.store.summaries() if s.group == self.group]
        self.answer_session.clear()
        for s in self.sessions:
            if s.state == SessionState.ENDED:
                self.answer_session.addItem(
                    self.tr("Session {n} — {case}").format(n=s.number_in_cycle, case=s.case_title),
                    s.id,
                )
        self._fill_about()
        self.answer_list.clear()
        for s in self.sessions:
            for answer in self.cycles.answers_to(s.id):
                self.answer_list.addItem(
                    self.tr("Session {n}: answered {days} days after the relevé — {text}").format(
                        n=s.number_in_cycle,
                        days=answer.delay_days,
                        text=(f"« {answer.about} » — " if answer.about else "")
                        + (answer.decisions or answer.analysis),
                    )
                )
        self._show_calendar()

    def _fill_about(self) -> None:
        self.answer_about.clear()
        self.answer_about.addItem(self.tr("The relevé as a whole"), "")
        session = self.answer_session.currentData()
        if session is not None:
            for text in self.cycles.answerable(int(session)):
                short = text if len(text) <= 80 else text[:79] + "…"
                self.answer_about.addItem(short, text)

    def current_cycle(self) -> int | None:
        data = self.cycle_choice.currentData()
        return int(data) if data is not None else None

    def _show_cases(self, cycle_id: int | None) -> None:
        """The cycle's cases, each with its theme, for the bilan's count by theme."""
        chosen = self.case_list.currentRow()
        self.case_list.clear()
        self.cycle_case_keys: list[tuple[int, int]] = []
        for session_id, number, index, title, theme in (
            self.store.cycle_cases(cycle_id) if cycle_id is not None else []
        ):
            self.case_list.addItem(
                self.tr("Session {n} — {case} — {theme}").format(
                    n=number, case=title, theme=theme or self.tr("no theme")
                )
            )
            self.cycle_case_keys.append((session_id, index))
        if self.cycle_case_keys:
            self.case_list.setCurrentRow(min(max(chosen, 0), len(self.cycle_case_keys) - 1))
        typed = self.theme_choice.currentText()
        self.theme_choice.clear()
        self.theme_choice.addItems(self.store.themes())
        self.theme_choice.setCurrentText(typed)
        self.theme_button.setEnabled(bool(self.cycle_case_keys))

    def set_theme(self) -> None:
        row = self.case_list.currentRow()
        if not 0 <= row < len(self.cycle_case_keys):
            return
        session_id, index = self.cycle_case_keys[row]
        theme = self.theme_choice.currentText()
        self._try(lambda: self.store.set_case_theme(session_id, index, theme))

    def _show_calendar(self) -> None:
        self.calendar_list.clear()
        self.heard.clear()
        cycle_id = self.current_cycle()
        for widget in (self.ics_button, self.bilan_button):
            widget.setEnabled(cycle_id is not None)
        self._show_cases(cycle_id)
        if cycle_id is None:
            self.narrators.setText(self.tr("No cycle yet: create one to plan its dates."))
            return
        upcoming, overdue = self.cycles.next_and_overdue(cycle_id, date.today())
        late = {e.number for e in overdue}
        for e in self.cycles.calendar(cycle_id):
            state = (
                self.tr("held")
                if e.held
                else self.tr("overdue")
                if e.number in late
                else self.tr("next")
                if upcoming is not None and e.number == upcoming.number
                else ""
            )
            day = QDate.fromString(e.day, "yyyy-MM-dd").toString("dd/MM/yyyy")
            narrator = f" — {e.narrator}" if e.narrator else ""
            place = f" — {e.place}" if e.place else ""
            mark = f" [{state}]" if state else ""
            self.calendar_list.addItem(f"{e.number}. {day} {e.start}{place}{narrator}{mark}")
        told = self.cycles.narrators_in_cycle(cycle_id)
        self.narrators.setText(
            self.tr("Already brought a case in this cycle: {names}").format(
                names=", ".join(told) if told else "—"
            )
        )
        try:
            figures = collect_cycle(self.store, cycle_id)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
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

    # -- acting ------------------------------------------------------------------

    def _try(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return False
        except InvalidEntry as exc:
            self.error.setText(self._invalid_text(exc.field))
            return False
        self.refresh()
        return True

    def _invalid_text(self, field: str) -> str:
        return {
            "answered_day": self.tr("The answer cannot come before the relevé was sent."),
            "planned_sessions": self.tr("A cycle has 1 to 50 sessions."),
        }.get(field, self.tr("This date or time cannot be used."))

    def add_member(self) -> None:
        name = self.new_member.text().strip()
        if not name:
            self.error.setText(self.tr("Type the new member's name first."))
            return
        if self._try(
            lambda: self.cycles.add_member(self.group, name, Role.CONSULTANT.value, self.wall)
        ):
            self.new_member.clear()

    def _selected_member(self) -> int | None:
        row = self.member_list.currentRow()
        if 0 <= row < len(self.members):
            return self.members[row].id
        self.error.setText(self.tr("Choose a member in the list first."))
        return None

    def rename_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        current = next(m.name for m in self.members if m.id == member)
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("New name:"), text=current)
        if ok and name.strip():
            self._try(lambda: self.cycles.rename_member(member, name))

    def retire_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._try(lambda: self.cycles.retire_member(member, self.wall))

    def new_cycle(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New cycle"), self.tr("Title (e.g. “2027”):")
        )
        if not ok or not title.strip():
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("New cycle"), self.tr("Planned sessions:"), 6, 1, 50
        )
        if ok:
            protocol = self.sessions[0].protocol_id if self.sessions else "codev-anact"
            self._try(
                lambda: self.cycles.create_cycle(self.group, protocol, title, count, self.wall)
            )

    def save_entry(self) -> None:
        cycle_id = self.current_cycle()
        if cycle_id is None:
            self.error.setText(self.tr("No cycle yet: create one to plan its dates."))
            return
        self._try(
            lambda: self.cycles.plan(
                cycle_id,
                self.entry_number.value(),
                self.entry_day.date().toString("yyyy-MM-dd"),
                self.entry_time.time().toString("HH:mm"),
                self.entry_minutes.value(),
                self.entry_place.text(),
                self.entry_narrator.currentData(),
            )
        )

    def record_answer(self) -> None:
        session = self.answer_session.currentData()
        if session is None:
            self.error.setText(self.tr("No ended session yet: a relevé comes after a session."))
            return
        self._try(
            lambda: self.cycles.record_answer(
                int(session),
                self.answer_sent.date().toString("yyyy-MM-dd"),
                self.answer_day.date().toString("yyyy-MM-dd"),
                self.answer_analysis.toPlainText(),
                self.answer_decisions.toPlainText(),
                self.wall,
                str(self.answer_about.currentData() or ""),
            )
        )

    @staticmethod
    def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
        """Where to write; replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return path

    def export_ics(self) -> Path | None:
        cycle_id = self.current_cycle()
        if cycle_id is None:
            return None
        path = GroupWindow.ask_path(self, self.tr("The cycle's calendar"), "cycle.ics", "*.ics")
        if not path:
            return None
        try:
            write_atomically(self.cycles.ics(cycle_id), Path(path))
        except OSError as exc:
            self.error.setText(self.tr("Not written: {reason}").format(reason=exc.strerror or exc))
            return None
        return Path(path)

    def export_bilan(self) -> Path | None:
        from app.export.bilan import bilan_pdf

        cycle_id = self.current_cycle()
        if cycle_id is None:
            return None
        path = GroupWindow.ask_path(self, self.tr("The bilan"), "bilan.pdf", "*.pdf")
        if not path:
            return None
        checked = [c for c, box in self.criteria.items() if box.isChecked()]
        try:
            pdf = bilan_pdf(collect_cycle(self.store, cycle_id), checked, self.lang)
            write_atomically(pdf, Path(path))
        except OSError as exc:
            self.error.setText(self.tr("Not written: {reason}").format(reason=exc.strerror or exc))
            return None
        return Path(path)

    @staticmethod
    def confirm(parent: QWidget, text: str) -> bool:
        """Asks before an irreversible deletion (No is the default); replaced in tests."""
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("GroupWindow", "Delete for good?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_session(self) -> None:
        choices = [
            self.tr("Session {n} — {case}").format(n=s.number_in_cycle, case=s.case_title)
            for s in self.sessions
        ]
        if not choices:
            return
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Delete a session"), self.tr("Session:"), choices, 0, False
        )
        if not ok:
            return
        session = self.sessions[choices.index(chosen)]
        text = self.tr(
            "“{what}” will be deleted for good: its notes, its turns and its timings. "
            "It cannot be brought back."
        ).format(what=chosen)
        if GroupWindow.confirm(self, text) and self._try(
            lambda: self.cycles.delete_session(session.id)
        ):
            self.changed.emit()

    def delete_group(self) -> None:
        text = self.tr(
            "The group “{group}” will be deleted for good: its {n} sessions with all their "
            "notes, its members, its cycles and calendar. It cannot be brought back."
        ).format(group=self.group, n=len(self.sessions))
        if not GroupWindow.confirm(self, text):
            return
        try:
            self.cycles.delete_group(self.group)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.changed.emit()
        self.accept()
