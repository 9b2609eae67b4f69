"""Taking participant names out of everything a relevé for management shows.

Each participant gets a neutral label ("Participant A", or the facilitator's
role). In user text, names are found as *tokens* (runs of letters), compared
after folding: NFKD, accents and case dropped, ligatures spelt out (œ → oe,
æ → ae, ø → o, ß → ss), both apostrophes alike. A name is found whole, in
parts (first name, surname, each half of a compound), glued ("JeanMarc"), with
underscores ("Zoé_Œuvray"), after an apostrophe ("N’Diaye"), and inside
e-mail addresses, which are always taken out.

Particles ("de", "la", "van"…) and name parts that are ordinary words
("Rose", "Claire") are only replaced where they stand as a name: next to
another part of the same name, or capitalised in the middle of a sentence.
"une rose", "lu la fiche" and "La réunion" stay as they are.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.session.rules.engine import Person, Role

PARTICLES = {
    "de", "la", "le", "du", "des", "d", "l", "van", "von", "der", "den", "di", "da", "del",
    "della", "dos", "das", "el", "al", "ben", "bin", "ibn", "ter", "ten", "zu", "y", "e", "n",
    "mac", "mc", "o", "st", "saint", "sainte",
}  # fmt: skip
# First names and surnames that are also ordinary French words.
COMMON_WORDS = {
    "rose", "claire", "pierre", "marguerite", "olive", "blanche", "victoire", "aurore",
    "constant", "france", "prudence", "patience", "violette", "ambre", "capucine", "jade",
    "perle", "flore", "fleur", "aimee", "desire", "clement", "fidele", "gai", "juste",
    "lucide", "martin", "petit", "grand", "blanc", "noir", "roux", "brun", "leblanc",
    "boucher", "boulanger", "berger", "charpentier", "fontaine", "fournier", "lefevre",
    "meunier", "mercier", "roi", "duc", "marchand", "chevalier", "bonnet", "chapelle",
    "roche", "bois", "lac", "mont", "vallee", "riviere", "loup", "renard", "lion", "page",
    "moreau", "sage", "doux", "bon", "bel", "belle", "vrai", "franc", "joly", "jolie",
    "grace", "paix", "amour", "espoir", "honore", "modeste", "auguste", "sylvestre",
    "august", "may", "june", "april", "dawn", "hope", "faith", "joy", "will", "mark",
}  # fmt: skip
# The usual short forms of French first names (folded): a participant called
# "Chris" in a note is Christophe. Both ways where a short form is a name of its
# own ("Alex" is Alexandre or Alexandra).
DIMINUTIVES = {
    "alexandre": ("alex",), "alexandra": ("alex",), "alexis": ("alex",),
    "benjamin": ("ben", "benji"), "catherine": ("cathy", "cath"), "caroline": ("caro",),
    "christophe": ("chris", "tof"), "christine": ("chris", "kiki"), "christian": ("chris",),
    "dominique": ("dom", "domi"), "emmanuel": ("manu",), "emmanuelle": ("manue", "manu"),
    "frederic": ("fred",), "frederique": ("fred",), "guillaume": ("guigui", "guiz"),
    "isabelle": ("isa", "zaza"), "jean-baptiste": ("jb",), "jean-christophe": ("jc",),
    "jean-claude": ("jc",), "jean-francois": ("jf",), "jean-philippe": ("jp",),
    "jean-pierre": ("jp",), "jean-marc": ("jm",), "jean-michel": ("jm",),
    "jean-luc": ("jl",), "kevin": ("kev",), "marie-christine": ("mc",),
    "mohamed": ("momo", "mo"), "mohammed": ("momo", "mo"), "nathalie": ("nath", "nat"),
    "nicolas": ("nico",), "pierre-yves": ("py",), "sebastien": ("seb",),
    "stephanie": ("steph",), "stephane": ("steph",), "valerie": ("val",),
    "veronique": ("vero",), "virginie": ("virgi",), "maxime": ("max",),
    "maximilien": ("max",), "philippe": ("phil",), "patricia": ("patou", "pat"),
    "patrick": ("pat",), "francois": ("fanfan",), "francoise": ("fanfan",),
    "elisabeth": ("babeth", "lisa"), "mathieu": ("math",), "matthieu": ("math",),
    "gregory": ("greg",), "gregoire": ("greg",), "jeremy": ("jerem",),
    "anthony": ("tony",), "antoine": ("tony",), "sylvain": ("syl",),
}  # fmt: skip
LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "þ": "th"}
)  # fmt: skip
TOKEN = re.compile(r"[^\W\d_]+")
# What may stand between two parts of one name: spaces, hyphens, apostrophes, underscores.
JOIN = re.compile(r"^[\s\-‐‑–_'’ʼ‘`´.]{0,3}$")
# A word alone between brackets or quotes: its opening, then its closing.
OPENING_QUOTES = "«“\"([‘'"
QUOTED_AFTER = re.compile(r"\s*[»”\")\]’']")
SENTENCE_ENDS = ".!?…:;\n"


def _before(text: str, start: int) -> tuple[str, str]:
    """The white space just before ``start``, and the character before it ("" at
    the text's start). Read backwards from ``start``: never the whole text again
    for each word, so a long text is read in linear time."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i:start], (text[i - 1] if i else "")


# What the character before a word is when the word opens a sentence or a quotation.
_OPENS_AFTER = frozenset(SENTENCE_ENDS + '«“"(')
_QUOTE_MARKS = frozenset(OPENING_QUOTES)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text (white space before it
    included), a sentence, a line, or a bracket or quotation."""
    space, before = _before(text, start)
    return before == "" or "\n" in space or before in _OPENS_AFTER


def after_opening_quote(text: str, start: int) -> bool:
    _space, before = _before(text, start)
    return before in _QUOTE_MARKS


# Tried only where a run of an address's characters starts (the look-behind): a
# 1 MB word without "@" is read once, not once from each of its letters.
EMAIL = re.compile(r"(?<![\w.+'’-])[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+")


_CIVILITY_WORDS = {"m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur"}


def _dotted(words: list[list[str]]) -> str:
    """Initials, each letter with its dot, joined by a space, a hyphen or nothing:
    "J.-B. M.", "J.B.M.", "S. L.-G.", "C. D.-R."."""
    joined = r"\s?[-‐‑]?"  # "L.-G." for "Le Goff" as well as "D.-R." for "Durand-Roux"
    return joined.join(re.escape(letter) + r"\." for letters in words for letter in letters)


def fold(text: str) -> str:
    """Lower case, no accents, ligatures spelt out: the form names are compared in."""
    spelt = unicodedata.normalize("NFKD", text.translate(LIGATURES))
    return "".join(c for c in spelt if not unicodedata.combining(c)).casefold()


def _initial(token: re.Match[str]) -> bool:
    """One capital letter alone: "B" in "Chloé B"."""
    word = token.group()
    return len(word) == 1 and word.isupper()


@dataclass(frozen=True)
class _Part:
    person: int
    strong: bool  # a real name part, not a particle nor an ordinary word


class Anonymizer:
    def __init__(
        self,
        people: Sequence[Person],
        facilitator_label: str,
        peer_label: str,
        address_label: str = "[adresse]",
    ) -> None:
        self.labels: dict[int, str] = {}
        self.address_label = address_label
        letters = iter(string.ascii_uppercase)
        for person in people:
            if person.role is Role.FACILITATOR:
                self.labels[person.id] = facilitator_label
            else:
                letter = next(letters, "?")
                self.labels[person.id] = peer_label.format(letter=letter)
        self._parts: dict[str, list[_Part]] = {}
        self._initials_pattern(people)
        for person in people:
            parts = [fold(p) for p in TOKEN.findall(unicodedata.normalize("NFC", person.name))]
            for part in parts:
                weak = part in PARTICLES or part in COMMON_WORDS or len(part) < 2
                self._add(part, _Part(person.id, not weak))
            # Their first name's usual short forms: "Chris" for Christophe.
            first_name = next(iter(fold(unicodedata.normalize("NFC", person.name)).split()), "")
            for short in DIMINUTIVES.get(first_name, ()):
                self._add(short, _Part(person.id, True))
            # Glued forms: "JeanMarc", "jeanmarcdubois", "ZoeOeuvray".
            names = [p for p in parts if p not in PARTICLES]
            for start in range(len(names)):
                for end in range(start + 2, min(len(names), start + 4) + 1):
                    self._add("".join(names[start:end]), _Part(person.id, True))

    def _initials_pattern(self, people: Sequence[Person]) -> None:
        """Each person's initials, dotted ("J.-B. M.", "J.B.M.", "C. D.-R."), and a
        compound first name's alone ("J.-B."): one pattern, one group a person."""
        groups: list[str] = []
        self._initials_of: dict[str, int] = {}
        for person in people:
            words = [w for w in re.split(r"\s+", unicodedata.normalize("NFC", person.name)) if w]
            words = [w for w in words if fold(w) not in PARTICLES or w[:1].isupper()]
            letters = [[part[0].upper() for part in TOKEN.findall(w)] for w in words]
            forms = []
            if sum(map(len, letters)) >= 2:
                forms.append(_dotted(letters))
            if letters and len(letters[0]) >= 2:
                forms.append(_dotted(letters[:1]))
            if forms:
                name = f"p{len(groups)}"
                self._initials_of[name] = person.id
                groups.append(f"(?P<{name}>{'|'.join(sorted(forms, key=len, reverse=True))})")
        self._initials = (
            re.compile(r"(?<![\w.])(?:" + "|".join(groups) + r")(?![\w]|[-‐‑]?[A-Z]\.)")
            if groups
            else None
        )

    def _add(self, key: str, part: _Part) -> None:
        known = self._parts.setdefault(key, [])
        if part not in known:
            known.append(part)

    def who(self, text: str) -> int | None:
        """The one person a short text names with nothing else (an action's owner:
        "Blanc", "M. Blanc", "kevin"), whatever the form; None if not exactly one."""
        words = [fold(w) for w in TOKEN.findall(unicodedata.normalize("NFC", text))]
        words = [w for w in words if w not in PARTICLES and w not in _CIVILITY_WORDS]
        people: set[int] | None = None
        for word in words:
            found = {part.person for part in self._parts.get(word, ())}
            people = found if people is None else people & found
        return next(iter(people)) if people is not None and len(people) == 1 else None

    def label(self, person_id: int) -> str:
        return self.labels[person_id]

    def _initials_label(self, match: re.Match[str]) -> str:
        return self.labels[self._initials_of[str(match.lastgroup)]]

    def text(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)  # decomposed accents, as pasted, composed
        text = EMAIL.sub(self.address_label, text)
        if self._initials is not None:  # "J.-B. M.", "C. D.-R.": before the words
            text = self._initials.sub(self._initials_label, text)
        tokens = list(TOKEN.finditer(text))
        out: list[str] = []
        last = 0
        i = 0
        while i < len(tokens):
            run = self._run(text, tokens, i)
            if run is None:
                i += 1
                continue
            first, end, person = run
            out.append(text[last : tokens[first].start()])
            out.append(self.labels[person])
            last = tokens[end - 1].end()
            i = end
        out.append(text[last:])
        return "".join(out)

    def _run(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, int, int] | None:
        """The name standing at token i, as (first token, end token, person), if any."""
        first_parts = self._parts.get(fold(tokens[i].group()))
        if not first_parts:
            return None
        best: tuple[int, int, int] | None = None
        for person in {p.person for p in first_parts}:
            end = i
            strong = 0
            while end < len(tokens):
                key = fold(tokens[end].group())
                parts = [p for p in self._parts.get(key, ()) if p.person == person]
                if not parts:
                    break
                if end > i and not JOIN.match(text[tokens[end - 1].end() : tokens[end].start()]):
                    break
                strong += any(p.strong for p in parts)
                end += 1
            start = i
            # A lower-case particle before the name is ordinary text ("le dossier de …").
            while start < end and self._particle(tokens[start]) and tokens[start].group().islower():
                start += 1
            # A particle after the name is ordinary text ("Marie de Paris"); a capital
            # alone is the initial of the name it follows ("Chloé B").
            while end > start and self._particle(tokens[end - 1]) and not _initial(tokens[end - 1]):
                end -= 1
            if end <= start:
                continue
            count = end - start
            capitalised = any(t.group()[:1].isupper() for t in tokens[start:end])
            as_name = (count >= 2 and capitalised) or self._stands_as_name(text, tokens[start])
            if (strong or as_name) and (best is None or count > best[1] - best[0]):
                best = (start, end, person)
        return best if best is not None and best[0] == i else None

    @staticmethod
    def _particle(token: re.Match[str]) -> bool:
        key = fold(token.group())
        return key in PARTICLES or len(key) < 2

    def _stands_as_name(self, text: str, token: re.Match[str]) -> bool:
        """An ordinary word that is a participant's name part ("Rose", "Blanc") is
        their name when capitalised, wherever it stands: opening a sentence too
        ("Blanc propose un binôme"), since a participant's name never leaves the
        room, and a colour replaced by mistake is only a word. In lower case it
        is the word ("une rose")."""
        return not self._particle(token) and token.group()[:1].isupper()
