"""A group's hand-over file (app/handover/rules.py), one test per rule: sealed
with a passphrase, refused whole when it is not one, altered or opened with the
wrong passphrase."""

from __future__ import annotations

import json
import os
import zlib

import msgspec
import pytest

from app.handover.rules import (
    FORMAT,
    MAGIC,
    GroupFile,
    TransferError,
    _key,
    checked,
    inflated,
    read_sealed,
    seal,
    unseal,
)

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
    assert unseal(sealed, "une phrase") == GroupFile(**PAYLOAD)  # type: ignore[arg-type]
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


def _sealed_json(content: object) -> bytes:
    return _sealed_raw(zlib.compress(json.dumps(content).encode()))


def test_rule_a_sealed_content_of_an_older_or_no_format_is_no_group_file() -> None:
    for older in (0, None, "1", True):
        assert _reason(_sealed_json({"format": older})) == "not_a_group_file", older


def test_rule_a_sealed_content_of_a_newer_format_says_so() -> None:
    assert _reason(_sealed_json({"format": FORMAT + 1, "tables": "whatever"})) == "newer_format"


def test_rule_a_sealed_content_that_is_not_compressed_json_is_damaged() -> None:
    assert _reason(_sealed_raw(b"not zlib")) == "damaged"
    assert _reason(_sealed_raw(zlib.compress(b"{not json"))) == "damaged"
    assert _reason(_sealed_raw(zlib.compress(b"[1, 2]"))) == "damaged"
    assert _reason(_sealed_raw(zlib.compress(json.dumps(PAYLOAD).encode())[:-6])) == "damaged"


# -- the bounds: a file is never read, nor inflated, without end ---------------------


def test_rule_a_file_beyond_the_bound_is_refused_before_it_is_read(tmp_path) -> None:
    import app.handover.rules as rules

    big = tmp_path / "big.tdtgroup"
    with big.open("wb") as stream:
        stream.truncate(rules.MAX_FILE_BYTES + 1)  # sparse: refused on its size alone
    with pytest.raises(TransferError, match="too_big"):
        read_sealed(big)
    small = tmp_path / "small.tdtgroup"
    small.write_bytes(seal(PAYLOAD, "une phrase"))
    assert read_sealed(small) == small.read_bytes()
    assert _reason(bytes(rules.MAX_FILE_BYTES + 1)) == "too_big"  # however it was read


def test_rule_the_bounds_are_64_mb_sealed_and_256_mb_inflated() -> None:
    """What the README promises ("a group file 64 MB"), and a year's group is a
    few hundred kilobytes: a file of the bound itself is read, one byte more is not."""
    import app.handover.rules as rules

    assert (rules.MAX_FILE_BYTES, rules.MAX_PLAIN_BYTES) == (64 * 1024 * 1024, 256 * 1024 * 1024)
    assert _reason(bytes(rules.MAX_FILE_BYTES)) == "not_a_group_file"  # not refused for its size


def test_rule_a_refusal_names_its_reason_and_what_was_found() -> None:
    assert str(TransferError("damaged", "cut short")) == "damaged: cut short"
    assert str(TransferError("too_big")) == "too_big"
    assert TransferError("damaged", "cut short").reason == "damaged"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a device without end: Unix only")
def test_rule_a_device_or_a_folder_is_no_group_file(tmp_path) -> None:
    from pathlib import Path

    for path in (Path("/dev/zero"), tmp_path):
        with pytest.raises(TransferError, match="not_a_group_file"):
            read_sealed(path)


def test_rule_content_is_inflated_no_further_than_the_bound(monkeypatch) -> None:
    import app.handover.rules as rules

    monkeypatch.setattr(rules, "MAX_PLAIN_BYTES", 1000)
    assert inflated(zlib.compress(bytes(1000))) == bytes(1000)
    with pytest.raises(TransferError, match="too_big"):
        inflated(zlib.compress(bytes(1001)))
    assert _reason(_sealed_raw(zlib.compress(bytes(10**6)))) == "too_big"


def test_rule_a_bomb_is_never_inflated_in_memory_beyond_the_bound(monkeypatch) -> None:
    """Refused is not enough: a small file that inflates without end must not
    fill the memory first. Whatever the content, never more than the bound and
    one byte is produced."""
    import app.handover.rules as rules

    produced: list[int] = []
    real = zlib.decompressobj

    class Measured:
        def __init__(self) -> None:
            self._inner = real()

        def decompress(self, data: bytes, max_length: int = 0) -> bytes:
            out = self._inner.decompress(data, max_length)
            produced.append(len(out))
            return out

        def __getattr__(self, name: str) -> object:
            return getattr(self._inner, name)

    monkeypatch.setattr(rules, "MAX_PLAIN_BYTES", 1000)
    monkeypatch.setattr(rules.zlib, "decompressobj", Measured)
    with pytest.raises(TransferError, match="too_big"):
        inflated(zlib.compress(bytes(10**6)))
    assert produced and max(produced) <= 1001


