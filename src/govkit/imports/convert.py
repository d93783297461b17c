"""From a row of cells to the values of a record, with every problem found on the way.

Two readings:

- A workbook govkit wrote (``SourceTable.from_govkit``) is read exactly: texts verbatim,
  list items one per line, pick-list entries as written, recipients, transfers, joint
  controllers and controllers served from their own sheets (joined by record ID).
- Any other spreadsheet is read leniently: texts trimmed, list items split on line breaks (or
  semicolons), bullets dropped, "None"/"Aucun"/"Keine" read as nothing, pick-list entries
  matched where they clearly correspond (``vocabulary.Vocabulary``), dates in ISO, dd/mm/yyyy
  and dd.mm.yyyy, yes/no and statuses in English, French and German, and recipients,
  transfers and controllers parsed from lines such as "Tax office (Public authority)" or
  "United States (Cloud Inc.): Standard contractual clauses".

The result is what ``RecordService.create_many`` takes, plus problems by field: the ones met
while reading, then the register's own rules (``validate_record``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from govkit.domain.enums import CatalogueKind, RecipientCategory
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.domain.validation import validate_record
from govkit.i18n import _
from govkit.imports.headings import (
    CONTROLLER_DPOS,
    CONTROLLER_REPRESENTATIVES,
    RECORD_ID,
    TRANSFER_SAFEGUARDS,
    specs_for,
    takes_one_column,
)
from govkit.imports.mapping import ColumnMapping
from govkit.imports.table import PROCESSOR, CellValue, SourceRow, SourceTable
from govkit.imports.vocabulary import (
    Vocabulary,
    guess_recipient_category,
    is_criminal_data,
    is_none_word,
    parse_bool,
    parse_status,
    recipient_category,
    special_category_mark,
)


@dataclass(frozen=True)
class ConvertedRow:
    number: int
    sheet: str | None
    values: dict[str, Any]  # field -> value, as RecordService.create_many takes it
    problems: dict[str, str]  # field -> message (translated)
    notes: tuple[str, ...] = ()  # remarks that do not stop the import
    record_id: str | None = None  # the govkit record ID the row carried, if any


# -- cells as text, dates, lists ------------------------------------------------------------


def cell_text(value: CellValue, *, verbatim: bool = False) -> str:
    """A cell as text: numbers without a spurious ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        if verbatim:
            return value
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?")
_YMD = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})")
_EXCEL_SERIALS = (20_000, 80_000)  # 1954-2119 as Excel day numbers


