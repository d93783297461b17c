"""Audit packs: the register as Excel, PDF and JSON in one zip, with a signed manifest.

A pack holds::

    register.xlsx     the register, every field (layout "full")
    register.pdf      the report to read and file
    register.json     everything, for machines (docs/export-schema.json)
    README.txt        what the pack is and how to check it
    manifest.json     each file's name, size and SHA-256; vault id, counts, creation time
    manifest.sig      Ed25519 signature of the exact bytes of manifest.json (64 bytes)
    public_key.pem    the vault's public key that made the signature

The key is the vault's own (``services/signing.py`` keeps it inside the encrypted vault); its
fingerprint, the SHA-256 of the raw public key, is shown in the application, so a recipient can
check that a pack comes from the vault they expect (``govkit verify PACK --fingerprint FP``).

``verify_pack`` checks a pack without trusting it: the zip's names and sizes first (no paths
leaving the pack, bounded member count and sizes, reading streamed and capped, nothing
extracted), then the signature, then every member's size and hash against the manifest, and
that no member is missing or was added. Its report names what changed.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from govkit import __version__
from govkit.exports.json_export import scope_json, write_register_json
from govkit.exports.pdf import write_register_pdf
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _

PACK_FORMAT = "govkit-audit-pack"
PACK_VERSION = "1.0"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PUBLIC_KEY = "public_key.pem"
XLSX = "register.xlsx"
PDF = "register.pdf"
JSON = "register.json"
README = "README.txt"
PACK_FILES = (MANIFEST, SIGNATURE, PUBLIC_KEY)  # the files that describe the others

# Limits for reading a pack nobody vouches for yet.
MAX_MEMBERS = 32
MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_KEY_BYTES = 4096
MAX_MEMBER_BYTES = 4 << 30
MAX_TOTAL_BYTES = 8 << 30
_CHUNK = 1 << 20

XlsxWriter = Callable[[RegisterSnapshot, Path, Progress], None]

_MEDIA_TYPES = {
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    PDF: "application/pdf",
    JSON: "application/json",
    README: "text/plain; charset=utf-8",
}


# -- keys and fingerprints -------------------------------------------------------------------------


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_raw: bytes) -> str:
    """The SHA-256 of the raw 32-byte public key as 16 groups of 4 hex digits."""
    digest = hashlib.sha256(public_raw).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, colons, dashes, upper case, a ``SHA256:`` prefix) reduced
    to 64 lower-case hex digits, or "" if it is not one."""
    value = text.strip().lower().removeprefix("sha256:").removeprefix("sha-256:")
    value = re.sub(r"[\s:\-]", "", value)
    return value if re.fullmatch(r"[0-9a-f]{64}", value) else ""


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# -- writing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackResult:
    fingerprint: str
    files: tuple[str, ...]
    pdf_pages: int


def _sub_progress(parent: Progress, start: int, end: int) -> Progress:
    """A Progress reporting into ``start``..``end`` percent of ``parent`` (same Cancel)."""

    def report(done: int, total: int, message: str) -> None:
        if parent.report is not None:
            share = done / total if total else 1.0
            parent.report(start + round((end - start) * share), 100, message)

    return Progress(report=report, _event=parent._event)


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _readme(snapshot: RegisterSnapshot, key_fingerprint: str) -> str:
    lines = [
        _("govkit audit pack"),
        "=" * 17,
        "",
        _("Register of processing activities (GDPR Art. 30) of: {org}").format(
            org=snapshot.organisation.name or _("(organisation not named)")
        ),
        _("Exported {time} by {person} from the vault {vault}.").format(
            time=snapshot.exported_at.isoformat(),
            person=snapshot.exported_by,
            vault=snapshot.vault_id,
        ),
        "",
        _("Contents:"),
        *(
            f"  {name:<15}{text}"
            for name, text in (
                (XLSX, _("the register as an Excel workbook, every field")),
                (PDF, _("the register as a report to read and file")),
                (JSON, _("everything, machine-readable (JSON, schema version 1.0)")),
                (README, _("this file")),
                (MANIFEST, _("each file's size and SHA-256, the vault id, counts and time")),
                (SIGNATURE, _("Ed25519 signature of the exact bytes of manifest.json")),
                (PUBLIC_KEY, _("the vault's public key that made the signature")),
            )
        ),
        "",
        _("Signing key fingerprint (SHA-256 of the raw public key):"),
        f"  {key_fingerprint}",
        _(
            "Compare it with the fingerprint the organisation gave you separately (govkit shows "
            "it for the vault)."
        ),
        "",
        _("To check the pack with govkit:"),
        f'  govkit verify PACK.zip --fingerprint "{key_fingerprint}"',
        _("Without govkit (OpenSSL 3 and coreutils), in the unzipped folder:"),
        "  openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin "
        "-in manifest.json -sigfile manifest.sig",
        "  sha256sum register.xlsx register.pdf register.json README.txt",
        _("and compare the sums with those in manifest.json."),
        "",
    ]
    return "\n".join(lines)


