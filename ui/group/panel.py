"""What the group window's panels share: the labels of the cycle's words, a
list item that carries its record's id, and the panel every tab is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.changes import OpChanges
from app.dates import LOCALES, day
from app.group.rules import DateState
from app.group.view import GroupView
from app.session.rules.records import SessionSummary

if TYPE_CHECKING:
    from ui.group.group_window import GroupWindow

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


def criteria_labels() -> dict[str, str]:
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


def state_label(state: DateState) -> str:
    return {
        DateState.HELD: QCoreApplication.translate("GroupWindow", "held"),
        DateState.OVERDUE: QCoreApplication.translate("GroupWindow", "overdue"),
        DateState.NEXT: QCoreApplication.translate("GroupWindow", "next"),
        DateState.PLANNED: "",
    }[state]


def list_item(text: str, ident: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID, ident)
    return item


def chosen_id(widget: QListWidget) -> object:
    item = widget.currentItem()
    return item.data(ID) if item is not None else None


def date_edit(lang: str) -> QDateEdit:
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


def session_label(s: SessionSummary, lang: str) -> str:
    """Its number and case, then its date: two sessions can share the first two."""
    label = QCoreApplication.translate("GroupWindow", "Session {n} — {case}")
    return label.format(n=s.number_in_cycle, case=s.case_title) + f" — {day(s.created_wall, lang)}"
