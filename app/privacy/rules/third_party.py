"""Names in a relevé that are nobody's in the group: a user, a colleague, a judge
("Mme Zerbib", "Karim, du CCAS"). They are flagged to the facilitator before the
export, who confirms each one (it is replaced) or not (it stays, "Paris")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

from app.privacy.rules.anonymize import (
    QUOTED_AFTER,
    TOKEN,
    after_opening_quote,
    fold,
    opens_sentence,
)
from app.privacy.rules.first_names import (
    a_first_name,
    capitalised_word,
    known_word,
    lower_case_name,
    opens_as_a_name,
)
from app.privacy.rules.places import PLACES

# "Mme Zerbib", "M. DUPONT", "Docteur Martin": what follows is a name, whatever it is.
CIVILITIES = {
    "m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur",
    "maitre", "me", "pr", "professeur", "mrs", "ms", "miss", "sir",
}  # fmt: skip
# CIVILITIES are folded: their accented spellings ("Maître") written out, for
# the patterns that read the text as written.
_WRITTEN_CIVILITIES = {*CIVILITIES, "maître"}
# Any of them, longest first, as a pattern's alternation.
_CIVILITY_WORDS = "|".join(sorted(_WRITTEN_CIVILITIES, key=len, reverse=True))
# Words written with a capital in ordinary French (and English) text.
VOCABULARY = {
    # the labels the anonymiser writes, and the app's words
    "participant", "participante", "animateur", "animatrice", "rice", "tour", "table",
    "cycle", "groupe", "seance", "session", "bilan", "releve", "synthese",
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
    # the sector's national associations and bodies ("les Restos du Cœur", "l'Armée
    # du Salut", "le Samu social", "le Défenseur des droits")
    "restos", "coeur", "secours", "populaire", "catholique", "samu", "defenseur", "droits",
    "emmaus", "croix", "armee", "salut", "cimade", "medecins", "monde", "sante", "unicef",
    "planning", "familial", "apprentis", "auteuil", "habitat", "humanisme",
    # holidays
    "paques", "pentecote", "ascension", "assomption",  # not Noël nor Toussaint: first names
    # the sector's acronyms as notes often write them ("la Caf", "la Mdph")
    "caf", "cpam", "mdph", "ccas", "ase", "pmi", "rsa", "apl", "aah", "cmu", "css", "msa",
    "urssaf", "ehpad", "chrs", "cada", "huda", "ime", "itep", "esat", "sessad", "camsp",
    "cmp", "cmpp", "pjj", "spip", "siao", "udaf", "cnaf", "cnav", "carsat", "drh", "dgs",
    "dreets", "ddets", "ars", "crous", "cio", "epide", "afpa", "apec", "cidff",
    "cesu", "ccapex", "fsl", "dalo", "ofii", "ofpra", "oqtf", "aeeh", "pch", "apa", "ssiad",
    "samsah", "savs", "mecs", "fjt", "chu", "epsm", "aesh", "ulis", "segpa", "rased",
    "cfa", "cnil", "rgpd", "anact", "aract",  # not Adil, Greta, Saad: first names
    # the services people are sent to online
    "parcoursup", "doctolib", "ameli", "pronote", "whatsapp", "facebook", "instagram",
    "snapchat", "tiktok", "leboncoin", "teams", "zoom", "outlook", "gmail", "franceconnect",
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
    # an action's note opens with what is to be done, in the infinitive: "Appeler
    # Gérard", "Voir Mélanie avant la synthèse" name Gérard and Mélanie only
    "appeler", "rappeler", "voir", "revoir", "relancer", "contacter", "orienter", "prevoir",
    "proposer", "demander", "envoyer", "renvoyer", "prendre", "faire", "organiser",
    "verifier", "informer", "accompagner", "rencontrer", "inviter", "ecrire", "signaler",
    "transmettre", "preparer", "recevoir", "planifier", "convoquer", "solliciter", "saisir",
    "then", "but", "so", "today", "yesterday", "tomorrow", "however", "also", "the", "a",
}  # fmt: skip
# What follows a name that opens a sentence: an apposition ("Sophie, la voisine"),
# where they are from ("Karim du CCAS", "Karim de la CAF"), more names in a list
# ("Karim, Sophie et Paul", "Karim et Sophie"), or their family ("Karim et sa sœur").
AFTER_A_NAME = re.compile(
    r"(?:\s*,\s*(?:la|le|l['’]|les|un|une|son|sa|ses|mon|ma|notre|votre|leur)\b"
    r"|\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*[A-ZÀ-Ý]"
    r"|\s*,\s*[A-ZÀ-Ý][a-zà-ÿ]+\s*(?:,|\bet\b)"
    r"|\s+et\s+(?:[A-ZÀ-Ý][a-zà-ÿ]+|sa|son|ses|leur|leurs)\b)"
)


def _opens_with_a_name(text: str, token: re.Match[str], last: re.Match[str]) -> bool:
    """A capital that starts a sentence says nothing, unless a name's context
    follows the word (its last part, for a compound: "Anne-Sophie, la voisine")."""
    return fold(token.group(0)) not in OPENERS and bool(AFTER_A_NAME.match(text, last.end()))


def _capitalised(word: str) -> bool:
    """A capital, then a lower-case letter somewhere: one letter alone ("J", "M")
    is never capitalised, nor is a word in capitals."""
    return word[:1].isupper() and not word.isupper()


# Words that are never a name on their own, even with a capital ("La Rochelle",
# "M. et Mme X", "De Gaulle"): suggested and confirmed, they would take every
# "la", "le" or "et" of the text with them.
FUNCTION_WORDS = {
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "au", "aux",
    "en", "a", "sur", "sous", "dans", "par", "pour", "avec", "chez", "van", "von", "der",
    "den", "di", "da", "the", "and", "of",
}  # fmt: skip


def suspected_names(texts: Iterable[str], names: Iterable[str] = ()) -> list[str]:
    """Words that look like people's names and are not in the vocabulary, in the
    order first met: capitalised within a sentence, or anything after a civility;
    then each other spelling of one of them met in the texts ("kevin" beside
    "Kevin"): replacement is case-exact, so each is confirmed on its own.
    ``names``: texts that are a person by nature (an action's owner), whose every
    capitalised word is a suspect, opening the text or not."""
    names = [n for n in names if n.strip()]
    texts = [*texts, *names]
    suspects = _and_shouted(_suspects(texts), texts)
    found = [_with_particle(word, texts) for word in suspects]
    for word, form in zip(suspects, list(found), strict=True):  # "de Souza", "Souza": both
        if word != form and word not in found and _alone_elsewhere(word, form, texts):
            found.append(word)
    for name in names:
        for token in TOKEN.finditer(name):
            word = token.group(0)
            folded = fold(word)
            plain = folded in VOCABULARY or folded in FUNCTION_WORDS or folded in CIVILITIES
            if _capitalised(word) and not plain and word not in found:
                found.append(word)
    folded_found = {fold(word) for word in found}
    for text in texts:
        for token in TOKEN.finditer(text):
            word = token.group(0)
            if fold(word) in folded_found and word not in found:
                found.append(word)
    return found


# Particles written in lower case before a surname ("Mme de Souza", "M. van der
# Berg", "Me d'Estienne"): part of the name only after a civility, since "le
# dossier de Souza" has a preposition, not a particle.
_LOWER_PARTICLES = r"(?:(?:de|du|des|le|la|van|von|der|den|di|da|dos|del|della|ten|ter)\s+|d['’])+"


def _alone_elsewhere(word: str, form: str, texts: list[str]) -> bool:
    """Whether a surname met with its particle is also written without it."""
    bare = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"\b")
    whole = re.compile(re.escape(form) + r"\b")
    return any(bare.search(whole.sub(" ", t)) for t in texts)


def _with_particle(word: str, texts: list[str]) -> str:
    """A surname with its capitalised particle ("Le Goff", "De Souza", "Van Damme"),
    or its lower-case one after a civility ("Mme de Souza"): one name, replaced
    whole, its civility before the particle."""
    pattern = re.compile(r"\b([A-ZÀ-Ý][A-Za-zà-ÿ]{0,2})\s+" + re.escape(word) + r"\b")
    for text in texts:
        for found in pattern.finditer(text):
            if fold(found.group(1)) in FUNCTION_WORDS:
                return found.group(0)  # as written: "Le Goff", "Le\nGoff"
    after_civility = re.compile(
        r"(?i:\b(?:" + _CIVILITY_WORDS + r"))"
        r"\.?\s+(" + _LOWER_PARTICLES + r")" + re.escape(word) + r"\b"
    )
    for text in texts:
        particle = after_civility.search(text)
        if particle:
            return particle.group(1) + word
    return word


def _after_civility(text: str, tokens: list[re.Match[str]], i: int, lettered: set[int]) -> bool:
    """Just after "Mme", "Docteur"…, a particle between them ("Docteur LE GOFF");
    never after the letter of initials ("J.-P. M. a vu…": no "M." there)."""
    before = i - 1
    if before > 0 and fold(tokens[before].group(0)) in FUNCTION_WORDS:
        before -= 1  # "Madame de Souza": the particle goes with the name
    if before < 0 or fold(tokens[before].group(0)) not in CIVILITIES or before in lettered:
        return False
    gaps = [text[tokens[k].end() : tokens[k + 1].start()] for k in range(before, i)]
    return all(re.fullmatch(r"\.?\s+", gap) for gap in gaps[:1]) and all(
        re.fullmatch(r"\s+", gap) for gap in gaps[1:]
    )


def _an_initial_after_a_civility(text: str, tokens: list[re.Match[str]], i: int) -> int | None:
    """Where "D. Moreau" starts in "Mme D. Moreau": a first name's initial between
    a civility and a capitalised name goes with the name, replaced whole."""
    if i < 2 or not _capitalised(tokens[i].group(0)):
        return None
    letter, civility = tokens[i - 1], tokens[i - 2]
    if not (len(letter.group(0)) == 1 and letter.group(0).isupper()):
        return None
    if fold(civility.group(0)) not in CIVILITIES:
        return None
    before = text[civility.end() : letter.start()]
    after = text[letter.end() : tokens[i].start()]
    ok = re.fullmatch(r"\.?\s+", before) and re.fullmatch(r"\.\s*", after)
    return letter.start() if ok else None


def _one_space(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Two words of one name: a single space between them, no comma nor line."""
    return text[first.end() : second.start()] == " "


HYPHEN = re.compile(r"[-‐‑]")
DASHES = "—–-"


def _after_a_clause_dash(text: str, start: int) -> bool:
    """A dash between spaces opens a clause, as a full stop opens a sentence:
    "« Un binôme » — Accordé dès janvier"; so does one that opens the text (a
    list's item, a line of dialogue: "- Accordé dès janvier"). Read backwards
    from the word."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i < start and i >= 1 and text[i - 1] in DASHES and (i == 1 or text[i - 2].isspace())


def _compound_end(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The last token of a compound of capitalised words joined by hyphens
    ("Saint-Denis", "Jean-Baptiste"), starting at token i: one name, never two."""
    end = i
    while (
        end + 1 < len(tokens)
        and HYPHEN.fullmatch(text[tokens[end].end() : tokens[end + 1].start()])
        and tokens[end + 1].group(0)[:1].isupper()
    ):
        end += 1
    return end


# Initials: two capitals or more, each with its dot, maybe joined by hyphens, and
# the surname's after a space: "M.D.", "J.-B.", "M.-H. D.-R.". One capital and a
# dot alone is "M." (Monsieur), or a list's letter: never an initial by itself.
# An acronym written with dots ("C.C.A.S.", four letters) is an institution's.
_INITIAL = r"[A-ZÀ-Ý]\."
_JOINED = r"[-‐‑]?" + _INITIAL
_SPACED = r"\s?[-‐‑]?" + _INITIAL
INITIALS = re.compile(rf"(?<![\w.]){_INITIAL}(?:{_SPACED})+(?![-‐‑]?{_INITIAL})")


def _is_initials(found: str) -> bool:
    """Two dotted capitals or more, but no acronym: "C.C.A.S." has four letters and
    no space ("J.-P. M." and "A. B." are a person's)."""
    letters = sum(c.isupper() for c in found)
    return any(c.isspace() for c in found) or letters <= 3


def _within(tokens: list[re.Match[str]], spans: list[tuple[int, int]]) -> set[int]:
    """The tokens that stand inside one of the spans (both in order): one sweep."""
    inside: set[int] = set()
    span = 0
    for i, token in enumerate(tokens):
        while span < len(spans) and spans[span][1] <= token.start():
            span += 1
        if span < len(spans) and spans[span][0] <= token.start():
            inside.add(i)
    return inside


def _alone_in_brackets(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Capitalised words alone between brackets or quotes are a name, even where
    they open a sentence: "(Karim)", "« Sophie Zerbib » a dit"."""
    if fold(tokens[i].group(0)) in OPENERS:
        return False  # "(Demain)": a word of the language, in brackets
    if not after_opening_quote(text, tokens[i].start()):
        return False
    end = i
    while (
        end + 1 < len(tokens)
        and end - i < 3
        and text[tokens[end].end() : tokens[end + 1].start()] in (" ", "-")
        and _plain_capital(tokens[end + 1].group(0))
    ):
        end += 1
    return bool(QUOTED_AFTER.match(text, tokens[end].end()))


def _suspects(texts: list[str]) -> list[str]:
    found: dict[str, str] = {}
    for text in texts:
        # Each suspect and where it starts: listed in the order read.
        for _start, word in sorted(_suspects_in(text), key=lambda suspect: suspect[0]):
            found.setdefault(fold(word), word)
    return list(found.values())


def _suspects_in(text: str) -> list[tuple[int, str]]:
    spans = [m.span() for m in INITIALS.finditer(text) if _is_initials(m.group(0))]
    here = [(start, text[start:end]) for start, end in spans]
    tokens = list(TOKEN.finditer(text))
    # The letters of initials are read with them: "M." in "J.-P. M." is no civility.
    lettered = _within(tokens, spans)
    skip_to = 0
    for i, token in enumerate(tokens):
        if i < skip_to or i in lettered:
            continue  # a part of the compound just read, or of initials
        end = _compound_end(text, tokens, _after_an_elision(text, tokens, i))
        skip_to = end + 1
        initial = _an_initial_after_a_civility(text, tokens, i)
        if initial is not None:
            here.append((initial, text[initial : tokens[end].end()]))  # "Mme D. Moreau"
        elif _a_suspect(text, tokens, i, end, lettered):
            here.append((token.start(), text[token.start() : tokens[end].end()]))
    return here + _lower_case_names(text, tokens)


def _after_an_elision(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The name's token after "N'", "O'" or "D'" in capitals ("N'Diaye",
    "O'Brien", "D'Souza"): one name with its elision, read and replaced whole."""
    if (
        i + 1 < len(tokens)
        and tokens[i].group(0) in ("N", "O", "D")
        and text[tokens[i].end() : tokens[i + 1].start()] in ("'", "’")
        and _capitalised(tokens[i + 1].group(0))
    ):
        return i + 1
    return i


def _a_suspect(
    text: str, tokens: list[re.Match[str]], i: int, end: int, lettered: set[int]
) -> bool:
    """Whether the word of tokens i..end (a compound) may be a person's name."""
    word = text[tokens[i].start() : tokens[end].end()]
    folded = fold(word)
    if folded in CIVILITIES or folded in FUNCTION_WORDS or len(word) < 2:
        return False
    if _after_civility(text, tokens, i, lettered):
        return True  # whatever follows "Mme", "Docteur"
    parts = [fold(t.group(0)) for t in tokens[i : end + 1]]
    if not _capitalised(word) or all(p in VOCABULARY for p in parts):
        return False
    if _in_a_place(text, tokens, i, end):
        return False  # "Saint-Denis", "La Rochelle": a town, not a person
    if _an_ordinary_word(text, tokens, i, word) and not _alone_in_brackets(text, tokens, i):
        return False  # "le Relais petite enfance", "- Organisation :"
    token = tokens[i]
    opens = opens_sentence(text, token.start()) or _after_a_clause_dash(text, token.start())
    # A capital that starts a sentence (or a clause) says nothing by itself.
    return not opens or (
        _opens_with_a_name(text, token, tokens[end])
        or _alone_in_brackets(text, tokens, i)
        or _before_a_suspect(text, tokens, end)  # a compound: from its last part
        or opens_as_a_name(word)  # "Nathalie propose…", "Seb a appelé"
        or _no_word_of_the_language(word)  # "Zerbib propose…"
    )


def _an_ordinary_word(text: str, tokens: list[re.Match[str]], i: int, word: str) -> bool:
    """A capitalised word of the language ("Relais", "Organisation") that is no
    first name, no common surname ("Blanc"), follows no capitalised first name
    ("Karim Poulain") and comes before no surname ("Li Zerbib"): a heading's
    or an institution's capital."""
    if not capitalised_word(word) or a_first_name(word):
        return False
    if fold(word) in SURNAMES_THAT_ARE_WORDS:
        return False
    before = tokens[i - 1] if i > 0 else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (
        before is not None
        and _one_space(text, before, tokens[i])
        and a_first_name(before.group(0))  # the list is capitalised
    ) and not (
        after is not None
        and _one_space(text, tokens[i], after)
        and _capitalised(after.group(0))
        and not capitalised_word(after.group(0))
    )


def _no_word_of_the_language(word: str) -> bool:
    """A capitalised word that is no word of French or English ("Zerbib",
    "Durand-Roux": one of its parts), with no capital inside ("WhatsApp", a
    brand's) and three letters or more: a name, even opening a sentence. A
    capitalised word of the language there says nothing ("Propose", "Ecole")."""
    parts = HYPHEN.split(word)
    return (
        len(word) >= 3 and all(part[1:].islower() for part in parts) and not capitalised_word(word)
    )


def _lower_case_names(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, str]]:
    """A person typed in haste: a first name in lower case ("vu avec kevin"), a
    compound of first names ("jean-pierre"), and the word after it when it is no
    word of the language ("nathalie perrin", not "nathalie propose")."""
    found = []
    i = 0
    while i < len(tokens):
        end = i
        while end + 1 < len(tokens) and HYPHEN.fullmatch(
            text[tokens[end].end() : tokens[end + 1].start()]
        ):
            end += 1
        whole = text[tokens[i].start() : tokens[end].end()]
        if _a_lower_case_first_name(whole, [t.group(0) for t in tokens[i : end + 1]]):
            found.append((tokens[i].start(), whole))
            surname = _lower_case_surname(text, tokens, end + 1)
            if surname:
                found.append(surname)
        i = end + 1
    return found + _foreign_names(text, tokens)


# Letters of the Latin alphabet that French and English words never use:
# "petrović", "łukasz", "şahin", "nuñez" are names.
_FRENCH_LETTERS = set("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ")


def _a_names_letter(word: str) -> bool:
    return any(
        c.isalpha() and c not in _FRENCH_LETTERS and "LATIN" in unicodedata.name(c, "")
        for c in word.lower()
    )


def _foreign_names(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, str]]:
    """A name typed in lower case whose letters no French word has ("dragan
    petrović", "şahin"): the word, and the one before it when that is no word
    of the language either (its first name)."""
    found = []
    for i, token in enumerate(tokens):
        word = token.group(0)
        if not word.islower() or not _a_names_letter(word):
            continue
        before = tokens[i - 1] if i > 0 else None
        if (
            before is not None
            and _one_space(text, before, token)
            and text[before.start() - 1 : before.start()] not in "'’"  # "aujourd’hui"
            and before.group(0).islower()
            and fold(before.group(0)) not in FUNCTION_WORDS | OPENERS
            and not known_word(before.group(0))
        ):
            found.append((before.start(), before.group(0)))
        found.append((token.start(), word))
    return found


