"""The fault checker with consoles as processes (issue 27): three real consoles,
each a process of its own with its pushing worker, each reaching a real
PostgreSQL server through a TCP proxy of its own, driven by randomized
histories of keys, takeovers and letting go, while the links freeze (nothing
forwarded, nothing closed), are cut, heal, a silent console's lease runs out
and the server is stopped at once and restarted. Each history is then healed,
every console given its turn, and checked:

- every event a console acknowledged (kept on its disk) is in the server's
  log at its number exactly once, under the epoch it was recorded with, or
  set aside on that laptop and not in the log;
- epochs only go up along the log, each epoch's events are one console's, and
  none of an epoch is written after the log its successor found;
- every journal ends with nothing waiting.

A few seeded histories here (CI); ``TDT_HISTORIES=200`` runs more (benchmarks).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from app.db.event_rows import event_values
from app.db.journal import Journal
from app.db.note_journal import NoteJournal
from app.server.rules import parse
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres
from tests.helpers.proxy import Proxy, socket_of

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("console_process.py")
CONSOLES = 3
STEPS = 60
HISTORIES = int(os.environ.get("TDT_HISTORIES", "4"))


def digest(event: Any) -> str:
    return hashlib.sha256(json.dumps(event_values(event)).encode()).hexdigest()


class ConsoleProcess:
    def __init__(self, url: str, journal: Path, session_id: int) -> None:
        self.journal = journal
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), url, str(journal), str(session_id)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        self.kept: list[tuple[int, str, int | None]] = []
        self.noted: list[str] = []  # the notes acknowledged to the facilitator
        self.epochs: dict[int, int] = {}  # each epoch it drove under: the log it found
        self._note_lease(self._answer())

    def _answer(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the console process ended (exit {self.process.poll()})"
        return dict(json.loads(line))

    def ask(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self._answer()
        for seq, event_digest, epoch in answer.get("kept", []):
            self.kept.append((int(seq), str(event_digest), epoch))
        if "noted" in answer:
            self.noted.append(str(answer["noted"]))
        self._note_lease(answer)
        return answer

    def _note_lease(self, answer: dict[str, Any]) -> None:
        if answer.get("epoch") is not None:
            epoch, log = int(answer["epoch"]), int(answer["log"])
            self.epochs[epoch] = min(log, self.epochs.get(epoch, log))

    def end(self) -> None:
        self.ask("quit")
        self.process.wait(timeout=60)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class Network:
    """The three laptops' links and the server, as the history breaks them."""

    def __init__(self, pg_server: postgres.Server, server_url: str, session_id: int) -> None:
        self.pg_server, self.server_url, self.session_id = pg_server, server_url, session_id
        self.proxies = [Proxy(socket_of(pg_server.folder, pg_server.port)) for _ in range(CONSOLES)]
        self.frozen: set[int] = set()
        self.restarted = False

    def urls(self) -> list[str]:
        address = parse(self.server_url)
        return [p.url(address.user, address.password or "", address.database) for p in self.proxies]

    def fault(self, what: str, n: int, owner: Store) -> None:
        if what == "freeze":  # nothing forwarded, nothing closed
            self.proxies[n].freeze()
            self.frozen.add(n)
        elif what == "cut":
            self.proxies[n].cut()
            self.frozen.discard(n)
        elif what == "heal":
            self.proxies[n].heal()
            self.frozen.discard(n)
        elif what == "silent":  # the driver's lease not renewed for its time
            postgres.lease_runs_out(self.pg_server, self.server_url, self.session_id)
        elif what == "restart" and not self.restarted:
            postgres.halt(self.pg_server)
            postgres.resume(self.pg_server)
            owner.reconnect()
            self.restarted = True

    def heal_all(self) -> None:
        for proxy in self.proxies:
            proxy.heal()
        self.frozen.clear()

    def close(self) -> None:
        for proxy in self.proxies:
            proxy.close()


