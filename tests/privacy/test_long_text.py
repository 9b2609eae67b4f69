"""Text is read in linear time (issue 29): a relevé of a one-word note of 1 MB
took more than 90 s, and a 200,000-character note 45 s in the participants'
check alone, each word searching the whole text before it again. These are hang
guards, not timings: each bound is a hundred times what the work takes here
(benchmarks/long_text.py prints the figures); the old code passed none."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from app.privacy.rules.anonymize import Anonymizer
from app.privacy.rules.erasure import NameEraser
from app.privacy.rules.third_party import suspected_names
from app.session.rules.engine import Person, Role

BOUND_S = 60.0
MEGA = 1_000_000


def finishes(work: Callable[[], object]) -> object:
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(work()), daemon=True)
    worker.start()
    worker.join(BOUND_S)
    assert not worker.is_alive(), f"still reading after {BOUND_S:.0f} s: not linear"
    return result[0]


WORDS = ("Karim voit Claire, puis Dubois. " * (MEGA // 32 + 1))[:MEGA]
ONE_WORD = "x" * MEGA


@pytest.mark.parametrize("text", [WORDS, ONE_WORD], ids=["words", "one word"])
def test_participants_names_are_read_in_linear_time(text: str) -> None:
    anonymizer = Anonymizer([Person(1, "Claire Dubois", Role.CONSULTANT)], "A", "P {letter}")
    out = finishes(lambda: anonymizer.text(text))
    assert isinstance(out, str) and ("Claire" not in out)


@pytest.mark.parametrize("text", [WORDS, ONE_WORD], ids=["words", "one word"])
def test_third_parties_are_read_in_linear_time(text: str) -> None:
    found = finishes(lambda: suspected_names([text]))
    assert isinstance(found, list)
    assert {"Claire", "Dubois"} <= set(found) if text is WORDS else found == []


@pytest.mark.parametrize("text", [WORDS, ONE_WORD], ids=["words", "one word"])
def test_erasure_reads_in_linear_time(text: str) -> None:
    eraser = NameEraser(["Claire Dubois"], ["Karim Zerbib", "Claire Zerbib"], "X")
    out = finishes(lambda: eraser.text(text))
    assert isinstance(out, str) and "Dubois" not in out


def test_a_releve_of_a_one_word_note_of_a_megabyte_is_written(store, catalog, clock) -> None:
    from app.export.sheet import RELEVE_SECTIONS, Releve, synthesis_pdf
    from app.session.ops.live import LiveSession
    from app.session.ops.report import collect
    from app.session.rules.records import Note
    from tests.conftest import make_setup

    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    clock.advance(60)
    live.end()
    store.add_note(live.id, Note(0, 3, 0, "proposal", "x"), 0)
    store.connection.execute("UPDATE notes SET text = ?", (ONE_WORD,))  # past the limit
    data = collect(store, live.id)
    pdf = finishes(lambda: synthesis_pdf(data, "fr", Releve(tuple(RELEVE_SECTIONS), {})))
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
