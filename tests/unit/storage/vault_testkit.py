"""Helpers for the vault tests: open and read, cut a file at its fields, rewrite it."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govkit.storage.vault import Vault
from govkit.storage.vault_format import CHECKSUM_SIZE, FIXED_SIZE, build_prefix, canonical_json

PASSPHRASE = "correct horse battery"
OTHER_PASSPHRASE = "another good passphrase"


@dataclass
class Made:
    path: Path
    recovery_key: str


def items(vault: Vault) -> list[str]:
    return [row[0] for row in vault.conn.execute("SELECT text FROM item ORDER BY id")]


def open_items(path: Path, secret: str = PASSPHRASE) -> list[str]:
    with Vault.open(path, secret) as vault:
        return items(vault)


@dataclass
class Parts:
    """A vault file cut at its field boundaries."""

    major: int
    minor: int
    header_bytes: bytes
    checksum: bytes
    payload: bytes

    @property
    def header(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.header_bytes)
        return result

    @property
    def prefix_size(self) -> int:
        return FIXED_SIZE + len(self.header_bytes) + CHECKSUM_SIZE


def split(path: Path) -> Parts:
    data = path.read_bytes()
    _magic, major, minor, length = struct.unpack(">8sHHI", data[:FIXED_SIZE])
    end = FIXED_SIZE + length
    return Parts(
        major=major,
        minor=minor,
        header_bytes=data[FIXED_SIZE:end],
        checksum=data[end : end + CHECKSUM_SIZE],
        payload=data[end + CHECKSUM_SIZE :],
    )


def rewrite(
    path: Path,
    header: dict[str, Any] | None = None,
    *,
    major: int | None = None,
    minor: int | None = None,
    payload: bytes | None = None,
) -> None:
    """Write the file back with an edited header and a *recomputed* checksum."""
    parts = split(path)
    header_bytes = parts.header_bytes if header is None else canonical_json(header)
    prefix = build_prefix(
        header_bytes,
        major=parts.major if major is None else major,
        minor=parts.minor if minor is None else minor,
    )
    path.write_bytes(prefix + (parts.payload if payload is None else payload))