# Particles that open a surname and are no preposition ("gwenola le bihan",
# "joao da silva"): "de", "du" and "des" are, in "karim du ccas".
_SURNAME_PARTICLES = {"le", "la", "van", "von", "der", "den", "di", "da", "dos", "del", "della"}


def _lower_case_surname(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str] | None:
    """The surname after a first name typed in lower case, where it starts:
    a word that is none of the language, maybe after a particle, with the
    rest of its compound ("catherine durand-roux")."""
    first = i
    if (
        i + 1 < len(tokens)
        and tokens[i].group(0) in _SURNAME_PARTICLES
        and _a_lower_case_surname(text, tokens[i - 1], tokens[i], particle=True)
    ):
        i += 1  # "gwenola le bihan": the particle goes with the name
    if i >= len(tokens) or not _a_lower_case_surname(text, tokens[i - 1], tokens[i]):
        return None
    end = i
    while (
        end + 1 < len(tokens)
        and HYPHEN.fullmatch(text[tokens[end].end() : tokens[end + 1].start()])
        and tokens[end + 1].group(0).islower()
    ):
        end += 1
    return tokens[first].start(), text[tokens[first].start() : tokens[end].end()]


def _a_lower_case_first_name(whole: str, parts: list[str]) -> bool:
    """A first name of the list that is no word ("kevin", "marie-ange"; not
    "rose"), or a compound of first names that is no word as a whole
    ("jean-pierre", not "marie-jeanne")."""
    if lower_case_name(whole):
        return True
    return (
        len(parts) > 1
        and all(p.islower() and opens_as_a_name(p.capitalize()) for p in parts)
        and not known_word(whole)
    )


