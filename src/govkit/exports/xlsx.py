"""The register as an Excel workbook, in three layouts.

- ``full``: every field of every record. One sheet per register (one row per activity, one
  column per field, parts such as recipients summarised as readable lines), one sheet per kind
  of part (recipients, transfers, joint controllers, controllers served: one row each, in
  structured columns), the pick lists, the AI systems register if there is one (an "AI
  systems" sheet with every field, and "AI models", "AI data", "AI duties", one row per part),
  and an About sheet with the export's facts and a column guide. This is the layout govkit reads
  back losslessly (see ``docs/import-mapping.md``; the AI systems are not imported from it).
- ``ico``: one row per activity under the column headings of the UK ICO's documentation
  template for controllers (and its processor counterpart), below a contact block like the
  template's.
- ``cnil``: a summary sheet and one "fiche" per activity, laid out like the CNIL's model
  "registre des activités de traitement", with the model's French headings.

Every layout neutralises formula injection (``exports/cells.py``): a value starting with
``=``, ``+``, ``-``, ``@``, tab or carriage return is written as text with Excel's quote prefix, so
neither Excel nor LibreOffice evaluates it, and it round-trips unchanged.

Workbooks are written with openpyxl's write-only mode (rows streamed to disk, memory flat).
The ICO and CNIL headings are those of the authorities' own templates and are not translated.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from govkit import __version__
from govkit.domain.ai_enums import AiModelType, AiRiskTier, DatasetUse, DutyStatus
from govkit.domain.ai_rules import duty_spec
from govkit.domain.completeness import (
    completeness,
    controller_completeness,
    processor_completeness,
)
from govkit.domain.enums import ActivityStatus, CatalogueKind, RecipientCategory
from govkit.domain.fields import (
    AI_SYSTEM_FIELDS,
    CONTROLLER_FIELDS,
    PROCESSOR_FIELDS,
    FieldKind,
    FieldSpec,
)
from govkit.domain.models import AiSystem, ControllerActivity, ProcessorActivity
from govkit.domain.parts import AiDuty, ControllerParty, JointController, Recipient, Transfer
from govkit.exports.cells import clean_text, neutralise
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.exports.xlsx_style import WRAP_TOP, CellFactory, naive_utc, wrap_by_default
from govkit.i18n import _

__all__ = ["GUIDE_COLUMN", "GUIDE_SHEET", "LAYOUTS", "neutralise", "write_register_xlsx"]

LAYOUTS = ("full", "ico", "cnil")

# Markers of the column guide on the About sheet of a ``full`` workbook (never translated).
GUIDE_SHEET = "govkit-sheet"
GUIDE_COLUMN = "govkit-column"

Record = ControllerActivity | ProcessorActivity
_STEP = 100  # records between progress reports


def write_register_xlsx(
    snapshot: RegisterSnapshot,
    out: Path,
    *,
    layout: str = "full",
    progress: Progress | None = None,
) -> None:
    """Write the register in ``layout`` to ``out`` (overwritten).

    Raises ``Cancelled`` (from ``progress``) when the user cancels; a partly written ``out``
    is removed then, as on any other error.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    book = _Book(snapshot, progress or Progress(), layout)
    started = False
    try:
        {"full": _write_full, "ico": _write_ico, "cnil": _write_cnil}[layout](book)
        book.set_properties()
        book.progress.step(book.total, book.total, _("Saving the workbook…"))
        started = True
        book.wb.save(out)
    except BaseException:
        book.discard()
        if started:
            with contextlib.suppress(OSError):
                out.unlink()
        raise


# -- the workbook ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    heading: str
    width: float
    key: str = ""  # the field (or part attribute) it holds, for the column guide; "" = none
    pick_list: str = ""  # a column of the Lists sheet whose values it takes (data validation)


class _Sheet:
    """One write-only worksheet: widths and frozen panes first, then rows, then filters.

    Its size is written at the top of the sheet (``<dimension>``), as Excel does: readers
    such as openpyxl otherwise parse a whole sheet just to find it. The size must be exact
    (openpyxl's read-only mode stops at it), so it is either given (``rows``) or the sheet is
    ``buffered`` (small sheets: rows kept until ``finish``, then counted and written).
    """

    def __init__(
        self,
        book: _Book,
        title: str,
        columns: Sequence[Column] = (),
        *,
        role: str = "",
        freeze: str | None = None,
        rows: int | None = None,
        buffered: bool = False,
    ) -> None:
        self.book = book
        self.title = book.sheet_title(title)
        self.ws = book.wb.create_sheet(self.title)
        self.columns = list(columns)
        self.role = role
        self.header_row = 0
        self.rows = 0  # rows appended so far
        self.declared: int | None = None
        self._buffer: list[list[Any]] | None = [] if buffered else None
        self.widths(*(column.width for column in self.columns))
        if freeze:
            self.ws.freeze_panes = freeze
        if rows is not None:
            self._declare(rows, len(self.columns))

    def _declare(self, rows: int, width: int) -> None:
        ref = f"A1:{get_column_letter(max(width, 1))}{max(rows, 1)}"
        self.ws.calculate_dimension = lambda: ref  # read by openpyxl's writer at the top
        self.declared = rows

    def widths(self, *widths: float) -> None:
        """Column widths; the columns wrap text too, so cells typed in later wrap as well."""
        for index, width in enumerate(widths, 1):
            dimension = self.ws.column_dimensions[get_column_letter(index)]
            dimension.width = width
            dimension.alignment = WRAP_TOP

    def append(self, cells: list[Any]) -> None:
        if self._buffer is not None:
            self._buffer.append(cells)
        else:
            self.ws.append(cells)
        self.rows += 1

    def values(self, values: list[Any]) -> None:
        self.append(self.book.cells.clean_row(values))

    def header(self) -> None:
        self.append([self.book.cells.header(c.heading) for c in self.columns])
        self.header_row = self.rows

    def flush(self) -> None:
        """Write a buffered sheet's rows, its size first."""
        if self._buffer is None:
            return
        rows, self._buffer = self._buffer, None
        width = max(
            (i + 1 for row in rows for i, cell in enumerate(row) if cell is not None), default=1
        )
        self._declare(len(rows), max(width, len(self.columns)))
        for row in rows:
            self.ws.append(row)

    def finish(self) -> None:
        """Autofilter over the table and data validation on its pick-list columns."""
        self.flush()
        if self.declared is not None and self.declared != self.rows:
            raise AssertionError(f"{self.title}: {self.rows} rows, {self.declared} declared")
        if not self.header_row or not self.columns:
            return
        last_col = get_column_letter(len(self.columns))
        last_row = max(self.rows, self.header_row + 1)
        self.ws.auto_filter.ref = f"A{self.header_row}:{last_col}{last_row}"
        first = self.header_row + 1
        end = max(self.rows, first) + 1000  # room for rows a user adds in Excel
        for index, column in enumerate(self.columns, 1):
            if column.pick_list:
                letter = get_column_letter(index)
                self.book.validate(self.ws, column.pick_list, f"{letter}{first}:{letter}{end}")


