"""The console's notes: the line being typed, and the notes already filed, which
stay correctable (text, kind, arbitration, deletion), by keys as by clicks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.protocols import ArbitrationTag, Capture, NoteTag
from app.session.rules.notes import MAX_NOTE, editable_line, next_kind, notes_by_case
from app.session.rules.records import Note
from ui.dialogs import ask_yes_no
from ui.labels import capture_label
from ui.session.controller import SessionController

NOTE_IDLE_MS = 400  # the draft is written this long after the last keystroke…
NOTE_SAVE_EVERY = 0.5  # …and at least this often (seconds) while typing goes on
NOTE_ROLE = 256  # Qt.ItemDataRole.UserRole: the note's id on its row


class NoteField(QLineEdit):
    """The note being typed. It takes focus only when asked (N, Enter, a click):
    Enter files the note and leaves, Esc leaves; the text stays a draft."""

    opened = Signal()
    left = Signal()
    filed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note")
        # Qt would cut a paste at 32,767 characters without a word: far past our own
        # limit, which says so instead (app.session.rules.notes.MAX_NOTE).
        self.setMaxLength(10 * MAX_NOTE)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.filed.emit()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setProperty("typing", True)
        self.style().polish(self)
        self.opened.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setProperty("typing", False)
        self.style().polish(self)
        self.left.emit()


class NotesPanel(QWidget):
    """Typing, filing and correcting notes; every write goes to the store at once."""

    def hasHeightForWidth(self) -> bool:
        """The list of notes takes what room there is: the panel's wrapped help
        must not claim its height for width in the console's column, where the
        column's box layout would take it from the buttons below, under their
        minimum, while the window's minimum (its hint) did not count it."""
        return False

    def __init__(
        self,
        controller: SessionController,
        give_back_keyboard: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._give_back_keyboard = give_back_keyboard
        live = controller.live
        self.draft = controller.notes.note_draft()
        self.correcting: Note | None = None  # the filed note being rewritten
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Notes")))
        self.note_kind = self._combo(self.tr("Kind of the note"))
        self.note_kind.addItem(self.tr("Kind from prefix (? ! > ~)"), None)
        for capture in Capture:
            self.note_kind.addItem(capture_label(capture), capture.value)
        layout.addWidget(self.note_kind)
        self.note_tag = self._combo(self.tr("Arbitration of the proposal"))
        self.protocol = live.stored.protocol
        self.note_tag.addItem(
            self.tr("No arbitration") if not self.protocol.note_tags else self.tr("No tag"), None
        )
        self.tags: list[ArbitrationTag | NoteTag] = [
            *self.protocol.arbitration,
            *self.protocol.note_tags,
        ]
        for tag in self.tags:
            self.note_tag.addItem(tag.name.get(controller.lang), tag.id)
        self.note_tag.setVisible(bool(self.tags))
        layout.addWidget(self.note_tag)
        self.note_state = QLabel()
        self.note_state.setObjectName("note_state")
        self.note_state.setTextFormat(Qt.TextFormat.PlainText)
        self.note_state.setWordWrap(True)
        layout.addWidget(self.note_state)
        self.note_edit = NoteField()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("? question  ! proposal  > action | who | when"))
        self.note_edit.textEdited.connect(self._on_note_edited)
        self.note_edit.filed.connect(self._on_note_finished)
        self.note_edit.left.connect(self.close_note)
        self.note_edit.opened.connect(self.show_note_state)
        layout.addWidget(self.note_edit)
        self.notes_list = QListWidget()
        self.notes_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.notes_list.setWordWrap(True)
        self.notes_list.setAccessibleName(self.tr("Notes filed"))
        self.notes_list.itemDoubleClicked.connect(lambda _item: self.correct_selected())
        layout.addWidget(self.notes_list, 1)
        # Two rows: the console's right column must fit a 1366-pixel laptop screen.
        buttons = QHBoxLayout()
        self.correct_button = self._button(self.tr("Correct (F2)"), self.correct_selected)
        self.kind_button = self._button(self.tr("Kind (K)"), self.change_kind)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.kind_button)
        layout.addLayout(buttons)
        self.delete_button = self._button(self.tr("Delete (Ctrl+Del)"), self.delete_selected)
        layout.addWidget(self.delete_button)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_IDLE_MS)
        self._note_timer.timeout.connect(self.save_note_draft)
        self._note_saved_at: float | None = None  # session clock, for steady typing
        # On a server: filed there by a worker, or typed at another console.
        controller.notes_changed.connect(self.refresh_notes)
        self.refresh_notes()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setAccessibleName(name)
        return combo

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
        button.clicked.connect(slot)
        return button

    # -- typing ---------------------------------------------------------------------

    def open_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_note(self) -> None:
        """Leave the field; what was typed stays saved as a draft."""
        self.save_note_draft()
        if self.note_edit.hasFocus():
            self._give_back_keyboard()
        self.show_note_state()

    def show_note_state(self) -> None:
        typing = self.note_edit.hasFocus()
        if typing and self.correcting is not None:
            text = self.tr("✎ Correcting a note — Enter keeps it, an empty line deletes it")
        elif typing:
            text = self.tr("✎ Typing a note — Enter files it, Esc leaves the field")
        else:
            text = self.tr("N or Enter: type a note · Ctrl+↑↓ choose a filed note")
        self.note_state.setText(text)
        self.note_state.setProperty("typing", typing)
        if self.note_state.isVisible():
            self.note_state.style().polish(self.note_state)

    def _on_note_edited(self, _text: str) -> None:
        now = self.controller.live.clock.monotonic()
        saved = self._note_saved_at
        if saved is None or now - saved >= NOTE_SAVE_EVERY:
            self.save_note_draft()  # steady typing is never held back whole
        else:
            self._note_timer.start()

    def save_note_draft(self) -> bool:
        """Saves what is typed; False (and said) when it could not be: it stays typed."""
        self._note_timer.stop()
        self._note_saved_at = self.controller.live.clock.monotonic()
        kind_value = self.note_kind.currentData()
        kind = Capture(kind_value) if kind_value else None
        if self.controller.notes.save_note(
            self.draft, self.note_edit.text(), kind, self.note_tag.currentData()
        ):
            self.refresh_notes()
            return True
        return False

    def _on_note_finished(self) -> None:
        if not self.save_note_draft():
            return  # refused (too long, a full disk): the field keeps every word
        if self.draft.note_id is not None:
            self.draft.finish()
            self.note_edit.clear()
        corrected = self.correcting
        if corrected is not None:  # back to typing new notes
            self.correcting = None
            self.note_edit.clear()
            self.note_kind.setCurrentIndex(0)
            self.note_tag.setCurrentIndex(0)
            self.select_id(corrected.id)  # still the one chosen
        else:
            self.notes_list.setCurrentRow(-1)  # Ctrl+↑ now chooses the note just filed
        self._note_saved_at = None
        self.close_note()

    # -- the notes filed ------------------------------------------------------------

    def refresh_notes(self) -> None:
        live = self.controller.live
        lang = self.controller.lang
        chosen = self.selected_id()
        tags = {t.id: t.name.get(lang) for t in self.tags}
        self.notes_list.clear()
        self.notes: list[Note] = self.controller.notes.filed()
        for case, notes in notes_by_case(self.notes, len(live.engine.cases)):
            if len(live.engine.cases) > 1:
                title = (
                    self.tr("Case {n}: {title}").format(
                        n=case + 1, title=live.engine.cases[case].title
                    )
                    if case is not None and case < len(live.engine.cases)
                    else self.tr("The whole session")
                )
                header = QListWidgetItem(title)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading, never chosen
                bold = QFont(header.font())
                bold.setBold(True)
                header.setFont(bold)
                self.notes_list.addItem(header)
            for note in notes:
                self.notes_list.addItem(self._row(note, tags))
        if chosen is not None and not self.select_id(chosen):
            chosen = None
        if chosen is None:
            self.notes_list.scrollToBottom()
        self._enable()

    def _row(self, note: Note, tags: dict[str, str]) -> QListWidgetItem:
        step = ""
        if note.step_index is not None and note.step_index < len(self.controller.live.engine.plan):
            step = f"{note.step_index + 1}. "
        extra = " · ".join(x for x in (note.owner, note.due) if x)
        tag = f" [{tags.get(note.tag, note.tag)}]" if note.tag else ""
        known = note.kind in {c.value for c in Capture}
        label = capture_label(Capture(note.kind)) if known else note.kind
        item = QListWidgetItem(
            f"{step}{label}{tag} — {note.text}" + (f" ({extra})" if extra else "")
        )
        item.setData(NOTE_ROLE, note.id)
        return item

    def _enable(self) -> None:
        chosen = self.selected_note() is not None
        for button in (self.correct_button, self.kind_button, self.delete_button):
            button.setEnabled(chosen)  # after the end too: typos are found at the relevé

    def selected_id(self) -> int | None:
        item = self.notes_list.currentItem()
        value = item.data(NOTE_ROLE) if item is not None and item.isSelected() else None
        return int(value) if value is not None else None

    def selected_note(self) -> Note | None:
        chosen = self.selected_id()
        return next((n for n in getattr(self, "notes", []) if n.id == chosen), None)

    def select_id(self, note_id: int) -> bool:
        for row in range(self.notes_list.count()):
            item = self.notes_list.item(row)
            if item.data(NOTE_ROLE) == note_id:
                self.notes_list.setCurrentItem(item)
                item.setSelected(True)
                self.notes_list.scrollToItem(item)
                return True
        return False

    def select_step(self, delta: int) -> None:
        """Ctrl+↑ / Ctrl+↓: the filed note above or below (the newest first)."""
        ids = [n.id for n in self.notes]
        if not ids:
            return
        chosen = self.selected_id()
        if chosen is None or chosen not in ids:
            target = ids[-1] if delta < 0 else ids[0]
        else:
            target = ids[max(0, min(len(ids) - 1, ids.index(chosen) + delta))]
        self.select_id(target)
        self._enable()

    def correct_selected(self) -> None:
        """F2: the chosen note back in the field, with its kind and arbitration."""
        note = self.selected_note()
        if note is None:
            return
        self.save_note_draft()
        self.draft.finish()
        self.correcting = note
        self.draft.reopen(note)
        self.note_kind.setCurrentIndex(max(0, self.note_kind.findData(note.kind)))
        self.note_tag.setCurrentIndex(max(0, self.note_tag.findData(note.tag)))
        self.note_edit.setText(editable_line(note))
        self.open_note()
        self.show_note_state()

    def change_kind(self) -> None:
        """K: the chosen note becomes the next kind (question → hypothesis → …)."""
        note = self.selected_note()
        if note is None:
            return
        kind = next_kind(note.kind)
        kept = {t.id for t in self.protocol.tags_for(kind.value)}
        tag = note.tag if note.tag in kept else None  # a tag the new kind can carry
        self._rewrite(note._replace(kind=kind.value, tag=tag))

    def tag_selected(self, position: int) -> None:
        """Ctrl+1…: the chosen proposal arbitrated (desirable, under conditions, to
        stop…); Ctrl+0 takes the arbitration off."""
        note = self.selected_note()
        if note is None or not self.tags:
            return
        choices = self.protocol.tags_for(note.kind)
        if not choices:
            self.controller.failed.emit(
                self.tr("Only a proposal is arbitrated.")
                if not self.protocol.note_tags
                else self.tr("This kind of note takes no tag.")
            )
            return
        if position == 9:
            tag = None
        elif position < len(choices):
            tag = choices[position].id
        else:
            return
        self._rewrite(note._replace(tag=tag))

    def _rewrite(self, note: Note) -> None:
        if self.controller.notes.rewrite_note(note):
            self.refresh_notes()
            self.select_id(note.id)

    @staticmethod
    def confirm_delete(parent: QWidget, text: str) -> bool:
        """Asks before deleting; replaced in tests."""
        short = text if len(text) <= 120 else text[:119] + "…"
        return ask_yes_no(
            parent,
            QCoreApplication.translate("NotesPanel", "Delete this note?"),
            QCoreApplication.translate("NotesPanel", "“{text}” will be deleted.").format(
                text=short
            ),
        )

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        if not NotesPanel.confirm_delete(self, note.text):
            self._give_back_keyboard()
            return
        if not self.controller.notes.delete_note(note.id):
            return
        if self.draft.note_id == note.id:
            self.draft.finish()
        self.refresh_notes()
        self._give_back_keyboard()
