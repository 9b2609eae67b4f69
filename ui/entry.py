"""The ``tourdetable`` command: the core's command line, with the windows handed
in, so that the core never imports them (and a subcommand never loads Qt)."""

from __future__ import annotations

from collections.abc import Sequence


def run_app(**options: object) -> int:
    from ui.main import run_app as run  # Qt is imported only here

    return run(**options)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import main as command_line

    return command_line(argv, gui=run_app)
