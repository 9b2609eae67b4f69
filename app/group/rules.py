"""A group over time: its members, its cycles and their calendar, the actions
carried from one session to the next, and management's answers (seeds 001,
002, 004). The records and the rules on them; the store keeps them
(:mod:`app.group.store`).

A session keeps the names it was held with; members can be renamed or retire
without rewriting any of it.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class ActionStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    DROPPED = "dropped"


class Evaluation(StrEnum):
    """REX (seed 004): did the corrective action work?"""

    WORKED = "worked"
    PARTLY = "partly"
    NOT = "not"


class Attendance(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Member(NamedTuple):
    id: int
    name: str
    role: str
    retired: bool


class Cycle(NamedTuple):
    id: int
    group: str  # its group's name, for display
    protocol_id: str
    title: str
    planned_sessions: int
    held: int
    group_id: int = 0


class CalendarEntry(NamedTuple):
    number: int
    day: str  # YYYY-MM-DD
    start: str  # HH:MM
    minutes: int
    place: str
    narrator: str  # the planned narrator's name, "" if none yet
    held: bool


class CarriedAction(NamedTuple):
    note_id: int
    text: str
    owner: str
    due: str
    status: str | None  # the latest review, None when never reviewed
    comment: str
    evaluation: str | None
    trace: str
    reviewed_here: bool = False  # reviewed in the session it is carried into
    decided_in: int = 0  # the number of the session it was decided in
    history: tuple[tuple[int, str], ...] = ()  # (session number, status), every review

    @property
    def shown_status(self) -> str | None:
        """What the retour step shows: this session's word; None ("to review") until then."""
        return self.status if self.reviewed_here else None

    @property
    def still_in_progress(self) -> bool:
        """Carried in progress from an earlier session, not reviewed here yet."""
        return not self.reviewed_here and self.status == ActionStatus.IN_PROGRESS


class Review(NamedTuple):
    """One word said of an action, in one session."""

    session_id: int
    status: str
    comment: str
    evaluation: str | None
    trace: str


class ActionHistory(NamedTuple):
    """An action as it was decided, and every review made of it since, in order."""

    note_id: int
    session_id: int  # where it was decided
    text: str
    owner: str
    due: str
    reviews: list[Review]

    def as_carried(
        self,
        latest: Review | None,
        history: list[Review],
        numbers: dict[int, int],
        *,
        reviewed_here: bool = False,
    ) -> CarriedAction:
        """The action with ``latest`` as its word and ``history`` as its story."""
        return CarriedAction(
            self.note_id,
            self.text,
            self.owner,
            self.due,
            latest.status if latest else None,
            latest.comment if latest else "",
            latest.evaluation if latest else None,
            latest.trace if latest else "",
            reviewed_here=reviewed_here,
            decided_in=numbers.get(self.session_id, 0),
            history=tuple((numbers.get(r.session_id, 0), r.status) for r in history),
        )


def carried_into(
    session_id: int,
    earlier: list[int],
    histories: list[ActionHistory],
    numbers: dict[int, int] | None = None,
) -> list[CarriedAction]:
    """The actions a session reviews: every action decided in an earlier session
    (``earlier``: the group's sessions held before this one) that no review made
    before this session has closed (done or dropped). Each shows its latest word,
    this session's own review included."""
    before = set(earlier)
    carried = []
    for action in histories:
        if action.session_id not in before:
            continue
        said = [r for r in action.reviews if r.session_id in before]
        if said and said[-1].status != ActionStatus.IN_PROGRESS:
            continue  # closed before this session
        here = [r for r in action.reviews if r.session_id == session_id]
        latest = here[-1] if here else (said[-1] if said else None)
        shown = [r for r in action.reviews if r.session_id in before or r.session_id == session_id]
        carried.append(action.as_carried(latest, shown, numbers or {}, reviewed_here=bool(here)))
    return carried


class ManagementAnswer(NamedTuple):
    session_id: int
    sent_day: str
    answered_day: str
    analysis: str
    decisions: str
    about: str = ""  # the proposal or training need answered; "" for the whole relevé

    @property
    def delay_days(self) -> int:
        return (date.fromisoformat(self.answered_day) - date.fromisoformat(self.sent_day)).days


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class InvalidEntry(ValueError):
    """A date, a time or a length the calendar cannot hold; ``field`` says which."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def check_day(day: str, field: str = "day") -> str:
    if not _DAY.match(day):
        raise InvalidEntry(field)
    try:
        date.fromisoformat(day)
    except ValueError:
        raise InvalidEntry(field) from None
    return day


def check_time(start: str) -> str:
    if not _TIME.match(start):
        raise InvalidEntry("start")
    return start


def check_length(minutes: int) -> int:
    if not 5 <= minutes <= 24 * 60:
        raise InvalidEntry("minutes")
    return minutes


# A cycle's title, a date's place, a member's name (as the new-session form's,
# app.session.rules.setup.MAX_NAME).
TEXT_LIMITS = {"title": 200, "place": 200, "member_name": 80}


def check_text(text: str, field: str) -> str:
    """A cycle's title or a date's place, trimmed: at most its limit, said when
    exceeded (InvalidEntry naming it), never cut without a word."""
    kept = text.strip()
    if len(kept) > TEXT_LIMITS[field]:
        raise InvalidEntry(field)
    return kept


def member_name(text: str) -> str:
    """A member's name, spaces tidied: 1 to 80 characters, said otherwise."""
    from app.session.rules.setup import clean_name

    name = check_text(clean_name(text), "member_name")
    if not name:
        raise InvalidEntry("member_name")
    return name


