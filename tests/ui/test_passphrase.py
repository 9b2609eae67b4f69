"""Protecting the sessions with a passphrase from home, and the app asking for it
at the next start (again when wrong; nothing opened when the user gives up)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db.encryption import encryption_available
from app.folder import ENCRYPTED_NAME
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from ui import main as app_main
from ui.home import passphrase_dialog

pytestmark = pytest.mark.skipif(not encryption_available(), reason="no SQLCipher here")
GOOD = "trois mots au hasard"


def test_the_sessions_are_protected_and_opened_again(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    session = store.create_session(make_setup(catalog), clock.wall())
    store.add_note(session, Note(0, 0, None, "note", "Une confidence du groupe"), 0)
    tdt.show_home()
    qtbot.mouseClick(tdt.home.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = tdt.home.passphrase
    assert dialog.state.text() == "Les séances ne sont pas protégées."
    for new, again, ticked, error in (
        ("court", "court", True, "au moins"),
        (GOOD, GOOD + "!", True, "diffèrent"),
        (GOOD, GOOD, False, "Cochez"),
    ):
        dialog.new.setText(new)
        dialog.repeat.setText(again)
        dialog.understood.setChecked(ticked)
        qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
        assert error in dialog.error.text() and not store.encrypted
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
    assert store.encrypted and dialog.error.text() == ""
    folder = store.path.parent
    assert (folder / ENCRYPTED_NAME).exists()
    data = b"".join(p.read_bytes() for p in folder.glob("tourdetable.db*"))
    assert b"Une confidence du groupe" not in data
    assert dialog.remove_button.isVisible()
    store.close()

    # The next start: a wrong passphrase is asked again, the right one opens it.
    given = iter(["pas la bonne", GOOD])
    asked: list[bool] = []

    def ask(_parent, _folder, again):
        asked.append(again)
        return next(given)

    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", ask)
    reopened = app_main.open_store(folder)
    assert asked == [False, True] and reopened is not None
    assert [n.text for n in reopened.notes(session)] == ["Une confidence du groupe"]
    reopened.close()
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *_a: None)
    assert app_main.open_store(folder) is None  # given up: nothing opened, nothing changed
    again = Store.open(folder, passphrase=GOOD)
    again.protect(None)
    again.close()
    assert not (folder / ENCRYPTED_NAME).exists()
