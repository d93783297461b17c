#!/usr/bin/env python3
"""Set up govkit in a local virtual environment, then start it or test it.

    python3 dev.py start [VAULT]   # the desktop application (on the demo vault without VAULT)
    python3 dev.py test [ARGS]     # lint, architecture and type checks, then the whole test suite

Works on Linux, macOS and Windows with Python 3.11 or newer; needs nothing but Python and
access to the package index. The environment lives in .venv/ and is refreshed when
pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".govkit-installed"


def _run(cmd: list[str | Path], **kwargs: object) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[arg-type]


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may be started by an older Python)
        sys.exit(f"govkit needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print(f"Creating the virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    print("Installing govkit and its dependencies …", flush=True)
    steps = [
        [PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[dev]"],
    ]
    for step in steps:
        if _run(step) != 0:
            sys.exit("Installation failed (see the messages above).")
    STAMP.write_text(wanted)


def start(args: list[str]) -> int:
    ensure_environment()
    gui_args = ["gui", *args] if args else ["gui", "--demo"]
    return _run([PYTHON, "-m", "govkit", *gui_args])


def test(args: list[str]) -> int:
    ensure_environment()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    checks: list[tuple[str, list[str | Path]]] = [
        ("ruff (lint)", [BIN / "ruff", "check", "src", "tests", "bench", "scripts", "dev.py"]),
        ("import-linter (Qt only in ui/, layers)", [BIN / "lint-imports"]),
        ("mypy (types)", [PYTHON, "-m", "mypy"]),
        ("pytest (the test suite)", [PYTHON, "-m", "pytest", *args]),
    ]
    failed = []
    for title, cmd in checks:
        print(f"\n=== {title} ===", flush=True)
        if _run(cmd, env=env) != 0:
            failed.append(title)
    if failed:
        print("\nFAILED: " + ", ".join(failed), flush=True)
        return 1
    print("\nAll checks passed.", flush=True)
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test", "setup"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "setup":
        ensure_environment()
        return 0
    return start(rest) if command == "start" else test(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
