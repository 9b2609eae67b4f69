"""Where a server's password is kept: the system's own keyring (Windows Credential
Manager, macOS Keychain, Secret Service), never a settings file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from app.server.rules import ServerAddress

KEYRING_SERVICE = "tourdetable"


def keyring_password(address: ServerAddress) -> str | None:
    """The password the system keeps for this server (Windows Credential
    Manager, macOS Keychain, Secret Service); None when it keeps none."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_name)
    except (KeyringError, RuntimeError):
        return None


def remember_password(address: ServerAddress, password: str) -> None:
    """The password to the system's keyring; StoreError when it has none."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, address.keyring_name, password)
        except (KeyringError, RuntimeError) as exc:
            raise StoreError(StoreProblem.NO_KEYRING, address.as_path(), str(exc)) from exc
    except ImportError as exc:
        raise StoreError(StoreProblem.NO_KEYRING, address.as_path(), str(exc)) from exc
