"""AI systems as records of the UK Algorithmic Transparency Recording Standard (ATRS).

The record follows the sections of the ATRS template, version 3.0 (the Cabinet Office's
spreadsheet template): a metadata section, **Tier 1 – Overview** (name, how and why the tool is
used, where to find out more, contact) and the five Tier 2 sections **Owner and
Responsibility**, **Description and Rationale**, **Decision-Making Process**, **Tool
Specification** and **Risks, Mitigations and Impact Assessments**. Field numbers and headings
are the template's (2.1.1 Organisation, 2.1.2 Team, 2.1.3 Senior responsible owner, 2.1.4
External supplier involvement…); ``docs/exports.md`` says which were checked against the
published template and guidance. The headings are the standard's and are not translated; the
values are the user's, in whatever language they were written.

Only public fields are used (``ai_public.PublicSystem``): no internal notes, no internal contact,
no duties; impact assessments are listed by name, type, status and date, the outcome of approved
ones only, never their answers.

Two forms: a workbook laid out like the template (one sheet per section, one row per field,
one column per system, as the template's answer column; styled like govkit's register
workbooks, with the formula-injection guard of ``exports/cells.py``) and JSON (``atrs_json``:
the same sections and fields, keyed by the standard's attribute names).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from govkit import __version__
from govkit.exports.ai_public import (
    PublicSystem,
    area_label,
    dataset_line,
    dataset_use_label,
    dumps,
    model_line,
    model_type_label,
    non_empty,
    phase_label,
    tier_label,
)
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import N_, _

STANDARD = "Algorithmic Transparency Recording Standard"
STANDARD_VERSION = "3.0"
FORMAT = "govkit-atrs"
FORMAT_VERSION = "1.0"

Value = str | list[dict[str, Any]]


@dataclass(frozen=True)
class AtrsField:
    ref: str  # the template's field number ("" for the metadata section)
    key: str  # the attribute name in the JSON form
    heading: str  # the template's heading (not translated)
    value: Callable[[PublicSystem], Value]
    lines: Callable[[PublicSystem], list[str]] | None = None  # how a list reads in a cell


@dataclass(frozen=True)
class AtrsSection:
    key: str
    title: str  # the template's section title
    sheet: str  # its sheet in the workbook (at most 31 characters)
    fields: tuple[AtrsField, ...]


def _t(name: str) -> Callable[[PublicSystem], Value]:
    return lambda p: p.text(name)


def _joined(*parts: tuple[str, str]) -> Callable[[PublicSystem], Value]:
    """Several fields in one answer, each introduced by its label when filled."""

    def value(p: PublicSystem) -> Value:
        texts = [(_(label), p.text(name)) for name, label in parts]
        filled = [(label, text) for label, text in texts if text]
        if len(filled) == 1:
            return filled[0][1]
        return "\n\n".join(f"{label}: {text}" for label, text in filled)

    return value


def _supplier_involved(p: PublicSystem) -> Value:
    if not (p.text("supplier") or p.text("third_parties")):
        return _("No")
    return _("Yes")


def _phase(p: PublicSystem) -> Value:
    return phase_label(p.phase)


def _models(p: PublicSystem) -> Value:
    return [
        {
            "name": m.name,
            "type": m.type,
            "type_label": model_type_label(m.type),
            "provider": m.provider,
            "version": m.version,
        }
        for m in p.models
    ]


def _datasets(p: PublicSystem) -> Value:
    return [
        {
            "use": d.use,
            "use_label": dataset_use_label(d.use),
            "description": d.description,
            "sources": d.sources,
            "personal_data": d.personal_data,
            "special_categories": d.special_categories,
        }
        for d in p.datasets
    ]


def _assessments(p: PublicSystem) -> Value:
    return [a.to_json() for a in p.assessments]


def _classification(p: PublicSystem) -> Value:
    lines = [tier_label(p.tier)]
    if p.area:
        lines.append(_("Annex III area: {area}").format(area=area_label(p.area)))
    if p.text("classification_reasoning"):
        lines.append(p.text("classification_reasoning"))
    return "\n".join(lines)


def _registers(p: PublicSystem) -> Value:
    return [
        {
            "register": str(e.get("register", "")),
            "identifier": str(e.get("identifier", "")),
            "url": str(e.get("url", "")),
        }
        for e in p.register_entries()
        if e.get("identifier") or e.get("url")
    ]


def _register_lines(p: PublicSystem) -> list[str]:
    return [
        " · ".join(v for v in (e["identifier"], e["url"]) if v)
        for e in _registers(p)
        if isinstance(e, dict)
    ]


SECTIONS: tuple[AtrsSection, ...] = (
    AtrsSection(
        "metadata",
        "Metadata and Title Information",
        "Metadata",
        (
            AtrsField("", "title", "Title", _t("name")),
            AtrsField("", "reference", "Reference", _t("reference")),
            AtrsField("", "organisation", "Organisation", _t("organisation")),
            AtrsField("", "function", "Function", _t("department")),
            AtrsField("", "phase", "Phase", _phase),
            AtrsField("", "geographic_region", "Geographic region", _t("region")),
            AtrsField("", "other_registers", "Other registers", _registers, lines=_register_lines),
        ),
    ),
    AtrsSection(
        "tier_1",
        "Tier 1 - Overview",
        "Tier 1 - Overview",
        (
            AtrsField("1.1", "name", "Name", _t("name")),
            AtrsField(
                "1.2",
                "description",
                "Description",
                _joined(("description", N_("How it is used")), ("purpose", N_("Why it is used"))),
            ),
            AtrsField("1.3", "website", "Website URL", _t("website")),
            AtrsField("1.4", "contact_email", "Contact email", _t("contact")),
        ),
    ),
    AtrsSection(
        "owner_and_responsibility",
        "Tier 2 - Owner and Responsibility",
        "2.1 Owner and Responsibility",
        (
            AtrsField("2.1.1", "organisation", "Organisation", _t("organisation")),
            AtrsField("2.1.2", "team", "Team", _t("team")),
            AtrsField(
                "2.1.3",
                "senior_responsible_owner",
                "Senior responsible owner",
                _t("senior_responsible_owner"),
            ),
            AtrsField(
                "2.1.4",
                "external_supplier_involvement",
                "External supplier involvement",
                _supplier_involved,
            ),
            AtrsField("2.1.4.1", "external_supplier", "External supplier", _t("supplier")),
            AtrsField(
                "2.1.4.3",
                "external_supplier_role",
                "External supplier role",
                _t("third_parties"),
            ),
            AtrsField(
                "2.1.4.4",
                "procurement_procedure_type",
                "Procurement procedure type",
                _t("procurement"),
            ),
            AtrsField(
                "2.1.4.5",
                "data_access_terms",
                "Data access terms",
                _t("data_access_terms"),
            ),
        ),
    ),
    AtrsSection(
        "description_and_rationale",
        "Tier 2 - Description and Rationale",
        "2.2 Description and Rationale",
        (
            AtrsField(
                "2.2.1", "detailed_description", "Detailed description", _t("detailed_description")
            ),
            AtrsField("2.2.2", "scope", "Scope", _t("purpose")),
            AtrsField("2.2.3", "benefit", "Benefit", _t("benefits")),
            AtrsField("2.2.4", "previous_process", "Previous process", _t("previous_process")),
            AtrsField(
                "2.2.5", "alternatives_considered", "Alternatives considered", _t("alternatives")
            ),
        ),
    ),
    AtrsSection(
        "decision_making_process",
        "Tier 2 - Decision-Making Process",
        "2.3 Decision-Making Process",
        (
            AtrsField(
                "2.3.1", "process_integration", "Process integration", _t("decision_process")
            ),
            AtrsField("2.3.2", "provided_information", "Provided information", _t("outputs")),
            AtrsField(
                "2.3.3", "frequency_and_scale_of_usage", "Frequency and scale of usage", _t("scale")
            ),
            AtrsField(
                "2.3.4",
                "human_decisions_and_review",
                "Human decisions and review",
                _t("human_review"),
            ),
            AtrsField("2.3.5", "required_training", "Required training", _t("staff_training")),
            AtrsField("2.3.6", "appeals_and_review", "Appeals and review", _t("appeal")),
        ),
    ),
    AtrsSection(
        "tool_specification",
        "Tier 2 - Tool Specification",
        "2.4 Tool Specification",
        (
            AtrsField(
                "2.4.1",
                "system_architecture",
                "System architecture",
                _joined(
                    ("inputs", N_("System-level input")), ("outputs", N_("System-level output"))
                ),
            ),
            AtrsField("2.4.2", "phase", "Phase", _phase),
            AtrsField("2.4.3", "maintenance", "Maintenance", _t("maintenance")),
            AtrsField(
                "2.4.4",
                "models",
                "Models",
                _models,
                lines=lambda p: [model_line(m) for m in p.models],
            ),
            AtrsField(
                "2.4.5",
                "data",
                "Data",
                _datasets,
                lines=lambda p: [dataset_line(d) for d in p.datasets],
            ),
        ),
    ),
    AtrsSection(
        "risks_mitigations_and_impact_assessments",
        "Tier 2 - Risks, Mitigations and Impact Assessments",
        "2.5 Risks and Impact",
        (
            AtrsField(
                "2.5.1",
                "impact_assessments",
                "Impact assessments",
                _assessments,
                lines=lambda p: [a.summary() for a in p.assessments],
            ),
            AtrsField(
                "2.5.2",
                "risks",
                "Risks and mitigations",
                _joined(("monitoring", N_("Monitoring"))),
            ),
            AtrsField("", "eu_ai_act_classification", "EU AI Act classification", _classification),
        ),
    ),
)


def atrs_record(system: PublicSystem) -> dict[str, Any]:
    """One system's ATRS record as JSON data: each section's fields by attribute name."""
    record: dict[str, Any] = {}
    for section in SECTIONS:
        record[section.key] = {f.key: f.value(system) for f in section.fields}
    return record


def atrs_json(snapshot: RegisterSnapshot, systems: Sequence[PublicSystem]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "standard": STANDARD,
        "standard_version": STANDARD_VERSION,
        "exported_at": snapshot.exported_at.isoformat(),
        "organisation": snapshot.organisation.name,
        "govkit_version": __version__,
        "records": [atrs_record(s) for s in systems],
    }


def write_atrs_json(
    snapshot: RegisterSnapshot,
    systems: Sequence[PublicSystem],
    out: IO[bytes],
    *,
    progress: Progress | None = None,
) -> None:
    progress = progress or Progress()
    progress.step(0, 1, _("Writing the ATRS record…"))
    out.write(dumps(atrs_json(snapshot, systems)).encode("utf-8"))


def cell_text(field: AtrsField, system: PublicSystem) -> str:
    """How a field reads in the workbook's cell."""
    if field.lines is not None:
        return "\n".join(non_empty(field.lines(system)))
    value = field.value(system)
    return value if isinstance(value, str) else ""


