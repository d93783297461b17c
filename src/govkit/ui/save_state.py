"""What the save-state indicator in the main window shows."""

from __future__ import annotations

from enum import Enum


class SaveState(Enum):
    SAVED = "saved"  # everything is in the vault file
    PENDING = "pending"  # changes not yet written (autosave is scheduled)
    SAVING = "saving"  # a save is running
    FAILED = "failed"  # the last save failed; changes are safe in memory, the old file is intact
