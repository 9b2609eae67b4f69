"""Protocols (methods) as data: TOML files validated into typed models.

The shipped protocols live in ``resources/protocols``; a user's own files in the
data folder's ``protocols/`` are loaded too. One invalid file never stops the
others from loading: its error names the file, the field and why.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from app.files import NotAFile, TooLarge, read_bounded
from app.kinds import Capture, SpeakerKind, TimerView
from app.paths import resource_path

__all__ = ["Capture", "SpeakerKind", "TimerView"]  # defined beside, for the engine's light imports


MAX_FILE_BYTES = 256 * 1024
MAX_TEXT = 2_000
MAX_STEPS = 60
MAX_RULES = 30

ShortText = Annotated[str, Meta(max_length=MAX_TEXT)]
Ident = Annotated[str, Meta(pattern=r"^[a-z0-9_]+$", max_length=64)]
# NaN and infinity are valid TOML floats, never valid durations: the bounds refuse both.
Minutes = Annotated[float, Meta(gt=0, le=600)]


class _Strict(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Validated by msgspec: typed, bounded, unknown keys refused. msgspec rather
    than pydantic because it imports in a fifth of the time, and the protocols
    are read before the console can show."""


class Text(_Strict, frozen=True, kw_only=True):
    """A text in French and English; French is required, English falls back to it."""

    fr: Annotated[str, Meta(min_length=1, max_length=MAX_TEXT)]
    en: ShortText = ""

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.fr


class TextList(_Strict, frozen=True, kw_only=True):
    fr: Annotated[list[ShortText], Meta(max_length=MAX_RULES)]
    en: Annotated[list[ShortText], Meta(max_length=MAX_RULES)] = []

    def get(self, lang: str) -> list[str]:
        return self.en if lang == "en" and self.en else self.fr


class Step(_Strict, frozen=True, kw_only=True):
    id: Ident
    name: Text
    minutes: Minutes
    min_minutes: Minutes | None = None
    max_minutes: Minutes | None = None
    # When the last-minute cue starts (default 1 minute before the end).
    warn_minutes: Annotated[float, Meta(ge=0, le=30)] | None = None
    speaker: SpeakerKind
    prompt: Text  # for the facilitator
    room: Text | None = None  # one line for the group, on the projection
    captures: Annotated[list[Capture], Meta(max_length=len(Capture))] = []
    # Part of the block that repeats once per case.
    per_case: bool = False
    # Only run when the condition holds (the group has a previous session).
    only_if: Literal["previous_session"] | None = None
    # In a round: the narrator speaks first, then the consultants.
    narrator_first: bool = False
    # The narrator listens: their taking the floor is flagged as an interruption.
    narrator_listens: bool = False
    shows_rules: bool = False
    # The previous session's action plan is reviewed in this step (D, C, X).
    reviews_actions: bool = False
    # In this step the group chooses the situation(s) it will work on.
    chooses_cases: bool = False
    # What the room's clock shows in this step (else the protocol's choice).
    timer_view: TimerView | None = None
    # A check-in round: each person's slot, in seconds (else the step shared out).
    slot_seconds: Annotated[float, Meta(ge=5, le=600)] | None = None

    def __post_init__(self) -> None:
        low = self.min_minutes if self.min_minutes is not None else self.minutes
        high = self.max_minutes if self.max_minutes is not None else self.minutes
        if not low <= self.minutes <= high:
            raise ValueError(
                f"step “{self.id}”: minutes must lie between min_minutes and max_minutes"
            )


class CaseCount(_Strict, frozen=True, kw_only=True):
    min: Annotated[int, Meta(ge=1, le=10)] = 1
    max: Annotated[int, Meta(ge=1, le=10)] = 1
    default: Annotated[int, Meta(ge=1, le=10)] = 1

    def __post_init__(self) -> None:
        if not self.min <= self.default <= self.max:
            raise ValueError("cases need min <= default <= max")


class ArbitrationTag(_Strict, frozen=True, kw_only=True):
    id: Ident
    name: Text


