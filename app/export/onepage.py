"""One A4 page, always: content shrinks, then is cut with a visible marker.

The same machinery prints the synthesis sheet and the narrator's prep sheet.
Every user string is escaped before it reaches ReportLab's markup, the font is
embedded, and ``invariant=1`` makes identical input give identical bytes.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from app.paths import resource_path

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)
MIN_SIZE = SIZES[-1]
FIRST_CAP = 700  # characters of one item kept before cutting, at the smallest size
MARGIN = 14 * mm
ACCENT = colors.HexColor("#10263d")


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resource_path("fonts")
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def document_lang(lang: str) -> str:
    return "en-GB" if lang == "en" else "fr-FR"


def markup(text: str) -> str:
    """User text as ReportLab markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


@dataclass
class Section:
    title: str
    rows: list[list[str]]  # one cell: a bullet line; several: a table row
    header: list[str] | None = None
    widths: Sequence[float] | None = None  # fractions of the width, for tables
    truncated: bool = False
    keep_empty: bool = False  # print "—" rather than leaving the section out


@dataclass
class PageContent:
    title: str
    header: list[tuple[str, str]]  # (label, value)
    sections: list[Section]
    more_marker: str  # "… (suite dans l'export complet)"
    footer: str = ""
    notice: str = ""  # e.g. the confidentiality rule, printed in a box under the header
    lang: str = "fr-FR"  # the document's language, for screen readers
    # Builds the fixed block at the bottom (steps table, chart) for a type size and width.
    bottom: Callable[[float, float], list[Flowable]] | None = None


def _styles(size: float) -> dict[str, ParagraphStyle]:
    lead = size * 1.25
    return {
        "title": ParagraphStyle(
            "title",
            fontName=BOLD,
            fontSize=size + 6,
            leading=size + 9,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        "header": ParagraphStyle("header", fontName=FONT, fontSize=size, leading=lead),
        "notice": ParagraphStyle(
            "notice",
            fontName=BOLD,
            fontSize=size,
            leading=lead,
            textColor=colors.HexColor("#7a1f1f"),
            borderPadding=3,
            borderColor=colors.HexColor("#7a1f1f"),
            borderWidth=0.6,
            spaceBefore=4,
            spaceAfter=6,
        ),
        "h": ParagraphStyle(
            "h",
            fontName=BOLD,
            fontSize=size + 1,
            leading=lead + 1,
            textColor=ACCENT,
            spaceBefore=size * 0.6,
            spaceAfter=1,
        ),
        "body": ParagraphStyle(
            "body", fontName=FONT, fontSize=size, leading=lead, alignment=TA_LEFT
        ),
        "bullet": ParagraphStyle(
            "bullet",
            fontName=FONT,
            bulletFontName=FONT,  # ReportLab's default is Helvetica, not embedded
            fontSize=size,
            leading=lead,
            leftIndent=size,
            bulletIndent=0,
        ),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=size - 0.5, leading=lead - 0.5),
        "cellbold": ParagraphStyle(
            "cellbold", fontName=BOLD, fontSize=size - 0.5, leading=lead - 0.5
        ),
        "more": ParagraphStyle(
            "more", fontName=BOLD, fontSize=size, leading=lead, textColor=colors.HexColor("#7a1f1f")
        ),
    }


