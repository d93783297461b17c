"""Which Art. 30 items a record still lacks.

Completeness is advice, not a rule: a draft may be incomplete. Validation (validation.py) is the
rule set that blocks saving.
"""

from __future__ import annotations

from dataclasses import dataclass

from govkit.domain.models import AiSystem, ControllerActivity, ProcessorActivity
from govkit.i18n import N_, _


@dataclass(frozen=True)
class Completeness:
    missing: tuple[str, ...]  # translated labels of the missing items
    total: int

    @property
    def done(self) -> int:
        return self.total - len(self.missing)

    @property
    def ratio(self) -> float:
        return self.done / self.total if self.total else 1.0

    @property
    def percent(self) -> int:
        return round(self.ratio * 100)

    @property
    def complete(self) -> bool:
        return not self.missing


def controller_completeness(a: ControllerActivity) -> Completeness:
    checks: list[tuple[str, bool]] = [
        (N_("Name"), bool(a.name.strip())),
        (N_("Owning department"), bool(a.department.strip())),
        (N_("Department contact"), bool(a.contact.strip())),
        (N_("Purposes"), bool(a.purposes)),
        (N_("Legal basis"), bool(a.legal_bases)),
        (N_("Categories of data subjects"), bool(a.data_subject_categories)),
        (N_("Categories of personal data"), bool(a.data_categories or a.special_categories)),
        (N_("Recipients (or “no recipients”)"), bool(a.recipients) or a.no_recipients),
        (N_("Transfers (or “no transfers”)"), bool(a.transfers) or a.no_transfers),
        (N_("Retention periods"), bool(a.retention.strip())),
        (N_("Security measures"), bool(a.security_measures)),
    ]
    if a.special_categories:
        checks.append((N_("Art. 9 condition for special categories"), bool(a.art9_conditions)))
    if a.criminal_data:
        checks.append((N_("Art. 10 authority for criminal data"), bool(a.art10_basis.strip())))
    if a.transfers:
        checks.append(
            (N_("Safeguard for every transfer"), all(t.safeguard.strip() for t in a.transfers))
        )
    if a.automated_decision:
        checks.append(
            (N_("Details of the automated decision"), bool(a.automated_decision_details.strip()))
        )
    missing = tuple(_(label) for label, ok in checks if not ok)
    return Completeness(missing, len(checks))


def processor_completeness(p: ProcessorActivity) -> Completeness:
    checks: list[tuple[str, bool]] = [
        (N_("Name"), bool(p.name.strip())),
        (N_("Owning department"), bool(p.department.strip())),
        (N_("Controllers served"), bool(p.controllers)),
        (N_("Categories of processing"), bool(p.processing_categories)),
        (N_("Transfers (or “no transfers”)"), bool(p.transfers) or p.no_transfers),
        (N_("Security measures"), bool(p.security_measures)),
    ]
    if p.transfers:
        checks.append(
            (N_("Safeguard for every transfer"), all(t.safeguard.strip() for t in p.transfers))
        )
    missing = tuple(_(label) for label, ok in checks if not ok)
    return Completeness(missing, len(checks))


def ai_system_completeness(a: AiSystem) -> Completeness:
    """What an AI system's record still lacks for a transparency record (ATRS) and for the AI
    Act deployer's duties to be worked out. Works on any object with the model's attributes
    (the register table passes light stand-ins whose lists are only non-empty or empty)."""
    checks: list[tuple[str, bool]] = [
        (N_("Name"), bool(a.name.strip())),
        (N_("Owning department"), bool(a.department.strip())),
        (N_("Description in plain language"), bool(a.description.strip())),
        (N_("Purpose"), bool(a.purpose.strip())),
        (N_("Contact"), bool(a.contact.strip())),
        (N_("Senior responsible owner"), bool(a.senior_responsible_owner.strip())),
        (N_("How it fits the decision process"), bool(a.decision_process.strip())),
        (N_("Human review and override"), bool(a.human_review.strip())),
        (N_("How people can appeal or object"), bool(a.appeal.strip())),
        (N_("System inputs"), bool(a.inputs.strip())),
        (N_("System outputs"), bool(a.outputs.strip())),
        (N_("Models"), bool(a.models)),
        (N_("Development and operational data"), bool(a.datasets)),
        (N_("EU AI Act classification"), a.risk_tier != "not_classified"),
    ]
    if a.supplier.strip():
        checks.append((N_("Terms of access to data"), bool(a.data_access_terms.strip())))
    if a.risk_tier == "high_risk":
        checks.append((N_("Monitoring"), bool(a.monitoring.strip())))
    if a.risk_tier != "not_classified":
        checks.append((N_("Reasoning of the classification"), bool(a.classification_reasoning)))
    missing = tuple(_(label) for label, ok in checks if not ok)
    return Completeness(missing, len(checks))


def completeness(record: ControllerActivity | ProcessorActivity | AiSystem) -> Completeness:
    if isinstance(record, ControllerActivity):
        return controller_completeness(record)
    if isinstance(record, AiSystem):
        return ai_system_completeness(record)
    return processor_completeness(record)
