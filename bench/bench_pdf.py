"""PDF register report of N activities: time, pages, peak memory. Prints figures; not a test.

    .venv/bin/python bench/bench_pdf.py                # 1,000 activities (the issue's figure)
    .venv/bin/python bench/bench_pdf.py --activities 200,1000

For each size: a demo vault of N activities (plus the demo's 5 activities as processor) is
made in memory with the cheapest KDF, a snapshot taken, then ``write_register_pdf`` is timed.
Reported: wall time of the report alone, layout passes (multiBuild: contents, then pages with
page numbers, then a check), pages, file size, peak Python heap during the report
(tracemalloc) and the process's peak resident set (ru_maxrss, which also counts the vault and
the snapshot). tracemalloc slows reportlab down, so time and heap are measured in two runs.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from govkit.exports.pdf import write_register_pdf
from govkit.services import demo
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF


def _max_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB on Linux


def bench(activities: int, folder: Path) -> None:
    ws, _key = Workspace.create(
        folder / f"bench-{activities}.govkit",
        person_name="Benchmark",
        passphrase="benchmark passphrase",
        organisation_name="City of Lindenhaven",
        kdf=MIN_KDF,
    )
    try:
        demo.populate_demo(ws, activities=activities)
        snapshot = take_snapshot(ws)
    finally:
        ws.close()
    records = len(snapshot.controller_activities) + len(snapshot.processor_activities)
    gc.collect()
    rss_before = _max_rss_mib()
    out = folder / f"report-{activities}.pdf"
    started = time.perf_counter()
    result = write_register_pdf(snapshot, out)
    elapsed = time.perf_counter() - started
    rss_after = _max_rss_mib()
    size = out.stat().st_size

    gc.collect()
    tracemalloc.start()
    write_register_pdf(snapshot, folder / f"report-{activities}-traced.pdf")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(
        f"{activities:>6} activities ({records} records): {elapsed:7.1f} s, "
        f"{result.passes} passes, {result.pages:>5} pages, {size / 2**20:6.1f} MiB file, "
        f"{elapsed / result.pages * 1000:5.1f} ms/page, "
        f"peak heap {peak / 2**20:6.1f} MiB (tracemalloc), "
        f"peak RSS {rss_after:6.0f} MiB (was {rss_before:.0f} before the report)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--activities", default="1000", help="comma-separated sizes (default: 1000)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.activities.split(",")]
    print(f"Python {sys.version.split()[0]}, {sys.platform}")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            bench(size, Path(folder))


if __name__ == "__main__":
    main()
