"""Text is read in linear time: each check that reads free text, timed on texts
of 20,000 characters (the longest note), 200,000 and 1,000,000 (what a group
file or a corrupted store could hold), in words and in one word. Prints; asserts
nothing. Linear: ten times the text, about ten times the time.

    .venv/bin/python benchmarks/long_text.py

Issue 29 measured a relevé of one 1 MB word at more than 90 s (the e-mail
pattern was tried from each of its letters); it is a fraction of a second now.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.privacy.rules.anonymize import Anonymizer  # noqa: E402
from app.privacy.rules.erasure import NameEraser  # noqa: E402
from app.privacy.rules.third_party import suspected_names  # noqa: E402
from app.session.rules.engine import Person, Role  # noqa: E402

SIZES = (20_000, 200_000, 1_000_000)


def texts(size: int) -> dict[str, str]:
    return {
        "words": ("Karim voit Claire Dubois. " * (size // 26 + 1))[:size],
        "one word": "x" * size,
    }


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def relevé_seconds(text: str) -> float:
    """A whole relevé whose one note is the text (the store's limit set aside)."""
    from app.export.sheet import RELEVE_SECTIONS, Releve, synthesis_pdf
    from app.protocols import load_catalog
    from app.session.ops.live import LiveSession
    from app.session.ops.report import collect
    from app.session.rules.records import Note
    from app.session.store import Store
    from tests.conftest import make_setup
    from tests.helpers.clock import FakeClock

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        clock = FakeClock()
        live = LiveSession(store, store.create_session(make_setup(load_catalog()), 0), clock)
        live.start()
        clock.advance(60)
        live.end()
        store.add_note(live.id, Note(0, 3, 0, "proposal", "x"), 0)
        store.connection.execute("UPDATE notes SET text = ?", (text,))
        data = collect(store, live.id)
        took = seconds(lambda: synthesis_pdf(data, "fr", Releve(tuple(RELEVE_SECTIONS), {})))
        store.close()
    return took


def main() -> None:
    people = [Person(1, "Claire Dubois", Role.CONSULTANT), Person(2, "Bruno T", Role.CONSULTANT)]
    anonymizer = Anonymizer(people, "Animation", "Participant {letter}")
    eraser = NameEraser(["Claire Dubois"], ["Karim Zerbib"], "ancien·ne membre")
    print(f"{'check':<22} {'text':<9} " + " ".join(f"{n:>11,}".replace(",", " ") for n in SIZES))
    checks: dict[str, Callable[[str], object]] = {
        "participants' names": anonymizer.text,
        "third parties": lambda t: suspected_names([t]),
        "erasure": eraser.text,
        "relevé PDF": relevé_seconds,
    }
    for name, check in checks.items():
        for kind in ("words", "one word"):
            figures = []
            for size in SIZES:
                text = texts(size)[kind]
                took = check(text) if name == "relevé PDF" else seconds(partial(check, text))
                figures.append(f"{took:>10.2f}s")
            print(f"{name:<22} {kind:<9} " + " ".join(figures))


if __name__ == "__main__":
    main()
