"""The reports' tables: a header row in the label colour repeated on each page, a thin grid,
numbers to the right where asked, and cells that are plain strings when they fit one line
(a table draws those without a paragraph's layout work, which matters over hundreds of
rows), else wrapping paragraphs. Each report gives its own type size and padding."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from minwon_desk.documents.letter_frame import cell_flow
from minwon_desk.documents.letter_page import GRID, INK, LABEL_FILL, MUTED, PLAIN


@dataclass(frozen=True, slots=True)
class GridLook:
    size: float  # type size of the cells
    leading: float
    pad: float  # left and right of each cell
    cell: Callable[[], ParagraphStyle]  # the wrapping cells' style (asked when a table is made)
    strip: bool = False  # spaces around a cell's text left out
    padding: tuple[float, float] | None = None  # above and below the text; None: reportlab's

    def text(self, text: str, width: float) -> Any:
        """A cell of ``width``: the string itself when it fits one line, else paragraphs."""
        if self.strip:
            text = text.strip()
        if "\n" not in text and stringWidth(text, PLAIN, self.size) <= width - 2 * self.pad:
            return text
        return cell_flow(text, self.cell())

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
        *, right: Sequence[int] = (), shaded: Sequence[int] = (),
    ) -> Table:
        """``right``: the columns of numbers; ``shaded``: rows drawn like the header."""
        data: list[list[Any]] = [list(header)]
        data += [[self.text(cell, w) for cell, w in zip(row, widths, strict=True)] for row in rows]
        table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        cmds: list[tuple[Any, ...]] = [
            # Plain-string cells name a font of their own: it must be an embedded one.
            ("FONTNAME", (0, 0), (-1, -1), PLAIN),
            ("FONTSIZE", (0, 0), (-1, -1), self.size),
            ("LEADING", (0, 0), (-1, -1), self.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
        ]
        if self.padding is not None:
            cmds += [("TOPPADDING", (0, 0), (-1, -1), self.padding[0]),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), self.padding[1])]
        cmds += [("ALIGN", (col, 1), (col, -1), "RIGHT") for col in right]
        cmds += [("BACKGROUND", (0, row), (-1, row), LABEL_FILL) for row in shaded]
        table.setStyle(TableStyle(cmds))
        return table
