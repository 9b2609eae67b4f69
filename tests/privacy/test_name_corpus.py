"""Nothing that names a person leaves the room (issue 28): a written corpus of
names crossed with every form and every place by a generator, through the
relevé's real road and the bilan's. Participants: none leaks, on either road.
Third parties: the share replaced once the facilitator confirms the
suggestions never falls below what was measured (the goal is 98 %; the note on
the issue says what is missing). benchmarks/names.py prints the same figures,
and the share of ordinary words suggested."""

from __future__ import annotations

from tests.privacy.bilan_corpus_check import BILAN_PLACES, check_bilan
from tests.privacy.corpus_check import Figures, check
from tests.privacy.name_corpus import FORMS, PLACES, relevés
from tests.privacy.roads_check import check_bilan_road, check_roads, check_service_bilan

# The goal, met once first names were read from a list (resources/names/): what
# the rules still miss is a name in lower case whose first name is in no list
# ("aïssata konaté"), which the relevé catches when it is written with capitals
# elsewhere in the same document, and the bilan not always.
RELEVE_FLOOR = 0.98
BILAN_FLOOR = 0.98


def _figures(store, catalog) -> Figures:
    total = Figures()
    for relevé in relevés():
        total.add(check(store, relevé, catalog))
    return total


def bilan_figures(store, catalog, clock) -> Figures:
    total = Figures()
    for offset in range(len(FORMS)):
        total.add(check_bilan(store, offset, catalog, clock))
    return total


def test_every_form_of_a_name_meets_every_place() -> None:
    met = {(m.form, m.place) for r in relevés() for m in r.mentions}
    assert met == {(f, p) for f in FORMS for p in PLACES}


def test_no_participant_leaks_and_third_parties_go_once_confirmed(store, catalog) -> None:
    figures = _figures(store, catalog)
    leaks = [(m.who, m.form, m.place, m.words) for m in figures.participant_leaks]
    assert leaks == []
    kept = [(m.who, m.form, m.place, m.words) for m in figures.third_party_kept]
    assert figures.third_parties_replaced >= RELEVE_FLOOR, kept
    assert not figures.ordinary_suggested


def test_the_bilan_names_no_member_and_replaces_third_parties_once_confirmed(
    store, catalog, clock
) -> None:
    """Case titles, proposals, actions and management's answers of a cycle's
    sessions, every form of every name in each, through the bilan's check."""
    figures = bilan_figures(store, catalog, clock)
    met = {m.place for m in figures.participant_leaks + figures.third_party_kept}
    assert met <= set(BILAN_PLACES)
    leaks = [(m.who, m.form, m.place, m.words) for m in figures.participant_leaks]
    assert leaks == []
    assert figures.participant_mentions == 192 and figures.third_party_mentions == 384
    kept = [(m.who, m.form, m.place, m.words) for m in figures.third_party_kept]
    assert figures.third_parties_replaced >= BILAN_FLOOR, kept
    assert not figures.ordinary_suggested


def test_every_road_of_the_releve_says_what_the_dialog_says(catalog, tmp_path) -> None:
    """The command line's PDF and CSV and the editable .docx: the same suspects
    listed, nothing written before they are decided, and once decided, the
    same names as the dialog's relevé (none of the group's)."""
    for offset, relevé in enumerate(relevés()):
        folder = tmp_path / str(offset)
        folder.mkdir()
        assert check_roads(folder, relevé, catalog) == [], offset


def test_the_bilan_from_the_command_line_says_what_the_window_says(catalog, tmp_path) -> None:
    """``cycle N --bilan``: the window's suspects listed, nothing written until
    each is decided, then no name the window's bilan does not print."""
    from tests.helpers.clock import FakeClock

    for offset in range(len(FORMS)):
        folder = tmp_path / str(offset)
        folder.mkdir()
        assert check_bilan_road(folder, offset, catalog, FakeClock()) == [], offset


def test_the_service_bilan_names_no_one_once_the_coordinator_decided() -> None:
    """Every form of every name in a cycle's title, opening it, after a word, in
    brackets: the coordinator, who knows no member, is shown each, and the
    PDF names no one ticked; places are never suggested."""
    figures = Figures()
    for offset in range(len(FORMS)):
        figures.add(check_service_bilan(offset))
    leaks = [(m.who, m.form, m.words) for m in figures.participant_leaks]
    assert leaks == [] and figures.participant_mentions == 48
    kept = [(m.who, m.form, m.words) for m in figures.third_party_kept]
    assert figures.third_parties_replaced >= BILAN_FLOOR, kept
    assert not figures.ordinary_suggested
