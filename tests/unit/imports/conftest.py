"""Fixtures of the import tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spreadsheet_kit import Rows, write_xlsx


@pytest.fixture
def xlsx(tmp_path: Path) -> Any:
    """Make a workbook in the test's folder: ``xlsx({"Sheet": rows}, name)``."""

    def make(sheets: dict[str, Rows], name: str = "register.xlsx") -> Path:
        return write_xlsx(tmp_path / name, sheets)

    return make


@pytest.fixture
def demo_workspace(workspace: Any) -> Iterator[Any]:
    """The test vault filled with the demo municipality (40 activities, 5 services)."""
    from govkit.services.demo import populate_demo

    populate_demo(workspace, activities=40)
    yield workspace


@pytest.fixture
def workspace_factory(tmp_path: Path) -> Iterator[Any]:
    """Make more empty vaults in the test's folder (closed at the end)."""
    from govkit.services.workspace import Workspace
    from govkit.storage.vault import MIN_KDF

    made: list[Any] = []

    def make() -> Any:
        ws, _key = Workspace.create(
            tmp_path / f"extra-{len(made)}.govkit",
            person_name="Grace Hopper",
            passphrase="correct horse battery staple",
            kdf=MIN_KDF,
        )
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()
