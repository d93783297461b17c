"""What an assessment's PDF report and action-plan workbook are made from, taken on the
database thread (``services/assessment_snapshots.py``).

The questionnaire is copied as plain sections and questions, with each answer already turned
into the text a reader sees (option labels, "Yes"/"No", a gauge level's label), so that the
exports need nothing of ``govkit.assessments``. Only shown questions are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview, SignOff
from govkit.i18n import _


def subject_heading(subject_type: str) -> str:
    """The heading of what an assessment is about, in its outputs."""
    if subject_type == "ai_system":
        return _("AI system assessed")
    return _("Activity assessed")


@dataclass(frozen=True)
class QuestionSnapshot:
    id: str
    text: str
    guidance: str
    cites: tuple[str, ...]
    answer: str  # as shown to a reader; items of a list on separate lines; "" = no answer
    note: str
    required: bool = False


@dataclass(frozen=True)
class SectionSnapshot:
    id: str
    title: str
    description: str
    cites: tuple[str, ...]
    depth: int  # 0 for a top section, 1 for its subsections, …
    questions: tuple[QuestionSnapshot, ...]


@dataclass(frozen=True)
class VersionSnapshot:
    reference: str
    version: int
    status: AssessmentStatus
    approved_at: datetime | None
    current: bool  # the version this snapshot is of


@dataclass(frozen=True)
class AssessmentSnapshot:
    # the assessment row
    id: str
    series_id: str
    reference: str
    version: int
    kind: AssessmentKind
    title: str
    status: AssessmentStatus
    owner: str
    next_review: date | None
    risks: tuple[Risk, ...]
    measures: tuple[Measure, ...]
    action_plan: tuple[ActionItem, ...]
    reviews: tuple[SectionReview, ...]
    signoffs: tuple[SignOff, ...]
    dpo_name: str
    dpo_opinion: str
    dpo_status: str
    content_hash: str
    submitted_at: datetime | None
    approved_at: datetime | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    archived_at: datetime | None
    # the questionnaire and its evaluation
    questionnaire_title: str
    questionnaire_key: str  # "<id>@<version>"
    sections: tuple[SectionSnapshot, ...]
    has_outcomes: bool  # the questionnaire decides an outcome (a screening does)
    outcome_label: str  # "" while undecided
    outcome_explanation: str
    outcome_reasons: tuple[str, ...]
    outcome_provisional: bool  # required questions are open: the label is "so far"
    # the subject and the export
    subject_type: str
    subject_reference: str
    subject_name: str
    organisation_name: str
    vault_id: str
    exported_at: datetime  # aware UTC
    exported_by: str
    versions: tuple[VersionSnapshot, ...] = ()
    language: str = "en"

    def section_title(self, section_id: str) -> str:
        """The title of a section (reviews name sections by id); the id if unknown."""
        return next((s.title for s in self.sections if s.id == section_id), section_id)


__all__ = [
    "AssessmentSnapshot",
    "QuestionSnapshot",
    "SectionSnapshot",
    "VersionSnapshot",
]
