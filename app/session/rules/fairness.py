"""Speaking-time fairness, per step and per session.

Definitions (DOMAIN.md, "Speaking-time fairness"):

* The **population** of a step is the people the method expects to speak in it
  (:meth:`SessionEngine.expected_speakers`): consultants only in a ``group``
  step, the narrator and consultants in an ``exchange``, and so on.
* **Talk seconds** count only while the step's timer runs; a pause stops them.
* **Share** is a person's talk over the population's total talk; the **equal
  share** is ``1 / n``.
* **Gini** is computed over the population's talk *including people at zero*,
  normalised by ``n / (n - 1)`` so that 0 means perfectly equal and 1 means one
  person did all the talking. With fewer than two people, or nobody talking,
  it is 0.
* **Silence** is step time during which nobody held the floor: nobody's time.
* The narrator's talk is kept apart when the narrator is not in the population
  (``group`` steps), and the narrator taking the floor in a step where they
  listen (consultation) is flagged as an interruption.
* The **session** population is everyone expected in at least one ``group``,
  ``exchange`` or ``round`` step, and their talk is summed over those steps
  only: the exposé is the narrator's by design and would swamp the balance.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from app.kinds import SpeakerKind
from app.session.rules.engine import Interruption, SessionEngine

SHARED_KINDS = frozenset(
    {SpeakerKind.GROUP, SpeakerKind.EXCHANGE, SpeakerKind.ROUND, SpeakerKind.CHECK_IN}
)


def gini(values: Sequence[float]) -> float:
    """Normalised Gini of non-negative values, zeros included: 0 equal, 1 one person."""
    n = len(values)
    total = sum(values)
    if n < 2 or total <= 0:
        return 0.0
    ordered = sorted(max(0.0, v) for v in values)
    # Sum over i of (2i - n + 1) * x_i equals half the sum of all |x_i - x_j|.
    weighted = sum((2 * i - n + 1) * x for i, x in enumerate(ordered))
    raw = weighted / (n * total)
    return min(1.0, max(0.0, raw * n / (n - 1)))


class Fairness(msgspec.Struct, frozen=True):
    population: list[int]
    talk: dict[int, float]  # population only
    turns: dict[int, int]
    total_talk: float
    equal_share: float
    gini: float
    not_spoken: list[int]
    silence: float
    narrator_apart: float  # narrator's talk when not in the population
    others_talk: float  # anyone else outside the population (facilitator, guests…)
    interruptions: list[Interruption]

    def share(self, person: int) -> float:
        return self.talk.get(person, 0.0) / self.total_talk if self.total_talk > 0 else 0.0

    @property
    def balance(self) -> float:
        """1 - Gini: what the room's balance gauge shows."""
        return 1.0 - self.gini

    @property
    def measured(self) -> bool:
        """Whether the floor was shared at all: two people or more could speak in
        the shared steps and someone did. Otherwise the balance is no figure, and a
        document prints "—", never the perfect score a Gini of 0 would read as."""
        return len(self.population) > 1 and self.total_talk > 0

    @property
    def measured_balance(self) -> float | None:
        return self.balance if self.measured else None


def _build(
    engine: SessionEngine,
    population: list[int],
    talk_all: dict[int, float],
    turns_all: dict[int, int],
    elapsed: float,
    narrator: int | None,
    interruptions: list[Interruption],
) -> Fairness:
    talk = {p: talk_all.get(p, 0.0) for p in population}
    total = sum(talk.values())
    outside = {p: s for p, s in talk_all.items() if p not in talk}
    narrator_apart = outside.pop(narrator, 0.0) if narrator is not None else 0.0
    everyone = sum(talk_all.values())
    return Fairness(
        population=population,
        talk=talk,
        turns={p: turns_all.get(p, 0) for p in population},
        total_talk=total,
        equal_share=1.0 / len(population) if population else 0.0,
        gini=gini(list(talk.values())),
        not_spoken=[p for p in population if turns_all.get(p, 0) == 0],
        silence=max(0.0, elapsed - everyone),
        narrator_apart=narrator_apart,
        others_talk=sum(outside.values()),
        interruptions=interruptions,
    )


def step_fairness(engine: SessionEngine, index: int, now: float) -> Fairness:
    return _build(
        engine,
        engine.expected_speakers(index),
        engine.talk_by_person(now, step=index),
        engine.turns_by_person(step=index),
        engine.step_elapsed(index, now),
        engine.narrator_of(index),
        [i for i in engine.interruptions if i.step == index],
    )


def session_fairness(engine: SessionEngine, now: float) -> Fairness:
    shared = [i for i, s in enumerate(engine.plan) if s.step.speaker in SHARED_KINDS]
    population: list[int] = []
    for index in shared:
        population += [p for p in engine.expected_speakers(index) if p not in population]
    talk = {p.id: 0.0 for p in engine.people}
    turns = {p.id: 0 for p in engine.people}
    elapsed = 0.0
    for index in shared:
        for person, seconds in engine.talk_by_person(now, step=index).items():
            talk[person] += seconds
        for person, count in engine.turns_by_person(step=index).items():
            turns[person] += count
        elapsed += engine.step_elapsed(index, now)
    narrator = engine.narrator_of(0)
    return _build(engine, population, talk, turns, elapsed, narrator, list(engine.interruptions))
