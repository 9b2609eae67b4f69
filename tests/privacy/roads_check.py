"""The name corpus through the relevé's other roads out (issue 28: one check on
every road): the command line's PDF and CSV, and the editable .docx. Each road
must list the same suspects as the dialog and, once the same decisions are
given, name exactly the people the dialog's relevé names (none of the group,
the third parties the facilitator kept or the check missed, counted by
corpus_check.py). Shared by tests/privacy/test_name_corpus.py and
benchmarks/names.py."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from app.cli import main
from app.export.editable import content_docx
from app.export.sheet import Releve, build_content, releve_third_parties
from app.privacy.rules.anonymize import TOKEN, fold
from app.privacy.rules.third_party import FUNCTION_WORDS
from app.session.ops.report import collect
from app.session.store import Store
from tests.privacy.corpus_check import MARK, confirmation, stored
from tests.privacy.name_corpus import Relevé


def _name_words(names: list[str]) -> set[str]:
    """The words of names that are a name's own: two letters or more, no particle."""
    words = {fold(w) for name in names for w in TOKEN.findall(name) if len(w) >= 2}
    return words - FUNCTION_WORDS


def named_words(relevé: Relevé, text: str) -> set[str]:
    """Which words of the people's names the text holds, whole, in any case:
    the same set on every road."""
    folded = fold(MARK.sub(" ", text))
    words = _name_words([m.who for m in relevé.mentions])
    return {w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)}


def _cells(relevé_content) -> str:
    return " ".join(
        cell for section in relevé_content.sections for row in section.rows for cell in row
    )


def _docx_text(docx: bytes) -> str:
    document = Document(io.BytesIO(docx))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join(texts)


def check_roads(folder: Path, relevé: Relevé, catalog) -> list[str]:
    """What differs between the dialog's relevé and each other road, as
    sentences (none when every road says the same)."""
    data_dir = folder / "data"
    store = Store.open(data_dir)
    session_id = stored(store, relevé, catalog)
    data = collect(store, session_id)
    suspects = releve_third_parties(data, "fr")
    _figures, confirmed = confirmation(suspects)
    content = build_content(data, "fr", Releve(third_parties=confirmed))
    dialog = named_words(relevé, _cells(content) + " " + " ".join(v for _l, v in content.header))
    roads = {".docx": named_words(relevé, _docx_text(content_docx(content)))}
    store.close()
    pdf, csv = folder / "releve.pdf", folder / "csv"
    csv.mkdir(exist_ok=True)
    base = ["--data-dir", str(data_dir), "export", str(session_id), "--anonymize", "--lang", "fr"]
    base += ["--pdf", str(pdf), "--csv", str(csv), "--force"]
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        code = main(base)
    differences = []
    listed = [line.strip() for line in said.getvalue().splitlines() if line.startswith("  ")]
    if code != 2 or pdf.exists() or listed != suspects:
        differences.append(f"the command line wrote, or listed other names: {code}, {listed}")
    decisions = folder / "decisions.json"
    choices = {name: "replace" if name in confirmed else "keep" for name in suspects}
    decisions.write_text(json.dumps(choices, ensure_ascii=False), encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        code = main([*base, "--third-parties", str(decisions)])
    if code != 0:
        differences.append(f"the command line refused its decisions: {code}")
        return differences
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    roads["the command line's PDF"] = named_words(relevé, " ".join(text.split()))
    tables = " ".join(f.read_text(encoding="utf-8-sig") for f in sorted(csv.iterdir()))
    participants = named_words(relevé, tables) & _name_words(relevé.participants)
    if participants:
        differences.append(f"the CSV names participants: {sorted(participants)}")
    for road, named in roads.items():
        if named != dialog:
            differences.append(
                f"{road} names {sorted(named - dialog)} more, {sorted(dialog - named)} fewer"
            )
    return differences
