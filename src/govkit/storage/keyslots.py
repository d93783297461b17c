"""The cryptography of key slots.

A random 256-bit *data key* protects the payload. Each slot owns an X25519 key pair:

- its private key (and the person's display name) is sealed with AES-GCM under a key derived by
  Argon2id from the slot's secret (passphrase or recovery key). The associated data binds the
  vault id, slot id, kind, KDF parameters and salt, so a slot copied from another vault, or with
  its kind or parameters edited, does not open;
- the data key is sealed *to its public key* (ephemeral X25519, HKDF-SHA256 bound to vault id,
  slot id and data-key generation, then AES-GCM). So the data key can be replaced and re-sealed
  to every slot without knowing anyone's passphrase: that is how removing a person locks them out
  of every later save;
- its profile (display name, created) is sealed under a key derived from the data key, so whoever
  unlocks the vault can list everyone, while the file shows no names.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from govkit.storage.kdf import KEY_SIZE, SALT_SIZE, KdfParams, derive_key
from govkit.storage.vault_format import (
    NONCE_SIZE,
    Sealed,
    SlotKind,
    SlotRecord,
    WrappedKey,
    canonical_json,
)

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


class SlotLockedError(Exception):
    """This secret does not open this slot (or the slot was edited; indistinguishable)."""


class SlotTamperedError(Exception):
    """The slot opened with the secret but what it protects does not match: tampering."""


@dataclass(frozen=True)
class Profile:
    name: str
    created: datetime


@dataclass(frozen=True)
class SlotSecret:
    """What a slot's secret yields."""

    private_key: X25519PrivateKey
    name: str


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_SIZE)


def new_slot_id() -> str:
    return secrets.token_hex(16)


def _seal(key: bytes, plaintext: bytes, associated: bytes) -> Sealed:
    nonce = os.urandom(NONCE_SIZE)
    return Sealed(nonce=nonce, ciphertext=AESGCM(key).encrypt(nonce, plaintext, associated))


def _hkdf(key_material: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=info).derive(
        key_material
    )


def _public_bytes(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def _secret_ad(vault_id: str, slot_id: str, kind: SlotKind, kdf: KdfParams, salt: bytes) -> bytes:
    return canonical_json(
        {
            "purpose": "govkit slot secret v1",
            "vault_id": vault_id,
            "slot_id": slot_id,
            "kind": kind,
            "kdf": [kdf.memory_kib, kdf.iterations, kdf.lanes],
            "salt": salt.hex(),
        }
    )


def _wrap_info(vault_id: str, slot_id: str, generation: int) -> bytes:
    return canonical_json(
        {
            "purpose": "govkit data key v1",
            "vault_id": vault_id,
            "slot_id": slot_id,
            "generation": generation,
        }
    )


def _profile_ad(vault_id: str, slot_id: str, kind: SlotKind, generation: int) -> bytes:
    return canonical_json(
        {
            "purpose": "govkit profile v1",
            "vault_id": vault_id,
            "slot_id": slot_id,
            "kind": kind,
            "generation": generation,
        }
    )


def payload_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, None, b"govkit payload key v1")


def _profile_key(data_key: bytes) -> bytes:
    return _hkdf(data_key, None, b"govkit profile key v1")


@dataclass(frozen=True)
class NewSlotSecret:
    salt: bytes
    public_key: bytes
    secret: Sealed


def seal_slot_secret(
    vault_id: str, slot_id: str, kind: SlotKind, kdf: KdfParams, secret: bytes, name: str
) -> NewSlotSecret:
    """A fresh key pair and salt for a slot, sealed under ``secret``. Runs the KDF once."""
    salt = os.urandom(SALT_SIZE)
    private_key = X25519PrivateKey.generate()
    plaintext = canonical_json(
        {
            "x25519": private_key.private_bytes(
                _RAW, _RAW_PRIVATE, serialization.NoEncryption()
            ).hex(),
            "name": name,
        }
    )
    key = derive_key(secret, salt, kdf)
    return NewSlotSecret(
        salt=salt,
        public_key=_public_bytes(private_key),
        secret=_seal(key, plaintext, _secret_ad(vault_id, slot_id, kind, kdf, salt)),
    )


def open_slot_secret(vault_id: str, slot: SlotRecord, secret: bytes) -> SlotSecret:
    """Runs the KDF once; SlotLockedError when ``secret`` is not this slot's."""
    key = derive_key(secret, slot.salt, slot.kdf)
    ad = _secret_ad(vault_id, slot.slot_id, slot.kind, slot.kdf, slot.salt)
    try:
        plaintext = AESGCM(key).decrypt(slot.secret.nonce, slot.secret.ciphertext, ad)
    except InvalidTag:
        raise SlotLockedError from None
    try:
        obj = json.loads(plaintext)
        private_key = X25519PrivateKey.from_private_bytes(bytes.fromhex(obj["x25519"]))
        name = obj["name"]
        if not isinstance(name, str):
            raise TypeError("name")
    except (ValueError, TypeError, KeyError) as exc:
        raise SlotTamperedError("slot secret unreadable") from exc
    if _public_bytes(private_key) != slot.public_key:
        raise SlotTamperedError("public key does not match the private key")
    return SlotSecret(private_key=private_key, name=name)


def wrap_data_key(
    vault_id: str, slot_id: str, public_key: bytes, generation: int, data_key: bytes
) -> WrappedKey:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_bytes(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    info = _wrap_info(vault_id, slot_id, generation)
    kek = _hkdf(shared, ephemeral_public + public_key, info)
    sealed = _seal(kek, data_key, info)
    return WrappedKey(
        ephemeral_public_key=ephemeral_public, nonce=sealed.nonce, ciphertext=sealed.ciphertext
    )


def unwrap_data_key(
    vault_id: str, slot: SlotRecord, private_key: X25519PrivateKey, generation: int
) -> bytes:
    wrapped = slot.wrapped_key
    info = _wrap_info(vault_id, slot.slot_id, generation)
    try:
        shared = private_key.exchange(
            X25519PublicKey.from_public_bytes(wrapped.ephemeral_public_key)
        )
        kek = _hkdf(shared, wrapped.ephemeral_public_key + slot.public_key, info)
        data_key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, info)
    except (InvalidTag, ValueError) as exc:  # ValueError: a low-order (all-zero) shared point
        raise SlotTamperedError("the data key does not unwrap") from exc
    if len(data_key) != KEY_SIZE:
        raise SlotTamperedError("bad data key size")
    return data_key


def seal_profile(
    vault_id: str, slot_id: str, kind: SlotKind, generation: int, data_key: bytes, profile: Profile
) -> Sealed:
    plaintext = canonical_json({"name": profile.name, "created": profile.created.isoformat()})
    return _seal(
        _profile_key(data_key), plaintext, _profile_ad(vault_id, slot_id, kind, generation)
    )


def open_profile(vault_id: str, slot: SlotRecord, generation: int, data_key: bytes) -> Profile:
    ad = _profile_ad(vault_id, slot.slot_id, slot.kind, generation)
    try:
        plaintext = AESGCM(_profile_key(data_key)).decrypt(
            slot.profile.nonce, slot.profile.ciphertext, ad
        )
        obj = json.loads(plaintext)
        created = datetime.fromisoformat(obj["created"])
        name = obj["name"]
        if not isinstance(name, str) or created.tzinfo is None:
            raise TypeError("profile")
    except (InvalidTag, ValueError, TypeError, KeyError) as exc:
        raise SlotTamperedError("profile unreadable") from exc
    return Profile(name=name, created=created)
