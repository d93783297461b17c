"""Saving, locking, backups, migration, and what reaches the disk."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_testkit import PASSPHRASE, Made, items, open_items

from govkit.storage import database, lockfile, migrations
from govkit.storage.errors import (
    DiskFullError,
    ReadOnlyError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultSaveError,
    WrongPassphraseError,
)
from govkit.storage.kdf import MIN_KDF
from govkit.storage.vault import Vault, peek

MakeVault = Callable[..., Made]


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _temps(path: Path) -> list[str]:
    return [name for name in _siblings(path) if ".tmp-" in name]


# -- lock ---------------------------------------------------------------------------------------


def test_second_open_is_refused_until_close(make_vault: MakeVault) -> None:
    made = make_vault()
    vault = Vault.open(made.path, PASSPHRASE)
    with pytest.raises(VaultLockedError) as info:
        Vault.open(made.path, PASSPHRASE)
    assert str(os.getpid()) in info.value.holder
    with pytest.raises(VaultLockedError):
        Vault.restore_backup(made.path, made.path, PASSPHRASE)
    vault.close()
    vault.close()  # idempotent
    assert not lockfile.lock_path(made.path).exists()
    assert open_items(made.path) == ["first"]


def test_a_stale_lock_file_is_taken_over(make_vault: MakeVault) -> None:
    made = make_vault()
    lockfile.lock_path(made.path).write_text('{"pid": 99999999, "host": "gone"}')
    assert open_items(made.path) == ["first"]


def test_create_holds_the_lock(vault_path: Path) -> None:
    vault, _key = Vault.create(vault_path, name="Alice", passphrase=PASSPHRASE, kdf=MIN_KDF)
    with vault, pytest.raises(VaultLockedError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_closed_vault_refuses_use(make_vault: MakeVault) -> None:
    made = make_vault()
    vault = Vault.open(made.path, PASSPHRASE)
    job = vault.begin_save()
    vault.close()
    assert vault.closed
    with pytest.raises(RuntimeError):
        vault.conn  # noqa: B018
    with pytest.raises(RuntimeError):
        vault.save()
    with pytest.raises(RuntimeError):
        job.run()


# -- saving -------------------------------------------------------------------------------------


def test_save_counter_and_uncommitted_changes(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        start = vault.save_counter
        vault.save()
        assert vault.save_counter == start + 1 == peek(made.path).save_counter
        vault.conn.execute("BEGIN")
        vault.conn.execute("INSERT INTO item (text) VALUES ('uncommitted')")
        with pytest.raises(RuntimeError):
            vault.save()
        vault.conn.execute("ROLLBACK")


def test_save_job_runs_in_another_thread_and_stale_jobs_do_nothing(
    make_vault: MakeVault,
) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.conn.execute("INSERT INTO item (text) VALUES ('second')")
        older = vault.begin_save()
        vault.conn.execute("INSERT INTO item (text) VALUES ('third')")
        newer = vault.begin_save()
        errors: list[BaseException] = []

        def run() -> None:
            try:
                newer.run()
                older.run()
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
        assert not errors
        assert older.done and newer.done
        assert vault.save_counter == newer.save_counter
    assert open_items(made.path) == ["first", "second", "third"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
@pytest.mark.parametrize(
    ("code", "error"),
    [(errno.ENOSPC, DiskFullError), (errno.EROFS, ReadOnlyError), (errno.EIO, VaultSaveError)],
)
def test_a_failed_save_loses_nothing(
    make_vault: MakeVault,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    code: int,
    error: type[VaultSaveError],
) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.save()  # so that backups exist and get rotated too
        before = {name: (made.path.parent / name).read_bytes() for name in _siblings(made.path)}
        counter = vault.save_counter
        vault.conn.execute("INSERT INTO item (text) VALUES ('unsaved')")

        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, failing, fail)
        with pytest.raises(error) as info:
            vault.save()
        monkeypatch.undo()
        assert type(info.value) is error
        assert "Nothing was lost" in str(info.value)
        assert items(vault) == ["first", "unsaved"]
        assert vault.save_counter == counter
        assert _temps(made.path) == []
        assert made.path.read_bytes() == before[made.path.name]
        assert open_items_while_locked(made.path) == ["first"]
        vault.save()
    assert open_items(made.path) == ["first", "unsaved"]


def open_items_while_locked(path: Path) -> list[str]:
    """Read a file's content without taking its lock (the test holds it)."""
    copy = path.with_name("copy-" + path.name)
    copy.write_bytes(path.read_bytes())
    try:
        return open_items(copy)
    finally:
        copy.unlink()


# -- save as ------------------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Creating any file in ``folder`` now fails with EROFS, as on a write-protected stick."""
    real_open = os.open

    def guarded_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and Path(str(path)).parent == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded_open)


