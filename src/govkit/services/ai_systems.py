"""The AI systems register: records of the AI systems the city uses, their EU AI Act
classification and the deployer duties that follow from it.

A ``RecordService`` like the activity registers (create, update, archive, delete, history,
fast table rows), plus what is particular to AI systems:

- ``set_classification`` records the result of a classification (tier, Annex III area,
  reasoning, the assessment that produced it), keeps the earlier one in
  ``classification_history`` and brings the duty checklist up to date;
- the duty checklist (``duties``) always holds exactly the duties ``duties_for`` gives for the
  classification; changing the tier keeps the status, owner and evidence of the duties that
  still apply; ``update_duty`` records progress on one;
- ``linked_activities`` (with their legal basis) and ``assessments`` of a system.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea, DutyKey, DutyStatus
from govkit.domain.ai_rules import (
    DutySpec,
    RegistrationItem,
    annex_viii_section_c,
    duties_for,
    duty_spec,
    merge_duties,
)
from govkit.domain.fields import AI_SYSTEM_FIELDS
from govkit.domain.models import (
    AiSystem,
    Assessment,
    ControllerActivity,
    ProcessorActivity,
    utcnow,
)
from govkit.domain.parts import ActivityLink, AiDuty, ClassificationRecord
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.services.registers import RecordService
from govkit.storage.errors import NotFoundError, ValidationError

ENTITY = "ai_system"
ACTIVITY_TYPES = ("controller_activity", "processor_activity")


@dataclass(frozen=True)
class LinkedActivity:
    """A processing activity an AI system relies on, as the register holds it now."""

    subject_type: str  # "controller_activity" or "processor_activity"
    subject_id: str
    note: str
    exists: bool  # False when the activity has since been deleted
    reference: str = ""
    name: str = ""
    legal_bases: tuple[str, ...] = ()  # controller activities only (Art. 6)
    legal_basis_details: str = ""


# The outcomes of the ``ai-act-classification`` questionnaire and the tier each one records.
# "Not an AI system" has no tier of its own: the Act sets no duties, as for minimal risk (the
# reasoning says which it was).
OUTCOME_TIERS: dict[str, AiRiskTier] = {
    "prohibited": AiRiskTier.PROHIBITED,
    "high_risk": AiRiskTier.HIGH_RISK,
    "transparency": AiRiskTier.TRANSPARENCY,
    "minimal_risk": AiRiskTier.MINIMAL,
    "not_ai_system": AiRiskTier.MINIMAL,
}


@dataclass(frozen=True)
class ClassificationResult:
    """What a finished AI Act classification assessment found, ready for ``set_classification``."""

    assessment_id: str
    reference: str
    outcome: str  # the questionnaire's outcome id
    outcome_label: str
    tier: AiRiskTier
    annex_area: str  # the first Annex III area chosen, for a high-risk system
    other_areas: tuple[str, ...]  # further Annex III areas chosen (named in the reasoning)
    reasoning: str
    transparency: bool  # Art. 50 applies too (``transparency_duties`` score above 0)


@dataclass(frozen=True)
class DutyItem:
    """One line of a system's duty checklist: what the duty is and where the city stands."""

    spec: DutySpec
    status: DutyStatus
    owner: str
    evidence: str