def build_manifest(
    snapshot: RegisterSnapshot,
    files: Iterable[tuple[str, str, int]],
    public_raw: bytes,
    created_at: datetime,
) -> bytes:
    """The manifest's exact bytes (UTF-8 JSON, two-space indent, fixed key order)."""
    manifest = {
        "format": PACK_FORMAT,
        "format_version": PACK_VERSION,
        "created_at": created_at.isoformat(),
        "govkit_version": __version__,
        "vault_id": snapshot.vault_id,
        "organisation": snapshot.organisation.name,
        "exported_at": snapshot.exported_at.isoformat(),
        "exported_by": snapshot.exported_by,
        "scope": scope_json(snapshot.scope),
        "counts": {
            "controller_activities": len(snapshot.controller_activities),
            "processor_activities": len(snapshot.processor_activities),
        },
        "signature": {
            "algorithm": "Ed25519",
            "signed_file": MANIFEST,
            "signature_file": SIGNATURE,
            "public_key_file": PUBLIC_KEY,
            "public_key_fingerprint": fingerprint(public_raw),
        },
        "files": [
            {
                "name": name,
                "size": size,
                "sha256": digest,
                "media_type": _MEDIA_TYPES.get(name, "application/octet-stream"),
            }
            for name, digest, size in files
        ],
    }
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_audit_pack(
    snapshot: RegisterSnapshot,
    out: Path,
    *,
    signing_key: Ed25519PrivateKey,
    write_xlsx: XlsxWriter,
    progress: Progress | None = None,
    created_at: datetime | None = None,
) -> PackResult:
    """Write the pack of ``snapshot`` to ``out`` (a new file's path).

    The members are made in a hidden staging folder beside ``out`` (removed afterwards, also on
    error or ``Cancelled``), hashed, listed in the manifest, which is signed, then zipped.
    """
    progress = progress or Progress()
    created = created_at or snapshot.exported_at
    public_raw = raw_public_key(signing_key.public_key())
    key_fingerprint = fingerprint(public_raw)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        progress.step(0, 100, _("Writing the Excel workbook"))
        write_xlsx(snapshot, staging / XLSX, _sub_progress(progress, 0, 35))
        progress.step(35, 100, _("Writing the PDF report"))
        pdf = write_register_pdf(snapshot, staging / PDF, progress=_sub_progress(progress, 35, 85))
        progress.step(85, 100, _("Writing the JSON export"))
        write_register_json(snapshot, staging / JSON, progress=_sub_progress(progress, 85, 93))
        (staging / README).write_bytes(_readme(snapshot, key_fingerprint).encode("utf-8"))
        progress.step(93, 100, _("Signing the manifest"))
        members = (XLSX, PDF, JSON, README)
        listed = [(name, *_hash_file(staging / name)) for name in members]
        manifest = build_manifest(snapshot, listed, public_raw, created)
        signature = signing_key.sign(manifest)
        stamp = created.astimezone().timetuple()[:6]
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in members:
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with (staging / name).open("rb") as src, archive.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
                progress.step(95, 100, _("Writing the zip file"))
            for name, data in (
                (MANIFEST, manifest),
                (SIGNATURE, signature),
                (PUBLIC_KEY, public_key_pem(signing_key.public_key())),
            ):
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        progress.step(100, 100, _("Done"))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PackResult(key_fingerprint, (*members, *PACK_FILES), pdf.pages)


# -- verifying -----------------------------------------------------------------------------------


