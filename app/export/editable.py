"""The relevé as an editable document (.docx), for services that file a compte
rendu in their own template: the same content as the PDF, as headings, lines and
tables a word processor (Word, LibreOffice) opens and restyles.

python-docx writes it: a maintained library for the OOXML format, rather than
XML written by hand.
"""

from __future__ import annotations

import io

from app.export.onepage import PageContent

EMPTY = "—"


def content_docx(content: PageContent) -> bytes:
    from docx import Document  # loaded when an editable copy is asked for
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = content.title
    document.core_properties.language = content.lang
    document.add_heading(content.title, level=0)
    header = document.add_paragraph()
    for i, (label, value) in enumerate(content.header):
        if i:
            header.add_run(" · ")
        header.add_run(f"{label} ").bold = True
        header.add_run(value)
    if content.notice:
        notice = document.add_paragraph()
        run = notice.add_run(content.notice)
        run.bold = True
        run.font.size = Pt(10)
    for section in content.sections:
        if not section.rows and not section.keep_empty:
            continue
        document.add_heading(section.title, level=2)
        if not section.rows:
            document.add_paragraph(EMPTY)
        elif len(section.rows[0]) == 1 and section.header is None:
            for (line,) in section.rows:
                document.add_paragraph(line, style="List Bullet")
        else:
            columns = max(len(row) for row in section.rows)
            table = document.add_table(rows=0, cols=columns)
            table.style = "Table Grid"
            if section.header:
                cells = table.add_row().cells
                for cell, text in zip(cells, section.header, strict=False):
                    cell.text = text
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.bold = True
            for row in section.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=False):
                    cell.text = text
    if content.footer:
        document.add_paragraph(content.footer).runs[0].font.size = Pt(8)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def content_text(content: PageContent) -> str:
    """The same content as plain lines: what the room reads on the projection."""
    lines = [content.title]
    for section in content.sections:
        if not section.rows and not section.keep_empty:
            continue
        lines.append("")
        lines.append(section.title)
        lines += [" — ".join(cell for cell in row if cell) for row in section.rows] or [EMPTY]
    return "\n".join(lines)
