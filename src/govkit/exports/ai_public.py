"""What the transparency exports publish of an AI system, gathered once for all of them.

The ATRS record (``interop/atrs.py``), the Dutch algorithm register (``interop/nl_register.py``)
and the public transparency register (``public_register.py``) all start from ``PublicSystem``:
the system's public fields only (``domain.ai_rules.public_values``: never the internal notes,
never an internal contact, never the duties or the record's bookkeeping), the labels a reader
needs (phase, risk tier in plain words, Annex III area), the legal bases of the processing
activities it relies on, and its impact assessments listed by name, kind, status and date.

An assessment's answers are never published. Its outcome is, for an approved version only; of
an assessment with several versions the newest approved one is shown (else the newest one,
with its status and without outcome). ``approved_only`` keeps only approved assessments (the
public register lists the assessments done, never drafts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from govkit.domain.ai_enums import (
    AiModelType,
    AiPhase,
    AiRiskTier,
    AnnexIIIArea,
    DatasetUse,
    RegisterKind,
)
from govkit.domain.ai_rules import public_values
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.fields import AI_SYSTEM_FIELDS, FieldKind, FieldSpec, public_fields
from govkit.domain.models import AiSystem, Assessment, ControllerActivity
from govkit.domain.parts import AiDataset, AiModel
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import N_, _

_TIER_PLAIN = {
    AiRiskTier.NOT_CLASSIFIED: N_(
        "Not yet classified: the city is still working out where it stands under the EU AI Act."
    ),
    AiRiskTier.PROHIBITED: N_(
        "A practice the EU AI Act prohibits (Art. 5): the city must stop using it."
    ),
    AiRiskTier.HIGH_RISK: N_(
        "High risk under the EU AI Act (Art. 6): it can affect people's rights or access to "
        "services, so strict rules apply to its use, including human oversight."
    ),
    AiRiskTier.TRANSPARENCY: N_(
        "Transparency rules of the EU AI Act apply (Art. 50): people must be told they are "
        "dealing with an AI system or AI-generated content."
    ),
    AiRiskTier.MINIMAL: N_(
        "Minimal risk under the EU AI Act: no specific obligations beyond staff training."
    ),
}


def tier_label(tier: str) -> str:
    try:
        return AiRiskTier(tier).label
    except ValueError:
        return tier


def tier_plain(tier: str) -> str:
    """The risk tier in words a resident understands."""
    try:
        return _(_TIER_PLAIN[AiRiskTier(tier)])
    except ValueError:
        return tier


def phase_label(phase: str) -> str:
    try:
        return AiPhase(phase).label
    except ValueError:
        return phase


def area_label(area: str) -> str:
    if not area:
        return ""
    try:
        return AnnexIIIArea(area).label
    except ValueError:
        return area


def model_type_label(kind: str) -> str:
    try:
        return AiModelType(kind).label
    except ValueError:
        return kind


def dataset_use_label(use: str) -> str:
    try:
        return DatasetUse(use).label
    except ValueError:
        return use


@dataclass(frozen=True)
class PublicAssessment:
    """An impact assessment as a transparency record shows it (never its answers)."""

    reference: str
    title: str
    kind: str  # AssessmentKind value
    status: str  # AssessmentStatus value
    date: date | None  # approved on, else last changed
    version: int
    outcome: str = ""  # the outcome's label, approved versions only

    @property
    def kind_label(self) -> str:
        try:
            return AssessmentKind(self.kind).label
        except ValueError:
            return self.kind

    @property
    def status_label(self) -> str:
        try:
            return AssessmentStatus(self.status).label
        except ValueError:
            return self.status

    @property
    def approved(self) -> bool:
        return self.status == AssessmentStatus.APPROVED.value

    def summary(self) -> str:
        """One line: "FRIA-001 Title (kind), approved 2026-03-01: outcome"."""
        head = " ".join(v for v in (self.reference, self.title) if v) or self.kind_label
        text = f"{head} ({self.kind_label}) – {self.status_label}"
        if self.date is not None:
            text += f", {self.date.isoformat()}"
        if self.outcome:
            text += f": {self.outcome}"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "name": self.title,
            "type": self.kind,
            "type_label": self.kind_label,
            "status": self.status,
            "status_label": self.status_label,
            "date": self.date.isoformat() if self.date else None,
            "version": self.version,
            "outcome": self.outcome or None,
        }


def _outcome_label(
    assessment: Assessment, questionnaires: dict[str, dict[str, object]], language: str
) -> str:
    if not assessment.outcome:
        return ""
    definition = questionnaires.get(assessment.definition_key) or {}
    outcomes = definition.get("outcomes")
    if isinstance(outcomes, list):
        for outcome in outcomes:
            if isinstance(outcome, dict) and outcome.get("id") == assessment.outcome:
                label = outcome.get("label")
                if isinstance(label, dict) and label:
                    text = label.get(language) or label.get("en") or next(iter(label.values()))
                    return str(text)
                if isinstance(label, str):
                    return label
    return assessment.outcome


def public_assessments(
    snapshot: RegisterSnapshot,
    system: AiSystem,
    *,
    approved_only: bool = False,
    language: str = "en",
) -> list[PublicAssessment]:
    """The impact assessments of ``system`` (not archived), one per assessment series."""
    series: dict[str, list[Assessment]] = {}
    for a in snapshot.assessments:
        if a.subject_id == system.id and a.archived_at is None:
            series.setdefault(a.series_id or a.id, []).append(a)
    shown: list[PublicAssessment] = []
    for versions in series.values():
        versions.sort(key=lambda a: a.version)
        approved = [a for a in versions if a.status == AssessmentStatus.APPROVED]
        if approved:
            chosen = approved[-1]
        elif approved_only:
            continue
        else:
            chosen = versions[-1]
        is_approved = chosen.status == AssessmentStatus.APPROVED
        when = chosen.approved_at if is_approved and chosen.approved_at else chosen.updated_at
        shown.append(
            PublicAssessment(
                reference=chosen.reference,
                title=chosen.title,
                kind=chosen.kind,
                status=str(getattr(chosen.status, "value", chosen.status)),
                date=when.date() if when is not None else None,
                version=chosen.version,
                outcome=(
                    _outcome_label(chosen, snapshot.questionnaires, language) if is_approved else ""
                ),
            )
        )
    shown.sort(key=lambda p: (p.reference, p.title))
    return shown


@dataclass(frozen=True)
class LegalBasis:
    """The legal basis of a processing activity an AI system relies on."""

    reference: str
    name: str
    bases: tuple[str, ...]
    details: str

    def summary(self) -> str:
        head = " ".join(v for v in (self.reference, self.name) if v)
        text = "; ".join(self.bases)
        if self.details.strip():
            text = f"{text}. {self.details.strip()}" if text else self.details.strip()
        return f"{head}: {text}" if head else text


def legal_bases(snapshot: RegisterSnapshot, system: AiSystem) -> list[LegalBasis]:
    """The legal bases of the controller activities ``system`` relies on, as far as the
    export holds them (a department's export may not hold another department's activities)."""
    by_id: dict[str, ControllerActivity] = {a.id: a for a in snapshot.controller_activities}
    found = []
    for link in system.processing_activities:
        activity = by_id.get(link.subject_id)
        if activity is None:
            continue
        found.append(
            LegalBasis(
                activity.reference,
                activity.name,
                tuple(activity.legal_bases),
                activity.legal_basis_details,
            )
        )
    return found


def automated_decisions(snapshot: RegisterSnapshot, system: AiSystem) -> bool:
    """A processing activity the system relies on records automated decisions or profiling."""
    by_id = {a.id: a for a in snapshot.controller_activities}
    return any(
        by_id[link.subject_id].automated_decision
        for link in system.processing_activities
        if link.subject_id in by_id
    )


def model_line(model: AiModel) -> str:
    kind = model_type_label(model.type)
    details = ", ".join(v for v in (kind if model.name else "", model.provider, model.version) if v)
    head = model.name or kind
    return f"{head} ({details})" if details else head


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def dataset_line(dataset: AiDataset) -> str:
    """One data set in a line: "Operational data: description. Sources: …. Personal data: yes."."""
    parts = [dataset_use_label(dataset.use) + ":", _sentence(dataset.description)]
    if dataset.sources.strip():
        parts.append(_("Sources: {sources}.").format(sources=dataset.sources.strip()))
    parts.append(_("Personal data: yes.") if dataset.personal_data else _("Personal data: no."))
    if dataset.special_categories.strip():
        parts.append(
            _("Special categories: {what}.").format(what=dataset.special_categories.strip())
        )
    return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class PublicSystem:
    """One AI system as the transparency exports see it: only what may be published."""

    values: dict[str, Any]  # public_values(system): public fields, contact dropped if internal
    system_id: str
    models: tuple[AiModel, ...]
    datasets: tuple[AiDataset, ...]
    assessments: tuple[PublicAssessment, ...]
    legal_bases: tuple[LegalBasis, ...]
    automated_decisions: bool
    registered_at: date  # the record's creation (for a start date when none is known)
    activities: tuple[str, ...] = ()  # "CR-001 Name" of each processing activity relied on

    def text(self, name: str) -> str:
        value = self.values.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    @property
    def contact(self) -> str:
        """The contact, or "" when it is internal (``public_values`` dropped it)."""
        return self.text("contact")

    @property
    def phase(self) -> str:
        return self.text("phase") or AiPhase.IDEA.value

    @property
    def tier(self) -> str:
        return self.text("risk_tier") or AiRiskTier.NOT_CLASSIFIED.value

    @property
    def area(self) -> str:
        return self.text("annex_area")

    def register_entries(self) -> list[dict[str, str]]:
        entries = self.values.get("register_entries") or []
        return [e for e in entries if isinstance(e, dict)]


def public_system(
    snapshot: RegisterSnapshot,
    system: AiSystem,
    *,
    approved_only: bool = False,
    language: str = "en",
) -> PublicSystem:
    return PublicSystem(
        values=public_values(system),
        system_id=system.id,
        models=tuple(system.models),
        datasets=tuple(system.datasets),
        assessments=tuple(
            public_assessments(snapshot, system, approved_only=approved_only, language=language)
        ),
        legal_bases=tuple(legal_bases(snapshot, system)),
        automated_decisions=automated_decisions(snapshot, system),
        registered_at=system.created_at.date(),
        activities=tuple(activity_lines(snapshot, system)),
    )


def activity_lines(snapshot: RegisterSnapshot, system: AiSystem) -> list[str]:
    """The processing activities the system relies on, as "reference name" (as far as the
    export holds them)."""
    names = {
        a.id: " ".join(v for v in (a.reference, a.name) if v)
        for a in [*snapshot.controller_activities, *snapshot.processor_activities]
    }
    return [
        names[link.subject_id] for link in system.processing_activities if link.subject_id in names
    ]


def field_text(system: PublicSystem, spec: FieldSpec) -> str:
    """A public field of ``system`` as plain text (lists one item a line); "" when empty."""
    kind = spec.kind
    if kind is FieldKind.OPTION:
        value = system.text(spec.name)
        if spec.options is not None and value:
            try:
                return str(getattr(spec.options(value), "label", value))
            except ValueError:
                return value
        return value
    if kind is FieldKind.AI_MODELS:
        return "\n".join(model_line(m) for m in system.models)
    if kind is FieldKind.AI_DATASETS:
        return "\n".join(dataset_line(d) for d in system.datasets)
    if kind is FieldKind.ACTIVITY_LINKS:
        return "\n".join(system.activities)
    if kind is FieldKind.REGISTER_ENTRIES:
        lines = []
        for entry in system.register_entries():
            identifier, url = str(entry.get("identifier", "")), str(entry.get("url", ""))
            if identifier or url:
                try:
                    register = RegisterKind(str(entry.get("register", ""))).label
                except ValueError:
                    register = str(entry.get("register", ""))
                lines.append(f"{register}: " + " · ".join(v for v in (identifier, url) if v))
        return "\n".join(lines)
    value = system.values.get(spec.name, "")
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def public_specs() -> tuple[FieldSpec, ...]:
    """The public fields, in form order."""
    return public_fields(AI_SYSTEM_FIELDS)


def published_systems(
    snapshot: RegisterSnapshot,
    *,
    include_retired: bool = True,
    approved_only: bool = False,
    language: str = "en",
) -> list[PublicSystem]:
    """The snapshot's AI systems that may be published, by reference: never archived records
    (they are gone from the register), retired ones only with ``include_retired``."""
    chosen: Iterable[AiSystem] = (
        s
        for s in snapshot.ai_systems
        if s.archived_at is None and (include_retired or s.phase != AiPhase.RETIRED.value)
    )
    ordered = sorted(chosen, key=lambda s: (s.reference.casefold(), s.name.casefold()))
    return [
        public_system(snapshot, s, approved_only=approved_only, language=language) for s in ordered
    ]


def dumps(value: Any) -> str:
    """JSON as govkit writes it: UTF-8 text, two-space indent, nothing needlessly escaped."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def non_empty(lines: Sequence[str]) -> list[str]:
    return [line for line in lines if line.strip()]