class NoteTag(_Strict, frozen=True, kw_only=True):
    """A tag notes of one kind can carry (groupe de parole: a response immediate or
    deferred, a resource internal or external); the sheet keeps them apart."""

    capture: Capture
    id: Ident
    name: Text


class Protocol(_Strict, frozen=True, kw_only=True):
    id: Annotated[str, Meta(pattern=r"^[a-z0-9_-]+$", max_length=64)]
    version: Annotated[int, Meta(ge=1, le=1_000_000)] = 1
    name: Text
    description: Text
    rules: TextList
    sessions_per_cycle: Annotated[int, Meta(ge=1, le=100)] | None = None
    cases: CaseCount = msgspec.field(default_factory=CaseCount)
    arbitration: Annotated[list[ArbitrationTag], Meta(max_length=10)] = []
    # Reviewing the previous actions asks "did it work?" and where the trace is kept (REX).
    evaluates_actions: bool = False
    note_tags: Annotated[list[NoteTag], Meta(max_length=20)] = []
    # The situations are chosen in the session (groupe de parole): no title or
    # narrator asked for when the session is set up.
    cases_chosen_live: bool = False
    # Prepared messages for the room ("Pause 10 min"…), besides the common ones.
    messages: TextList = msgspec.field(default_factory=lambda: TextList(fr=[]))
    # What the room's clock shows, unless a step says otherwise.
    timer_view: TimerView = TimerView.COUNTDOWN
    steps: Annotated[list[Step], Meta(min_length=1, max_length=MAX_STEPS)]

    def __post_init__(self) -> None:
        ids = [s.id for s in self.steps]
        if len(ids) != len(set(ids)):
            raise ValueError("step ids must be unique")
        flags = [s.per_case for s in self.steps]
        if any(flags):
            first = flags.index(True)
            last = len(flags) - 1 - flags[::-1].index(True)
            if not all(flags[first : last + 1]):
                raise ValueError("per_case steps must form one contiguous block")

    def tags_for(self, kind: str) -> list[ArbitrationTag | NoteTag]:
        """The tags a note of that kind can carry: a proposal's arbitration, or the
        method's tags for that kind of note."""
        if kind == Capture.PROPOSAL.value:
            return list(self.arbitration)
        return [tag for tag in self.note_tags if tag.capture.value == kind]

    def expose_step(self) -> Step | None:
        """The narrator's exposé: the first narrator step that captures the situation."""
        for step in self.steps:
            if step.speaker is SpeakerKind.NARRATOR and Capture.SITUATION in step.captures:
                return step
        return None


class PlannedStep(msgspec.Struct, frozen=True):
    """One step of a session's plan: the protocol step and the case it belongs to."""

    step: Step
    case_index: int | None  # None outside the per-case block

    @property
    def planned_seconds(self) -> float:
        return self.step.minutes * 60.0


def plan_steps(protocol: Protocol, case_count: int, has_previous: bool) -> list[PlannedStep]:
    """Expand the protocol into the session's ordered steps."""
    plan: list[PlannedStep] = []
    block = [s for s in protocol.steps if s.per_case]
    block_done = False
    for step in protocol.steps:
        if step.only_if == "previous_session" and not has_previous:
            continue
        if step.per_case:
            if not block_done:
                kept = [s for s in block if s.only_if is None or has_previous]
                for case in range(case_count):
                    plan.extend(PlannedStep(s, case) for s in kept)
                block_done = True
            continue
        plan.append(PlannedStep(step, None))
    return plan


class ProtocolError(msgspec.Struct, frozen=True):
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class Catalog(msgspec.Struct, frozen=True):
    protocols: dict[str, Protocol]
    errors: list[ProtocolError]
    origins: dict[str, Path]

    def get(self, protocol_id: str) -> Protocol:
        return self.protocols[protocol_id]


_AT = re.compile(r"^(?P<why>.*?)(?: - at `\$\.?(?P<where>.*)`)?$", re.DOTALL)
_NAMED = re.compile(r"^Object (?P<what>contains unknown|missing required) field `(?P<name>.*)`$")