class _Book:
    def __init__(self, snapshot: RegisterSnapshot, progress: Progress, layout: str) -> None:
        self.snapshot = snapshot
        self.progress = progress
        self.layout = layout
        self.wb = Workbook(write_only=True)
        self.wrapped = wrap_by_default(self.wb)
        self._titles: set[str] = set()
        self._style_sheet = self.wb.create_sheet("styles")  # only to bind styles; removed below
        self.cells = CellFactory(self._style_sheet)
        self.wb.remove(self._style_sheet)
        self.lists: dict[str, tuple[str, int]] = {}  # pick list -> (column range, size)
        self.sheets: list[_Sheet] = []
        self.done = 0
        self.total = max(
            1,
            len(snapshot.controller_activities)
            + len(snapshot.processor_activities)
            + len(snapshot.ai_systems),
        )

    # -- naming ---------------------------------------------------------------------------

    def sheet_title(self, text: str) -> str:
        title = unique_sheet_title(text, self._titles)
        self._titles.add(title.casefold())
        return title

    def sheet(self, title: str, columns: Sequence[Column] = (), **kw: Any) -> _Sheet:
        sheet = _Sheet(self, title, columns, **kw)
        self.sheets.append(sheet)
        return sheet

    # -- progress -------------------------------------------------------------------------

    def tick(self) -> None:
        self.done += 1
        if self.done % _STEP == 0:
            self.progress.step(self.done, self.total, _("Writing the workbook…"))

    # -- data validation ------------------------------------------------------------------

    def validate(self, ws: Any, pick_list: str, cells: str) -> None:
        if pick_list not in self.lists:
            return
        source, _size = self.lists[pick_list]
        dv = DataValidation(
            type="list",
            formula1=source,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=_("Not in the list"),
            error=_("Choose a value from the list."),
        )
        dv.add(cells)
        ws.data_validations.append(dv)  # write-only sheets take no add_data_validation

    def write_lists(self, lists: dict[str, tuple[str, Sequence[str]]]) -> None:
        """The Lists sheet: one column per pick list (heading, then its values)."""
        sheet = self.sheet(
            _("Lists"), [Column(h, 34) for h, _values in lists.values()], buffered=True
        )
        sheet.header()
        columns = list(lists.items())
        longest = max((len(values) for _h, values in lists.values()), default=0)
        for i in range(longest):
            sheet.values([values[i] if i < len(values) else None for _k, (_h, values) in columns])
        for index, (name, (_heading, values)) in enumerate(columns, 1):
            letter = get_column_letter(index)
            ref = f"{quote_sheetname(sheet.title)}!${letter}$2:${letter}${len(values) + 1}"
            self.lists[name] = (ref, len(values))
        sheet.finish()

    # -- finishing ------------------------------------------------------------------------

    def set_properties(self) -> None:
        snap = self.snapshot
        props = self.wb.properties
        org = snap.organisation.name or _("Organisation")
        props.title = clean_text(_("Record of processing activities – {org}").format(org=org))
        props.subject = {
            "full": _("Register of processing activities (all fields)"),
            "ico": _("Register of processing activities (ICO template layout)"),
            "cnil": _("Register of processing activities (CNIL model layout)"),
        }[self.layout]
        props.creator = clean_text(org)
        props.lastModifiedBy = clean_text(snap.exported_by)
        props.created = props.modified = naive_utc(snap.exported_at)
        props.keywords = f"govkit; layout={self.layout}"
        props.identifier = f"govkit-vault:{snap.vault_id}"
        props.description = _("Exported from govkit {version}.").format(version=__version__)

    def discard(self) -> None:
        """Close and delete the temporary files of an unfinished workbook (best effort)."""
        discard_workbook(self.wb)


