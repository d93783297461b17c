"""Import of a 10,000-row spreadsheet into an empty vault: time and peak memory. Prints figures.

    .venv/bin/python bench/bench_import.py --activities 10000

The spreadsheets are made from the demo municipality with N controller activities, exported
by govkit (not timed):
- ``full``: govkit's own workbook (exact reading; recipients, transfers and joint controllers
  joined back from their sheets by record ID);
- ``ico``: the ICO-template layout, read like any other city's spreadsheet (headings matched
  by synonyms, lists split, pick-list entries matched, parts parsed from lines);
- ``csv``: the ICO layout's controller sheet saved as CSV with semicolons in Windows-1252.
Each is imported into a new, empty vault with the cheap KDF: read_table, suggest_mapping,
preview (every row converted and validated, duplicates checked) and run_import (one
transaction, one history entry per record), each in a fresh process: its peak resident size
is reported with the growth over the process at start (``--tracemalloc`` adds Python's own
allocation peak, at the price of a much slower run).
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import load_workbook

from govkit.exports.xlsx import write_register_xlsx
from govkit.services.demo import populate_demo
from govkit.services.imports import preview, read_table, run_import, suggest_mapping
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

PASSPHRASE = "benchmark passphrase"


def new_workspace(path: Path) -> Workspace:
    ws, _key = Workspace.create(path, person_name="Bench", passphrase=PASSPHRASE, kdf=MIN_KDF)
    return ws


def make_sources(n: int, folder: Path) -> dict[str, Path]:
    ws = new_workspace(folder / "source.govkit")
    try:
        populate_demo(ws, activities=n)
        snapshot = take_snapshot(ws)
    finally:
        ws.close()
    full, ico = folder / "full.xlsx", folder / "ico.xlsx"
    write_register_xlsx(snapshot, full, layout="full")
    write_register_xlsx(snapshot, ico, layout="ico")
    wb = load_workbook(ico, read_only=True)
    path = folder / "register.csv"
    with path.open("w", encoding="cp1252", errors="replace", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        for number, row in enumerate(wb["Controller"].iter_rows(values_only=True), 1):
            if number >= 8:  # from the header row on
                writer.writerow(["" if v is None else v for v in row])
    wb.close()
    return {"full": full, "ico": ico, "csv": path}


def memory_mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process in MiB, from /proc on Linux; elsewhere the
    peak from getrusage (which on Linux would include the parent's peak before exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 if sys.platform != "darwin" else 2**20)


def import_once(source: Path, folder: Path, name: str, trace: bool) -> dict[str, float]:
    """One import into a new vault, run in a fresh process so that its peak resident size
    is its own."""
    baseline = memory_mib("VmRSS")
    ws = new_workspace(folder / f"target-{name}.govkit")
    try:
        if trace:
            tracemalloc.start()
        t0 = time.perf_counter()
        table = read_table(source)
        t1 = time.perf_counter()
        mapping = suggest_mapping(ws, table)
        result = preview(ws, table, mapping)
        t2 = time.perf_counter()
        report = run_import(ws, result, skip_invalid=True)
        t3 = time.perf_counter()
        peak = tracemalloc.get_traced_memory()[1] / 2**20 if trace else 0.0
        tracemalloc.stop()
        return {
            "rows": len(table.rows),
            "created": report.created,
            "invalid": len(result.invalid),
            "read": t1 - t0,
            "preview": t2 - t1,
            "import": t3 - t2,
            "total": t3 - t0,
            "traced": peak,
            "rss": memory_mib("VmHWM"),
            "baseline": baseline,
            "size": source.stat().st_size / 1e6,
        }
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--kinds", default="full,ico,csv")
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also trace Python allocations (slows the import down 2-3x)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        sources = make_sources(args.activities, folder)
        print(f"spreadsheets made in {time.perf_counter() - started:.1f} s (not timed below)")
        context = multiprocessing.get_context("spawn")
        for kind in args.kinds.split(","):
            with context.Pool(1) as pool:
                figures = pool.apply(import_once, (sources[kind], folder, kind, args.tracemalloc))
            print(
                f"{kind:5} {figures['size']:5.1f} MB, {figures['rows']:,.0f} rows -> "
                f"{figures['created']:,.0f} created ({figures['invalid']:.0f} invalid)"
            )
            print(
                f"      read {figures['read']:6.2f} s  preview {figures['preview']:6.2f} s  "
                f"import {figures['import']:6.2f} s  total {figures['total']:6.2f} s"
            )
            memory = (
                f"      peak resident {figures['rss']:.0f} MiB "
                f"(+{figures['rss'] - figures['baseline']:.0f} MiB over the process at start)"
            )
            if args.tracemalloc:
                memory += f", peak Python allocations {figures['traced']:.0f} MiB"
            print(memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