def run_history(seed: int, server_url: str, pg_server: postgres.Server) -> None:
    rng = random.Random(seed)
    owner = Store.open_server(server_url)
    session_id = owner.create_session(make_setup_of(seed), 0.0)
    folder = Path(tempfile.mkdtemp(prefix="tdt-processes-"))
    network = Network(pg_server, server_url, session_id)
    urls = network.urls()
    consoles = [
        ConsoleProcess(url, folder / f"console-{n}", session_id) for n, url in enumerate(urls)
    ]
    history: list[str] = []
    try:
        for _ in range(STEPS):
            n = rng.randrange(CONSOLES)
            what = rng.choices(
                ["key", "step", "note", "take", "letgo", "freeze", "cut", "heal", "silent",
                 "restart"],
                weights=[30, 6, 8, 8, 4, 4, 4, 8, 3, 1],
            )[0]  # fmt: skip
            history.append(f"{what} {n}")
            if what in ("key", "step"):
                consoles[n].ask(f"{what} {rng.randrange(6)}")
            elif what == "note":
                consoles[n].ask(f"note {seed}-{len(history)}")
            elif what in ("take", "letgo"):
                if n not in network.frozen:  # a frozen link would hold Ctrl+T
                    consoles[n].ask(what)
            else:
                network.fault(what, n, owner)
        network.heal_all()
        settle(consoles, (seed, history))
    finally:
        for console in consoles:
            console.end()
        network.close()
    try:
        check(owner, session_id, consoles, urls, seed, history)
    finally:
        owner.close()
        shutil.rmtree(folder, ignore_errors=True)  # the journals, read by the check


def settle(consoles: list[ConsoleProcess], where: object) -> None:
    """Healed, then each console in turn: the others let go, it takes over and
    pushes what waits (or sets it aside), and lets go."""
    for console in consoles:
        console.ask("settle")
    for n, console in enumerate(consoles):
        for other in consoles:
            other.ask("letgo")
        assert console.ask("take")["driving"], (n, where)
        settled = console.ask("settle")
        assert settled["waiting"] == 0 and settled["notes"] == 0, (n, settled, where)
        console.ask("letgo")


def make_setup_of(seed: int) -> Any:
    from app.protocols import load_catalog

    setup = make_setup(load_catalog())
    return type(setup)(f"Groupe {seed}", setup.protocol, setup.participants, setup.cases)


def check(
    owner: Store,
    session_id: int,
    consoles: list[ConsoleProcess],
    urls: list[str],
    seed: int,
    history: list[str],
) -> None:
    where = (seed, history)
    log = owner.load(session_id).events
    epochs = [
        e for _s, e in owner.rows("SELECT seq, epoch FROM events WHERE session_id = ? "
                                  "ORDER BY seq", (session_id,))
    ]  # fmt: skip
    digests = [digest(e) for e in log]
    assert None not in epochs and epochs == sorted(epochs), (epochs, where)
    writers: dict[int, set[int]] = {}
    asides = []
    for n, console in enumerate(consoles):
        journal = Journal(console.journal, parse(urls[n]).label)
        assert journal.waiting(session_id) == [], ("a journal ends with nothing waiting", where)
        aside = {(seq, digest(event)) for seq, event in journal.aside(session_id)}
        asides.append(len(aside))
        journal.close()
        for seq, event_digest, epoch in console.kept:
            written = seq <= len(log) and digests[seq - 1] == event_digest
            if (seq, event_digest) in aside:
                assert not written, ("set aside, yet written", n, seq, where)
                continue
            assert written, ("acknowledged, then lost", n, seq, where)
            assert digests.count(event_digest) == 1, ("doubled", n, seq, where)
            assert epochs[seq - 1] == epoch, ("written under another epoch", n, seq, where)
            writers.setdefault(epoch, set()).add(n)
    assert all(len(who) == 1 for who in writers.values()), (writers, where)
    # Nothing of an epoch after the next began: its console found the log as it stood.
    for console in consoles:
        for later, start in console.epochs.items():
            for seq, epoch in enumerate(epochs, start=1):
                assert epoch >= later or seq <= start, ("epochs overlap", seq, epoch, later, where)
    assert len({d for c in consoles for _s, d, _e in c.kept} & set(digests)) == len(log), (
        "an event no console acknowledged",
        where,
    )
    # Every note acknowledged to a console is on the server exactly once, as its
    # last line said, and no journal of notes ends with one waiting.
    texts = [n.text for n in owner.notes(session_id)]
    for n, console in enumerate(consoles):
        for note_id in console.noted:
            assert texts.count(f"Note {note_id}") == 1, (
                "a note lost or doubled",
                n,
                note_id,
                where,
            )
        notes = NoteJournal(console.journal, parse(urls[n]).label, session_id)
        assert notes.pending() == [], ("a journal of notes ends with one waiting", n, where)
        notes.close()
    assert len(texts) == sum(len(c.noted) for c in consoles), ("a note no one typed", where)
    kept = [len(c.kept) for c in consoles]
    print(f"history {seed}: {len(log)} events in the log under epochs {sorted(set(epochs))}, "
          f"acknowledged {kept}, set aside {asides}, "
          f"notes {[len(c.noted) for c in consoles]}")  # fmt: skip


@pytest.mark.parametrize("seed", range(HISTORIES))
def test_consoles_as_processes_under_faults_keep_one_true_record(
    seed, server_url, pg_server
) -> None:
    run_history(seed, server_url, pg_server)