def discard_workbook(wb: Workbook) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook (best
    effort)."""
    for ws in wb.worksheets:
        if getattr(ws, "_writer", None) is not None and not ws.closed:
            with contextlib.suppress(Exception):
                ws.close()  # ends its row stream cleanly and closes its temporary file
        path = getattr(getattr(ws, "_writer", None), "out", None)
        if isinstance(path, str):
            with contextlib.suppress(OSError):
                os.remove(path)


_FORBIDDEN_IN_TITLE = re.compile(r"[\[\]:*?/\\]")
MAX_TITLE = 31


def unique_sheet_title(text: str, taken: set[str]) -> str:
    """A valid worksheet name from ``text``: no ``[]:*?/\\``, at most 31 characters, not
    starting or ending with an apostrophe, not Excel's reserved "History", and unique among
    ``taken`` (casefolded names), made so with " (2)", " (3)"…"""
    title = " ".join(_FORBIDDEN_IN_TITLE.sub(" ", clean_text(text)).split())
    title = _trim_title(title, MAX_TITLE) or "Sheet"
    if title.casefold() == "history":
        title = "History (1)"
    candidate, n = title, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = _trim_title(title, MAX_TITLE - len(suffix)) + suffix
        n += 1
    return candidate


def _trim_title(title: str, limit: int) -> str:
    return title[:limit].strip().strip("'").strip()


# -- rendering values -----------------------------------------------------------------------


def _yes_no(flag: bool) -> str:
    return _("Yes") if flag else _("No")


def _lines(items: Iterable[str]) -> str:
    return "\n".join(items)


def _summaries(parts: Iterable[Any]) -> str:
    return "\n".join(p.summary() for p in parts)


def _status_labels() -> dict[str, str]:
    return {s.value: s.label for s in ActivityStatus}


def _recipient_labels() -> dict[str, str]:
    return {c.value: c.label for c in RecipientCategory}


def _renderer(spec: FieldSpec, status: dict[str, str]) -> Callable[[Any], Any]:
    kind = spec.kind
    yes, no = _("Yes"), _("No")
    if kind in (FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.CHOICE):
        return lambda v: v
    if kind is FieldKind.STATUS:
        return lambda v: status.get(str(v), str(v))
    if kind is FieldKind.DATE:
        return lambda v: v
    if kind is FieldKind.BOOL:
        return lambda v: yes if v else no
    if kind is FieldKind.LIST:
        return _lines
    return _summaries  # recipients, transfers, joint controllers, controllers


_WIDTHS = {
    FieldKind.TEXT: 30.0,
    FieldKind.LONG_TEXT: 60.0,
    FieldKind.CHOICE: 28.0,
    FieldKind.STATUS: 12.0,
    FieldKind.DATE: 13.0,
    FieldKind.BOOL: 14.0,
    FieldKind.LIST: 45.0,
}
_SPECIAL_WIDTHS = {"reference": 14.0, "name": 45.0, "contact": 32.0}


def _ordered(specs: tuple[FieldSpec, ...]) -> list[FieldSpec]:
    """Reference first (the column people sort and look up by), then the fields in order."""
    ref = [s for s in specs if s.name == "reference"]
    return ref + [s for s in specs if s.name != "reference"]


# -- full -----------------------------------------------------------------------------------

# Column keys of the columns that are not fields (the importer ignores them).
INFO_KEYS = (
    "completeness",
    "missing",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "archived_at",
)
RECORD_ID = "record_id"


def _register_columns(specs: tuple[FieldSpec, ...]) -> list[Column]:
    columns = []
    for spec in _ordered(specs):
        width = _SPECIAL_WIDTHS.get(spec.name, _WIDTHS.get(spec.kind, 50.0))
        width = max(width, min(len(spec.label) * 0.9, 40.0))
        pick = "status" if spec.kind is FieldKind.STATUS else ""
        pick = "yes_no" if spec.kind is FieldKind.BOOL else pick
        columns.append(Column(spec.label, width, spec.name, pick))
    columns += [
        Column(_("Completeness (%)"), 14, "completeness"),
        Column(_("Missing items"), 40, "missing"),
        Column(_("Created (UTC)"), 17, "created_at"),
        Column(_("Created by"), 22, "created_by"),
        Column(_("Last changed (UTC)"), 17, "updated_at"),
        Column(_("Changed by"), 22, "updated_by"),
        Column(_("Archived (UTC)"), 17, "archived_at"),
        Column(_("Record ID"), 34, RECORD_ID),
    ]
    return columns


def _write_full(book: _Book) -> None:
    snap = book.snapshot
    status = _status_labels()
    categories = _recipient_labels()
    controller_specs = _ordered(CONTROLLER_FIELDS)
    processor_specs = _ordered(PROCESSOR_FIELDS)
    ctrl, proc = snap.controller_activities, snap.processor_activities
    controllers = book.sheet(
        _("Controller activities"),
        _register_columns(CONTROLLER_FIELDS),
        role="controller",
        freeze="C2",
        rows=1 + len(ctrl),
    )
    processors = book.sheet(
        _("Processor activities"),
        _register_columns(PROCESSOR_FIELDS),
        role="processor",
        freeze="C2",
        rows=1 + len(proc),
    )
    activity = [
        Column(_("Reference"), 14, "activity_reference"),
        Column(_("Processing activity"), 40, "activity_name"),
    ]
    record_id = Column(_("Record ID"), 34, RECORD_ID)
    recipients = book.sheet(
        _("Recipients"),
        [
            *activity,
            Column(_("Recipient"), 40, "name"),
            Column(_("Category of recipient"), 30, "category", "recipient_category"),
            record_id,
        ],
        role="recipients",
        freeze="C2",
        rows=1 + sum(len(a.recipients) for a in ctrl),
    )
    transfers = book.sheet(
        _("Transfers"),
        [
            Column(_("Register"), 14, "register"),
            *activity,
            Column(_("Third country or international organisation"), 30, "country"),
            Column(_("Recipient"), 30, "recipient"),
            Column(_("Safeguard"), 40, "safeguard"),
            Column(_("Documentation of the safeguard"), 40, "documentation"),
            record_id,
        ],
        role="transfers",
        freeze="D2",
        rows=1 + sum(len(a.transfers) for a in ctrl) + sum(len(p.transfers) for p in proc),
    )
    joint = book.sheet(
        _("Joint controllers"),
        [
            *activity,
            Column(_("Joint controller"), 35, "name"),
            Column(_("Contact"), 35, "contact"),
            Column(_("Responsibilities"), 50, "responsibilities"),
            record_id,
        ],
        role="joint_controllers",
        freeze="C2",
        rows=1 + sum(len(a.joint_controllers) for a in ctrl),
    )
    served = book.sheet(
        _("Controllers served"),
        [
            *activity,
            Column(_("Controller"), 35, "name"),
            Column(_("Contact"), 35, "contact"),
            Column(_("Representative"), 30, "representative"),
            Column(_("Data protection officer"), 30, "dpo"),
            record_id,
        ],
        role="controllers",
        freeze="C2",
        rows=1 + sum(len(p.controllers) for p in proc),
    )
    catalogues = book.sheet(
        _("Catalogues"),
        [
            Column(_("Pick list"), 36, "kind"),
            Column(_("Entry"), 50, "label"),
            Column(_("Description"), 50, "description"),
            Column(_("Built in"), 10, "builtin"),
        ],
        role="catalogues",
        freeze="A2",
        rows=1 + sum(len(snap.catalogues.get(kind.value, [])) for kind in CatalogueKind),
    )
    for sheet in (controllers, processors, recipients, transfers, joint, served, catalogues):
        sheet.header()

    controller_label, processor_label = _("Controller"), _("Processor")
    render_c = [(s.name, _renderer(s, status)) for s in controller_specs]
    for a in snap.controller_activities:
        data = _field_values(a)
        check = controller_completeness(a)
        controllers.values(_register_row(data, render_c, check.percent, check.missing))
        head = [data["reference"], data["name"]]
        record_id = data["id"]
        for r in data["recipients"]:
            recipients.values([*head, r.name, categories.get(r.category, r.category), record_id])
        for t in data["transfers"]:
            transfers.values(
                [
                    controller_label,
                    *head,
                    t.country,
                    t.recipient,
                    t.safeguard,
                    t.documentation,
                    record_id,
                ]
            )
        for j in data["joint_controllers"]:
            joint.values([*head, j.name, j.contact, j.responsibilities, record_id])
        book.tick()
    render_p = [(s.name, _renderer(s, status)) for s in processor_specs]
    for p in snap.processor_activities:
        data = _field_values(p)
        check = processor_completeness(p)
        processors.values(_register_row(data, render_p, check.percent, check.missing))
        head = [data["reference"], data["name"]]
        record_id = data["id"]
        for t in data["transfers"]:
            transfers.values(
                [
                    processor_label,
                    *head,
                    t.country,
                    t.recipient,
                    t.safeguard,
                    t.documentation,
                    record_id,
                ]
            )
        for c in data["controllers"]:
            served.values([*head, c.name, c.contact, c.representative, c.dpo, record_id])
        book.tick()
    yes, no = _("Yes"), _("No")
    for kind in CatalogueKind:
        for entry in snap.catalogues.get(kind.value, []):
            catalogues.values(
                [kind.label, entry.label, entry.description, yes if entry.builtin else no]
            )

    book.write_lists(
        {
            "status": (_("Status"), [s.label for s in ActivityStatus]),
            "yes_no": (_("Yes or no"), [yes, no]),
            "recipient_category": (
                _("Category of recipient"),
                [c.label for c in RecipientCategory],
            ),
        }
    )
    for sheet in (controllers, processors, recipients, transfers, joint, served, catalogues):
        sheet.finish()
    if snap.ai_systems:
        _write_ai_systems(book)
    _write_about(book, guide=True)


def _ai_renderer(spec: FieldSpec, status: dict[str, str]) -> Callable[[Any], Any]:
    """How a field of an AI system reads in its cell."""
    kind = spec.kind
    if kind is FieldKind.OPTION:
        labels = {o.value: getattr(o, "label", o.value) for o in spec.options or ()}
        return lambda v: labels.get(v, v)
    if kind is FieldKind.DATETIME:
        return lambda v: v
    if kind is FieldKind.AI_DUTIES:
        return lambda duties: _lines(_duty_line(d) for d in duties)
    if kind is FieldKind.CLASSIFICATIONS:
        return lambda items: _lines(
            " · ".join(v for v in (c.at[:10], _tier_label(c.tier), c.by) if v) for c in items
        )
    if kind is FieldKind.AI_MODELS or kind is FieldKind.AI_DATASETS:
        return _summaries
    if kind is FieldKind.ACTIVITY_LINKS:
        return _summaries
    if kind is FieldKind.REGISTER_ENTRIES:
        return _summaries
    return _renderer(spec, status)


def _tier_label(tier: str) -> str:
    try:
        return AiRiskTier(tier).label
    except ValueError:
        return tier


def _duty_title(key: str) -> str:
    spec = duty_spec(key)
    return spec.title if spec is not None else key


def _duty_status(status: str) -> str:
    try:
        return DutyStatus(status).label
    except ValueError:
        return status


def _duty_line(duty: AiDuty) -> str:
    return f"{_duty_title(duty.key)}: {_duty_status(duty.status)}"


def _write_ai_systems(book: _Book) -> None:
    """The AI systems register: one row per system (every field, internal ones too: this is
    the organisation's own copy), and its models, data and deployer duties one row each. Only
    written when the export holds AI systems."""
    systems = book.snapshot.ai_systems
    status = _status_labels()
    specs = _ordered(AI_SYSTEM_FIELDS)
    columns = []
    for spec in specs:
        width = _SPECIAL_WIDTHS.get(spec.name, _WIDTHS.get(spec.kind, 45.0))
        columns.append(Column(spec.label, max(width, min(len(spec.label) * 0.9, 40.0)), spec.name))
    columns += [
        Column(_("Completeness (%)"), 14, "completeness"),
        Column(_("Missing items"), 40, "missing"),
        Column(_("Created (UTC)"), 17, "created_at"),
        Column(_("Created by"), 22, "created_by"),
        Column(_("Last changed (UTC)"), 17, "updated_at"),
        Column(_("Changed by"), 22, "updated_by"),
        Column(_("Archived (UTC)"), 17, "archived_at"),
        Column(_("Record ID"), 34, RECORD_ID),
    ]
    main = book.sheet(
        _("AI systems"), columns, role="ai_systems", freeze="C2", rows=1 + len(systems)
    )
    head = [
        Column(_("Reference"), 14, "system_reference"),
        Column(_("AI system"), 40, "system_name"),
    ]
    record_id = Column(_("Record ID"), 34, RECORD_ID)
    models = book.sheet(
        _("AI models"),
        [
            *head,
            Column(_("Model"), 35, "name"),
            Column(_("Type"), 20, "type"),
            Column(_("Provider"), 30, "provider"),
            Column(_("Version"), 14, "version"),
            record_id,
        ],
        role="ai_models",
        freeze="C2",
        rows=1 + sum(len(s.models) for s in systems),
    )
    datasets = book.sheet(
        _("AI data"),
        [
            *head,
            Column(_("Use"), 30, "use"),
            Column(_("Description"), 45, "description"),
            Column(_("Personal data"), 14, "personal_data"),
            Column(_("Sources"), 35, "sources"),
            Column(_("Special categories"), 35, "special_categories"),
            record_id,
        ],
        role="ai_datasets",
        freeze="C2",
        rows=1 + sum(len(s.datasets) for s in systems),
    )
    duties = book.sheet(
        _("AI duties"),
        [
            *head,
            Column(_("Duty"), 40, "key"),
            Column(_("Articles"), 22, "articles"),
            Column(_("Status"), 16, "status"),
            Column(_("Owner"), 30, "owner"),
            Column(_("Evidence"), 50, "evidence"),
            record_id,
        ],
        role="ai_duties",
        freeze="C2",
        rows=1 + sum(len(s.duties) for s in systems),
    )
    sheets = (main, models, datasets, duties)
    for sheet in sheets:
        sheet.header()
    renderers = [(s.name, _ai_renderer(s, status)) for s in specs]
    for system in systems:
        data = _field_values(system)
        check = completeness(system)
        main.values(_register_row(data, renderers, check.percent, check.missing))
        ident = [data["reference"], data["name"]]
        for m in system.models:
            models.values([*ident, m.name, _model_type(m.type), m.provider, m.version, data["id"]])
        for d in system.datasets:
            datasets.values(
                [
                    *ident,
                    _dataset_use(d.use),
                    d.description,
                    _yes_no(d.personal_data),
                    d.sources,
                    d.special_categories,
                    data["id"],
                ]
            )
        for duty in system.duties:
            duty_text = duty_spec(duty.key)
            articles = ", ".join(duty_text.articles) if duty_text is not None else ""
            duties.values(
                [
                    *ident,
                    _duty_title(duty.key),
                    articles,
                    _duty_status(duty.status),
                    duty.owner,
                    duty.evidence,
                    data["id"],
                ]
            )
        book.tick()
    for sheet in sheets:
        sheet.finish()


def _model_type(kind: str) -> str:
    try:
        return AiModelType(kind).label
    except ValueError:
        return kind


def _dataset_use(use: str) -> str:
    try:
        return DatasetUse(use).label
    except ValueError:
        return use


def _register_row(
    data: dict[str, Any],
    renderers: list[tuple[str, Callable[[Any], Any]]],
    percent: int,
    missing: tuple[str, ...],
) -> list[Any]:
    row = [render(data[name]) for name, render in renderers]
    row += [
        percent,
        _lines(missing),
        data["created_at"],
        data["created_by"],
        data["updated_at"],
        data["updated_by"],
        data["archived_at"],
        data["id"],
    ]
    return row


def _field_values(record: Record | AiSystem) -> dict[str, Any]:
    """The record's attribute values: its ``__dict__`` (read without the per-attribute cost of
    SQLAlchemy's instrumentation), completed by ``getattr`` should a value not be loaded."""
    data = dict(vars(record))
    for name in type(record).model_fields:
        if name not in data:
            data[name] = getattr(record, name)
    return data


def _write_about(book: _Book, *, guide: bool) -> None:
    snap = book.snapshot
    org = snap.organisation
    about = book.sheet(_("About"), role="about", buffered=True)
    about.widths(34, 70, 45, 28)
    c = book.cells
    about.append([c.title(_("Record of processing activities")), None])
    about.append([])
    facts: list[tuple[str, Any]] = [
        (_("Organisation"), org.name),
        (_("Address"), org.address),
        (_("Contact"), org.contact),
        (_("Country"), org.country),
        (
            _("Representative (Art. 27)"),
            _join_nonempty([org.representative, org.representative_contact]),
        ),
        (_("Data protection officer"), _join_nonempty([org.dpo_name, org.dpo_contact])),
        (_("Exported at (UTC)"), snap.exported_at),
        (_("Exported by"), snap.exported_by),
        (_("Vault ID"), snap.vault_id),
        (_("Scope"), scope_text(snap.scope)),
        (_("Controller activities"), len(snap.controller_activities)),
        (_("Processor activities"), len(snap.processor_activities)),
        (_("AI systems"), len(snap.ai_systems)),
        (
            _("Transfers"),
            sum(len(a.transfers) for a in snap.controller_activities)
            + sum(len(p.transfers) for p in snap.processor_activities),
        ),
        (
            _("Archived records included"),
            sum(
                1
                for r in [*snap.controller_activities, *snap.processor_activities]
                if r.archived_at is not None
            ),
        ),
        (_("Layout"), book.layout),
        (_("Made with"), f"govkit {__version__}"),
    ]
    facts += list(snap.notes.items())
    for label, value in facts:
        about.append([c.label(label), *c.clean_row([value])])
    if c.truncated:
        about.append(
            [
                c.label(_("Shortened cells")),
                *c.row(
                    [
                        _(
                            "{n} cells held more than Excel's 32,767 characters and end with […]."
                        ).format(n=c.truncated)
                    ]
                ),
            ]
        )
    if not guide:
        about.finish()
        return
    about.append([])
    about.append([c.section(_("Editing this workbook and importing it back")), None])
    for line in (
        _("govkit can import this workbook into a vault (File › Import, or govkit import)."),
        _(
            "Edit recipients, transfers, joint controllers and controllers served on their "
            "own sheets: the summary columns of the activity sheets are read only when a "
            "record has no rows there."
        ),
        _(
            "The Record ID links those rows to their activity; give new rows the Record ID "
            "of their activity, or leave it empty on a new activity and fill its summary "
            "column instead."
        ),
        _("Keep the column guide below: it tells govkit which column holds which field."),
    ):
        about.append([None, c.note(line)])
    about.append([])
    about.append([c.section(_("Column guide")), None])
    about.append(
        [
            c.header(_("Marker")),
            c.header(_("Sheet")),
            c.header(_("Column heading")),
            c.header(_("Field")),
        ]
    )
    for sheet in book.sheets:
        if not sheet.role or sheet.role == "about":
            continue
        about.append(c.row([GUIDE_SHEET, sheet.title, sheet.role]))
        for column in sheet.columns:
            about.append(c.row([GUIDE_COLUMN, sheet.title, column.heading, column.key]))
    about.finish()


def _join_nonempty(parts: Iterable[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)


def scope_text(scope: str) -> str:
    if scope == "all":
        return _("The whole register")
    if scope == "selection":
        return _("Selected records")
    if scope.startswith("department: "):
        return _("Department: {name}").format(name=scope.removeprefix("department: "))
    return scope


# -- ico ------------------------------------------------------------------------------------

# The UK ICO's "Documentation template for controllers" (sheet "Template", header row 9),
# the columns govkit holds data for, verbatim. The ICO's template has no column naming the
# activity, so govkit's reference and name come first.
ICO_BUSINESS_FUNCTION = "Business function"
ICO_PURPOSE = "Purpose of processing"
ICO_JOINT = "Name and contact details of joint controller (if applicable)"
ICO_INDIVIDUALS = "Categories of individuals"
ICO_DATA = "Categories of personal data"
ICO_RECIPIENTS = "Categories of recipients"
ICO_CONTRACT = "Link to contract with processor"
ICO_COUNTRIES = (
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)"
)
ICO_SAFEGUARDS = (
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations (if applicable)"
)
ICO_RETENTION = "Retention schedule (if possible)"
ICO_SECURITY = "General description of technical and organisational security measures (if possible)"
ICO_ART6 = "Article 6 lawful basis for processing personal data"
ICO_ART9 = "Article 9 condition for processing special category data"
ICO_AUTOMATED = "Existence of automated decision-making, including profiling (if applicable)"
ICO_SOURCE = "The source of the personal data (if applicable)"
ICO_LOCATION = "Location of personal data"
# The processor template's columns (Art. 30(2)), in the same wording.
ICO_CONTROLLER = "Name and contact details of controller"
ICO_CONTROLLER_REP = "Name and contact details of controller's representative (if applicable)"
ICO_CONTROLLER_DPO = (
    "Name and contact details of controller's data protection officer (if applicable)"
)
ICO_PROCESSING = "Categories of processing"
ICO_SUBPROCESSORS = "Name and contact details of sub-processors (if applicable)"
ICO_REFERENCE = "Reference"
ICO_NAME = "Name of processing activity"

ICO_CONTROLLER_HEADINGS = (
    ICO_REFERENCE,
    ICO_NAME,
    ICO_BUSINESS_FUNCTION,
    ICO_PURPOSE,
    ICO_JOINT,
    ICO_INDIVIDUALS,
    ICO_DATA,
    ICO_RECIPIENTS,
    ICO_CONTRACT,
    ICO_COUNTRIES,
    ICO_SAFEGUARDS,
    ICO_RETENTION,
    ICO_SECURITY,
    ICO_ART6,
    ICO_ART9,
    ICO_AUTOMATED,
    ICO_SOURCE,
    ICO_LOCATION,
)
ICO_PROCESSOR_HEADINGS = (
    ICO_REFERENCE,
    ICO_NAME,
    ICO_BUSINESS_FUNCTION,
    ICO_CONTROLLER,
    ICO_CONTROLLER_REP,
    ICO_CONTROLLER_DPO,
    ICO_PROCESSING,
    ICO_SUBPROCESSORS,
    ICO_COUNTRIES,
    ICO_SAFEGUARDS,
    ICO_SECURITY,
)
_ICO_WIDE = {ICO_PURPOSE, ICO_DATA, ICO_SECURITY, ICO_RETENTION, ICO_ART6, ICO_SAFEGUARDS}


def _ico_columns(headings: Sequence[str]) -> list[Column]:
    widths = {ICO_REFERENCE: 12.0, ICO_NAME: 40.0, ICO_BUSINESS_FUNCTION: 26.0}
    return [Column(h, widths.get(h, 50.0 if h in _ICO_WIDE else 36.0)) for h in headings]


def _write_ico(book: _Book) -> None:
    snap = book.snapshot
    none = _("None")
    yes, no = _("Yes"), _("No")
    controllers = book.sheet(
        _("Controller"),
        _ico_columns(ICO_CONTROLLER_HEADINGS),
        freeze="C9",
        rows=8 + len(snap.controller_activities),
    )
    _ico_preamble(book, controllers, _("Record of processing activities (controller)"))
    controllers.header()
    for a in snap.controller_activities:
        data = [
            *a.data_categories,
            *(
                _("{category} (special category data)").format(category=s)
                for s in a.special_categories
            ),
            *([_("Criminal offence data")] if a.criminal_data else []),
        ]
        bases = [*a.legal_bases, *([a.legal_basis_details] if a.legal_basis_details else [])]
        automated = no
        if a.automated_decision:
            automated = (
                f"{yes}: {a.automated_decision_details}" if (a.automated_decision_details) else yes
            )
        controllers.values(
            [
                a.reference,
                a.name,
                a.department,
                _lines(a.purposes),
                _summaries(a.joint_controllers),
                _lines(a.data_subject_categories),
                _lines(data),
                _summaries(a.recipients) or (none if a.no_recipients else ""),
                "",
                _ico_countries(a.transfers) or (none if a.no_transfers else ""),
                _ico_safeguards(a.transfers),
                a.retention,
                _lines(a.security_measures),
                _lines(bases),
                _lines(a.art9_conditions),
                automated,
                _lines(a.sources),
                _lines(a.systems),
            ]
        )
        book.tick()
    controllers.finish()
    processors = book.sheet(
        _("Processor"),
        _ico_columns(ICO_PROCESSOR_HEADINGS),
        freeze="C9",
        rows=8 + len(snap.processor_activities),
    )
    _ico_preamble(book, processors, _("Record of processing activities (processor)"))
    processors.header()
    for p in snap.processor_activities:
        processors.values(
            [
                p.reference,
                p.name,
                p.department,
                _summaries(p.controllers),
                _lines(f"{c.name}: {c.representative}" for c in p.controllers if c.representative),
                _lines(f"{c.name}: {c.dpo}" for c in p.controllers if c.dpo),
                _lines(p.processing_categories),
                _lines(p.sub_processors),
                _ico_countries(p.transfers) or (none if p.no_transfers else ""),
                _ico_safeguards(p.transfers),
                _lines(p.security_measures),
            ]
        )
        book.tick()
    processors.finish()


def _ico_preamble(book: _Book, sheet: _Sheet, title: str) -> None:
    """Rows 1-7: the contact block of the ICO template (controller, DPO, representative)."""
    org = book.snapshot.organisation
    c = book.cells
    sheet.append([c.title(title), None, c.title(org.name)])
    sheet.append([None, c.label(_("Name")), c.label(_("Address")), c.label(_("Contact details"))])
    sheet.append([c.label(_("Controller")), *c.clean_row([org.name, org.address, org.contact])])
    sheet.append(
        [c.label(_("Data Protection Officer")), *c.clean_row([org.dpo_name, "", org.dpo_contact])]
    )
    sheet.append(
        [
            c.label(_("Representative")),
            *c.clean_row([org.representative, "", org.representative_contact]),
        ]
    )
    sheet.append([None, c.note(_exported_line(book))])
    sheet.append([])


def _exported_line(book: _Book) -> str:
    snap = book.snapshot
    return _("Exported from govkit on {when} (UTC) by {who}.").format(
        when=naive_utc(snap.exported_at).strftime("%Y-%m-%d %H:%M"), who=snap.exported_by
    )


def _ico_countries(transfers: Sequence[Transfer]) -> str:
    return _lines(t.country + (f" ({t.recipient})" if t.recipient else "") for t in transfers)


def _ico_safeguards(transfers: Sequence[Transfer]) -> str:
    lines = []
    for t in transfers:
        if t.safeguard or t.documentation:
            detail = _join_nonempty([t.safeguard, t.documentation], " – ")
            lines.append(f"{t.country}: {detail}")
    return _lines(lines)


# -- cnil -----------------------------------------------------------------------------------

# Headings of the CNIL's model register ("registre des activités de traitement") and of its
# "fiche de registre", verbatim in French: this layout is the French template by definition.
CNIL_SUMMARY_TITLE = "Registre des activités de traitement"
CNIL_REF = "N° / REF"
CNIL_NAME = "Nom / sigle"
CNIL_KIND = "Qualité de l'organisme"
CNIL_SERVICE = "Service"
CNIL_CREATED = "Date de création de la fiche"
CNIL_UPDATED = "Dernière mise à jour de la fiche"
CNIL_SENSITIVE = "Données sensibles"
CNIL_TRANSFERS = "Transferts des données hors UE"
CNIL_SHEET = "Fiche"
CNIL_CONTROLLER = "Responsable du traitement"
CNIL_DPO = "Délégué à la protection des données"
CNIL_REPRESENTATIVE = "Représentant"
CNIL_JOINT = "Responsable(s) conjoint(s)"
CNIL_PURPOSES = "Finalité(s) du traitement effectué"
CNIL_MAIN_PURPOSE = "Finalité principale"
CNIL_SUB_PURPOSE = "Sous-finalité {n}"
CNIL_DESCRIPTION = "Description du traitement"
CNIL_LEGAL_BASIS = "Base légale du traitement"
CNIL_SECURITY = "Mesures de sécurité"
CNIL_DATA = "Catégories de données collectées"
CNIL_ART9 = "Conditions de traitement des données sensibles (article 9)"
CNIL_CRIMINAL = "Données relatives aux condamnations pénales et aux infractions"
CNIL_SUBJECTS = "Catégories de personnes concernées"
CNIL_RECIPIENTS = "Catégories de destinataires"
CNIL_RETENTION = "Délais d'effacement"
CNIL_SOURCES = "Sources des données"
CNIL_AUTOMATED = "Prise de décision automatisée"
CNIL_SOFTWARE = "Nom du logiciel ou de l'application"
CNIL_CONTACT = "Personne à contacter"
CNIL_STATUS = "Statut"
CNIL_REVIEW = "Prochaine révision"
CNIL_NOTES = "Observations"
CNIL_CONTROLLERS = (
    "Responsable(s) de traitement pour le compte duquel/desquels le traitement est effectué"
)
CNIL_PROCESSING = "Catégories de traitements effectués pour le compte du responsable"
CNIL_SUBPROCESSORS = "Sous-traitants ultérieurs"

_CNIL_STATUS = {"draft": "Brouillon", "active": "Actif", "retired": "Retiré"}
_CNIL_RECIPIENT = {
    "internal": "Destinataire interne",
    "processor": "Sous-traitant",
    "third_party": "Organisme externe",
    "public_authority": "Autorité publique",
    "abroad": "Destinataire dans un pays tiers ou organisation internationale",
}
OUI, NON = "Oui", "Non"


def _write_cnil(book: _Book) -> None:
    snap = book.snapshot
    org = snap.organisation
    c = book.cells
    summary = book.sheet(
        "Registre",
        [
            Column(CNIL_REF, 14),
            Column(CNIL_NAME, 50),
            Column(CNIL_KIND, 22),
            Column(CNIL_SERVICE, 28),
            Column(CNIL_CREATED, 16),
            Column(CNIL_UPDATED, 16),
            Column(CNIL_SENSITIVE, 12),
            Column(CNIL_TRANSFERS, 14),
            Column(CNIL_SHEET, 34),
        ],
        freeze="C9",
        rows=8 + len(snap.controller_activities) + len(snap.processor_activities),
    )
    summary.append([c.title(f"{CNIL_SUMMARY_TITLE} de {org.name}".strip())])
    summary.append([])
    summary.append(
        [
            c.label("Coordonnées du responsable de l'organisme"),
            *c.clean_row([_join_nonempty([org.name, org.address, org.contact])]),
        ]
    )
    summary.append(
        [
            c.label("Nom et coordonnées du délégué à la protection des données"),
            *c.clean_row([_join_nonempty([org.dpo_name, org.dpo_contact])]),
        ]
    )
    summary.append(
        [
            c.label(CNIL_REPRESENTATIVE),
            *c.clean_row([_join_nonempty([org.representative, org.representative_contact])]),
        ]
    )
    summary.append([None, c.note(_exported_line(book))])
    summary.append([])
    summary.header()
    records: list[tuple[Record, str]] = [
        *((a, "Responsable de traitement") for a in snap.controller_activities),
        *((p, "Sous-traitant") for p in snap.processor_activities),
    ]
    for record, kind in records:
        fiche = book.sheet(
            _join_nonempty([record.reference, record.name], " ") or "Fiche", buffered=True
        )
        if isinstance(record, ControllerActivity):
            _cnil_controller_fiche(book, fiche, record)
            sensitive = OUI if record.special_categories or record.criminal_data else NON
        else:
            _cnil_processor_fiche(book, fiche, record)
            sensitive = ""
        fiche.finish()
        fiche.ws.close()  # written: release its temporary file now (thousands of sheets)
        summary.append(
            [
                *c.clean_row(
                    [
                        record.reference,
                        record.name,
                        kind,
                        record.department,
                        record.created_at.date(),
                        record.updated_at.date(),
                        sensitive,
                        OUI if record.transfers else NON,
                    ]
                ),
                c.link(summary.ws, fiche.title, f"{quote_sheetname(fiche.title)}!A1"),
            ]
        )
        book.tick()
    summary.finish()


def _fiche_start(book: _Book, fiche: _Sheet, record: Record) -> None:
    c = book.cells
    fiche.widths(42, 100)
    fiche.append([c.title(f"Fiche de registre : {record.name}"), None])
    _fiche_section(book, fiche, CNIL_DESCRIPTION)
    _fiche_rows(
        book,
        fiche,
        [
            (CNIL_NAME, record.name),
            (CNIL_REF, record.reference),
            (CNIL_CREATED, record.created_at.date()),
            (CNIL_UPDATED, record.updated_at.date()),
            (CNIL_SERVICE, record.department),
            (CNIL_CONTACT, record.contact),
            (CNIL_STATUS, _CNIL_STATUS.get(str(record.status), str(record.status))),
            (CNIL_REVIEW, record.next_review),
        ],
    )
    org = book.snapshot.organisation
    _fiche_section(book, fiche, "Acteurs")
    _fiche_rows(
        book,
        fiche,
        [
            (CNIL_CONTROLLER, _join_nonempty([org.name, org.address, org.contact])),
            (CNIL_DPO, _join_nonempty([org.dpo_name, org.dpo_contact])),
            (CNIL_REPRESENTATIVE, _join_nonempty([org.representative, org.representative_contact])),
        ],
    )


def _cnil_controller_fiche(book: _Book, fiche: _Sheet, a: ControllerActivity) -> None:
    _fiche_start(book, fiche, a)
    _fiche_rows(book, fiche, [(CNIL_JOINT, _lines(_cnil_joint(j) for j in a.joint_controllers))])
    _fiche_section(book, fiche, CNIL_PURPOSES)
    purposes = [(CNIL_MAIN_PURPOSE, a.purposes[0] if a.purposes else "")]
    purposes += [(CNIL_SUB_PURPOSE.format(n=n), p) for n, p in enumerate(a.purposes[1:], 1)]
    bases = _join_nonempty([_lines(a.legal_bases), a.legal_basis_details])
    _fiche_rows(book, fiche, [*purposes, ("Description", a.description), (CNIL_LEGAL_BASIS, bases)])
    _fiche_section(book, fiche, CNIL_SECURITY)
    _fiche_rows(book, fiche, [(CNIL_SECURITY, _lines(a.security_measures))])
    _fiche_section(book, fiche, "Catégories de données personnelles concernées")
    criminal = NON
    if a.criminal_data:
        criminal = f"{OUI} : {a.art10_basis}" if a.art10_basis else OUI
    _fiche_rows(
        book,
        fiche,
        [
            (CNIL_DATA, _lines(a.data_categories)),
            (CNIL_SENSITIVE, _lines(a.special_categories) or NON),
            (CNIL_ART9, _lines(a.art9_conditions)),
            (CNIL_CRIMINAL, criminal),
            (CNIL_SOURCES, _lines(a.sources)),
        ],
    )
    _fiche_section(book, fiche, CNIL_SUBJECTS)
    _fiche_rows(book, fiche, [(CNIL_SUBJECTS, _lines(a.data_subject_categories))])
    _fiche_section(book, fiche, "Destinataires")
    recipients = _lines(_cnil_recipient(r) for r in a.recipients)
    _fiche_rows(
        book,
        fiche,
        [(CNIL_RECIPIENTS, recipients or ("Aucun destinataire" if a.no_recipients else ""))],
    )
    _fiche_section(book, fiche, "Transferts des données hors UE")
    _fiche_rows(book, fiche, [(CNIL_TRANSFERS, _cnil_transfers(a.transfers, a.no_transfers))])
    _fiche_section(book, fiche, "Durées de conservation")
    _fiche_rows(book, fiche, [(CNIL_RETENTION, a.retention)])
    _fiche_section(book, fiche, "Autres informations")
    automated = NON
    if a.automated_decision:
        automated = (
            f"{OUI} : {a.automated_decision_details}" if (a.automated_decision_details) else OUI
        )
    _fiche_rows(
        book,
        fiche,
        [
            (CNIL_AUTOMATED, automated),
            (CNIL_SOFTWARE, _lines(a.systems)),
            (CNIL_NOTES, a.notes),
        ],
    )


def _cnil_processor_fiche(book: _Book, fiche: _Sheet, p: ProcessorActivity) -> None:
    _fiche_start(book, fiche, p)
    _fiche_rows(
        book, fiche, [(CNIL_CONTROLLERS, _lines(_cnil_controller(c) for c in p.controllers))]
    )
    _fiche_section(book, fiche, "Traitements effectués")
    _fiche_rows(
        book,
        fiche,
        [
            (CNIL_PROCESSING, _lines(p.processing_categories)),
            (CNIL_SUBPROCESSORS, _lines(p.sub_processors)),
        ],
    )
    _fiche_section(book, fiche, "Transferts des données hors UE")
    _fiche_rows(book, fiche, [(CNIL_TRANSFERS, _cnil_transfers(p.transfers, p.no_transfers))])
    _fiche_section(book, fiche, CNIL_SECURITY)
    _fiche_rows(book, fiche, [(CNIL_SECURITY, _lines(p.security_measures)), (CNIL_NOTES, p.notes)])


def _fiche_section(book: _Book, fiche: _Sheet, title: str) -> None:
    fiche.append([book.cells.section(title), book.cells.section("")])


def _fiche_rows(book: _Book, fiche: _Sheet, rows: Sequence[tuple[str, Any]]) -> None:
    for label, value in rows:
        fiche.append([book.cells.label(label), *book.cells.clean_row([value])])


def _cnil_joint(j: JointController) -> str:
    head = j.summary()
    return f"{head} : {j.responsibilities}" if j.responsibilities else head


def _cnil_controller(c: ControllerParty) -> str:
    parts = [c.summary()]
    if c.representative:
        parts.append(f"représentant : {c.representative}")
    if c.dpo:
        parts.append(f"DPO : {c.dpo}")
    return " ; ".join(parts)


def _cnil_recipient(r: Recipient) -> str:
    category = _CNIL_RECIPIENT.get(r.category, r.category)
    return f"{r.name} ({category})" if r.name else category


def _cnil_transfers(transfers: Sequence[Transfer], none: bool) -> str:
    if not transfers:
        return NON if none else ""
    lines = []
    for t in transfers:
        lines.append(
            " – ".join(v for v in (t.country, t.recipient, t.safeguard, t.documentation) if v)
        )
    return _lines(lines)
