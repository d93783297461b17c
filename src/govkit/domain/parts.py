"""Structured values held inside a register record (stored as JSON in the record's row)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Self

from govkit.domain.ai_enums import AiModelType
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


@dataclass(frozen=True)
class AiModel(_Part):
    """One model an AI system is built on (an ``AiModelType`` value, provider, version)."""

    name: str = ""
    type: str = ""
    provider: str = ""
    version: str = ""

    def summary(self) -> str:
        try:
            kind = AiModelType(self.type).label
        except ValueError:
            kind = self.type
        head = self.name or kind
        parts = (kind if self.name else "", self.provider, self.version)
        details = ", ".join(v for v in parts if v)
        return f"{head} ({details})" if details else head


@dataclass(frozen=True)
class AiDataset(_Part):
    """Data an AI system was developed with or reads in use (``use``: a DatasetUse value)."""

    use: str = "operational"
    description: str = ""
    personal_data: bool = False
    sources: str = ""
    special_categories: str = ""  # Art. 9 / Art. 10 GDPR data, if any, in words

    def summary(self) -> str:
        return self.description or self.sources


@dataclass(frozen=True)
class ActivityLink(_Part):
    """A processing activity of the register an AI system relies on."""

    subject_type: str = "controller_activity"  # or "processor_activity"
    subject_id: str = ""
    note: str = ""

    def summary(self) -> str:
        return self.note or self.subject_id


@dataclass(frozen=True)
class RegisterEntry(_Part):
    """The system's entry in another register (``register``: a RegisterKind value)."""

    register: str = "other"
    identifier: str = ""
    url: str = ""

    def summary(self) -> str:
        return ", ".join(v for v in (self.identifier, self.url) if v) or self.register


@dataclass(frozen=True)
class AiDuty(_Part):
    """Where the deployer stands on one duty (``key``: a DutyKey value; ``status``: a
    DutyStatus value). The duty's text comes from ``ai_rules.DUTIES``."""

    key: str = ""
    status: str = "todo"
    owner: str = ""
    evidence: str = ""

    def summary(self) -> str:
        return f"{self.key}: {self.status}"


@dataclass(frozen=True)
class ClassificationRecord(_Part):
    """One AI Act classification of a system, kept when a newer one replaces it."""

    tier: str = "not_classified"
    annex_area: str = ""
    reasoning: str = ""
    assessment_id: str = ""
    at: str = ""  # ISO 8601 UTC
    by: str = ""

    def summary(self) -> str:
        return f"{self.tier} ({self.at[:10]})" if self.at else self.tier


PART_TYPES: dict[str, type[_Part]] = {
    "recipients": Recipient,
    "transfers": Transfer,
    "joint_controllers": JointController,
    "controllers": ControllerParty,
    "models": AiModel,
    "datasets": AiDataset,
    "processing_activities": ActivityLink,
    "register_entries": RegisterEntry,
    "duties": AiDuty,
    "classification_history": ClassificationRecord,
}
