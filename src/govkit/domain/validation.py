"""Rules a record must meet before it is saved; each problem names its field."""

from __future__ import annotations

from datetime import date
from typing import cast

from govkit.domain.ai_enums import AiPhase, AiRiskTier, AnnexIIIArea, DutyKey, DutyStatus
from govkit.domain.models import AiSystem, ControllerActivity, ProcessorActivity
from govkit.i18n import _

MAX_TEXT = 20_000
MAX_NAME = 300


def _validate_common(record: ControllerActivity | ProcessorActivity | AiSystem) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not record.name.strip():
        problems["name"] = _("A name is required.")
    elif len(record.name) > MAX_NAME:
        problems["name"] = _("The name is too long (at most {n} characters).").format(n=MAX_NAME)
    if not record.department.strip():
        problems["department"] = _("The owning department is required.")
    if len(record.reference) > 100:
        problems["reference"] = _("The reference is too long (at most 100 characters).")
    if record.next_review is not None and not (
        date(2000, 1, 1) <= record.next_review <= date(2200, 1, 1)
    ):
        problems["next_review"] = _("The review date is not plausible.")
    for name, value in record.__dict__.items():
        if isinstance(value, str) and len(value) > MAX_TEXT and name not in problems:
            problems[name] = _("This text is too long (at most {n} characters).").format(n=MAX_TEXT)
    return problems


def validate_record(record: ControllerActivity | ProcessorActivity) -> dict[str, str]:
    problems = _validate_common(record)
    for t in record.transfers:
        if not t.country.strip():
            problems["transfers"] = _("Every transfer needs a country or organisation.")
            break
    if record.transfers and record.no_transfers:
        problems["no_transfers"] = _(
            "Transfers are listed, so “no transfers outside the EU/EEA” cannot be ticked."
        )
    if hasattr(record, "no_recipients"):  # a controller activity (or a draft of one)
        record = cast(ControllerActivity, record)
        if record.recipients and record.no_recipients:
            problems["no_recipients"] = _(
                "Recipients are listed, so “no recipients” cannot be ticked."
            )
        if record.art9_conditions and not record.special_categories:
            problems["art9_conditions"] = _(
                "An Art. 9 condition is only needed when special categories are processed."
            )
    return problems


def validate_ai_system(record: AiSystem) -> dict[str, str]:
    """The rules of an AI system record (works on stand-ins with the model's attributes)."""
    problems = _validate_common(record)
    if record.phase not in {p.value for p in AiPhase}:
        problems["phase"] = _("“{value}” is not a phase.").format(value=record.phase)
    if record.risk_tier not in {t.value for t in AiRiskTier}:
        problems["risk_tier"] = _("“{value}” is not a risk tier.").format(value=record.risk_tier)
    if record.annex_area and record.annex_area not in {a.value for a in AnnexIIIArea}:
        problems["annex_area"] = _("“{value}” is not an area of Annex III.").format(
            value=record.annex_area
        )
    elif record.annex_area and record.risk_tier != AiRiskTier.HIGH_RISK:
        problems["annex_area"] = _("An Annex III area is only given for a high-risk system.")
    for duty in record.duties:
        if duty.key not in {k.value for k in DutyKey}:
            problems["duties"] = _("“{value}” is not a deployer duty.").format(value=duty.key)
            break
        if duty.status not in {s.value for s in DutyStatus}:
            problems["duties"] = _("“{value}” is not a duty status.").format(value=duty.status)
            break
    for link in record.processing_activities:
        if link.subject_type not in ("controller_activity", "processor_activity"):
            problems["processing_activities"] = _(
                "A linked activity must be a processing activity of the register."
            )
            break
        if not link.subject_id:
            problems["processing_activities"] = _("Every linked activity needs its id.")
            break
    for model in record.models:
        if not (model.name.strip() or model.type.strip()):
            problems["models"] = _("Every model needs a name or a type.")
            break
    if record.website.strip() and not _is_web_address(record.website):
        problems["website"] = _("The website must be an address starting with https://.")
    for entry in record.register_entries:
        if entry.url.strip() and not _is_web_address(entry.url):
            problems["register_entries"] = _("A register entry's address must start with https://.")
            break
    return problems


def _is_web_address(text: str) -> bool:
    text = text.strip().casefold()
    return (
        text.startswith(("https://", "http://"))
        and len(text) > len("https://")
        and (" " not in text)
    )
