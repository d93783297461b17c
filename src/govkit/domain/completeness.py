"""Which Art. 30 items a record still lacks.

Completeness is advice, not a rule: a draft may be incomplete. Validation (validation.py) is the
rule set that blocks saving.
"""

from __future__ import annotations

from dataclasses import dataclass

from govkit.domain.models import ControllerActivity, ProcessorActivity
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


def completeness(record: ControllerActivity | ProcessorActivity) -> Completeness:
    if isinstance(record, ControllerActivity):
        return controller_completeness(record)
    return processor_completeness(record)
