"""Reading a spreadsheet (xlsx or CSV) into a ``SourceTable``, safely.

- The file's type is told from its first bytes and checked by ``safety.sniff`` (size, zip
  bomb, Word document renamed .xlsx, password-protected workbook, legacy .xls…) before any
  parser sees it.
- Workbooks are opened with openpyxl in read-only mode with ``data_only=True`` and
  ``keep_links=False``: formulas are never evaluated, a formula cell yields the value Excel saved
  with it; cells whose formula has no saved value are reported (``SourceTable.formula_cells``).
  openpyxl parses the XML through defusedxml (installed with govkit), so entity tricks fail.
- Rows, columns and runs of empty rows are bounded (``Limits``).
- The header row is found, not assumed: the row among the first 30 that names the most register
  fields (the ICO's template, for one, has its headings on row 9).
- The sheet is the one that looks most like a register, unless one is asked for. A workbook
  govkit wrote (``full`` layout) is recognised by the column guide on its About sheet, which
  names the field of every column and the sheets holding recipients, transfers and so on.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from govkit.i18n import _
from govkit.imports import errors
from govkit.imports.forms import Form, form_pairs, forms_table, forms_warning, is_form
from govkit.imports.headings import (
    CONTROLLER_ONLY,
    PROCESSOR_ONLY,
    RECORD_ID,
    HeadingIndex,
)
from govkit.imports.safety import DEFAULT_LIMITS, Limits, sniff
from govkit.imports.table import (
    CONTROLLER,
    PROCESSOR,
    CellValue,
    SourceRow,
    SourceTable,
    StepFn,
)

# The column guide written on the About sheet of a ``full`` workbook (exports/xlsx.py).
GUIDE_SHEET = "govkit-sheet"
GUIDE_COLUMN = "govkit-column"
PART_ROLES = {
    "recipients": "recipients",
    "transfers": "transfers",
    "joint_controllers": "joint_controllers",
    "controllers": "controllers",
}
PART_KEYS = frozenset(
    {
        "name",
        "category",
        "country",
        "recipient",
        "safeguard",
        "documentation",
        "contact",
        "responsibilities",
        "representative",
        "dpo",
    }
)

HEADER_SCAN = 30  # rows searched for the headings
SHEET_SCAN = 50  # sheets scored when choosing one
GUIDE_SCAN = 3_000  # rows of a sheet searched for the column guide
_STEP_ROWS = 1_000


def read_source(
    path: Path,
    *,
    sheet: str | None = None,
    step: StepFn | None = None,
    limits: Limits = DEFAULT_LIMITS,
    index: HeadingIndex | None = None,
) -> SourceTable:
    """Read the register table of ``path`` (xlsx or CSV); raises ``SourceFileError``."""
    kind = sniff(path, limits)
    index = index or HeadingIndex()
    guarded = _guard(step)
    try:
        if kind == "csv":
            return _read_csv(path, guarded, limits, index)
        return _read_xlsx(path, sheet, guarded, limits, index)
    except _Interrupted as stop:
        raise stop.original from None  # e.g. the user's Cancel, unchanged


class _Interrupted(Exception):
    """The caller's step function raised (Cancel): passed through parser error handling."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original


def _guard(step: StepFn | None) -> StepFn:
    def guarded(done: int, total: int, message: str) -> None:
        if step is None:
            return
        try:
            step(done, total, message)
        except Exception as exc:
            raise _Interrupted(exc) from exc

    return guarded


# -- cells and header rows ------------------------------------------------------------------


def cell_value(value: Any) -> CellValue:
    """A cell as one of the plain types of ``CellValue`` (empty text becomes None)."""
    if value is None or isinstance(value, bool | int | float | datetime | date | time):
        return value
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _trim(values: Sequence[Any]) -> list[CellValue]:
    cells = [cell_value(v) for v in values]
    while cells and cells[-1] is None:
        cells.pop()
    return cells


