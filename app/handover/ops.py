"""Handing a group over to another computer: the whole group in one file
sealed with a passphrase, and the same file read back into this store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.files import check_outside, write_atomically
from app.handover.rules import read_sealed, seal, unseal

if TYPE_CHECKING:
    from pathlib import Path

    from app.session.store import Store


def export_group_file(store: Store, *, group_id: int, passphrase: str, path: Path) -> Path:
    """The whole group in one file encrypted with ``passphrase``, for another computer."""
    check_outside(path, store.data_folder)
    write_atomically(seal(store.export_group(group_id), passphrase), path)
    return path


def import_group_file(store: Store, *, path: Path, passphrase: str, name: str | None = None) -> int:
    """A group handed over, under its name (or ``name``); its new id. An altered file,
    a wrong passphrase or a group of that name already here: refused, nothing written."""
    return store.import_group(unseal(read_sealed(path), passphrase), name)


def group_in_file(*, path: Path, passphrase: str) -> str:
    """The name of the group a hand-over file holds (it is read whole, and checked)."""
    [group] = unseal(read_sealed(path), passphrase).tables["groups"]
    return str(group["name"])
