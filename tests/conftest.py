"""Shared fixtures: every test gets fresh temporary folders, settings and vaults."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

PASSPHRASE = "correct horse battery staple"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Fresh config/data folders so no test reads or writes the real user's settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("GOVKIT_PASSPHRASE", raising=False)
    monkeypatch.delenv("GOVKIT_NEW_PASSPHRASE", raising=False)
    return home


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "register.govkit"


@pytest.fixture
def workspace(vault_path: Path) -> Iterator[object]:
    """A freshly created, empty vault (cheap KDF), open as the person "Ada Lovelace"."""
    from govkit.services.workspace import Workspace
    from govkit.storage.vault import MIN_KDF

    ws, _recovery = Workspace.create(
        vault_path,
        person_name="Ada Lovelace",
        passphrase=PASSPHRASE,
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    yield ws
    ws.close()


@pytest.fixture
def ctx() -> object:
    """A service context on a bare in-memory database (no vault file), catalogues seeded."""
    from govkit.services.catalogues import CatalogueService
    from govkit.services.context import Actor, ServiceContext
    from govkit.storage import database

    conn = database.new_connection()
    database.create_schema(conn)
    context = ServiceContext(conn, Actor("Test Person", "slot-test"))
    CatalogueService(context).seed_builtins()
    return context


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED
