"""The narrator's preparation (app/prep/rules.py), one test per rule: the estimate,
the rehearsal's timing and pacing, the file and the drafts."""

from __future__ import annotations

import json
import stat

import pytest

from app.prep.rules import (
    PARTS,
    Pacing,
    Prep,
    PrepFileError,
    PrepProblem,
    Rehearsal,
    RehearsalTimer,
    Verdict,
    add_rehearsal,
    count_words,
    estimate,
    list_drafts,
    load_prep,
    new_draft_path,
    pacing,
    save_prep,
)
from tests.helpers import platforms
from tests.helpers.clock import FakeClock


def words(n: int) -> str:
    return " ".join(["mot"] * n)


def test_rule_words_are_counted_the_french_way() -> None:
    assert count_words("L’usager m’a dit : « peut-être demain » !") == 5


@pytest.mark.parametrize(
    ("count", "rate", "verdict"),
    [
        (650, 130, Verdict.TOO_SHORT),
        (1300, 130, Verdict.FITS),
        (1950, 130, Verdict.FITS),
        (1960, 130, Verdict.TOO_LONG),
        (1960, 140, Verdict.FITS),
    ],
)
def test_rule_the_estimate_fits_the_methods_expose_range(catalog, count, rate, verdict) -> None:
    prep = Prep(situation=words(count - 3), question="Comment faire ensuite ?", rate=rate)
    guess = estimate(prep, catalog.get("codev-anact"))
    assert (guess.low, guess.high) == (10, 15)
    assert guess.words == count and guess.verdict is verdict


def test_rule_each_method_has_its_own_expose_range(catalog) -> None:
    guess = estimate(Prep(situation=words(1000)), catalog.get("codev-payette"))
    assert (guess.low, guess.high) == (5, 10) and guess.verdict is Verdict.FITS


def test_rule_a_rehearsal_times_each_part(clock: FakeClock) -> None:
    timer = RehearsalTimer(clock.monotonic, clock.wall)
    timer.start()
    for seconds in (200, 150, 100):
        clock.advance(seconds)
        assert timer.next_part() is False
    clock.advance(40)
    assert timer.elapsed() == 490 and timer.part_elapsed() == 40
    assert timer.next_part() is True  # the question was the last part
    rehearsal = timer.finish()
    assert rehearsal.parts == [200, 150, 100, 40] and rehearsal.total == 490


def test_rule_stopping_early_keeps_what_was_timed(clock: FakeClock) -> None:
    timer = RehearsalTimer(clock.monotonic, clock.wall)
    timer.start()
    clock.advance(300)
    timer.next_part()
    clock.advance(60)
    assert timer.finish().parts == [300, 60]
    assert not timer.running


def test_rule_pacing_marks_a_late_context_a_late_or_missing_question() -> None:
    target = 750.0  # 12.5 minutes
    assert pacing([200, 200, 150, 60], target) == []
    assert pacing([400, 150, 100, 60], target) == [Pacing.CONTEXT_LATE]
    assert pacing([200, 300, 300, 60], target) == [Pacing.QUESTION_LATE]
    assert pacing([200, 300], target) == [Pacing.QUESTION_MISSING]


def test_rule_only_the_last_ten_rehearsals_are_kept() -> None:
    prep = Prep()
    for i in range(12):
        add_rehearsal(prep, Rehearsal(wall=i, parts=[1.0] * len(PARTS)))
    assert [r.wall for r in prep.rehearsals] == list(range(2, 12))


def test_rule_a_prep_file_round_trips(tmp_path) -> None:
    prep = Prep(
        title="Un usager",
        narrator="Zoé",
        situation="Les faits… 🙂 <b>",
        question="Comment garder le lien ?",
    )
    path = tmp_path / "expose.tdtprep"
    save_prep(prep, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "tourdetable-prep" and data["version"] == 1
    assert load_prep(path) == prep


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", PrepProblem.MALFORMED),
        ('{"format": "tourdetable-prep", "version": 7}', PrepProblem.TOO_NEW),
        ('{"format": "something-else", "version": 1}', PrepProblem.NOT_A_PREP),
        ("[1, 2]", PrepProblem.NOT_A_PREP),
        ('{"format": "tourdetable-prep", "version": 1, "rate": 5}', PrepProblem.MALFORMED),
        ('{"format": "tourdetable-prep", "version": "1"}', PrepProblem.MALFORMED),
    ],
)
def test_rule_a_bad_file_says_what_is_wrong(tmp_path, content, problem) -> None:
    path = tmp_path / "bad.tdtprep"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PrepFileError) as caught:
        load_prep(path)
    assert caught.value.problem is problem