# Common surnames that are words too: after a first name in lower case they are
# the surname ("kevin blanc", "isabelle chevalier"), a colour or a trade not.
SURNAMES_THAT_ARE_WORDS = {
    "blanc", "petit", "grand", "roux", "brun", "leblanc", "boucher", "boulanger", "berger",
    "charpentier", "fontaine", "fournier", "lefevre", "meunier", "mercier", "marchand",
    "chevalier", "bonnet", "roche", "renard", "moreau", "masson", "faure", "carpentier",
    "lemaire", "leroy", "leroi", "clement", "martin", "bernard", "robert", "richard",
    "simon", "laurent", "michel", "garnier", "legrand", "lebrun", "noel", "poirier",
    "gaillard", "barbier", "moulin", "carre", "baron", "poulain", "bouvier", "cousin",
    "chauvin", "camus", "picard", "brunet", "collet", "page", "marin", "leger", "meyer",
    "bonhomme", "lion", "loup", "rossignol", "pasteur", "prevost", "lefort", "vasseur",
    "tessier", "texier", "mallet", "rey", "roy", "riviere", "lac", "bois", "roi", "duc",
    "chapelle", "vigneron", "potier", "tisserand", "boulay", "colas", "jacob",
    "morel", "perrier", "guerin", "sauvage", "lucas", "benoit", "gros", "dumont", "lenoir",
}  # fmt: skip


