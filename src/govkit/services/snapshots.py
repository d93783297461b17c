"""Taking a snapshot of the register for an export (on the thread that owns the database)."""

from __future__ import annotations

from collections.abc import Collection

from govkit.domain.enums import CatalogueKind
from govkit.domain.models import utcnow
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
    scope = "all"
    if ids is not None:
        wanted = set(ids)
        controllers = [a for a in controllers if a.id in wanted]
        processors = [p for p in processors if p.id in wanted]
        scope = "selection"
    if department is not None:
        controllers = [a for a in controllers if a.department == department]
        processors = [p for p in processors if p.department == department]
        scope = f"department: {department}"
    return RegisterSnapshot(
        organisation=ws.organisation.get(),
        controller_activities=controllers,
        processor_activities=processors,
        catalogues={kind.value: ws.catalogues.entries(kind) for kind in CatalogueKind},
        vault_id=ws.vault.vault_id,
        exported_at=utcnow(),
        exported_by=ws.ctx.actor.name,
        scope=scope,
    )
