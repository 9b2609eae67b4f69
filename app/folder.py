"""The data folder and its files: private to the owner, and the names of
what the store keeps beside its database."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import StoreError, StoreProblem, classify

DB_NAME = "tourdetable.db"
LOCK_NAME = "tourdetable.lock"
CLEAN_NAME = "tourdetable.clean"  # present only between a clean close and the next open
# Present when the store is encrypted (SQLCipher): it is then never taken for a
# damaged file, and the app asks for the passphrase before opening it.
ENCRYPTED_NAME = "tourdetable.encrypted"


def write_private(path: Path, content: str) -> None:
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
    except OSError:
        pass  # only costs a deep check at the next start


def ensure_private_dir(folder: Path) -> None:
    """Create the folder for the owner alone, or tighten one that is too open."""
    try:
        _ensure_private_dir(folder)
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte
        raise StoreError(StoreProblem.CANNOT_CREATE, folder, str(exc)) from exc


def _ensure_private_dir(folder: Path) -> None:
    if folder.is_symlink() and not folder.exists():
        raise StoreError(StoreProblem.CANNOT_CREATE, folder, "dangling link")
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise StoreError(classify(exc, StoreProblem.CANNOT_CREATE), folder, str(exc)) from exc
    elif not folder.is_dir():
        raise StoreError(StoreProblem.NOT_A_FOLDER, folder)
    tighten(folder, 0o700)


def tighten(path: Path, mode: int) -> None:
    try:
        if path.exists() and path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)  # mkdir's and open's modes are filtered by the umask
    except OSError:
        pass  # not ours to change (a shared drive): the files are still written