@dataclass
class PackReport:
    """What ``verify_pack`` found. ``ok`` when there are no problems."""

    path: Path
    checks: list[str] = field(default_factory=list)  # what passed, to read
    problems: list[str] = field(default_factory=list)  # what failed, each naming the file
    changed: list[str] = field(default_factory=list)  # names of altered/added/missing files
    fingerprint: str | None = None  # of the enclosed public key
    expected_fingerprint: str | None = None
    fingerprint_matches: bool | None = None  # None when no fingerprint was expected
    signature_valid: bool = False
    manifest: dict[str, Any] | None = None
    readable: bool = True  # False: not found, or not a zip file at all (nothing was checked)

    @property
    def ok(self) -> bool:
        return not self.problems

    def _problem(self, text: str, *names: str) -> None:
        self.problems.append(text)
        for name in names:
            if name not in self.changed:
                self.changed.append(name)


class _TooLarge(Exception):
    pass


def _unsafe_name(name: str) -> bool:
    """A member name that could leave the folder it is extracted to, or is not a plain file."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    parts = name.split("/")
    return any(part in ("", ".", "..") for part in parts)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """The member's bytes, refusing more than ``limit`` whatever its header claims."""
    if info.file_size > limit:
        raise _TooLarge()
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge()
    return data


def _hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _TooLarge()
            digest.update(chunk)
    return digest.hexdigest(), size


def verify_pack(path: Path, *, expected_fingerprint: str | None = None) -> PackReport:
    """Check the audit pack at ``path``; never raises for a bad pack (the report says why)."""
    report = PackReport(path)
    if expected_fingerprint is not None:
        report.expected_fingerprint = expected_fingerprint
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        report.readable = False
        report._problem(_("“{name}” was not found.").format(name=path.name))
        return report
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        report.readable = False
        report._problem(
            _(
                "“{name}” is not a readable zip file ({reason}): it is damaged, or not an audit "
                "pack."
            ).format(name=path.name, reason=exc)
        )
        return report
    with archive:
        _verify_archive(archive, report)
    return report


