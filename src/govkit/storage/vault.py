"""The encrypted vault: one ``.govkit`` file holding the whole register.

The live register is an in-memory SQLite database (``database``); the file holds its image,
encrypted with AES-256-GCM under a random data key that key slots unlock (``keyslots``). The byte
layout is in ``vault_format``; saving is crash-safe (``atomic``); an OS lock (``lockfile``) keeps
a vault open in one place at a time. Nothing of the register is ever written unencrypted.
See docs/vault-format.md.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from govkit.i18n import _
from govkit.storage import atomic, database, keyslots, recovery_key
from govkit.storage.errors import (
    LastPersonError,
    MigrationBackupError,
    NewerVersionError,
    NotAVaultError,
    OpenedWithRecoveryKeyError,
    PersonNotFoundError,
    RecoverySlotError,
    RemoveSelfError,
    TooManyPeopleError,
    ValidationError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    VaultNotWritableError,
    VaultUnreadableError,
    WrongPassphraseError,
)
from govkit.storage.kdf import DEFAULT_KDF, MIN_KDF, KdfParams, check_new_params
from govkit.storage.keyring import Keyring, WrongSecretError, unlock
from govkit.storage.keyslots import SlotTamperedError
from govkit.storage.lockfile import LockNotPossibleError, VaultLock
from govkit.storage.vault_format import (
    MAX_SLOTS,
    NONCE_SIZE,
    TAG_SIZE,
    Envelope,
    Header,
    encode_prefix,
    read_envelope,
    read_payload,
)

__all__ = [
    "DEFAULT_KDF",
    "MIN_KDF",
    "MIN_PASSPHRASE_LENGTH",
    "KdfParams",
    "Person",
    "SaveJob",
    "Vault",
    "VaultInfo",
    "peek",
]

SUFFIX = ".govkit"
MIN_PASSPHRASE_LENGTH = 8
MAX_NAME_LENGTH = 100


@dataclass(frozen=True)
class Person:
    slot_id: str
    name: str
    kind: Literal["person", "recovery"]
    created: datetime  # aware UTC


@dataclass(frozen=True)
class VaultInfo:
    """What the header says, readable without a secret (and not yet authenticated)."""

    path: Path
    vault_id: str
    format_version: str
    save_counter: int
    created: datetime
    slot_count: int
    schema_version: int
    size: int


def _open_for_reading(path: Path) -> int:
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise VaultNotFoundError(path) from None
    except IsADirectoryError:
        raise VaultUnreadableError(path, _("it is a folder")) from None
    except OSError as exc:
        raise VaultUnreadableError(path, exc.strerror or str(exc)) from None


def _vault_backups(path: Path) -> list[Path]:
    """Backups of ``path`` whose header reads as a vault's (cheap: no secret, no payload)."""
    found = []
    for backup in atomic.find_backups(path):
        try:
            with os.fdopen(_open_for_reading(backup), "rb") as f:
                read_envelope(f, backup)
        except (VaultError, OSError):
            continue
        found.append(backup)
    return found


def _read_file(path: Path, *, with_payload: bool) -> tuple[Envelope, bytes]:
    try:
        with os.fdopen(_open_for_reading(path), "rb") as f:
            envelope = read_envelope(f, path)
            payload = read_payload(f, envelope, path) if with_payload else b""
    except VaultDamagedError as exc:
        raise VaultDamagedError(path, exc.detail, atomic.find_backups(path)) from None
    except NotAVaultError:
        # An empty or overwritten file beside backups of a vault is a vault that was damaged
        # (by a sync tool, a full disk elsewhere…): say so, so that the backups are offered.
        backups = _vault_backups(path)
        if backups:
            raise VaultDamagedError(
                path, _("it is empty or no longer holds a vault."), backups
            ) from None
        raise
    except OSError as exc:
        raise VaultUnreadableError(path, exc.strerror or str(exc)) from None
    return envelope, payload


