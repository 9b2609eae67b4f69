"""Starting a new session: the group, its people, the method, the case(s).

Names are typed or pasted one per line. Every problem is shown next to its
field, and nothing typed is lost while fixing it.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.group.rules import Attendance
from app.kinds import MAX_THEME
from app.prep.rules import EXTENSION, PrepFileError, load_prep
from app.protocols import Catalog, Protocol
from app.session.ops.actions import (
    CREATED,
    GroupDefaults,
    create_session,
    create_session_in_new_cycle,
    group_defaults,
)
from app.session.rules.engine import Role
from app.session.rules.setup import (
    NewCase,
    NewParticipant,
    SessionSetup,
    SetupProblem,
    parse_names,
    validate_setup,
)
from ui.dialogs import ask_yes_no
from ui.labels import prep_error_text, problem_text, role_label, size_advice_text
from ui.operations import Operations

PEER_CHOICES = [Role.CONSULTANT, Role.SCRIBE, Role.GUEST]


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #9b1c1c; font-weight: bold;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


class CaseRow:
    def __init__(self, grid: QGridLayout, row: int, parent: QWidget, themes: list[str]) -> None:
        self.title = QLineEdit(parent)
        self.title.setPlaceholderText(
            QCoreApplication.translate("NewSessionDialog", "Short title, no names of third parties")
        )
        caption = QCoreApplication.translate("NewSessionDialog", "Case {n}").format(n=row + 1)
        self.title.setAccessibleName(caption)
        self.narrator = QComboBox(parent)
        self.narrator.setAccessibleName(
            QCoreApplication.translate("NewSessionDialog", "Narrator of case {n}").format(n=row + 1)
        )
        # Typed, or one already used: the cycle's bilan counts the cases by theme.
        self.theme = QComboBox(parent)
        self.theme.setEditable(True)
        self.theme.addItems(themes)
        self.theme.setCurrentText("")
        theme_edit = self.theme.lineEdit()
        assert theme_edit is not None  # editable combo boxes have one
        theme_edit.setMaxLength(MAX_THEME)
        theme_edit.setAccessibleName(
            QCoreApplication.translate("NewSessionDialog", "Theme (optional)")
        )
        theme_edit.setPlaceholderText(
            QCoreApplication.translate("NewSessionDialog", "Theme (optional)")
        )
        self.theme.setAccessibleName(
            QCoreApplication.translate("NewSessionDialog", "Theme of case {n}").format(n=row + 1)
        )
        grid.addWidget(QLabel(caption), row, 0)
        grid.addWidget(self.title, row, 1)
        grid.addWidget(self.narrator, row, 2)
        grid.addWidget(self.theme, row, 3)
        self.situation = ""
        self.request = ""

    def widgets(self) -> list[QWidget]:
        return [self.title, self.narrator, self.theme]


class NewSessionDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        catalog: Catalog,
        lang: str,
        parent: QWidget | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.wall = wall
        self.operations = operations
        self.catalog = catalog
        self.lang = lang
        self.session_id: int | None = None
        self._roles: dict[str, Role] = {}
        self._attendance: dict[str, str] = {}  # name -> present | excused | absent
        self._told: set[str] = set()  # who already brought a case in the group's cycle
        self._themes = operations.read(lambda s: s.themes()) or []
        self.setWindowTitle(self.tr("New session"))
        self.setMinimumWidth(720)

        form = QFormLayout()
        self._group_rows(form)

        self.protocol = QComboBox()
        for protocol in catalog.protocols.values():
            self.protocol.addItem(protocol.name.get(lang), protocol.id)
        self.protocol.currentIndexChanged.connect(self._on_protocol_changed)
        form.addRow(self.tr("Method"), self.protocol)

        self.facilitator = QLineEdit()
        self.facilitator.setPlaceholderText(self.tr("Your name (optional)"))
        form.addRow(self.tr("Facilitator"), self.facilitator)
        self.co_facilitator = QLineEdit()
        self.co_facilitator.setPlaceholderText(self.tr("A second facilitator (optional)"))
        self.co_facilitator.setAccessibleName(self.tr("Co-facilitator"))
        form.addRow(self.tr("Co-facilitator"), self.co_facilitator)

        self._people_rows(form)

        self._cases_rows(form)

        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("e.g. 12 March, next session"))
        form.addRow(self.tr("Follow-up date"), self.follow_up)

        self.general_error = _error_label()
        buttons = QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("Create the session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create_session)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._on_protocol_changed()

    # -- building, row by row ---------------------------------------------------------

    def _group_rows(self, form: QFormLayout) -> None:
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(self.operations.read(lambda s: s.groups()) or [])
        self.group.setCurrentText("")
        group_edit = self.group.lineEdit()
        assert group_edit is not None  # editable combo boxes have one
        group_edit.setPlaceholderText(self.tr("Name or code of the group"))
        group_edit.setAccessibleName(self.tr("Group"))  # a screen reader says what it is
        self.group.currentTextChanged.connect(self._on_group_chosen)
        self.group_error = _error_label()
        form.addRow(self.tr("Group"), self.group)
        form.addRow("", self.group_error)

    def _people_rows(self, form: QFormLayout) -> None:
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(self.tr("One name per line — typed or pasted"))
        self.names.setTabChangesFocus(True)
        self.names.setMaximumHeight(170)
        self.names.textChanged.connect(self._on_names_changed)
        self.people_error = _error_label()
        form.addRow(self.tr("Participants"), self.names)
        self.roles = QTableWidget(0, 3)
        self.roles.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Today")])
        self.roles.horizontalHeader().setStretchLastSection(True)
        self.roles.verticalHeader().hide()
        self.roles.setMaximumHeight(180)
        form.addRow(self.tr("Roles"), self.roles)
        self.size_advice = QLabel()  # the method's advised size: said, never refused
        self.size_advice.setWordWrap(True)
        self.size_advice.hide()
        form.addRow("", self.size_advice)
        form.addRow("", self.people_error)

    def _cases_rows(self, form: QFormLayout) -> None:
        self.case_count = QSpinBox()
        self.case_count.valueChanged.connect(self._on_case_count_changed)
        form.addRow(self.tr("Cases"), self.case_count)
        self.cases_grid = QGridLayout()
        self.case_rows: list[CaseRow] = []
        cases_box = QWidget()
        cases_box.setLayout(self.cases_grid)
        form.addRow("", cases_box)
        self.prep_button = QPushButton(self.tr("Fill the case from a narrator’s prep file…"))
        self.prep_button.clicked.connect(self._browse_prep)
        form.addRow("", self.prep_button)
        self.cases_error = _error_label()
        form.addRow("", self.cases_error)

    # -- what was typed ---------------------------------------------------------------

    @property
    def chosen_protocol(self) -> Protocol:
        return self.catalog.get(self.protocol.currentData())

    def peer_names(self) -> list[str]:
        return parse_names(self.names.toPlainText())

    def participants(self) -> list[NewParticipant]:
        people = [NewParticipant(name, Role.FACILITATOR) for name in self.facilitator_names()]
        for name in self.peer_names():
            people.append(
                NewParticipant(
                    name,
                    self._roles.get(name, Role.CONSULTANT),
                    self._attendance.get(name, Attendance.PRESENT.value),
                )
            )
        return people

    def facilitator_names(self) -> list[str]:
        """The facilitator and the co-facilitator: both recorded, both out of the figures."""
        names = [" ".join(f.text().split()) for f in (self.facilitator, self.co_facilitator)]
        return [n for i, n in enumerate(names) if n and n not in names[:i]]

    def present_names(self) -> list[str]:
        return [
            n
            for n in self.peer_names()
            if self._attendance.get(n, Attendance.PRESENT.value) == Attendance.PRESENT.value
        ]

    def setup(self) -> SessionSetup:
        people = self.participants()
        offset = len(self.facilitator_names())
        cases = []
        for row in self.case_rows:
            choice = row.narrator.currentData()
            cases.append(
                NewCase(
                    row.title.text(),
                    None if choice is None else choice + offset,
                    row.situation,
                    row.request,
                    row.theme.currentText(),
                )
            )
        return SessionSetup(
            group=self.group.currentText(),
            protocol=self.chosen_protocol,
            participants=people,
            cases=cases,
            follow_up=self.follow_up.text().strip(),
            cycle_id=self._defaults(self.group.currentText()).open_cycle,
        )

    def _defaults(self, name: str) -> GroupDefaults:
        found = self.operations.read(lambda s: group_defaults(s, name=name))
        return found if found is not None else GroupDefaults([], set(), None)

    # -- reactions ------------------------------------------------------------------------

    def _on_group_chosen(self, name: str) -> None:
        defaults = self._defaults(name)
        self._told = defaults.told
        for row in self.case_rows:
            self._fill_narrators(row)
        if self.names.toPlainText().strip():
            return  # never overwrite what was typed
        # The group's members, all ticked present; else the last session's people.
        known = defaults.people
        if not known:
            return
        peers = [(n, r) for n, r in known if r is not Role.FACILITATOR]
        for n, r in peers:
            self._roles[n] = r if r in PEER_CHOICES else Role.CONSULTANT
        self.names.setPlainText("\n".join(n for n, _ in peers))
        facilitators = [n for n, r in known if r is Role.FACILITATOR]
        for field, name in zip((self.facilitator, self.co_facilitator), facilitators, strict=False):
            if not field.text():
                field.setText(name)

    def _on_protocol_changed(self) -> None:
        counts = self.chosen_protocol.cases
        self.case_count.setRange(counts.min, counts.max)
        self.case_count.setValue(max(counts.min, min(counts.max, counts.default)))
        self.case_count.setEnabled(counts.min != counts.max)
        self._on_case_count_changed(self.case_count.value())
        self._advise_size()

    def _on_case_count_changed(self, count: int) -> None:
        while len(self.case_rows) < count:
            self.case_rows.append(CaseRow(self.cases_grid, len(self.case_rows), self, self._themes))
            self._fill_narrators(self.case_rows[-1])
        while len(self.case_rows) > count:
            row = self.case_rows.pop()
            for widget in row.widgets():
                widget.deleteLater()
            cell = self.cases_grid.itemAtPosition(len(self.case_rows), 0)
            caption = cell.widget() if cell is not None else None
            if caption is not None:
                caption.deleteLater()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the case rows where they are seen, not when they were made."""
        chain: list[QWidget] = [self.case_count]
        for row in self.case_rows:
            chain += row.widgets()
        chain.append(self.prep_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _fill_narrators(self, row: CaseRow) -> None:
        previous = row.narrator.currentText()
        row.narrator.blockSignals(True)
        row.narrator.clear()
        row.narrator.addItem(self.tr("— narrator —"), None)
        present = set(self.present_names())
        for i, name in enumerate(self.peer_names()):
            if name not in present:
                continue  # an absent member cannot bring a case today
            told = (
                " " + self.tr("(already brought a case in this cycle)")
                if name in self._told
                else ""
            )
            row.narrator.addItem(name + told, i)
        index = row.narrator.findText(previous) if previous else -1
        row.narrator.setCurrentIndex(max(0, index))
        row.narrator.blockSignals(False)

    def _on_names_changed(self) -> None:
        names = self.peer_names()
        self.roles.setRowCount(len(names))
        for i, name in enumerate(names):
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.roles.setCellWidget(i, 0, label)
            combo = QComboBox()
            for role in PEER_CHOICES:
                combo.addItem(role_label(role), role.value)
            combo.setCurrentIndex(PEER_CHOICES.index(self._roles.get(name, Role.CONSULTANT)))
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self._roles.__setitem__(n, Role(c.currentData()))
            )
            self.roles.setCellWidget(i, 1, combo)
            here = QComboBox()
            for value, text in (
                (Attendance.PRESENT.value, self.tr("present")),
                (Attendance.EXCUSED.value, self.tr("excused")),
                (Attendance.ABSENT.value, self.tr("absent")),
            ):
                here.addItem(text, value)
            here.setCurrentIndex(max(0, here.findData(self._attendance.get(name, "present"))))
            here.currentIndexChanged.connect(
                lambda _i, n=name, c=here: self._on_attendance(n, str(c.currentData()))
            )
            self.roles.setCellWidget(i, 2, here)
        for row in self.case_rows:
            self._fill_narrators(row)
        self._advise_size()

    def _advise_size(self) -> None:
        peers = len(self.peer_names())
        text = size_advice_text(self.chosen_protocol.id, peers)
        self.size_advice.setText(text)
        self.size_advice.setVisible(bool(text))

    def _on_attendance(self, name: str, attendance: str) -> None:
        self._attendance[name] = attendance
        for row in self.case_rows:
            self._fill_narrators(row)

    def _browse_prep(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a prep file"),
            str(Path.home()),
            self.tr("Tour de table preparation (*{ext})").format(ext=EXTENSION),
        )
        if chosen:
            self.fill_from_prep(Path(chosen))

    def fill_from_prep(self, path: Path, case_index: int = 0) -> bool:
        """Pre-fill a case from the narrator's prep file: nothing is retyped."""
        try:
            prep = load_prep(path)
        except PrepFileError as exc:
            self.cases_error.setText(prep_error_text(exc))
            self.cases_error.show()
            return False
        self.set_case_texts(
            case_index, prep.title, prep.narrator.strip(), prep.situation, prep.request_text()
        )
        self.cases_error.hide()
        return True

    def set_case_texts(
        self, index: int, title: str, narrator: str, situation: str, request: str
    ) -> None:
        """Pre-fill one case (from a narrator's prep file)."""
        row = self.case_rows[index]
        if title:
            row.title.setText(title)
        if narrator:
            if narrator not in self.peer_names():
                self.names.appendPlainText(narrator)
            position = self.peer_names().index(narrator)
            row.narrator.setCurrentIndex(max(0, row.narrator.findData(position)))
        row.situation = situation
        row.request = request

    # -- creating ------------------------------------------------------------------------

    def show_problems(self, problems: list[SetupProblem]) -> None:
        where = {
            "group": self.group_error,
            "participants": self.people_error,
            "cases": self.cases_error,
        }
        texts: dict[QLabel, list[str]] = {label: [] for label in where.values()}
        for problem in problems:
            texts[where[problem.field]].append(problem_text(problem))
        for label, lines in texts.items():
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    @staticmethod
    def ask_new_cycle(parent: QWidget, title: str, held: int) -> bool:
        """The group's cycle has held all its sessions: does this one open the next?
        Replaced in tests."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("Setup", "A new cycle?"),
            QCoreApplication.translate(
                "Setup",
                "The cycle “{title}” has held its {n} sessions. Does this session open a new "
                "cycle? (No: it is held outside any cycle.)",
            ).format(title=title, n=held),
            default_yes=True,
        )

    def create_session(self) -> None:
        setup = self.setup()
        problems = validate_setup(setup)
        self.show_problems(problems)
        if problems:
            return
        wall = self.wall()

        def failed(text: str) -> None:
            self.general_error.setText(text)
            self.general_error.show()

        full = self._defaults(self.group.currentText()).full_cycle
        if full is not None and NewSessionDialog.ask_new_cycle(self, full.title, full.held):
            self.session_id = self.operations.create(
                lambda s: create_session_in_new_cycle(s, setup=setup, after=full, wall=wall),
                changes=CREATED,
                origin=self,
                failed=failed,
            )
        else:
            self.session_id = self.operations.create(
                lambda s: create_session(s, setup=setup, wall=wall),
                changes=CREATED,
                origin=self,
                failed=failed,
            )
        if self.session_id is not None:
            self.accept()