def write_atrs_xlsx(
    snapshot: RegisterSnapshot,
    systems: Sequence[PublicSystem],
    out: Path,
    *,
    progress: Progress | None = None,
) -> None:
    """The workbook: an Info sheet, then one sheet per section (rows: fields; columns: the
    systems). A partly written ``out`` is removed on error or ``Cancelled``."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from govkit.exports.xlsx import discard_workbook, unique_sheet_title
    from govkit.exports.xlsx_style import CellFactory, naive_utc, wrap_by_default

    progress = progress or Progress()
    wb = Workbook(write_only=True)
    wrap_by_default(wb)
    style_sheet = wb.create_sheet("styles")
    cells = CellFactory(style_sheet)
    wb.remove(style_sheet)
    taken: set[str] = set()

    def sheet(title: str) -> Any:
        name = unique_sheet_title(title, taken)
        taken.add(name.casefold())
        return wb.create_sheet(name)

    started = False
    try:
        org = snapshot.organisation.name
        info = sheet("Info")
        info.column_dimensions["A"].width = 30
        info.column_dimensions["B"].width = 90
        info.append([cells.title(STANDARD), None])
        info.append([])
        facts: list[tuple[str, Any]] = [
            ("Standard version", STANDARD_VERSION),
            (_("Organisation"), org),
            (_("Exported at (UTC)"), naive_utc(snapshot.exported_at)),
            (_("Exported by"), snapshot.exported_by),
            (_("AI systems"), len(systems)),
            (_("Made with"), f"govkit {__version__}"),
        ]
        for label, value in facts:
            info.append([cells.label(label), *cells.row([value])])
        info.append([])
        for line in (
            _(
                "One sheet per section of the ATRS template, one row per field and one column per "
                "AI system, ready to copy into the template or to publish."
            ),
            _(
                "Only the fields meant for the public are included: internal notes, contacts "
                "marked internal and the answers of impact assessments are never exported."
            ),
        ):
            info.append([None, cells.note(line)])
        info.append([])
        info.append([cells.header(_("Section")), cells.header(_("Sheet"))])
        titles = []
        for section in SECTIONS:
            name = unique_sheet_title(section.sheet, taken)
            titles.append(name)
            info.append(cells.row([section.title, name]))

        total = len(SECTIONS)
        for done, (section, title) in enumerate(zip(SECTIONS, titles, strict=True)):
            progress.step(done, total, _("Writing the ATRS record…"))
            taken.add(title.casefold())
            ws = wb.create_sheet(title)
            ws.column_dimensions["A"].width = 9
            ws.column_dimensions["B"].width = 32
            for index in range(len(systems)):
                ws.column_dimensions[get_column_letter(index + 3)].width = 60
            ws.freeze_panes = "C3"
            ws.append([cells.title(section.title)])
            ws.append(
                [
                    cells.header(_("Ref.")),
                    cells.header(_("Field")),
                    *(cells.header(_system_heading(s)) for s in systems),
                ]
            )
            for field in section.fields:
                ws.append(
                    [
                        *cells.row([field.ref]),
                        cells.label(field.heading),
                        *cells.row([cell_text(field, s) for s in systems]),
                    ]
                )
        props = wb.properties
        props.title = f"{STANDARD} – {org}" if org else STANDARD
        props.creator = org or "govkit"
        props.lastModifiedBy = snapshot.exported_by
        props.created = props.modified = naive_utc(snapshot.exported_at)
        props.keywords = f"govkit; atrs={STANDARD_VERSION}"
        props.description = _("Exported from govkit {version}.").format(version=__version__)
        started = True
        wb.save(out)
    except BaseException:
        discard_workbook(wb)
        if started:
            with contextlib.suppress(OSError):
                out.unlink()
        raise


def _system_heading(system: PublicSystem) -> str:
    return " ".join(v for v in (system.text("reference"), system.text("name")) if v) or _(
        "(no name)"
    )