def _a_lower_case_surname(
    text: str, name: re.Match[str], after: re.Match[str], *, particle: bool = False
) -> bool:
    """The word after a name, one space between: a surname's particle, a
    surname that is no word of the language, or a common one that is."""
    word = after.group(0)
    if not _one_space(text, name, after) or not word.islower():
        return False
    return particle or (
        len(word) >= 2
        and fold(word) not in FUNCTION_WORDS
        and fold(word) not in OPENERS
        and (fold(word) in SURNAMES_THAT_ARE_WORDS or not known_word(word))
    )


# A word in capitals that may be a name: three letters or more with a vowel (an
# acronym rarely has one: "CCAS", "DRH"), and no word of the language.
_VOWELS = set("aeiouy")


def _shoutable(word: str) -> bool:
    folded = fold(word)
    return (
        word.isupper()
        and len(word) >= 3
        and bool(_VOWELS & set(folded))
        and folded not in VOCABULARY
        and folded not in FUNCTION_WORDS
        and folded not in CIVILITIES
        and folded not in OPENERS
    )


def _and_shouted(suspects: list[str], texts: list[str]) -> list[str]:
    """The suspects, then the names written in capitals not among them."""
    known = {fold(word) for word in suspects}
    for text in texts:
        for shouted in _shouted_names(text):
            if fold(shouted) not in known:
                known.add(fold(shouted))
                suspects.append(shouted)
    return suspects


