"""Taking a snapshot of the register for an export (on the thread that owns the database)."""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlmodel import col, select

from govkit.domain.enums import CatalogueKind
from govkit.domain.models import Assessment, QuestionnaireDefinition, utcnow
from govkit.exports.snapshot import RegisterSnapshot
from govkit.services.workspace import Workspace


def take_snapshot(
    ws: Workspace,
    *,
    ids: Collection[str] | None = None,
    department: str | None = None,
    include_archived: bool = True,
) -> RegisterSnapshot:
    """The whole register, or only the records with ``ids``, or only one department's."""
    controllers = ws.activities.all(include_archived=include_archived)
    processors = ws.processor_activities.all(include_archived=include_archived)
    ai_systems = ws.ai_systems.all(include_archived=include_archived)
    scope = "all"
    if ids is not None:
        wanted = set(ids)
        controllers = [a for a in controllers if a.id in wanted]
        processors = [p for p in processors if p.id in wanted]
        ai_systems = [a for a in ai_systems if a.id in wanted]
        scope = "selection"
    if department is not None:
        controllers = [a for a in controllers if a.department == department]
        processors = [p for p in processors if p.department == department]
        ai_systems = [a for a in ai_systems if a.department == department]
        scope = f"department: {department}"
    subjects = {r.id for r in controllers} | {r.id for r in processors}
    subjects |= {r.id for r in ai_systems}
    assessments, questionnaires = _assessments_of(ws, subjects)
    return RegisterSnapshot(
        organisation=ws.organisation.get(),
        controller_activities=controllers,
        processor_activities=processors,
        catalogues={kind.value: ws.catalogues.entries(kind) for kind in CatalogueKind},
        vault_id=ws.vault.vault_id,
        exported_at=utcnow(),
        exported_by=ws.ctx.actor.name,
        scope=scope,
        assessments=assessments,
        questionnaires=questionnaires,
        ai_systems=ai_systems,
    )


def _assessments_of(
    ws: Workspace, subjects: set[str]
) -> tuple[list[Assessment], dict[str, dict[str, object]]]:
    """Every version of the assessments of ``subjects``, and their questionnaires."""
    with ws.ctx.transaction() as s:
        rows = [
            row
            for row in s.exec(
                select(Assessment).order_by(col(Assessment.reference), col(Assessment.version))
            )
            if row.subject_id in subjects
        ]
        keys = sorted({row.definition_key for row in rows})
        questionnaires: dict[str, dict[str, object]] = {}
        for key in keys:
            stored = s.get(QuestionnaireDefinition, key)
            if stored is not None:
                questionnaires[key] = json.loads(stored.definition_json)
        for row in rows:
            s.expunge(row)
    return rows, questionnaires