def parse_date(value: CellValue) -> date | None:
    """A date from a date cell, an ISO text, dd/mm/yyyy or dd.mm.yyyy (mm/dd/yyyy only when
    the day-first reading is impossible), or an Excel day number; None if it is none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
            return date(1899, 12, 30) + timedelta(days=int(value))
        return None
    text = cell_text(value).strip()
    for pattern, order in ((_ISO, "ymd"), (_YMD, "ymd"), (_DMY, "dmy")):
        found = pattern.fullmatch(text)
        if not found:
            continue
        a, b, c = (int(g) for g in found.groups())
        if order == "ymd":
            return _date(a, b, c)
        year = c + 2000 if c < 100 else c
        return _date(year, b, a) or _date(year, a, b)
    return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_BULLET = re.compile(r"^(?:[-•·*▪‣◦–—]|\d{1,2}[.)])\s+")


def split_items(text: str, *, verbatim: bool = False) -> list[str]:
    """List items of a cell: one per line; in other spreadsheets also per semicolon when the
    cell has a single line, with bullets ("- ", "• ", "1. ") dropped."""
    if verbatim:
        return [line.strip() for line in text.split("\n") if line.strip()]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pieces = text.split("\n") if "\n" in text.strip() else text.split(";")
    items = []
    for piece in pieces:
        piece = _BULLET.sub("", piece.strip()).strip()
        if piece:
            items.append(piece)
    return items


# -- parts written as lines -----------------------------------------------------------------


def split_trailing(text: str) -> tuple[str, str] | None:
    """ "Police (fraud cases) (Public authority)" → ("Police (fraud cases)", "Public
    authority"): the last parenthesised group, nested parentheses allowed; None if the text
    does not end with one after a space."""
    text = text.strip()
    if not text.endswith(")"):
        return None
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        if text[at] == ")":
            depth += 1
        elif text[at] == "(":
            depth -= 1
            if depth == 0:
                head = text[:at]
                if at > 0 and head[-1].isspace() and head.strip():
                    return head.strip(), text[at + 1 : -1].strip()
                return None
    return None


_AFTER_PARENS = re.compile(r"\)\s*:\s")


def parse_recipient(item: str) -> Recipient:
    """ "Tax office (Public authority)" → a public-authority recipient; a bare category label
    → that category; a bare name → its category guessed from its words."""
    found = split_trailing(item)
    if found:
        category = recipient_category(found[1])
        if category is not None:
            return Recipient(category.value, found[0])
    category = recipient_category(item)
    if category is not None:
        return Recipient(category.value, "")
    return Recipient(guess_recipient_category(item).value, item)


def parse_transfer(item: str) -> Transfer:
    """ "United States (Cloud Inc.): Standard contractual clauses", "Canada – Cloud Inc. –
    SCC – DPA of 2024" (country, recipient, safeguard, documentation) and plainer forms."""
    if " – " in item and ": " not in item:
        pieces = [p.strip() for p in item.split(" – ")]
        country, recipient, safeguard = [*pieces[:3], "", ""][:3]
        return Transfer(country, recipient, safeguard, " – ".join(pieces[3:]))
    head, sep, safeguard = item.partition(": ")
    if not sep:
        head, safeguard = item, ""
    found = split_trailing(head)
    if found:
        return Transfer(found[0], found[1], safeguard.strip())
    return Transfer(head.strip(), "", safeguard.strip())


def parse_joint_controller(item: str) -> JointController:
    """ "Region (dpo@region.example): runs the portal" and plainer forms."""
    head, responsibilities = item, ""
    separator = _AFTER_PARENS.search(item)
    if separator:
        head = item[: separator.start() + 1]
        responsibilities = item[separator.end() :].strip()
    found = split_trailing(head)
    if found:
        return JointController(found[0], found[1], responsibilities)
    return JointController(head.strip(), "", responsibilities)


_REPRESENTATIVE = re.compile(r"(?:representative|représentant|vertreter(?:in)?)\s*:\s*(.*)", re.I)
_DPO = re.compile(
    r"(?:dpo|dpd|data protection officer|délégué[^:]*|datenschutzbeauftragte[rn]?)\s*:\s*(.*)",
    re.I,
)


def parse_controller(item: str) -> ControllerParty:
    """ "Oakford (hr@oakford.example)", with "; representative: …; DPO: …" if given."""
    head, *rest = [piece.strip() for piece in re.split(r"\s+;\s+|;\s+", item)]
    representative = dpo = ""
    for piece in rest:
        if found := _REPRESENTATIVE.fullmatch(piece):
            representative = found.group(1).strip()
        elif found := _DPO.fullmatch(piece):
            dpo = found.group(1).strip()
        else:
            head = f"{head}; {piece}"
    parts = split_trailing(head)
    if parts:
        return ControllerParty(parts[0], parts[1], representative, dpo)
    return ControllerParty(head.strip(), "", representative, dpo)


def _prefixed(lines: Sequence[str]) -> list[tuple[str, str]]:
    """ "Name: value" lines as (name, value); a line without a name gives ("", line)."""
    out = []
    for line in lines:
        name, sep, value = line.partition(": ")
        out.append((name.strip(), value.strip()) if sep else ("", line.strip()))
    return out


# -- the converter --------------------------------------------------------------------------


def model_defaults(register: str) -> dict[str, Any]:
    """A new record's values before anything is set (as create_many starts from)."""
    model = ProcessorActivity if register == PROCESSOR else ControllerActivity
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        factory = info.default_factory
        values[name] = factory() if factory is not None else info.default  # type: ignore[call-arg]
    return values


class RowConverter:
    """Converts the rows of one table under one mapping."""

    def __init__(self, table: SourceTable, mapping: ColumnMapping, vocabulary: Vocabulary) -> None:
        self.table = table
        self.mapping = mapping
        self.vocabulary = vocabulary
        self.register = mapping.register
        self.verbatim = table.from_govkit
        self.specs: dict[str, FieldSpec] = {s.name: s for s in specs_for(self.register)}
        self.columns: dict[str, list[int]] = {}
        for position, heading in enumerate(table.headings):
            name = mapping.field_for(heading)
            if name is None:
                continue
            positions = self.columns.setdefault(name, [])
            if not positions or not takes_one_column(name):
                positions.append(position)
        self.defaults = model_defaults(self.register)
        by_key = {key: heading for heading, key in table.guide.items()}
        archived = by_key.get("archived_at")
        self._archived = table.headings.index(archived) if archived in table.headings else None

    # -- one row --------------------------------------------------------------------------

    def convert(self, row: SourceRow) -> ConvertedRow:
        cells: dict[str, list[CellValue]] = {}
        for name, positions in self.columns.items():
            found = [row.values[p] for p in positions if row.values[p] is not None]
            if found:
                cells[name] = found
        for name, text in self.mapping.defaults.items():
            if name not in cells and text.strip():
                cells[name] = [text]
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        notes: list[str] = []
        record_id = cell_text(cells[RECORD_ID][0]) if RECORD_ID in cells else None
        for name, found in cells.items():
            spec = self.specs.get(name)
            if spec is not None:
                self._field(spec, found, values, problems, notes)
        self._parts_from_sheets(record_id, values)
        self._sort_data_categories(cells, values)
        self._pseudo_fields(cells, values, notes)
        self._none_flags(cells, values)
        if self._archived is not None and row.values[self._archived] is not None:
            notes.append(_("Archived in the workbook; it is imported as a current record."))
        formulas = self.table.formula_cells.get(row.number)
        if formulas:
            notes.append(
                _("Formula cells without a saved value were read as empty: {cells}.").format(
                    cells=", ".join(formulas)
                )
            )
        record = SimpleNamespace(**{**self.defaults, **values})
        if "reference" in values:
            record.reference = str(values["reference"]).strip()
        for name, message in validate_record(record).items():  # type: ignore[arg-type]
            problems.setdefault(name, message)
        return ConvertedRow(row.number, row.sheet, values, problems, tuple(notes), record_id)

    def _texts(self, found: Sequence[CellValue]) -> list[str]:
        return [t for t in (cell_text(v, verbatim=self.verbatim) for v in found) if t != ""]

    def _items(
        self, found: Sequence[CellValue], notes: list[str] | None = None, label: str = ""
    ) -> list[str]:
        items: list[str] = []
        for text in self._texts(found):
            if not self.verbatim:
                if is_none_word(text):
                    continue
                flag, rest = parse_bool(text)
                if flag is True and not rest:  # "Oui", "Yes": some, but which?
                    if notes is not None:
                        notes.append(
                            _(
                                "“{text}” under “{field}” says there are some without naming "
                                "them; nothing was imported for it."
                            ).format(text=text, field=label)
                        )
                    continue
            items.extend(split_items(text, verbatim=self.verbatim))
        if not self.verbatim:
            seen: set[str] = set()
            unique = []
            for item in items:
                if item.casefold() not in seen:
                    seen.add(item.casefold())
                    unique.append(item)
            items = unique
        return items

    def _field(
        self,
        spec: FieldSpec,
        found: list[CellValue],
        values: dict[str, Any],
        problems: dict[str, str],
        notes: list[str],
    ) -> None:
        kind, name = spec.kind, spec.name
        if kind in (FieldKind.TEXT, FieldKind.CHOICE):
            first = self._texts(found)[:1]
            value = first[0] if first else ""
            if spec.catalogue is not None and not self.verbatim and value:
                value = self.vocabulary.match(spec.catalogue, value)
            values[name] = value
        elif kind is FieldKind.LONG_TEXT:
            values[name] = "\n".join(self._texts(found))
        elif kind is FieldKind.STATUS:
            text = cell_text(found[0])
            status = parse_status(text)
            if status is None:
                problems[name] = _(
                    "“{value}” is not a status govkit knows: use draft, active or retired."
                ).format(value=text)
            else:
                values[name] = status
        elif kind is FieldKind.DATE:
            day = parse_date(found[0])
            if day is None:
                problems[name] = _(
                    "“{value}” is not a date govkit can read: use a date cell, or write it as "
                    "2025-03-31 or 31.03.2025."
                ).format(value=cell_text(found[0]))
            else:
                values[name] = day
        elif kind is FieldKind.BOOL:
            self._bool(name, found[0], values, problems, notes)
        elif kind is FieldKind.LIST:
            items = self._items(found, notes, spec.label)
            if spec.catalogue is not None and not self.verbatim:
                items = _unique(self.vocabulary.match_all(spec.catalogue, items))
            values[name] = items
        elif kind is FieldKind.RECIPIENTS:
            values[name] = [parse_recipient(i) for i in self._items(found, notes, spec.label)]
        elif kind is FieldKind.TRANSFERS:
            transfers = [parse_transfer(i) for i in self._items(found, notes, spec.label)]
            values[name] = [self._safeguard(t, t.safeguard) for t in transfers]
        elif kind is FieldKind.JOINT_CONTROLLERS:
            items = self._items(found, notes, spec.label)
            values[name] = [parse_joint_controller(i) for i in items]
        elif kind is FieldKind.CONTROLLERS:
            values[name] = [parse_controller(i) for i in self._items(found, notes, spec.label)]

    def _bool(
        self,
        name: str,
        value: CellValue,
        values: dict[str, Any],
        problems: dict[str, str],
        notes: list[str],
    ) -> None:
        if isinstance(value, bool):
            values[name] = value
            return
        if isinstance(value, int | float):
            values[name] = value != 0
            return
        flag, rest = parse_bool(cell_text(value))
        if flag is None:
            problems[name] = _("“{value}” is neither yes nor no.").format(value=cell_text(value))
            return
        values[name] = flag
        if rest:
            detail = {
                "automated_decision": "automated_decision_details",
                "criminal_data": "art10_basis",
            }.get(name)
            if detail is not None and detail in self.specs and not values.get(detail):
                if detail not in self.columns:
                    values[detail] = rest
            else:
                notes.append(_("“{text}” after yes or no was not imported.").format(text=rest))

    def _safeguard(self, transfer: Transfer, safeguard: str) -> Transfer:
        if not safeguard or self.verbatim:
            return Transfer(transfer.country, transfer.recipient, safeguard, transfer.documentation)
        matched = self.vocabulary.match(CatalogueKind.SAFEGUARD, safeguard)
        return Transfer(transfer.country, transfer.recipient, matched, transfer.documentation)

    def _parts_from_sheets(self, record_id: str | None, values: dict[str, Any]) -> None:
        """Recipients, transfers… from their own sheets of a govkit workbook (they win over
        the summary column whenever the record has rows there)."""
        if record_id is None:
            return
        for name, by_record in self.table.parts.items():
            if name not in self.specs:
                continue
            rows = by_record.get(record_id)
            if not rows:
                continue
            values[name] = [_part(name, row) for row in rows]

    def _pseudo_fields(
        self, cells: dict[str, list[CellValue]], values: dict[str, Any], notes: list[str]
    ) -> None:
        if TRANSFER_SAFEGUARDS in cells and "transfers" in self.specs:
            lines = _prefixed(self._items(cells[TRANSFER_SAFEGUARDS]))
            transfers: list[Transfer] = list(values.get("transfers", []))
            if not transfers:
                notes.append(_("Safeguards are given but no transfers; they were not imported."))
            else:
                by_country = {t.country.casefold(): i for i, t in enumerate(transfers)}
                unnamed = [v for n, v in lines if not n or n.casefold() not in by_country]
                for n, v in lines:
                    if n and n.casefold() in by_country:
                        i = by_country[n.casefold()]
                        transfers[i] = self._safeguard(transfers[i], v)
                if len(unnamed) == 1 and len(transfers) > 1:
                    unnamed = unnamed * len(transfers)
                for i, v in enumerate(unnamed[: len(transfers)]):
                    if not transfers[i].safeguard:
                        transfers[i] = self._safeguard(transfers[i], v)
                values["transfers"] = transfers
        for pseudo, attribute in (
            (CONTROLLER_REPRESENTATIVES, "representative"),
            (CONTROLLER_DPOS, "dpo"),
        ):
            if pseudo not in cells or "controllers" not in self.specs:
                continue
            controllers: list[ControllerParty] = list(values.get("controllers", []))
            lines = _prefixed(self._items(cells[pseudo]))
            for n, v in lines:
                at = next(
                    (
                        i
                        for i, c in enumerate(controllers)
                        if n and c.name.casefold() == n.casefold()
                    ),
                    0 if len(controllers) == 1 else None,
                )
                if at is None:
                    controllers.append(ControllerParty(name=n or v, **{attribute: v if n else ""}))
                else:
                    data = controllers[at].to_dict()
                    data[attribute] = v
                    controllers[at] = ControllerParty.from_dict(data)
            values["controllers"] = controllers

    def _sort_data_categories(
        self, cells: dict[str, list[CellValue]], values: dict[str, Any]
    ) -> None:
        """In other spreadsheets, one column often lists every kind of data: Art. 9 special
        categories ("Health data", "Health data (special category data)") go to their own
        field, and "Criminal offence data" ticks the Art. 10 box."""
        if (
            self.verbatim
            or "data_categories" not in values
            or "special_categories" not in self.specs
        ):
            return
        ordinary: list[str] = []
        special: list[str] = list(values.get("special_categories", []))
        for item in values["data_categories"]:
            bare, marked = special_category_mark(item)
            if is_criminal_data(bare) and "criminal_data" not in cells:
                values["criminal_data"] = True
                continue
            entry = self.vocabulary.find(CatalogueKind.SPECIAL_CATEGORY, bare)
            if marked or entry is not None:
                special.append(entry or bare.strip())
            else:
                ordinary.append(item)
        values["data_categories"] = ordinary
        if special:
            values["special_categories"] = _unique(special)

    def _none_flags(self, cells: dict[str, list[CellValue]], values: dict[str, Any]) -> None:
        """A recipients or transfers cell saying "None" ticks "no recipients" / "no transfers"
        (other spreadsheets only; govkit's own have the boxes as columns)."""
        if self.verbatim:
            return
        for parts, flag in (("recipients", "no_recipients"), ("transfers", "no_transfers")):
            if flag not in self.specs or flag in cells or parts not in cells:
                continue
            texts = self._texts(cells[parts])
            if texts and all(is_none_word(t) for t in texts) and not values.get(parts):
                values[flag] = True


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _part(name: str, row: Mapping[str, str]) -> Any:
    if name == "recipients":
        label = row.get("category", "")
        category = recipient_category(label)
        value = (
            category.value
            if category is not None
            else (label or RecipientCategory.THIRD_PARTY.value)
        )
        return Recipient(value, row.get("name", ""))
    if name == "transfers":
        return Transfer.from_dict(dict(row))
    if name == "joint_controllers":
        return JointController.from_dict(dict(row))
    return ControllerParty.from_dict(dict(row))
