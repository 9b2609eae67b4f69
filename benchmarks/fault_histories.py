"""More fault histories than CI runs (issue 27): the process checker
(tests/server/test_console_processes.py) over many seeded histories, and the
in-process state machine (tests/server/test_fault_machine.py) under its long
Hypothesis profile. Prints how many histories held; asserts nothing itself.

    .venv/bin/python benchmarks/fault_histories.py               # 100 histories + long profile
    .venv/bin/python benchmarks/fault_histories.py --histories 30
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(label: str, test: str, env: dict[str, str]) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    print(f"{label}: {lines[-1] if lines else 'no output'} ({time.perf_counter() - started:.0f} s)")
    if done.returncode != 0:
        failed = [line for line in done.stdout.splitlines() if line.startswith(("E ", "FAILED"))]
        print("\n".join(failed[:40]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--histories", type=int, default=100)
    histories = parser.parse_args().histories
    run(
        f"consoles as processes, {histories} histories",
        "tests/server/test_console_processes.py",
        {"TDT_HISTORIES": str(histories)},
    )
    run(
        "in-process state machine, long profile",
        "tests/server/test_fault_machine.py",
        {"HYPOTHESIS_PROFILE": "faults-long"},
    )


if __name__ == "__main__":
    main()
