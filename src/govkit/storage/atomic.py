"""Crash-safe file replacement with backup generations.

The new content goes to a temp file in the same folder, is flushed and fsynced, the current file
becomes ``<name>.bak1`` (older generations shift up), then ``os.replace`` swaps the new file in and
the folder is fsynced. At every instant the vault path names a complete file: the old one or the
new one. Backups are made by hard link (or copy) to a temp name then ``os.replace``, so the current
file is never moved away.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from govkit.i18n import _
from govkit.storage.errors import DiskFullError, ReadOnlyError, VaultSaveError

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_GENERATION = re.compile(r"\.bak([1-9][0-9]{0,3})")


def temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{secrets.token_hex(6)}")


def is_temp_of(path: Path, candidate: Path) -> bool:
    """Temp files for ``path`` and for its backups (``.<name>.tmp-…``, ``.<name>.bak1.tmp-…``)."""
    return candidate.name.startswith(f".{path.name}.") and ".tmp-" in candidate.name


def backup_path(path: Path, generation: int) -> Path:
    return path.with_name(f"{path.name}.bak{generation}")


def pre_migration_path(path: Path, found_version: int) -> Path:
    return path.with_name(f"{path.stem}.pre-migration-v{found_version}{path.suffix}.bak")


def _siblings(path: Path) -> list[Path]:
    try:
        return list(path.parent.iterdir())
    except OSError:
        return []


def generations(path: Path) -> dict[int, Path]:
    prefix = path.name
    found: dict[int, Path] = {}
    for sibling in _siblings(path):
        name = sibling.name
        if name.startswith(prefix):
            match = _GENERATION.fullmatch(name[len(prefix) :])
            if match and sibling.is_file():
                found[int(match.group(1))] = sibling
    return found


def find_backups(path: Path) -> list[Path]:
    """Backup generations, newest first, then pre-migration copies, newest first."""
    result = [p for _n, p in sorted(generations(path).items())]
    pattern = re.compile(
        re.escape(path.stem) + r"\.pre-migration-v[0-9]+" + re.escape(path.suffix) + r"\.bak"
    )
    migrated = [p for p in _siblings(path) if pattern.fullmatch(p.name) and p.is_file()]
    migrated.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return result + migrated


def remove_stale_temps(path: Path) -> None:
    """Temp files left by a crash (encrypted, but clutter). Call only while holding the lock."""
    for sibling in _siblings(path):
        if is_temp_of(path, sibling):
            with contextlib.suppress(OSError):
                sibling.unlink()


def fsync_dir(directory: Path) -> None:
    if sys.platform == "win32":
        return  # no directory handles to fsync; NTFS journals the rename
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_temp(path: Path, parts: Iterable[bytes]) -> Path:
    temp = temp_path(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        for part in parts:
            _write_all(fd, part)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    return temp


def copy_durably(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through a temp file, fsynced, then replace."""
    temp = temp_path(target)
    try:
        with open(source, "rb") as src, open(temp, "xb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)


def _snapshot(path: Path, target: Path) -> None:
    """``target`` becomes a copy of ``path``: a hard link when the file system allows it."""
    staging = temp_path(path)
    try:
        os.link(path, staging)
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise
        copy_durably(path, target)
        return
    try:
        os.replace(staging, target)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


def rotate_backups(path: Path, keep: int) -> None:
    """Shift ``.bak1`` … up by one, drop those past ``keep``, make ``.bak1`` from ``path``."""
    existing = generations(path)
    for generation in sorted(existing, reverse=True):
        if generation >= keep:
            existing[generation].unlink()
        else:
            os.replace(existing[generation], backup_path(path, generation + 1))
    if keep > 0 and path.exists():
        _snapshot(path, backup_path(path, 1))


def replace_atomically(path: Path, parts: Iterable[bytes], *, backups_kept: int) -> None:
    """Write ``parts`` as the new content of ``path``; raises OSError, leaving ``path`` as it was.

    Once ``os.replace`` has succeeded the save has happened; a failing folder fsync after it is
    not reported (the rename is already visible, only its durability is uncertain).
    """
    temp = _write_temp(path, parts)
    try:
        rotate_backups(path, backups_kept)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


def write_new(path: Path, parts: Iterable[bytes]) -> None:
    """Write ``parts`` as a new file at ``path``, which must not exist; raises OSError.

    Same temp file, fsync and ``os.replace`` as ``replace_atomically``, without backups (there is
    no previous file). On failure nothing is left behind: no temp file and no ``path``. Raises
    FileExistsError if ``path`` appeared meanwhile; the caller holds the lock on ``path``, so only
    a program other than govkit could have put it there.
    """
    temp = _write_temp(path, parts)
    try:
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)


def save_error(path: Path, exc: OSError) -> VaultSaveError:
    """The user-facing error for a failed write."""
    if exc.errno in _DISK_FULL:
        return DiskFullError(path)
    if exc.errno in _READ_ONLY:
        return ReadOnlyError(path)
    return VaultSaveError(
        _(
            "“{name}” could not be saved ({reason}). Nothing was lost: your changes are still "
            "open here and the last saved vault is unchanged. Try again, or choose Save As… to "
            "keep them elsewhere."
        ).format(name=path.name, reason=exc.strerror or str(exc))
    )
