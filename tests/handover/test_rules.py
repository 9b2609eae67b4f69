"""A group's hand-over file (app/handover/rules.py), one test per rule: sealed
with a passphrase, refused whole when it is not one, altered or opened with the
wrong passphrase."""

from __future__ import annotations

import json
import os
import zlib

import pytest

from app.handover.rules import FORMAT, MAGIC, TransferError, _key, seal, unseal

EXPECTED_KEY = "efc02791dda8aad84f7779aa660a0a64b367f31742458695fad76aa31f7f7383"
PAYLOAD = {"format": FORMAT, "tables": {"groups": [{"id": 1, "name": "Les Tilleuls"}]}}


def _reason(data: bytes, passphrase: str = "une phrase") -> str:
    with pytest.raises(TransferError) as refused:
        unseal(data, passphrase)
    return refused.value.reason


def test_rule_the_file_format_is_version_1() -> None:
    assert FORMAT == 1 and PAYLOAD["format"] == 1


def test_rule_a_sealed_file_opens_with_its_passphrase() -> None:
    sealed = seal(PAYLOAD, "une phrase")
    assert sealed.startswith(MAGIC) and MAGIC == b"TDTGROUP\x01"
    assert unseal(sealed, "une phrase") == PAYLOAD
    assert b"Tilleuls" not in sealed  # encrypted, not merely compressed


def test_rule_each_seal_draws_its_own_salt_and_nonce() -> None:
    assert seal(PAYLOAD, "une phrase") != seal(PAYLOAD, "une phrase")


def test_rule_a_wrong_passphrase_or_an_altered_byte_is_refused_as_such() -> None:
    sealed = seal(PAYLOAD, "une phrase")
    assert _reason(sealed, "une autre") == "wrong_or_altered"
    for at in (len(MAGIC), len(MAGIC) + 20, len(sealed) - 1):
        altered = bytearray(sealed)
        altered[at] ^= 1
        assert _reason(bytes(altered)) == "wrong_or_altered", at


def test_rule_a_file_without_the_mark_or_too_short_is_no_group_file() -> None:
    sealed = seal(PAYLOAD, "une phrase")
    assert _reason(b"PK\x03\x04" + sealed[4:]) == "not_a_group_file"
    assert _reason(MAGIC + bytes(43)) == "not_a_group_file"
    # The shortest file worth decrypting: the mark, salt, nonce and tag of nothing.
    assert _reason(MAGIC + bytes(44)) == "wrong_or_altered"
    assert _reason(b"") == "not_a_group_file"


def _sealed_raw(content: bytes, passphrase: str = "une phrase") -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, content, MAGIC)


def test_rule_a_sealed_content_of_another_format_is_no_group_file() -> None:
    assert _reason(_sealed_raw(zlib.compress(json.dumps({"format": 2}).encode()))) == (
        "not_a_group_file"
    )
    assert _reason(_sealed_raw(zlib.compress(b"[1, 2]"))) == "not_a_group_file"
    for older in (0, None):
        sealed = _sealed_raw(zlib.compress(json.dumps({"format": older}).encode()))
        assert _reason(sealed) == "not_a_group_file"


def test_rule_a_sealed_content_that_is_not_compressed_json_is_altered() -> None:
    assert _reason(_sealed_raw(b"not zlib")) == "wrong_or_altered"
    assert _reason(_sealed_raw(zlib.compress(b"{not json"))) == "wrong_or_altered"


def test_rule_the_key_is_drawn_the_same_way_in_every_version() -> None:
    """scrypt with n=2**14, r=8, p=1 and a 32-byte key: a file sealed today opens
    on a computer with the next version (the value is scrypt's own, fixed here)."""
    key = _key("une phrase", bytes(range(16)))
    assert key.hex() == EXPECTED_KEY


def test_rule_the_key_is_drawn_from_the_passphrase_and_the_salt() -> None:
    salt = bytes(16)
    assert _key("une phrase", salt) == _key("une phrase", salt)
    assert len(_key("une phrase", salt)) == 32
    assert _key("une phrase", salt) != _key("une phrase", bytes(15) + b"\x01")
    assert _key("une phrase", salt) != _key("une phrasf", salt)


def test_rule_a_group_is_imported_under_a_name_of_1_to_80_characters() -> None:
    """Issue 29: `group-import --as "   "` imported a group with an empty name,
    and a 1 MB name was stored."""
    from app.handover.rules import GROUP_NAME_MAX, group_name

    assert GROUP_NAME_MAX == 80
    assert group_name("  Équipe   du Nord ") == "Équipe du Nord"
    assert group_name("x" * 80) == "x" * 80
    for bad in ("", "   ", "\n\t", "x" * 81, "x" * 1_000_000):
        with pytest.raises(TransferError, match="bad_name"):
            group_name(bad)
