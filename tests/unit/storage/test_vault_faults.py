"""The fault suite of docs/vault-format.md: every damaged or hostile file gives the right error."""

from __future__ import annotations

import base64
import copy
import random
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vault_testkit import OTHER_PASSPHRASE, PASSPHRASE, Made, open_items, rewrite, split

from govkit.storage import database
from govkit.storage import vault as vault_module
from govkit.storage.errors import (
    NewerVersionError,
    NotAVaultError,
    VaultDamagedError,
    VaultError,
    VaultNotFoundError,
    VaultUnreadableError,
    WrongPassphraseError,
)
from govkit.storage.vault import Vault, peek
from govkit.storage.vault_format import build_prefix, canonical_json, header_json

MakeVault = Callable[..., Made]
NoKdf = Callable[[], None]


def expect(path: Path, error: type[VaultError], secret: str = PASSPHRASE) -> VaultError:
    with pytest.raises(error) as info:
        Vault.open(path, secret).close()
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    return info.value


def test_wrong_passphrase_is_not_damage(make_vault: MakeVault) -> None:
    made = make_vault()
    error = expect(made.path, WrongPassphraseError, "not the passphrase")
    assert "not correct" in str(error)
    expect(made.path, WrongPassphraseError, "GKRK-" + "-".join(["AAAA"] * 13))
    assert open_items(made.path) == ["first"]


def test_truncation_at_every_header_offset_is_refused_before_the_kdf(
    make_vault: MakeVault, no_kdf: NoKdf
) -> None:
    made = make_vault()
    no_kdf()
    data = made.path.read_bytes()
    parts = split(made.path)
    payload_offsets = random.Random(1).sample(range(parts.prefix_size, len(data)), 25)
    for offset in [*range(parts.prefix_size + 1), *payload_offsets, len(data) - 1]:
        made.path.write_bytes(data[:offset])
        expect(made.path, VaultDamagedError)  # at 0 too: an empty file beside its backups
    for backup in Vault.find_backups(made.path):
        backup.unlink()
    made.path.write_bytes(b"")
    expect(made.path, NotAVaultError)


def test_an_appended_byte_is_damage(make_vault: MakeVault, no_kdf: NoKdf) -> None:
    made = make_vault()
    no_kdf()
    with made.path.open("ab") as f:
        f.write(b"\0")
    error = expect(made.path, VaultDamagedError)
    assert "extra bytes" in str(error)


def test_a_bit_flipped_at_every_header_byte_is_damage_found_before_the_kdf(
    make_vault: MakeVault, no_kdf: NoKdf
) -> None:
    made = make_vault()
    no_kdf()
    data = made.path.read_bytes()
    for offset in range(split(made.path).prefix_size):
        flipped = bytearray(data)
        flipped[offset] ^= 1 << (offset % 8)
        made.path.write_bytes(flipped)
        expect(made.path, VaultDamagedError)


def test_a_bit_flipped_in_the_payload_is_damage(make_vault: MakeVault) -> None:
    made = make_vault()
    data = made.path.read_bytes()
    start = split(made.path).prefix_size
    offsets = [start, len(data) - 1, *random.Random(2).sample(range(start, len(data)), 6)]
    for offset in offsets:
        flipped = bytearray(data)
        flipped[offset] ^= 0x80
        made.path.write_bytes(flipped)
        error = expect(made.path, VaultDamagedError)
        assert "integrity" in str(error)
    made.path.write_bytes(data)
    assert open_items(made.path) == ["first"]


def _slot(header: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in header["slots"] if s["kind"] == kind)


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def _edit_counter(h: dict[str, Any]) -> None:
    h["save_counter"] += 1


def _edit_created(h: dict[str, Any]) -> None:
    h["created"] = "2001-01-01T00:00:00+00:00"


def _edit_schema(h: dict[str, Any]) -> None:
    h["schema_version"] = 0


def _edit_generation(h: dict[str, Any]) -> None:
    h["key_generation"] += 1


def _edit_nonce(h: dict[str, Any]) -> None:
    h["payload"]["nonce"] = _flip_b64(h["payload"]["nonce"])


def _edit_public_key(h: dict[str, Any]) -> None:
    slot = _slot(h, "person")
    slot["public_key"] = _flip_b64(slot["public_key"])


def _edit_wrapped_key(h: dict[str, Any]) -> None:
    wrapped = _slot(h, "person")["wrapped_key"]
    wrapped["ciphertext"] = _flip_b64(wrapped["ciphertext"])


def _edit_profile(h: dict[str, Any]) -> None:
    profile = _slot(h, "recovery")["profile"]
    profile["ciphertext"] = _flip_b64(profile["ciphertext"])


def _edit_slot_order(h: dict[str, Any]) -> None:
    h["slots"].reverse()


def _edit_unknown_key(h: dict[str, Any]) -> None:
    h["comment"] = "harmless?"


# Edits the payload's tag catches once a slot has opened: VaultDamagedError.
PAYLOAD_CATCHES = [
    _edit_counter,
    _edit_created,
    _edit_schema,
    _edit_generation,
    _edit_nonce,
    _edit_public_key,
    _edit_wrapped_key,
    _edit_profile,
    _edit_slot_order,
    _edit_unknown_key,
]


