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
# or "opening" (also a word: "Rose", "Claire" only capitalised).
FIRST_NAMES = _read_first_names()
_IN_LOWER_CASE = {name.lower() for name, where in FIRST_NAMES.items() if where == "anywhere"}


def opens_as_a_name(word: str) -> bool:
    """A capitalised first name, or a compound of them ("Jean-Baptiste"), that
    is a person even where it opens a sentence."""
    parts = word.replace("‐", "-").replace("‑", "-").split("-")
    return all(part in FIRST_NAMES for part in parts)


def lower_case_name(word: str) -> bool:
    """A first name typed in lower case that is no word of the language:
    "nathalie", "kevin", never "rose" nor "claire"."""
    return word.islower() and word in _IN_LOWER_CASE


@cache
def _french_words() -> str:
    """Every lower-case French word form, one a line, framed by line breaks:
    read once, when a check first asks (1 MB compressed, 8 MB of text)."""
    packed = resource_path("names", "french_words.txt.xz").read_bytes()
    return "\n" + lzma.decompress(packed).decode("utf-8") + "\n"


def french_word(word: str) -> bool:
    """Whether a lower-case word is one of the language's ("propose", "chevalier")."""
    return "\n" + word + "\n" in _french_words()
