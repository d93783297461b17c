#!/usr/bin/env python3
"""Refresh the translation catalogues in resources/translations/.

Collects every user-visible string: ``self.tr()``/``QCoreApplication.translate()`` in ``ui/`` (by
Qt's ``lupdate``), the literals passed to a module's ``_tr()`` helper in ``ui/`` (a function
returning ``QCoreApplication.translate("Context", text)``, which lupdate cannot follow; read here
with the helper's context) and ``_()``/``N_()`` in the Qt-free packages (read here from the
syntax tree, put in the context "govkit" that ``govkit.i18n`` translates in). Existing
translations are kept. Then compiles each catalogue to ``.qm`` with ``lrelease``.

    .venv/bin/python scripts/update_translations.py [--languages fr de es pt] [--out DIR]
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "govkit"
LANGUAGES = ["fr", "de", "es", "pt"]
CONTEXT = "govkit"


def qt_free_strings(src: Path = SRC) -> list[tuple[str, Path, int]]:
    """Every literal passed to ``_()`` or ``N_()`` outside ui/, with where it stands."""
    found: list[tuple[str, Path, int]] = []
    for path in sorted(src.rglob("*.py")):
        if "ui" in path.relative_to(src).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value
            ):
                found.append((node.args[0].value, path, node.lineno))
    return found


def _helper_context(tree: ast.Module) -> str | None:
    """The context C of a module-level helper ``def _tr(text)`` returning
    ``QCoreApplication.translate(C, text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr == "translate"
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                    and isinstance(inner.args[0].value, str)
                ):
                    return inner.args[0].value
    return None


def helper_strings(src: Path = SRC) -> list[tuple[str, str, Path, int]]:
    """(context, text, file, line) of every ``_tr("…")`` literal in ui/."""
    found: list[tuple[str, str, Path, int]] = []
    for path in sorted((src / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = _helper_context(tree)
        if context is None:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value
            ):
                found.append((context, node.args[0].value, path, node.lineno))
    return found


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else (shutil.which(f"pyside6-{name}") or name)


def update(out_dir: Path, languages: list[str]) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    ui_files = [str(p) for p in sorted((SRC / "ui").rglob("*.py"))]
    with tempfile.TemporaryDirectory() as tmp:
        shim = Path(tmp) / "qt_free_strings.py"
        lines = ["from PySide6.QtCore import QCoreApplication", ""]
        for text, path, lineno in qt_free_strings():
            lines.append(f"# {path.relative_to(ROOT)}:{lineno}")
            lines.append(f"QCoreApplication.translate({CONTEXT!r}, {text!r})")
        for context, text, path, lineno in helper_strings():
            lines.append(f"# {path.relative_to(ROOT)}:{lineno}")
            lines.append(f"QCoreApplication.translate({context!r}, {text!r})")
        shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written = []
        for lang in languages:
            ts = out_dir / f"govkit_{lang}.ts"
            cmd = [
                _tool("lupdate"),
                *ui_files,
                str(shim),
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ]
            subprocess.run(cmd, check=True, capture_output=True)
            subprocess.run(
                [_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                capture_output=True,
            )
            written.append(ts)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--languages", nargs="+", default=LANGUAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "translations")
    args = parser.parse_args()
    for ts in update(args.out, args.languages):
        print(f"updated {ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