# A compound first name's initials, as colleagues write them ("JB a rappelé"):
# never an acronym of the sector.
INITIALS_OF_A_FIRST_NAME = {"JB", "JC", "JF", "JL", "JM", "JP", "JY", "PY"}


def _shouted_names(text: str) -> list[str]:
    """Names written in capitals: two words or more in capitals, one space or a
    hyphen between them and maybe a particle inside ("ISABELLE CHEVALIER",
    "STÉPHANIE LE GOFF", "JEAN-BAPTISTE MOREL"), one of them five letters or
    more or a first name of the list (acronyms are short: "CAF CCAS"); or a
    surname in capitals after a capitalised first name, as forms are filled in
    ("Jean DUPONT", "Jean LE GOFF")."""
    tokens = list(TOKEN.finditer(text))
    found = []
    i = 0
    while i < len(tokens):
        end = _shouted_run_end(text, tokens, i)
        if end < 0:
            if tokens[i].group(0) in INITIALS_OF_A_FIRST_NAME:
                found.append(tokens[i].group(0))
            i += 1
            continue
        run = text[tokens[i].start() : tokens[end].end()]
        shouted = [t.group(0) for t in tokens[i : end + 1] if _shoutable(t.group(0))]
        if fold(run) in PLACES:
            pass  # "SAINT-DENIS": a town written in capitals
        elif (
            len(shouted) >= 2
            and (max(len(w) for w in shouted) >= 5 or a_first_name(shouted[0].capitalize()))
            and not all(_a_shouted_word(w) for w in shouted)
        ):
            found.append(run)
        elif len(shouted) == 1:
            start = _after_a_first_name(text, tokens, i)
            if start is not None:
                found.append(text[start : tokens[end].end()])
        i = end + 1
    return found


