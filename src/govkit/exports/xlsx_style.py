"""The look of govkit's workbooks, and fast cells for openpyxl's write-only mode.

Speed matters here (a register of 10,000 activities is ~500,000 cells) and openpyxl's costs are
per styled cell: a cell object, a style lookup and, when a cell object is passed to
``append``, an exception openpyxl uses internally to tell values from cells. So:

- Plain text and numbers go to ``append`` as bare values (openpyxl's fast path). They still
  wrap and sit at the top of their row, because the workbook's *default* cell format (the first
  entry of ``cellXfs``, used by every cell without a style) is made "wrap text, align top" by
  ``wrap_by_default``. That reaches into openpyxl's private style table; if a future openpyxl
  changes it, the workbook is still valid and correct, only not wrapped (tests catch it).
- Only dates, headings and the rare guarded text carry their own style, built once per
  workbook (``CellFactory``) and shared.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.hyperlink import Hyperlink

from govkit.exports.cells import (
    ERROR_LITERALS,
    EXCEL_MAX_TEXT,
    ILLEGAL_XML,
    clean_text,
    is_formula_like,
)

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
HEADER_BORDER = Border(bottom=Side(style="medium", color="0B2740"))
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, color="1F4E79")
SECTION_FILL = PatternFill("solid", fgColor="D9E2F3")
LABEL_FONT = Font(bold=True)
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
LINK_FONT = Font(color="0563C1", underline="single")
NOTE_FONT = Font(italic=True, color="595959")

TRUNCATED = " […]"
# First characters that need a closer look: formula triggers, and "#" for error literals.
_CHECK_FIRST = frozenset("=+-@\t\r\x00#")
_ILLEGAL_SEARCH = ILLEGAL_XML.search


def wrap_by_default(workbook: Any) -> bool:
    """Make "wrap text, align top" the format of every cell that has no style of its own.

    Returns False (and changes nothing) if openpyxl's internals are not as expected.
    """
    styles = getattr(workbook, "_cell_styles", None)
    alignments = getattr(workbook, "_alignments", None)
    if not isinstance(styles, IndexedList) or not isinstance(alignments, IndexedList):
        return False
    if len(styles) != 1 or any(styles[0]):
        return False  # already used: changing the default now would restyle existing cells
    default = StyleArray()
    default.alignmentId = alignments.add(WRAP_TOP)
    workbook._cell_styles = IndexedList([default])
    return True


def naive_utc(value: datetime) -> datetime:
    """Excel has no time zones: aware times are written as UTC wall-clock times."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


class CellFactory:
    """Turns Python values into what ``WriteOnlyWorksheet.append`` takes, fast and safely."""

    def __init__(self, worksheet: Any) -> None:
        self.ws = worksheet  # any sheet of the workbook (styles belong to the workbook)
        self.truncated = 0
        self._date = self._style(number_format=DATE_FORMAT, alignment=WRAP_TOP)
        self._datetime = self._style(number_format=DATETIME_FORMAT, alignment=WRAP_TOP)
        self._guarded = self._style(alignment=WRAP_TOP, quote_prefix=True)
        self._header = self._style(
            font=HEADER_FONT, fill=HEADER_FILL, alignment=HEADER_ALIGN, border=HEADER_BORDER
        )
        self._title = self._style(font=TITLE_FONT)
        self._section = self._style(font=SECTION_FONT, fill=SECTION_FILL, alignment=WRAP_TOP)
        self._label = self._style(font=LABEL_FONT, fill=LABEL_FILL, alignment=WRAP_TOP)
        self._link = self._style(font=LINK_FONT, alignment=WRAP_TOP)
        self._note = self._style(font=NOTE_FONT, alignment=WRAP_TOP)

    def _style(
        self,
        *,
        number_format: str | None = None,
        alignment: Alignment | None = None,
        font: Font | None = None,
        fill: PatternFill | None = None,
        border: Border | None = None,
        quote_prefix: bool = False,
    ) -> StyleArray:
        template = Cell(self.ws, row=1, column=1)
        if number_format is not None:
            template.number_format = number_format
        if alignment is not None:
            template.alignment = alignment
        if font is not None:
            template.font = font
        if fill is not None:
            template.fill = fill
        if border is not None:
            template.border = border
        if quote_prefix:
            template.quotePrefix = True
        return template._style  # shared by every cell of this look; never changed

    # -- values --------------------------------------------------------------------------

    def row(self, values: list[Any]) -> list[Any]:
        """A row of plain values (str, int, float, date, datetime, None) made ready to append.

        Text is checked for what a cell cannot hold as is (control characters, more than
        32,767 characters) and for what a spreadsheet would run (formula triggers); plain
        text and numbers go through untouched, the fast way.
        """
        out: list[Any] = []
        append = out.append
        check_first = _CHECK_FIRST
        illegal = _ILLEGAL_SEARCH
        for value in values:
            kind = value.__class__
            if kind is str:
                if not value:
                    append(None)
                elif value[0] in check_first or len(value) > EXCEL_MAX_TEXT or illegal(value):
                    append(self.text(value))
                else:
                    append(value)
            elif value is None or kind is int or kind is float:
                append(value)
            elif kind is date:
                append(Cell(self.ws, row=1, column=1, value=value, style_array=self._date))
            elif kind is datetime:
                append(
                    Cell(
                        self.ws,
                        row=1,
                        column=1,
                        value=naive_utc(value),
                        style_array=self._datetime,
                    )
                )
            else:
                append(self.text(str(value)))
        return out

    # Every row is checked for control characters; the name says so where it matters.
    clean_row = row

    def text(self, value: str, style: StyleArray | None = None) -> Any:
        """A text cell that stays text: formula-like values get the quote prefix."""
        value = clean_text(value)
        if len(value) > EXCEL_MAX_TEXT:
            value = value[: EXCEL_MAX_TEXT - len(TRUNCATED)] + TRUNCATED
            self.truncated += 1
        guarded = is_formula_like(value)
        if style is None and not guarded and value not in ERROR_LITERALS:
            return value or None
        if guarded and style is not None:
            style = StyleArray(style)  # a copy: the shared look must not change
            style.quotePrefix = 1
        cell = Cell(
            self.ws, row=1, column=1, style_array=style if style is not None else self._guarded
        )
        cell.value = value  # after the style, so a date-like format cannot apply
        cell.data_type = "s"  # never a formula ("="), never an error value ("#N/A")
        return cell

    # -- looks ---------------------------------------------------------------------------

    def header(self, text: str) -> Any:
        return self.text(text, self._header)

    def title(self, text: str) -> Any:
        return self.text(text, self._title)

    def section(self, text: str) -> Any:
        return self.text(text, self._section)

    def label(self, text: str) -> Any:
        return self.text(text, self._label)

    def note(self, text: str) -> Any:
        return self.text(text, self._note)

    def link(self, worksheet: Any, text: str, location: str) -> Any:
        """A link to a place in the workbook, e.g. ``'CR-001 Civil status'!A1``, for a cell
        of ``worksheet`` (links are collected by the sheet a cell belongs to)."""
        text = clean_text(text)
        style = self._link
        if is_formula_like(text):
            style = StyleArray(style)
            style.quotePrefix = 1
        cell = Cell(worksheet, row=1, column=1, style_array=style)
        cell.value = text
        cell.data_type = "s"
        cell.hyperlink = Hyperlink(ref="", location=location, display=cell.value)
        return cell
