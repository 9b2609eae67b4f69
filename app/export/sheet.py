"""The one-page synthesis sheet for the group, and the anonymised relevé for
management, built from a stored session.

The sheet is made by the core (the command line prints it without Qt), so its
few labels are kept here in French and English rather than in Qt's catalogues.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.catalogue import part
from app.dates import day
from app.export.onepage import (
    ACCENT,
    BOLD,
    FONT,
    PageContent,
    Section,
    document_lang,
    markup,
    render,
)
from app.group.rules import action_history
from app.privacy.rules.anonymize import Anonymizer
from app.privacy.rules.third_party import replacer, suspected_names
from app.protocols import Capture
from app.session.ops.report import SessionData
from app.session.rules.cues import format_duration

LABELS: dict[str, dict[str, str]] = part("sheet")

BAR = colors.HexColor("#0072B2")


def _date(wall: float | None, lang: str) -> str:
    return day(wall, lang) if wall else ""


def _rows(data: SessionData, kinds: set[Capture], clean: Callable[[str], str]) -> list[list[str]]:
    return [[clean(n.text)] for n in data.notes if n.kind in kinds and n.text.strip()]


def _tagged(
    data: SessionData, kind: Capture, lang: str, untagged: str, clean: Callable[[str], str]
) -> tuple[list[list[str]], tuple[float, float] | None]:
    """The notes of a kind, grouped under their tags in the method's order (the
    arbitration of proposals; a response immediate or deferred…), the untagged last."""
    notes = [n for n in data.notes if n.kind == kind and n.text.strip()]
    tags = {tag.id: tag.name.get(lang) for tag in data.stored.protocol.tags_for(kind.value)}
    if not tags:
        return [[clean(n.text)] for n in notes], None
    rows = []
    for tag_id, name in [*tags.items(), (None, untagged)]:
        rows += [
            [name, clean(n.text)]
            for n in notes
            if n.tag == tag_id or (tag_id is None and n.tag not in tags)
        ]
    return rows, (0.22, 0.78)


# Who carries an action, in the relevé: a role, never a name (seed 001).
ROLE_LABELS: dict[str, dict[str, str]] = part("sheet_roles")

# The relevé's sections, by key: what the facilitator may leave out of it.
RELEVE_SECTIONS = ("proposals", "actions", "training", "carried", "follow_up")


def third_party_label(lang: str) -> str:
    return LABELS.get(lang, LABELS["fr"])["third_party"]


def every_suspect_replaced(suspects: list[str], lang: str) -> dict[str, str]:
    """Each suspect replaced by the label, unattended: a document written
    without the facilitator's decisions (a library caller's, a test's)."""
    label = third_party_label(lang)
    return {name: label for name in suspects}


def _header(
    data: SessionData,
    t: dict[str, str],
    lang: str,
    clean: Callable[[str], str],
    *,
    anonymize: bool,
) -> list[tuple[str, str]]:
    stored = data.stored
    facilitators = stored.facilitators
    facilitator_name = ", ".join(
        t["facilitator_label"] if anonymize else p.name
        for p in facilitators[: 1 if anonymize else None]
    )
    return [
        (t["group"], clean(stored.group)),  # "Groupe de Rose" names someone
        (t["date"], _date(stored.started_wall or stored.created_wall, lang)),
        (t["method"], stored.protocol.name.get(lang)),
        (t["session"], str(stored.number_in_cycle)),
        (t["facilitator"], facilitator_name),
    ]


def _case_rows(
    data: SessionData, t: dict[str, str], clean: Callable[[str], str]
) -> tuple[list[list[str]], list[list[str]]]:
    """The situation and the request: each case's own, then the notes of that kind."""
    stored = data.stored
    several = len(stored.cases) > 1

    def per_case(texts: list[str]) -> list[list[str]]:
        rows = []
        for case, text in zip(stored.cases, texts, strict=True):
            if text.strip():
                prefix = (
                    f"{t['case'].format(n=case.index + 1)} — {case.title} : " if several else ""
                )
                rows.append([clean(prefix + text.strip())])
        return rows

    situation = per_case([s for s, _ in stored.case_texts])
    situation += _rows(data, {Capture.SITUATION}, clean)
    if not situation and stored.cases:
        situation = [[clean(c.title)] for c in stored.cases]
    request = per_case([r for _, r in stored.case_texts]) + _rows(data, {Capture.REQUEST}, clean)
    return situation, request


def _owner(
    owner: str, data: SessionData, lang: str, clean: Callable[[str], str], anon: Anonymizer | None
) -> str:
    """Who carries an action; in the relevé (``anon``), named by their role."""
    if anon is None or not owner.strip():
        return clean(owner)
    named = anon.who(owner)
    if named is not None:  # "Blanc", "M. Blanc", "kevin": a participant, named by role
        person = next(p for p in data.stored.people if p.id == named)
        roles = ROLE_LABELS.get(lang, ROLE_LABELS["fr"])
        return roles.get(person.role.value, clean(owner))
    return clean(owner)


