"""Errors a user must be told about, kept apart from bugs.

Every exception here carries a message fit to show a non-technical user as is (``str(exc)``),
already translated. Anything else that escapes storage or services is a bug.
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
        super().__init__(_("“{name}” is not a govkit vault.").format(name=path.name))


class VaultDamagedError(VaultError):
    """The file is truncated, corrupted or was altered (tampering is reported the same way)."""

    def __init__(self, path: Path, detail: str, backups: list[Path] | None = None) -> None:
        self.path = path
        self.detail = detail
        self.backups = backups or []
        msg = _("The vault “{name}” is damaged or has been altered: {detail}").format(
            name=path.name, detail=detail
        )
        if self.backups:
            msg += " " + _("A readable backup exists: {backup}").format(backup=self.backups[0].name)
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
                "Close it there first."
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
                "open here and the last saved vault is unchanged. Free some space, then save again."
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
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


class NotFoundError(UserFacingError):
    pass


class PermissionDeniedError(UserFacingError):
    pass
