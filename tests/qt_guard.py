"""A pytest plugin for the core's test run: fails the run if Qt was imported."""

from __future__ import annotations

import sys

import pytest


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
    if loaded:
        print(f"\nQt was imported by the core's tests: {loaded[:5]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