def peek(path: Path) -> VaultInfo:
    """The header's facts, without a secret and without running a KDF.

    Raises NotAVaultError, VaultDamagedError (structural damage only: the payload is not
    checked), NewerVersionError, VaultNotFoundError or VaultUnreadableError.
    """
    path = Path(path)
    envelope, _payload = _read_file(path, with_payload=False)
    header = envelope.header
    return VaultInfo(
        path=path,
        vault_id=header.vault_id,
        format_version=envelope.format_version,
        save_counter=header.save_counter,
        created=header.created,
        slot_count=len(header.slots),
        schema_version=header.schema_version,
        size=envelope.file_size,
    )


def _check_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            {
                "passphrase": _("A passphrase needs at least {n} characters.").format(
                    n=MIN_PASSPHRASE_LENGTH
                )
            }
        )


def _clean_name(name: str) -> str:
    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if not cleaned:
        raise ValidationError({"name": _("Enter the person's name.")})
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            {"name": _("A name can have at most {n} characters.").format(n=MAX_NAME_LENGTH)}
        )
    return cleaned


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links, or when it no longer exists)."""
    try:
        if os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _acquire_lock(path: Path) -> VaultLock:
    try:
        return VaultLock.acquire(path)
    except LockNotPossibleError as exc:
        if not path.parent.is_dir():
            raise VaultNotFoundError(path) from None
        raise VaultNotWritableError(path, exc.strerror or str(exc)) from None


class SaveJob:
    """One save, prepared on the vault's thread by ``Vault.begin_save``.

    ``run`` may be called from any thread: it encrypts (releasing the GIL), writes the file
    atomically and rotates backups. Jobs of one vault run one at a time; a job that finds a newer
    save already written does nothing, since that save holds a later state.
    """

    def __init__(
        self,
        vault: Vault,
        counter: int,
        prefix: bytes,
        key: bytes,
        nonce: bytes,
        image: bytes,
    ) -> None:
        self._vault = vault
        self.save_counter = counter
        self._prefix = prefix
        self._key = key
        self._nonce = nonce
        self._image = image
        self.done = False

    def run(self) -> None:
        vault = self._vault
        with vault._save_lock:
            if vault._lock is None or not vault._lock.held:
                raise RuntimeError("the vault was closed before this save ran")
            if self.save_counter <= vault.save_counter:
                self.done = True
                return
            try:
                atomic.replace_atomically(
                    vault.path, self._encrypted(), backups_kept=vault.backups_kept
                )
            except OSError as exc:
                raise atomic.save_error(vault.path, exc) from exc
            vault.save_counter = self.save_counter
            self.done = True

    def _encrypted(self) -> tuple[bytes, bytes]:
        """The file's bytes: the prefix, then the payload sealed with the prefix as AD."""
        return self._prefix, AESGCM(self._key).encrypt(self._nonce, self._image, self._prefix)


