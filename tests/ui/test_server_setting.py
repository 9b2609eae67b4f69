"""Where the sessions are kept, chosen on home: the server's address in the
settings, its password in the keyring (never in the settings file), a URL that
would send sessions unencrypted refused, and the next start on the server."""

from __future__ import annotations

from app.secrets import KEYRING_SERVICE
from app.server.rules import parse
from tests.helpers import postgres
from ui import settings


def test_the_server_is_chosen_on_home_and_its_password_kept_apart(
    qtbot, tdt, server_url, memory_keyring, fresh_settings
) -> None:
    url = server_url.replace(f":{postgres.PASSWORD}@", "@")
    dialog = tdt.home.choose_server()
    qtbot.waitUntil(dialog.isVisible)
    dialog.server.setChecked(True)
    dialog.url.setText("postgresql+psycopg://anne@pg.service.fr/tdt?sslmode=disable")
    dialog.save()  # unencrypted to a distant server: refused, said, nothing kept
    assert "chiffrée" in dialog.status.text() and settings.text(settings.DATABASE_URL) == ""
    dialog.url.setText(url)
    dialog.password.setText("wrong")
    assert not dialog.try_connection() and "refusé" in dialog.status.text()
    dialog.password.setText(postgres.PASSWORD)
    assert dialog.try_connection()
    dialog.save()
    assert settings.text(settings.DATABASE_URL) == url
    assert memory_keyring.get_password(KEYRING_SERVICE, parse(url).keyring_name) == (
        postgres.PASSWORD
    )
    written = "".join(p.read_text() for p in fresh_settings.rglob("*.ini"))
    assert postgres.PASSWORD not in written and "pg" in written  # the address, not the secret
    assert "prochain démarrage" in tdt.home.notice.text()


def test_a_computer_without_a_keyring_is_told_and_nothing_is_kept(qtbot, tdt, monkeypatch) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        dialog = tdt.home.choose_server()
        qtbot.waitUntil(dialog.isVisible)
        dialog.server.setChecked(True)
        dialog.url.setText("postgresql+psycopg://anne@localhost/tdt")
        dialog.password.setText("secret")
        dialog.save()
        assert "trousseau" in dialog.status.text() and dialog.isVisible()
        assert settings.text(settings.DATABASE_URL) == ""
        dialog.close()
    finally:
        keyring.set_keyring(before)
