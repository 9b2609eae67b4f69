"""Every PDF the app writes embeds every font it uses, its charts' included: a
font left to the reader's computer prints œ, « » or € as boxes, or not at all."""

from __future__ import annotations

import pytest

from app.cycle_report import collect_cycle
from app.export.bilan import bilan_pdf
from app.export.prep_sheet import prep_pdf
from app.export.sheet import synthesis_pdf
from app.prep import Prep
from app.report import collect
from tests.helpers.pdf import fonts_of
from tests.sessions import recorded_session

PROTOCOLS = ["codev-anact", "codev-payette", "echanges-pairs", "groupe-parole", "rex"]


def assert_embedded(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts, "no font found: the check itself is broken"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts), fonts


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_sheet_and_the_releve_embed_their_fonts(store, catalog, clock, protocol) -> None:
    data = collect(store, recorded_session(store, catalog, protocol, clock))
    for lang in ("fr", "en"):
        assert_embedded(synthesis_pdf(data, lang))  # with its talk-time chart
        assert_embedded(synthesis_pdf(data, lang, anonymize=True))


def test_the_bilan_and_the_prep_sheet_embed_their_fonts(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    stored = store.load(session)
    cycle = store.cycles.create_cycle(stored.group, "codev-anact", "2027", 6, clock.wall())
    store.cycles.attach_session(session, cycle)
    for lang in ("fr", "en"):
        assert_embedded(bilan_pdf(collect_cycle(store, cycle), ["collective"], lang))
        assert_embedded(prep_pdf(Prep(), catalog.get("codev-anact"), lang, clock.wall()))