# -- the schema: what a group file holds, typed and whole -------------------------------


def _tables(**tables: list[dict[str, object]]) -> dict[str, object]:
    return {"format": FORMAT, "tables": {"groups": [{"id": 1, "name": "Nord"}], **tables}}


def test_rule_the_content_is_decoded_against_its_schema() -> None:
    for bad in (
        {"format": FORMAT, "tables": []},  # a list where a map is expected
        {"format": FORMAT, "tables": {"groups": {"id": 1}}},
        {"format": FORMAT, "tables": {"groups": [[1, "Nord"]]}},
        {"format": FORMAT, "tables": {"groups": [{"id": 1, "name": {"x": 1}}]}},
        {"format": FORMAT},  # no tables at all
        {**PAYLOAD, "more": 1},  # what the schema does not know
    ):
        assert _reason(_sealed_json(bad)) == "damaged", bad


def test_rule_an_unknown_table_is_named_first_in_alphabetical_order() -> None:
    with pytest.raises(TransferError, match="unknown table 'aaa'"):
        checked(msgspec.json.decode(json.dumps(_tables(zzz=[], aaa=[])), type=GroupFile))


def test_rule_only_a_groups_tables_are_read() -> None:
    assert _reason(_sealed_json(_tables(users=[{"id": 1}]))) == "damaged"


def test_rule_a_file_holds_one_named_group() -> None:
    two = {"format": FORMAT, "tables": {"groups": [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}]}}
    assert _reason(_sealed_json(two)) == "damaged"
    assert _reason(_sealed_json({"format": FORMAT, "tables": {}})) == "damaged"
    assert _reason(_sealed_json({"format": FORMAT, "tables": {"groups": [{"id": 1}]}})) == (
        "damaged"
    )


def test_rule_each_row_has_a_whole_id_of_its_own() -> None:
    for members in (
        [{"id": 1, "group_id": 1}, {"id": 1, "group_id": 1}],
        [{"group_id": 1}],
        [{"id": True, "group_id": 1}],
        [{"id": 1.5, "group_id": 1}],
        [{"id": "1", "group_id": 1}],
    ):
        assert _reason(_sealed_json(_tables(members=members))) == "damaged", members


def test_rule_every_id_a_row_points_at_is_a_row_of_the_file() -> None:
    assert _reason(_sealed_json(_tables(members=[{"id": 5, "group_id": 2}]))) == "damaged"
    assert _reason(_sealed_json(_tables(members=[{"id": 5, "group_id": True}]))) == "damaged"
    sessions = [{"id": 3, "group_id": 1, "cycle_id": 9}]
    assert _reason(_sealed_json(_tables(sessions=sessions))) == "damaged"
    fine = _tables(members=[{"id": 5, "group_id": 1}], sessions=[{"id": 3, "group_id": 1}])
    assert checked(unseal(_sealed_json(fine), "une phrase")).tables["members"][0]["id"] == 5


def test_rule_only_a_log_entry_must_be_json() -> None:
    """A case, a cycle (tables named before "events") carry no log entry."""
    sessions = [{"id": 3, "group_id": 1}]
    fine = _tables(sessions=sessions, cases=[{"id": 7, "session_id": 3}])
    assert checked(unseal(_sealed_json(fine), "une phrase")).tables["cases"][0]["id"] == 7


def test_rule_a_log_entry_is_json() -> None:
    sessions = [{"id": 3, "group_id": 1}]
    for data in ("{not json", 5, None):
        events = [{"id": 1, "session_id": 3, "data": data}]
        assert _reason(_sealed_json(_tables(sessions=sessions, events=events))) == "damaged"
    events = [{"id": 1, "session_id": 3, "data": '{"person": 2}'}]
    assert unseal(_sealed_json(_tables(sessions=sessions, events=events)), "une phrase")


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


def test_rule_each_text_of_a_file_is_within_the_apps_own_limit() -> None:
    """Issue 29: a 1 MB member name was imported and stored."""
    from app.handover.rules import TEXT_LIMITS
    from app.kinds import MAX_THEME
    from app.session.rules.notes import MAX_NOTE
    from app.session.rules.setup import MAX_NAME, MAX_TITLE

    assert TEXT_LIMITS[("members", "name")] == TEXT_LIMITS[("participants", "name")] == MAX_NAME
    assert TEXT_LIMITS[("cases", "title")] == MAX_TITLE
    assert TEXT_LIMITS[("cases", "theme")] == MAX_THEME
    assert TEXT_LIMITS[("notes", "text")] == MAX_NOTE
    at_limit = _tables(members=[{"id": 5, "group_id": 1, "name": "x" * MAX_NAME}])
    assert unseal(_sealed_json(at_limit), "une phrase").tables["members"][0]["id"] == 5
    over = _tables(members=[{"id": 5, "group_id": 1, "name": "x" * 1_000_000}])
    assert _reason(_sealed_json(over)) == "damaged"
