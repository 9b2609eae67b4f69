"""The third-party rules' small parts, each on its own (issue 25): the slips a
mutation run left alive in app/privacy/rules/third_party.py, each now failing
one of these. Read with the rule: the comment says what a slip would do."""

from __future__ import annotations

import re

import pytest

from app.privacy.rules.anonymize import TOKEN
from app.privacy.rules.third_party import (
    _after_a_clause_dash,
    _alone_in_brackets,
    _compound_end,
    _is_initials,
    _within,
    suspected_names,
)


def tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


# -- a name alone in brackets or quotes, even opening a sentence ---------------------


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("(Karim)", True),  # the whole text: its last word is the name
        ("« Sophie Zerbib »", True),
        ("(Anne-Sophie Zerbib)", True),  # a hyphen joins, as a space does
        ("(Jean Paul Marie Louise)", True),  # four words at most…
        ("(Jean Paul Marie Louise Anne)", False),  # …a fifth is a sentence, not a name
        ("(Karim, Sophie)", False),  # a comma: not one name
        ("(Karim zerbib)", False),  # a lower-case word after it: not a name's part
        ("(Karim Lundi)", False),  # a word of the language after it
        ("(Karim) a appelé", True),
    ],
)
def test_rule_a_name_alone_in_brackets(text: str, *, alone: bool) -> None:
    assert _alone_in_brackets(text, tokens(text), 0) is alone


def test_rule_a_name_in_brackets_opening_a_note_is_suspected() -> None:
    assert suspected_names(["(Karim)"]) == ["Karim"]
    assert suspected_names(["(Accord Lundi)"]) == []  # words of the language


# -- compounds ----------------------------------------------------------------------


def test_rule_a_compound_joins_capitalised_parts_only() -> None:
    """ "Jean-pierre": the lower-case part is not a second capital; a slip that
    read the first part again would join it."""
    text = "Voir Jean-pierre"
    assert _compound_end(text, tokens(text), 1) == 1
    text = "Voir Jean-Pierre"
    assert _compound_end(text, tokens(text), 1) == 2


# -- initials -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "initials"),
    [("J.P.M.", True), ("A.B.", True), ("C.C.A.S.", False), ("J.-P. M.", True)],
)
def test_rule_three_dotted_capitals_are_a_persons_four_an_acronym(
    found: str, *, initials: bool
) -> None:
    assert _is_initials(found) is initials


# -- the letters of initials: which tokens stand in which span -----------------------


@pytest.mark.parametrize(
    ("spans", "inside"),
    [
        ([(0, 5)], {0, 1}),
        ([(0, 3)], {0}),  # a span ending where a token starts leaves it out
        ([(0, 2), (3, 5)], {0, 1}),  # two spans in a row, each read
        ([(3, 5)], {1}),  # a token before a span is not in it
        ([(0, 2)], {0}),  # a span ending before a token does not hold it
        ([], set()),
    ],
)
def test_rule_the_tokens_within_spans(spans: list[tuple[int, int]], inside: set[int]) -> None:
    assert _within(tokens("ab cd ef"), spans) == inside


# -- a clause opened by a dash ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "opens"),
    [
        ("- Accordé", 2, True),
        ("Oui — Accordé", 6, True),
        ("Voir- Accordé", 6, False),  # a dash stuck to a word opens nothing
        ("  Karim -", 2, False),  # nothing before the word but spaces
        ("Accordé", 0, False),
    ],
)
def test_rule_a_dash_between_spaces_opens_a_clause(text: str, start: int, *, opens: bool) -> None:
    assert _after_a_clause_dash(text, start) is opens


# -- after a civility -----------------------------------------------------------------


def test_rule_after_a_civility_opening_the_note_anything_is_a_name() -> None:
    """ "Mme de souza" at the very start: the particle between the civility and
    the name is read over, whatever the case."""
    assert suspected_names(["Mme de souza a appelé."]) == ["de souza"]


def test_rule_a_comma_between_civility_particle_and_name_breaks_them() -> None:
    assert suspected_names(["Voir Mme de souza ensuite"]) == ["de souza"]
    assert suspected_names(["Voir Mme de, souza ensuite"]) == []


