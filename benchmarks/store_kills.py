"""kill -9 at random moments of the very first start, then open again.

    .venv/bin/python benchmarks/store_kills.py [--kills 60]

Prints how many of the killed first starts left a data folder that does not
open (the goal is 0). A check that runs outside the test suite: it takes a
minute and leans on real timing.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.errors import StoreError  # noqa: E402 - after the path is set
from app.session.store import Store  # noqa: E402

FIRST_START = (
    "import sys; from pathlib import Path; from app.session.store import Store; "
    "Store.open(Path(sys.argv[1])); print('open', flush=True)"
)


def first_start_seconds(folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", FIRST_START, str(folder)], cwd=ROOT, check=True, capture_output=True
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as tmp:
        span = first_start_seconds(Path(tmp) / "probe")
        unusable, killed_before_open = 0, 0
        for n in range(args.kills):
            folder = Path(tmp) / f"d{n}"
            child = subprocess.Popen(
                [sys.executable, "-c", FIRST_START, str(folder)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            time.sleep(rng.uniform(0.2, 1.0) * span)
            os.kill(child.pid, signal.SIGKILL)
            out, _ = child.communicate()
            killed_before_open += "open" not in out
            try:
                store = Store.open(folder)
                store.summaries()
                store.close()
            except StoreError as exc:
                unusable += 1
                print(f"  kill {n}: {exc} ({exc.detail[:120]})")
    print(
        f"first start takes {span:.2f} s; {args.kills} kills during it, "
        f"{killed_before_open} before it finished: {unusable} left a folder that does not open"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
