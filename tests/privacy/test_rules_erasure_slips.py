"""Erasure's small rules, each on its own (issue 25): the slips a mutation run
left alive in app/privacy/rules/erasure.py each fail one of these."""

from __future__ import annotations

import re

from app.privacy.rules.erasure import CONTEXT, NameEraser, _word_end, _word_start, name_forms

LABEL = "ancien·ne membre"


def _plain(forms: list[str]) -> set[str]:
    """The forms as the words they match (without the pattern's escapes and joins)."""
    return {re.sub(r"\\\.\?|\\|\[.*?\][*+?]?|\(\?:.*?\)", " ", f).strip() for f in forms}


def test_rule_a_two_letter_part_is_a_name() -> None:
    assert "li" in _plain(name_forms("Li Wang"))
    eraser = NameEraser(["Li Wang"], [], LABEL)
    assert eraser.text("Voir Li demain") == f"Voir {LABEL} demain"


def test_rule_a_name_that_opens_with_a_particle_is_whole_a_form() -> None:
    forms = _plain(name_forms("de Souza"))
    assert "souza" in forms and any("de" in f and "souza" in f for f in forms)
    assert NameEraser(["de Souza"], [], LABEL).text("Voir de Souza") == f"Voir {LABEL}"


def test_rule_the_longest_of_another_members_names_shields_first() -> None:
    """ "Marie Durand Roux" is read whole before "Marie Durand": its "Roux" is not
    the erased Jean Roux."""
    eraser = NameEraser(["Jean Roux"], ["Marie Durand", "Marie Durand Roux"], LABEL)
    assert eraser.text("Marie Durand Roux est là") == "Marie Durand Roux est là"
    assert eraser.text("Roux est là") == f"{LABEL} est là"


def test_rule_an_address_goes_for_the_persons_own_words_only() -> None:
    eraser = NameEraser(["Marie Dupont"], [], LABEL)
    assert eraser.text("écrire à pierre.blanc@mairie.fr") == "écrire à pierre.blanc@mairie.fr"
    assert eraser.text("contact@dupont-avocats.fr") == "contact@dupont-avocats.fr"  # the domain
    assert eraser.text("marie.d@x.fr") == LABEL


def test_rule_after_an_address_the_names_that_follow_go_too() -> None:
    eraser = NameEraser(["Marie Dupont"], [], LABEL)
    assert eraser.text("marie.dupont@x.fr puis Marie Dupont") == f"{LABEL} puis {LABEL}"


def test_rule_after_an_ordinary_word_the_names_that_follow_go_too() -> None:
    eraser = NameEraser(["Rose Martin"], [], LABEL)
    assert eraser.text("une rose rouge, puis Rose Martin") == f"une rose rouge, puis {LABEL}"


def test_rule_the_preview_backs_to_a_words_start_within_half_its_context() -> None:
    assert CONTEXT == 30
    text = " " + "x" * 100
    assert _word_start(text, 80) == 80 - CONTEXT // 2  # a long word: cut, not followed back
    assert _word_start(text, 10) == 1  # a word's start within reach: from there
    assert _word_start("xxxxx", 3) == 0  # the text's start
    assert _word_end("x" * 100, 20) == 20 + CONTEXT // 2
    assert _word_end("xxxxx yy", 2) == 5
