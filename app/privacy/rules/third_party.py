"""Names in a relevé that are nobody's in the group: a user, a colleague, a judge
("Mme Zerbib", "Karim, du CCAS"). They are flagged to the facilitator before the
export, who confirms each one (it is replaced) or not (it stays, "Paris")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from app.privacy.rules.anonymize import SENTENCE_END, TOKEN, fold

# "Mme Zerbib", "M. DUPONT", "Docteur Martin": what follows is a name, whatever it is.
CIVILITIES = {
    "m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur",
    "maitre", "me", "pr", "professeur", "mrs", "ms", "miss", "sir",
}  # fmt: skip
# Words written with a capital in ordinary French (and English) text.
VOCABULARY = {
    # the labels the anonymiser writes, and the app's words
    "participant", "participante", "animateur", "animatrice", "rice", "tour", "table",
    # days and months
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
    # institutions and services of the social and public sector
    "mission", "locale", "pole", "emploi", "france", "travail", "conseil", "departement",
    "departemental", "regional", "region", "maison", "centre", "service", "services",
    "direction", "mairie", "prefecture", "caisse", "assurance", "maladie", "tribunal",
    "juge", "aide", "sociale", "enfance", "protection", "maternelle", "infantile", "etat",
    "education", "nationale", "hopital", "clinique", "association", "foyer", "residence",
    "agence", "office", "ministere", "republique", "securite", "police", "gendarmerie",
    "justice", "ville", "commune", "metropole", "duerp", "livret", "accueil",
}  # fmt: skip


# Words that open a French sentence and may be followed by a comma or "et": never
# read as a name there ("Demain, la réunion…", "Ensuite, le juge…").
OPENERS = {
    "demain", "hier", "aujourd", "ensuite", "puis", "enfin", "alors", "donc", "mais",
    "ainsi", "cependant", "pourtant", "parfois", "souvent", "toujours", "jamais", "ici",
    "oui", "non", "merci", "bref", "bien", "certes", "depuis", "pendant", "apres", "avant",
    "sinon", "sauf", "selon", "comme", "quand", "lorsque", "si", "or", "car", "et", "ou",
    "dans", "pour", "avec", "sans", "chez", "entre", "vers", "sur", "sous", "par", "de",
    "du", "des", "le", "la", "les", "un", "une", "ce", "cette", "ces", "cela", "ca", "il",
    "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "qui", "que", "quoi", "dont",
    "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
    "tout", "tous", "toute", "toutes", "chaque", "plusieurs", "certains", "certaines",
    "premier", "premiere", "deuxieme", "dernier", "derniere", "finalement", "heureusement",
    "malheureusement", "actuellement", "desormais", "maintenant", "aussi", "encore",
    "surtout", "notamment", "meme", "voila", "voici", "attention", "rappel", "objectif",
    "question", "proposition", "action", "piste", "idee", "besoin", "formation", "note",
    "then", "but", "so", "today", "yesterday", "tomorrow", "however", "also", "the", "a",
}  # fmt: skip
# What follows a name that opens a sentence: an apposition ("Sophie, la voisine"),
# where they are from ("Karim du CCAS", "Karim de la CAF"), more names in a list
# ("Karim, Sophie et Paul", "Karim et Sophie"), or their family ("Karim et sa sœur").
AFTER_A_NAME = re.compile(
    r"^(?:\s*,\s*(?:la|le|l['’]|les|un|une|son|sa|ses|mon|ma|notre|votre|leur)\b"
    r"|\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*[A-ZÀ-Ý]"
    r"|\s*,\s*[A-ZÀ-Ý][a-zà-ÿ]+\s*(?:,|\bet\b)"
    r"|\s+et\s+(?:[A-ZÀ-Ý][a-zà-ÿ]+|sa|son|ses|leur|leurs)\b)"
)


def _opens_with_a_name(text: str, token: re.Match[str]) -> bool:
    """A capital that starts a sentence says nothing, unless a name's context follows."""
    return fold(token.group(0)) not in OPENERS and bool(AFTER_A_NAME.match(text[token.end() :]))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def suspected_names(texts: Iterable[str]) -> list[str]:
    """Words that look like people's names and are not in the vocabulary, in the
    order first met: capitalised within a sentence, or anything after a civility."""
    found: dict[str, str] = {}
    for text in texts:
        tokens = list(TOKEN.finditer(text))
        for i, token in enumerate(tokens):
            word = token.group(0)
            folded = fold(word)
            if folded in CIVILITIES or len(word) < 2:
                continue
            after_civility = (
                i > 0
                and fold(tokens[i - 1].group(0)) in CIVILITIES
                and bool(re.fullmatch(r"\.?\s+", text[tokens[i - 1].end() : token.start()]))
            )
            if not after_civility:
                if not _capitalised(word) or folded in VOCABULARY:
                    continue
                if SENTENCE_END.search(text[: token.start()]) and not _opens_with_a_name(
                    text, token
                ):
                    continue  # a capital that starts a sentence says nothing
            found.setdefault(folded, word)
    return list(found.values())


# A civility before a name goes with it: "Voir avec Mme Zerbib" becomes "Voir avec
# une tierce personne", never "Voir avec Mme une tierce personne".
_CIVILITY = r"(?:\b(?:" + "|".join(sorted(CIVILITIES, key=len, reverse=True)) + r")\.?\s+)?"


def replacer(names: Mapping[str, str]) -> Callable[[str], str]:
    """Whole words replaced, whatever their case, with the civility before them:
    the names the facilitator confirmed as third parties'."""
    if not names:
        return lambda s: s
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(_CIVILITY + r"\b(" + alternatives + r")\b", re.IGNORECASE)
    folded = {name.casefold(): value for name, value in names.items()}
    return lambda s: pattern.sub(lambda m: folded.get(m.group(1).casefold(), m.group(0)), s)
