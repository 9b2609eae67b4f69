"""A TCP proxy between a laptop and the throwaway server, that fails as real
networks do (issue 27): it listens on 127.0.0.1 and forwards to the server's
Unix socket, and it can

- ``freeze()``: stop forwarding without closing anything, as a Wi-Fi behind a
  NAT or a sleeping laptop does (the sockets stay open, nothing gets through);
- ``cut()``: close every connection through it, and refuse new ones (a link
  that drops and stays down);
- ``heal()``: forward again, and take new connections.

One thread moves the bytes with a selector; nothing here sleeps.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from pathlib import Path


def socket_of(folder: Path, port: int) -> Path:
    """Where PostgreSQL listens in a socket folder."""
    return folder / f".s.PGSQL.{port}"


class Proxy:
    def __init__(self, server_socket: Path) -> None:
        self._target = str(server_socket)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ, None)
        self._pairs: dict[socket.socket, socket.socket] = {}
        self._frozen = False
        self._down = False  # cut: new connections closed as they come
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._running = True
        self._thread = threading.Thread(target=self._run, name="proxy", daemon=True)
        self._thread.start()

    def url(self, user: str, password: str, database: str) -> str:
        return (
            f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"
            "?sslmode=disable"
        )

    # -- the faults -------------------------------------------------------------

    def freeze(self) -> None:
        with self._lock:
            self._frozen = True
        self._poke()

    def heal(self) -> None:
        with self._lock:
            self._frozen = False
            self._down = False
        self._poke()

    def cut(self) -> None:
        with self._lock:
            self._down = True
            for sock in list(self._pairs):
                self._drop(sock)
        self._poke()

    def close(self) -> None:
        self._running = False
        self._poke()
        self._thread.join(timeout=5)
        with self._lock:
            for sock in list(self._pairs):
                self._drop(sock)
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()

    # -- the forwarding ---------------------------------------------------------

    def _poke(self) -> None:
        self._wake_w.send(b"x")

    def _run(self) -> None:
        while self._running:
            for key, _mask in self._selector.select(timeout=1.0):
                if key.data == "wake":
                    self._wake_r.recv(4096)
                    self._watch()
                elif key.data is None:
                    self._accept()
                else:
                    self._forward(key.fileobj)  # type: ignore[arg-type]

    def _watch(self) -> None:
        """Frozen: the sockets are no longer read (so nothing is forwarded,
        and TCP's windows fill), but none is closed."""
        with self._lock:
            frozen = self._frozen
            for sock in self._pairs:
                try:
                    self._selector.get_key(sock)
                    watched = True
                except KeyError:
                    watched = False
                if frozen and watched:
                    self._selector.unregister(sock)
                elif not frozen and not watched:
                    self._selector.register(sock, selectors.EVENT_READ, "pair")

    def _accept(self) -> None:
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        if self._down:
            client.close()
            return
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            upstream.connect(self._target)
        except OSError:
            client.close()
            upstream.close()
            return
        with self._lock:
            self._pairs[client] = upstream
            self._pairs[upstream] = client
            if not self._frozen:
                self._selector.register(client, selectors.EVENT_READ, "pair")
                self._selector.register(upstream, selectors.EVENT_READ, "pair")

    def _forward(self, sock: socket.socket) -> None:
        with self._lock:
            other = self._pairs.get(sock)
            if other is None or self._frozen:
                return
            try:
                data = sock.recv(65536)
                if data:
                    other.sendall(data)
                    return
            except OSError:
                pass
            self._drop(sock)

    def _drop(self, sock: socket.socket) -> None:
        other = self._pairs.pop(sock, None)
        for s in (sock, other):
            if s is None:
                continue
            self._pairs.pop(s, None)
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(s)
            s.close()
