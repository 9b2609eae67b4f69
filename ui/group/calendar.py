"""The cycle's calendar: its cycles, each planned date, and its .ics file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from app.dates import day
from app.group.ops import actions as ops
from app.group.view import CycleView, GroupView
from ui.wrap import wrapping_list

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow
from ui.group.panel import GroupPanel, date_edit, list_item, state_label


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
        self.entry_day = date_edit(window.lang)
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
            label = state_label(state)
            mark = f" [{label}]" if label else ""
            when = day(e.day, self.window_.lang)
            text = f"{e.number}. {when} {e.start}{place}{narrator}{mark}"
            self.calendar_list.addItem(list_item(text, e.number))
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
        path = self.window_.ask_path(self, self.tr("The cycle's calendar"), "cycle.ics", "*.ics")
        if not path:
            return None
        target = Path(path)
        written = self.window_.operations.read(
            lambda s: ops.export_calendar(s, cycle_id=cycle_id, path=target), failed=self.tell
        )
        return written
