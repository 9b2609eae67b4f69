"""Setting where the sessions are kept: the URL checked by the core's own rules
(TLS, a user and a database), the connection tried, the password given to the
system's keyring (never to a settings file)."""

from __future__ import annotations

from app.secrets import remember_password
from app.server.rules import parse


def check_server(*, url: str) -> None:
    """StoreError when the URL names no server the app may use (no TLS for a
    distant one, no user or database)."""
    parse(url)


def keep_password(*, url: str, password: str) -> None:
    """The password in the system's keyring, under the server's name."""
    if password:
        remember_password(parse(url), password)