def _score(cells: Sequence[CellValue], index: HeadingIndex) -> tuple[int, int]:
    """(fields named exactly, fields named by a keyword rule) by the text cells of a row."""
    exact: set[str] = set()
    loose: set[str] = set()
    for cell in cells:
        if isinstance(cell, str) and len(cell) < 300:
            match = index.match(cell)
            if match.field is None:
                continue
            if match.how == "exact":
                exact.add(match.field)
            elif len(cell) <= 80:
                loose.add(match.field)
    return len(exact), len(loose - exact)


def _weight(score: tuple[int, int]) -> int:
    return score[0] * 2 + score[1]


def looks_like_header(score: tuple[int, int]) -> bool:
    return score[0] >= 2 or (score[0] >= 1 and score[1] >= 2) or score[1] >= 4


def find_header(rows: Sequence[tuple[int, list[CellValue]]], index: HeadingIndex) -> int | None:
    """Position in ``rows`` of the header row: the row naming the most fields, if it looks
    like headings; else the first row made only of text (headings nothing matched); else
    None."""
    best, best_score = None, (0, 0)
    for position, (_number, cells) in enumerate(rows):
        score = _score(cells, index)
        if _weight(score) > _weight(best_score):
            best, best_score = position, score
    if best is not None and looks_like_header(best_score):
        return best
    for _number, cells in rows:
        texts = [c for c in cells if c is not None]
        if texts:
            return 0 if all(isinstance(c, str) for c in texts) else None
    return None


def _headings(cells: Sequence[CellValue], width: int) -> tuple[str, ...]:
    """Column headings: the header row's texts, "Column C" for unnamed columns, and "(2)"
    after a repeated heading, so that every heading names one column."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for position in range(width):
        cell = cells[position] if position < len(cells) else None
        text = " ".join(_text(cell).split()) if cell is not None else ""
        if not text:
            text = _("Column {letter}").format(letter=column_letter(position + 1))
        key = text.casefold()
        if key in seen:
            seen[key] += 1
            text = f"{text} ({seen[key]})"
        else:
            seen[key] = 1
        out.append(text)
    return tuple(out)


def _text(value: CellValue) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _register_of(fields: Iterable[str | None]) -> str:
    found = {f for f in fields if f}
    processor = len(found & PROCESSOR_ONLY)
    controller = len(found & CONTROLLER_ONLY)
    return PROCESSOR if processor > controller else CONTROLLER


class _Rows:
    """Collects the data rows below the header: bounded, empty rows skipped."""

    def __init__(self, name: str, limits: Limits, step: StepFn, total: int) -> None:
        self.name = name
        self.limits = limits
        self.step = step
        self.total = total
        self.rows: list[tuple[int, list[CellValue]]] = []
        self.width = 0
        self.empty_run = 0
        self.stopped_at: int | None = None

    def add(self, number: int, values: Sequence[Any]) -> bool:
        """Take one row; False once reading should stop (a long run of empty rows)."""
        if number % _STEP_ROWS == 0:
            self.step(number, self.total, _("Reading “{name}”…").format(name=self.name))
        cells = _trim(values)
        if not cells:
            self.empty_run += 1
            if self.empty_run >= self.limits.max_empty_run:
                self.stopped_at = number
                return False
            return True
        self.empty_run = 0
        if len(cells) > self.limits.max_columns:
            raise errors.too_many_columns(self.name, self.limits.max_columns)
        if len(self.rows) >= self.limits.max_rows:
            raise errors.too_many_rows(self.name, self.limits.max_rows)
        self.rows.append((number, cells))
        self.width = max(self.width, len(cells))
        return True


def _table_rows(
    collected: _Rows, header: list[CellValue], sheet: str | None
) -> tuple[tuple[str, ...], tuple[SourceRow, ...]]:
    width = max(collected.width, len(header))
    headings = _headings(header, width)
    rows = tuple(
        SourceRow(number, tuple(cells + [None] * (width - len(cells))), sheet)
        for number, cells in collected.rows
    )
    return headings, rows


# -- xlsx -----------------------------------------------------------------------------------


def _read_xlsx(
    path: Path, sheet: str | None, step: StepFn, limits: Limits, index: HeadingIndex
) -> SourceTable:
    from openpyxl import load_workbook

    name = path.name
    # govkit holds the file open itself, so that it is closed whatever openpyxl does when
    # the workbook turns out to be damaged halfway through.
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise errors.unreadable(name, exc.strerror or str(exc)) from None
    with handle, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about features it drops
        try:
            wb = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # untrusted input: any parser failure means "damaged"
            raise errors.corrupt(name, _short(exc)) from None
        try:
            return _read_workbook(path, wb, sheet, step, limits, index)
        except (errors.SourceFileError, _Interrupted):
            raise
        except Exception as exc:
            raise errors.corrupt(name, _short(exc)) from None
        finally:
            wb.close()


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def _worksheets(wb: Any) -> list[Any]:
    # Only worksheets hold tables (chart sheets have no rows).
    return [ws for ws in wb.worksheets if hasattr(ws, "iter_rows")]


def _iter_rows(ws: Any, limits: Limits) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) of every row, empty ones included, at most max_columns + 1
    wide (so a cell far to the right costs nothing and still shows the limit is passed)."""
    ws.reset_dimensions()  # the stored size may be wrong; read what is there
    yield from enumerate(ws.iter_rows(max_col=limits.max_columns + 1, values_only=True), 1)


