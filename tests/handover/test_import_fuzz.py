"""A group file from outside, fuzzed (issue 29): random bytes, a real file cut
short, and a real group's content mutated after it was sealed. Every outcome is
an import whole or a refusal in words (TransferError): never a traceback, and a
refused file writes nothing (the store holds what it held).

Bounded here (CI); `HYPOTHESIS_PROFILE=import-long` runs more."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.group.ops.actions import add_member
from app.handover.ops import export_group_file, import_group_file
from app.handover.rules import TABLES, TransferError, checked, decoded
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import platforms

settings.register_profile(
    "import",
    max_examples=80,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("import-long", parent=settings.get_profile("import"), max_examples=2000)
FUZZ = settings.get_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "import")
    if os.environ.get("HYPOTHESIS_PROFILE", "").startswith("import")
    else "import"
)
PASSPHRASE = "une phrase"
REASONS = {"not_a_group_file", "wrong_or_altered", "too_big", "newer_format", "damaged",
           "group_exists", "bad_name"}  # fmt: skip


@pytest.fixture(scope="module")
def handed(tmp_path_factory, catalog) -> Iterator[tuple[Path, dict[str, Any]]]:
    """A real group, with a session held, notes and a member: its file and content."""
    from tests.helpers.clock import FakeClock

    folder = tmp_path_factory.mktemp("source")
    store = Store.open(folder / "data")
    clock = FakeClock()
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.give_floor(live.engine.people[2].id)
    clock.advance(300)
    store.add_note(live.id, Note(0, 3, 0, "question", "Qui suit le dossier ?"), 0)
    live.end()
    group_id = store.cycles.group_id("Groupe Alpha")
    add_member(store, group_id=group_id, name="Élise", wall=clock.wall())
    path = folder / "alpha.tdtgroup"
    export_group_file(store, group_id=group_id, passphrase=PASSPHRASE, path=path)
    content = store.export_group(group_id)
    store.close()
    yield path, content


@pytest.fixture(scope="module")
def target(tmp_path_factory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("target") / "data")
    yield store
    store.close()


def _held(store: Store) -> tuple[object, ...]:
    """What the store holds, to see that a refusal wrote nothing."""
    return tuple(
        store.rows(f"SELECT count(*) FROM {table}")[0][0] for table, _scope, _refs in TABLES
    )


def _import_or_refuse(store: Store, attempt) -> None:
    before = _held(store)
    try:
        group_id = attempt()
    except TransferError as refused:
        assert refused.reason in REASONS
        assert _held(store) == before, "a refused file wrote something"
        return
    # Imported whole: then let it go, so the next example starts from the same store.
    store.cycles.delete_group(group_id)


@FUZZ
@given(raw=st.binary(max_size=4000))
def test_any_bytes_are_a_group_or_a_refusal(tmp_path, target, raw: bytes) -> None:
    path = tmp_path / "any.tdtgroup"
    path.write_bytes(raw)
    _import_or_refuse(target, lambda: import_group_file(target, path=path, passphrase=PASSPHRASE))


@FUZZ
@given(cut=st.integers(min_value=0), flip=st.integers(min_value=0))
def test_a_real_file_cut_or_altered_is_refused(tmp_path, target, handed, cut, flip) -> None:
    path, _content = handed
    data = bytearray(path.read_bytes())
    data = data[: cut % len(data)]
    if data:
        data[flip % len(data)] ^= 0x55
    altered = tmp_path / "altered.tdtgroup"
    altered.write_bytes(bytes(data))
    with pytest.raises(TransferError):
        import_group_file(target, path=altered, passphrase=PASSPHRASE)


plain_values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False), st.text(max_size=20), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)  # fmt: skip


@st.composite
def mutations(draw) -> tuple[str, ...]:
    table = draw(st.sampled_from([t for t, _s, _r in TABLES]))
    kind = draw(st.sampled_from(["set", "drop_column", "drop_row", "drop_table", "copy_row"]))
    return kind, table, draw(st.text(min_size=1, max_size=12)), draw(st.integers(0, 50))


def _mutate(content: dict[str, Any], change: tuple[Any, ...], value: object) -> None:
    kind, table, column, index = change
    rows = content["tables"].get(table, [])
    if kind == "drop_table":
        content["tables"].pop(table, None)
        return
    if not rows:
        content["tables"][table] = [{column: value}]
        return
    row = rows[index % len(rows)]
    columns = sorted(row)
    known = columns and index % 3  # a column the row has, or any name
    name = columns[index % len(columns)] if known else column
    if kind == "set":
        row[name] = value
    elif kind == "drop_column":
        row.pop(name, None)
    elif kind == "drop_row":
        rows.remove(row)
    else:
        rows.append(dict(row))


@FUZZ
@given(changes=st.lists(st.tuples(mutations(), plain_values), min_size=1, max_size=3))
def test_a_real_groups_content_mutated_is_imported_whole_or_refused(
    target, handed, changes
) -> None:
    """Past the passphrase (the content is what a holder of it could write): a
    dangling id, a list for a map, a table lost, a value of another type."""
    _path, content = handed
    mutated = json.loads(json.dumps(content))
    for change, value in changes:
        _mutate(mutated, change, value)
    payload = json.dumps(mutated).encode()
    _import_or_refuse(target, lambda: target.import_group(checked(decoded(payload))))


def test_the_real_file_imports_whole(target, handed) -> None:
    path, _content = handed
    before = _held(target)
    group_id = import_group_file(target, path=path, passphrase=PASSPHRASE, name="Copie")
    assert _held(target) != before
    target.cycles.delete_group(group_id)
    assert _held(target) == before


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a device without end: Unix only")
def test_the_command_line_refuses_a_file_without_end_in_one_line(tmp_path, monkeypatch, capsys):
    """Issue 29: /dev/zero, or a 400 MB file, was read whole into a MemoryError."""
    from app.cli import main

    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", PASSPHRASE)
    data = ["--data-dir", str(tmp_path / "data")]
    big = tmp_path / "big.tdtgroup"
    with big.open("wb") as stream:
        stream.truncate(400 * 2**20)
    assert main([*data, "group-import", str(big)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "larger than any group file (64 MB at most); nothing imported" in line


@platforms.DEVICE
def test_the_command_line_refuses_a_device_in_one_line(tmp_path, monkeypatch, capsys) -> None:
    from app.cli import main

    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", PASSPHRASE)
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "group-import", "/dev/zero"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "/dev/zero is not a Tour de table group file" in line


def test_the_command_line_says_a_damaged_file_is_damaged(tmp_path, handed, monkeypatch, capsys):
    from app.cli import main
    from app.handover.rules import seal

    _path, content = handed
    dangling = json.loads(json.dumps(content))
    dangling["tables"]["notes"][0]["session_id"] = 999
    damaged = tmp_path / "damaged.tdtgroup"
    damaged.write_bytes(seal(dangling, PASSPHRASE))
    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(tmp_path / "data"), "group-import", str(damaged)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "damaged (notes.session_id points at no sessions row); nothing imported" in line
