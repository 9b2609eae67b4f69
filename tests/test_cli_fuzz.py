"""The command line, fuzzed as a careless or hostile user types it (issue 29):
every subcommand, ids and names out of range, paths into the data folder, over
the store, onto existing files, a device. Each outcome is a code, never a
traceback; a refusal (exit 2) is one line; a refused or asked-and-declined
command writes nothing; and the store opens and holds what it held.

Bounded here (CI); `HYPOTHESIS_PROFILE=cli-long` runs more."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.folder import DB_NAME
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers.clock import FakeClock

settings.register_profile(
    "cli",
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("cli-long", parent=settings.get_profile("cli"), max_examples=3000)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "")
FUZZ = settings.get_profile(PROFILE if PROFILE.startswith("cli") else "cli")


@pytest.fixture(scope="module")
def template(tmp_path_factory, catalog) -> Path:
    """A data folder with a held session, a note and a cycle: copied for each example."""
    folder = tmp_path_factory.mktemp("template") / "data"
    store = Store.open(folder)
    clock = FakeClock()
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.give_floor(live.engine.people[2].id)
    clock.advance(300)
    store.add_note(live.id, Note(0, 3, 0, "proposal", "Voir avec Mme Zerbib"), 0)
    live.end()
    group = store.cycles.group_id("Groupe Alpha")
    cycle = store.cycles.create_cycle(group, "codev-anact", "2027", 6, 0)
    store.cycles.attach_session(live.id, cycle)
    store.close()
    return folder


def _held(folder: Path) -> tuple[object, ...]:
    store = Store.open(folder)
    try:
        return (
            [(s.id, s.group, s.state) for s in store.summaries()],
            store.groups(),
            [n.text for s in store.summaries() for n in store.notes(s.id)],
        )
    finally:
        store.close()


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


COMMANDS = st.sampled_from(
    ["sessions", "protocols", "export", "prep", "cycles", "cycle", "erase-person",
     "group-export", "group-import", "framing", "bilan", "move-store", "server-setup"]
)  # fmt: skip
FLAGS = st.sampled_from(
    ["--json", "--pdf", "--csv", "--anonymize", "--lang", "fr", "en", "xx", "--ics",
     "--bilan", "--note", "--invitation", "--yes", "--as", "--force", "--year",
     "--third-parties", "--accept-suggestions", "--attendance", "--notice"]
)  # fmt: skip
VALUES = st.sampled_from(
    ["1", "0", "-1", "2", str(2**63), "99999999999999999999", "Groupe Alpha", "Chloé",
     "Personne", "   ", "a" * 300, "é" * 81, "🙂", "2027"]
)  # fmt: skip
PATHS = st.sampled_from(
    ["DATA/" + DB_NAME, "DATA/x.pdf", "DATA", "OUT/existing.pdf", "OUT/new.pdf",
     "OUT/new.json", "OUT", "/dev/zero", "OUT/none/x.pdf"]
)  # fmt: skip
TEXT = st.text(max_size=12).filter(lambda s: "\x00" not in s)


@FUZZ
@given(
    command=COMMANDS,
    rest=st.lists(st.one_of(FLAGS, VALUES, PATHS, TEXT), max_size=6),
)
def test_any_command_line_is_a_code_and_a_refusal_writes_nothing(
    tmp_path_factory, template, monkeypatch, capsys, command, rest
) -> None:
    work = tmp_path_factory.mktemp("cli")
    data, out = work / "data", work / "out"
    shutil.copytree(template, data)
    out.mkdir()
    (out / "existing.pdf").write_bytes(b"%PDF-1.4 the user's own")
    argv = [a.replace("DATA", str(data)).replace("OUT", str(out)) for a in [command, *rest]]
    monkeypatch.setattr(cli, "_run_gui", lambda _args, _gui: 0)  # no window here
    monkeypatch.setenv("TOURDETABLE_DATA_DIR", str(data))
    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", "une phrase secrète")
    monkeypatch.delenv("TOURDETABLE_DATABASE_URL", raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt="": "non")  # asked: declined
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "une phrase secrète")
    monkeypatch.chdir(work)
    before_held, before_files = _held(data), _files(data)
    capsys.readouterr()
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # --help and --version end there, as they should
        assert exit_.code in (0, None), argv
        return
    err = capsys.readouterr().err
    assert code in (0, 1, 2), argv
    assert (out / "existing.pdf").read_bytes() == b"%PDF-1.4 the user's own" or "--force" in argv
    if code == 2:
        lines = [line for line in err.splitlines() if not line.startswith("  ")]
        assert lines and lines[0].startswith("tourdetable: error:"), (argv, err)
    if code != 0:  # refused, or asked and declined: nothing changed
        assert _held(data) == before_held, argv
    new_in_data = _files(data) - before_files - {DB_NAME + "-wal", DB_NAME + "-shm"}
    assert not {f for f in new_in_data if not f.startswith(("backups", "protocols"))}, argv


# Every command that writes a document, with the place it writes to.
WRITERS = [
    ["export", "1", "--pdf", "{path}"],
    ["export", "1", "--json", "{path}"],
    ["export", "1", "--attendance", "{path}"],
    ["export", "1", "--notice", "{path}"],
    ["export", "1", "--pdf", "{path}", "--anonymize", "--accept-suggestions"],
    ["cycle", "1", "--ics", "{path}"],
    ["cycle", "1", "--bilan", "{path}", "--accept-suggestions"],
    ["framing", "Groupe Alpha", "--note", "{path}"],
    ["framing", "Groupe Alpha", "--invitation", "{path}"],
    ["group-export", "Groupe Alpha", "{path}"],
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2] + c[2:3]))
@pytest.mark.parametrize("where", ["DATA/" + DB_NAME, "DATA/x.pdf", "OUT/existing.pdf"])
def test_no_command_writes_into_the_data_folder_or_over_a_file(
    tmp_path, template, monkeypatch, capsys, command, where
) -> None:
    """Issue 29: `export 1 --pdf DATA/tourdetable.db` wrote the PDF over the store."""
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(template, data)
    out.mkdir()
    (out / "existing.pdf").write_bytes(b"%PDF-1.4 the user's own")
    path = where.replace("DATA", str(data)).replace("OUT", str(out))
    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", "une phrase secrète")
    before_held, before_files = _held(data), _files(data)
    store_bytes = (data / DB_NAME).read_bytes()
    argv = ["--data-dir", str(data), *(a.replace("{path}", path) for a in command)]
    assert cli.main(argv) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "inside the data folder" in line or "exists already" in line, line
    assert (data / DB_NAME).read_bytes() == store_bytes
    assert _held(data) == before_held and _files(data) == before_files
    assert (out / "existing.pdf").read_bytes() == b"%PDF-1.4 the user's own"