def test_rule_drafts_live_in_a_private_folder_newest_first(tmp_path) -> None:
    first = new_draft_path(tmp_path, 1_790_000_000)
    save_prep(Prep(title="A", updated_wall=1), first)
    second = new_draft_path(tmp_path, 1_790_000_000)
    save_prep(Prep(title="B", updated_wall=2), second)
    (tmp_path / "prep" / "broken.tdtprep").write_text("{", encoding="utf-8")
    drafts, errors = list_drafts(tmp_path)
    assert [d.title for d in drafts] == ["B", "A"]
    assert len(errors) == 1 and errors[0].problem is PrepProblem.MALFORMED
    assert (tmp_path / "prep" / "broken.tdtprep").exists()  # never deleted


@platforms.PERMISSIONS
def test_rule_the_drafts_folder_is_private(tmp_path) -> None:
    save_prep(Prep(title="A"), new_draft_path(tmp_path, 1_790_000_000))
    assert stat.S_IMODE((tmp_path / "prep").stat().st_mode) == 0o700


def test_rule_a_calm_pace_is_130_words_a_minute_between_80_and_200() -> None:
    from app.prep.rules import DEFAULT_RATE, MAX_RATE, MIN_RATE

    assert (DEFAULT_RATE, MIN_RATE, MAX_RATE) == (130, 80, 200)
    assert Prep().rate == 130


def test_rule_without_a_method_the_expose_takes_10_to_15_minutes() -> None:
    from app.prep.rules import expose_range

    assert expose_range(None) == (10.0, 15.0)


def test_rule_a_step_without_a_range_is_its_own_length() -> None:
    from types import SimpleNamespace

    from app.prep.rules import expose_range

    def method(minutes: float, low: float | None, high: float | None) -> object:
        step = SimpleNamespace(minutes=minutes, min_minutes=low, max_minutes=high)
        return SimpleNamespace(expose_step=lambda: step)

    assert expose_range(method(12, None, None)) == (12, 12)  # type: ignore[arg-type]
    assert expose_range(method(12, 8, 16)) == (8, 16)  # type: ignore[arg-type]
    no_expose = SimpleNamespace(expose_step=lambda: None)
    assert expose_range(no_expose) == (10.0, 15.0)  # type: ignore[arg-type]


def test_rule_the_estimate_counts_every_part_at_the_narrators_pace() -> None:
    prep = Prep(
        situation=words(100), difficulty=words(10), tried=words(20), stakes=words(30),
        help_expected=words(40), question=words(60), rate=100,
    )  # fmt: skip
    guess = estimate(prep, None)
    assert guess.words == 260 and guess.minutes == 2.6
    assert guess.verdict is Verdict.TOO_SHORT
    assert estimate(Prep(situation=words(1000), rate=100), None).verdict is Verdict.FITS
    assert estimate(Prep(situation=words(1500), rate=100), None).verdict is Verdict.FITS
    assert estimate(Prep(situation=words(1501), rate=100), None).verdict is Verdict.TOO_LONG
    assert estimate(Prep(situation=words(999), rate=100), None).verdict is Verdict.TOO_SHORT


def test_rule_each_part_gathers_its_fields() -> None:
    from app.prep.rules import Part

    prep = Prep(
        situation="s", difficulty="d", tried="t", stakes="k", help_expected="h", question="q"
    )
    assert [prep.part_text(part) for part in Part] == ["s", "d\nt", "k\nh", "q"]
    assert PARTS == [Part.SITUATION, Part.DIFFICULTY, Part.STAKES, Part.QUESTION]


def test_rule_the_request_is_the_question_then_the_help_expected() -> None:
    assert Prep(question=" Comment ? ", help_expected=" Des idées ").request_text() == (
        "Comment ?\nDes idées"
    )
    assert Prep(question=" Comment ? ", help_expected="  ").request_text() == "Comment ?"
    assert Prep(question="", help_expected="Des idées").request_text() == "Des idées"