def check_planned_sessions(count: int) -> int:
    if not 1 <= count <= 50:
        raise InvalidEntry("planned_sessions")
    return count


def check_answer_days(sent_day: str, answered_day: str) -> None:
    check_day(sent_day, "sent_day")
    check_day(answered_day, "answered_day")
    if answered_day < sent_day:
        raise InvalidEntry("answered_day")


def held_on(day: str, held: list[tuple[int, float]]) -> list[int]:
    """The sessions (id, when they were held) held on ``day``, by this computer's
    clock: a cycle planned after its first meeting takes that meeting in (ANACT
    builds the calendar with the group, at session 1)."""
    from datetime import datetime

    return [sid for sid, wall in held if datetime.fromtimestamp(wall).date().isoformat() == day]


def sending_day(recorded: str | None, typed: str) -> str:
    """The day a relevé went to management: the one recorded when it was sent, never
    a day typed later with the answer (an answer's delay counts from the sending)."""
    return recorded or typed


def next_and_overdue(
    entries: list[CalendarEntry], today: date
) -> tuple[CalendarEntry | None, list[CalendarEntry]]:
    """The next planned session, and those whose date passed without being held."""
    pending = [e for e in entries if not e.held]
    overdue = [e for e in pending if date.fromisoformat(e.day) < today]
    upcoming = [e for e in pending if date.fromisoformat(e.day) >= today]
    return (upcoming[0] if upcoming else None), overdue


class DateState(StrEnum):
    HELD = "held"
    OVERDUE = "overdue"
    NEXT = "next"
    PLANNED = "planned"


class DatedEntry(NamedTuple):
    entry: CalendarEntry
    state: DateState


def calendar_states(entries: list[CalendarEntry], today: date) -> list[DatedEntry]:
    """Each planned date with what it is today: held, overdue (its day passed
    without a session), the next one, or simply planned."""
    upcoming, overdue = next_and_overdue(entries, today)
    late = {e.number for e in overdue}
    rows = []
    for e in entries:
        if e.held:
            state = DateState.HELD
        elif e.number in late:
            state = DateState.OVERDUE
        elif upcoming is not None and e.number == upcoming.number:
            state = DateState.NEXT
        else:
            state = DateState.PLANNED
        rows.append(DatedEntry(e, state))
    return rows


# The group's size each method advises (DOMAIN.md: a co-development group of 5 to 8,
# peer exchanges of 8 to 10), counted without the facilitators: said when the
# people are set, never refused.
GROUP_SIZES = {"codev-anact": (5, 8), "codev-payette": (5, 8), "echanges-pairs": (8, 10)}


def size_advice(protocol_id: str, peers: int) -> tuple[int, int] | None:
    """The size the method advises, when this group is not within it."""
    advised = GROUP_SIZES.get(protocol_id)
    if advised is None or advised[0] <= peers <= advised[1]:
        return None
    return advised


ANSWER_AWAITED_DAYS = 30  # how long management may take before home says so (seed 001)


class AwaitedAnswer(NamedTuple):
    """A relevé sent to management and not answered yet."""

    session_id: int
    group_id: int
    group: str
    number: int  # the session's number in its cycle
    sent_day: str
    days: int  # days since it was sent


def awaited_answers(
    sendings: list[tuple[int, int, str, int, str, bool]], today: date, longer_than: int = 0
) -> list[AwaitedAnswer]:
    """The relevés sent and still unanswered after ``longer_than`` days, oldest first."""
    waiting = []
    for session_id, group_id, group, number, sent_day, answered in sendings:
        days = (today - date.fromisoformat(sent_day)).days
        if not answered and days > longer_than:
            waiting.append(AwaitedAnswer(session_id, group_id, group, number, sent_day, days))
    return sorted(waiting, key=lambda w: w.sent_day)


# The participants' evaluation (DOMAIN: on a short scale, anonymous, averages only).
EVALUATION_QUESTIONS = ("helped_practice", "frame_kept")
SCALE = range(1, 6)  # 1 (not at all) to 5 (fully)


class EvaluationAverage(NamedTuple):
    question: str
    average: float  # on the scale
    answers: int  # how many scores were given