def _carried(data: SessionData, t: dict[str, str], clean: Callable[[str], str]) -> Section:
    """The previous actions, as they were reviewed in this session."""
    return Section(
        t["carried"],
        [
            [
                clean(a.text),
                t[f"status_{a.status}"],
                clean(" — ".join(x for x in (action_history(a, t), a.comment, a.trace) if x)),
            ]
            for a in data.carried
            if a.status
        ],
        header=[t["action"], t["status"], t["comment"]],
        widths=(0.5, 0.15, 0.35),
    )


def _sections(
    data: SessionData,
    t: dict[str, str],
    lang: str,
    clean: Callable[[str], str],
    anon: Anonymizer | None,
) -> list[Section]:
    """Every section of the sheet, in its order; ``anon``: the relevé's."""
    situation, request = _case_rows(data, t, clean)
    proposals, proposal_widths = _tagged(data, Capture.PROPOSAL, lang, t["untagged"], clean)
    resources, resource_widths = _tagged(data, Capture.RESOURCE, lang, t["untagged_note"], clean)
    responses, response_widths = _tagged(data, Capture.RESPONSE, lang, t["untagged_note"], clean)
    actions = [
        [clean(n.text), _owner(n.owner, data, lang, clean, anon), clean(n.due)]
        for n in data.notes
        if n.kind == Capture.ACTION and n.text.strip()
    ]
    parts = [
        Section(t["situation"], situation, keep_empty=True),
        Section(t["request"], request, keep_empty=True),
        Section(t["questions"], _rows(data, {Capture.QUESTION, Capture.HYPOTHESIS}, clean)),
        Section(t["proposals"], proposals, widths=proposal_widths),
        Section(
            t["actions"],
            actions,
            header=[t["action"], t["who"], t["when"]],
            widths=(0.6, 0.2, 0.2),
            keep_empty=True,
        ),
        Section(t["resources"], resources, widths=resource_widths),
        Section(t["responses"], responses, widths=response_widths),
        Section(t["training"], _rows(data, {Capture.TRAINING_NEED}, clean)),
        Section(t["learnings"], _rows(data, {Capture.LEARNING}, clean)),
        Section(t["notes"], _rows(data, {Capture.NOTE}, clean)),
    ]
    if data.carried:
        parts.append(_carried(data, t, clean))
    if data.stored.follow_up.strip():
        parts.append(Section(t["follow_up"], [[clean(data.stored.follow_up)]]))
    return parts


def _releve_only(
    parts: list[Section], t: dict[str, str], sections: Collection[str]
) -> list[Section]:
    """The relevé is what the group concluded, nothing else: no narrative, no
    questions, no raw notes, no figure about anyone (seed 001)."""
    kept = {t[key] for key in RELEVE_SECTIONS if key in sections}
    chosen = [section for section in parts if section.title in kept]
    for section in chosen:
        section.keep_empty = section.title in {t["proposals"], t["actions"]}
    return chosen


@dataclass(frozen=True)
class Releve:
    """The relevé rather than the sheet: no name, only the chosen sections, the
    names confirmed as third parties' replaced, and when it was validated."""

    sections: Collection[str] = RELEVE_SECTIONS
    third_parties: Mapping[str, str] = field(default_factory=dict)
    reviewed_wall: float | None = None


def build_content(data: SessionData, lang: str = "fr", releve: Releve | None = None) -> PageContent:
    """The group's synthesis sheet, or with ``releve`` the relevé for management."""
    t = LABELS.get(lang, LABELS["fr"])
    return _build(
        data, lang, releve, Anonymizer(data.stored.people, t["facilitator_label"], t["peer_label"])
    )


def _build(data: SessionData, lang: str, releve: Releve | None, anon: Anonymizer) -> PageContent:
    t = LABELS.get(lang, LABELS["fr"])
    stored = data.stored
    anonymize = releve is not None
    replace = replacer(releve.third_parties if releve else {})
    clean: Callable[[str], str] = (lambda s: replace(anon.text(s))) if anonymize else (lambda s: s)
    parts = _sections(data, t, lang, clean, anon if anonymize else None)
    reviewed = ""
    if releve is not None:
        parts = _releve_only(parts, t, releve.sections)
        if releve.reviewed_wall:
            reviewed = " " + t["reviewed"].format(date=_date(releve.reviewed_wall, lang))

    def bottom(size: float, width: float) -> list[Flowable]:
        return [_bottom_block(data, t, lang, size, width, anonymize=anonymize)]

    return PageContent(
        lang=document_lang(lang),
        title=t["title_anon"] if anonymize else t["title"],
        header=_header(data, t, lang, clean, anonymize=anonymize),
        sections=parts,
        more_marker=t["more"],
        footer=t["footer"].format(date=_date(stored.ended_wall or stored.created_wall, lang)),
        notice=(t["confidential"] + reviewed if anonymize else ""),
        bottom=None if anonymize else bottom,
    )


