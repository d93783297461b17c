"""The byte layout of a ``.govkit`` file, read and written without any secret.

    offset  size  field
    0       8     magic  b"\\x89GOVKIT\\n"
    8       2     format major (big-endian u16)
    10      2     format minor (big-endian u16)
    12      4     header length H (big-endian u32, at most MAX_HEADER_LENGTH)
    16      H     header: UTF-8 JSON (see ``Header``)
    16+H    32    SHA-256 of bytes [0, 16+H)
    48+H    P     payload: AES-256-GCM ciphertext + 16-byte tag, P = header.payload_length

Bytes [0, 48+H) are the *prefix*; it is the payload's associated data, so once a key opens the
payload, every header byte is known to be exactly as written. The checksum only catches accidents
(truncation, bit rot) early and cheaply: anyone can recompute it. The envelope (magic, the two
version fields, the length, the checksum) keeps this shape in every major version, so a newer file
is recognised as newer rather than damaged. Every check here runs before any key derivation.
See docs/vault-format.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal, NoReturn

from govkit.i18n import _
from govkit.storage.errors import NewerVersionError, NotAVaultError, VaultDamagedError
from govkit.storage.kdf import SALT_SIZE, KdfParams, KdfProblem, kdf_problem

MAGIC = b"\x89GOVKIT\n"
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
_FIXED = struct.Struct(">8sHHI")
FIXED_SIZE = _FIXED.size  # 16
CHECKSUM_SIZE = 32
MAX_HEADER_LENGTH = 1 << 20
NONCE_SIZE = 12
TAG_SIZE = 16
PUBLIC_KEY_SIZE = 32
MAX_SLOTS = 64
MAX_SEALED_SIZE = 4096
MAX_PAYLOAD_LENGTH = 1 << 40
CIPHER = "aes-256-gcm"
KDF_ALGORITHM = "argon2id"

SlotKind = Literal["person", "recovery"]
SLOT_KINDS: tuple[SlotKind, ...] = ("person", "recovery")
_SLOT_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Sealed:
    """AES-GCM output: a random nonce and ciphertext + tag."""

    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class WrappedKey:
    """The data key sealed to a slot's X25519 public key (ECIES-style)."""

    ephemeral_public_key: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class SlotRecord:
    """One key slot as stored in the header; nothing in it is readable without a secret."""

    slot_id: str
    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    secret: Sealed  # X25519 private key + display name, under the Argon2id key
    wrapped_key: WrappedKey  # the data key, to ``public_key``
    profile: Sealed  # display name + created, under the data key (so everyone can list people)


@dataclass(frozen=True)
class Header:
    vault_id: str
    created: datetime
    save_counter: int
    schema_version: int
    key_generation: int
    payload_nonce: bytes
    payload_length: int
    slots: tuple[SlotRecord, ...]


@dataclass(frozen=True)
class Envelope:
    major: int
    minor: int
    header: Header
    prefix: bytes  # magic … checksum: the payload's associated data
    file_size: int

    @property
    def format_version(self) -> str:
        return f"{self.major}.{self.minor}"


# -- writing ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _sealed_json(sealed: Sealed) -> dict[str, Any]:
    return {"nonce": _b64(sealed.nonce), "ciphertext": _b64(sealed.ciphertext)}


def slot_json(slot: SlotRecord) -> dict[str, Any]:
    return {
        "id": slot.slot_id,
        "kind": slot.kind,
        "kdf": {
            "algorithm": KDF_ALGORITHM,
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
            "salt": _b64(slot.salt),
        },
        "public_key": _b64(slot.public_key),
        "secret": _sealed_json(slot.secret),
        "wrapped_key": {
            "ephemeral_public_key": _b64(slot.wrapped_key.ephemeral_public_key),
            "nonce": _b64(slot.wrapped_key.nonce),
            "ciphertext": _b64(slot.wrapped_key.ciphertext),
        },
        "profile": _sealed_json(slot.profile),
    }


def header_json(header: Header) -> dict[str, Any]:
    return {
        "vault_id": header.vault_id,
        "created": header.created.isoformat(),
        "save_counter": header.save_counter,
        "schema_version": header.schema_version,
        "key_generation": header.key_generation,
        "payload": {
            "cipher": CIPHER,
            "nonce": _b64(header.payload_nonce),
            "length": header.payload_length,
        },
        "slots": [slot_json(s) for s in header.slots],
    }


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode(
        "ascii"
    )


