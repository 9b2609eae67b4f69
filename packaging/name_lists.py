"""Build the word lists the third-party check reads (resources/names/), from
Debian's packages: the first names of Grammalecte's French dictionary
(hunspell-fr-comprehensive, MPL-2.0, its entries tagged ``po:prn``), its every
word form (expanded with hunspell-tools' ``unmunch``) and the English words of
wamerican, so that a first name that is also a word ("Rose", "Claire", "Will")
is told apart. The choices a person made (names the dictionary lacks, short
forms, which first names are rare enough as words) are written here, reviewed
in this file's history.

    apt-get install hunspell-fr-comprehensive hunspell-tools wamerican
    .venv/bin/python packaging/name_lists.py

Writes resources/names/first_names.txt (a name and where it is read: anywhere,
"opening" for one that is a French word and a name only capitalised, "within"
for one that is an English word or opens French sentences and is a name only
capitalised within a sentence), resources/names/places.txt (the
dictionary's places and organisations, "po:npr", that are no one's name) and
resources/names/words.txt.xz (every lower-case word form of the dictionary,
and wamerican's English words: a lower-case word after a lower-case first name
is a surname unless it is one of them; a capitalised word opening a sentence
that is none of them is a name).
"""

from __future__ import annotations

import argparse
import lzma
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.privacy.rules.anonymize import fold  # noqa: E402  (the check's own folding)
from app.privacy.rules.places import DEPARTMENTS, REGIONS, TOWNS  # noqa: E402
from app.privacy.rules.third_party import (  # noqa: E402
    CIVILITIES,
    FUNCTION_WORDS,
    OPENERS,
    VOCABULARY,
)

APP_WORDS = VOCABULARY | OPENERS | FUNCTION_WORDS | CIVILITIES

OUT = ROOT / "resources" / "names"


def _words(block: str) -> list[str]:
    return block.split()


# First names the dictionary lacks, met in the sector's groups (West African,
# Breton, Eastern European, Portuguese and newer French ones).
ADDED = _words(
    """
Fatou Fatoumata Aïssatou Aminata Kadiatou Mariama Awa Binta Coumba Kiné Ndeye
Maïmouna Rokia Salimata Oumou Hawa Djeneba Assétou Hadja Oumar Seydou Boubacar
Abdoulaye Souleymane Adama Idrissa Lamine Lassana Sékou Siaka Tidiane Cheikh Modibo
Koffi Kouadio Kouassi Yao Ousmane Mamadou Ibrahima Alassane Bakary Mahamadou
Ilyes Ilyès Nacéra Laetitia Laëtitia Soizic Kimberley Ionut Mihai Ioana Joao João
José Ana Kylian Kilian Maëlys Maylis Naël Timéo Lyam Shaïna Sheïma Wassim Ayoub
Anaëlle Nolan Evan Kenzo Djibril Haroun Yacine Yassine Mehdi Sabrina Khadidja
"""
)

# Short forms colleagues use for each other ("Seb", "Véro"), missing from the
# dictionary or not.
DIMINUTIVES = _words(
    """
Seb Nath Véro Kev Momo Manu Domi Flo Nico Greg Béa Caro Juju Jojo Gégé Cathy Steph
Fred Alex Isa Chris Cricri Fifi Mimi Titi Didi Sissi Jeannot Pierrot Dédé Nanou
Clem Math Mat Fab Gab Raph Thib Vince Oliv Sandy Vivi Lolo Zaza
"""
)

# Names that are also a French word, kept even so: their ordinary sense is rare
# in a group's notes, so "isabelle" in lower case, or "Martin" opening a note,
# is a person.
RARE_AS_WORDS = _words(
    """
Isabelle Véronique Caroline Aurélie Virginie Zoé Élise Fanny Guillaume Gilles Claude
Louis Richard Robert Joseph Sabine Diane Laure Aurore Océane Martin Marc Jules Pascal
Pascale Olivier Sylvain Augustin Augustine Baptiste Valentin Valentine Alexandra
Amandine Adèle Amina Amine Moussa Amadou Angélique Eugénie Clarisse Rosalie Salomé
Séraphine Sibylle Victorien Marcel Micheline Paulette Pierrette Jacqueline Jeannette
Germaine Renée René Régis Patrice Olivia Victoria Maria Marina Rosa Vera Romane Maïa
Mélia Nadir Julien Maxime Jacques Florentin Casimir Célestin Eustache Léonard Aubin
Benoît Benoîte Bernardin Brandon Hermine Honoré Marjolaine Sylvine Sylvestre
Laurie Lina Lise Mina Dina Tara Moïse
"""
)

