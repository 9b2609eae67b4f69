"""Every PDF the app writes embeds every font it uses, its charts' included: a
font left to the reader's computer prints œ, « » or € as boxes, or not at all."""

from __future__ import annotations

import pytest

from app.export.bilan import bilan_pdf
from app.export.prep_sheet import prep_pdf
from app.export.sheet import Releve, synthesis_pdf
from app.group.ops.figures import collect_cycle
from app.prep.rules import Prep
from app.session.ops.report import collect
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
        assert_embedded(synthesis_pdf(data, lang, Releve()))


def test_the_bilan_and_the_prep_sheet_embed_their_fonts(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    stored = store.load(session)
    cycle = store.cycles.create_cycle(
        store.cycles.group_id(stored.group), "codev-anact", "2027", 6, clock.wall()
    )
    store.cycles.attach_session(session, cycle)
    for lang in ("fr", "en"):
        assert_embedded(bilan_pdf(collect_cycle(store, cycle), ["collective"], lang))
        assert_embedded(prep_pdf(Prep(), catalog.get("codev-anact"), lang, clock.wall()))


def test_the_attendance_sheet_and_the_notice_read_back(store, catalog, clock, tmp_path) -> None:
    """One A4 page each, read back with a PDF text extractor, fonts embedded; the
    command line writes them as the app does."""
    import io

    from pypdf import PdfReader

    from app.cli import main
    from app.export.attendance import attendance_pdf
    from app.export.notice import NoticeFacts, notice_pdf
    from app.group.rules import Attendance
    from app.session.ops.actions import attendance_sheet

    session = recorded_session(store, catalog, "codev-anact", clock)
    stored = store.load(session)
    cycle = store.cycles.create_cycle(
        store.cycles.group_id(stored.group), "codev-anact", "2027", 6, clock.wall()
    )
    store.cycles.attach_session(session, cycle)
    store.cycles.plan(cycle, stored.number_in_cycle, "2027-01-15", "09:30", 150, "Salle B")
    excused = store.members.roll(session)[2][0]
    pid = next(p.id for p in stored.people if p.name == excused)
    store.members.set_attendance(session, pid, Attendance.EXCUSED)
    expected = {
        "fr": ["Feuille d’émargement", "Signature", "excusé·e", "Salle B"],
        "en": ["Attendance sheet", "Signature", "excused", "15/01/2027"],
    }
    for lang, words in expected.items():
        pdf = attendance_pdf(attendance_sheet(store, session_id=session, lang=lang), lang)
        reader = PdfReader(io.BytesIO(pdf))
        text = " ".join(reader.pages[0].extract_text().split())
        assert len(reader.pages) == 1 and all(w in text for w in words), text
        assert all(name.split()[0] in text for name, _r, _a in store.members.roll(session))
        assert_embedded(pdf)
        notice = notice_pdf(NoticeFacts(stored.group, "Anne Facil", True, 24), lang)
        text = " ".join(PdfReader(io.BytesIO(notice)).pages[0].extract_text().split())
        assert ("24 mois" if lang == "fr" else "24 months") in text and "Anne Facil" in text
        assert_embedded(notice)
    store.close()
    out = tmp_path / "att.pdf"
    command = ["--data-dir", str(store.path.parent), "export", str(session)]
    assert main([*command, "--attendance", str(out), "--notice", str(tmp_path / "n.pdf")]) == 0
    assert out.read_bytes().startswith(b"%PDF") and (tmp_path / "n.pdf").exists()


def test_reportlab_measures_text_with_its_c_accelerator() -> None:
    """The one-page sheet is fitted by measuring it several times: without
    rl_accel (ReportLab's C accelerator, a declared dependency) ReportLab falls
    back to Python and the synthesis PDF takes about twice as long."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"


def _every_page_text(pdf: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("members", [1, 12, 30, 61])
def test_the_attendance_sheet_has_a_line_for_every_member_however_many(members: int) -> None:
    """A group of 30 (the size a framing note allows) printed a sheet with no
    one on it: the table did not fit one page and the frame dropped it whole.
    It goes on to more pages, its header and the footer on each."""
    import re

    from app.export.attendance import AttendanceSheet, attendance_pdf

    roll = [(f"Membre Numéro{i}", "consultant", "present") for i in range(members)]
    sheet = AttendanceSheet("Groupe Alpha", "15/01/2027", "09:30", "Salle B", "Codev", 3, roll)
    pdf = attendance_pdf(sheet, "fr")
    pages = _every_page_text(pdf)
    printed = [int(n) for page in pages for n in re.findall(r"Numéro(\d+)", page)]
    assert printed == list(range(members))  # each once, in seat order
    assert all("Signature" in page and "émargement" in page.lower() for page in pages)
    assert "Groupe Alpha" in pages[0]
    assert_embedded(pdf)


@pytest.mark.parametrize("groups", [1, 40])
def test_the_service_bilan_has_a_row_for_every_group_however_many(groups: int) -> None:
    """40 groups printed a bilan with no table: it did not fit one page."""
    import re

    from app.export.service_bilan import service_bilan_pdf
    from app.server.rules import GroupYear

    years = [
        GroupYear(f"Groupe n°{i}", ["Cycle 2027"], 2, 5.0, 6.0, 10, 1, 1, 2, 1, [12], 3, {})
        for i in range(groups)
    ]
    pdf = service_bilan_pdf(2027, years, "fr")
    pages = _every_page_text(pdf)
    printed = [int(n) for page in pages for n in re.findall(r"Groupe n°(\d+)", page)]
    assert printed == list(range(groups))
    assert re.search(r"Service \d", pages[-1])  # the service's own row, last
    assert all("Évaluation (moy. /5)" in page for page in pages)  # the header row
    assert_embedded(pdf)


def test_a_row_taller_than_a_page_goes_on_to_the_next() -> None:
    """Found by the name corpus: a group whose cycles' titles fill more than a
    page stopped the service's bilan (ReportLab's LayoutError); so would a
    member's name of 4,000 characters the attendance sheet."""
    import re

    from app.export.attendance import AttendanceSheet, attendance_pdf
    from app.export.service_bilan import service_bilan_pdf
    from app.server.rules import GroupYear

    titles = [f"Cycle numéro {i} : l’accompagnement des familles en difficulté" for i in range(40)]
    year = GroupYear("Groupe A", titles, 1, 1.0, 6.0, 6, 0, 0, 1, 1, [10], 1, {})
    printed = " ".join(_every_page_text(service_bilan_pdf(2027, [year], "fr")))
    assert sorted({int(n) for n in re.findall(r"numéro (\d+)", printed)}) == list(range(40))
    roll = [("Nom" + "-très-long" * 400, "consultant", "present"), ("Bruno", "consultant", "")]
    sheet = AttendanceSheet("Groupe A", "15/01/2027", "", "", "Codev", 1, roll)
    pages = _every_page_text(attendance_pdf(sheet, "fr"))
    assert len(pages) > 1 and "Bruno" in pages[-1]
