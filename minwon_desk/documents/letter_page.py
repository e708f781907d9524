"""The page every case document is printed on: A4 portrait, the letter's face and
colours, and the file — fonts embedded, compressed, "N / M" and the document number at
the foot of every page."""

from __future__ import annotations

from functools import partial
from io import BytesIO
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from minwon_desk.documents.fonts import MYEONGJO, MYEONGJO_BOLD
from minwon_desk.documents.textfit import fit_size

# One face for a letter, as Korean public letters are set. Every embedded face costs a
# subset of its own whatever few letters it carries (a third of a reply letter's time
# went to the Gothic and bold faces): the agency's name is drawn heavier in the same
# face (AgencyName) and labels stand out by colour and shading. Only a receipt's title
# and deadlines use the bold face.
PLAIN = MYEONGJO
BOLD = MYEONGJO_BOLD

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FOOTER_Y = 11 * mm
LABEL_W = 32 * mm
CELL_SIZE = 9.5
CELL_LEADING = 14.0
CELL_PAD = 6.0

INK = HexColor("#1A202C")
MUTED = HexColor("#4A5568")
RULE = HexColor("#1F3A5F")
GRID = HexColor("#9AA3AF")
LABEL_FILL = HexColor("#EEF1F5")


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Holds the pages back until the end so that each footer can say "N / M"."""

    def __init__(
        self, *args: Any, footer_left: str, margin_x: float = MARGIN_X, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer_left = footer_left
        self._margin_x = margin_x
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        page_w = self._pagesize[0]
        margin = self._margin_x
        self.line(margin, FOOTER_Y + 10, page_w - margin, FOOTER_Y + 10)
        self.setFillColor(MUTED)
        size = min(8.0, fit_size(self._footer_left, PLAIN, (page_w - 2 * margin) * 0.4, 8.0))
        self.setFont(PLAIN, size)
        self.drawString(margin, FOOTER_Y, self._footer_left)
        self.setFont(PLAIN, 8.5)
        self.drawCentredString(page_w / 2, FOOTER_Y, f"{number} / {total}")
        self.restoreState()


def build_pdf(
    story: list[Flowable], *, title: str, author: str, subject: str, document_no: str,
    pagesize: tuple[float, float] = A4, margin_x: float = MARGIN_X,
) -> bytes:
    """Lay ``story`` out on A4 pages (portrait unless ``pagesize`` says otherwise) and
    return the PDF: fonts embedded,
    compressed, with the document number and "N / M" at the foot of every page.

    The output is invariant (no creation timestamp): the same case printed twice gives
    the same bytes."""
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="민원 데스크",
        pageCompression=1,
        invariant=1,
        lang="ko-KR",
        # The canvas otherwise names Helvetica on every page, a font no PDF here embeds.
        initialFontName=MYEONGJO,
        initialFontSize=11,
    )
    page_w, page_h = pagesize
    frame = Frame(
        margin_x, MARGIN_BOTTOM, page_w - 2 * margin_x, page_h - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer_left=document_no,
                                                margin_x=margin_x))
    return out.getvalue()
