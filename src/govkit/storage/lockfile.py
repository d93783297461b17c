"""An OS lock on ``<vault>.lock`` so that one vault is open in one place at a time.

The lock is the OS's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it vanishes with
the process that held it, even after a crash or SIGKILL: a lock file left behind whose lock is not
held is taken over without a word. The file's content only says who holds it, for the message.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from govkit.i18n import _
from govkit.storage.errors import VaultLockedError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# Windows: lock one byte far past the holder text, so that the text stays readable to others.
_WINDOWS_LOCK_OFFSET = 1 << 20
_HOLDER_MAX = 4096


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class LockNotPossibleError(OSError):
    """The lock file cannot be created (read-only folder, no permission)."""


def _holder_text(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _HOLDER_MAX)
        info = json.loads(raw.decode("utf-8"))
        return _("{program} on {host}, process {pid}").format(
            program=info["program"], host=info["host"], pid=info["pid"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return ""


def _holder_info() -> bytes:
    return json.dumps(
        {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "program": "govkit",
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
    ).encode("utf-8")


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, errno.EDEADLK):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """Held from ``acquire`` until ``release``; release is idempotent."""

    def __init__(self, vault_path: Path, fd: int) -> None:
        self.vault_path = vault_path
        self.path = lock_path(vault_path)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(cls, vault_path: Path) -> VaultLock:
        """Raises VaultLockedError, or LockNotPossibleError when the folder is not writable."""
        path = lock_path(vault_path)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        for _attempt in range(10):
            try:
                fd = os.open(path, flags, 0o600)
            except OSError as exc:
                raise LockNotPossibleError(exc.errno, exc.strerror, str(path)) from exc
            locked = False
            try:
                if not _try_lock(fd):
                    raise VaultLockedError(vault_path, _holder_text(fd))
                # The holder may have deleted the file between our open and our lock: then we
                # locked an orphan inode and must start again on the file now at that path.
                if sys.platform != "win32":
                    try:
                        same = os.path.samestat(os.fstat(fd), os.stat(path))
                    except FileNotFoundError:
                        same = False
                    if not same:
                        os.close(fd)
                        continue
                locked = True  # the file at ``path`` is the one we hold
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, _holder_info())
            except BaseException:
                if locked and sys.platform != "win32":
                    # Ours while we hold it (a full disk refused the holder text): leave nothing.
                    with contextlib.suppress(OSError):
                        os.unlink(path)
                os.close(fd)
                raise
            return cls(vault_path, fd)
        raise VaultLockedError(vault_path, "")

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform != "win32":
                # Unlink while still locked: anyone who opened the old file re-checks the inode.
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
            _unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            # Fails when someone else has it open (and perhaps locked) by now: fine.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
