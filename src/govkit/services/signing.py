"""The vault's signing key: an Ed25519 key that signs the manifests of its audit packs.

The key is made the first time a pack is exported and kept inside the vault database, as a
``vault_setting`` row; the vault file is encrypted, so the private key never reaches the disk
in the clear and travels with the vault (everyone who can open the vault can sign as it). Its
creation is recorded in the change history. The public key goes into every pack, and its
fingerprint (the SHA-256 of the 32-byte raw public key, in groups of four hex digits) is what
the application shows and what a recipient compares (``govkit verify PACK --fingerprint``).

``verify_pack`` and ``PackReport`` (from ``exports/pack.py``, Qt-free and vault-free) are
re-exported here for the CLI and the GUI.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govkit.domain.models import VaultSetting, utcnow
from govkit.exports.pack import (
    PackReport,
    fingerprint,
    normalise_fingerprint,
    raw_public_key,
    verify_pack,
)
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.services.workspace import Workspace
from govkit.storage import audit_chain

SETTING_KEY = "signing_key"
ENTITY = "signing_key"
ALGORITHM = "Ed25519"


@dataclass(frozen=True)
class SigningKeyInfo:
    """The public side of the vault's key, for the About / People dialog."""

    fingerprint: str
    created_at: datetime
    created_by: str


class SigningService:
    """The vault's Ed25519 key. Use on the thread that owns the database."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _load(self) -> tuple[Ed25519PrivateKey, dict[str, str]] | None:
        with self.ctx.transaction() as s:
            row = s.get(VaultSetting, SETTING_KEY)
            if row is None:
                return None
            data = json.loads(row.value)
        if data.get("algorithm") != ALGORITHM:
            raise ValueError(f"unknown signing key algorithm {data.get('algorithm')!r}")
        key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["private_key"]))
        return key, data

    def has_key(self) -> bool:
        return self._load() is not None

    def info(self) -> SigningKeyInfo | None:
        """The key's fingerprint and when and by whom it was made; None before the first pack
        (this never creates the key)."""
        loaded = self._load()
        if loaded is None:
            return None
        key, data = loaded
        return SigningKeyInfo(
            fingerprint=fingerprint(raw_public_key(key.public_key())),
            created_at=datetime.fromisoformat(data["created_at"]),
            created_by=data.get("created_by", ""),
        )

    def fingerprint(self) -> str | None:
        """The public key's fingerprint (grouped hex), or None while the vault has no key."""
        info = self.info()
        return info.fingerprint if info else None

    def private_key(self) -> Ed25519PrivateKey:
        """The vault's key, made (and recorded in the change history) on first use. Making it
        changes the vault: the caller saves (the GUI autosaves)."""
        loaded = self._load()
        if loaded is not None:
            return loaded[0]
        key = Ed25519PrivateKey.generate()
        public_raw = raw_public_key(key.public_key())
        private_raw = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        now = utcnow()
        value = {
            "algorithm": ALGORITHM,
            "private_key": base64.b64encode(private_raw).decode("ascii"),
            "public_key": base64.b64encode(public_raw).decode("ascii"),
            "created_at": now.isoformat(),
            "created_by": self.ctx.actor.name,
        }
        printed = fingerprint(public_raw)
        with self.ctx.transaction() as s:
            if s.get(VaultSetting, SETTING_KEY) is not None:  # made meanwhile: keep that one
                raise RuntimeError("signing key created twice")
            s.add(VaultSetting(key=SETTING_KEY, value=json.dumps(value)))
            self.ctx.record(
                s,
                entity_type=ENTITY,
                entity_id=normalise_fingerprint(printed),
                entity_label=_("Signing key for audit packs"),
                action="create",
                changes=[
                    audit_chain.FieldChange("algorithm", None, ALGORITHM),
                    audit_chain.FieldChange("fingerprint", None, printed),
                ],
            )
        return key


def signing_service(ws: Workspace) -> SigningService:
    return SigningService(ws.ctx)


def fingerprint_of(ws: Workspace) -> str | None:
    """The fingerprint of the vault's signing key, or None before its first audit pack."""
    return SigningService(ws.ctx).fingerprint()


__all__ = [
    "PackReport",
    "SigningKeyInfo",
    "SigningService",
    "fingerprint_of",
    "normalise_fingerprint",
    "signing_service",
    "verify_pack",
]
