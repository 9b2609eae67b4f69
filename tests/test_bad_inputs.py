"""Every input can be wrong. Protocol files, preparation files, command-line
arguments, exported cells: a clear error each time, never a traceback or a hang.

The Hypothesis tests count uncaught exceptions: any one fails the test with the
input that caused it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli
from app.export.tables import FORMULA_STARTS, _csv, safe_cell
from app.files import NotAFile, write_atomically
from app.prep.rules import MAX_FILE_BYTES, Prep, PrepFileError, PrepProblem, list_drafts, load_prep
from app.protocols import MAX_FILE_BYTES as MAX_PROTOCOL_BYTES
from app.protocols import load_catalog, parse_protocol
from tests.helpers import platforms
from tests.test_protocols import MINIMAL

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# -- protocol files ---------------------------------------------------------------

toml_values = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(
        lambda f: (
            "nan" if math.isnan(f) else ("inf" if f > 0 else "-inf") if math.isinf(f) else repr(f)
        )
    ),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.text(max_size=50).map(json.dumps),
    st.just('"' + "x" * 5000 + '"'),
    st.just("[" * 500 + "]" * 500),
    st.just("{ fr = " * 200 + '"a"' + " }" * 200),
)


@FUZZ
@given(
    field=st.sampled_from(["minutes", "version", "id", "speaker", "prompt", "name"]),
    value=toml_values,
)
def test_a_protocol_with_any_value_in_any_field_loads_or_says_why(field, value) -> None:
    lines = []
    for line in MINIMAL.splitlines():
        key = line.split("=", 1)[0].strip()
        lines.append(f"{key} = {value}" if key == field else line)
    try:
        protocol = parse_protocol("\n".join(lines))
    except ValueError as exc:
        assert str(exc)
        return
    for step in protocol.steps:
        assert math.isfinite(step.minutes) and 0 < step.minutes <= 600


@FUZZ
@given(st.text(max_size=2000))
def test_any_text_as_a_protocol_file_is_an_error_not_a_crash(text) -> None:
    with contextlib.suppress(ValueError):
        parse_protocol(text)


def test_nan_and_infinity_are_refused_in_a_protocol() -> None:
    for value in ("nan", "inf", "1e400"):
        with pytest.raises(ValueError, match="minutes"):
            parse_protocol(MINIMAL.replace("minutes = 5", f"minutes = {value}"))


def test_deeply_nested_and_huge_protocol_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "deep.toml").write_text("a = " + "[" * 100_000, encoding="utf-8")
    (tmp_path / "huge.toml").write_text(
        MINIMAL + "\n#" + "x" * MAX_PROTOCOL_BYTES, encoding="utf-8"
    )
    many = MINIMAL + "".join(
        f'\n[[steps]]\nid = "s{i}"\nname = {{ fr = "s" }}\nminutes = 1\nspeaker = "group"\n'
        f'prompt = {{ fr = "p" }}\n'
        for i in range(100)
    )
    (tmp_path / "many.toml").write_text(many, encoding="utf-8")
    errors = {e.path.name: e.message for e in load_catalog([tmp_path]).errors}
    assert set(errors) == {"deep.toml", "huge.toml", "many.toml"}
    assert "larger than" in errors["huge.toml"]
    assert "steps" in errors["many.toml"]


@platforms.FIFO
def test_a_fifo_or_a_device_among_protocols_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.toml")  # opening it for reading would wait forever
    (tmp_path / "null.toml").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "mine.toml").write_text(MINIMAL, encoding="utf-8")
    catalog = load_catalog([tmp_path])
    assert "mine" in catalog.protocols and catalog.errors == []


def test_a_users_protocol_with_a_shipped_id_is_reported_not_substituted(tmp_path: Path) -> None:
    shipped = load_catalog().get("codev-anact")
    (tmp_path / "anact.toml").write_text(MINIMAL.replace('"mine"', '"codev-anact"'), "utf-8")
    catalog = load_catalog([tmp_path])
    assert catalog.get("codev-anact") == shipped
    [error] = catalog.errors
    assert error.path.name == "anact.toml" and "already used" in error.message


# -- preparation files ------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
prep_fields = st.sampled_from(
    [
        "title",
        "narrator",
        "protocol_id",
        "situation",
        "rate",
        "rehearsals",
        "updated_wall",
        "version",
    ]
)


@FUZZ
@given(field=prep_fields, value=json_values)
def test_a_prep_file_with_any_value_in_any_field_loads_or_says_why(tmp_path, field, value) -> None:
    data = msgspec.to_builtins(Prep(title="Un usager", situation="Il refuse"))
    data[field] = value
    path = tmp_path / "fuzz.tdtprep"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        prep = load_prep(path)
    except PrepFileError as exc:
        assert exc.problem in PrepProblem
        return
    assert all(math.isfinite(x) for r in prep.rehearsals for x in [r.wall, *r.parts])


@FUZZ
@given(st.binary(max_size=3000))
def test_any_bytes_as_a_prep_file_are_an_error_not_a_crash(tmp_path, raw) -> None:
    path = tmp_path / "bytes.tdtprep"
    path.write_bytes(raw)
    with contextlib.suppress(PrepFileError):
        load_prep(path)


@pytest.mark.parametrize(
    "rehearsal",
    [
        '{"wall": NaN, "parts": [1]}',
        '{"wall": 1, "parts": [Infinity]}',
        '{"wall": 1, "parts": [1e999]}',
        '{"wall": 1, "parts": [' + "9" * 5000 + "]}",
        '{"wall": 1, "parts": [-4]}',
    ],
)
def test_nan_infinity_and_huge_numbers_are_refused_in_rehearsals(tmp_path, rehearsal) -> None:
    path = tmp_path / "r.tdtprep"
    path.write_text(
        '{"format": "tourdetable-prep", "version": 1, "rehearsals": [' + rehearsal + "]}",
        encoding="utf-8",
    )
    with pytest.raises(PrepFileError) as caught:
        load_prep(path)
    assert caught.value.problem is PrepProblem.MALFORMED


def test_deep_and_huge_prep_files(tmp_path: Path) -> None:
    deep = tmp_path / "deep.tdtprep"
    deep.write_text("[" * 200_000, encoding="utf-8")
    huge = tmp_path / "huge.tdtprep"
    huge.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    for path in (deep, huge):
        with pytest.raises(PrepFileError):
            load_prep(path)


@platforms.FIFO
def test_a_fifo_prep_file_is_no_prep(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.tdtprep"
    os.mkfifo(fifo)
    with pytest.raises(PrepFileError) as caught:
        load_prep(fifo)
    assert caught.value.problem is PrepProblem.NOT_A_PREP


@platforms.FIFO
def test_a_fifo_among_drafts_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "prep").mkdir()
    os.mkfifo(tmp_path / "prep" / "fifo.tdtprep")
    drafts, errors = list_drafts(tmp_path)
    assert drafts == [] and errors == []


# -- the command line ----------------------------------------------------------------

argument = st.one_of(
    st.sampled_from(["sessions", "protocols", "export", "prep", "--json", "--pdf", "--csv"]),
    st.sampled_from(["--anonymize", "--lang", "fr", "xx", "--data-dir", "1", "0", "-1"]),
    st.just(str(2**63)),
    st.just("a" * 300),
    st.text(max_size=20).filter(lambda s: "\x00" not in s),
)


@FUZZ
@given(argv=st.lists(argument, max_size=6))
def test_any_command_line_gives_a_code_never_a_traceback(tmp_path, monkeypatch, argv) -> None:
    monkeypatch.setattr(cli, "_run_gui", lambda _args, _gui: 0)  # no window in this test
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TOURDETABLE_DATA_DIR", str(tmp_path / "data"))
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # --help and --version end there, as they should
        assert exit_.code in (0, None)
        return
    assert code in (0, 2)


def test_overflowing_arguments_give_one_line_and_exit_2(tmp_path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    cases = [
        [*data, "export", str(2**63), "--json", str(tmp_path / "x.json")],
        [*data, "export", "1", "--json", str(tmp_path / ("a" * 300 + ".json"))],
        ["--data-dir", str(tmp_path / ("d" * 300)), "sessions"],
    ]
    for argv in cases:
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("tourdetable: error:")


# -- what we write -----------------------------------------------------------------


@given(st.text(max_size=30))
def test_no_csv_cell_can_run_as_a_formula(text) -> None:
    [row] = list(csv.reader(io.StringIO(_csv([[text, 4.0]]).decode("utf-8-sig")), delimiter=";"))
    assert not row[0].startswith(FORMULA_STARTS)
    assert row[0] in (text, "'" + text) and safe_cell(4.0) == 4.0


def test_formula_cells_are_neutralised() -> None:
    assert safe_cell('=HYPERLINK("http://x","clic")') == '\'=HYPERLINK("http://x","clic")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("Zoé") == "Zoé"


@platforms.SYMLINK
def test_exporting_onto_a_link_writes_through_it(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_atomically(b"new", link)
    assert link.is_symlink() and real.read_bytes() == b"new"
    folder_link = tmp_path / "folder.pdf"
    folder_link.symlink_to(tmp_path)
    with pytest.raises(NotAFile):
        write_atomically(b"x", folder_link)
    assert folder_link.is_symlink()
