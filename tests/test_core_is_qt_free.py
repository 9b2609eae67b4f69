"""The core never imports Qt: importing every module of app/ leaves PySide6 out.
The import contracts in pyproject.toml (lint-imports, run by .ci/run) say the same
of every module statically, and of the borders inside the app."""

import pkgutil
import subprocess
import sys

import app


def test_importing_the_whole_core_does_not_load_qt() -> None:
    modules = [
        m.name for m in pkgutil.walk_packages(app.__path__, "app.") if ".migrations" not in m.name
    ]
    assert "app.session.rules.engine" in modules and "app.cli" in modules
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