def test_rule_the_context_is_late_past_a_third_of_the_time_and_some_slack() -> None:
    from app.prep.rules import CONTEXT_SHARE, CONTEXT_TOLERANCE

    assert (CONTEXT_SHARE, CONTEXT_TOLERANCE) == (1 / 3, 1.15)
    limit = 900 * CONTEXT_SHARE * CONTEXT_TOLERANCE  # 345 s of a 15-minute exposé
    assert pacing([limit, 10, 10, 10], 900) == []
    assert pacing([limit + 1, 10, 10, 10], 900) == [Pacing.CONTEXT_LATE]
    assert pacing([], 900) == [Pacing.QUESTION_MISSING]


def test_rule_the_question_is_late_once_the_time_is_up_before_it() -> None:
    assert pacing([100, 100, 99, 30], 300) == []
    assert pacing([100, 100, 100, 30], 300) == [Pacing.QUESTION_LATE]
    assert pacing([100, 100, 100], 300) == [Pacing.QUESTION_MISSING]


def test_rule_a_rehearsal_is_over_after_its_last_part(clock: FakeClock) -> None:
    timer = RehearsalTimer(clock.monotonic, clock.wall)
    assert not timer.running and timer.elapsed() == 0.0 and timer.part_elapsed() == 0.0
    timer.start()
    assert timer.running and timer.part_index == 0 and timer.started_wall == clock.wall()
    assert [timer.next_part() for _ in PARTS] == [False, False, False, True]
    assert timer.part_index == len(PARTS)
    clock.advance(30)
    rehearsal = timer.finish()  # the last part already ended: nothing more is timed
    assert rehearsal.parts == [0.0, 0.0, 0.0, 0.0] and not timer.running


def test_rule_a_file_must_say_what_it_is_and_its_version(tmp_path) -> None:
    from app.prep.rules import EXTENSION, FORMAT, VERSION

    assert (EXTENSION, FORMAT, VERSION) == (".tdtprep", "tourdetable-prep", 1)
    cases = {
        '{"format": "tourdetable-prep", "version": 0}': (PrepProblem.MALFORMED, "version"),
        '{"format": "tourdetable-prep", "version": 2}': (PrepProblem.TOO_NEW, "2"),
        '{"format": "tourdetable-prep"}': (PrepProblem.MALFORMED, "version"),
        '{"format": "tourdetable-prep", "version": 1, "rate": NaN}': (
            PrepProblem.MALFORMED, "numbers or nesting",
        ),
        '{"format": "tourdetable-prep", "version": 1, "rate": 1e999}': (
            PrepProblem.MALFORMED, "numbers or nesting",
        ),
        '{"format": "tourdetable-prep",\n "version": 1,': (PrepProblem.MALFORMED, "line 2"),
    }  # fmt: skip
    for content, (problem, detail) in cases.items():
        path = tmp_path / "x.tdtprep"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(PrepFileError) as caught:
            load_prep(path)
        assert (caught.value.problem, caught.value.detail) == (problem, detail), content
    ok = tmp_path / "ok.tdtprep"
    ok.write_text('{"format": "tourdetable-prep", "version": 1, "rate": 80}', encoding="utf-8")
    assert load_prep(ok).rate == 80


def test_rule_a_file_that_is_not_text_or_too_large_is_refused(tmp_path) -> None:
    from app.prep.rules import MAX_FILE_BYTES

    binary = tmp_path / "b.tdtprep"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(PrepFileError) as caught:
        load_prep(binary)
    assert (caught.value.problem, caught.value.detail) == (PrepProblem.UNREADABLE, "not UTF-8 text")
    large = tmp_path / "l.tdtprep"
    large.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(PrepFileError) as caught:
        load_prep(large)
    assert (caught.value.problem, caught.value.detail) == (PrepProblem.MALFORMED, "too large")
    with pytest.raises(PrepFileError) as caught:
        load_prep(tmp_path)
    assert caught.value.problem is PrepProblem.NOT_A_PREP
    missing = tmp_path / "missing.tdtprep"
    with pytest.raises(PrepFileError) as caught:
        load_prep(missing)
    assert caught.value.problem is PrepProblem.UNREADABLE and caught.value.detail


