"""Names in a relevé that are nobody's in the group: a user, a colleague, a judge
("Mme Zerbib", "Karim, du CCAS"). They are flagged to the facilitator before the
export, who confirms each one (it is replaced) or not (it stays, "Paris")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.export.anonymize import SENTENCE_END, TOKEN, fold

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
                if SENTENCE_END.search(text[: token.start()]):
                    continue  # a capital that starts a sentence says nothing
            found.setdefault(folded, word)
    return list(found.values())
