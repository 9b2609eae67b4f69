"""The narrator's one-page prep sheet, read back from its PDF."""

from __future__ import annotations

import msgspec

from app.export.prep_sheet import prep_pdf
from app.prep.rules import Prep, Rehearsal, add_rehearsal
from tests.test_sheet import text_of


def words(n: int) -> str:
    return " ".join(["mot"] * n)


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
