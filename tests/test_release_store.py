"""A store written by the previous release (0.1.0, commit 45f3ea9) opens in this
one without loss: six sessions, one per shipped method, and one left running.

``tests/data/release-0.1.0.db`` was written by that release's own code (its
protocol definitions were dumped by pydantic, which this release no longer uses).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db.schema import SCHEMA_HEAD, revision_of
from app.export.sheet import synthesis_pdf
from app.session.ops.live import LiveSession
from app.session.ops.report import collect
from app.session.store import Store
from tests.helpers.clock import FakeClock
from tests.test_sheet import flat, text_of

RELEASE_DB = Path(__file__).parent / "data" / "release-0.1.0.db"
METHODS = ["codev-anact", "codev-payette", "echanges-pairs", "groupe-parole", "rex"]


@pytest.fixture
def old_store(tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copy(RELEASE_DB, folder / "tourdetable.db")
    store = Store.open(folder)
    yield store
    store.close()


def test_every_session_of_the_previous_release_opens_with_its_method(old_store) -> None:
    conn = sqlite3.connect(old_store.path)
    assert revision_of(conn) == SCHEMA_HEAD
    conn.close()
    for session_id, method in enumerate(METHODS, start=1):
        stored = old_store.load(session_id)
        assert stored.protocol.id == method
        assert stored.state == "ended"


def test_its_sheets_still_print_what_was_written(old_store) -> None:
    for session_id in range(1, len(METHODS) + 1):
        pages, text = text_of(synthesis_pdf(collect(old_store, session_id)))
        assert pages == 1
        assert "Équipe Est" in flat(text)
    anact = flat(text_of(synthesis_pdf(collect(old_store, 1)))[1])
    assert "Appeler le CCAS" in anact and "Proposer un café" in anact


def test_the_session_left_running_goes_on_where_it_was(old_store) -> None:
    clock = FakeClock(wall_now=1_790_000_000.0 + 5 * 3600 + 300)
    live = LiveSession(old_store, 6, clock)
    assert live.engine.running or live.absence  # it was running when that app stopped
    assert live.engine.speaker is not None
    engine = live.engine
    # Then that app stopped: the pause lands where it was last seen.
    assert engine.step_elapsed(engine.step_index, live.now()) >= 200
