"""User-facing errors of the vault that ``errors.py`` does not have (yet).

They subclass the classes there, so callers that catch ``VaultError``/``UserFacingError`` see
them too. Every message is ready to show as is.
"""

from __future__ import annotations

from pathlib import Path

from govkit.i18n import _
from govkit.storage.errors import NotFoundError, UserFacingError, VaultError, VaultSaveError


class VaultExistsError(VaultError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” already exists. govkit never overwrites a file when creating a vault: "
                "choose another name or folder."
            ).format(name=path.name)
        )


class VaultNotFoundError(VaultError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _("“{name}” was not found. It may have been moved, renamed or deleted.").format(
                name=path.name
            )
        )


class VaultUnreadableError(VaultError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            _("“{name}” could not be read ({reason}).").format(name=path.name, reason=reason)
        )


class VaultNotWritableError(VaultError):
    """The folder cannot hold the lock file, so the vault cannot be opened for editing."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            _(
                "govkit cannot write in the folder of “{name}” ({reason}), so it cannot open the "
                "vault for editing. Copy the vault to a folder where you may write, then open it "
                "there."
            ).format(name=path.name, reason=reason)
        )


class MigrationBackupError(VaultSaveError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” must be updated for this version of govkit, and a backup copy is "
                "written next to it first. Writing that copy failed ({reason}), so the vault "
                "was left unchanged. Free some space or check the folder's permissions, then "
                "open it again."
            ).format(name=path.name, reason=reason)
        )


class KeySlotError(UserFacingError):
    """A change to who may open the vault that is not allowed; the message says why."""


class LastPersonError(KeySlotError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "This is the last person who can open the vault with a passphrase and cannot be "
                "removed. Add someone else first."
            )
        )


class RecoverySlotError(KeySlotError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The recovery key cannot be removed or given a passphrase. To replace it, create "
                "a new recovery key."
            )
        )


class RemoveSelfError(KeySlotError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "You cannot remove your own access while you are using it. Another person, or "
                "the recovery key, can remove it."
            )
        )


class OpenedWithRecoveryKeyError(KeySlotError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The vault was opened with the recovery key, which has no passphrase to change. "
                "Reset a person's passphrase instead, or create a new recovery key."
            )
        )


class TooManyPeopleError(KeySlotError):
    def __init__(self, limit: int) -> None:
        super().__init__(_("A vault can be opened by at most {limit} people.").format(limit=limit))


class PersonNotFoundError(NotFoundError):
    def __init__(self, slot_id: str) -> None:
        self.slot_id = slot_id
        super().__init__(
            _("This person no longer has access to the vault (the list may be out of date).")
        )
