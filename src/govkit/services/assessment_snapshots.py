"""Taking a snapshot of one assessment for its PDF report and action-plan workbook.

Runs on the thread that owns the database; the exports (``exports/assessment_pdf.py``,
``exports/assessment_xlsx.py``) are then pure functions of the snapshot and may run anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from govkit.assessments import (
    Answer,
    Definition,
    Question,
    QuestionType,
    is_answered,
    visible_questions,
    visible_sections,
)
from govkit.assessments import evaluate as evaluate_answers
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.models import (
    AiSystem,
    Assessment,
    ControllerActivity,
    ProcessorActivity,
    utcnow,
)
from govkit.exports.assessment_snapshot import (
    AssessmentSnapshot,
    QuestionSnapshot,
    SectionSnapshot,
    VersionSnapshot,
)
from govkit.i18n import _
from govkit.services.assessments import AssessmentService
from govkit.services.workspace import Workspace


def take_assessment_snapshot(
    ws: Workspace, assessment_id: str, *, language: str = "en"
) -> AssessmentSnapshot:
    """Everything the assessment's outputs show, frozen. ``NotFoundError`` if it is gone."""
    service = AssessmentService(ws.ctx)
    row = service.get(assessment_id)
    definition = service.definition(row)
    answers = service.answers(row)
    result = evaluate_answers(definition, answers, language)
    outcome = result.outcome or result.provisional
    subject_reference, subject_name = _subject(ws, row)
    org = ws.organisation.get()
    return AssessmentSnapshot(
        id=row.id,
        series_id=row.series_id,
        reference=row.reference,
        version=row.version,
        kind=AssessmentKind(row.kind),
        title=row.title,
        status=AssessmentStatus(row.status),
        owner=row.owner,
        next_review=row.next_review,
        risks=tuple(row.risks),
        measures=tuple(row.measures),
        action_plan=tuple(row.action_plan),
        reviews=tuple(row.reviews),
        signoffs=tuple(row.signoffs),
        dpo_name=row.dpo_name,
        dpo_opinion=row.dpo_opinion,
        dpo_status=row.dpo_status,
        content_hash=row.content_hash,
        submitted_at=row.submitted_at,
        approved_at=row.approved_at,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        archived_at=row.archived_at,
        questionnaire_title=definition.title.get(language),
        questionnaire_key=row.definition_key,
        sections=_sections(definition, answers, language),
        has_outcomes=bool(definition.outcomes),
        outcome_label=outcome.label.get(language) if outcome is not None else "",
        outcome_explanation=(
            outcome.explanation.get(language)
            if outcome is not None and outcome.explanation is not None
            else ""
        ),
        outcome_reasons=tuple(result.reasons),
        outcome_provisional=result.outcome is None,
        subject_type=row.subject_type,
        subject_reference=subject_reference,
        subject_name=subject_name,
        organisation_name=org.name,
        vault_id=ws.vault.vault_id,
        exported_at=utcnow(),
        exported_by=ws.ctx.actor.name,
        versions=tuple(
            VersionSnapshot(
                reference=v.reference,
                version=v.version,
                status=AssessmentStatus(v.status),
                approved_at=v.approved_at,
                current=v.id == row.id,
            )
            for v in service.versions(row.series_id or row.id)
        ),
        language=language,
    )


def _subject(ws: Workspace, row: Assessment) -> tuple[str, str]:
    """The assessed activity's (or AI system's) reference and name (a deleted one is said to
    be so)."""
    models: dict[str, type[ControllerActivity | ProcessorActivity | AiSystem]] = {
        "processor_activity": ProcessorActivity,
        "ai_system": AiSystem,
    }
    model = models.get(row.subject_type, ControllerActivity)
    with ws.ctx.transaction() as s:
        subject = cast(
            "ControllerActivity | ProcessorActivity | AiSystem | None", s.get(model, row.subject_id)
        )
        if subject is None:
            if row.subject_type == "ai_system":
                return "", _("(AI system deleted)")
            return "", _("(activity deleted)")
        return subject.reference, subject.name


def _sections(
    definition: Definition, answers: Mapping[str, Answer], language: str
) -> tuple[SectionSnapshot, ...]:
    shown_questions = {q.id for q in visible_questions(definition, answers)}
    out = []
    for section in visible_sections(definition, answers):
        out.append(
            SectionSnapshot(
                id=section.id,
                title=section.title.get(language),
                description=section.description.get(language) if section.description else "",
                cites=section.cites,
                depth=len(definition.sections_above(section.id)),
                questions=tuple(
                    _question(q, answers.get(q.id), language)
                    for q in section.questions
                    if q.id in shown_questions
                ),
            )
        )
    return tuple(out)


def _question(question: Question, answer: Answer | None, language: str) -> QuestionSnapshot:
    return QuestionSnapshot(
        id=question.id,
        text=question.text.get(language),
        guidance=question.guidance.get(language) if question.guidance else "",
        cites=question.cites,
        answer=answer_text(question, answer.value if answer else None, language),
        note=answer.note if answer else "",
        required=question.required,
    )


def answer_text(question: Question, value: object, language: str = "en") -> str:
    """An answer as a reader sees it: option labels, yes/no, a level's label, list items on
    lines of their own; "" when not answered. A value that does not suit the question (e.g.
    an option since removed) is shown as stored rather than hidden."""
    if not is_answered(value):
        return ""
    kind = question.type
    if kind is QuestionType.YES_NO:
        return {"yes": _("Yes"), "no": _("No")}.get(str(value), str(value))
    if kind is QuestionType.SINGLE_CHOICE:
        return _option_label(question, str(value), language)
    if kind is QuestionType.MULTIPLE_CHOICE and isinstance(value, tuple | list):
        return "\n".join(_option_label(question, str(v), language) for v in value)
    if kind is QuestionType.GAUGE and isinstance(value, int) and 1 <= value <= len(question.levels):
        return _("{level} – {label}").format(
            level=value, label=question.levels[value - 1].get(language)
        )
    if isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _option_label(question: Question, option_id: str, language: str) -> str:
    option = question.option(option_id)
    return option.label.get(language) if option is not None else option_id


__all__ = ["answer_text", "take_assessment_snapshot"]
