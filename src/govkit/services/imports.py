"""Importing the spreadsheets cities already have: read, match columns, preview, import.

The steps, each a call the GUI's import dialog and ``govkit import`` make alike:

1. ``read_table(path)``: the register-like table of an xlsx or CSV file, read safely
   (``ImportFileError`` with a plain message for a wrong, broken or hostile file).
2. ``suggest_mapping(ws, table)``: which column feeds which field, from the headings (English,
   French, German, the ICO and CNIL templates, govkit's own workbooks), or the mapping saved
   for the same headings last time (``save_mapping``); ``load_mapping`` reads a mapping file.
3. ``preview(ws, table, mapping)``: every row as it would be created, with its problems and
   the existing activity it duplicates (same name and department), before anything is written.
   A dry run stops here.
4. ``run_import(ws, preview)``: all or nothing, in one transaction, one history entry per
   created record; refuses (``ValidationError``) while any row is invalid unless
   ``skip_invalid``; never creates a duplicate. Returns a report of what was created and
   skipped, and why.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from govkit.domain.enums import CatalogueKind
from govkit.domain.fields import field_map
from govkit.domain.models import ChangeEntry, VaultSetting, utcnow
from govkit.exports.progress import Progress
from govkit.i18n import _
from govkit.imports.convert import ConvertedRow, RowConverter
from govkit.imports.errors import SourceFileError, bad_mapping
from govkit.imports.headings import (
    HeadingIndex,
    fields_for,
    pseudo_label,
    specs_for,
    takes_one_column,
)
from govkit.imports.mapping import (
    ColumnMapping,
    MappingFormatError,
    headings_key,
    register_label,
)
from govkit.imports.reader import read_source
from govkit.imports.table import PROCESSOR, SourceTable
from govkit.imports.vocabulary import Vocabulary
from govkit.services.workspace import Workspace
from govkit.storage import audit_chain
from govkit.storage.errors import UserFacingError, ValidationError

__all__ = [
    "ColumnMapping",
    "Duplicate",
    "ImportFileError",
    "ImportPreview",
    "ImportReport",
    "ImportValidationError",
    "PreviewRow",
    "SourceTable",
    "automatic_columns",
    "field_choices",
    "load_mapping",
    "preview",
    "read_table",
    "run_import",
    "save_mapping",
    "split_by_register",
    "suggest_mapping",
]

MAPPINGS_KEY = "import_mappings"
MAPPINGS_KEPT = 50
MAX_MAPPING_FILE = 1_000_000
_STEP = 500
_LISTED = 200  # problem lines listed before "… and N more"


class ImportFileError(UserFacingError):
    """A file that cannot be imported (not found, not a spreadsheet, damaged, protected,
    too large…). ``str(exc)`` says what is wrong and what to do; ``reason`` names the case
    for programs (an ``imports.errors.Reason`` value)."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class ImportValidationError(ValidationError):
    """Rows that break the register's rules; ``problems`` maps "row N, field" to a message
    and ``str(exc)`` lists them, one per line."""

    def __init__(self, rows: Sequence[PreviewRow], register: str) -> None:
        problems: dict[str, str] = {}
        lines: list[str] = []
        for row in rows:
            for name, message in row.problems.items():
                problems[f"row {row.number}, {name}"] = message
            lines.extend(row.problem_lines(register))
        head = _(
            "{n} rows cannot be imported, so nothing was imported. Correct them in the file, "
            "or import the other rows only (skip invalid rows):"
        ).format(n=len(rows))
        shown = lines[:_LISTED]
        if len(lines) > len(shown):
            shown.append(_("… and {n} more.").format(n=len(lines) - len(shown)))
        UserFacingError.__init__(self, "\n".join([head, *shown]))
        self.problems = problems


def _file_error(exc: SourceFileError) -> ImportFileError:
    return ImportFileError(str(exc), exc.reason.value)


# -- 1. reading -----------------------------------------------------------------------------


def read_table(
    path: Path, *, sheet: str | None = None, progress: Progress | None = None
) -> SourceTable:
    """The register-like table of ``path`` (xlsx or CSV): the sheet that looks most like a
    register, or ``sheet``. Raises ``ImportFileError`` for a file that cannot be imported."""
    step = progress.step if progress is not None else None
    try:
        return read_source(path, sheet=sheet, step=step, index=HeadingIndex())
    except SourceFileError as exc:
        raise _file_error(exc) from None


