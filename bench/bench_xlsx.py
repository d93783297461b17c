"""Excel export of N activities against raw openpyxl writing the same cells. Prints figures.

    .venv/bin/python bench/bench_xlsx.py --activities 10000 --repeat 3

The register is the demo municipality with N controller activities in a vault with the cheap
KDF. For each run:
- export: ``write_register_xlsx(snapshot, layout="full")`` from a snapshot taken beforehand
  (rendering, styles, pick-list validation, the About sheet and its column guide included);
- baseline: openpyxl write-only mode writing the very same cells, sheet by sheet, as bare
  values with no styles, no validation and no frozen panes. The values are read back from the
  exported workbook first (not timed), so both write exactly the same cells.
Target (issue 3): export within 1.3x the baseline. The best of ``--repeat`` runs is compared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from govkit.exports.snapshot import RegisterSnapshot
from govkit.exports.xlsx import write_register_xlsx
from govkit.services.demo import populate_demo
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

PASSPHRASE = "benchmark passphrase"


def make_snapshot(n: int, folder: Path) -> RegisterSnapshot:
    ws, _key = Workspace.create(
        folder / "bench.govkit", person_name="Bench", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    try:
        populate_demo(ws, activities=n)
        return take_snapshot(ws)
    finally:
        ws.close()


def read_cells(path: Path) -> list[tuple[str, list[list[Any]]]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
    finally:
        wb.close()


def write_raw(sheets: list[tuple[str, list[list[Any]]]], out: Path) -> None:
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)


def timed(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--layouts", default="full", help="comma-separated, e.g. full,ico,cnil")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        snapshot = make_snapshot(args.activities, folder)
        print(
            f"register: {len(snapshot.controller_activities):,} controller and "
            f"{len(snapshot.processor_activities):,} processor activities "
            f"(made in {time.perf_counter() - started:.1f} s)"
        )
        for layout in args.layouts.split(","):
            out = folder / f"export-{layout}.xlsx"
            raw = folder / f"raw-{layout}.xlsx"
            exports: list[float] = []
            baselines: list[float] = []
            sheets: list[tuple[str, list[list[Any]]]] = []
            for i in range(args.repeat):
                exports.append(
                    timed(
                        lambda out=out, layout=layout: write_register_xlsx(
                            snapshot, out, layout=layout
                        )
                    )
                )
                if i == 0:
                    sheets = read_cells(out)
                baselines.append(timed(lambda raw=raw, sheets=sheets: write_raw(sheets, raw)))
            tracemalloc.start()
            write_register_xlsx(snapshot, out, layout=layout)
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            cells = sum(sum(1 for v in row if v is not None) for _t, rows in sheets for row in rows)
            best_export, best_raw = min(exports), min(baselines)
            print(
                f"{layout}: {len(sheets)} sheets, {cells:,} cells, "
                f"{out.stat().st_size / 1e6:.1f} MB (raw {raw.stat().st_size / 1e6:.1f} MB)"
            )
            print(
                f"  export   best {best_export:6.2f} s  median {statistics.median(exports):6.2f} s"
                f"  peak Python memory {peak / 2**20:.0f} MiB"
            )
            print(
                f"  raw      best {best_raw:6.2f} s  median {statistics.median(baselines):6.2f} s"
            )
            ratio = best_export / best_raw
            verdict = "met" if ratio <= 1.3 else "NOT met"
            print(f"  ratio    {ratio:.2f}x (target 1.3x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