# Names that are words opening a French sentence ("Juste une remarque", "Manuel
# d'accueil", "Noël approche"): names only within a sentence.
OPENING_WORDS = _words(
    """
Juste Manuel Noël Don Mars Pie Pan Prudence Constance Clémence Constant Aimé Aimée
Désiré Désirée Placide Victoire Max Fleur Grace Will
"""
)


def _tagged(dic: Path, tag: str) -> list[str]:
    """The dictionary's entries of one kind: "po:prn" first names, "po:npr"
    places and organisations, "po:patr" surnames."""
    entries = []
    for line in dic.read_text(encoding="utf-8").splitlines():
        if tag in line.split():
            entries.append(line.split("/")[0].split()[0])
    return entries


def _word_forms(dic: Path, aff: Path) -> set[str]:
    """Every lower-case form of the dictionary: unmunch's output without its
    elided prefixes ("l'", "qu'") and flags."""
    out = subprocess.run(
        ["unmunch", str(dic), str(aff)], capture_output=True, text=True, check=True
    ).stdout
    # unmunch writes the forms an affix makes; a word without one ("ne", "que")
    # only stands in the dictionary.
    entries = [line.split()[0] for line in dic.read_text(encoding="utf-8").splitlines()[1:] if line]
    forms = set()
    for line in [*out.splitlines(), *entries]:
        word = line.split("/")[0].strip()
        word = re.sub(r"^[a-z]{1,3}'", "", word).rstrip("0123456789")
        if word and word.islower() and re.fullmatch(r"[a-zà-ÿœæ’'-]+", word):
            forms.add(word)
    return forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/fr.dic"))
    parser.add_argument("--aff", type=Path, default=Path("/usr/share/hunspell/fr.aff"))
    parser.add_argument("--english", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    french = _word_forms(args.dic, args.aff)
    english = {
        w.strip() for w in args.english.read_text(encoding="utf-8").splitlines() if w.islower()
    }
    rare, opening = set(RARE_AS_WORDS), set(OPENING_WORDS)
    lines = {}
    for name in {*_tagged(args.dic, "po:prn"), *ADDED, *DIMINUTIVES}:
        lower = name.lower()
        if len(name) < 3 or name.isupper() or fold(name) in APP_WORDS:
            continue  # "Al", "YHWH", "June" (a month of the app's vocabulary)
        if fold(name) in REGIONS | DEPARTMENTS | TOWNS:
            continue  # "Pâris": the app's own list of places says Paris
        if name in opening or lower in english:
            lines[name] = "within"  # "Juste", "Will", "Rose": a name within a sentence only
        elif lower in french and name not in rare:
            lines[name] = "opening"  # "Rose", "Claire": a name only with its capital
        else:
            lines[name] = "anywhere"
    OUT.mkdir(parents=True, exist_ok=True)
    text = "".join(f"{name}\t{where}\n" for name, where in sorted(lines.items()))
    (OUT / "first_names.txt").write_text(text, encoding="utf-8")
    known = (french | english) - {n.lower() for n, w in lines.items() if w == "anywhere"}
    words = "\n".join(sorted(known))
    (OUT / "words.txt.xz").write_bytes(lzma.compress(words.encode("utf-8"), preset=9))
    # Places and organisations ("Landerneau", "Sodexo"): never suggested within a
    # sentence, but for those that are someone's name too ("Florence", "Thiers").
    people = {fold(p) for p in (*lines, *_tagged(args.dic, "po:patr"))}  # "Herve": Hervé
    places = sorted(
        p for p in _tagged(args.dic, "po:npr") if p[:1].isupper() and fold(p) not in people
    )
    (OUT / "places.txt").write_text("".join(f"{p}\n" for p in places), encoding="utf-8")
    anywhere = sum(w == "anywhere" for w in lines.values())
    print(
        f"{len(lines)} first names ({anywhere} anywhere), {len(places)} places and "
        f"organisations, {len(known)} French and English word forms"
    )


if __name__ == "__main__":
    main()
