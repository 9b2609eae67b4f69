"""Privacy's rules (app/privacy/rules/), one test per rule, on plain text:
participants' names taken out, third parties' names flagged, confirmed ones
replaced."""

from __future__ import annotations

import pytest

from app.privacy.rules.anonymize import Anonymizer, fold
from app.privacy.rules.third_party import replacer, suspected_names
from app.session.rules.engine import Person, Role


def _people(*names: str, facilitator: str | None = None) -> list[Person]:
    people = [Person(i, name, Role.CONSULTANT) for i, name in enumerate(names, start=2)]
    if facilitator is not None:
        people.insert(0, Person(1, facilitator, Role.FACILITATOR))
    return people


def _anonymizer(*names: str, facilitator: str | None = None) -> Anonymizer:
    return Anonymizer(_people(*names, facilitator=facilitator), "Animation", "Participant {letter}")


# -- participants' names ---------------------------------------------------------


def test_rule_names_are_compared_without_case_accents_or_ligatures() -> None:
    assert fold("Zoé ŒUVRAY") == "zoe oeuvray"
    assert fold("Lætitia Ødegård Weiß") == "laetitia odegard weiss"
    assert fold("Łukasz Đorđe") == "lukasz dorde"


def test_rule_the_facilitator_is_named_by_role_and_each_peer_by_a_letter() -> None:
    anonymizer = _anonymizer("Bruno Tessier", "Chloé Marin", facilitator="Anne Facil")
    assert [anonymizer.label(i) for i in (1, 2, 3)] == [
        "Animation",
        "Participant A",
        "Participant B",
    ]
    crowd = _anonymizer(*(f"Prénom{n} Nom{n}" for n in range(27)))
    assert crowd.label(2 + 25) == "Participant Z" and crowd.label(2 + 26) == "Participant ?"


def test_rule_an_email_address_always_goes() -> None:
    anonymizer = _anonymizer("Bruno Tessier")
    assert anonymizer.text("écrire à x.y+z@cd59.fr.") == "écrire à [adresse]."


def test_rule_a_name_is_found_whole_in_parts_glued_and_underscored() -> None:
    anonymizer = _anonymizer("Jean-Marc Dubois")
    for form in ("Jean-Marc Dubois", "Dubois", "Jean-Marc", "JeanMarc", "jean_marc_dubois"):
        assert anonymizer.text(f"vu avec {form} hier") == "vu avec Participant A hier", form
    assert anonymizer.text("DUBOIS JEAN-MARC.") == "Participant A."


def test_rule_decomposed_accents_are_read_as_composed() -> None:
    anonymizer = _anonymizer("Zoé Œuvray")
    assert anonymizer.text("vu avec Zoe\u0301 hier") == "vu avec Participant A hier"


def test_rule_a_lower_case_particle_before_a_name_is_ordinary_text() -> None:
    anonymizer = _anonymizer("Marie de La Tour")
    assert anonymizer.text("le dossier de Marie") == "le dossier de Participant A"
    assert anonymizer.text("chez Marie de La Tour, hier") == "chez Participant A, hier"
    assert anonymizer.text("la réunion de la semaine") == "la réunion de la semaine"


def test_rule_an_ordinary_word_is_a_name_only_where_it_stands_as_one() -> None:
    anonymizer = _anonymizer("Rose Kowalski")
    assert anonymizer.text("une rose sur le bureau") == "une rose sur le bureau"
    # Capitalised, it is her name wherever it stands, opening a sentence too.
    assert anonymizer.text("Rose a dit") == "Participant A a dit"
    assert anonymizer.text("puis Rose a dit") == "puis Participant A a dit"
    assert anonymizer.text("Fin. Rose a dit") == "Fin. Participant A a dit"
    assert anonymizer.text("une collègue (Rose)") == "une collègue (Participant A)"
    assert anonymizer.text("Rose Kowalski a dit") == "Participant A a dit"


