"""An assessment's action plan as an Excel workbook, to follow up outside govkit.

``write_action_plan_xlsx(snapshot, path)`` writes four sheets: the action plan (one row per
action: what, who, by when, status with a drop-down list, the section whose review asked for
it), the risks before and after their measures, an About sheet with the assessment's and the
export's facts, and the Lists sheet the drop-down reads. It uses the register workbook's look
and cell guard (``exports/xlsx_style.py``, ``exports/cells.py``): a value starting with ``=``,
``+``, ``-``, ``@``… is written as text with Excel's quote prefix, never run as a formula.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from govkit import __version__
from govkit.domain.assessment_enums import ActionStatus
from govkit.exports.assessment_snapshot import AssessmentSnapshot, subject_heading
from govkit.exports.cells import clean_text
from govkit.exports.risk_map import level_label
from govkit.exports.xlsx import unique_sheet_title
from govkit.exports.xlsx_style import WRAP_TOP, CellFactory, naive_utc, wrap_by_default
from govkit.i18n import _

ROOM = 500  # rows below the plan that keep the status drop-down, for actions added in Excel


@dataclass(frozen=True)
class Column:
    heading: str
    width: float


class _Sheet:
    """A write-only sheet whose rows are kept until ``finish`` writes them with their size
    (readers such as openpyxl's read-only mode trust the size written at the top)."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column] = ()) -> None:
        self.title = unique_sheet_title(title, {ws.title.casefold() for ws in wb.worksheets})
        self.ws = wb.create_sheet(self.title)
        self.columns = list(columns)
        self.rows: list[list[Any]] = []
        self.widths(*(c.width for c in self.columns))

    def widths(self, *widths: float) -> None:
        for index, width in enumerate(widths, 1):
            dimension = self.ws.column_dimensions[get_column_letter(index)]
            dimension.width = width
            dimension.alignment = WRAP_TOP

    def append(self, cells: list[Any]) -> None:
        self.rows.append(cells)

    def finish(self, *, table: bool) -> None:
        width = max([len(self.columns), *(len(r) for r in self.rows), 1])
        ref = f"A1:{get_column_letter(width)}{max(len(self.rows), 1)}"
        self.ws.calculate_dimension = lambda: ref
        if table and self.columns:
            self.ws.auto_filter.ref = (
                f"A1:{get_column_letter(len(self.columns))}{max(len(self.rows), 2)}"
            )
        for row in self.rows:
            self.ws.append(row)


def write_action_plan_xlsx(snapshot: AssessmentSnapshot, path: Path) -> None:
    """Write the action plan of ``snapshot`` to ``path`` (overwritten; removed on error)."""
    wb = Workbook(write_only=True)
    wrap_by_default(wb)
    style_sheet = wb.create_sheet("styles")  # only to bind the shared styles; removed below
    cells = CellFactory(style_sheet)
    wb.remove(style_sheet)
    started = False
    try:
        statuses = [s.label for s in ActionStatus]
        plan = _plan_sheet(wb, cells, snapshot)
        risks = _risks_sheet(wb, cells, snapshot)
        about = _about_sheet(wb, cells, snapshot)
        lists = _Sheet(wb, _("Lists"), [Column(_("Status"), 24)])
        lists.append([cells.header(_("Status"))])
        for label in statuses:
            lists.append(cells.row([label]))
        source = f"{quote_sheetname(lists.title)}!$A$2:$A${len(statuses) + 1}"
        _status_validation(plan, source, len(plan.rows) + ROOM)
        plan.finish(table=True)
        risks.finish(table=True)
        about.finish(table=False)
        lists.finish(table=False)
        _properties(wb, snapshot)
        started = True
        wb.save(path)
    except BaseException:
        _discard(wb)
        if started:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _discard(wb: Workbook) -> None:
    """Close and delete the temporary files of an unfinished workbook (best effort)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is not None and not ws.closed:
            with contextlib.suppress(Exception):
                ws.close()  # ends its row stream cleanly and closes its temporary file
        path = getattr(writer, "out", None)
        if isinstance(path, str):
            with contextlib.suppress(OSError):
                os.remove(path)


def _plan_sheet(wb: Workbook, cells: CellFactory, snap: AssessmentSnapshot) -> _Sheet:
    sheet = _Sheet(
        wb,
        _("Action plan"),
        [
            Column("#", 6),
            Column(_("Action"), 60),
            Column(_("Owner"), 28),
            Column(_("Due"), 13),
            Column(_("Status"), 16),
            Column(_("Asked for in"), 32),
            Column(_("Assessment"), 16),
            Column(_("Item ID"), 34),
        ],
    )
    sheet.ws.freeze_panes = "C2"
    sheet.append([cells.header(c.heading) for c in sheet.columns])
    reference = f"{snap.reference} v{snap.version}"
    for number, item in enumerate(snap.action_plan, 1):
        sheet.append(
            cells.row(
                [
                    number,
                    item.measure,
                    item.owner,
                    _as_date(item.due),
                    _action_status(item.status),
                    snap.section_title(item.origin) if item.origin else "",
                    reference,
                    item.id,
                ]
            )
        )
    return sheet


def _risks_sheet(wb: Workbook, cells: CellFactory, snap: AssessmentSnapshot) -> _Sheet:
    sheet = _Sheet(
        wb,
        _("Risks"),
        [
            Column("#", 6),
            Column(_("Risk"), 40),
            Column(_("Impacts on the people concerned"), 40),
            Column(_("Threats"), 36),
            Column(_("Risk sources"), 28),
            Column(_("Measures"), 44),
            Column(_("Severity before (1-4)"), 14),
            Column(_("Likelihood before (1-4)"), 14),
            Column(_("Severity after (1-4)"), 14),
            Column(_("Likelihood after (1-4)"), 14),
            Column(_("Before the measures"), 24),
            Column(_("After the measures"), 24),
            Column(_("Why this severity"), 40),
            Column(_("Why this likelihood"), 40),
            Column(_("CNIL method"), 12),
        ],
    )
    sheet.ws.freeze_panes = "C2"
    sheet.append([cells.header(c.heading) for c in sheet.columns])
    measures = {m.id: m.title for m in snap.measures}
    for number, r in enumerate(snap.risks, 1):
        sheet.append(
            cells.row(
                [
                    number,
                    r.title,
                    "\n".join(r.impacts),
                    "\n".join(r.threats),
                    "\n".join(r.sources),
                    "\n".join(measures.get(m, m) for m in r.measures),
                    r.severity_before,
                    r.likelihood_before,
                    r.severity_after,
                    r.likelihood_after,
                    _levels(r.severity_before, r.likelihood_before),
                    _levels(r.severity_after, r.likelihood_after),
                    r.severity_reason,
                    r.likelihood_reason,
                    r.cnil_ref,
                ]
            )
        )
    return sheet


def _about_sheet(wb: Workbook, cells: CellFactory, snap: AssessmentSnapshot) -> _Sheet:
    sheet = _Sheet(wb, _("About"))
    sheet.widths(34, 80)
    sheet.append([cells.title(_("Action plan")), None])
    sheet.append([])
    subject = " ".join(v for v in (snap.subject_reference, snap.subject_name) if v)
    facts: list[tuple[str, Any]] = [
        (_("Organisation"), snap.organisation_name),
        (_("Assessment"), snap.title),
        (_("Reference"), snap.reference),
        (_("Version"), snap.version),
        (_("Type"), snap.kind.label),
        (subject_heading(snap.subject_type), subject),
        (_("Status"), snap.status.label),
        (_("Owner"), snap.owner),
        (_("Approved (UTC)"), snap.approved_at),
        (_("Next review"), snap.next_review),
        (_("Content hash (SHA-256)"), snap.content_hash),
        (_("Actions"), len(snap.action_plan)),
        (_("Risks"), len(snap.risks)),
        (_("Exported at (UTC)"), snap.exported_at),
        (_("Exported by"), snap.exported_by),
        (_("Vault ID"), snap.vault_id),
        (_("Made with"), f"govkit {__version__}"),
    ]
    for label, value in facts:
        sheet.append([cells.label(label), *cells.row([value])])
    sheet.append([])
    sheet.append(
        [
            None,
            cells.note(
                _(
                    "Severity and likelihood follow the CNIL's scales: 1 Negligible, 2 Limited, "
                    "3 Significant, 4 Maximum. Changes made in this workbook do not reach the "
                    "assessment in govkit."
                )
            ),
        ]
    )
    return sheet


def _status_validation(sheet: _Sheet, source: str, last_row: int) -> None:
    dv = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Not in the list"),
        error=_("Choose a value from the list."),
    )
    dv.add(f"E2:E{last_row}")
    sheet.ws.data_validations.append(dv)  # write-only sheets take no add_data_validation


def _properties(wb: Workbook, snap: AssessmentSnapshot) -> None:
    props = wb.properties
    org = snap.organisation_name or _("Organisation")
    props.title = clean_text(
        _("Action plan – {reference} {title}").format(reference=snap.reference, title=snap.title)
    )
    props.subject = clean_text(snap.kind.label)
    props.creator = clean_text(org)
    props.lastModifiedBy = clean_text(snap.exported_by)
    props.created = props.modified = naive_utc(snap.exported_at)
    props.keywords = f"govkit; action-plan; {clean_text(snap.reference)}"
    props.identifier = f"govkit-vault:{snap.vault_id}"
    props.description = _("Exported from govkit {version}.").format(version=__version__)


def _as_date(value: str) -> date | str:
    """An ISO date as a date (Excel shows and sorts it as one); anything else as typed."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        return value


def _action_status(value: str) -> str:
    try:
        return ActionStatus(value).label
    except ValueError:
        return value


def _levels(severity: int | None, likelihood: int | None) -> str:
    if severity is None and likelihood is None:
        return _("not assessed")
    return _("Severity {s}; likelihood {l}").format(
        s=level_label(severity), l=level_label(likelihood)
    )


__all__ = ["write_action_plan_xlsx"]