# -- a surname with its particle, and alone ------------------------------------------


def test_rule_a_surname_met_with_and_without_its_particle_is_both() -> None:
    assert suspected_names(["Voir Me d’Estienne demain.", "Estienne a répondu."]) == [
        "d’Estienne",
        "Estienne",
    ]
    assert suspected_names(["Voir De Souza demain.", "Parler à Souza ensuite"]) == [
        "De Souza",
        "Souza",
    ]


# -- an action's owner: a person by nature ------------------------------------------


@pytest.mark.parametrize(
    ("owner", "found"),
    [
        ("Mme Zerbib", ["Zerbib"]),  # the civility is not a name
        ("Lundi Zerbib", ["Zerbib"]),  # nor a word of the language
        ("Li", ["Li"]),  # two letters are a name
        ("J", []),  # one is not
    ],
)
def test_rule_an_owners_capitalised_words_are_suspects(owner: str, found: list[str]) -> None:
    assert suspected_names([], names=[owner]) == found


# -- words that open an action, and the sector's associations --------------------------


def test_rule_an_action_opening_with_a_verb_names_who_follows_only() -> None:
    assert suspected_names(["Appeler Gérard ou sa femme avant vendredi."]) == ["Gérard"]
    assert suspected_names(["Voir Mélanie (éducatrice) avant la synthèse."]) == ["Mélanie"]


def test_rule_the_sectors_associations_are_no_ones_names() -> None:
    texts = [
        "Orientation vers les Restos du Cœur en attendant.",
        "Accompagnée par l’Armée du Salut depuis l’hiver.",
        "Le Samu social a hébergé la famille deux nuits.",
        "Le Défenseur des droits a été saisi.",
    ]
    assert suspected_names(texts) == []
    assert suspected_names(["Voir avec Mme Salut demain."]) == ["Salut"]  # after a civility


# -- names written in capitals ---------------------------------------------------------


def test_rule_a_name_in_capitals_is_suspected_an_acronym_is_not() -> None:
    assert suspected_names(["Le mot de « ISABELLE CHEVALIER » a marqué."]) == ["ISABELLE CHEVALIER"]
    assert suspected_names(["JÉRÔME MARCHAND ne répond plus."]) == ["JÉRÔME MARCHAND"]
    assert suspected_names(["Voir Jean DUPONT demain."]) == ["Jean", "DUPONT"]
    assert suspected_names(["Avec la CAF et le CCAS, puis la DRH."]) == []  # short, no vowel
    assert suspected_names(["FRANCE TRAVAIL et MISSION LOCALE"]) == []  # words of the language
    assert suspected_names(["Voir Jean DU demain."]) == ["Jean"]  # a particle in capitals


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Appeler ANNE LEBON demain.", ["ANNE LEBON"]),  # five letters: a name
        ("Appeler ODAS LEBO demain.", []),  # four and four: maybe acronyms
        ("Appeler ANNE LEBO demain.", ["ANNE LEBO"]),  # but a first name of the list
        ("Voir JEAN-BAPTISTE MOREL demain.", ["JEAN-BAPTISTE MOREL"]),  # a hyphen joins
        ("Voir STÉPHANIE LE GOFF demain.", ["STÉPHANIE LE GOFF"]),  # a particle inside
        ("Voir ISABELLE CHEVALIER LE matin.", ["ISABELLE CHEVALIER"]),  # never after
        ("Voir Jean LE GOFF demain.", ["Jean", "LE GOFF"]),  # its particle with it
        ("Voir Jean LE  GOFF demain.", ["Jean"]),  # one space only
        ("Réunion à SAINT-DENIS demain.", []),  # a town in capitals
        ("Appeler ANNE, LEBON demain.", []),  # a comma between: not one name
        ("Appeler ANNE\nLEBON demain.", []),  # a line between: not one name
        ("Voir Jean LEE demain.", ["Jean", "LEE"]),  # three letters after a first name
        ("Voir Jean LU demain.", ["Jean"]),  # two letters in capitals: not taken for a name
    ],
)
def test_rule_the_bounds_of_a_name_in_capitals(text: str, found: list[str]) -> None:
    assert suspected_names([text]) == found
