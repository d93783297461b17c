"""Field values as plain JSON data (history entries, JSON export, CLI output, snapshots)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from govkit.domain.enums import ActivityStatus
from govkit.domain.parts import _Part


def to_jsonable(value: Any) -> Any:
    if isinstance(value, _Part):
        return value.to_dict()
    if isinstance(value, list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, ActivityStatus):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