def split_by_register(table: SourceTable) -> list[SourceTable]:
    """The table as one table per register when its rows say which register they belong to
    (a workbook with one activity per sheet that mixes controller and processor sheets);
    otherwise ``[table]``. The first table is the table's own register."""
    found = {row.register for row in table.rows if row.register is not None}
    if len(found) < 2:
        return [table]
    registers = [table.register, *sorted(found - {table.register})]
    return [
        dataclasses.replace(
            table,
            register=register,
            rows=tuple(r for r in table.rows if r.register in (register, None)),
        )
        for register in registers
    ]


# -- 2. mapping -----------------------------------------------------------------------------


def field_choices(register: str) -> list[tuple[str, str]]:
    """(field name, label) of every field a column may be matched to, for a mapping dialog."""
    choices = [(s.name, s.label) for s in specs_for(register)]
    for name in fields_for(register):
        if name not in field_map(specs_for(register)):
            choices.append((name, pseudo_label(name)))
    return choices


def suggest_mapping(ws: Workspace, table: SourceTable) -> ColumnMapping:
    """The mapping saved for these headings (by ``save_mapping``), else one matched from the
    headings; either way a column matching nothing is ignored."""
    automatic = _automatic_mapping(table)
    saved = _saved_mappings(ws).get(headings_key(table.headings))
    if saved is None:
        return automatic
    if table.layout == "forms" and saved.get("mapping", {}).get("register") != table.register:
        return automatic  # the sheets of the other register, in a file that mixes both
    try:
        mapping = ColumnMapping.from_json(saved["mapping"])
    except (MappingFormatError, KeyError, TypeError):
        return automatic
    columns = {
        h: (mapping.columns[h] if h in mapping.columns else automatic.columns.get(h))
        for h in table.headings
    }
    return ColumnMapping(columns, mapping.register, dict(mapping.defaults))


def _automatic_mapping(table: SourceTable) -> ColumnMapping:
    return ColumnMapping(automatic_columns(table, table.register), table.register)


def automatic_columns(table: SourceTable, register: str) -> dict[str, str | None]:
    """The field each column is matched to from its heading alone, for ``register`` (a field
    the register lacks, or a one-column field already taken, leaves the column unmatched)."""
    index = HeadingIndex()
    allowed = set(fields_for(register))
    columns: dict[str, str | None] = {}
    taken: set[str] = set()
    for heading in table.headings:
        name = index.match(heading, table.guide).field
        if name is not None and (name not in allowed or (takes_one_column(name) and name in taken)):
            name = None
        if name is not None:
            taken.add(name)
        columns[heading] = name
    return columns


def load_mapping(path: Path) -> ColumnMapping:
    """A mapping file (saved by govkit, or a JSON object of heading -> field name)."""
    try:
        if path.stat().st_size > MAX_MAPPING_FILE:
            raise ImportFileError(bad_mapping(path.name, _("the file is too large")).args[0])
        text = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            _("The mapping file “{name}” was not found.").format(name=path.name), "not_found"
        ) from None
    except OSError as exc:
        raise ImportFileError(
            _("The mapping file “{name}” could not be read ({detail}).").format(
                name=path.name, detail=exc.strerror or exc
            ),
            "unreadable",
        ) from None
    try:
        return ColumnMapping.from_json(text)
    except MappingFormatError as exc:
        raise _file_error(bad_mapping(path.name, str(exc))) from None