def describe_error(exc: msgspec.ValidationError) -> str:
    """``where: why`` from msgspec's message, the field named by its path
    (``steps[0].minutes: Expected `float` > 0.0``)."""
    match = _AT.match(str(exc))
    assert match is not None  # the pattern matches any text
    why, where = match["why"], match["where"] or ""
    named = _NAMED.match(why)
    if named:
        where = f"{where}.{named['name']}" if where else named["name"]
        why = "unknown field" if named["what"].startswith("contains") else "required field missing"
    return f"{where or '(file)'}: {why}"


def parse_protocol(text: str) -> Protocol:
    """Parse one protocol from TOML text; raises ValueError with a readable message."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    try:
        return msgspec.convert(_with_review_flag(data), Protocol)
    except msgspec.ValidationError as exc:
        raise ValueError(describe_error(exc)) from exc


def protocol_from_json(data: object) -> Protocol:
    """A protocol stored with a session (``protocol_to_json``), validated again."""
    try:
        return msgspec.convert(_with_review_flag(data), Protocol)
    except msgspec.ValidationError as exc:
        raise ValueError(describe_error(exc)) from exc


# Before steps said so themselves, the review step was known by its id.
_REVIEW_STEPS_BEFORE_THE_FLAG = {"previous", "retour"}


def _with_review_flag(data: object) -> object:
    """A definition stored by an earlier release has no ``reviews_actions``: its
    review step gets the flag from its id, as that release recognised it."""
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        return data
    steps = data["steps"]
    if any(isinstance(s, dict) and "reviews_actions" in s for s in steps):
        return data
    return {
        **data,
        "steps": [
            {**s, "reviews_actions": True}
            if isinstance(s, dict) and str(s.get("id")) in _REVIEW_STEPS_BEFORE_THE_FLAG
            else s
            for s in steps
        ],
    }


def protocol_to_json(protocol: Protocol) -> dict[str, object]:
    data = msgspec.to_builtins(protocol)
    assert isinstance(data, dict)
    return data


def shipped_protocol_dir() -> Path:
    return resource_path("protocols")


def shipped_protocol(protocol_id: str) -> Protocol:
    """One shipped protocol, read alone: a start straight into a session (the
    demo) needs no other. Shipped files are named after their id."""
    path = shipped_protocol_dir() / f"{protocol_id.replace('-', '_')}.toml"
    protocol = parse_protocol(path.read_text(encoding="utf-8"))
    if protocol.id != protocol_id:
        raise ValueError(f"{path}: holds “{protocol.id}”, not “{protocol_id}”")
    return protocol


def load_catalog(extra_dirs: Iterable[Path] = ()) -> Catalog:
    """Load shipped protocols, then the user's. A user file never replaces another
    protocol: one with an id already taken is reported and left out."""
    protocols: dict[str, Protocol] = {}
    origins: dict[str, Path] = {}
    errors: list[ProtocolError] = []
    for folder in [shipped_protocol_dir(), *extra_dirs]:
        try:
            paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        except OSError as exc:
            errors.append(ProtocolError(folder, f"cannot be read: {exc.strerror or exc}"))
            continue
        for path in paths:
            try:
                raw = read_bounded(path, MAX_FILE_BYTES)
            except NotAFile:
                continue  # a FIFO or a device: not a protocol, and never to be opened
            except TooLarge:
                errors.append(ProtocolError(path, f"larger than {MAX_FILE_BYTES // 1024} KB"))
                continue
            except OSError as exc:
                errors.append(ProtocolError(path, f"cannot be read: {exc.strerror or exc}"))
                continue
            try:
                protocol = parse_protocol(raw.decode("utf-8"))
            except UnicodeDecodeError:
                errors.append(ProtocolError(path, "not UTF-8 text"))
                continue
            except ValueError as exc:
                errors.append(ProtocolError(path, str(exc)))
                continue
            if protocol.id in protocols:
                errors.append(
                    ProtocolError(
                        path, f"id “{protocol.id}” is already used by {origins[protocol.id]}"
                    )
                )
                continue
            protocols[protocol.id] = protocol
            origins[protocol.id] = path
    return Catalog(protocols, errors, origins)
