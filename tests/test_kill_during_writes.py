"""A kill -9 in the middle of a person's erasure or a group's import loses
nothing (issue 29: "this holds today: keep it"). A process runs the operation
and kills itself at its n-th SQL statement, for n spread over the whole
operation; the store then opens, and holds either everything it held before or
the operation done whole: never a name half erased, never half a group."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.folder import DB_NAME
from app.handover.ops import export_group_file
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import platforms
from tests.helpers.clock import FakeClock
from tests.helpers.kill import KILL_AT_STATEMENT

ROOT = Path(__file__).resolve().parent.parent
pytestmark = platforms.SIGKILL
KILL_POINTS = 12  # statements to die at, spread over the operation

RUN = (
    textwrap.dedent(
        """
    import sys
    from pathlib import Path
    from app.session.store import Store
    folder, operation, die_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    """
    )
    + KILL_AT_STATEMENT
    + textwrap.dedent(
        """
    store = Store.open(folder)  # for "migrate", opening it is the operation
    if operation == "erase":
        from app.group.ops.actions import erase_person
        group = store.cycles.group_id("Groupe Alpha")
        [fatou] = [m for m in store.members.members(group) if m.name == "Fatou Keïta"]
        erase_person(store, group_id=group, member_id=fatou.id, lang="fr", wall=0.0)
    elif operation == "import":
        from app.handover.ops import import_group_file
        import_group_file(store, path=Path(sys.argv[4]), passphrase="phrase", name="Copie")
    store.connection.set_trace_callback(None)
    store.close()
    print(seen)
    """
    )
)


def _run(folder: Path, operation: str, die_at: int, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", RUN, str(folder), operation, str(die_at), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def template(tmp_path_factory, catalog) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("kill") / "data"
    store = Store.open(folder)
    clock = FakeClock()
    names = ["Anne Facil", "Bruno", "Fatou Keïta", "Dédé", "Élise"]
    live = LiveSession(store, store.create_session(make_setup(catalog, names=names), 0), clock)
    live.start()
    live.give_floor(live.engine.people[2].id)
    clock.advance(120)
    live.end()
    for text in ("Fatou Keïta propose un binôme", "Voir avec Fatou", "Bruno suit"):
        store.add_note(live.id, Note(0, 3, 0, "proposal", text), 0)
    handed = folder.parent / "alpha.tdtgroup"
    export_group_file(store, group_id=store.cycles.group_id("Groupe Alpha"),
                      passphrase="phrase", path=handed)  # fmt: skip
    store.close()
    return folder, handed


def _state(folder: Path) -> tuple[object, ...]:
    store = Store.open(folder)
    try:
        groups = sorted(store.groups())
        sessions = [(s.group, s.state) for s in store.summaries()]
        notes = sorted(n.text for s in store.summaries() for n in store.notes(s.id))
        people = sorted(p.name for s in store.summaries() for p in store.load(s.id).people)
        members = sorted(
            m.name
            for g in groups
            for m in store.members.members(store.cycles.group_id(g), include_retired=True)
        )
        return groups, sessions, notes, people, members
    finally:
        store.close()


def _points(total: int) -> list[int]:
    step = max(1, total // KILL_POINTS)
    return sorted({*range(1, total + 1, step), total})


@pytest.mark.parametrize("operation", ["erase", "import", "migrate"])
def test_a_kill_9_at_any_statement_leaves_before_or_after_never_between(
    tmp_path, template, operation
) -> None:
    folder, handed = template
    if operation == "migrate":  # a store of the previous release, upgraded as it opens
        folder = tmp_path / "release"
        folder.mkdir(mode=0o700)
        shutil.copy(Path(__file__).parent / "data" / "release-0.1.0.db", folder / DB_NAME)
    extra = (str(handed),) if operation == "import" else ()
    whole = tmp_path / "whole"
    shutil.copytree(folder, whole)
    before = _state(whole) if operation != "migrate" else None  # opening it migrates it
    done = _run(whole, operation, 10**9, *extra)
    assert done.returncode == 0, done.stderr
    after = _state(whole)
    assert after != before and after[1]  # sessions there
    total = int(done.stdout.strip())
    for die_at in _points(total):
        work = tmp_path / f"at-{die_at}"
        shutil.copytree(folder, work)
        killed = _run(work, operation, die_at, *extra)
        assert killed.returncode == -signal.SIGKILL, (die_at, killed.stderr)
        assert _state(work) in (before, after), die_at