def _saved_mappings(ws: Workspace) -> dict[str, dict[str, Any]]:
    with ws.ctx.transaction() as s:
        row = s.get(VaultSetting, MAPPINGS_KEY)
        value = row.value if row is not None else "{}"
    try:
        data = json.loads(value)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save_mapping(ws: Workspace, table: SourceTable, mapping: ColumnMapping) -> None:
    """Keep ``mapping`` in the vault for spreadsheets with these headings ("save for next
    time"); ``suggest_mapping`` offers it again. The newest 50 mappings are kept."""
    problems = mapping.problems()
    if problems:
        raise ValidationError({"mapping": " ".join(problems)})
    key = headings_key(table.headings)
    saved = _saved_mappings(ws)
    before = saved.get(key, {}).get("mapping")
    saved.pop(key, None)
    saved[key] = {
        "headings": list(table.headings),
        "mapping": json.loads(mapping.to_json()),
        "saved": utcnow().isoformat(),
        "file": table.name,
    }
    while len(saved) > MAPPINGS_KEPT:
        saved.pop(next(iter(saved)))
    with ws.ctx.transaction() as s:
        row = s.get(VaultSetting, MAPPINGS_KEY) or VaultSetting(key=MAPPINGS_KEY)
        row.value = json.dumps(saved, ensure_ascii=False)
        s.add(row)
        ws.ctx.record(
            s,
            entity_type="import_mapping",
            entity_id=key,
            entity_label=table.name,
            action="update",
            changes=[audit_chain.FieldChange("mapping", before, saved[key]["mapping"])],
        )


# -- 3. preview -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    """An existing activity a row looks like (same name and department)."""

    id: str
    name: str
    reference: str
    department: str

    def describe(self) -> str:
        detail = ", ".join(v for v in (self.reference, self.department) if v)
        return f"“{self.name}” ({detail})" if detail else f"“{self.name}”"


@dataclass(frozen=True)
class PreviewRow:
    number: int  # the row in the source file (as the spreadsheet program numbers it)
    values: dict[str, Any]  # what would be created (typed values, by field)
    problems: dict[str, str] = field(default_factory=dict)  # field -> message
    duplicate_of: Duplicate | None = None
    notes: tuple[str, ...] = ()  # remarks that do not stop the import
    sheet: str | None = None
    form: bool = False  # the row is a whole sheet (one activity per sheet); number = position

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def importable(self) -> bool:
        """Would be created: valid and not a duplicate."""
        return not self.problems and self.duplicate_of is None

    @property
    def label(self) -> str:
        name = str(self.values.get("name") or "").strip()
        return name or _("row {n}").format(n=self.number)

    def problem_lines(self, register: str) -> list[str]:
        labels = dict(field_choices(register))
        labels.setdefault("register", _("Register"))
        return [
            _("{where}, {field}: {message}").format(
                where=self.where, field=labels.get(name, name), message=message
            )
            for name, message in self.problems.items()
        ]

    @property
    def where(self) -> str:
        """ "Row 12", or "Sheet “T-003 Parking”" when each sheet is one activity."""
        if self.form and self.sheet:
            return _("Sheet “{sheet}”").format(sheet=self.sheet)
        return _("Row {n}").format(n=self.number)


@dataclass(frozen=True)
class ImportPreview:
    table: SourceTable
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    warnings: tuple[str, ...] = ()

    @property
    def register(self) -> str:
        return self.mapping.register

    @property
    def to_create(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.importable]

    @property
    def invalid(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.problems and r.duplicate_of is None]

    @property
    def duplicates(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.duplicate_of is not None]

    @property
    def ready_count(self) -> int:
        return sum(1 for r in self.rows if r.importable)

    @property
    def invalid_count(self) -> int:
        return sum(1 for r in self.rows if r.problems and r.duplicate_of is None)

    @property
    def duplicate_count(self) -> int:
        return sum(1 for r in self.rows if r.duplicate_of is not None)

    def lines(self) -> list[str]:
        """The preview in words (translated): counts, then every problem and duplicate."""
        where = self.table.name + (f" › {self.table.sheet}" if self.table.sheet else "")
        out = [
            _("Import of {source} into the register of {register}.").format(
                source=where, register=register_label(self.register)
            ),
            _(
                "{rows} rows: {ready} ready to import, {invalid} with problems, {dupes} "
                "already in the register (skipped)."
            ).format(
                rows=len(self.rows),
                ready=len(self.to_create),
                invalid=len(self.invalid),
                dupes=len(self.duplicates),
            ),
            *self.warnings,
        ]
        listed: list[str] = []
        for row in self.invalid:
            listed.extend(row.problem_lines(self.register))
        for row in self.duplicates:
            assert row.duplicate_of is not None
            listed.append(
                _("{where}: already in the register as {existing}; skipped.").format(
                    where=row.where, existing=row.duplicate_of.describe()
                )
            )
        out.extend(listed[:_LISTED])
        if len(listed) > _LISTED:
            out.append(_("… and {n} more.").format(n=len(listed) - _LISTED))
        return out


