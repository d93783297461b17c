"""Who can open a vault: passphrases, the recovery key, adding and removing people."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from vault_testkit import OTHER_PASSPHRASE, PASSPHRASE, Made, items, open_items, split

from govkit.storage import keyslots, recovery_key
from govkit.storage.errors import (
    LastPersonError,
    OpenedWithRecoveryKeyError,
    PersonNotFoundError,
    RecoverySlotError,
    RemoveSelfError,
    ValidationError,
    VaultExistsError,
    VaultSaveError,
    WrongPassphraseError,
)
from govkit.storage.kdf import MIN_KDF
from govkit.storage.keyring import unlock
from govkit.storage.vault import Vault
from govkit.storage.vault_format import parse_header

MakeVault = Callable[..., Made]
BOB = "bob's own passphrase"


def _data_key(path: Path, secret: str) -> bytes:
    """What someone holding ``secret`` and a copy of the file can compute."""
    header = parse_header(split(path).header_bytes, path)
    return unlock(header.vault_id, header.key_generation, header.slots, secret).data_key


def _can_decrypt(path: Path, data_key: bytes) -> bool:
    parts = split(path)
    header = parse_header(parts.header_bytes, path)
    prefix = path.read_bytes()[: parts.prefix_size]
    try:
        AESGCM(keyslots.payload_key(data_key)).decrypt(header.payload_nonce, parts.payload, prefix)
    except InvalidTag:
        return False
    return True


def test_create_returns_a_recovery_key_that_opens(make_vault: MakeVault) -> None:
    made = make_vault()
    assert re.fullmatch(r"GKRK(-[A-Z2-7]{4}){13}", made.recovery_key)
    assert Vault.is_recovery_key(made.recovery_key)
    with Vault.open(made.path, made.recovery_key) as vault:
        assert vault.opened_with_recovery_key
        assert vault.person.kind == "recovery"
        assert items(vault) == ["first"]


def test_recovery_key_is_read_leniently(make_vault: MakeVault) -> None:
    made = make_vault()
    bare = made.recovery_key.removeprefix("GKRK-")
    variants = [
        made.recovery_key.lower(),
        bare.replace("-", ""),
        " ".join(bare.split("-")),
        "  gkrk " + bare.replace("-", " ").lower() + "\n",
        made.recovery_key.replace("O", "0").replace("I", "1").replace("B", "8"),
    ]
    for variant in variants:
        assert Vault.is_recovery_key(variant)
        assert recovery_key.parse(variant) == recovery_key.parse(made.recovery_key)
    with Vault.open(made.path, variants[3]) as vault:
        assert vault.opened_with_recovery_key
    for not_a_key in ("", PASSPHRASE, bare[:-4], bare + "AAAA", "GKRK-" + "-".join(["!!!!"] * 13)):
        assert not Vault.is_recovery_key(not_a_key)


def test_create_refuses_an_existing_file_and_bad_input(vault_path: Path) -> None:
    vault_path.write_bytes(b"precious")
    with pytest.raises(VaultExistsError):
        Vault.create(vault_path, name="Alice", passphrase=PASSPHRASE, kdf=MIN_KDF)
    assert vault_path.read_bytes() == b"precious"
    other = vault_path.with_name("new.govkit")
    with pytest.raises(ValidationError) as short:
        Vault.create(other, name="Alice", passphrase="short", kdf=MIN_KDF)
    assert "passphrase" in short.value.problems
    with pytest.raises(ValidationError) as blank:
        Vault.create(other, name="   ", passphrase=PASSPHRASE, kdf=MIN_KDF)
    assert "name" in blank.value.problems
    assert not other.exists()
    assert list(vault_path.parent.iterdir()) == [vault_path]


def test_names_are_not_in_the_file(make_vault: MakeVault) -> None:
    made = make_vault(name="Zebulon Quixote")
    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.add_person("Wilhelmina Yarrow", BOB)
        assert [p.name for p in vault.people()] == [
            "Zebulon Quixote",
            "Wilhelmina Yarrow",
            "Recovery key",
        ]
    data = made.path.read_bytes()
    for name in (b"Zebulon", b"Quixote", b"Wilhelmina", b"Yarrow"):
        assert name not in data


def test_add_person_both_open(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        bob = vault.add_person("Bob", BOB)
        assert bob.kind == "person"
        assert bob.created.tzinfo is not None
        with pytest.raises(ValidationError):
            vault.add_person(" bob ", OTHER_PASSPHRASE)  # same name
        assert len(vault.people()) == 3
    with Vault.open(made.path, BOB) as vault:
        assert vault.person == bob
        assert not vault.opened_with_recovery_key
        assert items(vault) == ["first"]
    assert open_items(made.path, PASSPHRASE) == ["first"]


def test_remove_person_locks_them_out_of_later_saves(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        bob = vault.add_person("Bob", BOB)
    bobs_old_key = _data_key(made.path, BOB)  # Bob keeps a copy of the file and his key

    with Vault.open(made.path, PASSPHRASE) as vault:
        vault.remove_person(bob.slot_id)
        assert [p.name for p in vault.people()] == ["Alice", "Recovery key"]
        vault.conn.execute("INSERT INTO item (text) VALUES ('after Bob left')")
        vault.save()

    with pytest.raises(WrongPassphraseError):
        Vault.open(made.path, BOB)
    assert not _can_decrypt(made.path, bobs_old_key)
    assert open_items(made.path, PASSPHRASE) == ["first", "after Bob left"]
    assert open_items(made.path, made.recovery_key) == ["first", "after Bob left"]


def test_remove_refusals(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        alice = vault.person
        recovery = vault.people()[-1]
        with pytest.raises(RecoverySlotError):
            vault.remove_person(recovery.slot_id)
        with pytest.raises(RemoveSelfError):
            vault.remove_person(alice.slot_id)
        with pytest.raises(PersonNotFoundError):
            vault.remove_person("0" * 32)
    with Vault.open(made.path, made.recovery_key) as vault:
        with pytest.raises(LastPersonError):
            vault.remove_person(alice.slot_id)
        bob = vault.add_person("Bob", BOB)
        vault.remove_person(alice.slot_id)
        assert [p.slot_id for p in vault.people()] == [bob.slot_id, recovery.slot_id]
    assert open_items(made.path, BOB) == ["first"]


def test_change_passphrase(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, PASSPHRASE) as vault:
        bob = vault.add_person("Bob", BOB)
    old_key = _data_key(made.path, PASSPHRASE)
    with Vault.open(made.path, PASSPHRASE) as vault:
        me = vault.person
        with pytest.raises(ValidationError):
            vault.change_passphrase("short")
        vault.change_passphrase(OTHER_PASSPHRASE)
        assert vault.person == me  # same slot, same person
    with pytest.raises(WrongPassphraseError):
        Vault.open(made.path, PASSPHRASE)
    assert not _can_decrypt(made.path, old_key)  # an old copy + old passphrase opens nothing new
    with Vault.open(made.path, OTHER_PASSPHRASE) as vault:
        assert vault.person.slot_id == me.slot_id
    with Vault.open(made.path, BOB) as vault:
        assert vault.person == bob
    assert open_items(made.path, made.recovery_key) == ["first"]


def test_recovery_key_opens_and_resets_a_passphrase(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, made.recovery_key) as vault:
        alice = next(p for p in vault.people() if p.kind == "person")
        with pytest.raises(OpenedWithRecoveryKeyError):
            vault.change_passphrase(OTHER_PASSPHRASE)
        with pytest.raises(RecoverySlotError):
            vault.reset_passphrase(vault.person.slot_id, OTHER_PASSPHRASE)
        vault.reset_passphrase(alice.slot_id, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        Vault.open(made.path, PASSPHRASE)
    with Vault.open(made.path, OTHER_PASSPHRASE) as vault:
        assert vault.person.name == "Alice"
    assert open_items(made.path, made.recovery_key) == ["first"]


def test_new_recovery_key_replaces_the_old(make_vault: MakeVault) -> None:
    made = make_vault()
    with Vault.open(made.path, made.recovery_key) as vault:
        new_key = vault.new_recovery_key()
        assert vault.opened_with_recovery_key
        assert vault.person.slot_id == vault.people()[-1].slot_id
    assert new_key != made.recovery_key
    with pytest.raises(WrongPassphraseError):
        Vault.open(made.path, made.recovery_key)
    assert open_items(made.path, new_key) == ["first"]
    with Vault.open(made.path, PASSPHRASE) as vault:
        newest = vault.new_recovery_key()
    assert open_items(made.path, newest) == ["first"]
    assert open_items(made.path, PASSPHRASE) == ["first"]


def test_a_failed_key_change_changes_nothing(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault()
    before = made.path.read_bytes()
    with Vault.open(made.path, PASSPHRASE) as vault:
        people = vault.people()
        counter = vault.save_counter

        def refuse(*_args: object) -> None:
            raise OSError(5, "Input/output error")

        monkeypatch.setattr("os.replace", refuse)
        with pytest.raises(VaultSaveError):
            vault.add_person("Bob", BOB)
        with pytest.raises(VaultSaveError):
            vault.change_passphrase(OTHER_PASSPHRASE)
        monkeypatch.undo()
        assert vault.people() == people
        assert vault.save_counter == counter
        vault.save()  # the keyring in use is still the one in the file
    assert made.path.read_bytes() != before
    assert open_items(made.path, PASSPHRASE) == ["first"]
    with pytest.raises(WrongPassphraseError):
        Vault.open(made.path, BOB)
