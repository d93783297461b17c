"""The guided AI Act classification: from a classification assessment to the AI systems register.

An EU AI Act classification is an assessment (kind ``ai_act_classification``, questionnaire
``ai-act-classification``) of an AI system. The assessment keeps every answer; this module
turns its result into the register's classification and tells when it has gone stale:

- ``read_classification(definition, answers)`` is the pure reading: the engine's outcome
  mapped to an ``AiRiskTier``, the Annex III area from the answer to ``annex_iii_area``, the
  Art. 50 flag from the ``transparency_duties`` score and the reasoning text;
- ``classification_result(ws, assessment_id)`` reads an assessment of the vault the same way,
  without changing anything (a preview of what applying would record);
- ``apply_classification(ws, assessment_id)`` records it with
  ``AiSystemService.set_classification`` (one history entry; the earlier classification goes
  to the system's classification history and the duty checklist follows the new tier);
- ``classification_status(ws, system)`` says whether the classification still stands: the
  system's record or the assessment changed since, or a newer classification was started.

Every refusal is a ``ClassificationError`` (a ``UserFacingError``) whose message can be shown
as is. Functions take a ``Workspace`` or a bare ``ServiceContext``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlmodel import col, select

from govkit.assessments import (
    Answer,
    Definition,
    QuestionType,
    evaluate,
    validate_answer,
    visible_questions,
)
from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.fields import AI_SYSTEM_FIELDS, field_map
from govkit.domain.models import AiSystem, Assessment, ChangeEntry
from govkit.i18n import _
from govkit.services.ai_systems import ENTITY, AiSystemService
from govkit.services.assessments import AssessmentService
from govkit.services.context import ServiceContext
from govkit.storage.errors import NotFoundError, UserFacingError

if TYPE_CHECKING:
    from govkit.services.workspace import Workspace

# The outcomes of ai-act-classification and the register's tier for each. "Not an AI system"
# is recorded as minimal risk: the register has no tier for it, the AI Act imposes nothing on
# such a system, and minimal risk is the tier with the fewest duties (AI literacy only, which
# is good practice for any automated system). The reasoning says so in words.
OUTCOME_TIERS: dict[str, AiRiskTier] = {
    "prohibited": AiRiskTier.PROHIBITED,
    "high_risk": AiRiskTier.HIGH_RISK,
    "transparency": AiRiskTier.TRANSPARENCY,
    "minimal_risk": AiRiskTier.MINIMAL,
    "not_ai_system": AiRiskTier.MINIMAL,
}
NOT_AI_SYSTEM = "not_ai_system"
AREA_QUESTION = "annex_iii_area"
TRANSPARENCY_SCORE = "transparency_duties"

# Fields of the system's record whose change does not bear on its classification: the
# classification itself, the duty checklist, bookkeeping and contact details.
_NOT_ABOUT_THE_SYSTEM = frozenset(
    {
        "risk_tier",
        "annex_area",
        "classification_reasoning",
        "classification_assessment_id",
        "classified_at",
        "classified_by",
        "classification_history",
        "duties",
        "next_review",
        "internal_notes",
        "status",
        "reference",
        "contact",
        "contact_internal",
        "website",
        "register_entries",
        "team",
        "senior_responsible_owner",
    }
)


class ClassificationError(UserFacingError):
    """An assessment whose result cannot be applied to the register (the message says why)."""


@dataclass(frozen=True)
class ClassificationResult:
    """What a classification assessment's answers lead to, ready for the register."""

    outcome_id: str  # the questionnaire's outcome ("high_risk", "not_ai_system", …)
    outcome_label: str
    tier: AiRiskTier
    annex_area: str  # the AnnexIIIArea value recorded (high-risk only), or ""
    annex_areas: tuple[AnnexIIIArea, ...]  # every area where a listed use was chosen
    annex_points: tuple[str, ...]  # the points of Annex III chosen ("5a", "3a", …)
    transparency: bool  # Art. 50 applies (the transparency_duties score is above 0)
    reasoning: str

    @property
    def is_ai_system(self) -> bool:
        return self.outcome_id != NOT_AI_SYSTEM