def _vocabulary(ws: Workspace) -> Vocabulary:
    return Vocabulary({kind: ws.catalogues.labels(kind) for kind in CatalogueKind})


def preview(
    ws: Workspace,
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    progress: Progress | None = None,
) -> ImportPreview:
    """Every row as it would be created, with its problems and duplicates; writes nothing.

    Raises ``ValidationError`` when the mapping itself cannot work (a column matched to a
    field the register lacks, or no column for the activity's name).
    """
    problems = mapping.problems()
    if problems:
        raise ValidationError({"mapping": " ".join(problems)})
    mapped = set(mapping.mapped().values()) | set(mapping.defaults)
    if "name" not in mapped:
        raise ValidationError(
            {
                "name": _(
                    "No column is matched to the name of the processing activity. Choose the "
                    "column that holds the names."
                )
            }
        )
    warnings = list(table.warnings)
    if "department" not in mapped:
        warnings.append(
            _(
                "No column holds the owning department, which every activity needs: match a "
                "column to it, or give one department for all rows."
            )
        )
    converter = RowConverter(table, mapping, _vocabulary(ws))
    total = len(table.rows)
    converted: list[ConvertedRow] = []
    for done, source_row in enumerate(table.rows):
        if progress is not None and done % _STEP == 0:
            progress.step(done, total, _("Checking the rows…"))
        converted.append(converter.convert(source_row))
    converted = [
        _mark_other_register(row, source.register, mapping.register)
        for row, source in zip(converted, table.rows, strict=True)
    ]
    rows = _check_against_register(ws, mapping.register, converted, forms=table.layout == "forms")
    return ImportPreview(table, mapping, tuple(rows), tuple(warnings))


def _mark_other_register(row: ConvertedRow, found: str | None, register: str) -> ConvertedRow:
    """A problem for a row the file places in the other register (a processor's "fiche"
    among controller activities, say)."""
    if found is None or found == register:
        return row
    problems = dict(row.problems)
    problems["register"] = _(
        "This sheet holds one of the {found}, not of the {register}: import it into that "
        "register (choose it when matching the columns), or skip it."
    ).format(found=register_label(found), register=register_label(register))
    return dataclasses.replace(row, problems=problems)


def _existing(ws: Workspace, register: str) -> list[tuple[str, str, str, str]]:
    table = "processor_activity" if register == PROCESSOR else "controller_activity"
    cursor = ws.ctx.conn.execute(f"SELECT id, reference, name, department FROM {table}")
    return [(str(a), str(b or ""), str(c or ""), str(d or "")) for a, b, c, d in cursor]


def _key(name: Any, department: Any) -> tuple[str, str]:
    return (
        " ".join(str(name or "").split()).casefold(),
        " ".join(str(department or "").split()).casefold(),
    )


def _check_against_register(
    ws: Workspace,
    register: str,
    rows: Sequence[ConvertedRow | PreviewRow],
    *,
    forms: bool = False,
) -> list[PreviewRow]:
    """Flag rows that duplicate an existing activity, and references already taken."""
    by_key: dict[tuple[str, str], Duplicate] = {}
    by_reference: dict[str, Duplicate] = {}
    for record_id, reference, name, department in _existing(ws, register):
        found = Duplicate(record_id, name, reference, department)
        by_key.setdefault(_key(name, department), found)
        if reference:
            by_reference[reference] = found
    seen_references: dict[str, int] = {}
    out: list[PreviewRow] = []
    for row in rows:
        problems = dict(row.problems)
        problems.pop("reference_taken", None)
        values = row.values
        duplicate = by_key.get(_key(values.get("name"), values.get("department")))
        reference = str(values.get("reference") or "").strip()
        if duplicate is None and reference:
            taken = by_reference.get(reference)
            if taken is not None:
                problems.setdefault(
                    "reference",
                    _("The reference “{ref}” is already used by {existing}.").format(
                        ref=reference, existing=taken.describe()
                    ),
                )
            elif reference in seen_references:
                problems.setdefault(
                    "reference",
                    _("The reference “{ref}” is also used by row {n} of this file.").format(
                        ref=reference, n=seen_references[reference]
                    ),
                )
        if reference and duplicate is None:
            seen_references.setdefault(reference, row.number)
        out.append(
            PreviewRow(
                number=row.number,
                values=values,
                problems=problems,
                duplicate_of=duplicate,
                notes=row.notes,
                sheet=row.sheet,
                form=forms or (isinstance(row, PreviewRow) and row.form),
            )
        )
    return out


