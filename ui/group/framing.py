"""Launching the group (seed 001): its framing note, agreed with management,
and the invitation to the agents that repeats it, each printed on one page.

The composition sought is the group's size and, ticked for the group as a
whole, the diversity of its profiles: nobody's age or sex is ever recorded."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.group.ops import framing as ops
from app.group.rules import DIVERSITY, FRAMING_TEXT_MAX, SIZE_RANGE, Facilitation, FramingNote
from app.group.view import GroupView
from ui.group.panel import GroupPanel

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow

TEXT_LINES = 3  # each part's box, before it scrolls


def diversity_label(criterion: str) -> str:
    return {
        "age": QCoreApplication.translate("FramingPanel", "ages"),
        "seniority": QCoreApplication.translate("FramingPanel", "seniority"),
        "sex": QCoreApplication.translate("FramingPanel", "women and men"),
        "status": QCoreApplication.translate("FramingPanel", "statuses"),
        "functions": QCoreApplication.translate("FramingPanel", "functions"),
    }[criterion]


class PartEdit(QPlainTextEdit):
    """A part of the note: a few lines high, at most FRAMING_TEXT_MAX long;
    Tab moves on, as in the rest of the form."""

    def __init__(self, name: str, placeholder: str = "") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing() * TEXT_LINES
        margins = 2 * (self.frameWidth() + round(self.document().documentMargin())) + 4
        self.setFixedHeight(lines + margins)
        self.textChanged.connect(self._keep_within)

    def _keep_within(self) -> None:
        text = self.toPlainText()
        if len(text) > FRAMING_TEXT_MAX:
            self.setPlainText(text[:FRAMING_TEXT_MAX])


class FramingPanel(GroupPanel):
    redraw_on = frozenset({"framing"})

    def __init__(self, window: GroupWindow) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The framing note, agreed with management, and the invitation to the agents "
                "of the perimeter that repeats it. Empty parts print as “to be set”."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.origin = PartEdit(self.tr("Where the approach comes from"))
        self.objectives = PartEdit(self.tr("Objectives"), self.tr("One objective a line"))
        self.perimeter = PartEdit(self.tr("Perimeter"), self.tr("The services and the agents"))
        self.themes = PartEdit(self.tr("Themes"), self.tr("One theme a line"))
        self.rules = PartEdit(
            self.tr("The group's rules"),
            self.tr("Empty: respect, no judgement, fair speaking time, confidentiality"),
        )
        self.resource_people = PartEdit(
            self.tr("Resource people"),
            self.tr("Occupational doctor, psychologist, prevention officer…"),
        )
        form.addRow(self.tr("Origin"), self.origin)
        form.addRow(self.tr("Objectives"), self.objectives)
        form.addRow(self.tr("Perimeter"), self.perimeter)
        form.addRow(self.tr("Themes"), self.themes)
        form.addRow(self.tr("Facilitation"), self._facilitation_row())
        form.addRow(self.tr("Rules"), self.rules)
        form.addRow(self.tr("Size sought"), self._size_row())
        form.addRow(self.tr("Diversity"), self._diversity_box())
        form.addRow(self.tr("Resource people"), self.resource_people)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("How to volunteer"))
        self.contact.setPlaceholderText(self.tr("Whom to tell, by when"))
        self.contact.setMaxLength(300)
        form.addRow(self.tr("To volunteer"), self.contact)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.note_button = QPushButton(self.tr("Framing note (PDF)…"))
        self.note_button.clicked.connect(lambda: self.export("note"))
        self.invitation_button = QPushButton(self.tr("Invitation (PDF)…"))
        self.invitation_button.clicked.connect(lambda: self.export("invitation"))
        for button in (self.save_button, self.note_button, self.invitation_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.exported: Path | None = None
        self._shown = FramingNote()

    def _facilitation_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.facilitation = QComboBox()
        self.facilitation.setAccessibleName(self.tr("Facilitation"))
        self.facilitation.addItem(self.tr("Not said yet"), "")
        self.facilitation.addItem(self.tr("Alone"), Facilitation.ALONE.value)
        self.facilitation.addItem(self.tr("In a pair"), Facilitation.PAIR.value)
        line.addWidget(self.facilitation)
        self.facilitators = QLineEdit()
        self.facilitators.setAccessibleName(self.tr("Facilitators"))
        self.facilitators.setPlaceholderText(self.tr("Who facilitates"))
        self.facilitators.setMaxLength(300)
        line.addWidget(self.facilitators, 1)
        return row

    def _size_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.size_low, self.size_high = QSpinBox(), QSpinBox()
        for spin, name in (
            (self.size_low, self.tr("Smallest size sought")),
            (self.size_high, self.tr("Largest size sought")),
        ):
            # Below the range: not said, the method's advice prints instead.
            spin.setRange(SIZE_RANGE[0] - 1, SIZE_RANGE[1])
            spin.setSpecialValueText(self.tr("as the method advises"))
            spin.setAccessibleName(name)
        line.addWidget(self.size_low)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.size_high)
        line.addWidget(QLabel(self.tr("people")))
        line.addStretch(1)
        return row

    def _diversity_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        said = QLabel(self.tr("Ticked for the group as a whole, never per person. It mixes:"))
        said.setWordWrap(True)
        grid.addWidget(said, 0, 0, 1, 3)
        self.diversity: dict[str, QCheckBox] = {}
        for i, criterion in enumerate(DIVERSITY):
            check = QCheckBox(diversity_label(criterion))
            self.diversity[criterion] = check
            grid.addWidget(check, 1 + i // 3, i % 3)
        return box

    # -- the note, to and from the form ----------------------------------------------

    def note(self) -> FramingNote:
        def size(spin: QSpinBox) -> int | None:
            return spin.value() if spin.value() >= SIZE_RANGE[0] else None

        return FramingNote(
            origin=self.origin.toPlainText(),
            objectives=self.objectives.toPlainText(),
            perimeter=self.perimeter.toPlainText(),
            themes=self.themes.toPlainText(),
            facilitation=str(self.facilitation.currentData()),
            facilitators=self.facilitators.text(),
            rules=self.rules.toPlainText(),
            size_low=size(self.size_low),
            size_high=size(self.size_high),
            diversity_met=tuple(c for c, box in self.diversity.items() if box.isChecked()),
            resource_people=self.resource_people.toPlainText(),
            contact=self.contact.text(),
        )

    def draw(self, view: GroupView) -> None:
        note = view.framing
        if self.note() != self._shown:
            return  # the facilitator is typing: what they typed stays
        self._shown = note
        for edit, text in (
            (self.origin, note.origin),
            (self.objectives, note.objectives),
            (self.perimeter, note.perimeter),
            (self.themes, note.themes),
            (self.rules, note.rules),
            (self.resource_people, note.resource_people),
        ):
            edit.setPlainText(text)
        self.facilitation.setCurrentIndex(max(0, self.facilitation.findData(note.facilitation)))
        self.facilitators.setText(note.facilitators)
        self.contact.setText(note.contact)
        self.size_low.setValue(note.size_low or SIZE_RANGE[0] - 1)
        self.size_high.setValue(note.size_high or SIZE_RANGE[0] - 1)
        for criterion, box in self.diversity.items():
            box.setChecked(criterion in note.diversity_met)
        self._shown = self.note()

    def save(self) -> bool:
        note, group_id, wall = self.note(), self.window_.group_id, self.window_.wall
        saved = self.run(
            lambda s: ops.save_framing_note(s, group_id=group_id, note=note, wall=wall)
        )
        if saved:
            self._shown = self.note()
            self.window_.error.setText(self.tr("The framing note is saved."))
        return saved

    def export(self, paper: ops.Paper) -> None:
        """Saved first: the page prints what the form says."""
        if not self.save():
            return
        title, suggested = (
            (self.tr("The framing note"), "note-de-cadrage.pdf")
            if paper == "note"
            else (self.tr("The invitation"), "invitation.pdf")
        )
        path = self.window_.ask_path(self, title, suggested, "*.pdf")
        if not path:
            return
        group_id, lang, target = self.window_.group_id, self.window_.lang, Path(path)
        written = self.window_.operations.read(
            lambda s: ops.export_framing_paper(
                s, group_id=group_id, paper=paper, lang=lang, path=target
            ),
            failed=self.tell,
        )
        if written is not None:
            self.exported = written
            self.window_.error.setText(self.tr("Saved: {path}").format(path=written))
