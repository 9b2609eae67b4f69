"""Cues read from the back of a room, on a projector that washes colours out."""

from __future__ import annotations

from app.session.rules.cues import Cue
from ui.theme import CUE_COLOURS


def luminance(colour: str) -> float:
    """WCAG relative luminance."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_cue_stays_readable_when_the_projector_halves_the_contrast() -> None:
    for cue, (background, text) in CUE_COLOURS.items():
        assert contrast(background, text) / 2 >= 3.0, cue  # large text, WCAG AA


def test_last_minute_and_overtime_differ_by_more_than_hue() -> None:
    last, over = CUE_COLOURS[Cue.LAST_MINUTE][0], CUE_COLOURS[Cue.OVERTIME][0]
    assert contrast(last, over) >= 3.0  # lightness apart, not only colour
    assert contrast(CUE_COLOURS[Cue.NORMAL][0], last) >= 3.0