# -- 4. import ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportReport:
    source: str
    register: str
    created: int
    created_ids: tuple[str, ...]
    skipped: list[tuple[int, str]]  # (row number, why), rows with problems
    duplicates: list[tuple[int, str]]  # (row number, the existing activity it duplicates)
    notes: list[tuple[int, str]] = field(default_factory=list)  # (row number, remark)
    places: dict[int, str] = field(default_factory=dict)  # row number -> "Row 3", "Sheet “X”"

    def where(self, number: int) -> str:
        return self.places.get(number) or _("Row {n}").format(n=number)

    def lines(self) -> list[str]:
        """The report in words (translated)."""
        out = [
            _("{n} activities were created in the register of {register} from {source}.").format(
                n=self.created, register=register_label(self.register), source=self.source
            )
        ]
        if self.duplicates:
            out.append(
                _("{n} rows were skipped because the register already holds them:").format(
                    n=len(self.duplicates)
                )
            )
            out += [
                _("{where}: already in the register as {existing}.").format(
                    where=self.where(n), existing=e
                )
                for n, e in self.duplicates
            ]
        if self.skipped:
            out.append(_("{n} rows were skipped because of problems:").format(n=len(self.skipped)))
            out += [
                _("{where}: {why}").format(where=self.where(n), why=why) for n, why in self.skipped
            ]
        if self.notes:
            out.append(_("Remarks:"))
            out += [
                _("{where}: {note}").format(where=self.where(n), note=note)
                for n, note in self.notes
            ]
        return out


def run_import(
    ws: Workspace,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Create the previewed rows in one transaction (one history entry per record).

    Rows are checked against the register again first (it may have changed since the
    preview). Raises ``ImportValidationError`` (a ``ValidationError``) and writes nothing
    when a row is invalid, unless ``skip_invalid``; rows duplicating an existing activity are
    skipped and reported, never created. ``Cancelled`` from ``progress`` rolls everything
    back.
    """
    register = preview.register
    rows = _check_against_register(ws, register, preview.rows)
    invalid = [r for r in rows if r.problems and r.duplicate_of is None]
    if invalid and not skip_invalid:
        raise ImportValidationError(invalid, register)
    to_create = [r for r in rows if r.importable]
    service = ws.processor_activities if register == PROCESSOR else ws.activities
    total = len(to_create)

    def values() -> Any:
        for done, row in enumerate(to_create):
            if progress is not None and done % _STEP == 0:
                progress.step(done, total, _("Importing…"))
            yield row.values

    before = _history_head(ws)
    created = service.create_many(values()) if to_create else 0
    ids = _created_ids(ws, service.entity_type, before)
    labels = dict(field_choices(register))
    labels.setdefault("register", _("Register"))
    skipped = [
        (r.number, " ".join(f"{labels.get(k, k)}: {m}" for k, m in r.problems.items()))
        for r in invalid
    ]
    duplicates = [(r.number, r.duplicate_of.describe()) for r in rows if r.duplicate_of is not None]
    notes = [(r.number, note) for r in to_create for note in r.notes]
    return ImportReport(
        source=preview.table.name,
        register=register,
        created=created,
        created_ids=tuple(ids),
        skipped=skipped,
        duplicates=duplicates,
        notes=notes,
        places={r.number: r.where for r in rows},
    )


def _history_head(ws: Workspace) -> int:
    row = ws.ctx.conn.execute("SELECT coalesce(max(seq), 0) FROM change_entry").fetchone()
    return int(row[0])


def _created_ids(ws: Workspace, entity_type: str, after: int) -> list[str]:
    with ws.ctx.transaction() as s:
        query = (
            select(ChangeEntry.entity_id)
            .where(
                col(ChangeEntry.seq) > after,
                ChangeEntry.entity_type == entity_type,
                ChangeEntry.action == "create",
            )
            .order_by(col(ChangeEntry.seq))
        )
        return list(s.exec(query))
