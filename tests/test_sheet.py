"""The synthesis sheet, read back from the real PDF."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.cli import main
from app.export.onepage import MIN_SIZE, fit
from app.export.sheet import Releve, build_content, synthesis_pdf
from app.export.tables import tables
from app.session.ops.report import collect
from app.session.rules.records import Note
from tests.sessions import PEOPLE, recorded_session

PROTOCOLS = ["codev-anact", "codev-payette", "groupe-parole", "echanges-pairs", "rex"]


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("protocol_id", PROTOCOLS)
def test_a_one_page_sheet_for_every_protocol(store, catalog, clock, protocol_id) -> None:
    session = recorded_session(store, catalog, protocol_id, clock)
    pages, text = text_of(synthesis_pdf(collect(store, session)))
    text = flat(text)
    assert pages == 1
    assert "Fiche de synthèse" in text and "Équipe Est" in text
    assert catalog.get(protocol_id).name.fr in text
    assert "Séance n° 1" in text and "Animation Anne Facil" in text
    for title in ("Situation", "Demande au groupe", "Plan d’action", "Étapes : prévu / réel"):
        assert title in text
    assert "Un usager « difficile » refuse l’accompagnement" in text
    assert "Gini" in text
    assert "Prochain suivi" in text and "le 12 janvier" in text


def test_sections_follow_what_was_captured(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "echanges-pairs", clock)
    text = flat(text_of(synthesis_pdf(collect(store, session)))[1])
    assert "Propositions" in text and "Souhaitable" in text
    assert "Besoins de formation" in text and "gestion des conflits" in text
    rex = recorded_session(store, catalog, "rex", clock)
    assert "Appeler le CCAS Karim fin janvier" in flat(
        text_of(synthesis_pdf(collect(store, rex)))[1]
    )
    groupe = recorded_session(store, catalog, "groupe-parole", clock)
    text = flat(text_of(synthesis_pdf(collect(store, groupe)))[1])
    assert "Ressources (internes, externes)" in text and "le PIMMS du quartier" in text
    assert "Réponses immédiates et différées" in text


def test_unicode_names_and_typography_render(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    text = flat(text_of(synthesis_pdf(collect(store, session)))[1])
    for name in ("Zoé Œuvray", "Σοφία Παππά", "Дмитрий Иванов", "Jean-Marc Dubois"):
        assert name in text
    assert "0 €" in text and "« difficile »" in text


def test_user_text_is_printed_exactly_as_typed(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    nasty = "Voir <b> & </para> <script>alert(1)</script> & co"
    store.add_note(session, Note(0, 3, 0, "question", nasty), 0)
    text = flat(text_of(synthesis_pdf(collect(store, session)))[1])
    assert nasty in text


def test_identical_input_gives_identical_bytes(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "rex", clock)
    data = collect(store, session)
    assert synthesis_pdf(data) == synthesis_pdf(data)


def test_a_huge_session_stays_on_one_page_with_a_marker(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    for i in range(120):
        store.add_note(session, Note(0, 3, 0, "question", f"Question {i} " + "détail " * 150), 0)
        store.add_note(session, Note(0, 5, 0, "proposal", f"Proposition {i} " + "mot " * 40), 0)
    data = collect(store, session)
    _fitted, size = fit(build_content(data))
    assert size == MIN_SIZE
    pages, text = text_of(synthesis_pdf(data))
    assert pages == 1
    assert "… (suite dans l’export complet)" in flat(text)
    assert "Question 0" in text and "Question 119" not in text


def test_small_overflow_only_shrinks_the_type(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    for i in range(22):
        store.add_note(
            session, Note(0, 3, 0, "question", f"Question numéro {i}, un peu longue ?"), 0
        )
    fitted, size = fit(build_content(collect(store, session)))
    assert MIN_SIZE < size < 10
    assert not any(s.truncated for s in fitted.sections)


def test_the_anonymised_releve_has_no_name_at_all(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "echanges-pairs", clock)
    store.add_note(
        session,
        Note(0, 2, 0, "proposal", "Comme l’a dit Jean-Marc à Karim et à dmitrii… et à Anne"),
        0,
    )
    store.add_note(session, Note(0, 2, 0, "learning", "Dubois et ZOE OEUVRAY ont raison"), 0)
    data = collect(store, session)
    pages, text = text_of(synthesis_pdf(data, releve=Releve()))
    assert pages == 1
    lowered = flat(text).casefold()
    from app.privacy.rules.anonymize import TOKEN, fold

    # Compared folded ("ZOE OEUVRAY" is Zoé Œuvray), token by token.
    read = {fold(token) for token in TOKEN.findall(flat(text))}
    for name, _role in PEOPLE:
        for part in TOKEN.findall(name):
            assert fold(part) not in read, part
    assert "relevé de conclusions" in lowered and "aucun nom de participant" in lowered
    assert "comme l’a dit participant b à participant e" in lowered
    assert "%" not in lowered  # no per-person share


def test_csv_tables(store, catalog, clock) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    data = collect(store, session)
    files = tables(data)
    steps = files["steps.csv"].decode("utf-8-sig").splitlines()
    assert steps[0] == "n°;étape (id);étape;cas;qui parle;prévu (s);réel (s)"
    # Every column in the sheet's language: a French spreadsheet reads no English code.
    assert steps[1].startswith("1;opening;Ouverture, rappel des règles;;l’animateur·rice;300;")
    turns = files["turns.csv"].decode("utf-8-sig")
    assert "Zoé Œuvray;narrateur·rice" in turns and "facilitator" not in turns
    # Whole seconds: a French spreadsheet reads them as numbers ("240.0" is text there).
    for row in turns.splitlines()[1:]:
        for cell in row.split(";")[5:]:
            assert cell == "" or cell.isdigit(), row
    english = tables(data, "en")["steps.csv"].decode("utf-8-sig").splitlines()
    assert english[0] == "index;step;name;case;speaker;planned_seconds;actual_seconds"
    assert ";the facilitator;300;" in english[1]
    anonymous = tables(data, anonymize=True)["turns.csv"].decode("utf-8-sig")
    assert "Zoé" not in anonymous and "Participant A;narrateur·rice" in anonymous


def test_cli_exports_pdf_and_csv(store, catalog, clock, data_dir, tmp_path, capsys) -> None:
    session = recorded_session(store, catalog, "codev-anact", clock)
    pdf = tmp_path / "fiche.pdf"
    base = ["--data-dir", str(data_dir), "export", str(session)]
    assert main([*base, "--pdf", str(pdf), "--anonymize", "--csv", str(tmp_path)]) == 0
    assert text_of(pdf.read_bytes())[0] == 1
    assert (tmp_path / f"session-{session}-turns.csv").exists()
    assert main([*base, "--pdf", str(tmp_path / "nofolder" / "x.pdf")]) == 2
    assert main([*base, "--json", str(tmp_path / "x.json"), "--anonymize"]) == 2
    assert main([*base, "--csv", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3 and all(line.startswith("tourdetable: error:") for line in err)
    assert list(tmp_path.glob(".tourdetable-*")) == []


def _fit_one_row_at_a_time(content):
    """The first fitter, kept as the reference: one full layout per size, then per row."""
    import copy

    from app.export.onepage import FIRST_CAP, SIZES, _cap, _fits

    for size in SIZES:
        if _fits(content, size):
            return content, size
    cut = copy.deepcopy(content)
    limit = FIRST_CAP
    _cap(cut, limit)
    while not _fits(cut, MIN_SIZE):
        longest = max(cut.sections, key=lambda s: len(s.rows))
        if len(longest.rows) > 1:
            longest.rows.pop()
            longest.truncated = True
        elif limit > 40:
            limit //= 2
            _cap(cut, limit)
        elif longest.rows:
            longest.rows.pop()
            longest.truncated = True
        else:
            cut.bottom = None
            break
    return cut, MIN_SIZE


@pytest.mark.parametrize(("notes", "chars"), [(0, 0), (12, 60), (60, 90), (40, 1500), (6, 9000)])
def test_the_searching_fitter_chooses_what_the_row_by_row_one_did(
    store, catalog, clock, notes, chars
) -> None:
    from app.export.sheet import build_content

    session = recorded_session(store, catalog, "codev-anact", clock)
    for n in range(notes):
        text = ("Une proposition longue et précise " * (chars // 34 + 1))[:chars]
        store.add_note(
            session, Note(0, n % 6, 0, ["question", "proposal", "action"][n % 3], text), 0
        )
    content = build_content(collect(store, session))
    fitted, size = fit(content)
    reference, reference_size = _fit_one_row_at_a_time(content)
    assert size == reference_size
    assert [(s.rows, s.truncated) for s in fitted.sections] == [
        (s.rows, s.truncated) for s in reference.sections
    ]
    assert (fitted.bottom is None) == (reference.bottom is None)


def test_the_releve_holds_only_conclusions_and_proper_fonts(store, catalog, clock) -> None:
    from pypdf import PdfReader

    from app.protocols import Capture
    from tests.sessions import SAMPLE

    session = recorded_session(store, catalog, "echanges-pairs", clock)
    pdf = synthesis_pdf(collect(store, session), "fr", Releve())
    _pages, text = text_of(pdf)
    read = flat(text)
    for kept in (Capture.PROPOSAL, Capture.TRAINING_NEED):  # this method plans no action
        assert SAMPLE[kept][:25] in read, kept
    for dropped in (Capture.SITUATION, Capture.QUESTION, Capture.HYPOTHESIS, Capture.NOTE):
        assert SAMPLE[dropped][:25] not in read, dropped
    assert "Étapes" not in read  # no timing table, no per-person figure
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
        assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded, never Helvetica