def test_rule_a_new_draft_never_takes_an_existing_name(tmp_path) -> None:
    first = new_draft_path(tmp_path, 1_790_000_000)
    first.write_text("", encoding="utf-8")
    second = new_draft_path(tmp_path, 1_790_000_000)
    second.write_text("", encoding="utf-8")
    third = new_draft_path(tmp_path, 1_790_000_000)
    assert first.name.startswith("brouillon-") and first.suffix == ".tdtprep"
    assert second.name == first.name.replace(".tdtprep", "-2.tdtprep")
    assert third.name == first.name.replace(".tdtprep", "-3.tdtprep")
    assert first.parent == tmp_path / "prep"


def test_rule_a_draft_without_a_date_takes_its_files(tmp_path) -> None:
    import os

    path = new_draft_path(tmp_path, 1_790_000_000)
    save_prep(Prep(title="Sans date"), path)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    [draft], _ = list_drafts(tmp_path)
    assert draft.updated_wall == 1_700_000_000
    assert list_drafts(tmp_path / "nowhere") == ([], [])


def test_rule_a_preps_limits_are_said_once() -> None:
    from app.prep.rules import (
        MAX_FIELD,
        MAX_FILE_BYTES,
        MAX_PART_SECONDS,
        MAX_REHEARSALS,
    )

    assert (MAX_FIELD, MAX_FILE_BYTES) == (20_000, 2 * 1024 * 1024)
    assert (MAX_REHEARSALS, MAX_PART_SECONDS) == (200, 14_400.0)


def _refused_detail(tmp_path, data: dict) -> str:
    path = tmp_path / "bounds.tdtprep"
    path.write_text(json.dumps({"format": "tourdetable-prep", "version": 1, **data}))
    with pytest.raises(PrepFileError) as caught:
        load_prep(path)
    assert caught.value.problem is PrepProblem.MALFORMED
    assert str(caught.value) == f"{path}: malformed: {caught.value.detail}"
    return caught.value.detail


def test_rule_a_file_beyond_a_fields_bounds_names_the_field(tmp_path) -> None:
    assert _refused_detail(tmp_path, {"situation": "x" * 20_001}) == "situation"
    assert _refused_detail(tmp_path, {"rate": 201}) == "rate"
    assert _refused_detail(tmp_path, {"updated_wall": -1}) == "updated_wall"
    assert _refused_detail(tmp_path, {"updated_wall": 1.000001e11}) == "updated_wall"
    many = [{"wall": 1, "parts": [1.0]}] * 201
    assert _refused_detail(tmp_path, {"rehearsals": many}) == "rehearsals"
    long_part = [{"wall": 1, "parts": [14_400.5]}]
    assert _refused_detail(tmp_path, {"rehearsals": long_part}) == "rehearsals[0].parts[0]"
    stranger = [{"wall": 1, "parts": [1.0], "x": 1}]
    assert _refused_detail(tmp_path, {"rehearsals": stranger}) == "rehearsals[0].x"
    path = tmp_path / "edge.tdtprep"
    edge = {
        "situation": "x" * 20_000,
        "updated_wall": 1e11,
        "rehearsals": [{"wall": 0, "parts": [14_400.0]}],
    }
    path.write_text(json.dumps({"format": "tourdetable-prep", "version": 1, **edge}))
    assert load_prep(path).rehearsals[0].parts == [14_400.0]
    path.write_text('{"format": "zzz", "version": 1}')
    with pytest.raises(PrepFileError) as caught:
        load_prep(path)
    assert (
        caught.value.problem is PrepProblem.NOT_A_PREP
        and str(caught.value) == f"{path}: not_a_prep"
    )


def test_rule_a_rehearsals_parts_are_times_between_marks(tmp_path) -> None:
    clock = FakeClock(mono_now=100.0)
    timer = RehearsalTimer(clock.monotonic, clock.wall)
    assert timer.started_wall == 0.0
    timer.start()
    clock.advance(150)
    timer.next_part()
    assert timer.part_index == 1
    clock.advance(340)
    assert (timer.elapsed(), timer.part_elapsed()) == (490, 340)
    assert timer.finish().parts == [150, 340]
