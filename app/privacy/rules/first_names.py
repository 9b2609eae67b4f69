"""First names and French words, as the third-party check reads them
(resources/names/, built by packaging/name_lists.py from Grammalecte's French
dictionary). A first name opening a note ("Nathalie propose…") or typed in
lower case ("vu avec kevin") is a person; a word of the language is not."""

from __future__ import annotations

import lzma
from functools import cache

from app.paths import resource_path


def _read_first_names() -> dict[str, str]:
    lines = resource_path("names", "first_names.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line)


# Each first name and where it is one: "anywhere" (in lower case too: "kevin"),
# "opening" (a French word too: "Claire", only capitalised, a sentence's first
# word included), "within" (an English word, or a French one that opens
# sentences: "Rose", "Will", "Juste", only capitalised within a sentence).
FIRST_NAMES = _read_first_names()
_IN_LOWER_CASE = {name.lower() for name, where in FIRST_NAMES.items() if where == "anywhere"}
_OPENING = {name for name, where in FIRST_NAMES.items() if where != "within"}


def _of(names: set[str] | dict[str, str], word: str) -> bool:
    joined = word.replace("‐", "-").replace("‑", "-")
    return joined in names or all(part in names for part in joined.split("-"))


def opens_as_a_name(word: str) -> bool:
    """A capitalised first name of the list ("Marie-Ange" too), or a compound of
    them ("Jean-Baptiste"), that is a person even where it opens a sentence."""
    return _of(_OPENING, word)


def a_first_name(word: str) -> bool:
    """A capitalised first name of the list, wherever it may be one ("Rose" too)."""
    return _of(FIRST_NAMES, word)


def lower_case_name(word: str) -> bool:
    """A first name typed in lower case that is no word of the language:
    "nathalie", "kevin", never "rose" nor "claire"."""
    return word.islower() and word in _IN_LOWER_CASE


@cache
def _words() -> str:
    """Every lower-case French word form and English word, one a line, framed by
    line breaks: read once, when a check first asks (1 MB compressed, 8 MB of
    text; looked up only for the few words the rules ask about)."""
    packed = resource_path("names", "words.txt.xz").read_bytes()
    return "\n" + lzma.decompress(packed).decode("utf-8") + "\n"


def known_word(word: str) -> bool:
    """Whether a lower-case word is one of French ("propose", "chevalier") or
    English ("meeting"): a name of the list never is. A binary search of the
    sorted lines, as they stand in the text: no set of 685,000 strings in memory."""
    text = _words()
    low, high = 0, len(text) - 1  # line breaks: the lines between them are left
    while low < high:
        start = text.rfind("\n", low, (low + high) // 2 + 1)
        end = text.find("\n", start + 1)
        line = text[start + 1 : end]
        if line == word:
            return True
        if line < word:
            low = end
        else:
            high = start
    return False


# A capital often loses its accent in French ("Ecole", "A noter"): the accented
# forms a word may have had.
_ACCENTED = {"e": "éèê", "a": "àâ", "c": "ç", "i": "îï", "o": "ô", "u": "ùû"}


def capitalised_word(word: str) -> bool:
    """Whether a capitalised word is a word of the language written with its
    capital ("Propose", "Ecole" for "école", an English plural the list lacks:
    "Durations"), every part of a compound ("Porte-Parole"); a name is not
    ("Zerbib", "Durand-Roux")."""
    for part in word.replace("‐", "-").replace("‑", "-").split("-"):
        lower = part.lower()
        forms = [lower] + [a + lower[1:] for a in _ACCENTED.get(lower[:1], "")]
        forms += [form[:-1] for form in forms if form.endswith("s")]  # "Durations"
        if not any(known_word(form) for form in forms):
            return False
    return True
