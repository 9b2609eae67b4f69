"""The core never imports Qt: importing every module of app/ leaves PySide6 out."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import app


def test_importing_the_whole_core_does_not_load_qt() -> None:
    modules = [
        m.name for m in pkgutil.walk_packages(app.__path__, "app.") if ".migrations" not in m.name
    ]
    assert "app.engine" in modules and "app.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_subcommands_run_without_qt(tmp_path) -> None:
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'sessions'])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'protocols', '--json'])\n"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_cores_tests_pass_with_qt_out_of_the_way(tmp_path) -> None:
    """Run the core's own tests without pytest-qt, and check Qt never loaded."""
    root = Path(__file__).resolve().parent.parent
    core_tests = sorted(
        str(p) for p in (root / "tests").glob("test_*.py") if p.name != "test_core_is_qt_free.py"
    )
    ini = tmp_path / "pytest.ini"
    ini.write_text("[pytest]\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-c",
            str(ini),
            "--rootdir",
            str(root),
            "-p",
            "no:pytest-qt",  # the plugin's entry point…
            "-p",
            "no:pytestqt.plugin",  # …and its module: both, or it still loads Qt
            "-p",
            "no:cacheprovider",
            "-p",
            "tests.qt_guard",
            *core_tests,
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "Qt was imported" not in result.stdout