def read_classification(
    definition: Definition,
    answers: Mapping[str, Answer],
    *,
    heading: str = "",
    language: str = "en",
) -> ClassificationResult:
    """The register's classification from the answers to an AI Act classification
    questionnaire (pure; nothing is stored). ``heading`` opens the reasoning (e.g. which
    assessment it comes from). Raises ``ClassificationError`` while the questionnaire gives no
    outcome (required questions unanswered) or gives one the register does not know."""
    evaluation = evaluate(definition, answers, language)
    outcome = evaluation.outcome
    if outcome is None:
        raise ClassificationError(
            _(
                "The classification is not finished: {n} required questions are not answered "
                "yet. Answer them, then apply the result."
            ).format(n=len(evaluation.missing))
        )
    tier = OUTCOME_TIERS.get(outcome.id)
    if tier is None:
        raise ClassificationError(
            _(
                "The questionnaire's outcome “{outcome}” is not one the AI systems register "
                "knows: use the built-in EU AI Act classification questionnaire."
            ).format(outcome=outcome.label.get(language))
        )
    shown = {
        q.id: q
        for q in visible_questions(definition, answers)
        if q.id in answers and validate_answer(q, answers[q.id].value) is None
    }
    chosen_areas = _chosen(shown, answers, AREA_QUESTION)
    areas: list[AnnexIIIArea] = []
    points: list[str] = []
    for area in AnnexIIIArea:
        if area.value not in chosen_areas:
            continue
        uses = [p for p in _chosen(shown, answers, f"annex_iii_{area.point}_uses") if p != "none"]
        if uses:
            areas.append(area)
            points.extend(uses)
    recorded = _main_area(areas) if tier is AiRiskTier.HIGH_RISK else None
    transparency = evaluation.scores.get(TRANSPARENCY_SCORE, 0) > 0

    lines = [heading.strip()] if heading.strip() else []
    lines.append(_("Outcome: {outcome}.").format(outcome=outcome.label.get(language)))
    lines += [f"- {reason}" for reason in evaluation.reasons]
    if outcome.id == NOT_AI_SYSTEM:
        lines.append(
            _(
                "Not an AI system within the meaning of Art. 3(1) AI Act: the register records "
                "it as minimal risk, so that no AI Act duty is listed for it."
            )
        )
    if recorded is not None and len(areas) > 1:
        lines.append(
            _(
                "Uses listed in several areas of Annex III: {areas}. The register records "
                "{area}, the first that carries the most duties; the others apply too."
            ).format(
                areas="; ".join(a.label for a in areas),
                area=recorded.label,
            )
        )
    elif recorded is not None:
        lines.append(_("Annex III area: {area}.").format(area=recorded.label))
    if transparency and tier is not AiRiskTier.TRANSPARENCY:
        lines.append(_("The transparency obligations of Art. 50 apply as well."))
    notes = _notes(definition, shown, answers)
    if notes:
        lines.append(_("Notes recorded with the answers:"))
        lines += [f"- {note}" for note in notes]
    return ClassificationResult(
        outcome_id=outcome.id,
        outcome_label=outcome.label.get(language),
        tier=tier,
        annex_area=recorded.value if recorded is not None else "",
        annex_areas=tuple(areas),
        annex_points=tuple(points),
        transparency=transparency,
        reasoning="\n".join(lines),
    )


def classification_result(
    source: ServiceContext | Workspace, assessment_id: str, *, language: str = "en"
) -> ClassificationResult:
    """What applying the classification assessment ``assessment_id`` would record (nothing is
    changed). Raises ``ClassificationError`` (or ``NotFoundError``) as ``apply_classification``
    does."""
    ctx = _context(source)
    row, _system = _classification_of(ctx, assessment_id)
    return _result(ctx, row, language)