def encode_prefix(header: Header, *, major: int = FORMAT_MAJOR, minor: int = FORMAT_MINOR) -> bytes:
    return build_prefix(canonical_json(header_json(header)), major=major, minor=minor)


def build_prefix(
    header_bytes: bytes, *, major: int = FORMAT_MAJOR, minor: int = FORMAT_MINOR
) -> bytes:
    """Magic, versions, length, the header as given, and its checksum (tests build odd ones)."""
    head = _FIXED.pack(MAGIC, major, minor, len(header_bytes)) + header_bytes
    return head + hashlib.sha256(head).digest()


# -- reading ---------------------------------------------------------------------------------


def _damaged(path: Path, detail: str) -> NoReturn:
    raise VaultDamagedError(path, detail)


def _malformed(path: Path) -> NoReturn:
    _damaged(path, _("its header is malformed."))


def read_envelope(f: BinaryIO, path: Path) -> Envelope:
    """Read and check everything before the payload; leaves ``f`` at the payload.

    Raises NotAVaultError, VaultDamagedError or NewerVersionError. Allocates at most
    MAX_HEADER_LENGTH bytes whatever the file declares.
    """
    size = os.fstat(f.fileno()).st_size
    fixed = f.read(FIXED_SIZE)
    magic = fixed[: len(MAGIC)]
    if magic != MAGIC:
        if not fixed:
            raise NotAVaultError(path)
        if len(magic) < len(MAGIC) and MAGIC.startswith(magic):
            _damaged(path, _("the file is truncated."))
        if len(magic) == len(MAGIC) and sum(a != b for a, b in zip(magic, MAGIC, strict=True)) == 1:
            # One wrong byte among eight is bit rot in a vault, not some other kind of file.
            _damaged(path, _("its file signature is corrupted."))
        raise NotAVaultError(path)
    if len(fixed) < FIXED_SIZE:
        _damaged(path, _("the file is truncated."))
    _magic, major, minor, header_length = _FIXED.unpack(fixed)
    if header_length > MAX_HEADER_LENGTH:
        _damaged(path, _("its header declares an impossible size."))
    if FIXED_SIZE + header_length + CHECKSUM_SIZE > size:
        _damaged(path, _("the file is truncated."))
    header_bytes = f.read(header_length)
    checksum = f.read(CHECKSUM_SIZE)
    if len(header_bytes) != header_length or len(checksum) != CHECKSUM_SIZE:
        _damaged(path, _("the file is truncated."))
    if hashlib.sha256(fixed + header_bytes).digest() != checksum:
        _damaged(path, _("its header checksum does not match."))
    if major != FORMAT_MAJOR:
        if major > FORMAT_MAJOR:
            raise NewerVersionError(path, f"{major}.{minor}")
        _damaged(path, _("its format version is unknown."))
    header = parse_header(header_bytes, path)
    prefix_size = FIXED_SIZE + header_length + CHECKSUM_SIZE
    remaining = size - prefix_size
    if header.payload_length > remaining:
        _damaged(path, _("the file is truncated."))
    if header.payload_length < remaining:
        _damaged(path, _("the file has unexpected extra bytes at its end."))
    return Envelope(
        major=major,
        minor=minor,
        header=header,
        prefix=fixed + header_bytes + checksum,
        file_size=size,
    )


def read_payload(f: BinaryIO, envelope: Envelope, path: Path) -> bytes:
    payload = f.read(envelope.header.payload_length)
    if len(payload) != envelope.header.payload_length or f.read(1):
        _damaged(path, _("the file changed while it was being read."))
    return payload


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"non-standard JSON constant {name}")


def parse_header(data: bytes, path: Path) -> Header:
    """Strictly check the header JSON. Unknown keys are ignored (later minor versions)."""
    try:
        raw = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
        )
        header = _header_from_json(raw)
    except (ValueError, TypeError, KeyError, RecursionError, binascii.Error):
        _malformed(path)
    _check_slots(header.slots, path)
    return header


