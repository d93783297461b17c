"""Composition helpers shared by the command line and the desktop entry points (no Qt here).

Where secrets come from (environment, a file, a prompt), which key-derivation cost a new vault
gets, whom a new vault is created for, and where the windowed launcher writes its messages.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from govkit import APP_NAME
from govkit.i18n import _
from govkit.storage.kdf import DEFAULT_KDF, MIN_KDF, KdfParams

ENV_PASSPHRASE = "GOVKIT_PASSPHRASE"
ENV_NEW_PASSPHRASE = "GOVKIT_NEW_PASSPHRASE"
ENV_INSECURE_TEST_KDF = "GOVKIT_INSECURE_TEST_KDF"

NEW_PASSPHRASE_ATTEMPTS = 3

# What a caller passes to ``new_passphrase``: a rule that may raise, and advice to show.
CheckFn = Callable[[str], None]
AdviseFn = Callable[[str], list[str]]
_MAX_SECRET_FILE = 64 * 1024


class UsageProblem(Exception):
    """The command was called in a way that cannot work (the CLI exits with code 2)."""


class InvalidInput(Exception):
    """Input the command cannot use (the CLI exits with code 1); the message says why."""


class Cancelled(Exception):
    """The user gave up (Ctrl+C, or Ctrl+D or an empty answer at a prompt)."""


def stdin_is_interactive() -> bool:
    """True when a person can answer a prompt (stdin is a terminal)."""
    stream = sys.stdin
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def ask_secret(prompt: str) -> str:
    """Read a secret without echoing it. Ctrl+D (end of input) counts as cancelling."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise Cancelled(_("No passphrase was entered.")) from None


def read_secret_file(path: Path) -> str:
    """The first line of ``path`` without its line ending (``\\n`` or ``\\r\\n``)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_SECRET_FILE)
    except FileNotFoundError:
        raise UsageProblem(
            _("The passphrase file “{path}” does not exist.").format(path=path)
        ) from None
    except IsADirectoryError:
        raise UsageProblem(
            _("“{path}” is a folder, not a passphrase file.").format(path=path)
        ) from None
    except OSError as exc:
        raise UsageProblem(
            _("The passphrase file “{path}” cannot be read ({reason}).").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageProblem(
            _("The passphrase file “{path}” is not UTF-8 text.").format(path=path)
        ) from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise UsageProblem(
            _("The first line of the passphrase file “{path}” is empty.").format(path=path)
        )
    return first


@dataclass(frozen=True)
class SecretSources:
    """Where a command may take a secret from, in this order of precedence:
    ``--passphrase-file``, then the environment variable, then a prompt at a terminal."""

    passphrase_file: Path | None
    environ: Mapping[str, str]

    def given(self, variable: str = ENV_PASSPHRASE) -> str | None:
        """The secret from the file or ``variable``, or None if neither provides one."""
        if self.passphrase_file is not None:
            return read_secret_file(self.passphrase_file)
        value = self.environ.get(variable)
        if value is not None and value != "":
            return value
        return None


def current_secret(sources: SecretSources, prompt: str) -> str:
    """The passphrase (or recovery key) that opens an existing vault."""
    given = sources.given()
    if given is not None:
        return given
    if not stdin_is_interactive():
        raise UsageProblem(_no_source_message(ENV_PASSPHRASE, with_file=True))
    secret = ask_secret(prompt)
    if not secret:
        raise Cancelled(_("No passphrase was entered."))
    return secret


def new_passphrase(
    sources: SecretSources,
    *,
    variable: str = ENV_PASSPHRASE,
    with_file: bool = True,
    check: CheckFn | None = None,
    advise: AdviseFn | None = None,
) -> str:
    """A new passphrase: from the file or ``variable`` as given, or typed twice at a prompt.

    ``check`` raises a UserFacingError for a passphrase that is not allowed; at the prompt the
    person is told why and asked again. ``advise`` returns warnings to show (weak passphrase).
    """
    given = (
        sources.given(variable)
        if with_file
        else SecretSources(None, sources.environ).given(variable)
    )
    if given is not None:
        if check is not None:
            check(given)
        return given
    if not stdin_is_interactive():
        raise UsageProblem(_no_source_message(variable, with_file=with_file))
    from govkit.storage.errors import ValidationError

    for _attempt in range(NEW_PASSPHRASE_ATTEMPTS):
        first = ask_secret(_("New passphrase: "))
        if check is not None:
            try:
                check(first)
            except ValidationError as exc:
                print(" ".join(exc.problems.values()), file=sys.stderr)
                continue
        for warning in advise(first) if advise is not None else []:
            print(warning, file=sys.stderr)
        second = ask_secret(_("Type the new passphrase again: "))
        if first == second:
            return first
        print(_("The two passphrases are not the same. Please try again."), file=sys.stderr)
    raise InvalidInput(
        _("No new passphrase was set after {n} attempts.").format(n=NEW_PASSPHRASE_ATTEMPTS)
    )


def _no_source_message(variable: str, *, with_file: bool) -> str:
    if with_file:
        return _(
            "No passphrase given and no terminal to ask for one. Set the environment variable "
            "{var} or use --passphrase-file FILE."
        ).format(var=variable)
    return _(
        "No new passphrase given and no terminal to ask for one. Set the environment variable "
        "{var}."
    ).format(var=variable)


def kdf_for_new_vault(environ: Mapping[str, str]) -> tuple[KdfParams, str | None]:
    """The key-derivation cost for a new vault, and a warning when the test-only cost is used.

    ``GOVKIT_INSECURE_TEST_KDF=1`` picks the cheapest cost a vault may have, so that automated
    tests create vaults quickly. It must never be used for real data.
    """
    if environ.get(ENV_INSECURE_TEST_KDF) == "1":
        return MIN_KDF, _(
            "Warning: {var}=1 is set, so this vault uses the weakest key derivation govkit "
            "allows. It is meant only for automated tests: do not keep real data in this vault."
        ).format(var=ENV_INSECURE_TEST_KDF)
    return DEFAULT_KDF, None


def default_person_name() -> str:
    """Whom a vault created without ``--name`` is for: the login name, if the system has one."""
    with contextlib.suppress(Exception):  # getuser() raises OSError, KeyError, ImportError…
        name = getpass.getuser().strip()
        if name:
            return name
    return _("Owner")


def log_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where the windowed launcher (no console) writes what would go to a console."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32":
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / APP_NAME
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / APP_NAME
