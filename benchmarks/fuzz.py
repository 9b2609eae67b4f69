"""The fuzzers of every border, with a longer budget than CI gives them: the
group file (random bytes, real files cut or altered, a real group's content
mutated), the command line, and the saved keymap and settings. Each runs its
own test file under its long Hypothesis profile and prints how it ended.

    .venv/bin/python benchmarks/fuzz.py            # about five minutes
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = [
    ("group files", "tests/handover/test_import_fuzz.py", "import-long"),
    ("command line", "tests/test_cli_fuzz.py", "cli-long"),
    ("keymaps and settings", "tests/ui/test_keymap.py", "keys-long"),
]


def main() -> int:
    failed = 0
    for name, path, profile in RUNS:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if profile:
            env["HYPOTHESIS_PROFILE"] = profile
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", path],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        last = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
        print(f"{name:<22} {time.perf_counter() - started:>6.0f} s  {last}")
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
