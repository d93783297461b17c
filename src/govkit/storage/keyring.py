"""The unlocked key material of a vault: data key, its generation, the slots and who they are.

A ``Keyring`` is immutable: each change returns a new one, so a change is applied to the vault
only once the file holding it has been saved.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime

from govkit.storage import keyslots, recovery_key
from govkit.storage.kdf import KdfParams, check_new_params, passphrase_bytes
from govkit.storage.keyslots import Profile, SlotLockedError, SlotTamperedError
from govkit.storage.vault_format import SlotKind, SlotRecord


class WrongSecretError(Exception):
    """No slot opens with the secret."""


@dataclass(frozen=True)
class Unlocked:
    slot_id: str
    kind: SlotKind
    name: str
    data_key: bytes


def secret_bytes(secret: str, kind: SlotKind) -> bytes:
    if kind == "recovery":
        key = recovery_key.parse(secret)
        if key is None:
            raise ValueError("not a recovery key")
        return key
    return passphrase_bytes(secret)


def unlock(vault_id: str, generation: int, slots: tuple[SlotRecord, ...], secret: str) -> Unlocked:
    """Find the slot that ``secret`` opens and unwrap the data key.

    One KDF per slot tried. A recovery-key-shaped secret tries the recovery slot first, then the
    person slots anyway (someone may have chosen such a string as a passphrase).
    Raises WrongSecretError, or SlotTamperedError when a slot opens but does not hold together.
    """
    candidates: list[tuple[SlotRecord, bytes]] = []
    recovery = recovery_key.parse(secret)
    if recovery is not None:
        candidates += [(s, recovery) for s in slots if s.kind == "recovery"]
    candidates += [(s, passphrase_bytes(secret)) for s in slots if s.kind == "person"]
    for slot, key in candidates:
        try:
            opened = keyslots.open_slot_secret(vault_id, slot, key)
        except SlotLockedError:
            continue
        data_key = keyslots.unwrap_data_key(vault_id, slot, opened.private_key, generation)
        return Unlocked(slot.slot_id, slot.kind, opened.name, data_key)
    raise WrongSecretError


@dataclass(frozen=True)
class Keyring:
    vault_id: str
    data_key: bytes
    generation: int
    slots: tuple[SlotRecord, ...]
    profiles: dict[str, Profile]

    @classmethod
    def new(cls, vault_id: str) -> Keyring:
        return cls(vault_id, keyslots.new_data_key(), 0, (), {})

    @classmethod
    def opened(
        cls, vault_id: str, generation: int, slots: tuple[SlotRecord, ...], data_key: bytes
    ) -> Keyring:
        """After the payload authenticated the header; raises SlotTamperedError."""
        profiles = {
            s.slot_id: keyslots.open_profile(vault_id, s, generation, data_key) for s in slots
        }
        return cls(vault_id, data_key, generation, slots, profiles)

    def slot(self, slot_id: str) -> SlotRecord | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def _sealed_slot(
        self,
        slot_id: str,
        kind: SlotKind,
        kdf: KdfParams,
        secret: str,
        profile: Profile,
    ) -> SlotRecord:
        check_new_params(kdf)
        new = keyslots.seal_slot_secret(
            self.vault_id, slot_id, kind, kdf, secret_bytes(secret, kind), profile.name
        )
        return SlotRecord(
            slot_id=slot_id,
            kind=kind,
            kdf=kdf,
            salt=new.salt,
            public_key=new.public_key,
            secret=new.secret,
            wrapped_key=keyslots.wrap_data_key(
                self.vault_id, slot_id, new.public_key, self.generation, self.data_key
            ),
            profile=keyslots.seal_profile(
                self.vault_id, slot_id, kind, self.generation, self.data_key, profile
            ),
        )

    def with_new_slot(
        self, kind: SlotKind, name: str, secret: str, kdf: KdfParams
    ) -> tuple[Keyring, str]:
        """Add a slot (no new data key needed); returns the keyring and the new slot id."""
        slot_id = keyslots.new_slot_id()
        profile = Profile(name=name, created=datetime.now(UTC))
        slot = self._sealed_slot(slot_id, kind, kdf, secret, profile)
        return (
            dataclasses.replace(
                self, slots=(*self.slots, slot), profiles={**self.profiles, slot_id: profile}
            ),
            slot_id,
        )

    def without_slot(self, slot_id: str) -> Keyring:
        profiles = {k: v for k, v in self.profiles.items() if k != slot_id}
        slots = tuple(s for s in self.slots if s.slot_id != slot_id)
        return dataclasses.replace(self, slots=slots, profiles=profiles).rotated()

    def with_secret_replaced(self, slot_id: str, secret: str) -> Keyring:
        """A new key pair and secret for one slot, then a new data key.

        Both are needed: whoever knew the old secret and kept a copy of the file knows the old
        private key and the old data key, and must open no later save.
        """
        old = self.slot(slot_id)
        if old is None:
            raise KeyError(slot_id)
        slot = self._sealed_slot(slot_id, old.kind, old.kdf, secret, self.profiles[slot_id])
        slots = tuple(slot if s.slot_id == slot_id else s for s in self.slots)
        return dataclasses.replace(self, slots=slots).rotated()

    def rotated(self) -> Keyring:
        """A new data key, sealed to every slot's public key (no passphrase needed)."""
        data_key = keyslots.new_data_key()
        generation = self.generation + 1
        slots = tuple(
            dataclasses.replace(
                s,
                wrapped_key=keyslots.wrap_data_key(
                    self.vault_id, s.slot_id, s.public_key, generation, data_key
                ),
                profile=keyslots.seal_profile(
                    self.vault_id, s.slot_id, s.kind, generation, data_key, self.profiles[s.slot_id]
                ),
            )
            for s in self.slots
        )
        return dataclasses.replace(self, data_key=data_key, generation=generation, slots=slots)


__all__ = ["Keyring", "SlotTamperedError", "Unlocked", "WrongSecretError", "unlock"]