def _section_flowables(
    section: Section, st: dict[str, ParagraphStyle], width: float, marker: str
) -> list[Flowable]:
    if not section.rows and not section.keep_empty:
        return []
    out: list[Flowable] = [Paragraph(markup(section.title), st["h"])]
    if not section.rows:
        out.append(Paragraph("—", st["body"]))
    elif len(section.rows[0]) == 1 and section.header is None:
        out += [Paragraph(markup(row[0]), st["bullet"], bulletText="•") for row in section.rows]
    else:
        data = []
        if section.header:
            data.append([Paragraph(markup(h), st["cellbold"]) for h in section.header])
        data += [[Paragraph(markup(cell), st["cell"]) for cell in row] for row in section.rows]
        columns = len(section.rows[0])
        fractions = section.widths or [1 / columns] * columns
        table = Table(data, colWidths=[width * f for f in fractions], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c2cc")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        out.append(table)
    if section.truncated:
        out.append(Paragraph(markup(marker), st["more"]))
    return out


def _flowables(content: PageContent, size: float, width: float) -> list[Flowable]:
    st = _styles(size)
    out: list[Flowable] = [Paragraph(markup(content.title), st["title"])]
    header = " · ".join(f"<b>{markup(k)}</b> {markup(v)}" for k, v in content.header if v)
    out.append(Paragraph(header, st["header"]))
    if content.notice:
        out.append(Paragraph(markup(content.notice), st["notice"]))
    for section in content.sections:
        out += _section_flowables(section, st, width, content.more_marker)
    if content.bottom is not None:
        out.append(Spacer(1, size * 0.8))
        out += content.bottom(size, width)
    return out


def _frame() -> Frame:
    width, height = A4
    return Frame(
        MARGIN,
        MARGIN + 6 * mm,
        width - 2 * MARGIN,
        height - 2 * MARGIN - 6 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _fits(content: PageContent, size: float) -> bool:
    register_fonts()
    frame = _frame()
    story = _flowables(content, size, frame._width)
    frame.addFromList(story, Canvas(io.BytesIO(), pagesize=A4, initialFontName=FONT))
    return not story


def _cap(content: PageContent, limit: int) -> bool:
    changed = False
    for section in content.sections:
        for row in section.rows:
            for i, cell in enumerate(row):
                if len(cell) > limit:
                    row[i] = cell[:limit].rstrip() + "…"
                    section.truncated = changed = True
    return changed


def _text_width_exceeds(content: PageContent, limit: float) -> bool:
    """Whether the user text alone, set at the smallest size in one endless line,
    is wider than ``limit``: then no type size can hold it on the page."""
    size = MIN_SIZE - 0.5  # table cells, the smallest text on the page
    total = 0.0
    for section in content.sections:
        for row in section.rows:
            for cell in row:
                total += pdfmetrics.stringWidth(cell, FONT, size)
                if total > limit:
                    return True
    return False


def _page_capacity() -> float:
    """The page's lines at the smallest leading, laid end to end, in points."""
    frame = _frame()
    leading = (MIN_SIZE - 0.5) * 1.25 - 0.5
    return float(frame._width) * (float(frame._height) / leading)


def _largest_fitting_size(content: PageContent) -> float | None:
    """Bisects the sizes, largest first (a page that holds at one size holds at
    every smaller one): a handful of layouts instead of one per size."""
    if not _fits(content, SIZES[-1]):
        return None
    low, high = 0, len(SIZES) - 1  # SIZES[high] fits; find the first index that does
    while low < high:
        middle = (low + high) // 2
        if _fits(content, SIZES[middle]):
            high = middle
        else:
            low = middle + 1
    return SIZES[low]


_Cut = tuple[str, int]  # ("pop", section) | ("cap", limit) | ("bottom", 0)


def _plan_cuts(content: PageContent) -> list[_Cut]:
    """The order in which content is given up: the longest section loses its last
    row; a lone long item is halved; at the end, the bottom block goes."""
    work = copy.deepcopy(content)
    limit = FIRST_CAP
    cuts: list[_Cut] = []
    while True:
        longest = max(range(len(work.sections)), key=lambda i: len(work.sections[i].rows))
        rows = work.sections[longest].rows if work.sections else []
        if len(rows) > 1:
            rows.pop()
            cuts.append(("pop", longest))
        elif limit > 40:
            limit //= 2
            _cap(work, limit)
            cuts.append(("cap", limit))
        elif rows:
            rows.pop()
            cuts.append(("pop", longest))
        else:
            cuts.append(("bottom", 0))
            return cuts


def _after_cuts(base: PageContent, cuts: list[_Cut]) -> PageContent:
    cut = copy.deepcopy(base)
    for kind, value in cuts:
        if kind == "pop":
            cut.sections[value].rows.pop()
            cut.sections[value].truncated = True
        elif kind == "cap":
            _cap(cut, value)
        else:
            cut.bottom = None
    return cut


def fit(content: PageContent) -> tuple[PageContent, float]:
    """The largest type size at which everything fits; else cut at the minimum,
    as little as possible. Both are searched by bisection; content whose text
    could not fit even in one endless line is not laid out at all."""
    capacity = _page_capacity()
    if not _text_width_exceeds(content, capacity):
        size = _largest_fitting_size(content)
        if size is not None:
            return content, size
    base = copy.deepcopy(content)
    _cap(base, FIRST_CAP)
    cuts = _plan_cuts(base)
    # The first cut state whose text could fit at all: none before it can.
    low = 0
    probe = base
    while low < len(cuts) - 1 and _text_width_exceeds(probe, capacity):
        step = max(1, (len(cuts) - 1 - low) // 8)
        low = min(len(cuts) - 1, low + step)
        probe = _after_cuts(base, cuts[:low])
    while low > 0 and not _text_width_exceeds(_after_cuts(base, cuts[: low - 1]), capacity):
        low -= 1  # stepped past the first candidate: walk back to it
    high = len(cuts) - 1  # the last state before the bottom block goes
    if not _fits(_after_cuts(base, cuts[:high]), MIN_SIZE):
        return _after_cuts(base, cuts), MIN_SIZE
    while low < high:  # the fewest cuts that fit
        middle = (low + high) // 2
        if _fits(_after_cuts(base, cuts[:middle]), MIN_SIZE):
            high = middle
        else:
            low = middle + 1
    return _after_cuts(base, cuts[:low]), MIN_SIZE


def render(content: PageContent) -> bytes:
    register_fonts()
    fitted, size = fit(content)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        initialFontName=FONT,  # every font embedded: no Helvetica left in the page
        lang=content.lang,
    )
    canvas.setTitle(content.title)
    canvas.setAuthor("Tour de table")
    canvas.setCreator("Tour de table")
    frame = _frame()
    story = _flowables(fitted, size, frame._width)
    frame.addFromList(story, canvas)  # draws what fits; never a second page
    if content.footer:
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, MARGIN - 2 * mm, content.footer)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
