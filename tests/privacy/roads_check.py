"""The name corpus through the other roads out (issue 28: one check on every
road): the relevé's command line (PDF, CSV) and editable .docx, and the
cycle's bilan from the command line. Each road must list the same suspects
as the dialog and, once the same decisions are given, name no one the
dialog's relevé does not (none of the group; the third parties the
facilitator kept or the check missed are counted by corpus_check.py); the
.docx, the whole relevé, names exactly them. The cycle's bilan from the
command line likewise beside the window's. Shared by
tests/privacy/test_name_corpus.py and benchmarks/names.py."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from pypdf import PdfReader

from app.cli import main
from app.export.bilan import bilan_third_parties, build_bilan
from app.export.editable import content_docx
from app.export.service_bilan import service_bilan_pdf, service_bilan_third_parties
from app.export.sheet import Releve, build_content, releve_third_parties
from app.group.ops.figures import collect_cycle
from app.privacy.rules.anonymize import TOKEN, fold
from app.privacy.rules.third_party import FUNCTION_WORDS
from app.server.rules import GroupYear
from app.session.ops.report import collect
from app.session.store import Store
from tests.privacy.bilan_corpus_check import stored_cycle
from tests.privacy.corpus_check import (
    MARK,
    THIRD_INITIALS,
    THIRD_WORDS,
    Figures,
    _named,
    confirmation,
    stored,
)
from tests.privacy.name_corpus import (
    DIMINUTIVES,
    FORMS,
    ORDINARY,
    ORDINARY_WORDS,
    PARTICIPANTS,
    THIRD_PARTIES,
    Mention,
    Relevé,
    forms_of,
)

if TYPE_CHECKING:
    from app.clock import Clock


def _name_words(names: list[str]) -> set[str]:
    """The words of names that are a name's own: two letters or more, no particle."""
    words = {fold(w) for name in names for w in TOKEN.findall(name) if len(w) >= 2}
    return words - FUNCTION_WORDS


def named_words(mentions: list[Mention], text: str) -> set[str]:
    """Which words of the people's names the text holds, whole, in any case:
    the same set on every road."""
    folded = fold(MARK.sub(" ", text))
    words = _name_words([m.who for m in mentions])
    return {w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded)}


def _content_text(content) -> str:
    """A document's header and cells, as the dialog and the window build it."""
    cells = [cell for section in content.sections for row in section.rows for cell in row]
    return " ".join([*(value for _label, value in content.header), *cells])


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
    dialog = named_words(relevé.mentions, _content_text(content))
    roads = {".docx": named_words(relevé.mentions, _docx_text(content_docx(content)))}
    store.close()
    pdf, csv = folder / "releve.pdf", folder / "csv"
    csv.mkdir(exist_ok=True)
    base = ["--data-dir", str(data_dir), "export", str(session_id), "--anonymize", "--lang", "fr"]
    base += ["--pdf", str(pdf), "--csv", str(csv), "--force"]
    differences = _decided_on_the_command_line(folder, base, suspects, confirmed, pdf)
    if differences:
        return differences
    roads["the command line's PDF"] = named_words(relevé.mentions, _pdf_text(pdf))
    tables = " ".join(f.read_text(encoding="utf-8-sig") for f in sorted(csv.iterdir()))
    participants = named_words(relevé.mentions, tables) & _name_words(relevé.participants)
    if participants:
        differences.append(f"the CSV names participants: {sorted(participants)}")
    for road, named in roads.items():
        # The one-page PDF may leave notes for the full export: never a name more.
        if named - dialog or (road == ".docx" and named != dialog):
            differences.append(
                f"{road} names {sorted(named - dialog)} more, {sorted(dialog - named)} fewer"
            )
    return differences


def _pdf_text(pdf: Path) -> str:
    return _pdf_text_of(pdf.read_bytes())


