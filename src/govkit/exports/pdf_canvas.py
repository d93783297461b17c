"""A reportlab canvas that prints "Page x of y" in one pass.

Each page draws its number at once and, for the total, a placeholder: a form XObject that is
filled in only when the document is saved and the number of pages is known (the shared library
notes: filling it in ``handle_documentEnd`` fails; at ``save()`` it works). Nothing of the pages
is kept in memory for a second pass, as the usual "keep every page's state" recipe does.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

TOTAL_FORM = "govkitPageTotal"


class NumberedCanvas(Canvas):
    """Call ``draw_page_number`` from a page template's ``onPage``; ``save`` fills in the total.

    ``total_hint`` (the page count of an earlier pass of the same document, if any) only
    decides how much room the total gets when the text is right-aligned; the printed total is
    always the real one.
    """

    total_hint: int = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_shown = 0

    def showPage(self) -> None:
        self.pages_shown += 1
        super().showPage()

    def draw_page_number(
        self, template: str, right: float, y: float, font: str, size: float
    ) -> None:
        """Draw ``template`` (with ``{page}`` and ``{total}``) ending at ``right``."""
        page = self.getPageNumber()
        before, _sep, after = template.partition("{total}")
        before = before.format(page=page)
        after = after.format(page=page)
        hint = str(max(self.total_hint, page))
        total_width = stringWidth(hint, font, size)
        x = right - stringWidth(after, font, size) - total_width - stringWidth(before, font, size)
        self.setFont(font, size)
        self.drawString(x, y, before)
        x += stringWidth(before, font, size)
        self.saveState()
        self.translate(x, y)
        self.doForm(TOTAL_FORM)
        self.restoreState()
        if after:
            self.drawString(x + total_width, y, after)
        self._number_font = (font, size)

    def save(self) -> None:
        if len(self._code):  # type: ignore[attr-defined]
            self.showPage()
        font, size = getattr(self, "_number_font", (self._fontname, self._fontsize))
        self.beginForm(TOTAL_FORM, lowerx=0, lowery=-size, upperx=size * 8, uppery=size * 2)
        self.setFont(font, size)
        self.setFillColorRGB(0.33, 0.33, 0.33)
        self.drawString(0, 0, str(self.pages_shown))
        self.endForm()
        super().save()
