"""Vault open/save timings against a raw baseline. Prints figures; not a test.

    PYTHONPATH=src python bench/bench_vault.py --sizes 1000,10000,100000

For each size: a plain table of N rows of ~1 KB text (no domain models), a vault with the
default KDF, then
- open: total, split into the KDF and the rest (read, decrypt, deserialize, quick_check);
- save: ``Vault.save`` (serialize, encrypt, temp file, fsync, backup rotation, replace,
  folder fsync);
- baseline: serialize + AES-GCM encrypt + write + fsync of the same database, nothing else.
Targets: save at 10k within 1.5x the baseline; open within KDF + 200 ms at 10k.
Saves are timed in steady state (backup generations full), interleaved with the baseline.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from govkit.storage import database, keyslots
from govkit.storage.kdf import DEFAULT_KDF
from govkit.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
ROW_TEXT_BYTES = 1000


def _plain_schema(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.execute(f"PRAGMA user_version={database.CURRENT_SCHEMA_VERSION}")


def _fill(conn: sqlite3.Connection, rows: int) -> None:
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO item (text) VALUES (?)",
        (
            (os.urandom(ROW_TEXT_BYTES // 2).hex(),)  # ~1 KB of text, incompressible
            for _ in range(rows)
        ),
    )
    conn.execute("COMMIT")


def _time(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _baseline(conn: sqlite3.Connection, target: Path) -> None:
    image = database.serialize(conn)
    nonce = os.urandom(12)
    ciphertext = AESGCM(os.urandom(32)).encrypt(nonce, image, b"header")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(ciphertext)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def bench(rows: int, folder: Path, repeat: int) -> dict[str, float]:
    path = folder / f"bench-{rows}.govkit"
    vault, _key = Vault.create(path, name="Bench", passphrase=PASSPHRASE, kdf=DEFAULT_KDF)
    _fill(vault.conn, rows)
    vault.save()
    size = path.stat().st_size
    # Steady state first: a vault in use has its backup generations full, and a fresh file's
    # blocks on a thin-provisioned virtual disk are slower to write the first time.
    for _ in range(vault.backups_kept + 2):
        vault.save()
        _baseline(vault.conn, folder / "baseline.bin")
    # Interleaved, so that both see the same disk weather.
    saves, baselines = [], []
    for _ in range(repeat):
        saves.append(_time(vault.save))
        baselines.append(_time(lambda: _baseline(vault.conn, folder / "baseline.bin")))
    save, baseline = statistics.median(saves), statistics.median(baselines)
    vault.close()

    kdf_times: list[float] = []
    real_derive = keyslots.derive_key

    def timed_derive(*args: Any) -> bytes:
        started = time.perf_counter()
        try:
            return real_derive(*args)
        finally:
            kdf_times.append(time.perf_counter() - started)

    keyslots.derive_key = timed_derive  # type: ignore[assignment]
    opens: list[tuple[float, float]] = []
    try:
        for _ in range(repeat):
            kdf_times.clear()
            started = time.perf_counter()
            Vault.open(path, PASSPHRASE).close()
            opens.append((time.perf_counter() - started, sum(kdf_times)))
    finally:
        keyslots.derive_key = real_derive
    open_total, open_kdf = sorted(opens)[len(opens) // 2]
    for leftover in folder.iterdir():
        leftover.unlink()
    return {
        "rows": rows,
        "mib": size / (1 << 20),
        "open": open_total,
        "kdf": open_kdf,
        "rest": open_total - open_kdf,
        "save": save,
        "baseline": baseline,
        "ratio": save / baseline,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="row counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=9, help="runs per figure (median)")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the files (a disk)")
    args = parser.parse_args(argv)
    database.create_schema = _plain_schema  # no domain models: a plain table

    print(f"KDF {DEFAULT_KDF}, median of {args.repeat}")
    columns = ("rows", "MiB", "open", "=KDF", "+rest", "save", "base")
    print(" ".join(f"{c:>8}" for c in columns), f"{'save/base':>9}")
    results: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="govkit-bench-") as tmp:
        for rows in (int(s) for s in args.sizes.split(",")):
            r = bench(rows, Path(tmp), args.repeat)
            results.append(r)
            times = (r["open"], r["kdf"], r["rest"], r["save"], r["baseline"])
            print(
                f"{r['rows']:>8.0f} {r['mib']:>8.1f}",
                " ".join(f"{t * 1000:>6.0f}ms" for t in times),
                f"{r['ratio']:>9.2f}",
                flush=True,
            )
    for r in results:
        if r["rows"] == 10000:
            save_ok = r["ratio"] <= 1.5
            open_ok = r["rest"] <= 0.2
            print(f"target save <= 1.5x baseline at 10k: {'met' if save_ok else 'MISSED'}")
            print(f"target open <= KDF + 200 ms at 10k: {'met' if open_ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