def _a_shouted_word(word: str) -> bool:
    """A word of the language in capitals ("ÉCHANGE DE PRATIQUES", a heading),
    not a first name: a run of them names no one; "ISABELLE CHEVALIER" does."""
    capitalised = word.capitalize()
    return capitalised_word(capitalised) and not a_first_name(capitalised)


# Particles written in capitals inside a name: "STÉPHANIE LE GOFF".
_SHOUTED_PARTICLES = {p.upper() for p in _SURNAME_PARTICLES} | {"DE", "DU", "DES", "BEN", "EL"}
_SHOUTED_JOINS = (" ", "-", "‐", "‑")


def _shouted_run_end(text: str, tokens: list[re.Match[str]], i: int) -> int:
    """The last word in capitals of the run that starts at token i, particles
    inside it; -1 when token i is no word in capitals."""
    if not _shoutable(tokens[i].group(0)):
        return -1
    end = j = i
    while j + 1 < len(tokens) and text[tokens[j].end() : tokens[j + 1].start()] in _SHOUTED_JOINS:
        word = tokens[j + 1].group(0)
        if _shoutable(word):
            end = j = j + 1
        elif word in _SHOUTED_PARTICLES:
            j += 1
        else:
            break
    return end


def _after_a_first_name(text: str, tokens: list[re.Match[str]], i: int) -> int | None:
    """Where a surname in capitals starts, its particles before it, when a
    capitalised first name stands just before: "Jean DUPONT", "Jean LE GOFF"."""
    start = i
    while start > 0 and tokens[start - 1].group(0) in _SHOUTED_PARTICLES:
        start -= 1
    if start == 0 or not _one_space(text, tokens[start - 1], tokens[start]):
        return None
    if not all(_one_space(text, tokens[k], tokens[k + 1]) for k in range(start, i)):
        return None
    return tokens[start].start() if _plain_capital(tokens[start - 1].group(0)) else None


