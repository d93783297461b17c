"""Kept only because ui/unlock_window.py and cli.py import from it: new code uses ``errors``."""

from __future__ import annotations

from govkit.storage.errors import (
    KeySlotError,
    LastPersonError,
    MigrationBackupError,
    OpenedWithRecoveryKeyError,
    PersonNotFoundError,
    RecoverySlotError,
    RemoveSelfError,
    TooManyPeopleError,
    VaultExistsError,
    VaultNotFoundError,
    VaultNotWritableError,
    VaultUnreadableError,
)

__all__ = [
    "KeySlotError",
    "LastPersonError",
    "MigrationBackupError",
    "OpenedWithRecoveryKeyError",
    "PersonNotFoundError",
    "RecoverySlotError",
    "RemoveSelfError",
    "TooManyPeopleError",
    "VaultExistsError",
    "VaultNotFoundError",
    "VaultNotWritableError",
    "VaultUnreadableError",
]
