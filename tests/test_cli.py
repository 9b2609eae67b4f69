"""The command line: listings, JSON export, clear one-line errors."""

import json
import subprocess
import sys

import pytest

from app import __version__
from app.cli import main
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from tests.conftest import make_setup


@pytest.fixture
def recorded(store, catalog, clock, data_dir):
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    clock.advance(60)
    live.next_step()
    live.give_floor(live.engine.people[1].id)
    clock.advance(600)
    store.add_note(live.id, Note(0, 1, 0, "situation", "Une usagère « difficile »"), 0)
    live.end()
    return live


def test_sessions_json(recorded, data_dir, capsys) -> None:
    assert main(["--data-dir", str(data_dir), "sessions", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["group"] == "Groupe Alpha" and row["state"] == "ended"
    assert row["duration_seconds"] == 660 and row["protocol"] == "codev-anact"


def test_sessions_plain_and_data_dir_after_the_command(recorded, data_dir, capsys) -> None:
    assert main(["sessions", "--data-dir", str(data_dir)]) == 0
    assert "Groupe Alpha" in capsys.readouterr().out


def test_export_json_holds_the_whole_session(recorded, data_dir, tmp_path) -> None:
    target = tmp_path / "out.json"
    assert (
        main(["--data-dir", str(data_dir), "export", str(recorded.id), "--json", str(target)]) == 0
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["participants"]][:2] == ["Anne Facil", "Bruno"]
    assert data["steps"][1]["actual_seconds"] == 600
    assert data["steps"][1]["planned_seconds"] == 720
    assert data["turns"][0] == {
        "person": "Bruno",
        "step": 1,
        "start": 60.0,
        "end": 660.0,
        "talk_seconds": 600.0,
    }
    assert data["notes"][0]["text"] == "Une usagère « difficile »"
    assert 0 <= data["fairness"]["gini"] <= 1


def test_protocols_lists_invalid_files(data_dir, capsys) -> None:
    (data_dir / "protocols").mkdir(parents=True)
    (data_dir / "protocols" / "bad.toml").write_text("id = 'x'\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "protocols", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["protocols"]) == 5
    assert out["errors"][0]["file"].endswith("bad.toml") and "name" in out["errors"][0]["error"]


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "999", "--json", "{tmp}/x.json"],
        ["export", "1", "--json", "/nonexistent-folder/x.json"],
        ["export", "abc", "--json", "{tmp}/x.json"],
        ["export", "1"],
        ["frobnicate"],
    ],
)
def test_wrong_arguments_give_one_line_and_exit_2(
    recorded, data_dir, tmp_path, capsys, argv
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["--data-dir", str(data_dir), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tourdetable: error:")
    assert "Traceback" not in err


def test_version_and_real_entry_point(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"], capture_output=True, text=True
    )
    assert out.stdout.strip() == f"tourdetable {__version__}"
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--data-dir",
            str(tmp_path / "data"),
            "export",
            "7",
            "--json",
            str(tmp_path / "x.json"),
        ],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and bad.stderr.strip() == "tourdetable: error: no session with id 7"


def test_env_variable_sets_the_data_dir(recorded, data_dir, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TOURDETABLE_DATA_DIR", str(data_dir))
    assert main(["sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["group"] == "Groupe Alpha"


def test_no_display_is_said_plainly(monkeypatch, capsys) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--demo"], gui=lambda **_options: 0) == 2
    assert capsys.readouterr().err == (
        "tourdetable: error: no display to open the app on (DISPLAY is not set)\n"
    )


def test_prep_and_demo_open_the_app_in_the_right_mode(monkeypatch, tmp_path) -> None:
    calls = []

    def run_app(**options: object) -> int:  # what ui.entry hands the command line
        calls.append(options)
        return 0

    assert main(["prep", "--data-dir", str(tmp_path), "--lang", "en"], gui=run_app) == 0
    assert main(["--demo"], gui=run_app) == 0
    # A double click on the file:
    assert main([str(tmp_path / "Mon exposé.tdtprep")], gui=run_app) == 0
    assert calls == [
        {"data_dir_override": str(tmp_path), "demo": False, "lang": "en", "prep": True},
        {"data_dir_override": None, "demo": True, "lang": None, "prep": False},
        {
            "data_dir_override": None,
            "lang": None,
            "prep": True,
            "prep_file": tmp_path / "Mon exposé.tdtprep",
        },
    ]
    url = "postgresql+psycopg://anne@pg.service.fr/tdt"
    assert main(["--database-url", url], gui=run_app) == 0
    assert calls[-1]["database_url"] == url
    assert main(["sessions", str(tmp_path / "x.tdtprep")]) == 2
    # A group file double-clicked opens home, which imports it.
    assert main([str(tmp_path / "Groupe Alpha.TDTGROUP")], gui=run_app) == 0
    assert calls[-1] == {
        "data_dir_override": None,
        "demo": False,
        "lang": None,
        "prep": False,
        "group_file": tmp_path / "Groupe Alpha.TDTGROUP",
    }
    assert main(["prep", str(tmp_path / "x.tdtgroup")], gui=run_app) == 2
    assert main(["--demo"]) == 2  # the core alone opens no window


def test_export_follows_the_systems_language(
    store, catalog, clock, data_dir, tmp_path, monkeypatch
) -> None:
    import io

    from pypdf import PdfReader

    from tests.sessions import recorded_session

    session = recorded_session(store, catalog, "codev-anact", clock)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["--data-dir", str(data_dir), "export", str(session), "--pdf", str(target)]) == 0
    text = PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
    assert text.startswith("Synthesis sheet")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    again = ["--data-dir", str(data_dir), "export", str(session), "--pdf", str(target)]
    assert main(again) == 2  # never over a file without --force
    assert main([*again, "--force"]) == 0
    assert (
        PdfReader(io.BytesIO(target.read_bytes()))
        .pages[0]
        .extract_text()
        .startswith("Fiche de synthèse")
    )


def test_a_group_goes_from_one_computer_to_another_by_the_command_line(
    store, catalog, clock, tmp_path, monkeypatch, capsys
) -> None:
    from tests.conftest import make_setup

    store.create_session(make_setup(catalog), clock.wall())
    group = store.groups()[0]
    store.close()
    handed = tmp_path / "groupe.tdtgroup"
    here = ["--data-dir", str(store.path.parent)]
    there = ["--data-dir", str(tmp_path / "there")]
    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", "une longue phrase")
    assert main([*here, "group-export", group, str(handed)]) == 0
    assert main([*there, "group-import", str(handed)]) == 0
    assert main([*there, "group-import", str(handed)]) == 2  # already there: refused
    assert "already here" in capsys.readouterr().err
    assert main([*there, "group-import", str(handed), "--as", "Copie"]) == 0
    monkeypatch.setenv("TOURDETABLE_GROUP_PASSPHRASE", "une autre phrase")
    assert main([*there, "group-import", str(handed), "--as", "Encore"]) == 2
    assert "wrong passphrase, or the file was altered" in capsys.readouterr().err


def test_an_output_never_lands_in_the_data_folder_nor_over_a_file(
    store, catalog, clock, data_dir, tmp_path, capsys
) -> None:
    """Issue 29: `export 1 --pdf DATA/tourdetable.db` wrote the PDF over the
    store, and the next start set every session aside as damaged."""
    from app.folder import DB_NAME
    from tests.sessions import recorded_session

    session = recorded_session(store, catalog, "codev-anact", clock)
    store.close()
    database = data_dir / DB_NAME
    before = database.read_bytes()
    for target in (database, data_dir / "sheet.pdf", data_dir / ".." / data_dir.name / "x.pdf"):
        assert main(["--data-dir", str(data_dir), "export", str(session), "--pdf", str(target),
                     "--force"]) == 2  # fmt: skip
        assert "inside the data folder" in capsys.readouterr().err
    assert database.read_bytes() == before
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"mine")
    assert main(["--data-dir", str(data_dir), "export", str(session), "--pdf", str(kept)]) == 2
    assert "exists already" in capsys.readouterr().err and kept.read_bytes() == b"mine"
