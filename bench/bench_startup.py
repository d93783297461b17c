"""How fast govkit starts: process start → usable unlock window → usable main window (demo vault).

Each measurement is a fresh process running the real ``run_gui`` with its own temporary data and
settings folders. "Usable" means the window is shown, has painted once, and the event loop has
come back to idle after that paint. The demo vault is created once beforehand (first-run creation
is reported separately); the unlock includes the deliberately slow key derivation.

    PYTHONPATH=src .venv/bin/python bench/bench_startup.py [--runs 5]

Without a display it runs on Qt's offscreen platform. Target: under 1.5 s to the unlock window.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 1.5
TYPING_MS = 2000


def _child(mode: str) -> None:
    """Runs in the measured process: report when windows become usable, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    marks: dict[str, float] = {}

    def emit(name: str) -> None:
        marks[name] = time.time()
        print(json.dumps({name: marks[name]}), flush=True)

    class PaintWatch(QObject):
        """Calls back at the first idle moment after the watched window has painted."""

        def __init__(self, window: QWidget, name: str, then: object) -> None:
            super().__init__(window)
            self.name, self.then, self.done = name, then, False
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self._idle)
            return False

        def _idle(self) -> None:
            emit(self.name)
            if callable(self.then):
                self.then()

    watched: set[int] = set()

    def unlock_now(window: QWidget) -> None:
        emit("unlock_pressed")
        window.unlock()  # type: ignore[attr-defined]

    def next_step(window: QWidget) -> object:
        if mode == "main":
            return lambda: unlock_now(window)
        if mode == "typed":  # a person takes a moment to type the passphrase
            return lambda: QTimer.singleShot(TYPING_MS, lambda: unlock_now(window))
        return app.quit

    def poll() -> None:
        from govkit.ui.unlock_window import UnlockWindow

        for widget in QApplication.topLevelWidgets():
            if id(widget) in watched or not widget.isVisible():
                continue
            if isinstance(widget, UnlockWindow) and (
                mode == "plain" or (not widget.is_busy and widget.secret.text())
            ):
                watched.add(id(widget))
                PaintWatch(widget, "unlock_window_usable", next_step(widget))
                widget.update()
            elif type(widget).__name__ == "MainWindow":
                watched.add(id(widget))
                PaintWatch(widget, "main_window_usable", app.quit)
                widget.update()

    timer = QTimer(app)
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    from govkit.ui.application import run_gui

    emit("imported")
    run_gui(None, demo=mode != "plain")


def _measure(mode: str, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            marks.update(json.loads(line))
    if proc.returncode != 0 or not marks:
        raise SystemExit(f"the measured process failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return {name: at - start for name, at in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--child", choices=["plain", "unlock", "main", "typed"], help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return

    home = Path(tempfile.mkdtemp(prefix="govkit-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "")
    if not env["QT_QPA_PLATFORM"]:
        del env["QT_QPA_PLATFORM"]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")

    first = _measure("unlock", env)["unlock_window_usable"]  # creates the demo vault
    print(f"first --demo run, creating the demo vault: unlock window usable after {first:.2f} s")
    plain = [_measure("plain", env)["unlock_window_usable"] for _ in range(args.runs)]
    unlock = [_measure("unlock", env)["unlock_window_usable"] for _ in range(args.runs)]
    main_runs = [_measure("main", env) for _ in range(args.runs)]
    to_main = [m["main_window_usable"] for m in main_runs]
    unlock_step = [m["main_window_usable"] - m["unlock_pressed"] for m in main_runs]
    imported = [m["imported"] for m in main_runs]
    typed_runs = [_measure("typed", env) for _ in range(args.runs)]
    typed_step = [m["main_window_usable"] - m["unlock_pressed"] for m in typed_runs]

    def line(label: str, values: list[float]) -> str:
        return (
            f"{label:<52} median {statistics.median(values):.2f} s   "
            f"min {min(values):.2f}   max {max(values):.2f}"
        )

    platform = env.get("QT_QPA_PLATFORM", "native")
    print(f"platform: {platform}, {args.runs} runs each, Python {sys.version.split()[0]}")
    print(line("process start → govkit imported", imported))
    print(line("process start → unlock window usable (govkit gui)", plain))
    print(line("process start → demo unlock window usable (--demo)", unlock))
    print(line("Enter pressed → main window usable (demo vault)", unlock_step))
    print(line("process start → main window usable (demo vault)", to_main))
    print(line(f"Enter pressed {TYPING_MS / 1000:.0f} s after → main window usable", typed_step))
    for label, values in (("unlock window", plain), ("main window", to_main)):
        verdict = "meets" if statistics.median(values) < TARGET_S else "MISSES"
        print(f"{label}: {verdict} the {TARGET_S} s target")


if __name__ == "__main__":
    main()
