"""Structured values held inside a register record (stored as JSON in the record's row)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Self

from govkit.domain.enums import RecipientCategory


@dataclass(frozen=True)
class _Part:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def summary(self) -> str:
        return ", ".join(str(v) for v in asdict(self).values() if v)


@dataclass(frozen=True)
class Recipient(_Part):
    """Art. 30(1)(d): a recipient (or category of recipients) and its category."""

    category: str = RecipientCategory.INTERNAL.value
    name: str = ""

    def summary(self) -> str:
        try:
            cat = RecipientCategory(self.category).label
        except ValueError:
            cat = self.category
        return f"{self.name} ({cat})" if self.name else cat


@dataclass(frozen=True)
class Transfer(_Part):
    """Art. 30(1)(e): a transfer to a third country or international organisation."""

    country: str = ""
    recipient: str = ""
    safeguard: str = ""
    documentation: str = ""

    def summary(self) -> str:
        head = self.country + (f" ({self.recipient})" if self.recipient else "")
        return f"{head}: {self.safeguard}" if self.safeguard else head


@dataclass(frozen=True)
class JointController(_Part):
    """Art. 26: another controller determining purposes and means together with the city."""

    name: str = ""
    contact: str = ""
    responsibilities: str = ""

    def summary(self) -> str:
        return self.name + (f" ({self.contact})" if self.contact else "")


@dataclass(frozen=True)
class ControllerParty(_Part):
    """Art. 30(2)(a): a controller the city processes for, with its representative and DPO."""

    name: str = ""
    contact: str = ""
    representative: str = ""
    dpo: str = ""

    def summary(self) -> str:
        return self.name + (f" ({self.contact})" if self.contact else "")


PART_TYPES: dict[str, type[_Part]] = {
    "recipients": Recipient,
    "transfers": Transfer,
    "joint_controllers": JointController,
    "controllers": ControllerParty,
}
