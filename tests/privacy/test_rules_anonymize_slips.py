"""The participants' anonymiser, each small rule on its own (issue 25): the
slips a mutation run left alive in app/privacy/rules/anonymize.py each fail
one of these."""

from __future__ import annotations

import pytest

from app.privacy.rules.anonymize import (
    Anonymizer,
    _before,
    after_opening_quote,
    opens_sentence,
)
from app.session.rules.engine import Person, Role


def anonymizer(*names: str) -> Anonymizer:
    people = [Person(i, name, Role.CONSULTANT) for i, name in enumerate(names, start=2)]
    return Anonymizer(people, "Animation", "Participant {letter}")


# -- what stands before a word ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "before"),
    [
        ("Karim", 0, ("", "")),
        (" Karim", 1, (" ", "")),  # only white space before: the text's start
        ("Karim ", 0, ("", "")),  # white space after the word is not before it
        ("a  Karim", 3, ("  ", "a")),  # every space, read backwards, then the character
        ("a\nKarim", 2, ("\n", "a")),
    ],
)
def test_rule_the_space_and_the_character_before_a_word(
    text: str, start: int, before: tuple[str, str]
) -> None:
    assert _before(text, start) == before


@pytest.mark.parametrize(
    ("text", "start", "opens"),
    [
        ("Karim a dit", 0, True),
        ("  Karim a dit", 2, True),  # white space before it only: it opens the text
        ("Fin. Karim a dit", 5, True),
        ("Fin\nKarim", 4, True),
        ("« Karim »", 2, True),
        ("avec Karim", 5, False),
    ],
)
def test_rule_a_word_opens_a_sentence(text: str, start: int, *, opens: bool) -> None:
    assert opens_sentence(text, start) is opens


@pytest.mark.parametrize(
    ("text", "start", "quoted"),
    [("« Karim »", 2, True), ("(Karim)", 1, True), ("Karim", 0, False), ("a Karim", 2, False)],
)
def test_rule_a_word_after_an_opening_quote(text: str, start: int, *, quoted: bool) -> None:
    assert after_opening_quote(text, start) is quoted


# -- an action's owner: the one person a short text names ----------------------------


def test_rule_an_owner_is_the_one_person_all_its_words_name() -> None:
    names = anonymizer("Chloé Martin", "Bruno Martin")
    chloe, bruno = 2, 3
    assert names.who("Chloé Martin") == chloe  # both words: only Chloé is both
    assert names.who("Martin") is None  # two people: nobody in particular
    assert names.who("Bruno") == bruno
    assert names.who("Bruno Chloé") is None  # words of two people: not one person
    assert names.who("Mme Martin") is None  # the civility says nothing
    assert names.who("") is None


# -- a name's parts --------------------------------------------------------------------


def test_rule_a_one_letter_part_is_no_name_on_its_own() -> None:
    assert anonymizer("Chloé B").text("le plan b tient") == "le plan b tient"
    assert anonymizer("Chloé B").text("le plan B tient") == "le plan B tient"
    # After her first name it is her surname's initial: it goes with the name.
    assert anonymizer("Chloé B").text("Chloé B tient") == "Participant A tient"


def test_rule_a_particle_before_a_name_in_lower_case_stays_the_name_goes() -> None:
    names = anonymizer("Paul de Tour")
    assert names.text("voir de Tour demain") == "voir de Participant A demain"


def test_rule_a_particle_after_a_name_stays() -> None:
    names = anonymizer("Marie de la Tour")
    assert names.text("Marie de Paris") == "Participant A de Paris"


def test_rule_particles_alone_at_the_end_of_a_text_are_no_name() -> None:
    names = anonymizer("Marie de la Tour")
    assert names.text("le bureau de la") == "le bureau de la"


# -- initials ------------------------------------------------------------------------


def test_rule_two_initials_are_a_persons_one_is_not() -> None:
    two = anonymizer("Chloé Martin")
    assert two.text("C. M. a dit") == "Participant A a dit"
    assert two.text("le point C. est vu") == "le point C. est vu"  # one letter: not hers
    one = anonymizer("Chloé")
    assert one.text("au point C. demain") == "au point C. demain"


def test_rule_a_compound_first_names_initials_alone_are_a_persons() -> None:
    names = anonymizer("Jean-Baptiste-Marie Durand")
    assert names.text("J.-B.-M. a dit") == "Participant A a dit"
    assert anonymizer("Jean-Baptiste Martin").text("J.-B. a dit") == "Participant A a dit"
