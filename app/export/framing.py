"""Launching a group (seed 001): the framing note agreed with management, and
the invitation to the agents of the perimeter that repeats it. One A4 page
each, in the one-page machinery of the synthesis sheet: what does not fit
shrinks, then is cut with a visible marker.

The invitation is what lifts fears: it says plainly that taking part is
voluntary and what stays confidential, whatever the note says."""

from __future__ import annotations

from typing import Any

from app.catalogue import part
from app.dates import day
from app.export.onepage import PageContent, Section, document_lang, render
from app.group.rules import FramingFacts

LABELS: dict[str, dict[str, Any]] = part("framing")


def _labels(lang: str) -> dict[str, Any]:
    return LABELS.get(lang, LABELS["fr"])


def _paragraphs(text: str, t: dict[str, Any]) -> list[list[str]]:
    """A part as the facilitator wrote it, a line a bullet; "to be set" when empty."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [[line] for line in lines] or [[t["to_set"]]]


def _facilitation(facts: FramingFacts, t: dict[str, Any]) -> list[list[str]]:
    note = facts.note
    rows = [[t[note.facilitation]]] if note.facilitation else []
    if note.facilitators:
        rows.append([t["by"].format(names=" ".join(note.facilitators.split()))])
    return rows or [[t["to_set"]]]


def _calendar(facts: FramingFacts, lang: str, t: dict[str, Any]) -> list[list[str]]:
    rows = []
    for entry in facts.dates:
        line = t["date_line"].format(
            day=day(entry.day, lang, "long"), start=entry.start, minutes=entry.minutes
        )
        rows.append([f"{line}, {entry.place}" if entry.place else line])
    return rows or [[t["no_dates"]]]


def _size(facts: FramingFacts, t: dict[str, Any]) -> list[list[str]]:
    if facts.size is None:
        return []
    low, high = facts.size
    return [
        [t["size_one"].format(low=low) if low == high else t["size"].format(low=low, high=high)]
    ]


def _composition(facts: FramingFacts, t: dict[str, Any]) -> list[list[str]]:
    met = [t["diversity_names"][d] for d in facts.note.diversity_met]
    checked = t["diversity_met"].format(list=", ".join(met)) if met else t["diversity_none"]
    return [*_size(facts, t), [t["diversity"]], [checked]]


def _header(facts: FramingFacts, t: dict[str, Any]) -> list[tuple[str, str]]:
    header = [(t["group"], facts.group)]
    if facts.method:
        header.append((t["method"], facts.method))
    return header


def _what_and_who(facts: FramingFacts, t: dict[str, Any]) -> list[Section]:
    """What both papers open with: the approach, its aims, whom and what it is
    about, and who facilitates."""
    note = facts.note
    return [
        Section(t["origin"], _paragraphs(note.origin, t)),
        Section(t["objectives"], _paragraphs(note.objectives, t)),
        Section(t["perimeter"], _paragraphs(note.perimeter, t)),
        Section(t["themes"], _paragraphs(note.themes, t)),
        Section(t["facilitation"], _facilitation(facts, t)),
    ]


def framing_content(facts: FramingFacts, lang: str = "fr", today: str = "") -> PageContent:
    """The note: origin, objectives, perimeter, themes, facilitation, rules,
    calendar, composition sought and the resource people."""
    t = _labels(lang)
    note = facts.note
    rules = _paragraphs(note.rules, t) if note.rules else [[rule] for rule in t["default_rules"]]
    sections = [
        *_what_and_who(facts, t),
        Section(t["rules"], rules),
        Section(t["calendar"], _calendar(facts, lang, t)),
        Section(t["composition"], _composition(facts, t)),
    ]
    if note.resource_people:
        sections.append(Section(t["resource_people"], _paragraphs(note.resource_people, t)))
    title = t["title"]
    return PageContent(
        lang=document_lang(lang),
        title=f"{title} — {facts.group}",
        header=_header(facts, t),
        sections=sections,
        more_marker=t["more"],
        footer=t["footer"].format(title=title, date=today),
        notice=t["confidential"],
    )


def invitation_content(facts: FramingFacts, lang: str = "fr", today: str = "") -> PageContent:
    """The invitation: the note's origin, objectives, perimeter, themes and
    facilitation, the dates, then volunteering and confidentiality."""
    t = _labels(lang)
    note = facts.note
    volunteering = [[t["voluntary"]]]
    if note.contact:
        volunteering.append([t["contact"].format(contact=" ".join(note.contact.split()))])
    sections = [
        *_what_and_who(facts, t),
        Section(t["calendar"], _calendar(facts, lang, t)),
        Section(t["volunteering"], volunteering),
        Section(t["confidentiality"], [[t["confidential_invitation"]]]),
    ]
    title = t["invitation_title"].format(group=facts.group)
    return PageContent(
        lang=document_lang(lang),
        title=title,
        header=_header(facts, t),
        sections=sections,
        more_marker=t["more"],
        footer=t["footer"].format(title=t["invitation"], date=today),
    )


def framing_pdf(facts: FramingFacts, lang: str = "fr", today: str = "") -> bytes:
    return render(framing_content(facts, lang, today))


def invitation_pdf(facts: FramingFacts, lang: str = "fr", today: str = "") -> bytes:
    return render(invitation_content(facts, lang, today))
