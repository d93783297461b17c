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

from collections.abc import Iterable
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


def _duties(values: Iterable[Any]) -> list[AiDuty]:
    return [v if isinstance(v, AiDuty) else AiDuty.from_dict(v) for v in values]


def ai_system_service(ctx: ServiceContext) -> AiSystemService:
    return AiSystemService(ctx)
