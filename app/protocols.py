"""Protocols (methods) as data: TOML files validated into typed models.

The shipped protocols live in ``resources/protocols``; a user's own files in the
data folder's ``protocols/`` are loaded too. One invalid file never stops the
others from loading: its error names the file, the field and why.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from app.files import NotAFile, TooLarge, read_bounded
from app.kinds import Capture, SpeakerKind

__all__ = ["Capture", "SpeakerKind"]  # defined beside, without pydantic, for light imports


MAX_FILE_BYTES = 256 * 1024
MAX_TEXT = 2_000
MAX_STEPS = 60
MAX_RULES = 30

ShortText = Annotated[str, Field(max_length=MAX_TEXT)]
Ident = Annotated[str, Field(pattern=r"^[a-z0-9_]+$", max_length=64)]


class _Strict(BaseModel):
    # NaN and infinity are valid TOML floats: never valid durations.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Text(_Strict):
    """A text in French and English; French is required, English falls back to it."""

    fr: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
    en: ShortText = ""

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.fr


class TextList(_Strict):
    fr: Annotated[list[ShortText], Field(max_length=MAX_RULES)]
    en: Annotated[list[ShortText], Field(max_length=MAX_RULES)] = []

    def get(self, lang: str) -> list[str]:
        return self.en if lang == "en" and self.en else self.fr


class Step(_Strict):
    id: Ident
    name: Text
    minutes: Annotated[float, Field(gt=0, le=600)]
    min_minutes: Annotated[float, Field(gt=0, le=600)] | None = None
    max_minutes: Annotated[float, Field(gt=0, le=600)] | None = None
    speaker: SpeakerKind
    prompt: Text  # for the facilitator
    room: Text | None = None  # one line for the group, on the projection
    captures: Annotated[list[Capture], Field(max_length=len(Capture))] = []
    # Part of the block that repeats once per case.
    per_case: bool = False
    # Only run when the condition holds (the group has a previous session).
    only_if: Literal["previous_session"] | None = None
    # In a round: the narrator speaks first, then the consultants.
    narrator_first: bool = False
    # The narrator listens: their taking the floor is flagged as an interruption.
    narrator_listens: bool = False
    shows_rules: bool = False

    @model_validator(mode="after")
    def _range_holds(self) -> Step:
        low = self.min_minutes if self.min_minutes is not None else self.minutes
        high = self.max_minutes if self.max_minutes is not None else self.minutes
        if not low <= self.minutes <= high:
            raise ValueError("minutes must lie between min_minutes and max_minutes")
        return self


class CaseCount(_Strict):
    min: Annotated[int, Field(ge=1, le=10)] = 1
    max: Annotated[int, Field(ge=1, le=10)] = 1
    default: Annotated[int, Field(ge=1, le=10)] = 1

    @model_validator(mode="after")
    def _ordered(self) -> CaseCount:
        if not self.min <= self.default <= self.max:
            raise ValueError("cases need min <= default <= max")
        return self


class ArbitrationTag(_Strict):
    id: Ident
    name: Text


class Protocol(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9_-]+$", max_length=64)]
    version: Annotated[int, Field(ge=1, le=1_000_000)] = 1
    name: Text
    description: Text
    rules: TextList
    sessions_per_cycle: Annotated[int, Field(ge=1, le=100)] | None = None
    cases: CaseCount = CaseCount()
    arbitration: Annotated[list[ArbitrationTag], Field(max_length=10)] = []
    # Reviewing the previous actions asks "did it work?" and where the trace is kept (REX).
    evaluates_actions: bool = False
    # Prepared messages for the room ("Pause 10 min"…), besides the common ones.
    messages: TextList = TextList(fr=[])
    steps: Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS)]

    @model_validator(mode="after")
    def _consistent(self) -> Protocol:
        ids = [s.id for s in self.steps]
        if len(ids) != len(set(ids)):
            raise ValueError("step ids must be unique")
        flags = [s.per_case for s in self.steps]
        if any(flags):
            first = flags.index(True)
            last = len(flags) - 1 - flags[::-1].index(True)
            if not all(flags[first : last + 1]):
                raise ValueError("per_case steps must form one contiguous block")
        return self

    def expose_step(self) -> Step | None:
        """The narrator's exposé: the first narrator step that captures the situation."""
        for step in self.steps:
            if step.speaker is SpeakerKind.NARRATOR and Capture.SITUATION in step.captures:
                return step
        return None


@dataclass(frozen=True)
class PlannedStep:
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


@dataclass(frozen=True)
class ProtocolError:
    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Catalog:
    protocols: dict[str, Protocol]
    errors: list[ProtocolError]
    origins: dict[str, Path]

    def get(self, protocol_id: str) -> Protocol:
        return self.protocols[protocol_id]


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in err["loc"]).replace(
            ".[", "["
        )
        parts.append(f"{loc or '(file)'}: {err['msg']}")
    return "; ".join(parts)


def parse_protocol(text: str) -> Protocol:
    """Parse one protocol from TOML text; raises ValueError with a readable message."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    try:
        return Protocol.model_validate(data)
    except ValidationError as exc:
        raise ValueError(_describe(exc)) from exc


def shipped_protocol_dir() -> Path:
    return Path(str(resources.files("resources") / "protocols"))


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
