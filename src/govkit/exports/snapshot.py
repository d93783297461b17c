"""What an export is made from: a frozen copy of the register, taken on the database thread.

Exports run in a worker thread while the user keeps working, so they never touch the live
database: a service builds a ``RegisterSnapshot`` first (fast, on the owning thread) and the
export functions are pure functions of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from govkit.domain.models import (
    AiSystem,
    Assessment,
    CatalogueEntry,
    ControllerActivity,
    Organisation,
    ProcessorActivity,
)


@dataclass(frozen=True)
class RegisterSnapshot:
    organisation: Organisation
    controller_activities: list[ControllerActivity]
    processor_activities: list[ProcessorActivity]
    catalogues: dict[str, list[CatalogueEntry]]  # CatalogueKind value -> entries
    vault_id: str
    exported_at: datetime  # aware UTC
    exported_by: str
    scope: str = "all"  # "all", "selection", or "department: <name>"
    notes: dict[str, str] = field(default_factory=dict)
    # The impact assessments of the records in scope (every version), and the copies of the
    # questionnaires they were made with ("<id>@<version>" -> the definition's JSON data).
    assessments: list[Assessment] = field(default_factory=list)
    questionnaires: dict[str, dict[str, object]] = field(default_factory=dict)
    # The AI systems register (in scope: all, the selected or the department's systems).
    ai_systems: list[AiSystem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "controller_activities": len(self.controller_activities),
            "processor_activities": len(self.processor_activities),
            "assessments": len(self.assessments),
            "ai_systems": len(self.ai_systems),
        }
