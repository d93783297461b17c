"""Settings that travel with the vault and apply to everyone who opens it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from govkit.domain.models import VaultSetting
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import ValidationError

ENTITY = "vault_setting"


@dataclass(frozen=True)
class VaultSettings:
    idle_lock_minutes: int = 10  # 0 turns auto-lock off
    backups_kept: int = 3
    autosave_seconds: int = 2


LIMITS = {
    "idle_lock_minutes": (0, 240),
    "backups_kept": (1, 20),
    "autosave_seconds": (1, 300),
}


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> VaultSettings:
        values: dict[str, Any] = {}
        with self.ctx.transaction() as s:
            for key in LIMITS:
                row = s.get(VaultSetting, key)
                if row is not None:
                    values[key] = json.loads(row.value)
        return VaultSettings(**values)

    def update(self, **changes: int) -> VaultSettings:
        problems = {}
        for key, value in changes.items():
            if key not in LIMITS:
                problems[key] = _("Unknown setting.")
                continue
            low, high = LIMITS[key]
            if not isinstance(value, int) or not low <= value <= high:
                problems[key] = _("Must be a whole number from {low} to {high}.").format(
                    low=low, high=high
                )
        if problems:
            raise ValidationError(problems)
        current = self.get()
        with self.ctx.transaction() as s:
            for key, value in changes.items():
                before = getattr(current, key)
                if before == value:
                    continue
                row = s.get(VaultSetting, key) or VaultSetting(key=key)
                row.value = json.dumps(value)
                s.add(row)
                self.ctx.record(
                    s,
                    entity_type=ENTITY,
                    entity_id=key,
                    entity_label=key,
                    action="update",
                    changes=[audit_chain.FieldChange(key, before, value)],
                )
        return self.get()