PLACE_WORDS = max(len(TOKEN.findall(place)) for place in PLACES) - 1


def _in_a_place(text: str, tokens: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether the word (tokens first..last) is a known place, or a part of one
    written in words around it ("La Rochelle", "Le Puy-en-Velay", "Seine-Saint-Denis",
    "Provence-Alpes-Côte d'Azur": up to PLACE_WORDS words on either side)."""
    for start in range(max(0, first - PLACE_WORDS), first + 1):
        for end in range(last, min(len(tokens) - 1, last + PLACE_WORDS) + 1):
            if fold(text[tokens[start].start() : tokens[end].end()]) in PLACES:
                return True
    return False


def _plain_capital(word: str) -> bool:
    """A capitalised word that could be a name: not a word of the language."""
    folded = fold(word)
    return (
        _capitalised(word)
        and folded not in VOCABULARY
        and folded not in FUNCTION_WORDS
        and folded not in CIVILITIES
        and folded not in OPENERS
    )


def _before_a_suspect(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """A first name that opens a sentence, just before a surname that stands
    within it: "Karim Benali propose…" names Karim as well as Benali."""
    return (
        i + 1 < len(tokens)
        and _plain_capital(tokens[i].group(0))
        and _plain_capital(tokens[i + 1].group(0))
        and _one_space(text, tokens[i], tokens[i + 1])
    )


# A civility before a name goes with it: "Voir avec Mme Zerbib" becomes "Voir avec
# une tierce personne", never "Voir avec Mme une tierce personne".
_CIVILITY = r"(?:\b(?:" + _CIVILITY_WORDS + r")\.?\s+)?"


def replacer(names: Mapping[str, str]) -> Callable[[str], str]:
    """The names the facilitator confirmed as third parties', replaced as whole
    words in the case they were confirmed in (and in capitals, the same name
    shouted), with the civility before them: confirming "Blanc" never takes the
    colour "blanc" with it; a lower-case "kevin" is confirmed on its own. A first
    name and a surname side by side are one person: "Voir avec Laurent Mercier"
    becomes "Voir avec une tierce personne", once."""
    forms = {form: value for name, value in names.items() for form in (name, name.upper())}
    if not forms:
        return lambda s: s
    alternatives = "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
    # Whole words, and never a part of a compound: confirming "Denis" leaves
    # "Saint-Denis" as it is.
    bare = r"(?<!\w)(?<!\w[-‐‑])(" + alternatives + r")(?!\w)(?![-‐‑]\w)"
    name = re.compile(r"(?i:" + _CIVILITY + r")" + bare)
    # A run of names with spaces only between them, a civility only before the
    # first: "M. Dupont Mme Zerbib" are two people.
    run = re.compile(name.pattern + r"(?:[ \t]+" + bare + r")*")

    def replace(found: re.Match[str]) -> str:
        values = [forms.get(m.group(1), m.group(0)) for m in name.finditer(found.group(0))]
        return " ".join(v for k, v in enumerate(values) if k == 0 or v != values[k - 1])

    return lambda s: run.sub(replace, s)