def _first_rows(ws: Any, limits: Limits, count: int) -> list[tuple[int, list[CellValue]]]:
    rows = []
    for number, values in _iter_rows(ws, limits):
        if number > count:
            break
        cells = _trim(values)
        if cells:
            rows.append((number, cells))
    return rows


def _read_workbook(
    path: Path,
    wb: Any,
    sheet: str | None,
    step: StepFn,
    limits: Limits,
    index: HeadingIndex,
) -> SourceTable:
    name = path.name
    worksheets = _worksheets(wb)
    titles = [ws.title for ws in worksheets]
    if not worksheets:
        raise errors.empty_sheet(name, None)
    sizes = {ws.title: ws.max_row or 0 for ws in worksheets}  # as stored; an estimate
    widths = {ws.title: ws.max_column or 0 for ws in worksheets}
    guide = _read_guide(wb, worksheets, limits)
    register_roles = {
        t: role for t, (role, _cols) in guide.items() if role in (CONTROLLER, PROCESSOR)
    }
    scores: dict[str, tuple[tuple[int, int], list[tuple[int, list[CellValue]]]]] = {}
    if sheet is not None:
        if sheet not in titles:
            raise errors.sheet_not_found(name, sheet, titles)
        chosen = sheet
        if sheet not in guide:
            pairs = form_pairs(_iter_rows(wb[sheet], limits), cell_value)
            if is_form(pairs, index):
                assert pairs is not None
                form = _form(sheet, titles.index(sheet) + 1, pairs, index)
                return _forms_source(path, [form], titles, (), index, None)
    elif register_roles:
        chosen = next(iter(register_roles))
    else:
        for ws in worksheets[:SHEET_SCAN]:
            first = _first_rows(ws, limits, HEADER_SCAN)
            best = max((_score(cells, index) for _n, cells in first), key=_weight, default=(0, 0))
            scores[ws.title] = (best, first)
        chosen = max(titles[:SHEET_SCAN], key=lambda t: _weight(scores[t][0]))
        has_table = looks_like_header(scores[chosen][0])
        forms = _find_forms(worksheets, step, limits, index, name)
        if len(forms) >= 2 or (forms and not has_table):
            tables = tuple(
                t
                for t in sorted(scores, key=lambda t: -_weight(scores[t][0]))
                if looks_like_header(scores[t][0]) and t not in {f.sheet for f in forms}
            )
            return _forms_source(path, forms, titles, tables, index, tables[0] if tables else None)
        if not has_table:
            # Nothing looks like a register: take the first sheet that has anything at all.
            chosen = next((t for t in titles[:SHEET_SCAN] if scores[t][1]), titles[0])
    ws = wb[chosen]
    columns: dict[str, str] = dict(guide[chosen][1]) if chosen in guide else {}
    first = scores[chosen][1] if chosen in scores else _first_rows(ws, limits, HEADER_SCAN)
    if not first:
        raise errors.empty_sheet(name, chosen)
    position = 0 if columns else find_header(first, index)
    if position is None:
        raise errors.no_header(name, chosen)
    header_number, header = first[position]
    total = sizes.get(chosen, 0)
    collected = _Rows(name, limits, step, total)
    for number, values in _iter_rows(ws, limits):
        if number <= header_number:
            continue
        if not collected.add(number, values):
            break
    if not collected.rows:
        raise errors.no_rows(name, chosen)
    headings, rows = _table_rows(collected, header, chosen)
    warnings_: list[str] = []
    if collected.stopped_at is not None:
        warnings_.append(
            _(
                "Reading stopped at row {row}, after {n} empty rows in a row; rows further "
                "down, if any, were not read."
            ).format(row=collected.stopped_at, n=f"{limits.max_empty_run:,}")
        )
    if widths.get(chosen, 0) > limits.max_columns + 1:
        warnings_.append(
            _(
                "The sheet is marked as wider than {n} columns; columns after column {letter} "
                "were not read."
            ).format(n=limits.max_columns, letter=column_letter(limits.max_columns + 1))
        )
    formulas = find_formula_cells(path, chosen)
    if formulas.total:
        warnings_.append(
            _(
                "{n} cells hold formulas. govkit never runs formulas: it took the values Excel "
                "saved with them."
            ).format(n=f"{formulas.total:,}")
        )
    if formulas.without_value:
        warnings_.append(
            _(
                "{n} formula cells have no saved value (the file was not saved by a "
                "spreadsheet program) and were read as empty: {cells}."
            ).format(
                n=f"{sum(len(c) for c in formulas.without_value.values()):,}",
                cells=", ".join(c for cs in list(formulas.without_value.values())[:10] for c in cs),
            )
        )
    parts: dict[str, dict[str, tuple[dict[str, str], ...]]] = {}
    if chosen in guide:
        key_column = next((h for h, k in columns.items() if k == RECORD_ID), None)
        if key_column in headings:
            at = headings.index(key_column)
            ids = {str(r.values[at]) for r in rows if r.values[at] is not None}
            parts = _read_parts(wb, guide, ids, limits, name)
    register = register_roles.get(chosen) or _register_of(
        (columns.get(h) if columns else index.match(h).field) for h in headings
    )
    if register_roles:
        register_sheets = tuple(register_roles)
    else:
        register_sheets = tuple(
            sorted(
                (t for t, s in scores.items() if looks_like_header(s[0])),
                key=lambda t: -_weight(scores[t][0]),
            )
        )
    return SourceTable(
        path=path,
        kind="xlsx",
        headings=headings,
        rows=rows,
        sheet=chosen,
        sheets=tuple(titles),
        register_sheets=register_sheets,
        header_row=header_number,
        register=register,
        origin="govkit" if chosen in guide else "other",
        guide=columns,
        parts=parts,
        warnings=tuple(warnings_),
        formula_cells=formulas.without_value,
    )


