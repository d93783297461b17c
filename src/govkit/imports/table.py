"""What was read from a spreadsheet: headings and rows of plain values, nothing interpreted yet."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

# A cell as read: text, a number, a truth value, a date or time, or nothing.
CellValue = str | int | float | bool | date | datetime | time | None

# Called now and then while reading: (done, total, message); total 0 when unknown. It may
# raise (the caller's Cancelled) to stop reading.
StepFn = Callable[[int, int, str], None]

CONTROLLER = "controller"
PROCESSOR = "processor"
REGISTERS = (CONTROLLER, PROCESSOR)


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row number the spreadsheet program shows (1-based; CSV: line of the row)
    values: tuple[CellValue, ...]  # one per heading, None when empty
    sheet: str | None = None  # the sheet, when rows of one table come from several sheets
    register: str | None = None  # which register the row belongs to, when the file says so


@dataclass(frozen=True)
class SourceTable:
    """One register-like table of a workbook or CSV file.

    ``guide`` and ``parts`` are filled for a workbook written by govkit (``full`` layout): the
    column guide maps headings to field names exactly, and ``parts`` holds the rows of the
    recipients, transfers, joint-controller and controllers-served sheets, by part field and
    record ID (a list of attribute dicts per record, in sheet order).
    """

    path: Path
    kind: str  # "xlsx" or "csv"
    headings: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()  # every sheet of the workbook
    register_sheets: tuple[str, ...] = ()  # sheets that look like registers, best first
    header_row: int = 1
    register: str = CONTROLLER  # what the table seems to hold
    origin: str = "other"  # "govkit" for a workbook govkit wrote in the full layout
    # "table": one row per activity; "forms": one sheet per activity (a CNIL-style register),
    # each row's ``number`` is then the sheet's position and ``sheet`` its name.
    layout: str = "table"
    guide: Mapping[str, str] = field(default_factory=dict)
    parts: Mapping[str, Mapping[str, tuple[Mapping[str, str], ...]]] = field(default_factory=dict)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    warnings: tuple[str, ...] = ()  # things the user should know about the file as a whole
    formula_cells: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # row -> cells

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def from_govkit(self) -> bool:
        return self.origin == "govkit"