def _decided_on_the_command_line(
    folder: Path, command: list[str], suspects: list[str], confirmed: dict[str, str], pdf: Path
) -> list[str]:
    """The command run twice: without decisions it lists the dialog's suspects
    and writes nothing; with the facilitator's decisions in a file, it writes."""
    said = io.StringIO()
    with contextlib.redirect_stderr(said):
        code = main(command)
    listed = [line.strip() for line in said.getvalue().splitlines() if line.startswith("  ")]
    if code != 2 or pdf.exists() or listed != suspects:
        return [f"the command line wrote, or listed other names: {code}, {listed}"]
    decisions = folder / "decisions.json"
    choices = {name: "replace" if name in confirmed else "keep" for name in suspects}
    decisions.write_text(json.dumps(choices, ensure_ascii=False), encoding="utf-8")
    with contextlib.redirect_stderr(io.StringIO()):
        code = main([*command, "--third-parties", str(decisions)])
    return [] if code == 0 else [f"the command line refused its decisions: {code}"]


def check_bilan_road(folder: Path, offset: int, catalog, clock: Clock) -> list[str]:
    """The cycle's bilan from the command line (``cycle N --bilan``): the
    window's suspects listed, nothing written before they are decided, then
    the same names as the window's bilan."""
    data_dir = folder / "data"
    store = Store.open(data_dir)
    cycle_id, mentions = stored_cycle(store, offset, catalog, clock)
    figures = collect_cycle(store, cycle_id)
    suspects = bilan_third_parties(figures, "fr")
    _figures, confirmed = confirmation(suspects)
    content = build_bilan(figures, [], "fr", confirmed)
    window = named_words(mentions, _content_text(content))
    store.close()
    pdf = folder / "bilan.pdf"
    command = ["--data-dir", str(data_dir), "cycle", str(cycle_id), "--bilan", str(pdf)]
    differences = _decided_on_the_command_line(
        folder, [*command, "--lang", "fr"], suspects, confirmed, pdf
    )
    if differences:
        return differences
    more = named_words(mentions, _pdf_text(pdf)) - window  # one page: maybe fewer, never more
    return [f"the bilan's command line names {sorted(more)} more"] if more else []


# Where a cycle's title names someone: after a word, opening it, in brackets.
TITLES = ("Cycle de {x}", "{x} : cycle de printemps", "Cycle d’automne ({x})")


def check_service_bilan(offset: int) -> Figures:
    """The service's bilan: every person's name in a cycle's title, in each form
    turned by ``offset``; the coordinator, who knows no member, ticks every
    suggestion that is a person's (a member's too), none that is a place."""
    people = [(f"{f} {s}", False, forms_of(f, s, "Mme")) for f, s in PARTICIPANTS] + [
        (f"{f} {s}", True, forms_of(f, s, c)) for c, f, s in THIRD_PARTIES
    ]
    groups, mentions = [], []
    for index, (who, third, forms) in enumerate(people):
        form = FORMS[(offset + index) % len(FORMS)]
        title = TITLES[index % len(TITLES)].format(x=forms[form]) + f" §{len(mentions)}§"
        mentions.append(Mention(who, third, form, "cycle title", forms[form], len(mentions)))
        groups.append(GroupYear(f"Groupe {index}", [title], 1, 1.0, 6.0, 6, 0, 0, 1, 1, [10],
                                1, {}))  # fmt: skip
    # The corpus' capitalised words of no one (places, institutions) as titles too.
    groups.append(GroupYear("Groupe des lieux", list(ORDINARY), 1, 1.0, 6.0, 6, 0, 0, 1, 1,
                            [10], 1, {}))  # fmt: skip
    suggested = service_bilan_third_parties(groups)
    people_words = THIRD_WORDS | {
        fold(w) for f, s in PARTICIPANTS for w in TOKEN.findall(f"{f} {s} {DIMINUTIVES[f]}")
    }
    ordinary = {fold(w) for w in ORDINARY_WORDS}
    figures = Figures()
    figures.ordinary_suggested = {s for s in suggested if fold(s) in ordinary}
    confirmed = {
        s: "une tierce personne"
        for s in suggested
        if {fold(w) for w in TOKEN.findall(s)} & people_words or s in THIRD_INITIALS
        or s in {forms_of(f, s_)["initials"] for f, s_ in PARTICIPANTS}
    }  # fmt: skip
    text = _pdf_text_of(service_bilan_pdf(2027, groups, "fr", confirmed))
    for mention in mentions:
        shown = re.search(rf"([^§]*)§{mention.note}§", text)
        figures.count(mention, named=_named(mention.words, shown.group(1) if shown else text))
    return figures


def _pdf_text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())