def _find_forms(
    worksheets: Sequence[Any], step: StepFn, limits: Limits, index: HeadingIndex, name: str
) -> list[Form]:
    """The sheets laid out as forms (one activity each), in workbook order."""
    forms: list[Form] = []
    for position, ws in enumerate(worksheets, 1):
        if position % 50 == 0:
            step(position, len(worksheets), _("Reading “{name}”…").format(name=name))
        pairs = form_pairs(_iter_rows(ws, limits), cell_value)
        if is_form(pairs, index):
            assert pairs is not None
            if len(forms) >= limits.max_rows:
                raise errors.too_many_rows(name, limits.max_rows)
            forms.append(_form(ws.title, position, pairs, index))
    return forms


def _form(
    sheet: str, position: int, pairs: Sequence[tuple[str, CellValue]], index: HeadingIndex
) -> Form:
    register = _register_of(index.match(label).field for label, _value in pairs)
    return Form(sheet, position, tuple(pairs), register)


def _forms_source(
    path: Path,
    forms: Sequence[Form],
    titles: Sequence[str],
    tables: tuple[str, ...],
    index: HeadingIndex,
    summary: str | None,
) -> SourceTable:
    headings, table_rows = forms_table(forms)
    rows = tuple(
        SourceRow(form.position, tuple(values), form.sheet, form.register)
        for form, values in table_rows
    )
    registers = [form.register for form in forms]
    register = max((CONTROLLER, PROCESSOR), key=registers.count)  # controller on a tie
    return SourceTable(
        path=path,
        kind="xlsx",
        headings=headings,
        rows=rows,
        sheet=None,
        sheets=tuple(titles),
        register_sheets=tables,
        header_row=0,
        register=register,
        layout="forms",
        warnings=(forms_warning(len(forms), summary),),
    )


