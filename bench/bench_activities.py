"""Open and save a vault of N processing activities, against a raw baseline. Prints figures.

    .venv/bin/python bench/bench_activities.py --sizes 1000,10000,100000

The register is the demo municipality with N controller activities (real Art. 30 records, not
plain rows), in a vault with the default KDF. For each size:
- open: ``Workspace.open`` in total, split into the KDF and the rest (read, decrypt,
  deserialize, integrity check);
- table: ``activities.rows()``, what the register table loads after unlocking;
- save: ``Workspace.save`` in steady state (backup generations full);
- baseline: serialize + AES-GCM encrypt + write + fsync of the same database, nothing else.
Targets (issue 2): save of 10k within 1.5x the baseline; open within KDF + 200 ms at 10k.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_vault import _baseline, _time

from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.storage import keyslots
from govkit.storage.kdf import DEFAULT_KDF

PASSPHRASE = "benchmark passphrase"


def bench(n: int, folder: Path, repeat: int) -> dict[str, float]:
    path = folder / f"bench-{n}.govkit"
    started = time.perf_counter()
    ws, _key = Workspace.create(path, person_name="Bench", passphrase=PASSPHRASE, kdf=DEFAULT_KDF)
    populate_demo(ws, activities=n)
    ws.save()
    fill = time.perf_counter() - started
    size = path.stat().st_size
    for _ in range(ws.vault.backups_kept + 2):
        ws.save()
        _baseline(ws.ctx.conn, folder / "baseline.bin")
    saves, baselines = [], []
    for _ in range(repeat):
        saves.append(_time(ws.save))
        baselines.append(_time(lambda: _baseline(ws.ctx.conn, folder / "baseline.bin")))
    ws.close()

    kdf_times: list[float] = []
    real_derive = keyslots.derive_key

    def timed_derive(*args: Any) -> bytes:
        t0 = time.perf_counter()
        try:
            return real_derive(*args)
        finally:
            kdf_times.append(time.perf_counter() - t0)

    keyslots.derive_key = timed_derive  # type: ignore[assignment]
    opens: list[tuple[float, float]] = []
    tables: list[float] = []
    try:
        for _ in range(repeat):
            kdf_times.clear()
            t0 = time.perf_counter()
            ws = Workspace.open(path, PASSPHRASE)
            opens.append((time.perf_counter() - t0, sum(kdf_times)))
            tables.append(_time(ws.activities.rows))
            ws.close()
    finally:
        keyslots.derive_key = real_derive
    open_total, open_kdf = sorted(opens)[len(opens) // 2]
    for leftover in folder.iterdir():
        leftover.unlink()
    save, baseline = statistics.median(saves), statistics.median(baselines)
    return {"n": n, "mib": size / (1 << 20), "fill": fill, "open": open_total, "kdf": open_kdf,
            "rest": open_total - open_kdf, "table": statistics.median(tables), "save": save,
            "baseline": baseline, "ratio": save / baseline}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"KDF {DEFAULT_KDF}, median of {args.repeat}")
    head = ("activities", "MiB", "create", "open", "=KDF", "+rest", "table", "save", "base")
    print(" ".join(f"{c:>10}" for c in head), f"{'save/base':>9}")
    with tempfile.TemporaryDirectory(prefix="govkit-bench-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            r = bench(n, Path(tmp), args.repeat)
            times = (r["fill"], r["open"], r["kdf"], r["rest"], r["table"], r["save"],
                     r["baseline"])
            print(f"{r['n']:>10.0f} {r['mib']:>10.1f}",
                  " ".join(f"{t * 1000:>8.0f}ms" for t in times), f"{r['ratio']:>9.2f}",
                  flush=True)
            if n == 10000:
                print(f"  target save <= 1.5x baseline at 10k: "
                      f"{'met' if r['ratio'] <= 1.5 else 'MISSED'} ({r['ratio']:.2f}x)")
                print(f"  target open <= KDF + 200 ms at 10k: "
                      f"{'met' if r['rest'] <= 0.2 else 'MISSED'} (+{r['rest'] * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
