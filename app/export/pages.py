"""A document of as many pages as its story needs (the attendance sheet of a
group of 30, the service's bilan of 40 groups): a table longer than a page goes
on to the next, its header row repeated, instead of being dropped whole as a
frame drops a flowable that does not fit. Each page carries the footer."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.export.onepage import FONT, document_lang


def flowing_pdf(
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    margin: float,
    title: str,
    footer: str,
    lang: str,
) -> bytes:
    buffer = io.BytesIO()
    width, height = pagesize

    def draw_footer(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(margin, margin - 6 * mm, footer)
        canvas.restoreState()

    frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, showBoundary=0)
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        title=title,
        author="Tour de table",
        invariant=1,
        initialFontName=FONT,
        lang=document_lang(lang),
        pageTemplates=[PageTemplate("page", [frame], onPage=draw_footer)],
    )
    document.build(list(story))
    return buffer.getvalue()
