"""The narrator's preparation: estimate, rehearsal timing, files, drafts."""

from __future__ import annotations

import json
import stat

import msgspec
import pytest

from app.export.prep_sheet import prep_pdf
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
from tests.helpers.clock import FakeClock
from tests.test_sheet import text_of


def words(n: int) -> str:
    return " ".join(["mot"] * n)


def test_counting_words_in_french() -> None:
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
def test_estimate_against_the_anact_range(catalog, count, rate, verdict) -> None:
    prep = Prep(situation=words(count - 3), question="Comment faire ensuite ?", rate=rate)
    guess = estimate(prep, catalog.get("codev-anact"))
    assert (guess.low, guess.high) == (10, 15)
    assert guess.words == count and guess.verdict is verdict


def test_payette_has_its_own_range(catalog) -> None:
    guess = estimate(Prep(situation=words(1000)), catalog.get("codev-payette"))
    assert (guess.low, guess.high) == (5, 10) and guess.verdict is Verdict.FITS


def test_rehearsal_timer_times_each_part(clock: FakeClock) -> None:
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


def test_stopping_early_keeps_what_was_timed(clock: FakeClock) -> None:
    timer = RehearsalTimer(clock.monotonic, clock.wall)
    timer.start()
    clock.advance(300)
    timer.next_part()
    clock.advance(60)
    assert timer.finish().parts == [300, 60]
    assert not timer.running


def test_pacing_marks() -> None:
    target = 750.0  # 12.5 minutes
    assert pacing([200, 200, 150, 60], target) == []
    assert pacing([400, 150, 100, 60], target) == [Pacing.CONTEXT_LATE]
    assert pacing([200, 300, 300, 60], target) == [Pacing.QUESTION_LATE]
    assert pacing([200, 300], target) == [Pacing.QUESTION_MISSING]


def test_only_the_last_ten_rehearsals_are_kept() -> None:
    prep = Prep()
    for i in range(12):
        add_rehearsal(prep, Rehearsal(wall=i, parts=[1.0] * len(PARTS)))
    assert [r.wall for r in prep.rehearsals] == list(range(2, 12))


def test_a_prep_file_round_trips(tmp_path) -> None:
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
def test_bad_files_say_what_is_wrong(tmp_path, content, problem) -> None:
    path = tmp_path / "bad.tdtprep"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PrepFileError) as caught:
        load_prep(path)
    assert caught.value.problem is problem


def test_drafts_live_in_a_private_folder_and_are_listed(tmp_path) -> None:
    first = new_draft_path(tmp_path, 1_790_000_000)
    save_prep(Prep(title="A", updated_wall=1), first)
    second = new_draft_path(tmp_path, 1_790_000_000)
    save_prep(Prep(title="B", updated_wall=2), second)
    (tmp_path / "prep" / "broken.tdtprep").write_text("{", encoding="utf-8")
    drafts, errors = list_drafts(tmp_path)
    assert [d.title for d in drafts] == ["B", "A"]
    assert len(errors) == 1 and errors[0].problem is PrepProblem.MALFORMED
    assert (tmp_path / "prep" / "broken.tdtprep").exists()  # never deleted
    assert stat.S_IMODE((tmp_path / "prep").stat().st_mode) == 0o700


def test_the_prep_sheet_is_one_page(catalog) -> None:
    prep = Prep(
        title="Un usager qui refuse",
        narrator="Zoé Œuvray",
        situation=words(300),
        question="Comment garder le lien ?",
        help_expected="Des témoignages",
    )
    add_rehearsal(prep, Rehearsal(wall=1_790_000_000, parts=[200, 100, 90, 30]))
    pages, text = text_of(prep_pdf(prep, catalog.get("codev-anact"), "fr", 1_790_000_000))
    assert pages == 1
    assert "Préparation de l’exposé" in text and "Comment garder le lien ?" in text
    assert "Zoé Œuvray" in text and "Répétitions" in text and "7:00" in text
    huge = msgspec.structs.replace(prep, situation=words(20_000 // 4))
    assert text_of(prep_pdf(huge, None, "fr", 0))[0] == 1