@pytest.mark.parametrize("edit", PAYLOAD_CATCHES, ids=lambda f: f.__name__[6:])
def test_header_edited_with_checksum_recomputed_is_damage(
    make_vault: MakeVault, edit: Callable[[dict[str, Any]], None]
) -> None:
    made = make_vault()
    header = split(made.path).header
    edit(header)
    rewrite(made.path, header)
    expect(made.path, VaultDamagedError)
    expect(made.path, VaultDamagedError, made.recovery_key)


def _edit_vault_id(h: dict[str, Any]) -> None:
    h["vault_id"] = "00000000-0000-4000-8000-000000000000"


def _edit_kinds(h: dict[str, Any]) -> None:
    for slot in h["slots"]:
        slot["kind"] = "recovery" if slot["kind"] == "person" else "person"


def _edit_salt(h: dict[str, Any]) -> None:
    for slot in h["slots"]:
        slot["kdf"]["salt"] = _flip_b64(slot["kdf"]["salt"])


def _edit_kdf_within_range(h: dict[str, Any]) -> None:
    for slot in h["slots"]:
        slot["kdf"]["iterations"] += 1


def _edit_sealed_secret(h: dict[str, Any]) -> None:
    for slot in h["slots"]:
        slot["secret"]["ciphertext"] = _flip_b64(slot["secret"]["ciphertext"])


# Edits of what feeds the passphrase check: without the secret they cannot be told from a wrong
# passphrase (docs/vault-format.md, "Limits"). They must still never open.
SLOT_CATCHES = [
    _edit_vault_id,
    _edit_kinds,
    _edit_salt,
    _edit_kdf_within_range,
    _edit_sealed_secret,
]


@pytest.mark.parametrize("edit", SLOT_CATCHES, ids=lambda f: f.__name__[6:])
def test_slot_edited_with_checksum_recomputed_never_opens(
    make_vault: MakeVault, edit: Callable[[dict[str, Any]], None]
) -> None:
    made = make_vault()
    header = split(made.path).header
    edit(header)
    rewrite(made.path, header)
    expect(made.path, WrongPassphraseError)
    expect(made.path, WrongPassphraseError, made.recovery_key)


@pytest.mark.parametrize(
    ("field", "value"), [("memory_kib", 1024), ("iterations", 1), ("lanes", 0)]
)
def test_kdf_weakened_below_the_floor_is_refused(
    make_vault: MakeVault, no_kdf: NoKdf, field: str, value: int
) -> None:
    made = make_vault()
    no_kdf()
    header = split(made.path).header
    _slot(header, "person")["kdf"][field] = value
    rewrite(made.path, header)
    error = expect(made.path, VaultDamagedError)
    assert "weakened" in str(error)


@pytest.mark.parametrize(
    ("field", "value"), [("memory_kib", 1 << 40), ("iterations", 1 << 30), ("lanes", 255)]
)
def test_absurd_kdf_is_refused_fast(
    make_vault: MakeVault, no_kdf: NoKdf, field: str, value: int
) -> None:
    made = make_vault()
    no_kdf()
    header = split(made.path).header
    _slot(header, "recovery")["kdf"][field] = value
    rewrite(made.path, header)
    started = time.perf_counter()
    expect(made.path, VaultDamagedError)
    assert time.perf_counter() - started < 1.0


