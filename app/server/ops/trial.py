"""Trying a server's address before it is kept: one connection opened and
closed. The app's start hands it to home's server dialog, which never reaches
the store's engine itself."""

from __future__ import annotations

from app.db.server import connect
from app.server.rules import parse


def try_server(*, url: str, password: str) -> None:
    """One connection opened and closed: StoreError says why it failed."""
    address = parse(url)
    connect(address, password or address.password).close()
