"""SIGKILL at random moments during repeated saves: the vault always opens, never neither."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vault_testkit import PASSPHRASE

import govkit
from govkit.storage.errors import VaultDamagedError, VaultLockedError
from govkit.storage.kdf import MIN_KDF
from govkit.storage.vault import Vault

CHILD = """
import sys
from pathlib import Path
from govkit.storage.vault import Vault

vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
n = vault.conn.execute("SELECT n FROM counter").fetchone()[0]
print("ready", n, flush=True)
while True:
    n += 1
    vault.conn.execute("UPDATE counter SET n = ?", (n,))
    vault.save()
    print(n, flush=True)
"""

ROUNDS = 6


def _counter(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT n FROM counter").fetchone()[0])


def _open(path: Path) -> Vault:
    try:
        return Vault.open(path, PASSPHRASE)
    except VaultDamagedError as exc:  # should not happen with os.replace, but allowed
        assert exc.backups, "damaged and no backup"
        return Vault.restore_backup(path, exc.backups[0], PASSPHRASE)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_saves_never_loses_the_vault(vault_path: Path) -> None:
    vault, _key = Vault.create(vault_path, name="Alice", passphrase=PASSPHRASE, kdf=MIN_KDF)
    with vault:
        vault.conn.execute("CREATE TABLE counter (n INTEGER NOT NULL)")
        vault.conn.execute("INSERT INTO counter VALUES (0)")
        # ~2 MiB of padding so that a save takes long enough to be hit mid-write.
        vault.conn.execute("CREATE TABLE padding (blob BLOB)")
        vault.conn.executemany(
            "INSERT INTO padding VALUES (?)", ((os.urandom(1024),) for _ in range(2000))
        )
        vault.save()

    src = str(Path(govkit.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    rng = random.Random(20240611)
    deadline = time.monotonic() + 30
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(vault_path), PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        try:
            assert child.stdout is not None
            ready = child.stdout.readline()
            assert ready.startswith("ready"), child.communicate()[1]
            if round_number == 0:
                with pytest.raises(VaultLockedError) as info:
                    Vault.open(vault_path, PASSPHRASE)
                assert str(child.pid) in info.value.holder
            time.sleep(rng.uniform(0.02, 0.5))
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
                child.communicate()
        assert child.returncode == -signal.SIGKILL, err
        printed = [int(line) for line in out.split()]
        last = printed[-1] if printed else int(ready.split()[1])
        with _open(vault_path) as vault:
            found = _counter(vault)
        assert found in (last, last + 1), (found, last)
        assert not [p for p in vault_path.parent.iterdir() if ".tmp-" in p.name]
        assert time.monotonic() < deadline