def test_rule_the_longest_name_that_stands_there_wins() -> None:
    anonymizer = _anonymizer("Marc Dubois", "Marc Petit")
    assert anonymizer.text("avec Marc Petit hier") == "avec Participant B hier"
    assert anonymizer.text("avec Marc Dubois hier") == "avec Participant A hier"


def test_rule_two_parts_of_a_name_join_only_across_spaces_hyphens_or_apostrophes() -> None:
    anonymizer = _anonymizer("Rose Claire")
    assert anonymizer.text("puis Rose-Claire vint") == "puis Participant A vint"
    assert anonymizer.text("une rose, claire et fraîche") == "une rose, claire et fraîche"


# -- third parties ---------------------------------------------------------------


def test_rule_whatever_follows_a_civility_is_a_name() -> None:
    assert suspected_names(["Voir avec Mme zerbib demain."]) == ["zerbib"]
    assert suspected_names(["Voir M. Dupont."]) == ["Dupont"]
    assert suspected_names(["Voir Madame, puis le juge."]) == []


def test_rule_a_capital_within_a_sentence_is_suspect_unless_an_ordinary_capital() -> None:
    assert suspected_names(["On a revu Karim à l’accueil."]) == ["Karim"]
    assert suspected_names(["On a vu la Mission locale en Janvier."]) == []
    assert suspected_names(["On a vu la CAF et le CCAS."]) == []  # acronyms


def test_rule_a_capital_that_opens_a_sentence_is_suspect_only_in_a_names_context() -> None:
    assert suspected_names(["Propose un binôme."]) == []  # a word of the language
    assert suspected_names(["Karim du CCAS a rappelé."]) == ["Karim"]
    assert suspected_names(["Karim, la voisine, appelle."]) == ["Karim"]
    assert suspected_names(["Karim et sa sœur attendent."]) == ["Karim"]
    assert suspected_names(["Demain, la réunion."]) == []


def test_rule_each_suspect_is_listed_once_in_the_order_first_met() -> None:
    texts = ["On a revu Karim puis Yasmine.", "Encore Karim, et Karim."]
    assert suspected_names(texts) == ["Karim", "Yasmine"]


def test_rule_each_other_spelling_of_a_suspect_is_listed_on_its_own() -> None:
    """Replacement is case-exact: "kevin" beside "Kevin" is confirmed on its own."""
    texts = ["On a revu Kevin.", "kevin a rappelé, KEVIN aussi."]
    assert suspected_names(texts) == ["Kevin", "kevin", "KEVIN"]


def test_rule_an_article_or_a_conjunction_is_never_a_suspect() -> None:
    """ "La Rochelle" or "M. et Mme X": confirmed, "La" or "et" would take every
    "la" and "et" of the text with them."""
    from app.privacy.rules.third_party import FUNCTION_WORDS

    assert {"le", "la", "les", "et", "de", "du", "des", "van"} <= FUNCTION_WORDS
    assert suspected_names(["Un départ à La Bresse.", "Voir M. et Mme Zerbib."]) == [
        "La Bresse",  # a place unknown to the app, with its article: kept whole
        "Zerbib",
    ]


def test_rule_a_surname_keeps_its_capitalised_particle() -> None:
    assert suspected_names(["Madame Le Goff a appelé."]) == ["Le Goff"]
    assert suspected_names(["Voir avec M. De Souza."]) == ["De Souza"]
    replace = replacer({"Le Goff": "une tierce personne"})
    assert replace("Madame Le Goff a appelé.") == "une tierce personne a appelé."


def test_rule_a_one_letter_word_is_never_suspect() -> None:
    assert suspected_names(["Le plan B est prêt."]) == []


