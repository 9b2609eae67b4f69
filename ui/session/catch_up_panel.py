"""The console's proposal to end on time: shown while the session runs late,
answered with one key (F: finish on time, G: go on as planned)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.session.rules.cues import format_duration
from app.session.view.snapshot import Snapshot
from ui.session.clock_panel import console_button
from ui.session.controller import SessionController

NAMED = 3  # steps named in the proposal; the rest counted: the console keeps its height


class CatchUpPanel(QFrame):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catch_up")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.controller = controller
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        buttons = QVBoxLayout()
        self.accept_button = console_button(
            self.tr("Finish on time (F)"), lambda: controller.timing.answer_catch_up(accepted=True)
        )
        self.refuse_button = console_button(
            self.tr("Go on as planned (G)"),
            lambda: controller.timing.answer_catch_up(accepted=False),
        )
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.refuse_button)
        row.addLayout(buttons)
        self._shown: object = None
        self.hide()

    def show_snapshot(self, snap: Snapshot) -> None:
        offer = snap.catch_up
        if offer == self._shown:
            return
        self._shown = offer
        self.setVisible(offer is not None)
        if offer is None:
            return
        names = {row.index: row.name for row in snap.steps}
        planned = {row.index: row.planned for row in snap.steps}
        ordered = sorted(offer.lengths.items(), key=lambda kv: snap_order(snap, kv[0]))
        cuts = ", ".join(
            self.tr("{step} {before} → {after}").format(
                step=names.get(i, ""),
                before=format_duration(planned.get(i, seconds)),
                after=format_duration(seconds),
            )
            for i, seconds in ordered[:NAMED]
        )
        if len(ordered) > NAMED:  # the steps list shows each once accepted
            cuts = self.tr("{cuts} and {n} more").format(cuts=cuts, n=len(ordered) - NAMED)
        late = self.tr("The session would end {n} min late.").format(n=math.ceil(offer.late / 60))
        if offer.on_time:
            gain = self.tr("Shorten the steps to come: {cuts}.").format(cuts=cuts)
        else:
            gain = self.tr(
                "Shorten the steps to come, each to its minimum: {cuts} ({n} min gained)."
            ).format(cuts=cuts, n=math.floor(offer.saved / 60))
        self.text.setText(f"{late} {gain}")


def snap_order(snap: Snapshot, index: int) -> int:
    """A step's place in the running order, as the steps list shows it."""
    return next((n for n, row in enumerate(snap.steps) if row.index == index), index)
