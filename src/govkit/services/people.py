"""Who may open the vault: one key slot per person, plus the recovery key."""

from __future__ import annotations

import builtins

from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import ValidationError
from govkit.storage.vault import Person, Vault

ENTITY = "person"
MIN_PASSPHRASE = 10


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            {
                "passphrase": _(
                    "A passphrase needs at least {n} characters. Several unrelated words are "
                    "easy to remember and hard to guess."
                ).format(n=MIN_PASSPHRASE)
            }
        )


class PeopleService:
    """Key changes are written to the vault file at once (each one saves)."""

    def __init__(self, ctx: ServiceContext, vault: Vault) -> None:
        self.ctx = ctx
        self.vault = vault

    def list(self) -> list[Person]:
        return [p for p in self.vault.people() if p.kind == "person"]

    @property
    def current(self) -> Person:
        return self.vault.person

    def add(self, name: str, passphrase: str) -> Person:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": _("A display name is required.")})
        if any(p.name.casefold() == name.casefold() for p in self.list()):
            raise ValidationError(
                {
                    "name": _("Someone called “{name}” can already open this vault.").format(
                        name=name
                    )
                }
            )
        check_new_passphrase(passphrase)
        self._note("create", name, [audit_chain.FieldChange("name", None, name)])
        return self.vault.add_person(name, passphrase)

    def remove(self, slot_id: str) -> None:
        person = next((p for p in self.list() if p.slot_id == slot_id), None)
        if person is None:
            raise ValidationError({"person": _("This person is not in the vault.")})
        if slot_id == self.current.slot_id:
            raise ValidationError(
                {"person": _("You cannot remove yourself while you have the vault open.")}
            )
        self._note("delete", person.name, [audit_chain.FieldChange("name", person.name, None)])
        self.vault.remove_person(slot_id)

    def change_own_passphrase(self, new_passphrase: str) -> None:
        check_new_passphrase(new_passphrase)
        self._note(
            "update",
            self.current.name,
            [audit_chain.FieldChange("passphrase", "•••", "••• (changed)")],
        )
        self.vault.change_passphrase(new_passphrase)

    def reset_passphrase(self, slot_id: str, new_passphrase: str) -> None:
        check_new_passphrase(new_passphrase)
        person = next((p for p in self.list() if p.slot_id == slot_id), None)
        if person is None:
            raise ValidationError({"person": _("This person is not in the vault.")})
        self._note(
            "update", person.name, [audit_chain.FieldChange("passphrase", "•••", "••• (reset)")]
        )
        self.vault.reset_passphrase(slot_id, new_passphrase)

    def new_recovery_key(self) -> str:
        self._note(
            "update",
            _("Recovery key"),
            [audit_chain.FieldChange("recovery_key", "•••", "••• (replaced)")],
        )
        return self.vault.new_recovery_key()

    def _note(
        self, action: str, label: str, changes: builtins.list[audit_chain.FieldChange]
    ) -> None:
        # The history entry is committed first; the vault operation then saves it with the key
        # change, so the file never holds a key change without its history entry.
        with self.ctx.transaction() as s:
            self.ctx.record(
                s,
                entity_type=ENTITY,
                entity_id=label,
                entity_label=label,
                action=action,
                changes=changes,
            )
