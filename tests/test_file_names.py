"""A file's name suggested from a title a facilitator typed: every system must
accept it, Windows most of all (where our users are)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.files import NAME_LIMIT, file_name

WINDOWS_FORBIDS = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
DEVICES = {"CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9"}


def windows_accepts(name: str) -> bool:
    return (
        bool(name)
        and not (set(name) & WINDOWS_FORBIDS)
        and not name.endswith((".", " "))
        and name.split(".")[0].strip().upper() not in DEVICES
    )


@given(title=st.text(max_size=200), spaces=st.booleans())
def test_rule_every_title_gives_a_name_windows_accepts(*, title: str, spaces: bool) -> None:
    name = file_name(title, "seance", spaces=spaces)
    assert windows_accepts(name), repr(name)
    assert len(name) <= NAME_LIMIT


@given(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=NAME_LIMIT))
def test_rule_a_plain_title_is_kept_as_it_is(title: str) -> None:
    if title.upper() not in DEVICES:
        assert file_name(title, "x") == title


def test_rule_what_windows_forbids_becomes_a_dash() -> None:
    assert file_name('Groupe <A>/B: "cas" ?*|', "groupe") == "Groupe -A-B- -cas"
    assert file_name("Équipe A\\B", "groupe") == "Équipe A-B"


def test_rule_spaces_are_kept_unless_asked_not_to() -> None:
    assert file_name("Groupe des Tilleuls", "g") == "Groupe des Tilleuls"
    assert file_name("Groupe des Tilleuls", "g", spaces=False) == "Groupe-des-Tilleuls"


def test_rule_no_trailing_dot_nor_space_windows_would_drop() -> None:
    assert file_name("Réunion du 3 mars. ", "g") == "Réunion du 3 mars"
    assert file_name("...", "g") == "g"


def test_rule_a_devices_name_is_never_a_files_name() -> None:
    assert file_name("CON", "groupe") == "groupe"
    assert file_name("aux.notes", "groupe") == "groupe"
    assert file_name("Console", "groupe") == "Console"


def test_rule_a_long_title_is_cut_to_the_limit() -> None:
    assert file_name("a" * 500, "g") == "a" * NAME_LIMIT
    assert file_name("a" * (NAME_LIMIT - 1) + " b", "g") == "a" * (NAME_LIMIT - 1)
