"""Nothing that names a person leaves the room (issue 28): a written corpus of
names crossed with every form and every place by a generator, through the
relevé's real road. Participants: none leaks. Third parties: at least 98 %
replaced once the facilitator confirms the suggestions. benchmarks/names.py
prints the same figures, and the share of ordinary words suggested."""

from __future__ import annotations

from tests.privacy.corpus_check import Figures, check
from tests.privacy.name_corpus import FORMS, PLACES, relevés


def _figures(store, catalog) -> Figures:
    total = Figures()
    for relevé in relevés():
        total.add(check(store, relevé, catalog))
    return total


def test_every_form_of_a_name_meets_every_place() -> None:
    met = {(m.form, m.place) for r in relevés() for m in r.mentions}
    assert met == {(f, p) for f in FORMS for p in PLACES}


def test_no_participant_leaks_and_third_parties_go_once_confirmed(store, catalog) -> None:
    figures = _figures(store, catalog)
    leaks = [(m.who, m.form, m.place, m.words) for m in figures.participant_leaks]
    assert leaks == []
    kept = [(m.who, m.form, m.place, m.words) for m in figures.third_party_kept]
    assert figures.third_parties_replaced >= 0.98, kept
