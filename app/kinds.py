"""The kinds a protocol is made of: who speaks in a step, what gets written down.

Plain enums, apart from the protocol models, so that modules which only need
them (the engine, the store's lists) load without the validation models.
"""

from __future__ import annotations

from enum import StrEnum

MAX_THEME = 80  # characters of a case's theme, which the bilan counts cases by


class SpeakerKind(StrEnum):
    NARRATOR = "narrator"
    GROUP = "group"
    EXCHANGE = "exchange"
    ROUND = "round"
    FACILITATOR = "facilitator"
    SILENCE = "silence"  # silent individual reflection: nobody has the floor
    CHECK_IN = "check_in"  # the "météo": each person says a word, a short slot each


class TimerView(StrEnum):
    """What the room's clock shows: a calmer room when the method asks for it
    (a groupe de parole, some openings). The console always shows the countdown."""

    COUNTDOWN = "countdown"
    COUNT_UP = "count_up"  # the time taken, not the time left
    PROGRESS = "progress"  # a bar, no digits
    NONE = "none"  # neither digits nor bar


class Capture(StrEnum):
    """What gets written down in a step (also the kinds of notes)."""

    SITUATION = "situation"
    REQUEST = "request"
    QUESTION = "question"
    HYPOTHESIS = "hypothesis"
    PROPOSAL = "proposal"
    ACTION = "action"
    RESOURCE = "resource"
    RESPONSE = "response"
    TRAINING_NEED = "training_need"
    LEARNING = "learning"
    NOTE = "note"
