"""Launching a group (seed 001): the framing note is kept per group, replaced
whole, deleted with its group and erased with a person; the framing note and
the invitation are one page each, read back from the PDF, from the operations
and from the command line."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import msgspec
import pytest
from pypdf import PdfReader

from app.cli import main
from app.errors import Missing
from app.group.ops.framing import framing_facts, framing_paper, save_framing_note
from app.group.rules import FramingNote, InvalidEntry
from app.protocols import Catalog
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers.clock import FakeClock

pytestmark = pytest.mark.both_engines

NOTE = FramingNote(
    origin="Demande des agents de l’accueil après une année de fortes tensions",
    objectives="Prendre du recul\nPartager les savoir-faire entre sites",
    perimeter="Les agents d’accueil des trois sites du Nord",
    themes="L’accueil des publics en colère\nLes appels répétés",
    facilitation="pair",
    facilitators="Anne Facil et Marc Dupin",
    size_low=8,
    size_high=10,
    diversity_met=("age", "functions"),
    resource_people="Médecin du travail",
    contact="Anne Facil, poste 4412, avant le 15 janvier",
)


def pages_and_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def group_id(store: Store, catalog: Catalog, clock: FakeClock) -> int:
    store.create_session(make_setup(catalog), clock.wall())
    group = store.cycles.group_ids()[0][0]
    cycle = store.cycles.create_cycle(group, "codev-anact", "2027", 6, clock.wall())
    store.cycles.plan(cycle, 1, "2027-01-15", "09:30", 150, "Salle B")
    store.cycles.plan(cycle, 2, "2027-02-12", "14:00", 150, "")
    return group


def test_the_note_is_kept_per_group_and_replaced_whole(store: Store, group_id, clock) -> None:
    assert store.framing.framing_note(group_id) is None
    save_framing_note(store, group_id=group_id, note=NOTE, wall=clock.wall())
    assert store.framing.framing_note(group_id) == NOTE
    shorter = FramingNote(origin="  Autre origine ")
    save_framing_note(store, group_id=group_id, note=shorter, wall=clock.wall())
    assert store.framing.framing_note(group_id) == FramingNote(origin="Autre origine")
    with pytest.raises(InvalidEntry):
        save_framing_note(
            store, group_id=group_id, note=FramingNote(size_low=40), wall=clock.wall()
        )
    assert store.framing.framing_note(group_id) == FramingNote(origin="Autre origine")
    with pytest.raises(Missing):
        save_framing_note(store, group_id=group_id + 99, note=NOTE, wall=clock.wall())


def test_the_note_goes_with_its_group(store: Store, group_id, clock) -> None:
    save_framing_note(store, group_id=group_id, note=NOTE, wall=clock.wall())
    store.cycles.delete_group(group_id)
    assert store.rows("SELECT count(*) FROM framing_notes") == [(0,)]


def test_the_papers_say_what_the_note_and_the_group_say(store: Store, group_id, clock) -> None:
    save_framing_note(store, group_id=group_id, note=NOTE, wall=clock.wall())
    facts = framing_facts(store, group_id=group_id, lang="fr")
    assert facts.size == (8, 10) and [d.day for d in facts.dates] == ["2027-01-15", "2027-02-12"]
    assert facts.method == "Co-développement (ANACT)"
    pages, note = pages_and_text(framing_paper(store, group_id=group_id, paper="note", lang="fr"))
    assert pages == 1
    for said in (
        "Note de cadrage",
        "Origine de la démarche",
        "Demande des agents",
        "Partager les savoir-faire entre sites",
        "Les agents d’accueil des trois sites du Nord",
        "Les appels répétés",
        "Animation en binôme",
        "Anne Facil et Marc Dupin",
        "Respect des propos d’autrui",  # no rules written: the seed's
        "15 janvier 2027 à 09:30 (150 min), Salle B",
        "12 février 2027 à 14:00 (150 min)",
        "Un groupe de 8 à 10 personnes volontaires",
        "âge, ancienneté, sexe, statut, fonctions exercées",
        "(jamais par personne) : âge, fonctions exercées",
        "Médecin du travail",
    ):
        assert said in note, said
    pages, invitation = pages_and_text(
        framing_paper(store, group_id=group_id, paper="invitation", lang="fr")
    )
    assert pages == 1
    for said in (
        "Invitation",
        "Demande des agents",
        "Les appels répétés",
        "Animation en binôme",
        "15 janvier 2027",
        "volontariat",
        "Pour participer : Anne Facil, poste 4412, avant le 15 janvier",
        "Confidentialité",
        "sans aucun nom",
    ):
        assert said in invitation, said
    assert "Médecin du travail" not in invitation  # the note's, not the agents'


def test_an_empty_note_prints_what_is_to_be_set_in_english(store: Store, group_id) -> None:
    pages, note = pages_and_text(framing_paper(store, group_id=group_id, paper="note", lang="en"))
    assert pages == 1
    assert "Framing note" in note and note.count("To be set.") == 5  # origin … facilitation
    assert "A group of 5 to 8 volunteers" in note  # the method's advice
    assert "Not yet checked for the group" in note
    _, invitation = pages_and_text(
        framing_paper(store, group_id=group_id, paper="invitation", lang="en")
    )
    assert "Taking part is voluntary" in invitation and "To take part" not in invitation


def test_a_note_too_long_for_a_page_is_cut_with_a_marker(store: Store, group_id, clock) -> None:
    lines = "\n".join(f"Objectif {i} : " + "mot " * 60 for i in range(40))
    save_framing_note(
        store, group_id=group_id, note=FramingNote(objectives=lines, themes=lines), wall=0
    )
    for paper in ("note", "invitation"):
        pages, text = pages_and_text(
            framing_paper(store, group_id=group_id, paper=paper, lang="fr")  # type: ignore[arg-type]
        )
        assert pages == 1 and "… (suite dans la note complète)" in text


def test_a_group_with_no_cycle_has_no_dates_yet(store: Store, catalog, clock) -> None:
    store.create_session(make_setup(catalog), clock.wall())
    group = store.cycles.group_ids()[0][0]
    _, text = pages_and_text(framing_paper(store, group_id=group, paper="invitation", lang="fr"))
    assert "Les dates seront fixées avec le groupe à la première séance" in text


def test_erasing_a_person_takes_their_name_from_this_groups_note_only(
    store: Store, catalog, clock
) -> None:
    from app.group.ops.actions import add_member, erase_person

    for name in ("Nord", "Sud"):
        store.create_session(msgspec.structs.replace(make_setup(catalog), group=name), 0)
    north, south = (store.cycles.group_id(name) for name in ("Nord", "Sud"))
    add_member(store, group_id=north, name="Fatou Keïta", wall=clock.wall())
    with_fatou = FramingNote(facilitators="Fatou Keïta et Anne", contact="Fatou Keïta")
    for group in (north, south):
        save_framing_note(store, group_id=group, note=with_fatou, wall=clock.wall())
    fatou = next(m for m in store.members.members(north) if m.name == "Fatou Keïta")
    erase_person(store, group_id=north, member_id=fatou.id, lang="fr", wall=clock.wall())
    erased = store.framing.framing_note(north)
    assert erased is not None and "Fatou" not in erased.facilitators + erased.contact
    assert "Anne" in erased.facilitators
    assert store.framing.framing_note(south) == with_fatou  # another group's record


def test_the_command_line_writes_both_papers(store: Store, group_id, data_dir, tmp_path, capsys):
    if not store.path.is_relative_to(data_dir):
        pytest.skip("the command line's local store")
    save_framing_note(store, group_id=group_id, note=NOTE, wall=0)
    name = store.cycles.group_name(group_id)
    store.close()
    note, invitation = tmp_path / "cadrage.pdf", tmp_path / "invitation.pdf"
    argv = ["--data-dir", str(data_dir), "framing", name, "--note", str(note)]
    assert main([*argv, "--invitation", str(invitation), "--lang", "fr"]) == 0
    assert pages_and_text(note.read_bytes())[0] == 1
    assert "Pour participer" in pages_and_text(invitation.read_bytes())[1]
    assert main(["--data-dir", str(data_dir), "framing", name]) == 2
    assert "needs --note PATH or --invitation PATH" in capsys.readouterr().err
    other = tmp_path / "autre.pdf"
    assert main(["--data-dir", str(data_dir), "framing", "Personne", "--note", str(other)]) == 2
    assert "no group named 'Personne'" in capsys.readouterr().err


def test_the_printed_day_is_the_day_of_printing(store: Store, group_id) -> None:
    pdf = framing_paper(store, group_id=group_id, paper="note", lang="fr", today=date(2027, 3, 4))
    assert "Tour de table · Note de cadrage · imprimée le 04/03/2027" in pages_and_text(pdf)[1]


def test_erasing_a_person_reaches_follow_up_places_and_titles(store: Store, catalog, clock):
    """Issue 28: the name stayed in a session's follow-up text, the calendar's
    place and a cycle's title; on a server, in dead rows until a vacuum."""
    from app.group.ops.actions import add_member, erase_person

    session_id = store.create_session(make_setup(catalog), clock.wall())
    group = store.cycles.group_ids()[0][0]
    add_member(store, group_id=group, name="Fatou Keïta", wall=clock.wall())
    store.correct_case(session_id, [], "Revoir avec Fatou Keïta le mois prochain")
    cycle = store.cycles.create_cycle(group, "codev-anact", "Cycle de Fatou Keïta", 6, 0)
    store.cycles.plan(cycle, 1, "2027-01-15", "09:30", 150, "Bureau de Fatou Keïta")
    fatou = next(m for m in store.members.members(group) if m.name == "Fatou Keïta")
    erase_person(store, group_id=group, member_id=fatou.id, lang="fr", wall=clock.wall())
    texts = [
        store.load(session_id).follow_up,
        store.cycles.cycles(group)[0].title,
        store.cycles.calendar(cycle)[0].place,
    ]
    assert not any("Fatou" in text or "Keïta" in text for text in texts), texts
    assert "Revoir avec" in texts[0] and texts[1].startswith("Cycle de")
    if store.on_server:  # no dead row keeps the old text in the tables' files
        [(folder,)] = store.rows("SHOW data_directory")
        [(database,)] = store.rows("SELECT oid FROM pg_database WHERE datname = current_database()")
        tables = Path(folder) / "base" / str(database)
        for path in tables.iterdir():
            if path.is_file():
                assert "Keïta".encode() not in path.read_bytes(), path.name
