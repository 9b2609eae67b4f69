"""A laptop's road to the throwaway server: through a proxy that can freeze,
cut and heal, as a Wi-Fi behind a NAT does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.server.rules import parse
from tests.helpers.proxy import Proxy, socket_of


@pytest.fixture
def proxy(pg_server) -> Iterator[Proxy]:
    through = Proxy(socket_of(pg_server.folder, pg_server.port))
    yield through
    through.close()


@pytest.fixture
def laptop_url(proxy, server_url) -> str:
    """The test's database, reached through the proxy, as a laptop reaches it."""
    address = parse(server_url)
    return proxy.url(address.user, address.password or "", address.database)
