"""The group's members: added, renamed, retired, or erased from every session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.group.ops import actions as ops
from app.group.view import GroupView
from app.session.rules.engine import Role
from ui.labels import role_label, size_advice_text

if TYPE_CHECKING:
    from app.privacy.rules.erasure import Replacement
    from ui.group.group_window import GroupWindow
from ui.group.panel import GroupPanel, chosen_id, list_item


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
        self.size_advice = QLabel()  # the method's advised size: said, never refused
        self.size_advice.setWordWrap(True)
        self.size_advice.hide()
        layout.addWidget(self.size_advice)

    def draw(self, view: GroupView) -> None:
        chosen = chosen_id(self.member_list)
        self.member_list.clear()
        for m in view.members:
            role = role_label(Role(m.role)) if m.role in {r.value for r in Role} else m.role
            retired = " — " + self.tr("retired") if m.retired else ""
            self.member_list.addItem(list_item(f"{m.name} ({role}){retired}", m.id))
            if m.id == chosen:
                self.member_list.setCurrentRow(self.member_list.count() - 1)
        self._advise_size(view)

    def _advise_size(self, view: GroupView) -> None:
        peers = sum(1 for m in view.members if not m.retired and m.role != Role.FACILITATOR.value)
        text = size_advice_text(view.protocol_id, peers)
        self.size_advice.setText(text)
        self.size_advice.setVisible(bool(text))

    def add_member(self) -> None:
        name = self.new_member.text().strip()
        if not name:
            self.tell(self.tr("Type the new member's name first."))
            return
        group_id, wall = self.window_.group_id, self.window_.wall
        if self.run(lambda s: ops.add_member(s, group_id=group_id, name=name, wall=wall)):
            self.new_member.clear()

    def _selected_member(self) -> int | None:
        member = chosen_id(self.member_list)
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
            "“{name}” will be erased from every session of the group: seats, notes, cases, "
            "answers, follow-up, places and titles. Their speaking time stays, as a former "
            "member. It cannot be undone. Backups made before (of this computer or of the "
            "server) still hold the name until they are replaced."
        ).format(name=name)
        group_id, lang, wall = self.window_.group_id, self.window_.lang, self.window_.wall

        def ask(changes: list[Replacement]) -> None:
            if self.confirm_erasure(self, text, changes):
                self.run(
                    lambda s: ops.erase_person(
                        s, group_id=group_id, member_id=member, lang=lang, wall=wall
                    )
                )

        # Every free text of the group's years is read: off the GUI thread.
        self.window_.operations.read_in_background(
            lambda s: ops.erasure_preview(s, group_id=group_id, member_id=member, lang=lang),
            done=ask,
            failed=self.tell,
            owner=self,
        )

    @staticmethod
    def confirm_erasure(parent: QWidget, text: str, changes: list[Replacement]) -> bool:
        """Asks before erasing, with every text that will change shown before and
        after (No is the default); replaced in tests."""
        dialog = ErasureDialog(parent, text, changes)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def retire_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            wall = self.window_.wall
            self.run(lambda s: ops.retire_member(s, member_id=member, wall=wall))


def place_label(table: str) -> str:
    """Where a text that erasure changes stands, in the facilitator's words."""
    translate = QCoreApplication.translate
    return {
        "notes": translate("Erasure", "Note"),
        "cases": translate("Erasure", "Case"),
        "note_corrections": translate("Erasure", "Correction"),
        "management_answers": translate("Erasure", "Management's answer"),
        "action_reviews": translate("Erasure", "Action review"),
        "framing_notes": translate("Erasure", "Framing note"),
        "sessions": translate("Erasure", "Follow-up date"),
        "calendar_entries": translate("Erasure", "Place of a date"),
        "cycles": translate("Erasure", "Cycle's title"),
    }.get(table, table)


class ErasureDialog(QDialog):
    """The question before a person's erasure, and every change it makes: the
    facilitator sees that "Marie-Galante" or another member's name stays."""

    def __init__(self, parent: QWidget, text: str, changes: list[Replacement]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GroupWindow", "Delete for good?"))
        layout = QVBoxLayout(self)
        question = QLabel(text)
        question.setWordWrap(True)
        layout.addWidget(question)
        heading = (
            QCoreApplication.translate(
                "Erasure", "The name is replaced in {n} text(s), so:"
            ).format(n=len(changes))
            if changes
            else QCoreApplication.translate(
                "Erasure", "The name stands in no note, case or answer: only the seats change."
            )
        )
        layout.addWidget(QLabel(heading))
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(heading)
        self.changes.setPlainText(
            "\n\n".join(f"{place_label(c.place)}\n  {c.before}\n→ {c.after}" for c in changes)
        )
        self.changes.setVisible(bool(changes))
        layout.addWidget(self.changes, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # No is the default, and where the focus stands: Enter never erases.
        yes, no = (
            buttons.button(b) for b in (buttons.StandardButton.Yes, buttons.StandardButton.No)
        )
        yes.setAutoDefault(False)
        no.setDefault(True)
        no.setFocus()
        self.resize(640, 420 if changes else 200)
