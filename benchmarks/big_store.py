"""A store as ten years of a busy service would leave it: thousands of sessions,
a million events. Written straight with sqlite3 into the app's own schema.

    .venv/bin/python benchmarks/big_store.py DATA_DIR [--sessions 5000] [--events 1000000]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.folder import DB_NAME
from app.protocols import load_catalog, protocol_to_json
from app.session.rules.demo import demo_setup
from app.session.store import Store

PEOPLE = 8
STEPS = 7


def build_big_store(
    folder: Path, sessions: int = 5000, events: int = 1_000_000, groups: int | None = None
) -> None:
    Store.open(folder).close()
    protocol = load_catalog().get("codev-anact")
    definition = json.dumps(protocol_to_json(protocol), ensure_ascii=False)
    names = [p.name for p in demo_setup(load_catalog()).participants]
    per_session = max(1, events // sessions)
    rng = random.Random(10)
    db = sqlite3.connect(folder / DB_NAME)
    db.execute("PRAGMA synchronous=OFF")
    with db:
        groups = groups or max(1, sessions // 25)
        db.executemany(
            "INSERT INTO groups (id, name, created_wall) VALUES (?, ?, ?)",
            [(g + 1, f"Groupe {g + 1:04d}", 1.4e9 + g) for g in range(groups)],
        )
        for s in range(1, sessions + 1):
            wall = 1.45e9 + s * 60_000.0
            ended = s < sessions - 3
            db.execute(
                "INSERT INTO protocol_runs (id, protocol_id, version, definition) "
                "VALUES (?, ?, 1, ?)",
                (s, protocol.id, definition),
            )
            db.execute(
                "INSERT INTO sessions (id, group_id, protocol_run_id, number_in_cycle, "
                "has_previous, state, created_wall, started_wall, ended_wall, "
                "running_seconds, follow_up) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, '')",
                (
                    s,
                    (s - 1) % groups + 1,
                    s,
                    (s - 1) // groups % 6 + 1,
                    "ended" if ended else "running",
                    wall,
                    wall + 60,
                    wall + 9000 if ended else None,
                    8940.0 if ended else 0.0,
                ),
            )
            base = (s - 1) * PEOPLE
            db.executemany(
                "INSERT INTO participants (id, session_id, position, name, role) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        base + i + 1,
                        s,
                        i,
                        names[i % len(names)],
                        "consultant" if i else "facilitator",
                    )
                    for i in range(PEOPLE)
                ],
            )
            db.execute(
                'INSERT INTO cases (session_id, "index", title, narrator_id, situation, request) '
                "VALUES (?, 0, ?, ?, ?, ?)",
                (s, f"Situation n°{s}", base + 2, "Un usager refuse l’aide", "Comment faire ?"),
            )
            db.executemany(
                'INSERT INTO step_runs (session_id, "index", step_id, case_index, '
                "planned_seconds, adjust_seconds, actual_seconds) VALUES (?, ?, ?, 0, 600, 0, 600)",
                [(s, i, protocol.steps[i].id) for i in range(STEPS)],
            )
            rows = []
            t = 0.0
            for seq in range(per_session):
                t += rng.uniform(5, 60)
                if seq == 0:
                    kind, data = "started", {}
                elif seq % 40 == 0:
                    kind, data = "step_changed", {"step": min(STEPS - 1, seq // 40)}
                else:
                    kind, data = "floor_taken", {"person": base + 1 + seq % PEOPLE}
                rows.append((s, seq, kind, t, t, wall + t, json.dumps(data)))
            db.executemany(
                "INSERT INTO events (session_id, seq, kind, t, mono, wall, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            db.executemany(
                "INSERT INTO notes (session_id, step_index, case_index, kind, text, owner, due, "
                "created_wall, updated_wall) VALUES (?, ?, 0, 'question', ?, '', '', ?, ?)",
                [(s, n % STEPS, f"Question {n} : qui d’autre ?", wall, wall) for n in range(10)],
            )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sessions", type=int, default=5000)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    build_big_store(args.folder, args.sessions, args.events)


if __name__ == "__main__":
    main()
