"""One console as a process of its own, for the fault checker
(tests/server/test_console_processes.py): the real LiveSession and its pushing
worker, on a store reached through the URL given (a proxy), with its journal
in the folder given. It reads one command a line on stdin and answers one
JSON line on stdout:

    key N      the floor to the N-th person      {"kept": [[seq, digest, epoch]]}
    step       the next step                     (the same)
    take       Ctrl+T                            {"driving": bool, "epoch": e, "log": n}
    letgo      let the session go                {"driving": false}
    note ID    a note typed (a draft, then its line) {"noted": "ID"}, or {"refused": ...}
    settle     healed: push all, wait for it     {"waiting": n, "aside": n, "notes": n}
    state      what it believes                  {"driving": bool, "waiting": n}
    quit       its worker stopped, store closed  {}

A key's answer lists what the journal kept (acknowledged to the facilitator);
a refused key answers {"refused": "<problem>"}. A note is acknowledged once it
is in this laptop's journal of notes; its worker files it.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db.event_rows import event_values  # noqa: E402
from app.errors import StoreError  # noqa: E402
from app.session.ops.live import LiveSession  # noqa: E402
from app.session.ops.notes import SessionNotes  # noqa: E402
from app.session.ops.pusher import Pusher  # noqa: E402
from app.session.rules.engine import Event  # noqa: E402
from app.session.store import Store  # noqa: E402


def digest(event: Event) -> str:
    return hashlib.sha256(json.dumps(event_values(event)).encode()).hexdigest()


class Console:
    def __init__(self, url: str, journal: Path, session_id: int) -> None:
        self.store = Store.open_server(url, journal_dir=journal)
        self.live = LiveSession(self.store, session_id)
        self.told = threading.Event()
        self.worker: Pusher | None = None
        self.kept: list[list[object]] = []
        keep = self.store.journal.keep  # type: ignore[union-attr]

        def keeping(session: int, seq: int, event: Event, epoch: int | None = None) -> None:
            keep(session, seq, event, epoch)
            self.kept.append([seq, digest(event), epoch])

        self.store.journal.keep = keeping  # type: ignore[union-attr,method-assign]
        if self.live.driving:
            self._start_worker()
        self.notes_told = threading.Event()
        self.notes = SessionNotes(self.live, self.notes_told.set)

    def note(self, note_id: str) -> dict[str, object]:
        """Typed as a facilitator types: a first save of part of the line, then
        the whole line (the same note, rewritten), as the console saves it."""
        self._news()
        if not self.live.driving:
            return {"refused": "held_elsewhere"}
        draft = self.notes.draft()
        planned = self.live.engine.current
        where = (planned.step, self.live.engine.step_index, planned.case_index)
        try:
            draft.save(f"Note {note_id}, brouillon", *where)
            # The worker may file the first words before the line is whole: the
            # rewrite then goes to the note it filed, never to a second one.
            self.notes_told.clear()
            self.notes.wake()
            self.notes_told.wait(timeout=2)
            draft.save(f"Note {note_id}", *where)
        except StoreError as exc:
            return {"refused": exc.problem.value}
        self.notes.wake()
        return {"noted": note_id}

    def _start_worker(self) -> None:
        self.worker = Pusher(self.live, self.told.set)
        self.live.background = self.worker.wake

    def _stop_worker(self, *, release: bool = False) -> None:
        if self.worker is not None:
            self.live.background = None
            self.worker.stop(release=release, wait=30)
            self.worker = None

    def _news(self) -> None:
        """What the console's thread does with its worker's news."""
        if self.worker is not None and self.worker.report.fenced:
            self._stop_worker()
            # As the console does: read-only at once, nothing asked of the server
            # on this thread (its link may be frozen); read again when it takes over.
            self.live.fenced_off(reload=False)

    def key(self, act: str, arg: int) -> dict[str, object]:
        self._news()
        self.kept = []
        try:
            if act == "key":
                people = self.live.engine.people
                self.live.give_floor(people[arg % len(people)].id)
            else:
                self.live.next_step()
        except StoreError as exc:
            return {"refused": exc.problem.value}
        return {"kept": self.kept}

    def take(self) -> dict[str, object]:
        self._news()
        try:
            taken = self.live.take_over()
        except StoreError as exc:
            return {"driving": False, "refused": exc.problem.value}
        if taken and self.worker is None:
            self._start_worker()
        return {"driving": taken, **self.lease()}

    def lease(self) -> dict[str, object]:
        """The epoch this console drives under, and the log it found then."""
        if not self.live.driving:
            return {}
        return {
            "epoch": self.store.lease_epoch(self.live.id),
            "log": len(self.live.engine.events) - self.live.waiting,
        }

    def letgo(self) -> dict[str, object]:
        self._news()
        if self.worker is not None:
            self._stop_worker(release=True)
            self.live.let_go(release=False)
        else:
            try:
                self.live.let_go()
            except StoreError as exc:
                return {"driving": False, "refused": exc.problem.value}
        return {"driving": False}

    def settle(self) -> dict[str, object]:
        """The link healed: what waits goes, or is set aside, before answering."""
        for _ in range(50):
            self._news()
            if self.worker is None or self.live.waiting == 0:
                break
            self.told.clear()
            self.worker.wake()
            self.told.wait(timeout=20)
        if self.worker is None and self.live.driving:
            self.live.push()
        for _ in range(50):  # the notes' worker files what waits
            if self.notes.waiting == 0:
                break
            self.notes_told.clear()
            self.notes.wake()
            self.notes_told.wait(timeout=20)
        return {
            "waiting": self.live.waiting,
            "aside": len(self.live.set_aside),
            "notes": self.notes.waiting,
        }

    def state(self) -> dict[str, object]:
        self._news()
        return {"driving": self.live.driving, "waiting": self.live.waiting}

    def quit(self) -> dict[str, object]:
        self.notes.stop()
        self._stop_worker()
        self.store.close()
        return {}


def main() -> None:
    url, journal, session_id = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    console = Console(url, journal, session_id)
    print(json.dumps({"driving": console.live.driving, **console.lease()}), flush=True)
    for line in sys.stdin:
        word, _, arg = line.strip().partition(" ")
        if word in ("key", "step"):
            answer = console.key(word, int(arg or 0))
        elif word == "note":
            answer = console.note(arg)
        else:
            answer = getattr(console, word)()
        print(json.dumps(answer), flush=True)
        if word == "quit":
            return


if __name__ == "__main__":
    main()
