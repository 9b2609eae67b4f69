"""Optional encryption of the store (SQLCipher): a round trip, a wrong or missing
passphrase that changes nothing, and the protection taken off again."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app import cli
from app.db.encryption import encryption_available
from app.errors import StoreError, StoreProblem
from app.folder import ENCRYPTED_NAME
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.helpers.clock import FakeClock
from tests.sessions import recorded_session

pytestmark = pytest.mark.skipif(not encryption_available(), reason="no SQLCipher here")
SECRET = "Le dossier de Mme Zerbib est chez le juge"
PASSPHRASE = "un « cheval » correct, l'agrafe"


def files(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob("tourdetable.db*")))


def digest(folder) -> str:
    return hashlib.sha256(files(folder)).hexdigest()


def test_an_encrypted_store_round_trip(tmp_path, catalog, capsys, monkeypatch) -> None:
    folder = tmp_path / "data"
    clock = FakeClock()
    store = Store.open(folder)
    session = recorded_session(store, catalog, "codev-anact", clock)
    store.add_note(session, Note(0, 3, 0, "question", SECRET), 0)
    assert SECRET.encode() in files(folder)  # plain text, before
    store.protect(PASSPHRASE)
    assert store.encrypted and (folder / ENCRYPTED_NAME).exists()
    assert SECRET.encode() not in files(folder) and b"Zerbib" not in files(folder)
    store.add_note(session, Note(0, 4, 0, "note", "écrit après le chiffrement"), 0)
    store.close()

    before = digest(folder)
    with pytest.raises(StoreError) as missing:
        Store.open(folder)
    assert missing.value.problem is StoreProblem.NEEDS_PASSPHRASE
    with pytest.raises(StoreError) as wrong:
        Store.open(folder, passphrase="pas la bonne")
    assert wrong.value.problem is StoreProblem.WRONG_PASSPHRASE
    assert digest(folder) == before  # untouched: never taken for a damaged file
    assert not list(folder.glob("*.corrupt-*"))

    (folder / "tourdetable.clean").unlink(missing_ok=True)  # as after a crash: deep check
    store = Store.open(folder, passphrase=PASSPHRASE)
    texts = [n.text for n in store.notes(session)]
    assert SECRET in texts and "écrit après le chiffrement" in texts
    live = LiveSession(store, session, clock)
    assert live.engine.ended
    store.close()

    # The command line reads it with the passphrase from the environment.
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    assert cli.main(["--data-dir", str(folder), "sessions", "--json"]) == 0
    assert '"id": 1' in capsys.readouterr().out

    store = Store.open(folder, passphrase=PASSPHRASE)
    store.protect(None)  # the protection taken off
    store.close()
    assert not (folder / ENCRYPTED_NAME).exists()
    plain = sqlite3.connect(folder / "tourdetable.db")
    assert plain.execute("SELECT count(*) FROM notes WHERE text = ?", (SECRET,)).fetchone() == (1,)
    plain.close()
    monkeypatch.delenv(cli.ENV_PASSPHRASE)
    store = Store.open(folder)
    assert SECRET in [n.text for n in store.notes(session)]
    store.close()


def test_a_failed_encryption_leaves_the_store_as_it_was(tmp_path, catalog, monkeypatch) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    session = recorded_session(store, catalog, "rex", FakeClock())
    import app.db.encryption as encryption

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(encryption.os, "replace", full)
    with pytest.raises(StoreError) as failed:
        store.protect(PASSPHRASE)
    assert failed.value.problem is StoreProblem.DISK_FULL
    assert not (folder / ENCRYPTED_NAME).exists() and not store.encrypted
    assert store.notes(session)  # still open, still plain
    store.add_note(session, Note(0, 1, 0, "note", "encore là"), 0)
    store.close()
    assert Store.open(folder).notes(session)[-1].text == "encore là"