def test_save_as_is_the_way_out_of_a_read_only_folder(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    made = make_vault(path=stick / "register.govkit")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    new_path = elsewhere / "copy.govkit"

    vault = Vault.open(made.path, PASSPHRASE)
    try:
        vault.save()  # so that the old folder has backups (which are not copied)
        saved_counter = vault.save_counter
        vault.conn.execute("INSERT INTO item (text) VALUES ('latest')")
        _read_only_folder(monkeypatch, stick)
        with pytest.raises(ReadOnlyError) as info:
            vault.save()
        assert "Save As" in str(info.value)
        old_folder = _snapshot(stick)

        vault.save_as(new_path)
        assert vault.path == new_path
        assert vault.save_counter > saved_counter
        info_new = peek(new_path)
        assert info_new.save_counter == vault.save_counter
        assert info_new.vault_id == vault.vault_id
        assert vault.backups() == []
        assert _siblings(new_path) == ["copy.govkit", "copy.govkit.lock"]
        # The old folder is left as it was, but for its lock file, released.
        del old_folder[lockfile.lock_path(made.path).name]
        assert _snapshot(stick) == old_folder

        # Later saves (the old folder still refuses writes) go to the new file, backups beside it.
        vault.conn.execute("INSERT INTO item (text) VALUES ('after')")
        vault.save()
        assert peek(new_path).save_counter == vault.save_counter
        assert [p.name for p in vault.backups()] == ["copy.govkit.bak1"]
        assert peek(vault.backups()[0]).save_counter == info_new.save_counter
        monkeypatch.undo()

        with pytest.raises(VaultLockedError):
            Vault.open(new_path, PASSPHRASE)
        # The old lock is released: another vault can open the old file, as last saved there.
        assert open_items(made.path) == ["first"]
    finally:
        vault.close()
    assert open_items(new_path) == ["first", "latest", "after"]
    assert open_items(new_path, made.recovery_key) == ["first", "latest", "after"]
    assert not lockfile.lock_path(new_path).exists()


def test_save_as_refuses_an_existing_or_locked_file(make_vault: MakeVault, tmp_path: Path) -> None:
    made = make_vault()
    other = make_vault(path=tmp_path / "other.govkit", name="Bob")
    other_bytes = other.path.read_bytes()
    free = tmp_path / "free.govkit"
    with Vault.open(made.path, PASSPHRASE) as vault:
        counter = vault.save_counter
        with pytest.raises(VaultExistsError) as info:
            vault.save_as(other.path)
        assert "other.govkit" in str(info.value)
        with pytest.raises(VaultExistsError):
            vault.save_as(made.path)  # its own file
        with pytest.raises(VaultExistsError):
            vault.save_as(tmp_path / "." / "register.govkit")
        assert other.path.read_bytes() == other_bytes
        assert not lockfile.lock_path(other.path).exists()

        with Vault.open(other.path, PASSPHRASE), pytest.raises(VaultLockedError):
            vault.save_as(other.path)  # open elsewhere: the lock answers first
        held = lockfile.VaultLock.acquire(free)  # e.g. another window creating it right now
        try:
            with pytest.raises(VaultLockedError):
                vault.save_as(free)
        finally:
            held.release()
        assert not free.exists()

        assert vault.path == made.path
        assert vault.save_counter == counter
        with pytest.raises(VaultLockedError):
            Vault.open(made.path, PASSPHRASE)
        vault.conn.execute("INSERT INTO item (text) VALUES ('second')")
        vault.save()
    assert open_items(made.path) == ["first", "second"]
    assert open_items(other.path) == ["first"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
@pytest.mark.parametrize(
    ("code", "error"),
    [(errno.ENOSPC, DiskFullError), (errno.EROFS, ReadOnlyError), (errno.EIO, VaultSaveError)],
)
def test_a_failed_save_as_changes_nothing(
    make_vault: MakeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    code: int,
    error: type[VaultSaveError],
) -> None:
    made = make_vault()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    new_path = elsewhere / "copy.govkit"
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.save()
        vault.conn.execute("INSERT INTO item (text) VALUES ('unsaved')")
        before = _snapshot(made.path.parent)
        counter = vault.save_counter

        def fail(*_args: object, **_kwargs: object) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, failing, fail)
        with pytest.raises(error) as info:
            vault.save_as(new_path)
        monkeypatch.undo()
        assert type(info.value) is error
        assert "copy.govkit" in str(info.value)
        assert "Nothing was lost" in str(info.value)
        assert list(elsewhere.iterdir()) == []  # no partial file, no temp, no lock
        assert vault.path == made.path
        assert vault.save_counter == counter
        assert items(vault) == ["first", "unsaved"]
        assert _snapshot(made.path.parent) == before
        with pytest.raises(VaultLockedError):
            Vault.open(made.path, PASSPHRASE)  # still holds its own lock
        vault.save()
        assert peek(made.path).save_counter == vault.save_counter
    assert open_items(made.path) == ["first", "unsaved"]


def test_save_as_into_a_missing_folder_is_a_save_error(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        with pytest.raises(VaultSaveError) as info:
            vault.save_as(tmp_path / "unplugged" / "copy.govkit")
        assert "copy.govkit" in str(info.value)
        assert vault.path == made.path
        vault.save()


# -- backups ------------------------------------------------------------------------------------


def test_backup_generations_rotate_and_are_capped(make_vault: MakeVault) -> None:
    made = make_vault()  # create + one save: counter 2, bak1 = counter 1
    with Vault.open(made.path, PASSPHRASE, backups_kept=3) as vault:
        for _ in range(4):
            vault.save()
        counter = vault.save_counter
        backups = vault.backups()
        assert [p.name for p in backups] == [f"register.govkit.bak{n}" for n in (1, 2, 3)]
        assert [peek(p).save_counter for p in backups] == [counter - 1, counter - 2, counter - 3]
        assert Vault.find_backups(made.path) == backups
        vault.backups_kept = 1
        vault.save()
        assert [p.name for p in vault.backups()] == ["register.govkit.bak1"]
        assert peek(vault.backups()[0]).save_counter == counter
        vault.backups_kept = 0
        vault.save()
        assert vault.backups() == []
    assert _siblings(made.path) == ["register.govkit"]


def test_a_damaged_vault_names_its_backups_and_restore_recovers(make_vault: MakeVault) -> None:
    made = make_vault(items=("one",))
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.conn.execute("INSERT INTO item (text) VALUES ('two')")
        vault.save()
    data = bytearray(made.path.read_bytes())
    data[-5] ^= 0xFF
    made.path.write_bytes(data)

    with pytest.raises(VaultDamagedError) as info:
        Vault.open(made.path, PASSPHRASE)
    assert info.value.backups == Vault.find_backups(made.path)
    assert info.value.backups[0].name == "register.govkit.bak1"
    assert "bak1" in str(info.value)

    with pytest.raises(WrongPassphraseError):
        Vault.restore_backup(made.path, info.value.backups[0], "wrong passphrase")
    assert made.path.read_bytes() == data

    with Vault.restore_backup(made.path, info.value.backups[0], PASSPHRASE) as vault:
        assert vault.path == made.path
        assert items(vault) == ["one"]
    aside = [n for n in _siblings(made.path) if ".damaged-" in n]
    assert len(aside) == 1 and aside[0].endswith(".govkit")
    assert (made.path.parent / aside[0]).read_bytes() == data
    assert open_items(made.path) == ["one"]


# -- migration ----------------------------------------------------------------------------------


def test_migration_keeps_a_backup_first(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault()
    old = peek(made.path)
    now = migrations.CURRENT_SCHEMA_VERSION
    assert old.schema_version == now

    def next_step(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE item ADD COLUMN note TEXT DEFAULT 'migrated'")

    monkeypatch.setattr(database, "CURRENT_SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, now: next_step})
    with Vault.open(made.path, PASSPHRASE) as vault:
        assert database.schema_version(vault.conn) == now + 1
        assert vault.conn.execute("SELECT note FROM item").fetchall() == [("migrated",)]
    backup = made.path.with_name(f"register.pre-migration-v{now}.govkit.bak")
    assert backup.exists()
    assert peek(backup).schema_version == now
    assert peek(backup).save_counter == old.save_counter
    assert peek(made.path).schema_version == now + 1
    assert backup in Vault.find_backups(made.path)
    with Vault.open(made.path, PASSPHRASE) as vault:  # nothing left to migrate
        assert vault.save_counter == old.save_counter + 1


def test_a_failed_migration_leaves_the_file_alone(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault()
    before = made.path.read_bytes()
    now = migrations.CURRENT_SCHEMA_VERSION

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE item ADD COLUMN note TEXT")
        raise RuntimeError("bug in a migration step")

    monkeypatch.setattr(database, "CURRENT_SCHEMA_VERSION", now + 1)
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, now: broken})
    with pytest.raises(RuntimeError):
        Vault.open(made.path, PASSPHRASE)
    assert made.path.read_bytes() == before
    monkeypatch.undo()
    assert open_items(made.path) == ["first"]


# -- nothing in plaintext -----------------------------------------------------------------------


def _files_containing(folder: Path, marker: bytes, *, recursive: bool) -> list[Path]:
    found = []
    candidates = folder.rglob("*") if recursive else folder.iterdir()
    for path in candidates:
        try:
            if not path.is_file() or path.stat().st_size > 512 << 20:
                continue
            if marker in path.read_bytes():
                found.append(path)
        except OSError:
            continue
    return found


def test_nothing_reaches_the_disk_in_plaintext(make_vault: MakeVault) -> None:
    made = make_vault()
    marker = "MARKER-" + os.urandom(8).hex()
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.conn.execute("INSERT INTO item (text) VALUES (?)", (marker,))
        # A big sort and an index build: without temp_store=MEMORY these spill to /var/tmp.
        vault.conn.executemany(
            "INSERT INTO item (text) VALUES (?)",
            ((marker + os.urandom(60).hex(),) for _ in range(20000)),
        )
        vault.conn.execute("CREATE INDEX item_text ON item (text)")
        vault.conn.execute("SELECT text FROM item ORDER BY text DESC").fetchall()
        vault.save()
        vault.add_person("Bob", "bob's passphrase")
        vault.save()
    needle = marker.encode()
    assert _files_containing(made.path.parent, needle, recursive=True) == []
    for folder in {Path(tempfile.gettempdir()), Path("/var/tmp")}:
        if folder.is_dir():
            assert _files_containing(folder, needle, recursive=False) == []
