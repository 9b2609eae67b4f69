"""What a new session is made of, and the checks on it before it is created.

Problems are returned as codes attached to a field, so the console can point
at the field and word the message in the user's language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import msgspec

from app.session.rules.engine import Role

if TYPE_CHECKING:
    from app.protocols import Protocol

MAX_NAME = 80
MAX_TITLE = 200


class NewParticipant(msgspec.Struct, frozen=True):
    name: str
    role: Role
    attendance: str = "present"  # present | excused | absent (see app.group.rules.Attendance)


class NewCase(msgspec.Struct, frozen=True):
    title: str
    narrator: int | None  # index into the participants list
    situation: str = ""
    request: str = ""
    theme: str = ""  # what the case is about ("accueil", "violence"…), for the cycle's bilan


class SessionSetup(msgspec.Struct, frozen=True):
    group: str
    protocol: Protocol
    participants: list[NewParticipant]
    cases: list[NewCase]
    follow_up: str = ""
    has_previous: bool | None = None  # None: decided by the group's history
    cycle_id: int | None = None


class Problem(StrEnum):
    EMPTY_GROUP = "empty_group"
    GROUP_TOO_LONG = "group_too_long"
    NO_PARTICIPANTS = "no_participants"
    EMPTY_NAME = "empty_name"
    NAME_TOO_LONG = "name_too_long"
    DUPLICATE_NAME = "duplicate_name"
    NO_NARRATOR = "no_narrator"
    NO_CONSULTANT = "no_consultant"
    TOO_MANY_CASES = "too_many_cases"
    TOO_FEW_CASES = "too_few_cases"
    EMPTY_TITLE = "empty_title"
    TITLE_TOO_LONG = "title_too_long"


class SetupProblem(msgspec.Struct, frozen=True):
    field: str  # "group", "participants", "cases"
    problem: Problem
    index: int | None = None  # which participant or case
    detail: str = ""


def clean_name(name: str) -> str:
    from app.text import clean_text

    return " ".join(clean_text(name).split())


def parse_names(text: str) -> list[str]:
    """Names typed or pasted one per line (commas and semicolons also split)."""
    names = []
    for line in text.replace(";", "\n").replace(",", "\n").splitlines():
        name = clean_name(line)
        if name:
            names.append(name)
    return names


class _Checker(msgspec.Struct):
    problems: list[SetupProblem] = msgspec.field(default_factory=list)

    def add(
        self, field_: str, problem: Problem, index: int | None = None, detail: str = ""
    ) -> None:
        self.problems.append(SetupProblem(field_, problem, index, detail))


def validate_setup(setup: SessionSetup) -> list[SetupProblem]:
    check = _Checker()
    group = clean_name(setup.group)
    if not group:
        check.add("group", Problem.EMPTY_GROUP)
    elif len(group) > MAX_NAME:
        check.add("group", Problem.GROUP_TOO_LONG)
    if not setup.participants:
        check.add("participants", Problem.NO_PARTICIPANTS)
    seen: dict[str, int] = {}
    for i, person in enumerate(setup.participants):
        name = clean_name(person.name)
        if not name:
            check.add("participants", Problem.EMPTY_NAME, i)
        elif len(name) > MAX_NAME:
            check.add("participants", Problem.NAME_TOO_LONG, i, name[:20])
        elif name.casefold() in seen:
            check.add("participants", Problem.DUPLICATE_NAME, i, name)
        else:
            seen[name.casefold()] = i
    counts = setup.protocol.cases
    if len(setup.cases) > counts.max:
        check.add("cases", Problem.TOO_MANY_CASES, detail=str(counts.max))
    if len(setup.cases) < counts.min:
        check.add("cases", Problem.TOO_FEW_CASES, detail=str(counts.min))
    live = setup.protocol.cases_chosen_live  # title and narrator come during the session
    for i, case in enumerate(setup.cases):
        title = clean_name(case.title)
        if not title and not live:
            check.add("cases", Problem.EMPTY_TITLE, i)
        elif len(title) > MAX_TITLE:
            check.add("cases", Problem.TITLE_TOO_LONG, i)
        if case.narrator is None and live:
            continue
        if case.narrator is None or not 0 <= case.narrator < len(setup.participants):
            check.add("cases", Problem.NO_NARRATOR, i)
    narrators = {c.narrator for c in setup.cases}
    consultants = [
        i
        for i, p in enumerate(setup.participants)
        if p.role in (Role.CONSULTANT, Role.NARRATOR) and i not in narrators
    ]
    if setup.participants and not consultants:
        check.add("participants", Problem.NO_CONSULTANT)
    return check.problems
