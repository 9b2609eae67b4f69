"""Nothing that names a person leaves the room: the name corpus through the
relevé's real road and the bilan's, and the relevé's other roads (the command
line's PDF and CSV, the .docx): tests/privacy/name_corpus.py (every form of a
name at every place), corpus_check.py, bilan_corpus_check.py and roads_check.py
(the store, the document, the facilitator's confirmation). Prints the three
figures of issue 28 for each road, and their goals; asserts nothing.

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
from tests.helpers.clock import FakeClock  # noqa: E402
from tests.privacy.bilan_corpus_check import check_bilan  # noqa: E402
from tests.privacy.corpus_check import Figures, check  # noqa: E402
from tests.privacy.name_corpus import FORMS, ORDINARY_WORDS, relevés  # noqa: E402
from tests.privacy.roads_check import (  # noqa: E402
    check_bilan_road,
    check_roads,
    check_service_bilan,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list each name that stayed")
    args = parser.parse_args()
    started = time.perf_counter()
    catalog = load_catalog()
    releve, bilan, service = Figures(), Figures(), Figures()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        for relevé in relevés():
            releve.add(check(store, relevé, catalog))
        for offset in range(len(FORMS)):
            bilan.add(check_bilan(store, offset, catalog, FakeClock()))
            service.add(check_service_bilan(offset))
        store.close()
        differences = []
        for offset, relevé in enumerate(relevés()):
            road = Path(folder) / f"roads-{offset}"
            road.mkdir()
            differences += check_roads(road, relevé, catalog)
        for offset in range(len(FORMS)):
            road = Path(folder) / f"bilan-road-{offset}"
            road.mkdir()
            differences += check_bilan_road(road, offset, catalog, FakeClock())
    roads = (("the relevé", releve), ("the bilan", bilan), ("the service's bilan", service))
    for road, total in roads:
        _print(road, total, misses=args.misses)
    print(
        "the other roads (the relevé's command line PDF and CSV, its .docx, the bilan's "
        "command line): "
        + ("no name the dialog's does not print" if not differences else "; ".join(differences))
    )
    print(f"{time.perf_counter() - started:.1f} s")


def _print(road: str, total: Figures, *, misses: bool) -> None:
    leaks = len(total.participant_leaks)
    print(f"{road + ':':<44} {'measured':>10}  goal")
    print(f"{'participants named (of ' + str(total.participant_mentions) + ')':<44} {leaks:>10}  0")
    third = f"third parties replaced once confirmed (of {total.third_party_mentions})"
    print(f"{third:<44} {total.third_parties_replaced:>10.1%}  ≥ 98 %")
    print(
        f"{'ordinary words suggested (of ' + str(len(ORDINARY_WORDS)) + ')':<44}"
        f" {total.ordinary_suggested_share:>10.1%}  ≤ 2 %"
    )
    print(f"suggested ordinary words: {', '.join(sorted(total.ordinary_suggested)) or 'none'}")
    if misses:
        for m in total.participant_leaks + total.third_party_kept:
            print(f"  {m.who:<24} {m.form:<11} {m.place:<14} {m.words}")
        print(Counter((m.form, m.place) for m in total.third_party_kept))
    print()


if __name__ == "__main__":
    main()
