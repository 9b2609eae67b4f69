"""A group's hand-over file: its format, sealed with a passphrase (AES-GCM, the
key drawn from the passphrase by scrypt), and what makes a file unreadable.
Pure: bytes in, a payload out; the store's rows are read and written by
:mod:`app.handover.store`."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from typing import Any

MAGIC = b"TDTGROUP\x01"
FORMAT = 1


class TransferError(ValueError):
    """A group file that cannot be imported; ``reason`` says why, for the message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "not_a_group_file", "wrong_or_altered", "group_exists", "bad_name"


GROUP_NAME_MAX = 80  # the new-session form's limit (app.session.rules.setup.MAX_NAME)


def group_name(name: str) -> str:
    """The name a group is imported under: spaces tidied, 1 to GROUP_NAME_MAX
    characters; otherwise refused in words, never cut nor left empty."""
    tidy = " ".join(name.split())
    if not tidy or len(tidy) > GROUP_NAME_MAX:
        raise TransferError("bad_name")
    return tidy


def _key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, maxmem=64 * 2**20, dklen=32
    )


def seal(payload: dict[str, Any], passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 9)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, plain, MAGIC)


def unseal(data: bytes, passphrase: str) -> dict[str, Any]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 28 + 16:
        raise TransferError("not_a_group_file")
    salt = data[len(MAGIC) : len(MAGIC) + 16]
    nonce = data[len(MAGIC) + 16 : len(MAGIC) + 28]
    try:
        plain = AESGCM(_key(passphrase, salt)).decrypt(nonce, data[len(MAGIC) + 28 :], MAGIC)
        payload = json.loads(zlib.decompress(plain))
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise TransferError("wrong_or_altered") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise TransferError("not_a_group_file")
    return payload
