"""A person erased through the command line: every replacement shown before it
happens, and only whole names replaced (issue 29: erase-person changed
"Marie-Galante", "Saint-Pierre" and another member called Marie, and left
"Rose" after a ";")."""

from __future__ import annotations

import pytest

from app.cli import main
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup

NAMES = ["Anne Facil", "Marie Dupont", "Marie Durand", "Rose Pierre", "Bruno Tessier"]
TEXTS = [
    "Séjour à Marie-Galante avec Marie Durand; Marie Dupont reviendra",
    "Saint-Pierre et Miquelon; Rose viendra avec Mme Dupont",
    "Jean-Marie et la rose des vents",
]


@pytest.fixture
def group(store: Store, catalog, clock) -> int:
    session_id = store.create_session(make_setup(catalog, names=NAMES), clock.wall())
    for i, text in enumerate(TEXTS):
        store.add_note(session_id, Note(0, 3, 0, "question", text), i)
    return session_id


def _notes(store: Store, session_id: int) -> list[str]:
    return [n.text for n in store.notes(session_id)]


def test_erase_person_shows_each_replacement_and_asks_first(
    store: Store, group: int, monkeypatch, capsys
) -> None:
    data = ["--data-dir", str(store.path.parent)]
    store.close()
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main([*data, "erase-person", "Groupe Alpha", "Marie Dupont", "--lang", "fr"]) == 1
    out = capsys.readouterr().out
    assert "Marie Dupont is named in 2 text(s) of Groupe Alpha" in out
    assert "→ …Marie-Galante avec Marie Durand; ancien·ne membre reviendra" in out
    assert "→ …et Miquelon; Rose viendra avec ancien·ne membre" in out
    assert "nothing was erased" in out
    again = Store.open(store.path.parent)
    try:
        assert _notes(again, group) == TEXTS  # asked, refused: nothing changed
    finally:
        again.close()


def test_erase_person_replaces_whole_names_and_nothing_else(store: Store, group: int) -> None:
    data = ["--data-dir", str(store.path.parent)]
    store.close()
    for name in ("Marie Dupont", "Rose Pierre"):
        assert main([*data, "erase-person", "Groupe Alpha", name, "--yes", "--lang", "fr"]) == 0
    again = Store.open(store.path.parent)
    try:
        assert _notes(again, group) == [
            "Séjour à Marie-Galante avec Marie Durand; ancien·ne membre reviendra",
            "Saint-Pierre et Miquelon; ancien·ne membre viendra avec ancien·ne membre",
            "Jean-Marie et la rose des vents",
        ]
        names = {p.name for p in again.load(group).people}
        assert {"Marie Durand", "Bruno Tessier", "ancien·ne membre"} <= names
        assert "Marie Dupont" not in names and "Rose Pierre" not in names
    finally:
        again.close()
