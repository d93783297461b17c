"""The register as JSON: everything, for machines (described by ``docs/export-schema.json``).

One UTF-8 JSON object: the export's metadata, the organisation, every controller and processor
activity with every field (the same record objects as ``govkit list --format json``: field
values through ``to_jsonable``, plus ``completeness`` and ``missing``), and the catalogues (pick
lists). Keys always come in the same order (the models' field order), lists keep the register's
order, dates and times are ISO 8601, and nothing is escaped that need not be (``ensure_ascii``
is off), so that two exports of the same register differ only where the register does.

The records are written one at a time, so a register of 100,000 records needs no second copy of
itself in memory. ``read_register_json`` turns an export back into domain objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from govkit import __version__
from govkit.domain.completeness import completeness
from govkit.domain.enums import CatalogueKind
from govkit.domain.fields import ORGANISATION_FIELDS
from govkit.domain.jsonable import to_jsonable
from govkit.domain.models import (
    AiSystem,
    Assessment,
    CatalogueEntry,
    ControllerActivity,
    Organisation,
    ProcessorActivity,
)
from govkit.domain.parts import PART_TYPES
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _

Record = ControllerActivity | ProcessorActivity | AiSystem
SCHEMA_VERSION = "1.2"  # 1.2: the AI systems register; 1.1 exports stay valid
FORMAT = "govkit-register"
SCHEMA_ID = "urn:govkit:schema:register-export:1.2"  # the $id of docs/export-schema.json
_DEPARTMENT_PREFIX = "department: "
_BATCH = 200


def record_json(record: Record) -> dict[str, Any]:
    """Every field of ``record`` (model order), then ``completeness`` (percent) and
    ``missing`` (the Art. 30 items not recorded, in the export's language)."""
    data = {name: to_jsonable(getattr(record, name)) for name in type(record).model_fields}
    check = completeness(record)
    data["completeness"] = check.percent
    data["missing"] = list(check.missing)
    return data


def assessment_json(assessment: Assessment) -> dict[str, Any]:
    """Every field of an assessment (model order), its answers as JSON rather than text."""
    data: dict[str, Any] = {}
    for name in Assessment.model_fields:
        if name == "answers_json":
            data["answers"] = json.loads(assessment.answers_json)
        elif name == "extra_json":
            data["extra"] = json.loads(assessment.extra_json)
        else:
            data[name] = to_jsonable(getattr(assessment, name))
    return data


def scope_json(scope: str) -> dict[str, Any]:
    if scope.startswith(_DEPARTMENT_PREFIX):
        return {"kind": "department", "department": scope.removeprefix(_DEPARTMENT_PREFIX)}
    if scope in ("all", "selection"):
        return {"kind": scope, "department": None}
    return {"kind": "other", "department": None, "description": scope}


def organisation_json(org: Organisation) -> dict[str, str]:
    return {spec.name: getattr(org, spec.name) for spec in ORGANISATION_FIELDS}


def catalogue_json(entries: Mapping[str, list[CatalogueEntry]]) -> dict[str, list[Any]]:
    """Every pick list, in CatalogueKind order, each in its own order."""
    kinds = [k.value for k in CatalogueKind] + sorted(
        set(entries) - {k.value for k in CatalogueKind}
    )
    return {
        kind: [
            {
                "label": e.label,
                "description": e.description,
                "builtin": e.builtin,
                "position": e.position,
            }
            for e in sorted(entries.get(kind, []), key=lambda e: (e.position, e.label))
        ]
        for kind in kinds
        if kind in entries
    }


def export_metadata(snapshot: RegisterSnapshot) -> dict[str, Any]:
    catalogue_entries = sum(len(v) for v in snapshot.catalogues.values())
    return {
        "exported_at": snapshot.exported_at.isoformat(),
        "exported_by": snapshot.exported_by,
        "vault_id": snapshot.vault_id,
        "scope": scope_json(snapshot.scope),
        "counts": {
            "controller_activities": len(snapshot.controller_activities),
            "processor_activities": len(snapshot.processor_activities),
            "assessments": len(snapshot.assessments),
            "ai_systems": len(snapshot.ai_systems),
            "catalogue_entries": catalogue_entries,
        },
        "govkit_version": __version__,
    }


def _dump(value: Any, indent: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` would write it nested ``indent`` levels deep."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    pad = "  " * indent
    return text.replace("\n", "\n" + pad)


def iter_json(snapshot: RegisterSnapshot, progress: Progress | None = None) -> Iterator[str]:
    """The export as text chunks; joined, they are exactly
    ``json.dumps(document, ensure_ascii=False, indent=2) + "\\n"``."""
    progress = progress or Progress()
    total = max(
        1,
        len(snapshot.controller_activities)
        + len(snapshot.processor_activities)
        + len(snapshot.ai_systems),
    )
    done = 0
    progress.step(0, total, _("Writing the JSON export"))
    head = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "export": export_metadata(snapshot),
        "organisation": organisation_json(snapshot.organisation),
    }
    yield "{\n"
    for key, value in head.items():
        yield f"  {json.dumps(key)}: {_dump(value, 1)},\n"
    registers: tuple[tuple[str, Sequence[Record]], ...] = (
        ("controller_activities", snapshot.controller_activities),
        ("processor_activities", snapshot.processor_activities),
        ("ai_systems", snapshot.ai_systems),
    )
    for key, records in registers:
        if not records:
            yield f'  "{key}": [],\n'
            continue
        yield f'  "{key}": [\n'
        chunk: list[str] = []
        for index, record in enumerate(records):
            separator = ",\n" if index + 1 < len(records) else "\n"
            chunk.append("    " + _dump(record_json(record), 2) + separator)
            done += 1
            if len(chunk) >= _BATCH:
                progress.step(done, total, _("Writing the JSON export"))
                yield "".join(chunk)
                chunk.clear()
        yield "".join(chunk)
        yield "  ],\n"
    assessments = [assessment_json(a) for a in snapshot.assessments]
    yield f'  "assessments": {_dump(assessments, 1)},\n'
    yield f'  "questionnaires": {_dump(snapshot.questionnaires, 1)},\n'
    yield f'  "catalogues": {_dump(catalogue_json(snapshot.catalogues), 1)}\n'
    yield "}\n"
    progress.step(total, total, _("Writing the JSON export"))


def write_register_json(
    snapshot: RegisterSnapshot, out: Path | IO[bytes], *, progress: Progress | None = None
) -> None:
    """Write the JSON export of ``snapshot`` to ``out`` (a path or a binary file)."""
    if isinstance(out, Path):
        with out.open("wb") as handle:
            write_register_json(snapshot, handle, progress=progress)
        return
    for chunk in iter_json(snapshot, progress):
        out.write(chunk.encode("utf-8"))


def dumps_register_json(snapshot: RegisterSnapshot) -> str:
    return "".join(iter_json(snapshot))


# -- reading an export back ---------------------------------------------------------------------


def _record(model: type[Any], data: Mapping[str, Any]) -> Any:
    values: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        if name not in data:
            continue
        value = data[name]
        if name in PART_TYPES:
            value = [PART_TYPES[name].from_dict(v) for v in value or []]
        elif field.annotation in (datetime, datetime | None) and value is not None:
            value = datetime.fromisoformat(value)
        elif field.annotation in (date, date | None) and value is not None:
            value = date.fromisoformat(value)
        values[name] = value
    record = model.model_validate(values)
    for name, value in values.items():  # table models skip validation: set values as given
        setattr(record, name, value)
    return record


def read_register_json(
    data: Mapping[str, Any],
) -> tuple[Organisation, list[ControllerActivity], list[ProcessorActivity]]:
    """The organisation and the records of a JSON export (already parsed), as domain objects."""
    if data.get("format") != FORMAT:
        raise ValueError("not a govkit register export")
    org = Organisation(**{k: v for k, v in data["organisation"].items()})
    controllers = [_record(ControllerActivity, r) for r in data["controller_activities"]]
    processors = [_record(ProcessorActivity, r) for r in data["processor_activities"]]
    return org, controllers, processors


def read_ai_systems_json(data: Mapping[str, Any]) -> list[AiSystem]:
    """The AI systems of a JSON export (none in an export older than schema 1.2)."""
    if data.get("format") != FORMAT:
        raise ValueError("not a govkit register export")
    return [_record(AiSystem, r) for r in data.get("ai_systems", [])]