def _check_slots(slots: tuple[SlotRecord, ...], path: Path) -> None:
    if not slots or len(slots) > MAX_SLOTS:
        _malformed(path)
    if len({s.slot_id for s in slots}) != len(slots):
        _malformed(path)
    kinds = [s.kind for s in slots]
    if kinds.count("recovery") != 1 or "person" not in kinds:
        _malformed(path)
    for slot in slots:
        problem = kdf_problem(slot.kdf)
        if problem is KdfProblem.BELOW_FLOOR:
            _damaged(
                path,
                _(
                    "a key slot's protection was weakened below govkit's minimum "
                    "(possible tampering)."
                ),
            )
        if problem is KdfProblem.ABOVE_CAP:
            _damaged(path, _("a key slot asks for an impossible amount of work."))


def _obj(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("object expected")
    return value


def _str(value: Any, pattern: Callable[[str], bool] | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not pattern(value)):
        raise ValueError("bad string")
    return value


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError("bad integer")
    return value


def _bytes(value: Any, low: int, high: int | None = None) -> bytes:
    data = base64.b64decode(_str(value), validate=True)
    if not low <= len(data) <= (low if high is None else high):
        raise ValueError("bad length")
    return data


def _uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _time(value: Any) -> datetime:
    moment = datetime.fromisoformat(_str(value))
    if moment.tzinfo is None:
        raise ValueError("naive time")
    return moment


def _sealed(value: Any, low: int, high: int) -> Sealed:
    obj = _obj(value)
    return Sealed(
        nonce=_bytes(obj["nonce"], NONCE_SIZE), ciphertext=_bytes(obj["ciphertext"], low, high)
    )


def _slot_from_json(value: Any) -> SlotRecord:
    obj = _obj(value)
    kind = _str(obj["kind"])
    if kind not in SLOT_KINDS:
        raise ValueError("bad slot kind")
    kdf = _obj(obj["kdf"])
    if kdf["algorithm"] != KDF_ALGORITHM:
        raise ValueError("unknown KDF")
    wrapped = _obj(obj["wrapped_key"])
    return SlotRecord(
        slot_id=_str(obj["id"], lambda v: _SLOT_ID.fullmatch(v) is not None),
        kind="person" if kind == "person" else "recovery",
        kdf=KdfParams(
            memory_kib=_int(kdf["memory_kib"], 0, 1 << 62),
            iterations=_int(kdf["iterations"], 0, 1 << 62),
            lanes=_int(kdf["lanes"], 0, 1 << 62),
        ),
        salt=_bytes(kdf["salt"], SALT_SIZE),
        public_key=_bytes(obj["public_key"], PUBLIC_KEY_SIZE),
        secret=_sealed(obj["secret"], TAG_SIZE, MAX_SEALED_SIZE),
        wrapped_key=WrappedKey(
            ephemeral_public_key=_bytes(wrapped["ephemeral_public_key"], PUBLIC_KEY_SIZE),
            nonce=_bytes(wrapped["nonce"], NONCE_SIZE),
            ciphertext=_bytes(wrapped["ciphertext"], 32 + TAG_SIZE),
        ),
        profile=_sealed(obj["profile"], TAG_SIZE, MAX_SEALED_SIZE),
    )


def _header_from_json(value: Any) -> Header:
    obj = _obj(value)
    payload = _obj(obj["payload"])
    if payload["cipher"] != CIPHER:
        raise ValueError("unknown cipher")
    slots = obj["slots"]
    if not isinstance(slots, list) or len(slots) > MAX_SLOTS:
        raise ValueError("bad slot list")
    return Header(
        vault_id=_str(obj["vault_id"], _uuid),
        created=_time(obj["created"]),
        save_counter=_int(obj["save_counter"], 0, (1 << 63) - 1),
        schema_version=_int(obj["schema_version"], 0, (1 << 31) - 1),
        key_generation=_int(obj["key_generation"], 0, (1 << 63) - 1),
        payload_nonce=_bytes(payload["nonce"], NONCE_SIZE),
        payload_length=_int(payload["length"], TAG_SIZE, MAX_PAYLOAD_LENGTH),
        slots=tuple(_slot_from_json(s) for s in slots),
    )
