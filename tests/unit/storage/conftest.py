"""Fixtures for the vault tests: a tiny stand-in schema, fast KDF, file surgery helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from vault_testkit import PASSPHRASE, Made

from govkit.storage import database, keyslots
from govkit.storage.kdf import MIN_KDF
from govkit.storage.vault import Vault


def _tiny_schema(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.execute(f"PRAGMA user_version={database.CURRENT_SCHEMA_VERSION}")


@pytest.fixture(autouse=True)
def tiny_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults in these tests hold one small table, not the domain models."""
    monkeypatch.setattr(database, "create_schema", _tiny_schema)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "register.govkit"


@pytest.fixture
def make_vault(vault_path: Path) -> Iterator[Callable[..., Made]]:
    """Create a closed vault with ``items`` rows; returns its path and recovery key."""
    opened: list[Vault] = []

    def make(
        path: Path = vault_path, items: tuple[str, ...] = ("first",), name: str = "Alice"
    ) -> Made:
        vault, key = Vault.create(path, name=name, passphrase=PASSPHRASE, kdf=MIN_KDF)
        opened.append(vault)
        for text in items:
            vault.conn.execute("INSERT INTO item (text) VALUES (?)", (text,))
        vault.save()
        vault.close()
        return Made(path, key)

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture
def no_kdf(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it to fail the test if a key derivation runs from then on (checks that must come
    before the KDF)."""

    def forbidden(*_args: object) -> bytes:
        raise AssertionError("the KDF ran")

    def forbid() -> None:
        monkeypatch.setattr(keyslots, "derive_key", forbidden)

    return forbid