def test_rule_confirmed_names_are_replaced_as_whole_words_in_their_case_and_capitals() -> None:
    replace = replacer({"Karim": "une tierce personne", "Karim Zerbib": "une tierce personne"})
    assert replace("KARIM et Karim Zerbib, pas Karima.") == (
        "une tierce personne et une tierce personne, pas Karima."
    )
    assert replacer({"Blanc": "une tierce personne"})("M. Blanc, un mur blanc") == (
        "une tierce personne, un mur blanc"  # the colour is not his
    )
    assert replacer({"La": "x"})("La salle, la table") == "x salle, la table"
    assert replacer({})("Karim") == "Karim"


@pytest.mark.parametrize("text", ["", "   ", "123 456", "— « » …"])
def test_rule_text_without_words_is_left_as_it_is(text: str) -> None:
    assert _anonymizer("Bruno Tessier").text(text) == text
    assert suspected_names([text]) == []


def _far(*names: str) -> Anonymizer:
    """People whose ids are past Python's small integers, as a store of some years has them."""
    people = [Person(int(f"{n}001"), name, Role.CONSULTANT) for n, name in enumerate(names, 1)]
    return Anonymizer(people, "Animation", "Participant {letter}")


def test_rule_a_glued_name_of_two_to_four_parts_is_a_name_even_in_lower_case() -> None:
    assert _far("Jean Marc").text("vu jeanmarc hier") == "vu Participant A hier"
    assert _far("Jean Marc Dubois").text("vu jeanmarcdubois hier") == "vu Participant A hier"
    four = _far("Jean Marc Paul Dubois")
    assert four.text("vu jeanmarcpauldubois hier") == "vu Participant A hier"
    assert four.text("vu JeanMarcPaul hier") == "vu Participant A hier"


def test_rule_a_part_of_two_letters_is_a_name_and_of_one_letter_is_not() -> None:
    assert _far("Jo Tessier").text("puis jo a dit") == "puis Participant A a dit"
    assert _far("K Tessier").text("le plan K est prêt") == "le plan K est prêt"


def test_rule_two_parts_apart_are_two_names_not_one() -> None:
    assert _far("Jean Dubois").text("Dubois, Jean") == "Participant A, Participant A"
    assert _far("Jean Dubois").text("Dubois; jean") == "Participant A; Participant A"


def test_rule_two_ordinary_words_that_make_a_name_open_a_sentence_as_a_name() -> None:
    assert _far("Rose Claire").text("Rose Claire est venue.") == "Participant A est venue."


def test_rule_a_particle_after_a_name_stays_with_the_text() -> None:
    anonymizer = _far("Marie de La Tour")
    assert anonymizer.text("chez Marie de la mairie") == "chez Participant A de la mairie"


def test_rule_a_shared_first_name_goes_to_the_longest_name_standing_else_the_first() -> None:
    anonymizer = _far("Marc Dubois", "Marc Petit")
    assert anonymizer.text("hier on a vu Marc Petit") == "hier on a vu Participant B"
    assert anonymizer.text("hier on a vu Marc Dubois") == "hier on a vu Participant A"
    assert anonymizer.text("hier on a vu Marc") == "hier on a vu Participant A"


def test_rule_only_the_facilitator_takes_the_facilitators_label() -> None:
    people = [Person(1, "Anne Facil", Role.NARRATOR), Person(2, "Bruno Tessier", Role.CONSULTANT)]
    anonymizer = Anonymizer(people, "Animation", "Participant {letter}")
    assert [anonymizer.label(1), anonymizer.label(2)] == ["Participant A", "Participant B"]


def test_rule_two_names_side_by_side_are_two_people() -> None:
    anonymizer = _far("Marc Dubois", "Marc Petit")
    assert anonymizer.text("vu Marc Petit Dubois hier") == "vu Participant B Participant A hier"


def test_rule_three_ordinary_words_that_make_a_name_open_a_sentence_as_a_name() -> None:
    assert _far("Rose Claire Blanche").text("Rose Claire Blanche est venue.") == (
        "Participant A est venue."
    )


def test_rule_a_bracket_opened_is_not_a_word_in_brackets() -> None:
    """ "(rose a dit oui)" is no name alone in brackets; capitalised, "Rose" is
    her name wherever it stands (a participant's name never leaves the room)."""
    assert _far("Rose Kowalski").text("une note (rose a dit oui)") == "une note (rose a dit oui)"
    assert _far("Rose Kowalski").text("une note (Rose a dit oui)") == (
        "une note (Participant A a dit oui)"
    )


def test_rule_a_passphrase_has_eight_characters_at_least() -> None:
    from app.privacy.rules.passphrase import MIN_PASSPHRASE, long_enough

    assert MIN_PASSPHRASE == 8
    assert long_enough("8 chars!") and long_enough("une longue phrase")
    assert not long_enough("7 chars") and not long_enough("")


def test_rule_after_a_civility_a_name_of_two_letters_counts_and_one_letter_does_not() -> None:
    assert suspected_names(["Voir Mme Li demain.", "Voir M. X demain."]) == ["Li"]
    assert suspected_names(["mme zerbib a appelé."]) == ["zerbib"]  # a note's first words


def test_rule_a_replaced_name_takes_its_civility_with_it() -> None:
    replace = replacer({"Zerbib": "une tierce personne"})
    assert replace("Voir avec Mme Zerbib de la DRH") == "Voir avec une tierce personne de la DRH"
    assert replace("Voir M. ZERBIB, puis Madame zerbib") == (
        "Voir une tierce personne, puis Madame zerbib"  # "zerbib" is confirmed on its own
    )
    both = replacer({"Zerbib": "une tierce personne", "zerbib": "une tierce personne"})
    assert both("puis Madame zerbib") == "puis une tierce personne"
    assert replace("Mme Dupont et Zerbib") == "Mme Dupont et une tierce personne"


def test_rule_a_hyphenated_compound_of_capitals_is_one_suspect() -> None:
    assert suspected_names(["Un relais avec Saint-Amand et Jean-Baptiste"]) == [
        "Saint-Amand",
        "Jean-Baptiste",
    ]
    assert suspected_names(["Voir le Pôle-Emploi"]) == []  # every part is vocabulary


def test_rule_a_confirmed_name_inside_a_compound_stays() -> None:
    replace = replacer({"Denis": "une tierce personne"})
    assert replace("Denis habite Saint-Denis, Denis-Pierre aussi") == (
        "une tierce personne habite Saint-Denis, Denis-Pierre aussi"
    )


def test_rule_a_capital_after_a_dash_between_spaces_opens_a_clause() -> None:
    assert suspected_names(["« Un binôme » — Accordé dès janvier"]) == []
    assert suspected_names(["Le binôme — Karim et Sophie suivent"]) == ["Karim", "Sophie"]
    assert suspected_names(["Un binôme avec Jean-Marc"]) == ["Jean-Marc"]


def test_rule_initials_of_two_or_three_letters_are_one_suspect_each() -> None:
    """Issue 28: the relevé leaked "J.-B.", "M.-H. D.-R." and "M.D."."""
    text = "Voir avec J.-B. demain ; M.-H. D.-R. a appelé ; suivi par M.D. au CCAS"
    assert suspected_names([text]) == ["J.-B.", "M.-H. D.-R.", "M.D."]
    replace = replacer(dict.fromkeys(suspected_names([text]), "une tierce personne"))
    assert replace(text) == (
        "Voir avec une tierce personne demain ; une tierce personne a appelé ; "
        "suivi par une tierce personne au CCAS"
    )


def test_rule_one_dotted_capital_or_a_dotted_acronym_is_no_initials() -> None:
    assert suspected_names(["Voir le point A. et le B., puis la S.N.C.F. et le C.C.A.S."]) == []


def test_rule_the_letters_of_initials_are_no_civility() -> None:
    assert suspected_names(["J.-P. M. est venu"]) == ["J.-P. M."]  # "est" is no name


