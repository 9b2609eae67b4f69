"""The real app, driven from outside, for real minutes: does it stay up, and flat?

    xvfb-run -a .venv/bin/python benchmarks/soak_real.py --minutes 10

Starts ``tourdetable --demo`` on the X display, presses Space in its console
with xdotool (as a keyboard would), checks through the command line that the
session really runs, then samples the process's memory (RSS) and CPU every
minute. Prints the figures; asserts nothing. Needs Xvfb and xdotool (Debian:
``xvfb xdotool``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def session_state(data: Path) -> str:
    out = subprocess.run(
        [str(ROOT / ".venv/bin/tourdetable"), "--data-dir", str(data), "sessions", "--json"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rows = json.loads(out or "[]")
    return rows[0]["state"] if rows else "none"


def find_console(timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Tour de table — .*(séance|session)"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.5)
    raise SystemExit("the console window did not appear")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=10)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print("needs an X display (xvfb-run -a …) and xdotool")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        app = subprocess.Popen(
            [str(ROOT / ".venv/bin/tourdetable"), "--demo", "--data-dir", str(data)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = find_console()
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)
            time.sleep(1)
            subprocess.run(["xdotool", "key", "space"], check=True)
            time.sleep(2)
            state = session_state(data)
            print(f"after Space: the session is {state}")
            samples = [(0.0, rss_mb(app.pid), cpu_seconds(app.pid))]
            started = time.monotonic()
            while time.monotonic() - started < args.minutes * 60:
                time.sleep(min(60, args.minutes * 60 - (time.monotonic() - started)))
                if app.poll() is not None:
                    break
                samples.append((time.monotonic() - started, rss_mb(app.pid), cpu_seconds(app.pid)))
                t, rss, cpu = samples[-1]
                print(f"  {t / 60:5.1f} min  RSS {rss:6.1f} MB  CPU {cpu:6.2f} s", flush=True)
            alive = app.poll() is None
            (t0, rss0, cpu0), (t1, rss1, cpu1) = samples[0], samples[-1]
            minutes = (t1 - t0) / 60
            cpu_share = (cpu1 - cpu0) / max(1e-9, t1 - t0) * 100
            print(
                f"real app, {minutes:.1f} min with the step running: "
                f"{'still running' if alive else f'EXITED with {app.returncode}'}; "
                f"RSS {rss0:.1f} → {rss1:.1f} MB; CPU {cpu_share:.2f} % of one core"
            )
            if not alive and app.stderr is not None:
                print(app.stderr.read()[-2000:])
            return 0 if alive and state == "running" else 1
        finally:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()


if __name__ == "__main__":
    sys.exit(main())