def _read_guide(
    wb: Any, worksheets: list[Any], limits: Limits
) -> dict[str, tuple[str, dict[str, str]]]:
    """The column guide of a govkit ``full`` workbook: sheet -> (role, heading -> field).

    It is on the About sheet, the last one; other sheets are searched only when the
    workbook's properties say govkit wrote it.
    """
    candidates = worksheets[-1:]
    keywords = str(getattr(getattr(wb, "properties", None), "keywords", "") or "")
    if "govkit" in keywords:
        candidates = list(reversed(worksheets))
    titles = {ws.title for ws in worksheets}
    for ws in candidates:
        guide: dict[str, tuple[str, dict[str, str]]] = {}
        for number, values in _iter_rows(ws, limits):
            if number > GUIDE_SCAN:
                break
            cells = [_text(v) if v is not None else "" for v in values[:4]]
            cells += [""] * (4 - len(cells))
            marker, title, third, fourth = cells
            if marker == GUIDE_SHEET and title in titles:
                guide.setdefault(title, (third, {}))
                guide[title] = (third, guide[title][1])
            elif marker == GUIDE_COLUMN and title in titles:
                guide.setdefault(title, ("", {}))[1][third] = fourth
        if any(role for role, _c in guide.values()):
            return guide
    return {}


def _read_parts(
    wb: Any,
    guide: dict[str, tuple[str, dict[str, str]]],
    ids: set[str],
    limits: Limits,
    name: str,
) -> dict[str, dict[str, tuple[dict[str, str], ...]]]:
    """Rows of the part sheets, by part field and record ID (only records in ``ids``)."""
    parts: dict[str, dict[str, tuple[dict[str, str], ...]]] = {}
    for title, (role, columns) in guide.items():
        field = PART_ROLES.get(role)
        if field is None or title not in wb.sheetnames:
            continue
        collected: dict[str, list[dict[str, str]]] = {}
        keys: list[str | None] | None = None
        seen = 0
        for _number, values in _iter_rows(wb[title], limits):
            cells = _trim(values)
            if keys is None:
                if cells:
                    keys = [columns.get(_text(c)) if c is not None else None for c in cells]
                continue
            if not cells:
                continue
            seen += 1
            if seen > limits.max_rows * 10:
                raise errors.too_many_rows(name, limits.max_rows * 10)
            item = {
                key: _text(cell)
                for key, cell in zip(keys, cells, strict=False)
                if key is not None and cell is not None
            }
            record = item.pop(RECORD_ID, None)
            if record is None or record not in ids:
                continue
            collected.setdefault(record, []).append(
                {k: v for k, v in item.items() if k in PART_KEYS}
            )
        parts[field] = {k: tuple(v) for k, v in collected.items()}
    return parts


# -- formulas -------------------------------------------------------------------------------


class FormulaScan:
    def __init__(self) -> None:
        self.total = 0
        self.without_value: dict[int, tuple[str, ...]] = {}


