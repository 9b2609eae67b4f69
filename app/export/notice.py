"""The information notice for participants (RGPD), one page: what is recorded,
where, for how long, who receives what (the relevé has no names), and how to
have one's data erased. Given to the group at its first session."""

from __future__ import annotations

from typing import NamedTuple

from app.catalogue import part
from app.export.onepage import PageContent, Section, document_lang, render

LABELS: dict[str, dict[str, str]] = part("notice")


class NoticeFacts(NamedTuple):
    group: str
    facilitator: str  # "" when none was named
    encrypted: bool  # the sessions are protected by a passphrase
    retention_months: int | None  # None: the facilitator's rule is not known here; 0: never
    on_server: bool = False  # the service's server, not this computer


def notice_content(facts: NoticeFacts, lang: str = "fr") -> PageContent:
    t = LABELS.get(lang, LABELS["fr"])
    kept = (
        t["kept_rule"]
        if facts.retention_months is None
        else t["kept_until_deleted"]
        if facts.retention_months == 0
        else t["kept_months"].format(months=facts.retention_months)
    )
    where = (
        t["where_server"]
        if facts.on_server
        else t["where"] + (" " + t["encrypted"] if facts.encrypted else "")
    )
    contact = facts.facilitator or t["the_facilitator"]
    sections = [
        Section(t["what_title"], [[t["what_names"]], [t["what_times"]], [t["what_notes"]]]),
        Section(t["where_title"], [[where]]),
        Section(t["how_long_title"], [[kept]]),
        Section(
            t["who_title"],
            [
                [t["who_group"]],
                [t["who_management"]],
                [t["who_bodies"]],
                [t["who_third_parties"]],
                [t["who_nobody"]],
            ],
        ),
        Section(t["rights_title"], [[t["rights"].format(contact=contact)], [t["erase"]]]),
    ]
    return PageContent(
        lang=document_lang(lang),
        title=t["title"],
        header=[(t["group"], facts.group), (t["contact"], contact)],
        sections=sections,
        more_marker="…",
        footer=t["footer"],
        notice=t["confidential"],
    )


def notice_pdf(facts: NoticeFacts, lang: str = "fr") -> bytes:
    return render(notice_content(facts, lang))
