"""The bilan of a cycle, one page, anonymised: for the social-dialogue bodies
(seed 001) and the discussion space's self-check (seed 004). No name, no
per-person figure: the group's figures only."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.catalogue import part
from app.dates import day
from app.export.onepage import PageContent, Section, document_lang, render
from app.export.sheet import every_suspect_replaced
from app.group.ops.figures import CRITERIA, CycleFigures
from app.group.rules import action_history
from app.privacy.rules.anonymize import Anonymizer
from app.privacy.rules.third_party import replacer, suspected_names
from app.session.rules.engine import Person, Role

LABELS: dict[str, dict[str, str]] = part("bilan")


def _day(iso: str, lang: str) -> str:
    return day(iso, lang) if iso else ""


def _number(value: float | None, lang: str) -> str:
    if value is None:
        return "—"  # not measured: no speech in the shared steps
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang == "fr" else text


def build_bilan(
    figures: CycleFigures,
    criteria: Iterable[str],
    lang: str = "fr",
    third_parties: Mapping[str, str] | None = None,
) -> PageContent:
    """The anonymised page for the social-dialogue bodies; ``third_parties``: names
    that are no member's, each replaced by its label (see :func:`bilan_pdf`)."""
    t = LABELS.get(lang, LABELS["fr"])
    people = [Person(i, name, Role.CONSULTANT) for i, name in enumerate(figures.member_names)]
    members = Anonymizer(people, t["facilitator"], t["peer"]).text
    replace = replacer(third_parties or {})

    def clean(text: str) -> str:
        return replace(members(text))

    checked = set(criteria)
    header = [
        (t["group"], clean(figures.group)),
        (t["cycle"], clean(figures.title)),
        (t["method"], figures.protocol_names.get(lang, figures.protocol_id)),
        (t["held"], f"{len(figures.sessions)} / {figures.planned}"),
        (t["attendance"], f"{round(figures.attendance_rate * 100)} %"),
    ]
    cases = [
        [clean(theme) if theme else t["no_theme"], str(len(titles)), "; ".join(map(clean, titles))]
        for theme, titles in figures.cases_by_theme()
    ]
    proposals = [
        [tag or t["untagged"], clean(text)]
        for tag, texts in figures.proposals.items()
        for text in texts
    ]
    actions = [
        [
            clean(a.text),
            action_history(a, t) if a.history else t["status_none"],
            clean(a.trace),
        ]
        for a in figures.actions
    ]
    trend = " → ".join(_number(s.balance, lang) for s in figures.sessions)
    return PageContent(
        lang=document_lang(lang),
        title=t["title"],
        header=header,
        notice=t["notice"],
        sections=[
            Section(t["sessions"], _session_rows(figures, t, lang), keep_empty=True),
            Section(t["trend"], [[trend]] if trend else []),
            Section(t["cases"], cases, widths=(0.3, 0.08, 0.62)),
            Section(t["proposals"], proposals, widths=(0.25, 0.75)),
            Section(t["actions"], actions, widths=(0.45, 0.38, 0.17)),
            Section(t["training"], [[clean(x)] for x in figures.training]),
            Section(t["answers"], _answer_rows(figures, t, lang, clean)),
            Section(t["evaluation"], _evaluation_rows(figures, t, lang), widths=(0.7, 0.3)),
            Section(
                t["criteria"],
                [[t[c], t["yes"] if c in checked else t["no"]] for c in CRITERIA],
                widths=(0.8, 0.2),
            ),
        ],
        more_marker=t["more"],
    )


def _session_rows(figures: CycleFigures, t: Mapping[str, str], lang: str) -> list[list[str]]:
    return [
        [
            t["session_row"].format(
                n=s.number,
                day=_day(s.day, lang),
                present=s.present,
                expected=s.expected,
                balance=_number(s.balance, lang),
            )
        ]
        for s in figures.sessions
    ]


def _answer_rows(
    figures: CycleFigures, t: Mapping[str, str], lang: str, clean: Callable[[str], str]
) -> list[list[str]]:
    """Management's answers with their delay, then the relevés still awaiting one."""
    answered = [
        [
            t["answer_row"].format(
                sent=_day(a.sent_day, lang),
                answered=_day(a.answered_day, lang),
                days=a.delay_days,
                decisions=clean(
                    (f"« {a.about} » — " if a.about else "") + (a.decisions or a.analysis)
                ),
            )
        ]
        for a in figures.answers
    ]
    awaited = [
        [t["awaited_row"].format(n=w.number, sent=_day(w.sent_day, lang), days=w.days)]
        for w in figures.awaited
    ]
    return answered + awaited


def _evaluation_rows(figures: CycleFigures, t: Mapping[str, str], lang: str) -> list[list[str]]:
    return [
        [t[e.question], t["evaluation_row"].format(average=_number(e.average, lang), n=e.answers)]
        for e in figures.evaluation
    ]


def bilan_third_parties(figures: CycleFigures, lang: str = "fr") -> list[str]:
    """The names in the bilan that are no member's: the relevé's check, run on what
    the group wrote (the group's and the cycle's names are the facilitator's)."""
    content = build_bilan(figures, [], lang)
    texts = [cell for section in content.sections for row in section.rows for cell in row]
    # The cycle's title is printed in the header ("Cycle de Mme Kerbrat"); the
    # group's own name is how the bodies know the group.
    cycle_label = LABELS.get(lang, LABELS["fr"])["cycle"]
    title = [value for label, value in content.header if label == cycle_label]
    return suspected_names([*title, *texts])


def bilan_pdf(
    figures: CycleFigures,
    criteria: Iterable[str],
    lang: str = "fr",
    third_parties: Mapping[str, str] | None = None,
) -> bytes:
    """The bilan, with the names confirmed as no member's replaced ("une tierce
    personne"): it leaves the group for bodies that must identify nobody.
    Without decisions, every suspect is replaced."""
    if third_parties is None:
        third_parties = every_suspect_replaced(bilan_third_parties(figures, lang), lang)
    return render(build_bilan(figures, criteria, lang, third_parties))
