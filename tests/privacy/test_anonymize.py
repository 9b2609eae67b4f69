"""Names never leak, ordinary words never go: a corpus of a few hundred texts,
names written every way people write them, read back from the relevé's PDF."""

from __future__ import annotations

import io
import itertools
import unicodedata

import pytest
from pypdf import PdfReader

from app.export.sheet import Releve, synthesis_pdf
from app.privacy.rules.anonymize import TOKEN, Anonymizer, fold
from app.protocols import Capture
from app.session.ops.live import LiveSession
from app.session.ops.report import collect
from app.session.rules.engine import Person, Role
from app.session.rules.records import Note
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup

PEOPLE = [
    ("Anne Facil", Role.FACILITATOR),
    ("Zoé Œuvray", Role.CONSULTANT),
    ("Lætitia Ødegård", Role.CONSULTANT),
    ("Jean-Marc Dubois", Role.CONSULTANT),
    ("Aminata N’Diaye", Role.CONSULTANT),
    ("Marie-Christine de La Rochefoucauld", Role.CONSULTANT),
    ("Rose Kowalski", Role.CONSULTANT),
    ("Grégoire Weiß", Role.CONSULTANT),
]
# The parts that must never be read in a relevé (ordinary words and particles aside).
SECRET_PARTS = {
    "zoe", "oeuvray", "laetitia", "odegard", "jean", "marc", "dubois", "aminata", "diaye",
    "christine", "rochefoucauld", "kowalski", "gregoire", "weiss", "anne", "facil",
}  # fmt: skip


def forms(full: str) -> list[str]:
    """A name as people type it, paste it and abbreviate it."""
    parts = TOKEN.findall(full)
    first, last = parts[0], parts[-1]
    glued = "".join(p for p in parts if fold(p) not in {"de", "la"})
    return [
        full,
        full.upper(),
        full.lower(),
        first,
        last,
        last.upper(),
        f"{first}_{last}",
        f"{first[0]}. {last}",
        unicodedata.normalize("NFD", full),  # pasted from a mail, accents apart
        fold(full).title(),  # typed without accents nor ligatures
        glued,
        full.replace("’", "'"),
        f"{fold(first)}.{fold(last)}@cd59.fr",
    ]


TEMPLATES = [
    "Selon {n}, l’usager refuse tout contact depuis mars.",
    "{n} propose d’appeler la CAF avant la fin du mois.",
    "On a vu avec {n} que le cadre peut être tenu sans rigidité.",
    "Question de {n} : qui d’autre suit ce dossier ?",
    "Écrire à {n} pour le compte rendu.",
    "Le binôme {n} / accueil reprend le dossier.",
]

ORDINARY = [
    "La réunion commence à neuf heures et le cadre est rappelé.",
    "J’ai lu la fiche et le dossier de l’usager avec attention.",
    "Il a offert une rose à l’agente d’accueil, qui a refusé.",
    "Une idée claire : proposer un café sans formalisme.",
    "La pierre d’achoppement reste la confiance.",
    "Le droit de refuser fait partie du cadre.",
    "Les marchés de la ville ferment à midi.",
    "De quoi parle-t-on quand on dit accompagnement ?",
    "Le Conseil départemental finance la mesure.",
    "Du temps, de la patience et de la constance.",
    "La CAF et le CCAS sont en lien depuis juin.",
    "Le van de la mission locale passe le mardi.",
]


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    people = [Person(i, name, role) for i, (name, role) in enumerate(PEOPLE)]
    return Anonymizer(people, "l’animatrice", "Participant {letter}")


def leaks(text: str) -> set[str]:
    return {fold(t) for t in TOKEN.findall(text)} & SECRET_PARTS


def corpus() -> list[str]:
    texts = []
    for (name, _role), template in itertools.product(PEOPLE, TEMPLATES):
        for form in forms(name):
            texts.append(template.format(n=form))
    return texts


def test_the_corpus_is_large_and_every_name_form_is_taken_out(anonymizer) -> None:
    texts = corpus()
    assert len(texts) > 500
    leaked = [(t, anonymizer.text(t)) for t in texts if leaks(anonymizer.text(t))]
    assert leaked == []


def test_ordinary_french_is_left_as_it_is(anonymizer) -> None:
    changed = [(t, anonymizer.text(t)) for t in ORDINARY if anonymizer.text(t) != t]
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ZOE OEUVRAY a parlé", "Participant A a parlé"),
        ("Lu avec Marie-Christine de La Rochefoucauld hier", "Lu avec Participant E hier"),
        ("le dossier de Dubois", "le dossier de Participant C"),
        ("Rose a dit que", "Participant F a dit que"),  # her name, opening the sentence too
        ("et Rose a dit que", "et Participant F a dit que"),
        ("Rose Kowalski a dit", "Participant F a dit"),
        ("N'Diaye et N’Diaye", "Participant D et Participant D"),
        ("Diaye seul", "Participant D seul"),
        ("Groupe de Rose", "Groupe de Participant F"),
        ("écrire à jm.dubois@cd59.fr ce soir", "écrire à [adresse] ce soir"),
        # Alone between brackets or quotes, an ordinary word is a name.
        ("comme l’a dit une collègue (Rose)", "comme l’a dit une collègue (Participant F)"),
        ("le mot de « Rose » à l’équipe", "le mot de « Participant F » à l’équipe"),
        ("le mot de «Rose»", "le mot de «Participant F»"),
        ('elle a signé "Rose"', 'elle a signé "Participant F"'),
        ("(une rose) sur le bureau", "(une rose) sur le bureau"),
    ],
)
def test_tricky_forms(anonymizer, text, expected) -> None:
    assert anonymizer.text(text) == expected


def test_no_name_in_the_relevé_read_back_from_its_pdf(store, catalog, clock) -> None:
    protocol = catalog.get("echanges-pairs") if "echanges-pairs" in catalog.protocols else None
    protocol = protocol or catalog.get("codev-anact")
    setup = SessionSetup(
        "Groupe de Rose",
        protocol,
        [NewParticipant(n, r) for n, r in PEOPLE],
        [NewCase(f"Cas {i + 1}", 1 + i) for i in range(protocol.cases.default)],
    )
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    live.start()
    texts = corpus()[::7] + ORDINARY
    kinds = [Capture.PROPOSAL, Capture.ACTION, Capture.TRAINING_NEED, Capture.QUESTION]
    for n, text in enumerate(texts):
        store.add_note(live.id, Note(0, 0, 0, kinds[n % len(kinds)].value, text), 0)
    live.end()
    pdf = synthesis_pdf(collect(store, live.id), "fr", Releve())
    read = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Relevé de conclusions" in read
    assert leaks(read) == set(), leaks(read)
