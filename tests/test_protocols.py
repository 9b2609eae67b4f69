from pathlib import Path

import pytest

from app.protocols import Capture, SpeakerKind, load_catalog, parse_protocol, plan_steps

SHIPPED = {"codev-anact", "codev-payette", "groupe-parole", "echanges-pairs", "rex"}


def test_the_five_methods_ship_and_load(catalog) -> None:
    assert set(catalog.protocols) == SHIPPED
    assert catalog.errors == []


def test_anact_follows_the_seed(catalog) -> None:
    anact = catalog.get("codev-anact")
    expose = anact.expose_step()
    assert expose is not None
    assert (expose.min_minutes, expose.max_minutes) == (10, 15)
    assert expose.speaker is SpeakerKind.NARRATOR
    assert Capture.REQUEST in expose.captures
    assert anact.sessions_per_cycle == 6
    assert anact.rules.get("fr")[1] == "S’abstenir de juger"
    assert anact.steps[-1].speaker is SpeakerKind.ROUND


def test_previous_session_step_only_when_there_was_one(catalog) -> None:
    anact = catalog.get("codev-anact")
    first = [s.step.id for s in plan_steps(anact, 1, has_previous=False)]
    later = [s.step.id for s in plan_steps(anact, 1, has_previous=True)]
    assert "previous" not in first
    assert later[1] == "previous"


def test_peer_exchange_repeats_its_block_per_case(catalog) -> None:
    peers = catalog.get("echanges-pairs")
    plan = plan_steps(peers, 3, has_previous=False)
    assert [s.step.id for s in plan[:2]] == ["opening", "presentation"]
    assert [s.case_index for s in plan if s.step.id == "presentation"] == [0, 1, 2]
    assert plan[-1].step.id == "record" and plan[-1].case_index is None
    assert [t.id for t in peers.arbitration] == ["desirable", "conditional", "stop"]


def test_english_falls_back_to_french(catalog) -> None:
    step = catalog.get("rex").steps[0]
    assert step.name.get("en") == "Opening, frame and rules"
    assert parse_protocol(MINIMAL).steps[0].name.get("en") == "Étape"


MINIMAL = """
id = "mine"
name = { fr = "Le mien" }
description = { fr = "d" }
rules = { fr = ["r"] }
[[steps]]
id = "a"
name = { fr = "Étape" }
minutes = 5
speaker = "group"
prompt = { fr = "p" }
"""


def test_a_users_protocol_loads_beside_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(MINIMAL, encoding="utf-8")
    catalog = load_catalog([tmp_path])
    assert "mine" in catalog.protocols and set(catalog.protocols) >= SHIPPED


@pytest.mark.parametrize(
    ("change", "field", "why"),
    [
        (("minutes = 5", "minutes = -3"), "steps[0].minutes", "> 0"),
        (('speaker = "group"', 'speaker = "everybody"'), "steps[0].speaker", "'everybody'"),
        (('id = "a"', 'id = "a"\ncolour = "red"'), "steps[0].colour", "unknown field"),
        (('name = { fr = "Le mien" }', ""), "name", "required field missing"),
    ],
)
def test_an_invalid_file_names_file_field_and_why(tmp_path: Path, change, field, why) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text(MINIMAL.replace(*change, 1), encoding="utf-8")
    (tmp_path / "good.toml").write_text(MINIMAL.replace('"mine"', '"good"'), encoding="utf-8")
    catalog = load_catalog([tmp_path])
    assert "good" in catalog.protocols and set(catalog.protocols) >= SHIPPED
    [error] = catalog.errors
    assert error.path == bad
    assert field in error.message and why in error.message


def test_broken_toml_and_range_errors_are_reported(tmp_path: Path) -> None:
    (tmp_path / "syntax.toml").write_text("id = [", encoding="utf-8")
    (tmp_path / "range.toml").write_text(
        MINIMAL.replace("minutes = 5", "minutes = 20\nmax_minutes = 15"), encoding="utf-8"
    )
    (tmp_path / "latin1.toml").write_bytes("id = 'é'".encode("latin-1"))
    errors = {e.path.name: e.message for e in load_catalog([tmp_path]).errors}
    assert "not valid TOML" in errors["syntax.toml"]
    assert "between min_minutes and max_minutes" in errors["range.toml"]
    assert "not UTF-8 text" in errors["latin1.toml"]


def test_each_shipped_protocol_reads_alone_by_its_id(catalog) -> None:
    from app.protocols import shipped_protocol

    for protocol_id, protocol in catalog.protocols.items():
        if catalog.origins[protocol_id].parent.name == "protocols" and protocol_id != "mine":
            assert shipped_protocol(protocol_id) == protocol