def test_rule_a_capital_alone_in_brackets_or_quotes_is_a_suspect_even_opening_a_sentence() -> None:
    assert suspected_names(["(Karim) viendra", "« Sophie » a dit"]) == ["Karim", "Sophie"]
    assert suspected_names(["(Demain) rien", "(Merci)"]) == []  # words of the language


def test_rule_a_participants_dotted_initials_are_their_label() -> None:
    anonymizer = _anonymizer("Jean-Baptiste Morel", "Catherine Durand-Roux", "Stéphanie Le Goff")
    text = "J.-B. M., J.B.M. et J.-B. ; C. D.-R. ; S. L.-G. et S. L. G."
    assert anonymizer.text(text) == (
        "Participant A, Participant A et Participant A ; Participant B ; "
        "Participant C et Participant C"
    )
    assert anonymizer.text("Le point A. B. et la S.N.C.F.") == "Le point A. B. et la S.N.C.F."


def test_rule_a_participants_usual_short_first_name_is_theirs() -> None:
    anonymizer = _anonymizer("Christophe Lefèvre", "Jean-Baptiste Morel")
    assert anonymizer.text("Chris, chris et CHRIS ; JB voit Tof") == (
        "Participant A, Participant A et Participant A ; Participant B voit Participant A"
    )
    assert anonymizer.text("Le chrysanthème") == "Le chrysanthème"


def test_rule_a_short_text_naming_one_participant_alone_says_who() -> None:
    anonymizer = _anonymizer("Kevin Blanc", "Christophe Lefèvre", "Kevin Morel")
    assert anonymizer.who("Blanc") == 2 and anonymizer.who("M. Blanc") == 2
    assert anonymizer.who("chris") == 3
    assert anonymizer.who("Kevin") is None  # two Kevins: nobody in particular
    assert anonymizer.who("la CAF") is None and anonymizer.who("") is None


def test_rule_an_owner_is_a_name_even_opening_the_text() -> None:
    assert suspected_names(["Appeler le bailleur"], names=["Seb", "la CAF", ""]) == ["Seb"]


def test_rule_a_first_name_opening_a_sentence_goes_with_the_surname_after_it() -> None:
    assert suspected_names(["Karim Benali propose un binôme."]) == ["Karim", "Benali"]
    assert suspected_names(["Demain Benali viendra."]) == ["Benali"]  # a word of the language


def test_rule_capitals_alone_in_quotes_are_a_name_even_opening_a_sentence() -> None:
    assert suspected_names(["« Sophie Zerbib » a dit non."]) == ["Sophie", "Zerbib"]


def test_rule_a_known_place_is_no_suspect_but_after_a_civility_it_is() -> None:
    """Issue 28: 34 ordinary places became "une tierce personne" in the bilan."""
    texts = ["Réunion à Saint-Denis puis à La Rochelle, en Seine-Saint-Denis, avec Paris."]
    assert suspected_names(texts) == []
    assert suspected_names(["Voir avec Mme Paris et Denis."]) == ["Paris", "Denis"]
    assert suspected_names(["Le Havre, puis Le Puy-en-Velay."]) == []


def test_rule_the_dictionarys_places_and_organisations_are_no_suspects() -> None:
    """The French dictionary's places and organisations (resources/names/places.txt)
    join the app's own: a town of any size, a firm, are never suggested within a
    sentence; one that is someone's first name or surname too still is."""
    from app.privacy.rules.places import PLACES

    assert {"landerneau", "villeneuve-saint-georges", "sodexo"} <= PLACES
    assert "florence" not in PLACES and "thiers" not in PLACES  # a first name, a surname
    texts = ["Rendez-vous à Landerneau avec Sodexo, puis à Villeneuve-Saint-Georges."]
    assert suspected_names(texts) == []
    assert suspected_names(["Voir avec Florence et Thiers demain."]) == ["Florence", "Thiers"]
    assert suspected_names(["Voir avec M. Landerneau."]) == ["Landerneau"]  # a civility
