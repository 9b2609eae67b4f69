"""The narrator's preparation: the exposé's content, how long it will take,
rehearsals, and a file to hand to the facilitator.

A prep file is versioned JSON with its own extension (``.tdtprep``); drafts
are the same files, kept in the data folder's ``prep/`` and saved as typed.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta

from app.files import NotAFile, TooLarge, read_bounded, write_atomically
from app.folder import ensure_private_dir
from app.protocols import Protocol, describe_error

EXTENSION = ".tdtprep"
FORMAT = "tourdetable-prep"
VERSION = 1
DEFAULT_RATE = 130  # words a minute, a calm speaking pace
MIN_RATE, MAX_RATE = 80, 200
MAX_FIELD = 20_000
MAX_FILE_BYTES = 2 * 1024 * 1024  # six full fields of emoji, escaped, still fit
MAX_REHEARSALS = 200
MAX_PART_SECONDS = 4 * 3600.0
KEPT_REHEARSALS = 10


class Part(StrEnum):
    """The parts of an exposé, in the order they are told."""

    SITUATION = "situation"
    DIFFICULTY = "difficulty"
    STAKES = "stakes"
    QUESTION = "question"


PARTS = list(Part)

Text = Annotated[str, Meta(max_length=MAX_FIELD)]
Stamp = Annotated[float, Meta(ge=0, le=1e11)]  # NaN and infinity fail the bounds


class Rehearsal(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    wall: Stamp  # when it started, for the record
    # Seconds spent on each part, in order.
    parts: Annotated[
        list[Annotated[float, Meta(ge=0, le=MAX_PART_SECONDS)]], Meta(max_length=len(Part))
    ]

    @property
    def total(self) -> float:
        return sum(self.parts)


class Prep(msgspec.Struct, kw_only=True):
    """What the narrator prepares. Field names are the file's keys: keep them.
    Unknown keys (from a later version's optional fields) are ignored on load;
    what the prep window assigns is already cut to these bounds."""

    format: Annotated[str, Meta(max_length=40)] = FORMAT
    version: int = VERSION
    title: Annotated[str, Meta(max_length=200)] = ""
    narrator: Annotated[str, Meta(max_length=80)] = ""
    protocol_id: Annotated[str, Meta(max_length=64)] = "codev-anact"
    situation: Text = ""
    difficulty: Text = ""
    tried: Text = ""
    stakes: Text = ""
    question: Text = ""
    help_expected: Text = ""
    rate: Annotated[int, Meta(ge=MIN_RATE, le=MAX_RATE)] = DEFAULT_RATE
    rehearsals: Annotated[list[Rehearsal], Meta(max_length=MAX_REHEARSALS)] = []
    updated_wall: Stamp = 0.0

    def part_text(self, part: Part) -> str:
        return {
            Part.SITUATION: self.situation,
            Part.DIFFICULTY: f"{self.difficulty}\n{self.tried}",
            Part.STAKES: f"{self.stakes}\n{self.help_expected}",
            Part.QUESTION: self.question,
        }[part]

    def request_text(self) -> str:
        """What the facilitator's case receives as the request to the group."""
        question = self.question.strip()
        help_expected = self.help_expected.strip()
        return f"{question}\n{help_expected}".strip() if help_expected else question


class PrepProblem(StrEnum):
    MALFORMED = "malformed"
    TOO_NEW = "too_new"
    NOT_A_PREP = "not_a_prep"
    UNREADABLE = "unreadable"


class PrepFileError(Exception):
    def __init__(self, problem: PrepProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {problem.value}{': ' + detail if detail else ''}")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a preparation can hold")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large")
    return value


def load_prep(path: Path) -> Prep:
    try:
        raw = read_bounded(path, MAX_FILE_BYTES).decode("utf-8")
    except NotAFile as exc:
        raise PrepFileError(PrepProblem.NOT_A_PREP, path) from exc
    except TooLarge as exc:
        raise PrepFileError(PrepProblem.MALFORMED, path, "too large") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PrepFileError(PrepProblem.UNREADABLE, path, _reason(exc)) from exc
    try:
        data = json.loads(raw, parse_constant=_no_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise PrepFileError(PrepProblem.MALFORMED, path, f"line {exc.lineno}") from exc
    except (ValueError, RecursionError) as exc:  # NaN, 1e999, 10**5000, [[[[…]]]]
        raise PrepFileError(PrepProblem.MALFORMED, path, "numbers or nesting") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PrepFileError(PrepProblem.NOT_A_PREP, path)
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise PrepFileError(PrepProblem.MALFORMED, path, "version")
    if version > VERSION:
        raise PrepFileError(PrepProblem.TOO_NEW, path, str(version))
    try:
        return msgspec.convert(data, Prep)
    except msgspec.ValidationError as exc:
        where = describe_error(exc).split(": ", 1)[0]
        raise PrepFileError(PrepProblem.MALFORMED, path, where) from exc


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    return getattr(exc, "strerror", None) or type(exc).__name__


def save_prep(prep: Prep, path: Path) -> None:
    text = json.dumps(msgspec.to_builtins(prep), ensure_ascii=False, indent=2)
    write_atomically(text.encode("utf-8"), path)


# -- how long will it take ------------------------------------------------------


class Verdict(StrEnum):
    TOO_SHORT = "too_short"
    FITS = "fits"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Estimate:
    words: int
    minutes: float
    low: float  # the method's exposé range, in minutes
    high: float
    verdict: Verdict


WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def expose_range(protocol: Protocol | None) -> tuple[float, float]:
    step = protocol.expose_step() if protocol else None
    if step is None:
        return 10.0, 15.0
    return step.min_minutes or step.minutes, step.max_minutes or step.minutes


def estimate(prep: Prep, protocol: Protocol | None) -> Estimate:
    words = sum(count_words(prep.part_text(part)) for part in PARTS)
    minutes = words / prep.rate
    low, high = expose_range(protocol)
    verdict = (
        Verdict.TOO_SHORT if minutes < low else Verdict.TOO_LONG if minutes > high else Verdict.FITS
    )
    return Estimate(words, minutes, low, high, verdict)


# -- rehearsing -------------------------------------------------------------------


class Pacing(StrEnum):
    CONTEXT_LATE = "context_late"  # the situation took more than about a third
    QUESTION_LATE = "question_late"  # the question came after the time was up
    QUESTION_MISSING = "question_missing"  # stopped before reaching the question


CONTEXT_SHARE = 1 / 3
CONTEXT_TOLERANCE = 1.15


def pacing(parts: list[float], target: float) -> list[Pacing]:
    """What a rehearsal's timing says against the target length (seconds)."""
    notes = []
    if parts and parts[0] > target * CONTEXT_SHARE * CONTEXT_TOLERANCE:
        notes.append(Pacing.CONTEXT_LATE)
    if len(parts) < len(PARTS):
        notes.append(Pacing.QUESTION_MISSING)
    elif sum(parts[:-1]) >= target:
        notes.append(Pacing.QUESTION_LATE)
    return notes


class RehearsalTimer:
    """Times the parts of one rehearsal from an injected clock."""

    def __init__(
        self, monotonic: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time
    ) -> None:
        self.monotonic = monotonic
        self.wall = wall
        self.started_wall = 0.0
        self._marks: list[float] = []

    @property
    def running(self) -> bool:
        return bool(self._marks)

    @property
    def part_index(self) -> int:
        return len(self._marks) - 1

    def start(self) -> None:
        self.started_wall = self.wall()
        self._marks = [self.monotonic()]

    def next_part(self) -> bool:
        """Move on; says whether the rehearsal is over (the last part ended)."""
        self._marks.append(self.monotonic())
        return len(self._marks) > len(PARTS)

    def elapsed(self) -> float:
        return self.monotonic() - self._marks[0] if self._marks else 0.0

    def part_elapsed(self) -> float:
        return self.monotonic() - self._marks[-1] if self._marks else 0.0

    def finish(self) -> Rehearsal:
        """Stop; the part under way ends now."""
        if len(self._marks) <= len(PARTS):
            self._marks.append(self.monotonic())
        parts = [b - a for a, b in zip(self._marks, self._marks[1:], strict=False)]
        self._marks = []
        return Rehearsal(wall=self.started_wall, parts=parts[: len(PARTS)])


def add_rehearsal(prep: Prep, rehearsal: Rehearsal) -> None:
    prep.rehearsals = [*prep.rehearsals, rehearsal][-KEPT_REHEARSALS:]


# -- drafts -------------------------------------------------------------------------


def drafts_dir(data_folder: Path) -> Path:
    return data_folder / "prep"


def new_draft_path(data_folder: Path, wall: float) -> Path:
    folder = drafts_dir(data_folder)
    ensure_private_dir(folder)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(wall))
    path = folder / f"brouillon-{stamp}{EXTENSION}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"brouillon-{stamp}-{n}{EXTENSION}"
    return path


@dataclass(frozen=True)
class Draft:
    path: Path
    title: str
    updated_wall: float


def list_drafts(data_folder: Path) -> tuple[list[Draft], list[PrepFileError]]:
    """Drafts, newest first; unreadable ones are reported, never deleted."""
    folder = drafts_dir(data_folder)
    drafts: list[Draft] = []
    errors: list[PrepFileError] = []
    if not folder.is_dir():
        return drafts, errors
    for path in sorted(folder.glob(f"*{EXTENSION}")):
        if not path.is_file():
            continue  # a FIFO or a device dropped in the folder: never opened
        try:
            prep = load_prep(path)
        except PrepFileError as exc:
            errors.append(exc)
            continue
        drafts.append(Draft(path, prep.title, prep.updated_wall or os.path.getmtime(path)))
    drafts.sort(key=lambda d: d.updated_wall, reverse=True)
    return drafts, errors
