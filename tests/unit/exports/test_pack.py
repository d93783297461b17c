"""Audit packs: what they hold, the vault's signing key, and verification that names changes."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import select

from govkit.domain.models import ChangeEntry, VaultSetting
from govkit.exports import pack as pack_module
from govkit.exports.pack import (
    JSON,
    MANIFEST,
    PDF,
    PUBLIC_KEY,
    README,
    SIGNATURE,
    XLSX,
    fingerprint,
    normalise_fingerprint,
    public_key_pem,
    raw_public_key,
)
from govkit.services import demo
from govkit.services.exports import export_register
from govkit.services.signing import SETTING_KEY, SigningService, verify_pack
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

pytest.importorskip("govkit.exports.xlsx")

PASSPHRASE = "correct horse battery staple"
LISTED = (XLSX, PDF, JSON, README)
ALL = (*LISTED, MANIFEST, SIGNATURE, PUBLIC_KEY)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A pack of a 45-activity demo vault, and the vault's key fingerprint."""
    folder = tmp_path_factory.mktemp("pack")
    ws, _key = Workspace.create(
        folder / "demo.govkit", person_name="Adaeze Okafor", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    try:
        demo.populate_demo(ws, activities=45)
        out = export_register(ws, folder / "audit.zip", format="pack")
        fp = SigningService(ws.ctx).fingerprint()
    finally:
        ws.close()
    assert fp is not None
    return out, fp


@pytest.fixture
def pack(made: tuple[Path, str], tmp_path: Path) -> Path:
    copy = tmp_path / "audit.zip"
    shutil.copyfile(made[0], copy)
    return copy


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _rewrite(path: Path, members: dict[str, bytes]) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _flip(data: bytes, at: int | None = None) -> bytes:
    index = len(data) // 2 if at is None else at
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


# -- what a pack holds ----------------------------------------------------------------------------


def test_pack_holds_the_three_exports_a_readme_and_a_signed_manifest(
    made: tuple[Path, str],
) -> None:
    path, fp = made
    members = _members(path)
    assert set(members) == set(ALL)
    assert members[PDF].startswith(b"%PDF-")
    assert members[XLSX].startswith(b"PK\x03\x04")
    assert json.loads(members[JSON])["format"] == "govkit-register"
    manifest = json.loads(members[MANIFEST])
    assert manifest["format"] == "govkit-audit-pack"
    assert manifest["counts"] == {"controller_activities": 45, "processor_activities": 5}
    assert manifest["vault_id"] and manifest["created_at"] and manifest["govkit_version"]
    assert manifest["signature"]["public_key_fingerprint"] == fp
    listed = {f["name"]: f for f in manifest["files"]}
    assert set(listed) == set(LISTED)
    for name, entry in listed.items():
        assert entry["size"] == len(members[name])
        assert entry["sha256"] == hashlib.sha256(members[name]).hexdigest()
    assert len(members[SIGNATURE]) == 64
    assert fp in members[README].decode("utf-8")


def test_a_fresh_pack_verifies(made: tuple[Path, str]) -> None:
    path, fp = made
    report = verify_pack(path)
    assert report.ok, report.problems
    assert report.readable and report.signature_valid
    assert report.fingerprint == fp and report.fingerprint_matches is None
    assert report.changed == []
    matched = verify_pack(path, expected_fingerprint=fp.replace(" ", ":").upper())
    assert matched.ok and matched.fingerprint_matches is True


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_signature_without_govkit(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    with zipfile.ZipFile(made[0]) as archive:
        archive.extractall(tmp_path)
    result = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(tmp_path / PUBLIC_KEY),
            "-rawin",
            "-in",
            str(tmp_path / MANIFEST),
            "-sigfile",
            str(tmp_path / SIGNATURE),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if "rawin" in result.stderr and result.returncode != 0:
        pytest.skip("this openssl cannot verify Ed25519 with -rawin")
    assert result.returncode == 0, result.stderr


# -- verification names what changed --------------------------------------------------------------


@pytest.mark.parametrize("name", LISTED)
def test_one_byte_changed_in_a_member_is_named(pack: Path, name: str) -> None:
    members = _members(pack)
    members[name] = _flip(members[name])
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok
    assert report.changed == [name]
    assert any(name in p and "SHA-256" in p for p in report.problems), report.problems


@pytest.mark.parametrize("name", LISTED)
def test_a_byte_flipped_inside_the_zip_file_is_named(pack: Path, name: str) -> None:
    with zipfile.ZipFile(pack) as archive:
        info = archive.getinfo(name)
    data = pack.read_bytes()
    header = 30 + len(info.filename.encode()) + len(info.extra)
    start = info.header_offset + header
    pack.write_bytes(_flip(data, start + info.compress_size // 2))
    report = verify_pack(pack)
    assert not report.ok and name in report.changed, report.problems


def test_changed_manifest_is_named(pack: Path) -> None:
    members = _members(pack)
    manifest = json.loads(members[MANIFEST])
    manifest["counts"]["controller_activities"] = 44
    members[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode() + b"\n"
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and not report.signature_valid
    assert MANIFEST in report.changed
    assert any(MANIFEST in p and "signature" in p.lower() for p in report.problems)


def test_one_byte_of_the_manifest_is_enough(pack: Path) -> None:
    members = _members(pack)
    members[MANIFEST] = members[MANIFEST].replace(b'"format_version"', b'"format_versioN"')
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and MANIFEST in report.changed


def test_changed_signature_is_named(pack: Path) -> None:
    members = _members(pack)
    members[SIGNATURE] = _flip(members[SIGNATURE], 5)
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and SIGNATURE in report.changed
    assert any(SIGNATURE in p for p in report.problems)


def test_added_member_is_named(pack: Path) -> None:
    members = _members(pack)
    members["invoice.pdf"] = b"%PDF-1.4 not part of the pack"
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and report.changed == ["invoice.pdf"]
    assert any("invoice.pdf was added" in p for p in report.problems)


@pytest.mark.parametrize("name", ALL)
def test_removed_member_is_named(pack: Path, name: str) -> None:
    members = _members(pack)
    del members[name]
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and name in report.changed
    assert any(f"{name} is missing" in p for p in report.problems)


def test_swapped_public_key_fails_the_signature(pack: Path) -> None:
    members = _members(pack)
    members[PUBLIC_KEY] = public_key_pem(Ed25519PrivateKey.generate().public_key())
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and not report.signature_valid
    assert PUBLIC_KEY in report.changed
    assert any(f"{PUBLIC_KEY} was replaced" in p for p in report.problems)


def test_a_pack_resigned_by_someone_else_fails_only_the_fingerprint(
    pack: Path, made: tuple[Path, str]
) -> None:
    """Everything consistent but signed with another key: only the expected fingerprint,
    given out of band, shows that the pack does not come from the vault."""
    members = _members(pack)
    members[JSON] = members[JSON].replace(b"Lindenhaven", b"Lindenhavem")
    manifest = json.loads(members[MANIFEST])
    other = Ed25519PrivateKey.generate()
    for entry in manifest["files"]:
        entry["sha256"] = hashlib.sha256(members[entry["name"]]).hexdigest()
        entry["size"] = len(members[entry["name"]])
    manifest["signature"]["public_key_fingerprint"] = fingerprint(
        raw_public_key(other.public_key())
    )
    members[MANIFEST] = json.dumps(manifest, indent=2).encode() + b"\n"
    members[SIGNATURE] = other.sign(members[MANIFEST])
    members[PUBLIC_KEY] = public_key_pem(other.public_key())
    _rewrite(pack, members)
    assert verify_pack(pack).ok  # self-consistent …
    report = verify_pack(pack, expected_fingerprint=made[1])
    assert not report.ok and report.fingerprint_matches is False  # … but not from this vault
    assert any("expected key" in p for p in report.problems)


def test_unsafe_names_and_too_many_members_are_refused(pack: Path) -> None:
    members = _members(pack)
    members["../../evil.txt"] = b"x"
    _rewrite(pack, members)
    report = verify_pack(pack)
    assert not report.ok and "../../evil.txt" in report.changed
    members = _members(pack)
    for index in range(pack_module.MAX_MEMBERS):
        members[f"extra{index}.txt"] = b""
    _rewrite(pack, members)
    crowded = verify_pack(pack)
    assert not crowded.ok and "at most" in crowded.problems[0]


def test_oversized_manifest_is_not_read(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack_module, "MAX_MANIFEST_BYTES", 100)
    report = verify_pack(pack)
    assert not report.ok and MANIFEST in report.changed
    assert any("larger than it can be" in p for p in report.problems)


def test_a_damaged_or_missing_file_is_unreadable(tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    report = verify_pack(broken)
    assert not report.readable and not report.ok
    assert not verify_pack(tmp_path / "absent.zip").readable


def test_fingerprints_are_grouped_hex_and_normalised() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    fp = fingerprint(raw_public_key(key))
    groups = fp.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert normalise_fingerprint(fp) == hashlib.sha256(raw_public_key(key)).hexdigest()
    assert normalise_fingerprint("SHA256:" + fp.upper().replace(" ", ":")) == (
        normalise_fingerprint(fp)
    )
    assert normalise_fingerprint("not a fingerprint") == ""


def test_manifest_bytes_are_deterministic(made: tuple[Path, str]) -> None:
    members = _members(made[0])
    manifest = json.loads(members[MANIFEST])
    assert members[MANIFEST] == (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )


# -- the vault's signing key ----------------------------------------------------------------------


@pytest.fixture
def fresh(workspace: Workspace) -> Workspace:
    return workspace


def test_signing_key_is_made_once_kept_in_the_vault_and_recorded(
    fresh: Workspace, passphrase: str
) -> None:
    service = SigningService(fresh.ctx)
    assert service.info() is None and service.fingerprint() is None
    key = service.private_key()
    fp = service.fingerprint()
    assert fp == fingerprint(raw_public_key(key.public_key()))
    assert service.private_key().public_key() == key.public_key()  # not made twice
    with fresh.ctx.transaction() as s:
        row = s.get(VaultSetting, SETTING_KEY)
        entries = list(s.exec(select(ChangeEntry).where(ChangeEntry.entity_type == "signing_key")))
    assert row is not None and json.loads(row.value)["algorithm"] == "Ed25519"
    assert len(entries) == 1 and entries[0].action == "create"
    assert fp in entries[0].changes_json
    assert json.loads(row.value)["private_key"] not in entries[0].changes_json
    info = service.info()
    assert info is not None and info.created_by == "Ada Lovelace"
    path = fresh.path
    fresh.save()
    fresh.close()
    reopened = Workspace.open(path, passphrase)
    try:
        assert SigningService(reopened.ctx).fingerprint() == fp
    finally:
        reopened.close()
    assert json.loads(row.value)["private_key"].encode() not in path.read_bytes()


def test_export_pack_makes_the_key_on_first_use(fresh: Workspace, tmp_path: Path) -> None:
    from govkit.services.exports import prepare_export

    first = prepare_export(fresh, tmp_path / "a.zip", format="pack")
    assert first.created_signing_key and fresh.dirty
    first.run()
    second = prepare_export(fresh, tmp_path / "b.zip", format="pack")
    assert not second.created_signing_key
    second.run()
    assert first.fingerprint == second.fingerprint == SigningService(fresh.ctx).fingerprint()
    for path in (tmp_path / "a.zip", tmp_path / "b.zip"):
        assert verify_pack(path, expected_fingerprint=first.fingerprint).ok