def _bottom_block(
    data: SessionData,
    t: dict[str, str],
    lang: str,
    size: float,
    width: float,
    *,
    anonymize: bool,
) -> Flowable:
    engine, now = data.engine, data.now
    small = size - 1
    cell = _style(small)
    bold = _style(small, BOLD)
    rows = [[Paragraph(markup(t["steps"]), bold), "", ""]]
    for i, planned in enumerate(engine.plan):
        name = planned.step.name.get(lang)
        if planned.case_index is not None and len(engine.cases) > 1:
            name += f" ({t['case'].format(n=planned.case_index + 1)})"
        rows.append(
            [
                Paragraph(markup(f"{i + 1}. {name}"), cell),
                Paragraph(format_duration(engine.step_planned(i)), cell),
                Paragraph(format_duration(engine.step_elapsed(i, now)), cell),
            ]
        )
    left_w = width * 0.5
    steps = Table(rows, colWidths=[left_w * 0.64, left_w * 0.18, left_w * 0.18], hAlign="LEFT")
    steps.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # never Helvetica
                ("SPAN", (0, 0), (-1, 0)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    fairness = data.fairness
    gini = (
        f"{fairness.gini:.2f}".replace(".", "," if lang == "fr" else ".")
        if fairness.measured
        else "—"  # nobody spoke in the shared steps: no figure, not a perfect one
    )
    right: list[Flowable] = [Paragraph(markup(t["balance"].format(gini=gini)), cell)]
    if not anonymize and fairness.population:  # the relevé shows no per-person figure
        right.insert(0, Paragraph(markup(t["talk"]), bold))
        shown = [p for p in data.stored.people if p.id in fairness.population]
        right.insert(
            1,
            _chart(
                [(p.name, fairness.share(p.id)) for p in shown],
                fairness.equal_share,
                width * 0.46,
                small,
            ),
        )
    block = Table([[steps, right]], colWidths=[width * 0.52, width * 0.48], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # never Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return block


def _style(size: float, font: str = FONT) -> ParagraphStyle:
    return ParagraphStyle(f"s{font}{size}", fontName=font, fontSize=size, leading=size * 1.2)


def _chart(shares: list[tuple[str, float]], equal: float, width: float, size: float) -> Drawing:
    row = size * 1.5
    label_w = width * 0.38
    bar_w = width - label_w - size * 3
    top = max([equal, *(s for _, s in shares)]) or 1.0
    drawing = Drawing(width, row * len(shares) + 2)
    # Its state starts in our font, or ReportLab sets a Helvetica it never embeds.
    drawing.initialFontName, drawing.initialFontSize = FONT, size
    # The equal-share line first, so bars and figures are drawn over it.
    x = label_w + bar_w * equal / top
    drawing.add(
        Line(
            x,
            0,
            x,
            row * len(shares) + 2,
            strokeColor=ACCENT,
            strokeWidth=1,
            strokeDashArray=[2, 2],
        )
    )
    for i, (name, share) in enumerate(shares):
        y = (len(shares) - 1 - i) * row + 1
        short = name if len(name) <= 22 else name[:21] + "…"
        drawing.add(
            String(
                label_w - 3, y + row * 0.25, short, fontName=FONT, fontSize=size, textAnchor="end"
            )
        )
        drawing.add(
            Rect(
                label_w,
                y + row * 0.15,
                bar_w * share / top,
                row * 0.65,
                fillColor=BAR,
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                label_w + bar_w * share / top + 2,
                y + row * 0.25,
                f"{round(share * 100)} %",
                fontName=FONT,
                fontSize=size - 1,
            )
        )
    return drawing


def synthesis_pdf(data: SessionData, lang: str = "fr", releve: Releve | None = None) -> bytes:
    return render(build_content(data, lang, releve))


def releve_third_parties(data: SessionData, lang: str) -> list[str]:
    """The names in the relevé that are no participant's, to confirm before it
    leaves: the relevé is built whole, then read. Pure: run off the GUI thread."""
    t = LABELS.get(lang, LABELS["fr"])
    anon = Anonymizer(data.stored.people, t["facilitator_label"], t["peer_label"])
    content = _build(data, lang, Releve(), anon)  # one reading of the participants' names
    owners = [n.owner for n in data.notes if n.owner.strip()]
    return suspected_names(
        (cell for section in content.sections for row in section.rows for cell in row),
        names=[o for o in owners if anon.who(o) is None],  # an owner who is no participant
    )
