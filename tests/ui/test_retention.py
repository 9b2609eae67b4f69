"""A retention rule: groups with no session for so many months are offered for
deletion, deleted only once ticked and confirmed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from tests.conftest import make_setup
from ui import settings
from ui.home.retention_dialog import RetentionDialog

YEAR = 365 * 86400


def held(store, catalog, clock, group: str) -> int:
    setup = make_setup(catalog)
    setup = type(setup)(group, setup.protocol, setup.participants, setup.cases)
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    live.start()
    store.add_note(live.id, Note(0, 2, 0, "question", f"Une question secrète de {group}"), 0)
    live.end()
    return live.id


def test_old_groups_are_offered_and_deleted_once_confirmed(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    clock.wall_now -= 3 * YEAR  # this group met three years ago, and not since
    held(store, catalog, clock, "Groupe ancien")
    clock.wall_now += 3 * YEAR
    held(store, catalog, clock, "Groupe actif")
    settings.set_number(settings.RETENTION_MONTHS, 24)
    tdt.show_home()
    home = tdt.home
    qtbot.waitUntil(lambda: "1 groupe(s) sans séance depuis 24 mois" in home.notice.text())

    qtbot.mouseClick(home.retention_button, Qt.MouseButton.LeftButton)
    dialog = home.retention
    assert dialog.months.value() == 24 and dialog.groups.count() == 1
    item = dialog.groups.item(0)
    assert item.text().startswith("Groupe ancien — dernière séance le ")
    monkeypatch.setattr(RetentionDialog, "confirm", staticmethod(lambda _p, _g: True))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert sorted(store.groups()) == ["Groupe actif", "Groupe ancien"]  # nothing ticked
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert store.groups() == ["Groupe actif"]
    assert dialog.groups.count() == 0
    data = b"".join(p.read_bytes() for p in store.path.parent.glob("tourdetable.db*"))
    assert b"Groupe ancien" not in data and "secrète de Groupe ancien".encode() not in data

    dialog.months.setValue(0)  # never: nothing offered, and remembered so
    assert settings.number(settings.RETENTION_MONTHS) == 0 and not dialog.delete_button.isEnabled()
