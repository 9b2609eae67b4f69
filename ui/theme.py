"""Colours and fonts, chosen to read from the back of a meeting room."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontDatabase

from app.paths import resource_path
from app.session.rules.cues import Cue

FAMILY = "DejaVu Sans"

# Background and text per cue: high contrast; never the only signal (text too).
# The projection's (background, text) per cue. On a washed-out projector hue is the
# first thing lost: the last minute is light with dark text, overtime dark with
# light text, so they differ in lightness too, and every pair keeps 3:1 when the
# projector halves the contrast (tests/ui/test_theme.py).
CUE_COLOURS: dict[Cue, tuple[str, str]] = {
    Cue.NORMAL: ("#10263d", "#ffffff"),
    Cue.LAST_MINUTE: ("#f2c14e", "#10263d"),
    Cue.OVERTIME: ("#7a0f0f", "#ffffff"),
}
# The console's timer text per cue, on the console's light background.
CONSOLE_CUE_TEXT: dict[Cue, str] = {
    Cue.NORMAL: "",
    Cue.LAST_MINUTE: "#8a5a00",
    Cue.OVERTIME: "#9b1c1c",
}

# Distinct, colour-blind-friendly hues (Okabe-Ito, then Tol) for participants.
PERSON_COLOURS = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#7F7F00",
    "#882255",
    "#44AA99",
    "#332288",
    "#AA4499",
    "#117733",
]


def person_colour(position: int) -> QColor:
    return QColor(PERSON_COLOURS[position % len(PERSON_COLOURS)])


def load_fonts() -> None:
    """Ship our own font so names in any script render the same everywhere."""
    folder = resource_path("fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(folder / name))


CONSOLE_STYLE = """
QWidget { font-family: "DejaVu Sans"; font-size: 11pt; }
QPushButton { padding: 6px 12px; }
QPushButton#person { padding: 8px; text-align: left; font-size: 13pt; }
QLabel#timer { font-size: 40pt; font-weight: bold; }
QLabel#cue { font-size: 14pt; font-weight: bold; }
QLabel#error { color: #9b1c1c; font-weight: bold; }
QLabel#prompt { font-size: 13pt; }
"""