class Vault:
    """An open vault. Create with ``Vault.create`` or ``Vault.open``; ``close`` when done."""

    def __init__(
        self,
        *,
        path: Path,
        conn: sqlite3.Connection,
        lock: VaultLock,
        keyring: Keyring,
        slot_id: str,
        created: datetime,
        save_counter: int,
        backups_kept: int,
    ) -> None:
        self.path = path
        self.vault_id = keyring.vault_id
        self.created = created
        self.save_counter = save_counter
        self.backups_kept = backups_kept
        self._conn: sqlite3.Connection | None = conn
        self._lock: VaultLock | None = lock
        self._keyring = keyring
        self._slot_id = slot_id
        self._next_counter = save_counter
        self._save_lock = threading.Lock()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, *, name: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """A new vault with one person and a recovery key; returns it and the recovery key.

        The recovery key is shown to the user once; it cannot be read back later.
        """
        path = Path(path)
        name = _clean_name(name)
        _check_passphrase(passphrase)
        check_new_params(kdf)
        lock = _acquire_lock(path)
        conn = None
        try:
            if os.path.lexists(path):
                raise VaultExistsError(path)
            conn = database.new_connection()
            database.create_schema(conn)
            keyring, slot_id = Keyring.new(str(uuid.uuid4())).with_new_slot(
                "person", name, passphrase, kdf
            )
            key = recovery_key.generate()
            keyring, _recovery_id = keyring.with_new_slot("recovery", "", key, kdf)
            vault = cls(
                path=path,
                conn=conn,
                lock=lock,
                keyring=keyring,
                slot_id=slot_id,
                created=datetime.now(UTC),
                save_counter=0,
                backups_kept=3,
            )
            vault.save()
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        return vault, key

    @classmethod
    def open(cls, path: Path, secret: str, *, backups_kept: int = 3) -> Vault:
        """Unlock with a passphrase or the recovery key, migrating an older schema forward.

        Raises WrongPassphraseError, NotAVaultError, VaultDamagedError (with ``backups``),
        NewerVersionError, VaultLockedError, VaultNotFoundError, VaultUnreadableError,
        VaultNotWritableError.
        """
        path = Path(path)
        lock = _acquire_lock(path)
        try:
            atomic.remove_stale_temps(path)
            vault = cls._unlock(path, path, secret, lock, backups_kept)
        except BaseException:
            lock.release()
            raise
        vault._migrate_if_needed()
        return vault

    @classmethod
    def restore_backup(cls, path: Path, backup: Path, secret: str) -> Vault:
        """Open ``backup`` and, if it opens, put it in place of ``path``.

        The file it replaces is kept as ``<name>.damaged-<UTC time>.govkit``. The backup itself
        stays where it is.
        """
        path, backup = Path(path), Path(backup)
        lock = _acquire_lock(path)
        try:
            vault = cls._unlock(backup, path, secret, lock, 3)
        except BaseException:
            lock.release()
            raise
        try:
            if os.path.lexists(path):
                stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
                aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
                atomic.copy_durably(path, aside)
            atomic.copy_durably(backup, path)
        except OSError as exc:
            vault.close()
            raise atomic.save_error(path, exc) from exc
        except BaseException:
            vault.close()
            raise
        vault._migrate_if_needed()
        return vault

    @classmethod
    def _unlock(
        cls, source: Path, path: Path, secret: str, lock: VaultLock, backups_kept: int
    ) -> Vault:
        """Read and decrypt ``source``; the returned vault lives at ``path``."""
        envelope, payload = _read_file(source, with_payload=True)
        header = envelope.header

        def damaged(detail: str) -> NoReturn:
            raise VaultDamagedError(source, detail, atomic.find_backups(source))

        try:
            unlocked = unlock(header.vault_id, header.key_generation, header.slots, secret)
        except WrongSecretError:
            raise WrongPassphraseError() from None
        except SlotTamperedError:
            damaged(_("a key slot does not match the rest of the file."))
        try:
            image = AESGCM(keyslots.payload_key(unlocked.data_key)).decrypt(
                header.payload_nonce, payload, envelope.prefix
            )
        except InvalidTag:
            damaged(_("its encrypted content fails the integrity check."))
        del payload
        try:
            keyring = Keyring.opened(
                header.vault_id, header.key_generation, header.slots, unlocked.data_key
            )
        except SlotTamperedError:
            damaged(_("a key slot does not match the rest of the file."))
        try:
            conn = database.load_connection(image)
        except database.DatabaseImageError:
            damaged(_("the register inside cannot be read."))
        del image
        found = database.schema_version(conn)
        if found > database.CURRENT_SCHEMA_VERSION:
            conn.close()
            raise NewerVersionError(
                source,
                _("{format}, register schema {schema}").format(
                    format=envelope.format_version, schema=found
                ),
            )
        return cls(
            path=path,
            conn=conn,
            lock=lock,
            keyring=keyring,
            slot_id=unlocked.slot_id,
            created=header.created,
            save_counter=header.save_counter,
            backups_kept=backups_kept,
        )

    def _migrate_if_needed(self) -> None:
        def keep_backup(found: int) -> None:
            try:
                atomic.copy_durably(self.path, atomic.pre_migration_path(self.path, found))
            except OSError as exc:
                raise MigrationBackupError(self.path, exc.strerror or str(exc)) from exc

        try:
            if database.migrate(self.conn, before_migrating=keep_backup):
                self.save()
        except BaseException:
            self.close()
            raise

    # -- state -------------------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """The live in-memory database (use it on one thread at a time)."""
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def person(self) -> Person:
        """Who unlocked the vault (the recovery pseudo-person after the recovery key)."""
        return self._person(self._slot_id)

    @property
    def opened_with_recovery_key(self) -> bool:
        return self._slot_kind(self._slot_id) == "recovery"

    def people(self) -> list[Person]:
        """Everyone who can open the vault, by date added, the recovery key last."""
        people = [self._person(s.slot_id) for s in self._keyring.slots]
        return sorted(people, key=lambda p: (p.kind == "recovery", p.created))

    def _slot_kind(self, slot_id: str) -> Literal["person", "recovery"]:
        slot = self._keyring.slot(slot_id)
        if slot is None:
            raise PersonNotFoundError(slot_id)
        return slot.kind

    def _person(self, slot_id: str) -> Person:
        kind = self._slot_kind(slot_id)
        profile = self._keyring.profiles[slot_id]
        name = _("Recovery key") if kind == "recovery" else profile.name
        return Person(slot_id=slot_id, name=name, kind=kind, created=profile.created)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the committed state now. Raises DiskFullError, ReadOnlyError, VaultSaveError."""
        self.begin_save().run()

    def begin_save(self) -> SaveJob:
        """Take the committed state and prepare its save; call ``run()`` on any thread."""
        return self._begin_save(self._keyring)

    def _begin_save(self, keyring: Keyring) -> SaveJob:
        conn = self.conn
        image = database.serialize(conn)
        self._next_counter = max(self._next_counter, self.save_counter) + 1
        nonce = os.urandom(NONCE_SIZE)
        header = Header(
            vault_id=self.vault_id,
            created=self.created,
            save_counter=self._next_counter,
            schema_version=database.schema_version(conn),
            key_generation=keyring.generation,
            payload_nonce=nonce,
            payload_length=len(image) + TAG_SIZE,
            slots=keyring.slots,
        )
        return SaveJob(
            self,
            self._next_counter,
            encode_prefix(header),
            keyslots.payload_key(keyring.data_key),
            nonce,
            image,
        )

    def save_as(self, new_path: Path) -> None:
        """Save the committed state as a new file ``new_path`` and go on working there.

        The way out when the vault's own folder can no longer be written (read-only, full, a
        removed drive). The new file is a full save of the same vault: same vault id, people and
        keys; the save counter continues. Backups are not copied; later saves and their backups
        go beside the new file. Only once the new file is complete does the vault switch to it,
        releasing the old path's lock; until then, and on any error, the vault stays where it
        was, unchanged, and no part of the new file is left behind.

        Raises VaultExistsError (``new_path`` exists, or is this vault's own file),
        VaultLockedError (another program has ``new_path`` open), DiskFullError, ReadOnlyError,
        VaultSaveError (as ``save``, about ``new_path``).
        """
        new_path = Path(new_path)
        self.conn  # noqa: B018  (refuse on a closed vault)
        if _same_file(new_path, self.path):
            raise VaultExistsError(new_path)
        try:
            new_lock = VaultLock.acquire(new_path)
        except OSError as exc:
            # No lock file there (LockNotPossibleError: the folder is missing, read-only or full),
            # or its holder text could not be written.
            raise atomic.save_error(new_path, exc) from exc
        try:
            if os.path.lexists(new_path):
                raise VaultExistsError(new_path)
            atomic.remove_stale_temps(new_path)
            job = self.begin_save()
            with self._save_lock:
                if self._lock is None or not self._lock.held:
                    raise RuntimeError("the vault was closed before this save ran")
                try:
                    atomic.write_new(new_path, job._encrypted())
                except FileExistsError:
                    raise VaultExistsError(new_path) from None
                except OSError as exc:
                    raise atomic.save_error(new_path, exc) from exc
                old_lock, self._lock = self._lock, new_lock
                self.path = new_path
                self.save_counter = job.save_counter
                job.done = True
        except BaseException:
            new_lock.release()
            raise
        # The old folder may be gone (a removed drive): its lock dies with the descriptor anyway.
        with contextlib.suppress(OSError):
            old_lock.release()

    def _save_keyring(self, keyring: Keyring) -> None:
        """Save with a changed keyring; the vault takes it only once the file holds it."""
        self._begin_save(keyring).run()
        self._keyring = keyring

    def close(self) -> None:
        """Release the lock and drop the database. Does not save. Idempotent."""
        with self._save_lock:
            lock, self._lock = self._lock, None
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- people and keys ---------------------------------------------------------------------

    def _person_names(self) -> set[str]:
        return {
            self._keyring.profiles[s.slot_id].name.casefold()
            for s in self._keyring.slots
            if s.kind == "person"
        }

    def add_person(self, name: str, passphrase: str, kdf: KdfParams | None = None) -> Person:
        """Give someone their own passphrase; saves. ``kdf`` defaults to the unlocking slot's."""
        self.conn  # noqa: B018  (refuse on a closed vault)
        name = _clean_name(name)
        _check_passphrase(passphrase)
        if name.casefold() in self._person_names():
            raise ValidationError({"name": _("Someone with this name can already open the vault.")})
        if len(self._keyring.slots) >= MAX_SLOTS:
            raise TooManyPeopleError(MAX_SLOTS - 1)
        keyring, slot_id = self._keyring.with_new_slot(
            "person", name, passphrase, kdf or self._own_kdf()
        )
        self._save_keyring(keyring)
        return self._person(slot_id)

    def _own_kdf(self) -> KdfParams:
        slot = self._keyring.slot(self._slot_id)
        assert slot is not None
        return slot.kdf

    def remove_person(self, slot_id: str) -> None:
        """Remove someone's access; a new data key makes their passphrase open no later save."""
        self.conn  # noqa: B018
        if self._slot_kind(slot_id) == "recovery":
            raise RecoverySlotError()
        if slot_id == self._slot_id:
            raise RemoveSelfError()
        if sum(s.kind == "person" for s in self._keyring.slots) <= 1:
            raise LastPersonError()
        self._save_keyring(self._keyring.without_slot(slot_id))

    def change_passphrase(self, new_passphrase: str) -> None:
        """The unlocking person's own passphrase; saves."""
        if self.opened_with_recovery_key:
            raise OpenedWithRecoveryKeyError()
        self.reset_passphrase(self._slot_id, new_passphrase)

    def reset_passphrase(self, slot_id: str, new_passphrase: str) -> None:
        """Give a person a new passphrase (e.g. after opening with the recovery key); saves."""
        self.conn  # noqa: B018
        if self._slot_kind(slot_id) == "recovery":
            raise RecoverySlotError()
        _check_passphrase(new_passphrase)
        self._save_keyring(self._keyring.with_secret_replaced(slot_id, new_passphrase))

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one opens no later save); returns the new one."""
        self.conn  # noqa: B018
        old = next(s for s in self._keyring.slots if s.kind == "recovery")
        key = recovery_key.generate()
        keyring, slot_id = self._keyring.without_slot(old.slot_id).with_new_slot(
            "recovery", "", key, old.kdf
        )
        self._save_keyring(keyring)
        if self._slot_id == old.slot_id:
            self._slot_id = slot_id
        return key

    # -- backups -----------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files of this vault, newest first."""
        return atomic.find_backups(self.path)

    @staticmethod
    def find_backups(path: Path) -> list[Path]:
        """``<name>.bak1`` … (newest first), then pre-migration copies (newest first)."""
        return atomic.find_backups(Path(path))

    @staticmethod
    def discard_files(path: Path) -> None:
        """Delete a vault that was just created and is not wanted (a failed set-up), with its
        backups. Only for a closed vault that nobody has used yet."""
        for leftover in [Path(path), *atomic.find_backups(Path(path))]:
            with contextlib.suppress(OSError):
                leftover.unlink()

    @staticmethod
    def is_recovery_key(secret: str) -> bool:
        return recovery_key.is_recovery_key(secret)
