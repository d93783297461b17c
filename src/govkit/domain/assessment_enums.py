"""Closed sets of values of impact assessments: kinds, workflow states, review verdicts."""

from __future__ import annotations

from enum import StrEnum

from govkit.i18n import N_, _


class AssessmentKind(StrEnum):
    DPIA_SCREENING = "dpia_screening"
    DPIA = "dpia"
    AI_ACT_CLASSIFICATION = "ai_act_classification"
    AI_ETHICS = "ai_ethics"
    FRIA = "fria"
    ALGORITHMIC_IMPACT = "algorithmic_impact"

    @property
    def label(self) -> str:
        return _(_KIND_LABELS[self])

    @property
    def definition_id(self) -> str:
        """The built-in questionnaire (resources/questionnaires/<id>/) this kind uses."""
        return self.value.replace("_", "-")


_KIND_LABELS = {
    AssessmentKind.DPIA_SCREENING: N_("DPIA screening"),
    AssessmentKind.DPIA: N_("Data protection impact assessment (DPIA)"),
    AssessmentKind.AI_ACT_CLASSIFICATION: N_("EU AI Act classification"),
    AssessmentKind.AI_ETHICS: N_("AI ethics checklist (ALTAI)"),
    AssessmentKind.FRIA: N_("Fundamental-rights impact assessment (FRIA)"),
    AssessmentKind.ALGORITHMIC_IMPACT: N_("Algorithmic impact assessment (Canada AIA method)"),
}


class AssessmentStatus(StrEnum):
    """Draft -> submitted -> under review -> approved or rejected (then a new version)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])

    @property
    def editable(self) -> bool:
        """The answers may change (an approved assessment is frozen until a new version)."""
        return self in (AssessmentStatus.DRAFT, AssessmentStatus.REJECTED)


_STATUS_LABELS = {
    AssessmentStatus.DRAFT: N_("Draft"),
    AssessmentStatus.SUBMITTED: N_("Submitted for review"),
    AssessmentStatus.UNDER_REVIEW: N_("Under review"),
    AssessmentStatus.APPROVED: N_("Approved"),
    AssessmentStatus.REJECTED: N_("Rejected"),
}


class SectionVerdict(StrEnum):
    """The evaluator's verdict on a section, as in the CNIL PIA software."""

    ACCEPTABLE = "acceptable"
    IMPROVABLE = "improvable"  # creates action-plan items
    TO_CORRECT = "to_correct"

    @property
    def label(self) -> str:
        return _(_VERDICT_LABELS[self])


_VERDICT_LABELS = {
    SectionVerdict.ACCEPTABLE: N_("Acceptable"),
    SectionVerdict.IMPROVABLE: N_("Improvable"),
    SectionVerdict.TO_CORRECT: N_("To be corrected"),
}


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return _(_ACTION_LABELS[self])


_ACTION_LABELS = {
    ActionStatus.PLANNED: N_("Planned"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
}


class DpiaState(StrEnum):
    """Where a processing activity stands on DPIAs: a column of the register."""

    NOT_SCREENED = "not_screened"
    NO_DPIA_NEEDED = "no_dpia_needed"
    DPIA_REQUIRED = "dpia_required"
    DPIA_IN_PROGRESS = "dpia_in_progress"
    DPIA_APPROVED = "dpia_approved"

    @property
    def label(self) -> str:
        return _(_DPIA_STATE_LABELS[self])


_DPIA_STATE_LABELS = {
    DpiaState.NOT_SCREENED: N_("Not screened"),
    DpiaState.NO_DPIA_NEEDED: N_("No DPIA needed"),
    DpiaState.DPIA_REQUIRED: N_("DPIA required"),
    DpiaState.DPIA_IN_PROGRESS: N_("DPIA in progress"),
    DpiaState.DPIA_APPROVED: N_("DPIA approved"),
}
