"""The vault's parts on their own: KDF limits, recovery keys, header codec, real schema."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import pytest
from vault_testkit import PASSPHRASE

from govkit.storage import database, recovery_key
from govkit.storage.errors import VaultDamagedError
from govkit.storage.kdf import (
    DEFAULT_KDF,
    MAX_KDF,
    MIN_KDF,
    KdfParams,
    KdfProblem,
    check_new_params,
    kdf_problem,
)
from govkit.storage.keyring import Keyring
from govkit.storage.vault import Vault
from govkit.storage.vault_format import Header, encode_prefix, read_envelope

REAL_CREATE_SCHEMA = database.create_schema  # taken before the tiny_schema fixture patches it


def test_kdf_limits() -> None:
    assert kdf_problem(DEFAULT_KDF) is None
    assert kdf_problem(MIN_KDF) is None
    assert kdf_problem(MAX_KDF) is None
    assert kdf_problem(KdfParams(MIN_KDF.memory_kib - 1, 3, 4)) is KdfProblem.BELOW_FLOOR
    assert kdf_problem(KdfParams(1 << 30, 1, 1)) is KdfProblem.ABOVE_CAP
    with pytest.raises(ValueError):
        check_new_params(KdfParams(8192, 1, 1))
    with pytest.raises(ValueError):
        Vault.create(
            Path("/nonexistent/x.govkit"), name="A", passphrase=PASSPHRASE, kdf=KdfParams(8, 1, 1)
        )


def test_recovery_key_round_trip() -> None:
    for _ in range(50):
        key = recovery_key.generate()
        assert len(key.split("-")) == 14
        raw = recovery_key.parse(key)
        assert raw is not None and len(raw) == 32
        assert recovery_key.format_key(raw) == key


def test_header_round_trip(tmp_path: Path) -> None:
    keyring, _slot = Keyring.new("8a0f3a52-7f0e-4a57-9a8c-61d2ad1ef2bb").with_new_slot(
        "person", "Alice", PASSPHRASE, MIN_KDF
    )
    keyring, _slot = keyring.with_new_slot("recovery", "", recovery_key.generate(), MIN_KDF)
    header = Header(
        vault_id=keyring.vault_id,
        created=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC),
        save_counter=7,
        schema_version=1,
        key_generation=0,
        payload_nonce=b"\1" * 12,
        payload_length=20,
        slots=keyring.slots,
    )
    prefix = encode_prefix(header)
    path = tmp_path / "x.govkit"
    path.write_bytes(prefix + b"\0" * 20)
    with path.open("rb") as f:
        envelope = read_envelope(f, path)
    assert envelope.header == header
    assert envelope.prefix == prefix
    path.write_bytes(prefix + b"\0" * 19)
    with path.open("rb") as f, pytest.raises(VaultDamagedError):
        read_envelope(f, path)


@pytest.mark.skipif(
    importlib.util.find_spec("govkit.domain.models") is None, reason="domain models not there yet"
)
def test_create_with_the_real_schema(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "create_schema", REAL_CREATE_SCHEMA)
    vault, key = Vault.create(vault_path, name="Alice", passphrase=PASSPHRASE, kdf=MIN_KDF)
    vault.close()
    with Vault.open(vault_path, key) as vault:
        assert database.schema_version(vault.conn) == database.CURRENT_SCHEMA_VERSION
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert len(tables) > 1
