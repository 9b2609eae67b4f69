"""Third parties' names in a relevé are flagged before the export; ordinary
sentences flag nothing. Read back from the relevé's PDF once confirmed."""

from __future__ import annotations

import io
import random

from app.export.sheet import Releve, synthesis_pdf, third_party_label
from app.privacy.rules.third_party import suspected_names
from app.session.ops.report import collect
from app.session.rules.records import Note
from tests.helpers.clock import FakeClock
from tests.sessions import recorded_session
from tests.test_sheet import flat, text_of

SURNAMES = ["Zerbib", "Nguyen", "Kowalski", "Benhamou", "Ødegård", "Le Goff", "Traoré"]
FIRST = ["Karim", "Maëlle", "Yasmine", "Jonathan", "Océane"]
CIVILITY = ["Mme", "M.", "Madame", "Monsieur", "Docteur", "Maître"]
TEMPLATES = [
    "{civ} {last} a rappelé le service hier.",
    "Le dossier de {civ} {last} est chez le juge.",
    "On a revu {first} à l’accueil, avec la Mission locale.",
    "Après l’entretien, {first} est reparti sans rendez-vous.",
    "Voir avec {civ} {upper} pour la suite.",
    # A name that opens a note: an apposition, where they are from, a list.
    "{first} du CCAS refuse le dossier.",
    "{first}, la voisine, appelle souvent.",
    "{first} de la CAF a rappelé.",
    "{first}, Paul et Inès sont venus à l’accueil.",
    "{first} et sa sœur attendent une réponse.",
]
ORDINARY = [
    "Proposer un café à l’accueil, sans formalisme, quand il appelle.",
    "Lundi, relire la procédure avec l’équipe de la Maison départementale.",
    "Une rose sur le bureau ne change rien à la charge de travail.",
    "Formation aux écrits professionnels en janvier.",
    "Participant A propose un binôme ; l’Animateur·rice note.",
    "Le Conseil départemental finance l’aide sociale à l’enfance.",
    "Demain, la réunion aura lieu à la Maison départementale.",
    "Ensuite, le juge décide ; enfin, la famille est reçue.",
    "Pour la suite, un binôme et un suivi mensuel.",
    "Attention, le dossier de la CAF est incomplet.",
    "Oui, la procédure est longue et le service le sait.",
    "Rappel, les rendez-vous du Département sont le lundi.",
    "Cette semaine, le service a reçu trois familles.",
]


def test_third_parties_are_flagged_and_ordinary_sentences_are_not() -> None:
    rng = random.Random(4)
    for _ in range(300):
        template = rng.choice(TEMPLATES)
        last, first = rng.choice(SURNAMES), rng.choice(FIRST)
        text = template.format(civ=rng.choice(CIVILITY), last=last, first=first, upper=last.upper())
        name = first if "{first}" in template else last.upper() if "{upper}" in template else last
        if template.startswith("{first} et"):
            name = first
        flagged = suspected_names([text])
        assert name in flagged or name.split()[0] in flagged, (text, flagged)
    assert suspected_names(ORDINARY) == []


def test_a_confirmed_third_party_never_reaches_the_releve(store, catalog) -> None:
    clock = FakeClock()
    session = recorded_session(store, catalog, "echanges-pairs", clock)
    store.add_note(session, Note(0, 8, 0, "proposal", "Rappeler Mme Zerbib avant jeudi"), 0)
    data = collect(store, session)
    proposals = [n.text for n in data.notes if n.kind == "proposal"]
    assert "Zerbib" in suspected_names(proposals)
    label = third_party_label("fr")
    text = flat(text_of(synthesis_pdf(data, "fr", Releve(third_parties={"Zerbib": label})))[1])
    assert "Zerbib" not in text and f"Rappeler {label} avant jeudi" in text  # civility too


def test_the_releve_names_whoever_carries_an_action_by_role(store, catalog) -> None:
    session = recorded_session(store, catalog, "codev-anact", FakeClock())  # owner: "Karim"
    text = flat(text_of(synthesis_pdf(collect(store, session), "fr", Releve()))[1])
    assert "Appeler le CCAS un·e consultant·e fin janvier" in text
    assert "Karim" not in text and "Participant" not in text.split("Plan d’action")[1][:80]


def test_the_command_line_writes_no_releve_with_a_name_nobody_confirmed(
    store, catalog, data_dir, tmp_path, capsys
) -> None:
    """Issue 28: `export --anonymize` replaced participants only. Now it lists
    the suspects and writes nothing until each is decided, in a file or all
    at once."""
    import json

    from app.cli import main

    session = recorded_session(store, catalog, "echanges-pairs", FakeClock())
    store.add_note(session, Note(0, 8, 0, "proposal", "Rappeler Mme Zerbib avant jeudi"), 0)
    store.add_note(session, Note(0, 8, 0, "proposal", "Une réunion à Kerlouan en mars"), 0)
    store.close()
    target = tmp_path / "releve.pdf"
    base = ["--data-dir", str(data_dir), "export", str(session), "--pdf", str(target), "--force"]
    assert main([*base, "--anonymize", "--lang", "fr"]) == 2
    said = capsys.readouterr().err
    assert "Zerbib" in said and "Kerlouan" in said and "nothing was written" in said
    assert not target.exists()
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"Zerbib": "replace", "Kerlouan": "keep"}), encoding="utf-8")
    assert main([*base, "--anonymize", "--third-parties", str(decisions), "--lang", "fr"]) == 0
    text = flat(text_of(target.read_bytes())[1])
    assert "Zerbib" not in text and "Rappeler une tierce personne avant jeudi" in text
    assert "à Kerlouan en mars" in text  # kept, as decided
    assert main([*base, "--anonymize", "--accept-suggestions", "--lang", "fr"]) == 0
    text = flat(text_of(target.read_bytes())[1])
    assert "Zerbib" not in text and "Kerlouan" not in text
    decisions.write_text('{"Zerbib": "maybe"}', encoding="utf-8")
    assert main([*base, "--anonymize", "--third-parties", str(decisions)]) == 2
    assert "replace" in capsys.readouterr().err


def test_the_service_bilan_replaces_the_names_decided_in_its_cycles_titles() -> None:
    """Issue 28: the service bilan's only words a group wrote are its cycles'
    titles; a name there is suggested, and replaced once decided (civility
    with it); a place kept stays; the group's own name is not a suspect."""
    from pypdf import PdfReader

    from app.export.service_bilan import service_bilan_pdf, service_bilan_third_parties
    from app.server.rules import GroupYear

    group = GroupYear(
        "Groupe Kerouac", ["Cycle de Mme Kerbrat à Kerlouan", "Cycle Zerbib"], 3, 6.0,
        6.0, 15, 2, 1, 3, 2, [20, 30], 4, {"useful": 4.2},
    )  # fmt: skip
    assert service_bilan_third_parties([group]) == ["Kerbrat", "Kerlouan", "Zerbib"]
    decided = {"Kerbrat": "une tierce personne", "Zerbib": "une tierce personne"}
    pdf = service_bilan_pdf(2027, [group], "fr", decided)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Kerbrat" not in text and "Zerbib" not in text and "Mme une" not in text
    assert "Cycle de une tierce personne à Kerlouan" in text and "Groupe Kerouac" in text
    unattended = service_bilan_pdf(2027, [group], "fr")  # every suspect replaced
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(unattended)).pages).split()
    )
    assert "Kerlouan" not in text and "Kerbrat" not in text