def apply_classification(
    source: ServiceContext | Workspace, assessment_id: str, *, language: str = "en"
) -> AiSystem:
    """Record the result of the EU AI Act classification assessment ``assessment_id`` as its AI
    system's classification, and return the system as saved.

    The tier comes from the questionnaire's outcome (prohibited, high-risk, transparency,
    minimal risk; "not an AI system" is recorded as minimal risk and the reasoning says so);
    the Annex III area from the answer to ``annex_iii_area`` (a high-risk system only; with
    several areas, the first carrying the most duties, the reasoning naming them all);
    ``transparency_obligations`` from the ``transparency_duties`` score; the reasoning from
    the engine's reasons and the notes given with the answers, in ``language``. The earlier
    classification moves to the system's classification history and the duty checklist
    follows the new tier (one history entry).

    Raises ``ClassificationError`` (shown as is) when the assessment is not an AI Act
    classification, is not about an AI system, is archived or rejected, or gives no outcome
    yet; ``NotFoundError`` when the assessment or its system no longer exists.
    """
    ctx = _context(source)
    row, system = _classification_of(ctx, assessment_id)
    result = _result(ctx, row, language)
    return AiSystemService(ctx).set_classification(
        system.id,
        result.tier,
        result.annex_area,
        result.reasoning,
        assessment_id,
        transparency=result.transparency,
    )


class ClassificationState(StrEnum):
    NOT_CLASSIFIED = "not_classified"
    BY_HAND = "by_hand"  # classified without a classification assessment
    CURRENT = "current"
    SYSTEM_CHANGED = "system_changed"  # the record changed after the classification
    ASSESSMENT_CHANGED = "assessment_changed"  # its answers now lead elsewhere
    NEWER_ASSESSMENT = "newer_assessment"  # a later classification was started
    ASSESSMENT_MISSING = "assessment_missing"  # deleted or archived


@dataclass(frozen=True)
class ClassificationStatus:
    """Whether a system's classification still stands, with a message to show."""

    state: ClassificationState
    message: str
    assessment_id: str = ""  # the assessment the classification came from
    newer_assessment_id: str = ""  # NEWER_ASSESSMENT: the one to finish and apply
    changed_fields: tuple[str, ...] = ()  # SYSTEM_CHANGED: field names, form order

    @property
    def redo_suggested(self) -> bool:
        """The classification should be checked and done again."""
        return self.state in (
            ClassificationState.SYSTEM_CHANGED,
            ClassificationState.ASSESSMENT_CHANGED,
            ClassificationState.NEWER_ASSESSMENT,
            ClassificationState.ASSESSMENT_MISSING,
        )