def _verify_archive(archive: zipfile.ZipFile, report: PackReport) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        report._problem(
            _("The pack holds {n} files; an audit pack holds at most {max}.").format(
                n=len(infos), max=MAX_MEMBERS
            )
        )
        return
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if _unsafe_name(info.filename):
            report._problem(
                _("“{name}” is not a safe file name for a pack member (it was added).").format(
                    name=info.filename
                ),
                info.filename,
            )
            continue
        if info.is_dir():
            report._problem(
                _("“{name}” is a folder; a pack holds only files (it was added).").format(
                    name=info.filename
                ),
                info.filename,
            )
            continue
        if info.filename in members:
            report._problem(
                _("“{name}” appears twice in the pack (one copy was added).").format(
                    name=info.filename
                ),
                info.filename,
            )
            continue
        members[info.filename] = info
    declared_total = sum(i.file_size for i in members.values())
    if declared_total > MAX_TOTAL_BYTES:
        report._problem(_("The pack's files are larger than an audit pack can be."))
        return

    def read(name: str, limit: int) -> bytes | None:
        info = members.get(name)
        if info is None:
            report._problem(_("{name} is missing from the pack.").format(name=name), name)
            return None
        try:
            return _read_member(archive, info, limit)
        except _TooLarge:
            report._problem(
                _("{name} is larger than it can be in an audit pack (altered).").format(name=name),
                name,
            )
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            report._problem(_damaged(name, exc), name)
        return None

    manifest_bytes = read(MANIFEST, MAX_MANIFEST_BYTES)
    signature = read(SIGNATURE, MAX_SIGNATURE_BYTES)
    key_pem = read(PUBLIC_KEY, MAX_KEY_BYTES)

    public_key: Ed25519PublicKey | None = None
    if key_pem is not None:
        try:
            loaded = serialization.load_pem_public_key(key_pem)
        except (ValueError, TypeError):
            loaded = None
        if isinstance(loaded, Ed25519PublicKey):
            public_key = loaded
            report.fingerprint = fingerprint(raw_public_key(loaded))
        else:
            report._problem(
                _("{name} is not an Ed25519 public key (altered).").format(name=PUBLIC_KEY),
                PUBLIC_KEY,
            )

    manifest: dict[str, Any] | None = None
    if manifest_bytes is not None:
        try:
            parsed = json.loads(manifest_bytes.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            parsed = None
        if isinstance(parsed, dict) and parsed.get("format") == PACK_FORMAT:
            manifest = parsed
            report.manifest = parsed
        else:
            report._problem(
                _("{name} is not a govkit pack manifest (altered or damaged).").format(
                    name=MANIFEST
                ),
                MANIFEST,
            )

    if public_key is not None and manifest_bytes is not None and signature is not None:
        named = _named_fingerprint(manifest)
        if (
            named
            and report.fingerprint
            and normalise_fingerprint(named) != (normalise_fingerprint(report.fingerprint))
        ):
            report._problem(
                _(
                    "{key} was replaced: its fingerprint is {actual}, but {manifest} names the "
                    "key {named}."
                ).format(key=PUBLIC_KEY, actual=report.fingerprint, manifest=MANIFEST, named=named),
                PUBLIC_KEY,
            )
        try:
            public_key.verify(signature, manifest_bytes)
        except InvalidSignature:
            report._problem(
                _(
                    "The signature does not match: {manifest} or {signature} was altered "
                    "(or {key} replaced) after the pack was made."
                ).format(manifest=MANIFEST, signature=SIGNATURE, key=PUBLIC_KEY),
                MANIFEST,
                SIGNATURE,
            )
        else:
            report.signature_valid = True
            report.checks.append(
                _("Signature: {manifest} is signed by the key {fp} ({key}).").format(
                    manifest=MANIFEST, fp=report.fingerprint, key=PUBLIC_KEY
                )
            )

    if manifest is not None:
        report.checks.append(
            _("Manifest: vault {vault}, made {time} with govkit {version}.").format(
                vault=manifest.get("vault_id", "?"),
                time=manifest.get("created_at", "?"),
                version=manifest.get("govkit_version", "?"),
            )
        )
        _check_members(archive, members, manifest, report)

    if report.expected_fingerprint is not None and report.fingerprint is not None:
        wanted = normalise_fingerprint(report.expected_fingerprint)
        report.fingerprint_matches = wanted == normalise_fingerprint(report.fingerprint)
        if report.fingerprint_matches:
            report.checks.append(_("Key: the fingerprint is the one expected."))
        else:
            report._problem(
                _(
                    "The pack was signed with the key {actual}, not with the expected key "
                    "{expected}: it does not come from the vault you expect."
                ).format(actual=report.fingerprint, expected=report.expected_fingerprint)
            )


def _named_fingerprint(manifest: dict[str, Any] | None) -> str:
    if manifest is None:
        return ""
    signature = manifest.get("signature")
    if isinstance(signature, dict):
        value = signature.get("public_key_fingerprint")
        if isinstance(value, str):
            return value
    return ""


def _damaged(name: str, exc: BaseException) -> str:
    return _(
        "{name} is damaged or was altered: the zip file's own checksum does not match ({reason})."
    ).format(name=name, reason=str(exc) or type(exc).__name__)


def _check_members(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest: dict[str, Any],
    report: PackReport,
) -> None:
    files = manifest.get("files")
    if not isinstance(files, list):
        report._problem(_("{name} lists no files (altered).").format(name=MANIFEST), MANIFEST)
        return
    listed: set[str] = set()
    intact = 0
    for entry in files:
        if not isinstance(entry, dict):
            report._problem(_("{name} has a malformed entry.").format(name=MANIFEST), MANIFEST)
            continue
        name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not (isinstance(name, str) and isinstance(size, int) and isinstance(digest, str)):
            report._problem(_("{name} has a malformed entry.").format(name=MANIFEST), MANIFEST)
            continue
        listed.add(name)
        info = members.get(name)
        if info is None:
            report._problem(_("{name} is missing from the pack.").format(name=name), name)
            continue
        if info.file_size != size:
            report._problem(
                _("{name} was altered: it has {actual} bytes, the manifest says {size}.").format(
                    name=name, actual=info.file_size, size=size
                ),
                name,
            )
            continue
        try:
            actual, actual_size = _hash_member(archive, info, min(size, MAX_MEMBER_BYTES))
        except _TooLarge:
            report._problem(
                _("{name} was altered: it is larger than the manifest says.").format(name=name),
                name,
            )
            continue
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            report._problem(_damaged(name, exc), name)
            continue
        if actual_size != size or actual != digest.lower():
            report._problem(
                _("{name} was altered: its SHA-256 does not match the manifest.").format(name=name),
                name,
            )
            continue
        intact += 1
    for name in members:
        if name not in listed and name not in PACK_FILES:
            report._problem(
                _("{name} was added: it is not listed in the manifest.").format(name=name), name
            )
    if intact and intact == len(files):
        report.checks.append(
            _("Files: all {n} files match their size and SHA-256 in the manifest.").format(n=intact)
        )
