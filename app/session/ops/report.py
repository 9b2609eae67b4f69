"""Everything known about one session, as plain data: the source of every export."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.group.rules import CarriedAction
from app.session.rules.engine import SessionEngine
from app.session.rules.fairness import Fairness, session_fairness, step_fairness
from app.session.rules.records import Note, StoredSession

if TYPE_CHECKING:
    from app.session.store import Store


@dataclass(frozen=True)
class SessionData:
    stored: StoredSession
    engine: SessionEngine
    notes: list[Note]
    now: float  # the engine's time the figures are taken at
    carried: list[CarriedAction] = field(default_factory=list)  # reviewed in this session

    @property
    def fairness(self) -> Fairness:
        return session_fairness(self.engine, self.now)


def collect(store: Store, session_id: int) -> SessionData:
    stored = store.load(session_id)
    engine = stored.engine()
    carried = store.cycles.reviews_made_in(session_id)
    return SessionData(stored, engine, store.notes(session_id), engine.last_t, carried)


def _fairness_dict(f: Fairness, names: dict[int, str]) -> dict[str, Any]:
    return {
        "population": [names[p] for p in f.population],
        "talk_seconds": {names[p]: round(s, 1) for p, s in f.talk.items()},
        "turns": {names[p]: n for p, n in f.turns.items()},
        "shares": {names[p]: round(f.share(p), 4) for p in f.population},
        "equal_share": round(f.equal_share, 4),
        "gini": round(f.gini, 4),
        "not_spoken": [names[p] for p in f.not_spoken],
        "silence_seconds": round(f.silence, 1),
        "narrator_apart_seconds": round(f.narrator_apart, 1),
        "others_seconds": round(f.others_talk, 1),
        "narrator_interruptions": len(f.interruptions),
    }


def _iso(wall: float | None) -> str | None:
    return datetime.fromtimestamp(wall).astimezone().isoformat(timespec="seconds") if wall else None


def to_json(data: SessionData) -> dict[str, Any]:
    stored, engine, now = data.stored, data.engine, data.now
    names = {p.id: p.name for p in stored.people}
    steps = []
    for i, planned in enumerate(stored.plan):
        steps.append(
            {
                "index": i,
                "id": planned.step.id,
                "name": planned.step.name.fr,
                "case": planned.case_index,
                "speaker": planned.step.speaker.value,
                "planned_seconds": round(engine.step_planned(i), 1),
                "actual_seconds": round(engine.step_elapsed(i, now), 1),
                "fairness": _fairness_dict(step_fairness(engine, i, now), names),
            }
        )
    return {
        "format": "tourdetable-session",
        "version": 1,
        "id": stored.id,
        "group": stored.group,
        "number_in_cycle": stored.number_in_cycle,
        "protocol": {"id": stored.protocol.id, "name": stored.protocol.name.fr},
        "state": stored.state,
        "created": _iso(stored.created_wall),
        "started": _iso(stored.started_wall),
        "ended": _iso(stored.ended_wall),
        "running_seconds": round(engine.running_seconds(now), 1),
        "follow_up": stored.follow_up,
        "participants": [{"name": p.name, "role": p.role.value} for p in stored.people],
        "cases": [
            {
                "title": c.title,
                "narrator": names.get(c.narrator_id) if c.narrator_id else None,
                "situation": stored.case_texts[c.index][0],
                "request": stored.case_texts[c.index][1],
            }
            for c in stored.cases
        ],
        "steps": steps,
        "turns": [
            {
                "person": names[t.person],
                "step": t.step,
                "start": round(t.start, 2),
                "end": round(t.end, 2) if t.end is not None else None,
                "talk_seconds": round(engine.turn_talk(t, now), 1),
            }
            for t in engine.turns
        ],
        "fairness": _fairness_dict(data.fairness, names),
        "notes": [
            {
                "kind": n.kind,
                "step": n.step_index,
                "case": n.case_index,
                "text": n.text,
                "tag": n.tag,
                "author": names.get(n.author_id) if n.author_id else None,
                "owner": n.owner,
                "due": n.due,
            }
            for n in data.notes
        ],
    }