_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def find_formula_cells(path: Path, sheet: str) -> FormulaScan:
    """Cells of ``sheet`` holding a formula: how many, and which have no saved value."""
    scan = FormulaScan()
    with contextlib.suppress(Exception), zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, sheet)
        if part is None or not _has_formula(archive, part):
            return scan
        from defusedxml.ElementTree import iterparse

        missing: dict[int, list[str]] = {}
        with archive.open(part) as source:
            for _event, element in iterparse(source, events=("end",)):
                if not element.tag.endswith("}c") and element.tag != "c":
                    continue
                children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
                if "f" in children:
                    scan.total += 1
                    value = children.get("v")
                    if value is None or value.text in (None, ""):
                        ref = element.get("r", "")
                        found = _CELL_REF.fullmatch(ref)
                        if found:
                            missing.setdefault(int(found.group(2)), []).append(ref)
                element.clear()
        scan.without_value = {row: tuple(cells) for row, cells in missing.items()}
    return scan


def _has_formula(archive: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with archive.open(part) as source:
        while chunk := source.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-64:]
    return False


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the worksheet called ``sheet``."""
    from defusedxml.ElementTree import fromstring

    workbook = fromstring(archive.read("xl/workbook.xml"))
    rel_id = None
    for element in workbook.iter():
        if element.tag.endswith("}sheet") and element.get("name") == sheet:
            rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
    if rel_id is None:
        return None
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for element in rels.iter():
        if element.get("Id") == rel_id:
            target = element.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


# -- csv ------------------------------------------------------------------------------------

DELIMITERS = (",", ";", "\t")


def decode(raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: a byte-order mark decides, else
    UTF-8 if valid, else Windows-1252, else Latin-1 (which reads any bytes)."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """``,``, ``;`` or tab: the one that splits the first lines into the most columns, the
    same number on most lines."""
    sample = "\n".join(text.splitlines()[:50])
    best, best_key = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        body = rows[1:-1] or rows[1:]
        same = sum(1 for r in body if len(r) == width)
        consistent = 1 if width > 1 and (not body or same >= 0.6 * len(body)) else 0
        key = (consistent, width)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def unneutralise(value: str) -> str:
    """Undo the apostrophe a CSV export puts before a formula-like value (exports/cells.py
    ``neutralise``): "'=SUM(A1)" was written for "=SUM(A1)"."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r\x00":
        return value[1:]
    return value


_SEP_LINE = re.compile(r"\Asep=(.)\r?\n")


def _read_csv(path: Path, step: StepFn, limits: Limits, index: HeadingIndex) -> SourceTable:
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise errors.unreadable(name, exc.strerror or str(exc)) from None
    text, encoding = decode(raw)
    hint = _SEP_LINE.match(text)
    if hint:
        delimiter = hint.group(1)
        text = text[hint.end() :]
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    first: list[tuple[int, list[CellValue]]] = []
    collected = _Rows(name, limits, step, 0)
    header_number: int | None = None
    header: list[CellValue] = []
    number = 0
    try:
        for number, record in enumerate(reader, 1):
            values = [unneutralise(v) for v in record]
            if header_number is None:
                cells = _trim(values)
                if cells:
                    first.append((number, cells))
                if number < HEADER_SCAN:
                    continue
                header_number, header = _csv_header(first, index, name)
                for row_number, cells in first:
                    if row_number > header_number:
                        collected.add(row_number, cells)
                continue
            if not collected.add(number, values):
                break
    except csv.Error as exc:
        raise errors.bad_csv(name, reader.line_num, str(exc)) from None
    if header_number is None:
        if not first:
            raise errors.empty_sheet(name, None)
        header_number, header = _csv_header(first, index, name)
        for row_number, cells in first:
            if row_number > header_number:
                collected.add(row_number, cells)
    if not collected.rows:
        raise errors.no_rows(name, None)
    headings, rows = _table_rows(collected, header, None)
    register = _register_of(index.match(h).field for h in headings)
    return SourceTable(
        path=path,
        kind="csv",
        headings=headings,
        rows=rows,
        header_row=header_number,
        register=register,
        encoding=encoding,
        delimiter=delimiter,
    )


def _csv_header(
    first: list[tuple[int, list[CellValue]]], index: HeadingIndex, name: str
) -> tuple[int, list[CellValue]]:
    if not first:
        raise errors.empty_sheet(name, None)
    position = find_header(first, index)
    if position is None:
        raise errors.no_header(name, None)
    return first[position]
