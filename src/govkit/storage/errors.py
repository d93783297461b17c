"""Errors a user must be told about, kept apart from bugs.

Every exception here carries a message fit to show a non-technical user as is (``str(exc)``),
already translated, that says what happened and what to do next. Anything else that escapes
storage or services is a bug.
"""

from __future__ import annotations

from pathlib import Path

from govkit.i18n import _


class UserFacingError(Exception):
    """A problem the user can act on; ``str(exc)`` is the message to show."""


class VaultError(UserFacingError):
    """The vault cannot be opened or used."""


class WrongPassphraseError(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The passphrase or recovery key is not correct for this vault. "
                "Check it and try again."
            )
        )


class NotAVaultError(VaultError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” is not a govkit vault. Check that you chose the right file: a vault's "
                "name usually ends in .govkit."
            ).format(name=path.name)
        )


class VaultDamagedError(VaultError):
    """The file is truncated, corrupted or was altered (tampering is reported the same way)."""

    def __init__(self, path: Path, detail: str, backups: list[Path] | None = None) -> None:
        self.path = path
        self.detail = detail
        self.backups = backups or []
        if self.backups:
            msg = _(
                "The vault “{name}” is damaged or has been altered: {detail} A backup exists "
                "beside it: {backup}. Open the backup to continue from its last save."
            ).format(name=path.name, detail=detail, backup=self.backups[0].name)
        else:
            msg = _(
                "The vault “{name}” is damaged or has been altered: {detail} No backup was found "
                "beside it: restore the file from a copy, such as your organisation's backup."
            ).format(name=path.name, detail=detail)
        super().__init__(msg)


class NewerVersionError(VaultError):
    def __init__(self, path: Path, found: str) -> None:
        self.path = path
        self.found = found
        super().__init__(
            _(
                "“{name}” was saved by a newer version of govkit (format {found}). "
                "Install the latest govkit to open it."
            ).format(name=path.name, found=found)
        )


class VaultLockedError(VaultError):
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(
            _(
                "“{name}” is already open in another window or program ({holder}). "
                "Close it there first, then try again."
            ).format(name=path.name, holder=holder or _("unknown program"))
        )


class VaultSaveError(UserFacingError):
    """Saving failed; the in-memory register and the previous file are both intact."""


class DiskFullError(VaultSaveError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "The disk holding “{name}” is full. Nothing was lost: your changes are still "
                "open here and the last saved vault is unchanged. Free some space, then save "
                "again, or choose Save As… to keep them elsewhere."
            ).format(name=path.name)
        )


class ReadOnlyError(VaultSaveError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "govkit may not write to the folder of “{name}” (read-only or no permission). "
                "Nothing was lost: your changes are still open here and the last saved vault is "
                "unchanged. Choose Save As… to keep them elsewhere."
            ).format(name=path.name)
        )


class ValidationError(UserFacingError):
    """Input that breaks a rule; ``problems`` maps a field name to its message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        # The keys name fields for the program; the user reads only the (translated) messages.
        super().__init__(" ".join(problems.values()))


class NotFoundError(UserFacingError):
    """Something the user acted on is gone; the raiser gives the message."""


class PermissionDeniedError(UserFacingError):
    """An action this person may not take; the raiser gives the message."""


# -- opening and creating -----------------------------------------------------------------------


class VaultExistsError(VaultError):
    """Creating or saving a vault as a file that is already there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” already exists. govkit never overwrites an existing file with a vault: "
                "choose another name or folder."
            ).format(name=path.name)
        )


class VaultNotFoundError(VaultError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” was not found. It may have been moved, renamed or deleted, or the drive "
                "holding it is not connected. Connect the drive, or choose the file where it is "
                "now."
            ).format(name=path.name)
        )


class VaultUnreadableError(VaultError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            _(
                "“{name}” could not be read ({reason}). Check that the drive holding it is "
                "connected and that you may read the file, then try again."
            ).format(name=path.name, reason=reason)
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


# -- who may open the vault ---------------------------------------------------------------------


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
        super().__init__(
            _(
                "A vault can be opened by at most {limit} people. Remove someone who no longer "
                "needs access, then add the new person."
            ).format(limit=limit)
        )


class PersonNotFoundError(NotFoundError):
    def __init__(self, slot_id: str) -> None:
        self.slot_id = slot_id
        super().__init__(
            _(
                "This person no longer has access to the vault; the list you used was out of "
                "date. Open the list of people again to see who has access now."
            )
        )
