"""Nothing that names a person leaves the room: the name corpus through the
relevé's real road (tests/privacy/name_corpus.py: every form of a name at every
place; tests/privacy/corpus_check.py: the store, the relevé, the facilitator's
confirmation). Prints the three figures of issue 28 and their goals; asserts
nothing.

    .venv/bin/python benchmarks/names.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.protocols import load_catalog  # noqa: E402
from app.session.store import Store  # noqa: E402
from tests.privacy.corpus_check import Figures, check  # noqa: E402
from tests.privacy.name_corpus import ORDINARY_WORDS, relevés  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list each name that stayed")
    args = parser.parse_args()
    started = time.perf_counter()
    total = Figures()
    catalog = load_catalog()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        for relevé in relevés():
            total.add(check(store, relevé, catalog))
        store.close()
    leaks = len(total.participant_leaks)
    print(f"{'figure':<44} {'measured':>10}  goal")
    print(f"{'participants named (of ' + str(total.participant_mentions) + ')':<44} {leaks:>10}  0")
    third = f"third parties replaced once confirmed (of {total.third_party_mentions})"
    print(f"{third:<44} {total.third_parties_replaced:>10.1%}  ≥ 98 %")
    print(
        f"{'ordinary words suggested (of ' + str(len(ORDINARY_WORDS)) + ')':<44}"
        f" {total.ordinary_suggested_share:>10.1%}  ≤ 2 %"
    )
    print(f"suggested ordinary words: {', '.join(sorted(total.ordinary_suggested)) or 'none'}")
    print(f"{time.perf_counter() - started:.1f} s")
    if args.misses:
        for m in total.participant_leaks + total.third_party_kept:
            print(f"  {m.who:<24} {m.form:<11} {m.place:<14} {m.words}")
        print(Counter(m.form for m in total.third_party_kept))


if __name__ == "__main__":
    main()
