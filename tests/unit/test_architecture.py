"""Qt stays in ui/: the Qt-free packages must not import PySide6, even indirectly at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "govkit"
QT_FREE = ["domain", "storage", "services", "exports", "imports", "assessments"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_package_source_never_imports_qt(package: str) -> None:
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in sorted((SRC / package).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6", "govkit.ui")
        or name.startswith("govkit.ui")
    ]
    assert offenders == []


def test_importing_services_and_cli_loads_no_qt() -> None:
    code = (
        "import sys, govkit.domain.models, govkit.services.workspace, govkit.services.verify, "
        "govkit.cli; print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=SRC.parent
    ).stdout.strip()
    assert out == "[]"