def classification_status(
    source: ServiceContext | Workspace, system: AiSystem
) -> ClassificationStatus:
    """Whether ``system``'s classification still stands, most pressing reason first: its
    assessment is gone, its answers now lead to another result, a newer classification was
    started, or the system's record changed (what it does, its models, data, use) after it
    was classified. Duty progress, contacts and review dates do not count as changes."""
    ctx = _context(source)
    if system.classified_at is None or system.risk_tier == AiRiskTier.NOT_CLASSIFIED:
        return ClassificationStatus(
            ClassificationState.NOT_CLASSIFIED,
            _("Not classified yet: start an EU AI Act classification of the system."),
        )
    applied = system.classification_assessment_id
    changed = _changed_since_classified(ctx, system.id)
    row = None
    if applied:
        with ctx.transaction() as s:
            row = s.get(Assessment, applied)
            if row is not None:
                s.expunge(row)
        if row is None or row.archived_at is not None or row.subject_id != system.id:
            return ClassificationStatus(
                ClassificationState.ASSESSMENT_MISSING,
                _(
                    "The assessment this classification came from no longer exists or was "
                    "archived: do the classification again."
                ),
                applied,
            )
    # A classification made by hand may cite another kind of assessment (a DPIA, say).
    guided = row if row is not None and row.kind == AssessmentKind.AI_ACT_CLASSIFICATION else None
    if guided is not None:
        try:
            now = classification_result(ctx, guided.id)
        except ClassificationError:
            now = None
        # A transparency flag changed by hand since is a change of the record (below).
        by_hand = "transparency_obligations" in changed
        if (
            now is None
            or (now.tier, now.annex_area) != (AiRiskTier(system.risk_tier), system.annex_area)
            or (not by_hand and now.transparency != system.transparency_obligations)
        ):
            return ClassificationStatus(
                ClassificationState.ASSESSMENT_CHANGED,
                _(
                    "The answers of {reference} changed after its result was applied: apply "
                    "the result again."
                ).format(reference=guided.reference),
                applied,
            )
    newer = _newer_classification(ctx, system, guided)
    if newer is not None:
        return ClassificationStatus(
            ClassificationState.NEWER_ASSESSMENT,
            _(
                "A newer classification, {reference} v{version}, was started after this one: "
                "finish it and apply its result."
            ).format(reference=newer.reference, version=newer.version),
            applied,
            newer_assessment_id=newer.id,
        )
    if changed:
        labels = field_map(AI_SYSTEM_FIELDS)
        return ClassificationStatus(
            ClassificationState.SYSTEM_CHANGED,
            _(
                "The system's record changed after it was classified ({fields}): check that "
                "the classification still holds and do it again if needed."
            ).format(fields=", ".join(labels[f].label for f in changed)),
            applied,
            changed_fields=changed,
        )
    if guided is None:
        return ClassificationStatus(
            ClassificationState.BY_HAND,
            _(
                "Classified by hand, without a classification assessment: a guided "
                "classification would keep every answer behind it."
            ),
            applied,
        )
    return ClassificationStatus(
        ClassificationState.CURRENT,
        _("Classified on {date} with {reference} v{version}.").format(
            date=system.classified_at.date().isoformat(),
            reference=guided.reference,
            version=guided.version,
        ),
        applied,
    )


# -- helpers --------------------------------------------------------------------------------


def _context(source: ServiceContext | Workspace) -> ServiceContext:
    return source if isinstance(source, ServiceContext) else source.ctx


def _classification_of(ctx: ServiceContext, assessment_id: str) -> tuple[Assessment, AiSystem]:
    row = AssessmentService(ctx).get(assessment_id)
    if row.kind != AssessmentKind.AI_ACT_CLASSIFICATION:
        raise ClassificationError(
            _(
                "{reference} is a {kind}, not an EU AI Act classification: only a "
                "classification's result can be applied to the AI systems register."
            ).format(reference=row.reference, kind=AssessmentKind(row.kind).label.lower())
        )
    if row.subject_type != ENTITY or not row.subject_id:
        raise ClassificationError(
            _(
                "{reference} is not about an AI system of the register, so its result has no "
                "system to be applied to."
            ).format(reference=row.reference)
        )
    with ctx.transaction() as s:
        system = s.get(AiSystem, row.subject_id)
        if system is None:
            raise NotFoundError(_("The AI system this classification is about no longer exists."))
        s.expunge(system)
    if row.archived_at is not None:
        raise ClassificationError(
            _("{reference} is archived: its result can no longer be applied.").format(
                reference=row.reference
            )
        )
    if row.status == AssessmentStatus.REJECTED:
        raise ClassificationError(
            _(
                "{reference} was rejected at review: rework it and have it accepted before "
                "applying its result."
            ).format(reference=row.reference)
        )
    return row, system


def _result(ctx: ServiceContext, row: Assessment, language: str) -> ClassificationResult:
    service = AssessmentService(ctx)
    return read_classification(
        service.definition(row), service.answers(row), heading=_heading(row), language=language
    )