def check_tally(tally: dict[str, dict[int, int]]) -> dict[str, dict[int, int]]:
    """Counts per question and score, as typed from the scores sheet: known questions,
    scores on the scale, counts from 0 to 100."""
    for question, counts in tally.items():
        if question not in EVALUATION_QUESTIONS:
            raise InvalidEntry("question")
        for score, count in counts.items():
            if score not in SCALE or not 0 <= count <= 100:
                raise InvalidEntry("score")
    return tally


def averages(rows: list[tuple[str, int, int]]) -> list[EvaluationAverage]:
    """(question, score, count) rows into each question's average, in the order asked."""
    totals: dict[str, list[int]] = {q: [0, 0] for q in EVALUATION_QUESTIONS}
    for question, score, count in rows:
        if question in totals:
            totals[question][0] += score * count
            totals[question][1] += count
    return [
        EvaluationAverage(q, total / answers, answers)
        for q, (total, answers) in totals.items()
        if answers
    ]


def action_history(action: CarriedAction, t: dict[str, str]) -> str:
    """ "décidée en séance 1 · en cours en séance 2 · faite en séance 3"."""
    steps = [t["history_decided"].format(n=action.decided_in)] if action.decided_in else []
    steps += [
        t["history_step"].format(status=t[f"status_{status}"], n=number)
        for number, status in action.history
    ]
    return " · ".join(steps)


# -- launching a group: the framing note and the invitation (seed 001) ---------------


class Facilitation(StrEnum):
    ALONE = "alone"
    PAIR = "pair"  # the seed's advice: the one who carries it and a resource person


# The diversity of profiles the seed asks for: the facilitator ticks the ones the
# group has, as a whole; nobody's age or sex is ever recorded.
DIVERSITY = ("age", "seniority", "sex", "status", "functions")
FRAMING_TEXT_MAX = 4000  # characters a part of the note keeps (a one-page document)
SIZE_RANGE = (2, 30)  # a group size the note may seek


class FramingNote(NamedTuple):
    """A group's framing note (note de cadrage), agreed with management; the
    invitation to the agents repeats its elements. Empty parts print as
    "to be set", the rules as the seed's when none are written."""

    origin: str = ""
    objectives: str = ""
    perimeter: str = ""
    themes: str = ""
    facilitation: str = ""  # Facilitation, "" not said yet
    facilitators: str = ""
    rules: str = ""
    size_low: int | None = None
    size_high: int | None = None
    diversity_met: tuple[str, ...] = ()  # of DIVERSITY, in its order
    resource_people: str = ""
    contact: str = ""  # how an agent volunteers: whom to tell, by when


def checked_framing(note: FramingNote) -> FramingNote:
    """The note as kept: parts trimmed and at most FRAMING_TEXT_MAX long, the
    diversity in its fixed order. A size out of 2–30, a low above its high, an
    unknown facilitation or diversity: InvalidEntry naming the part."""
    if note.facilitation not in ("", *Facilitation):
        raise InvalidEntry("facilitation")
    low, high = note.size_low, note.size_high
    for field, size in (("size_low", low), ("size_high", high)):
        if size is not None and not SIZE_RANGE[0] <= size <= SIZE_RANGE[1]:
            raise InvalidEntry(field)
    if low is not None and high is not None and low > high:
        raise InvalidEntry("size_high")
    unknown = set(note.diversity_met) - set(DIVERSITY)
    if unknown:
        raise InvalidEntry("diversity")

    def kept(text: str) -> str:
        return text.strip()[:FRAMING_TEXT_MAX]

    return FramingNote(
        origin=kept(note.origin),
        objectives=kept(note.objectives),
        perimeter=kept(note.perimeter),
        themes=kept(note.themes),
        facilitation=note.facilitation,
        facilitators=kept(note.facilitators),
        rules=kept(note.rules),
        size_low=low,
        size_high=high,
        diversity_met=tuple(d for d in DIVERSITY if d in note.diversity_met),
        resource_people=kept(note.resource_people),
        contact=kept(note.contact),
    )


def sought_size(note: FramingNote, protocol_id: str) -> tuple[int, int] | None:
    """The group size the note seeks: its own, else the method's advice
    (GROUP_SIZES), else none said."""
    if note.size_low is not None or note.size_high is not None:
        low = note.size_low if note.size_low is not None else note.size_high
        high = note.size_high if note.size_high is not None else note.size_low
        assert low is not None and high is not None
        return low, high
    return GROUP_SIZES.get(protocol_id)


class FramingFacts(NamedTuple):
    """What the framing note and the invitation print: the note, and what the
    group's record already says (its name, its method, its planned dates)."""

    group: str
    method: str  # the method's name, "" when the group has held nothing yet
    note: FramingNote
    size: tuple[int, int] | None
    dates: list[CalendarEntry]