def test_a_slot_copied_from_another_vault_does_not_open(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    ours = make_vault()
    theirs = make_vault(tmp_path / "other.govkit", name="Mallory")
    with Vault.open(theirs.path, PASSPHRASE) as other:
        other.change_passphrase(OTHER_PASSPHRASE)
    foreign = _slot(split(theirs.path).header, "person")

    header = split(ours.path).header
    header["slots"].append(foreign)
    rewrite(ours.path, header)
    expect(ours.path, WrongPassphraseError, OTHER_PASSPHRASE)

    header["slots"] = [foreign if s["kind"] == "person" else s for s in header["slots"][:2]]
    rewrite(ours.path, header)
    expect(ours.path, WrongPassphraseError, OTHER_PASSPHRASE)


def test_one_saves_header_on_another_saves_payload_is_damage(make_vault: MakeVault) -> None:
    made = make_vault()
    first = made.path.read_bytes()
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.save()
    second = split(made.path)
    first_parts_size = len(first) - len(second.payload)
    assert first_parts_size == second.prefix_size  # same sizes: only the tag can tell
    made.path.write_bytes(first[:first_parts_size] + second.payload)
    expect(made.path, VaultDamagedError)
    made.path.write_bytes(made.path.read_bytes()[:first_parts_size] + first[first_parts_size:])
    assert open_items(made.path) == ["first"]


def test_unknown_major_version_is_newer(make_vault: MakeVault, no_kdf: NoKdf) -> None:
    made = make_vault()
    no_kdf()
    rewrite(made.path, major=2, minor=3)
    error = expect(made.path, NewerVersionError)
    assert "2.3" in str(error)
    with pytest.raises(NewerVersionError):
        peek(made.path)
    rewrite(made.path, major=0)
    expect(made.path, VaultDamagedError)


def test_a_higher_minor_version_opens(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault()

    def future_prefix(header: Any) -> bytes:
        extended = {**header_json(header), "added_in_1_7": {"anything": [1, 2]}}
        return build_prefix(canonical_json(extended), minor=7)

    with Vault.open(made.path, PASSPHRASE) as vault:
        monkeypatch.setattr(vault_module, "encode_prefix", future_prefix)
        vault.save()
        monkeypatch.undo()
    assert peek(made.path).format_version == "1.7"
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.save()
    assert peek(made.path).format_version == "1.0"


@pytest.mark.parametrize("target", ["header", "payload"])
def test_huge_declared_lengths_are_refused_fast_without_allocating(
    make_vault: MakeVault, no_kdf: NoKdf, target: str
) -> None:
    made = make_vault()
    no_kdf()
    if target == "header":
        data = bytearray(made.path.read_bytes())
        struct.pack_into(">I", data, 12, 0xFFFFFFFF)
        made.path.write_bytes(data)
    else:
        header = split(made.path).header
        header["payload"]["length"] = 1 << 40
        rewrite(made.path, header)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        expect(made.path, VaultDamagedError)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 4 << 20


def test_an_empty_file_is_not_a_vault(vault_path: Path) -> None:
    vault_path.write_bytes(b"")
    expect(vault_path, NotAVaultError)


def test_an_empty_or_overwritten_vault_beside_its_backups_is_damaged(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    made = make_vault()
    for content in (b"", b"<html>sync conflict</html>"):
        made.path.write_bytes(content)
        error = expect(made.path, VaultDamagedError)
        assert isinstance(error, VaultDamagedError)
        assert [p.name for p in error.backups] == ["register.govkit.bak1"]
    # Backups that are not vaults either do not make a random file a damaged vault.
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    (tmp_path / "notes.txt.bak1").write_text("hello, older")
    expect(notes, NotAVaultError)


def test_files_that_are_not_vaults(tmp_path: Path) -> None:
    png = tmp_path / "picture.govkit"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    text = tmp_path / "notes.govkit"
    text.write_text("Dear colleague,\nplease find attached…\n", encoding="utf-8")
    archive = tmp_path / "export.govkit"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "hello")
    short = tmp_path / "short.govkit"
    short.write_bytes(b"GK")
    for path in (png, text, archive, short):
        error = expect(path, NotAVaultError)
        assert path.name in str(error)
        with pytest.raises(NotAVaultError):
            peek(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    expect(tmp_path / "nowhere.govkit", VaultNotFoundError)
    expect(tmp_path / "no-folder" / "x.govkit", VaultNotFoundError)
    folder = tmp_path / "folder.govkit"
    folder.mkdir()
    expect(folder, VaultUnreadableError)


def test_an_authentic_payload_that_is_not_a_database_is_damage(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        monkeypatch.setattr(database, "serialize", lambda _conn: b"not a database" * 500)
        vault.save()
        monkeypatch.undo()
    error = expect(made.path, VaultDamagedError)
    assert isinstance(error, VaultDamagedError)
    assert error.backups  # the previous save is there to fall back on


def test_malformed_header_json_is_damage(make_vault: MakeVault, no_kdf: NoKdf) -> None:
    made = make_vault()
    no_kdf()
    good = split(made.path).header
    nested = b"[" * 100_000 + b"]" * 100_000
    duplicate = canonical_json(good)[:-1] + b',"vault_id":"x"}'
    for header_bytes in (b"{", b"\xff\xfe", b"[]", b"null", nested, duplicate, b'{"a":NaN}'):
        prefix = build_prefix(header_bytes)
        made.path.write_bytes(prefix + split(made.path).payload)
        expect(made.path, VaultDamagedError)
    for key in ("vault_id", "slots", "payload", "save_counter"):
        header = copy.deepcopy(good)
        del header[key]
        rewrite(made.path, header)
        expect(made.path, VaultDamagedError)
    header = copy.deepcopy(good)
    header["save_counter"] = True
    rewrite(made.path, header)
    expect(made.path, VaultDamagedError)
    header = copy.deepcopy(good)
    header["slots"] = [s for s in header["slots"] if s["kind"] == "person"]
    rewrite(made.path, header)
    expect(made.path, VaultDamagedError)


def test_schema_newer_than_the_program_is_refused(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version={database.CURRENT_SCHEMA_VERSION + 1}")
        vault.save()
    error = expect(made.path, NewerVersionError)
    assert "schema" in str(error)
    expect(made.path, NewerVersionError)  # and the lock was released


def test_peek_reads_the_header_without_a_secret(make_vault: MakeVault, no_kdf: NoKdf) -> None:
    made = make_vault()
    no_kdf()
    info = peek(made.path)
    assert info.format_version == "1.0"
    assert info.slot_count == 2
    assert info.save_counter == 2
    assert info.schema_version == database.CURRENT_SCHEMA_VERSION
    assert info.created.tzinfo is not None
    assert info.size == made.path.stat().st_size