def _heading(row: Assessment) -> str:
    status = AssessmentStatus(row.status)
    if status is AssessmentStatus.APPROVED and row.approved_at is not None:
        state = _("approved on {date}").format(date=row.approved_at.date().isoformat())
    else:
        state = status.label.lower()
    return _("From the classification {reference} v{version} ({state}).").format(
        reference=row.reference, version=row.version, state=state
    )


def _chosen(shown: Mapping[str, object], answers: Mapping[str, Answer], qid: str) -> list[str]:
    if qid not in shown:
        return []
    value = answers[qid].value
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [str(v) for v in value]
    return []


def _main_area(areas: list[AnnexIIIArea]) -> AnnexIIIArea | None:
    """The area the register records: the first in Annex III order, but critical
    infrastructure only when it is the only one (the other areas add the FRIA and the
    registration duties of a public deployer, Art. 27 and 49(3))."""
    others = [a for a in areas if a is not AnnexIIIArea.CRITICAL_INFRASTRUCTURE]
    if others:
        return others[0]
    return areas[0] if areas else None


def _notes(
    definition: Definition, shown: Mapping[str, object], answers: Mapping[str, Answer]
) -> list[str]:
    """The reasoning people wrote: notes of shown answers and long-text answers, in order."""
    notes: list[str] = []
    for question in definition.all_questions():
        if question.id not in shown:
            continue
        answer = answers[question.id]
        if question.type is QuestionType.LONG_TEXT and isinstance(answer.value, str):
            notes.append(answer.value.strip())
        if answer.note.strip():
            notes.append(answer.note.strip())
    return [n for n in notes if n]


def _newer_classification(
    ctx: ServiceContext, system: AiSystem, applied: Assessment | None
) -> Assessment | None:
    """A classification of the system started after its classification was recorded: a newer
    version of the applied assessment, or another classification created since."""
    with ctx.transaction() as s:
        rows = list(
            s.exec(
                select(Assessment)
                .where(
                    Assessment.subject_type == ENTITY,
                    Assessment.subject_id == system.id,
                    Assessment.kind == AssessmentKind.AI_ACT_CLASSIFICATION,
                    col(Assessment.archived_at).is_(None),
                )
                .order_by(col(Assessment.created_at), col(Assessment.version))
            )
        )
        for r in rows:
            s.expunge(r)
    classified = system.classified_at.replace(tzinfo=None) if system.classified_at else None
    for row in reversed(rows):
        if applied is not None and row.id == applied.id:
            continue
        if applied is not None and row.series_id == applied.series_id:
            if row.version > applied.version:
                return row
            continue
        if classified is not None and row.created_at.replace(tzinfo=None) > classified:
            return row
    return None


def _changed_since_classified(ctx: ServiceContext, system_id: str) -> tuple[str, ...]:
    """The fields of the record changed after its latest classification (form order)."""
    with ctx.transaction() as s:
        entries = list(
            s.exec(
                select(ChangeEntry)
                .where(ChangeEntry.entity_type == ENTITY, ChangeEntry.entity_id == system_id)
                .order_by(col(ChangeEntry.seq))
            )
        )
    changed: set[str] = set()
    for entry in entries:
        fields = {c.get("field", "") for c in json.loads(entry.changes_json)}
        if fields & {"classified_at", "classification_history"}:
            # A classification (the first sets classified_at; a later one, perhaps within the
            # same second, adds to the history): count only what came after it.
            changed.clear()
            continue
        changed |= fields - _NOT_ABOUT_THE_SYSTEM
    return tuple(spec.name for spec in AI_SYSTEM_FIELDS if spec.name in changed)


__all__ = [
    "OUTCOME_TIERS",
    "ClassificationError",
    "ClassificationResult",
    "ClassificationState",
    "ClassificationStatus",
    "apply_classification",
    "classification_result",
    "classification_status",
    "read_classification",
]
