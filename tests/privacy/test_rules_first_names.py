"""First names as the third-party check reads them (issue 28: a first name or a
short form opening a note, a name typed in lower case, were missed): each rule
of app/privacy/rules/first_names.py and its use in third_party.py, one test
each, and properties over the whole list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.privacy.rules.anonymize import fold
from app.privacy.rules.first_names import (
    FIRST_NAMES,
    french_word,
    lower_case_name,
    opens_as_a_name,
)
from app.privacy.rules.third_party import (
    FUNCTION_WORDS,
    OPENERS,
    VOCABULARY,
    replacer,
    suspected_names,
)

ANYWHERE = sorted(n for n, where in FIRST_NAMES.items() if where == "anywhere")
OPENING_ONLY = sorted(n for n, where in FIRST_NAMES.items() if where == "opening")


def test_rule_the_list_reads_a_name_and_where_it_is_one() -> None:
    assert FIRST_NAMES["Nathalie"] == "anywhere"
    assert FIRST_NAMES["Claire"] == "opening"  # "une idée claire"
    assert FIRST_NAMES["Seb"] == "anywhere"  # a short form
    assert FIRST_NAMES["Fatoumata"] == "anywhere"  # added: not in the dictionary
    assert set(FIRST_NAMES.values()) == {"anywhere", "opening"}
    assert len(ANYWHERE) > 2000 and len(OPENING_ONLY) > 50


def test_rule_words_opening_a_sentence_or_english_are_no_first_names() -> None:
    for word in ("Juste", "Noël", "Manuel", "Will", "Grace", "Mark", "Rose", "Al"):
        assert word not in FIRST_NAMES, word


def test_rule_no_first_name_is_a_word_the_check_reads_as_one() -> None:
    """A word that opens a sentence ("Demain"), or of the app's vocabulary
    ("Mission", "June"), is never a first name: the list would overrule it."""
    clash = [n for n in FIRST_NAMES if fold(n) in OPENERS | VOCABULARY | FUNCTION_WORDS]
    assert clash == []


def test_rule_a_compound_of_first_names_opens_as_a_name() -> None:
    assert opens_as_a_name("Nathalie")
    assert opens_as_a_name("Jean-Baptiste")
    assert opens_as_a_name("Anne‐Sophie")  # a Unicode hyphen
    assert opens_as_a_name("Anne‑Sophie")  # a non-breaking one
    assert not opens_as_a_name("Jean-Dupont")
    assert not opens_as_a_name("Benali")
    assert not opens_as_a_name("nathalie")  # the list is capitalised


def test_rule_a_lower_case_name_is_one_that_is_no_word() -> None:
    assert lower_case_name("nathalie") and lower_case_name("kevin")
    assert not lower_case_name("rose") and not lower_case_name("claire")
    assert not lower_case_name("Nathalie")  # capitalised: the other rules'
    assert not lower_case_name("NATHALIE")


def test_rule_a_french_word_is_any_form_of_the_dictionary() -> None:
    assert french_word("propose") and french_word("prendra") and french_word("chevalier")
    assert not french_word("perrin") and not french_word("zerbib")
    assert not french_word("nathalie")  # a name of the list is no word
    assert not french_word("propo")
    assert not french_word("")


def test_rule_a_first_name_opening_a_sentence_is_suggested() -> None:
    assert suspected_names(["Nathalie propose un binôme."]) == ["Nathalie"]
    assert suspected_names(["Seb a appelé deux fois."]) == ["Seb"]
    assert suspected_names(["Bien reçu. Claire a rappelé."]) == ["Claire"]
    assert suspected_names(["Anne-Sophie propose une piste."]) == ["Anne-Sophie"]
    assert suspected_names(["- Fatoumata viendra."]) == ["Fatoumata"]


def test_rule_a_word_opening_a_sentence_is_no_first_name_there() -> None:
    assert suspected_names(["Juste une remarque."]) == []
    assert suspected_names(["Noël approche, les colis aussi."]) == []
    assert suspected_names(["Will call back on Monday."]) == []
    assert suspected_names(["Benali a rappelé."]) == []  # a surname alone: no context


def test_rule_a_first_name_typed_in_lower_case_is_suggested() -> None:
    assert suspected_names(["vu avec kevin hier"]) == ["kevin"]
    assert suspected_names(["yasmine ne vient plus."]) == ["yasmine"]
    assert suspected_names(["une claire et du vin rose"]) == []


def test_rule_a_lower_case_compound_of_first_names_is_one_name() -> None:
    assert suspected_names(["vu avec jean-baptiste hier"]) == ["jean-baptiste"]
    assert suspected_names(["vu avec jean-pierre hier"]) == ["jean-pierre"]  # both words too
    assert suspected_names(["un pot-au-feu"]) == []
    assert suspected_names(["vu jean-dupont"]) == []  # not a name of the list whole
    assert suspected_names(["de la marie-jeanne"]) == []  # names, and a word whole


def test_rule_a_lower_case_name_takes_the_word_after_it_when_no_french_word() -> None:
    assert suspected_names(["vu avec nathalie perrin hier"]) == ["nathalie", "perrin"]
    assert suspected_names(["nathalie propose un binôme"]) == ["nathalie"]
    assert suspected_names(["vu nathalie,perrin"]) == ["nathalie"]  # one space only
    assert suspected_names(["vu nathalie  perrin"]) == ["nathalie"]
    assert suspected_names(["vu nathalie Perrin"]) == ["nathalie", "Perrin"]  # a capital's rule
    assert suspected_names(["vu nathalie x"]) == ["nathalie"]  # one letter is no surname
    assert suspected_names(["vu nathalie du ccas"]) == ["nathalie"]  # a function word
    assert suspected_names(["vu kevin"]) == ["kevin"]  # the text's last word


def test_rule_a_lower_case_surname_may_open_with_a_particle() -> None:
    assert suspected_names(["vu gwenola le bihan hier"]) == ["gwenola", "le bihan"]
    assert suspected_names(["joao da silva viendra"]) == ["joao", "da silva"]
    assert suspected_names(["vu nathalie la voisine"]) == ["nathalie"]  # a word after it
    assert suspected_names(["vu karim du ccas"]) == ["karim"]  # "du": a preposition
    assert suspected_names(["vu karim de montreuil"]) == ["karim"]
    assert suspected_names(["vu nathalie le"]) == ["nathalie"]  # nothing after it
    assert suspected_names(["vu nathalie le  bihan"]) == ["nathalie"]  # one space only
    assert suspected_names(["vu nathalie  le bihan"]) == ["nathalie"]
    assert suspected_names(["vu nathalie le Bihan"]) == ["nathalie", "Bihan"]  # a capital's
    replace = replacer({"gwenola": "X", "le bihan": "X"})
    assert replace("vu gwenola le bihan hier") == "vu X hier"


def test_rule_a_name_and_its_surname_side_by_side_are_replaced_once() -> None:
    replace = replacer({"Laurent": "X", "Mercier": "X", "Zerbib": "X", "Dupont": "X"})
    assert replace("Voir avec Laurent Mercier demain.") == "Voir avec X demain."
    assert replace("Voir M. Dupont Mme Zerbib.") == "Voir X X."  # two civilities: two people
    assert replace("Laurent et Mercier") == "X et X"
    assert replace("Laurent,Mercier") == "X,X"
    both = replacer({"Laurent": "X", "Mercier": "Y"})
    assert both("Voir Laurent Mercier.") == "Voir X Y."  # two labels stay two


@given(st.sampled_from(ANYWHERE), st.sampled_from(["Vu avec", "Appeler", "(", "et"]))
def test_rule_every_name_of_the_list_is_suggested_in_lower_case(name: str, before: str) -> None:
    text = f"{before} {name.lower()} demain."
    assert name.lower() in suspected_names([text]), text


@given(st.sampled_from(sorted(FIRST_NAMES)))
def test_rule_every_name_of_the_list_is_suggested_opening_a_note(name: str) -> None:
    assert name in suspected_names([f"{name} propose un binôme."])


@given(st.sampled_from(OPENING_ONLY))
def test_rule_a_name_that_is_a_word_is_never_suggested_in_lower_case(name: str) -> None:
    assert suspected_names([f"Vu une {name.lower()} demain."]) == []