class AiSystemService(RecordService[AiSystem]):
    """Use on the thread that owns the database (like every service)."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__(ctx, AiSystem, AI_SYSTEM_FIELDS)

    # -- classification and duties -------------------------------------------------------

    def set_classification(
        self,
        system_id: str,
        tier: AiRiskTier | str,
        annex_area: AnnexIIIArea | str = "",
        reasoning: str = "",
        assessment_id: str = "",
        *,
        transparency: bool | None = None,
    ) -> AiSystem:
        """Record an AI Act classification of the system (one history entry). The previous
        classification, if any, moves to ``classification_history``; the duty checklist is
        brought in line with the new tier, keeping what was recorded on duties that still
        apply. ``assessment_id`` is the classification assessment that produced the result
        (it must be an assessment of this system) or empty for a classification made by hand.
        ``transparency``, when given, also records whether Art. 50 applies
        (``transparency_obligations``), in the same history entry.
        """
        try:
            new_tier = AiRiskTier(tier)
        except ValueError:
            raise ValidationError(
                {"risk_tier": _("“{value}” is not a risk tier.").format(value=tier)}
            ) from None
        area = str(annex_area.value if isinstance(annex_area, AnnexIIIArea) else annex_area)
        area = area.strip()
        if area and area not in {a.value for a in AnnexIIIArea}:
            raise ValidationError(
                {"annex_area": _("“{value}” is not an area of Annex III.").format(value=area)}
            )
        if area and new_tier is not AiRiskTier.HIGH_RISK:
            raise ValidationError(
                {"annex_area": _("An Annex III area is only given for a high-risk system.")}
            )
        if assessment_id:
            self._check_assessment(system_id, assessment_id)
        actor = self.ctx.actor.name

        def apply(system: AiSystem) -> None:
            if system.classified_at is not None:
                system.classification_history = [
                    *system.classification_history,
                    ClassificationRecord(
                        tier=system.risk_tier,
                        annex_area=system.annex_area,
                        reasoning=system.classification_reasoning,
                        assessment_id=system.classification_assessment_id,
                        at=system.classified_at.isoformat(),
                        by=system.classified_by,
                    ),
                ]
            system.risk_tier = new_tier.value
            system.annex_area = area
            system.classification_reasoning = reasoning.strip()
            system.classification_assessment_id = assessment_id
            system.classified_at = utcnow()
            system.classified_by = actor
            if transparency is not None:
                system.transparency_obligations = transparency

        return self._change(system_id, apply)

    def classification_result(
        self, assessment_id: str, language: str = "en"
    ) -> ClassificationResult:
        """The result of an AI Act classification assessment: the tier its outcome gives
        (``OUTCOME_TIERS``), the Annex III area of a high-risk system (the first area chosen in
        ``annex_iii_area`` with a point of its ``annex_iii_<n>_uses``, critical infrastructure
        last) and the outcome's reasons as the reasoning, in ``language``. Raises
        ValidationError while required questions are unanswered."""
        from govkit.domain.assessment_enums import AssessmentKind
        from govkit.services.assessments import AssessmentService

        service = AssessmentService(self.ctx)
        row = service.get(assessment_id)
        if row.kind != AssessmentKind.AI_ACT_CLASSIFICATION:
            raise ValidationError(
                {"classification_assessment_id": _("This is not an AI Act classification.")}
            )
        evaluation = service.evaluation(row, language)
        outcome = evaluation.outcome
        if outcome is None or outcome.id not in OUTCOME_TIERS:
            raise ValidationError(
                {
                    "classification_assessment_id": _(
                        "The classification is not finished: {n} required question(s) are "
                        "still unanswered."
                    ).format(n=len(evaluation.missing))
                }
            )
        tier = OUTCOME_TIERS[outcome.id]
        areas = _annex_iii_areas(service.answers(row)) if tier is AiRiskTier.HIGH_RISK else ()
        lines = [
            _("{reference} (AI Act classification): {outcome}.").format(
                reference=row.reference, outcome=outcome.label.get(language)
            ),
            *evaluation.reasons,
        ]
        if len(areas) > 1:
            lines.append(
                _("Further Annex III areas: {areas}.").format(
                    areas=", ".join(AnnexIIIArea(a).label for a in areas[1:])
                )
            )
        return ClassificationResult(
            assessment_id=row.id,
            reference=row.reference,
            outcome=outcome.id,
            outcome_label=outcome.label.get(language),
            tier=tier,
            annex_area=areas[0] if areas else "",
            other_areas=areas[1:],
            reasoning="\n".join(lines),
            transparency=evaluation.scores.get("transparency_duties", 0) > 0,
        )

    def apply_classification(
        self, system_id: str, assessment_id: str, language: str = "en"
    ) -> AiSystem:
        """Record the result of a finished classification assessment of the system (the
        earlier classification moves to the history). A high-risk or minimal-risk system that
        also falls under Art. 50 gets ``transparency_obligations`` set, so that its checklist
        holds the transparency notices."""
        result = self.classification_result(assessment_id, language)
        system = self.set_classification(
            system_id, result.tier, result.annex_area, result.reasoning, result.assessment_id
        )
        if result.transparency and not system.transparency_obligations:
            system = self.update(system_id, {"transparency_obligations": True})
        return system

    def update_duty(
        self,
        system_id: str,
        key: DutyKey | str,
        *,
        status: DutyStatus | str | None = None,
        owner: str | None = None,
        evidence: str | None = None,
    ) -> AiSystem:
        """Record progress on one duty of the system's checklist (what is None stays)."""
        key_value = str(key.value if isinstance(key, DutyKey) else key)
        if status is not None:
            try:
                status = DutyStatus(status)
            except ValueError:
                raise ValidationError(
                    {"duties": _("“{value}” is not a duty status.").format(value=status)}
                ) from None

        def apply(system: AiSystem) -> None:
            duties = list(system.duties)
            index = next((i for i, d in enumerate(duties) if d.key == key_value), None)
            if index is None:
                raise ValidationError(
                    {"duties": _("This duty does not apply to the system as it is classified.")}
                )
            changes: dict[str, str] = {}
            if status is not None:
                changes["status"] = DutyStatus(status).value
            if owner is not None:
                changes["owner"] = owner.strip()
            if evidence is not None:
                changes["evidence"] = evidence.strip()
            duties[index] = replace(duties[index], **changes)
            system.duties = duties

        return self._change(system_id, apply)

    def duty_items(self, system: AiSystem) -> list[DutyItem]:
        """The system's checklist with each duty's title and text (in the checklist's order)."""
        items = []
        for duty in system.duties:
            spec = duty_spec(duty.key)
            if spec is None:
                continue
            try:
                status = DutyStatus(duty.status)
            except ValueError:
                status = DutyStatus.TODO
            items.append(DutyItem(spec, status, duty.owner, duty.evidence))
        return items

    def _derive(self, record: Any) -> None:
        """The checklist always holds the duties of the current classification."""
        applicable = duties_for(
            record.risk_tier,
            annex_area=record.annex_area if record.risk_tier == AiRiskTier.HIGH_RISK else "",
            public_body=bool(record.public_body),
            transparency=bool(record.transparency_obligations),
        )
        record.duties = merge_duties(_duties(record.duties), applicable)

    def _check_assessment(self, system_id: str, assessment_id: str) -> None:
        with self.ctx.transaction() as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                raise NotFoundError(_("The classification assessment no longer exists."))
            if row.subject_type != ENTITY or row.subject_id != system_id:
                raise ValidationError(
                    {
                        "classification_assessment_id": _(
                            "The classification assessment is about another subject."
                        )
                    }
                )

    # -- links ---------------------------------------------------------------------------

    def link_activity(
        self, system_id: str, subject_type: str, subject_id: str, note: str = ""
    ) -> AiSystem:
        """Add a processing activity the system relies on (no change if already linked)."""
        if subject_type not in ACTIVITY_TYPES:
            raise ValidationError(
                {
                    "processing_activities": _(
                        "A linked activity must be a processing activity of the register."
                    )
                }
            )
        model = ControllerActivity if subject_type == "controller_activity" else ProcessorActivity
        with self.ctx.transaction() as s:
            if s.get(model, subject_id) is None:
                raise NotFoundError(_("The activity to link no longer exists."))

        def apply(system: AiSystem) -> None:
            if any(
                link.subject_type == subject_type and link.subject_id == subject_id
                for link in system.processing_activities
            ):
                return
            system.processing_activities = [
                *system.processing_activities,
                ActivityLink(subject_type=subject_type, subject_id=subject_id, note=note.strip()),
            ]

        return self._change(system_id, apply)

    def unlink_activity(self, system_id: str, subject_id: str) -> AiSystem:
        def apply(system: AiSystem) -> None:
            system.processing_activities = [
                link for link in system.processing_activities if link.subject_id != subject_id
            ]

        return self._change(system_id, apply)

    def linked_activities(self, system_id: str) -> list[LinkedActivity]:
        """The activities the system relies on, with their legal basis (GDPR Art. 6) as the
        register holds it now; a deleted activity is listed with ``exists`` False."""
        system = self.get(system_id)
        found: list[LinkedActivity] = []
        with self.ctx.transaction() as s:
            for link in system.processing_activities:
                if link.subject_type == "controller_activity":
                    activity = s.get(ControllerActivity, link.subject_id)
                    if activity is not None:
                        found.append(
                            LinkedActivity(
                                link.subject_type,
                                link.subject_id,
                                link.note,
                                True,
                                activity.reference,
                                activity.name,
                                tuple(activity.legal_bases),
                                activity.legal_basis_details,
                            )
                        )
                        continue
                else:
                    processor = s.get(ProcessorActivity, link.subject_id)
                    if processor is not None:
                        found.append(
                            LinkedActivity(
                                link.subject_type,
                                link.subject_id,
                                link.note,
                                True,
                                processor.reference,
                                processor.name,
                            )
                        )
                        continue
                found.append(LinkedActivity(link.subject_type, link.subject_id, link.note, False))
        return found

    def using_activity(self, activity_id: str) -> list[AiSystem]:
        """The AI systems that rely on a processing activity (e.g. to warn before deleting)."""
        return [
            system
            for system in self.all()
            if any(link.subject_id == activity_id for link in system.processing_activities)
        ]

    def registration_content(self, system_id: str) -> tuple[RegistrationItem, ...]:
        """What the city registers for the system in the EU database (Art. 49(3), Annex VIII
        section C), filled from the record, the organisation profile, the FRIA duty's
        evidence notes and the approved DPIAs of the system and of the activities it relies
        on. Items not known yet are empty (``RegistrationItem.missing``)."""
        from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
        from govkit.services.assessments import AssessmentService
        from govkit.services.organisation import OrganisationService

        system = self.get(system_id)
        fria = next((d.evidence for d in system.duties if d.key == DutyKey.FRIA.value), "")
        service = AssessmentService(self.ctx)
        subjects = [(ENTITY, system.id)] + [
            (link.subject_type, link.subject_id) for link in system.processing_activities
        ]
        dpias = [
            row
            for subject_type, subject_id in subjects
            for row in service.for_subject(subject_type, subject_id)
            if row.kind == AssessmentKind.DPIA and row.status == AssessmentStatus.APPROVED
        ]
        dpia = "\n".join(
            _("{reference} v{version}, approved {date}: {title}").format(
                reference=row.reference,
                version=row.version,
                date=row.approved_at.date().isoformat() if row.approved_at else "",
                title=row.title,
            )
            for row in dpias
        )
        return annex_viii_section_c(
            system,
            OrganisationService(self.ctx).get(),
            submitted_by=self.ctx.actor.name,
            fria_summary=fria,
            dpia_summary=dpia,
        )

    def assessments(self, system_id: str) -> list[Assessment]:
        """The system's assessments (every version, not archived), oldest first."""
        from govkit.services.assessments import AssessmentService

        return AssessmentService(self.ctx).for_subject(ENTITY, system_id)


def _annex_iii_areas(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The Annex III areas a classification found the system used in: those chosen in
    ``annex_iii_area`` with at least one point of their ``annex_iii_<n>_uses``, in the order
    of the Annex, critical infrastructure (which has no FRIA or registration duty) last."""
    answer = answers.get("annex_iii_area")
    chosen = answer.value if answer is not None else ()
    picked = {str(v) for v in chosen} if isinstance(chosen, tuple | list) else set()
    found = []
    for area in AnnexIIIArea:
        if area.value not in picked:
            continue
        uses = answers.get(f"annex_iii_{area.point}_uses")
        points = uses.value if uses is not None else ()
        if isinstance(points, tuple | list) and any(str(p) != "none" for p in points):
            found.append(area)
    found.sort(key=lambda a: a is AnnexIIIArea.CRITICAL_INFRASTRUCTURE)
    return tuple(a.value for a in found)


def _duties(values: Iterable[Any]) -> list[AiDuty]:
    return [v if isinstance(v, AiDuty) else AiDuty.from_dict(v) for v in values]


def ai_system_service(ctx: ServiceContext) -> AiSystemService:
    return AiSystemService(ctx)
