"""A corpus of names as facilitators write them, and a generator that crosses
every form of a name with every place it stands in a relevé (issue 28).

Forms: the name whole, the first name alone, the surname alone, initials, in
lower case, in capitals, the civility and the surname, a diminutive. Places:
opening a note, after a comma, in a list, in brackets, in quotes, as an
action's owner, in the follow-up's words. Each relevé (a document) names its
people several times, in several forms, as real notes do.

Ordinary words with capitals (places, institutions, months) stand beside
them: the check must not take them for names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import cycle

# Participants: seated in the session (their names must never leave it).
PARTICIPANTS = [
    ("Jean-Baptiste", "Morel"),
    ("Catherine", "Durand-Roux"),
    ("Kevin", "Blanc"),
    ("Mohamed", "Keïta"),
    ("Christophe", "Lefèvre"),
    ("Stéphanie", "Le Goff"),
]
# People the notes mention, who are nobody of the group: users, colleagues.
THIRD_PARTIES = [
    ("M.", "Alexandre", "Benali"),
    ("Mme", "Véronique", "Zerbib"),
    ("M.", "Frédéric", "Garnier"),
    ("Mme", "Nathalie", "Perrin"),
    ("M.", "Sébastien", "Roussel"),
    ("Mme", "Isabelle", "Chevalier"),
    # Written after the first-names list (resources/names/), not tuned to it: two
    # first names it lacks (Aïssata, Dragan), surnames of no list.
    ("M.", "Thierry", "Vasseur"),
    ("Mme", "Aïssata", "Konaté"),
    ("M.", "Dragan", "Petrović"),
    ("Mme", "Gwenola", "Le Bihan"),
    ("M.", "Yannick", "Hoarau"),
    ("Mme", "Samia", "Bouzid"),
]
# How a colleague is called in a note: the usual French short forms.
DIMINUTIVES = {
    "Jean-Baptiste": "JB",
    "Catherine": "Cathy",
    "Kevin": "Kev",
    "Mohamed": "Momo",
    "Christophe": "Chris",
    "Stéphanie": "Steph",
    "Alexandre": "Alex",
    "Véronique": "Véro",
    "Frédéric": "Fred",
    "Nathalie": "Nath",
    "Sébastien": "Seb",
    "Isabelle": "Isa",
}
FORMS = (
    "full", "first", "surname", "initials", "lower", "capitals", "civility", "diminutive",
)  # fmt: skip
# Where a name stands: a note's text around it ({x}), or the owner of an action.
PLACES = {
    "opening": "{x} propose un binôme pour l’accueil du matin.",
    "after a comma": "Pour le dossier du logement, {x} prendra contact avec le bailleur.",
    "in a list": "À revoir : le planning, {x}, la salle du jeudi.",
    "in brackets": "Voir le collègue du service ({x}) avant la fin du mois.",
    "in quotes": "Le mot de « {x} » a marqué le groupe.",
    "owner": "{x}",
    "follow-up": "Refaire le point avec {x} à la prochaine séance.",
}
# Capitalised words of the sector that are no one's name: never to be suggested.
ORDINARY = [
    "La réunion se tiendra à Saint-Denis, dans les locaux de la Mission locale.",
    "Un rendez-vous est pris avec la CAF et le CCAS de Montreuil.",
    "Le Conseil départemental finance la Maison des solidarités.",
    "En Janvier, la DRH présentera le plan de formation.",
    "Le dossier part au Tribunal judiciaire de Bobigny.",
    "Une formation à Paris, puis à Lyon, est prévue avec France Travail.",
    "Le Pôle emploi devient France Travail ; la PMI garde ses permanences.",
    "La Rochelle accueille le séminaire ; la SNCF rembourse les billets.",
    "Le Département et la Région cofinancent l’action.",
    "Les familles de Seine-Saint-Denis sont reçues au Centre social.",
]
ORDINARY_WORDS = sorted(
    {
        w.strip(".,;:()«»")
        for s in ORDINARY
        for w in s.split()[1:]
        if w[:1].isupper() and w.strip(".,;:()«»")
    }
)


def forms_of(first: str, last: str, civility: str = "M.") -> dict[str, str]:
    initials = (
        "".join("-".join(p[0] + "." for p in part.split("-")) for part in (first,))
        + " "
        + "-".join(p[0] + "." for p in last.replace(" ", "-").split("-"))
    )
    return {
        "full": f"{first} {last}",
        "first": first,
        "surname": last,
        "initials": initials,
        "lower": f"{first} {last}".lower(),
        "capitals": f"{first} {last}".upper(),
        "civility": f"{civility} {last}",
        "diminutive": DIMINUTIVES.get(first, first),
    }


@dataclass
class Mention:
    """One name, in one form, at one place, in the note of index ``note``."""

    who: str  # the full name
    third_party: bool
    form: str
    place: str
    words: str  # the name as written there
    note: int


@dataclass
class Relevé:
    participants: list[str]
    notes: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, owner)
    mentions: list[Mention] = field(default_factory=list)


def relevés() -> list[Relevé]:
    """One relevé per form offset: each person is named at every place, the forms
    turning, so that every form meets every place across the relevés. Each note
    ends with its mark (§n§): a name that opens the note opens it for the rules
    too (a mark before it hid that: the figures of the stops before this one
    were read so)."""
    out = []
    people = [(f"{f} {s}", False, forms_of(f, s, "Mme")) for f, s in PARTICIPANTS] + [
        (f"{f} {s}", True, forms_of(f, s, c)) for c, f, s in THIRD_PARTIES
    ]
    for offset in range(len(FORMS)):
        doc = Relevé([f"{f} {s}" for f, s in PARTICIPANTS])
        for person_index, (who, third, forms) in enumerate(people):
            turning = cycle(FORMS[(offset + person_index) % len(FORMS) :] + FORMS)
            for place, template in PLACES.items():
                form = next(turning)
                words = forms[form]
                index = len(doc.notes)
                if place == "owner":
                    doc.notes.append(("action", f"Appeler le bailleur §{index}§", words))
                else:
                    doc.notes.append(("proposal", template.format(x=words) + f" §{index}§", ""))
                doc.mentions.append(Mention(who, third, form, place, words, index))
        for sentence in ORDINARY:
            doc.notes.append(("proposal", f"§{len(doc.notes)}§ {sentence}", ""))
        out.append(doc)
    return out
