"""Applying an EU AI Act classification assessment to the AI systems register, and telling
when the classification should be redone."""

from __future__ import annotations

import json
from typing import Any

import pytest

from govkit.assessments import Answer, builtin_definition
from govkit.domain.ai_enums import AiRiskTier, DutyKey, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind
from govkit.domain.models import AiSystem, Assessment, utcnow
from govkit.services.ai_classification import (
    ClassificationError,
    ClassificationState,
    apply_classification,
    classification_result,
    classification_status,
    read_classification,
)
from govkit.services.ai_systems import AiSystemService
from govkit.services.assessments import AssessmentService
from govkit.services.context import ServiceContext
from govkit.services.registers import controller_service
from govkit.services.workspace import Workspace
from govkit.storage.errors import NotFoundError, UserFacingError

ART5 = (
    "art5_a_manipulation",
    "art5_b_vulnerabilities",
    "art5_c_social_scoring",
    "art5_d_crime_prediction",
    "art5_e_facial_scraping",
    "art5_f_emotion_recognition",
    "art5_g_biometric_categorisation",
    "art5_h_realtime_rbi",
)
ART50 = (
    "art50_1_interaction",
    "art50_2_synthetic_content",
    "art50_3_emotion_biometric",
    "art50_4_deep_fake",
    "art50_4_public_text",
)


def _plain(**changes: Any) -> dict[str, Any]:
    """An AI system with nothing under Art. 5, 6 or 50, changed by ``changes``."""
    answers: dict[str, Any] = {"ai_infers": "yes", "ai_autonomy": "yes"}
    answers.update({q: "no" for q in ART5})
    answers.update({"annex_i_product": "no", "annex_iii_area": ["none"]})
    answers.update({q: "no" for q in ART50})
    answers.update(changes)
    return answers


@pytest.fixture
def system(ctx: ServiceContext) -> AiSystem:
    return AiSystemService(ctx).create(
        {"name": "Benefit pre-check", "department": "Social services", "reference": "AI-001"}
    )


def _classify(ctx: ServiceContext, system: AiSystem, answers: dict[str, Any]) -> Assessment:
    """A classification answered one answer at a time, as the window does."""
    service = AssessmentService(ctx)
    row = service.start(
        AssessmentKind.AI_ACT_CLASSIFICATION, subject_type="ai_system", subject_id=system.id
    )
    for question, value in answers.items():
        if isinstance(value, tuple):
            service.answer(row.id, question, value[0], note=value[1])
        else:
            service.answer(row.id, question, value)
    return service.get(row.id)


@pytest.mark.parametrize(
    ("answers", "tier", "area", "transparency", "reason"),
    [
        (
            _plain(art5_c_social_scoring="yes"),
            AiRiskTier.PROHIBITED,
            "",
            False,
            "Article 5(1)(c)",
        ),
        (
            _plain(
                annex_iii_area=["essential_services"],
                annex_iii_5_uses=["5a"],
                art6_3_profiling="yes",
            ),
            AiRiskTier.HIGH_RISK,
            "essential_services",
            False,
            "point 5(a)",
        ),
        (_plain(art50_1_interaction="yes"), AiRiskTier.TRANSPARENCY, "", True, "Article 50(1)"),
        (_plain(), AiRiskTier.MINIMAL, "", False, "it is of minimal risk"),
        (
            {"ai_infers": ("no", "Fixed rules written by staff.")},
            AiRiskTier.MINIMAL,
            "",
            False,
            "does not infer",
        ),
    ],
    ids=["prohibited", "high_risk", "transparency", "minimal_risk", "not_ai_system"],
)
def test_each_outcome_gives_its_tier(
    ctx: ServiceContext,
    system: AiSystem,
    answers: dict[str, Any],
    tier: AiRiskTier,
    area: str,
    transparency: bool,
    reason: str,
) -> None:
    row = _classify(ctx, system, answers)
    applied = apply_classification(ctx, row.id)
    assert applied.risk_tier == tier
    assert applied.annex_area == area
    assert applied.transparency_obligations is transparency
    assert applied.classification_assessment_id == row.id
    assert applied.classified_at is not None and applied.classified_by == "Test Person"
    assert reason in applied.classification_reasoning
    assert row.reference in applied.classification_reasoning
    stored = AiSystemService(ctx).get(system.id)
    assert (stored.risk_tier, stored.classification_assessment_id) == (tier, row.id)
    keys = [d.key for d in stored.duties]
    if tier is AiRiskTier.PROHIBITED:
        assert keys == [DutyKey.STOP_USE]
    elif tier is AiRiskTier.HIGH_RISK:
        assert DutyKey.FRIA in keys and DutyKey.REGISTRATION in keys
    elif tier is AiRiskTier.TRANSPARENCY:
        assert keys == [DutyKey.AI_LITERACY, DutyKey.TRANSPARENCY_NOTICE]
    else:
        assert keys == [DutyKey.AI_LITERACY]
    assert classification_status(ctx, stored).state is ClassificationState.CURRENT


def test_not_an_ai_system_is_recorded_as_minimal_risk_and_says_so(
    ctx: ServiceContext, system: AiSystem
) -> None:
    row = _classify(ctx, system, {"ai_infers": ("no", "Fixed rules written by staff.")})
    result = classification_result(ctx, row.id)
    assert result.outcome_id == "not_ai_system" and not result.is_ai_system
    assert "Not an AI system within the meaning of Art. 3(1)" in result.reasoning
    assert "Fixed rules written by staff." in result.reasoning  # the note is kept
    # reading changes nothing
    assert AiSystemService(ctx).get(system.id).risk_tier == AiRiskTier.NOT_CLASSIFIED


def test_a_prohibited_practice_is_applied_before_the_rest_is_answered(
    ctx: ServiceContext, system: AiSystem
) -> None:
    row = _classify(
        ctx,
        system,
        {"ai_infers": "yes", "ai_autonomy": "yes", "art5_f_emotion_recognition": "yes"},
    )
    applied = apply_classification(ctx, row.id)
    assert applied.risk_tier == AiRiskTier.PROHIBITED and "5(1)(f)" in (
        applied.classification_reasoning
    )


def test_a_high_risk_chatbot_keeps_its_transparency_duty(
    ctx: ServiceContext, system: AiSystem
) -> None:
    row = _classify(
        ctx,
        system,
        _plain(
            annex_iii_area=["essential_services"],
            annex_iii_5_uses=["5a"],
            art6_3_profiling="yes",
            art50_1_interaction="yes",
        ),
    )
    applied = apply_classification(ctx, row.id)
    assert applied.risk_tier == AiRiskTier.HIGH_RISK and applied.transparency_obligations
    assert DutyKey.TRANSPARENCY_NOTICE in [d.key for d in applied.duties]
    assert "Art. 50 apply as well" in applied.classification_reasoning
    # one history entry holds the classification and the flag
    entry = AiSystemService(ctx).history(system.id)[0]
    fields = {c["field"] for c in json.loads(entry.changes_json)}
    assert {"risk_tier", "transparency_obligations", "classification_assessment_id"} <= fields


def test_the_annex_iii_area_is_the_first_that_carries_the_most_duties(
    ctx: ServiceContext, system: AiSystem
) -> None:
    several = _plain(
        annex_iii_area=["critical_infrastructure", "education", "employment"],
        annex_iii_2_uses=["2"],
        annex_iii_3_uses=["3a"],
        annex_iii_4_uses=["none"],
        art6_3_profiling="yes",
    )
    row = _classify(ctx, system, several)
    result = classification_result(ctx, row.id)
    assert result.annex_area == "education"
    # employment was chosen but none of its uses: it does not count
    assert [a.value for a in result.annex_areas] == ["critical_infrastructure", "education"]
    assert result.annex_points == ("2", "3a")
    assert "several areas of Annex III" in result.reasoning
    assert "2. Critical infrastructure" in result.reasoning
    # critical infrastructure alone is recorded (no FRIA or registration then)
    alone = _plain(
        annex_iii_area=["critical_infrastructure"], annex_iii_2_uses=["2"], art6_3_profiling="yes"
    )
    definition = builtin_definition("ai-act-classification")
    answers = {k: Answer(tuple(v) if isinstance(v, list) else v) for k, v in alone.items()}
    result = read_classification(definition, answers)
    assert result.annex_area == "critical_infrastructure"
    assert "several areas" not in result.reasoning


def test_the_art_6_3_exception_and_annex_i_products(ctx: ServiceContext, system: AiSystem) -> None:
    exception = _plain(
        annex_iii_area=["education"],
        annex_iii_3_uses=["3a"],
        art6_3_profiling="no",
        art6_3_conditions=["narrow_procedural"],
        art6_3_assessment="It only checks that the form is complete; people decide.",
    )
    row = _classify(ctx, system, exception)
    applied = apply_classification(ctx, row.id)
    assert (applied.risk_tier, applied.annex_area) == (AiRiskTier.MINIMAL, "")
    assert "Article 6(3)" in applied.classification_reasoning
    assert "It only checks that the form is complete" in applied.classification_reasoning
    product = _classify(ctx, system, _plain(annex_i_product="yes"))
    applied = apply_classification(ctx, product.id)
    assert (applied.risk_tier, applied.annex_area) == (AiRiskTier.HIGH_RISK, "")
    assert DutyKey.FRIA not in [d.key for d in applied.duties]
    # the earlier classification is kept in the history
    assert [(h.tier, h.assessment_id) for h in applied.classification_history] == [
        ("minimal", row.id)
    ]


def test_refusals_say_why(ctx: ServiceContext, system: AiSystem) -> None:
    service = AssessmentService(ctx)
    screening = service.start(
        AssessmentKind.DPIA_SCREENING, subject_type="ai_system", subject_id=system.id
    )
    with pytest.raises(ClassificationError, match="not an EU AI Act classification"):
        apply_classification(ctx, screening.id)
    activity = controller_service(ctx).create({"name": "Loans", "department": "Library"})
    about_activity = service.start(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        subject_type="controller_activity",
        subject_id=activity.id,
    )
    with pytest.raises(ClassificationError, match="not about an AI system"):
        apply_classification(ctx, about_activity.id)
    unfinished = _classify(ctx, system, {"ai_infers": "yes", "ai_autonomy": "yes"})
    with pytest.raises(ClassificationError, match="not finished: 15 required questions"):
        apply_classification(ctx, unfinished.id)
    # rejected at review
    rejected = _classify(ctx, system, _plain())
    service.submit(rejected.id)
    service.start_review(rejected.id)
    service.reject(rejected.id, name="Ada", role="DPO", reason="Annex III 5(a) overlooked.")
    with pytest.raises(ClassificationError, match="rejected at review"):
        apply_classification(ctx, rejected.id)
    # archived
    definition = builtin_definition("ai-act-classification")
    archived = service.create_imported(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        title="Old",
        definition=definition,
        answers={},
        subject_type="ai_system",
        subject_id=system.id,
        source="test",
        archived=True,
    )
    with pytest.raises(ClassificationError, match="archived"):
        apply_classification(ctx, archived.id)
    with pytest.raises(NotFoundError):
        apply_classification(ctx, "no-such-assessment")
    # nothing was recorded by the refusals
    assert AiSystemService(ctx).get(system.id).classified_at is None
    # the system deleted
    finished = _classify(ctx, system, _plain())
    AiSystemService(ctx).delete(system.id)
    with pytest.raises(NotFoundError, match="AI system"):
        apply_classification(ctx, finished.id)
    assert issubclass(ClassificationError, UserFacingError)


def test_the_status_says_when_to_redo_the_classification(
    ctx: ServiceContext, system: AiSystem
) -> None:
    systems = AiSystemService(ctx)
    assessments = AssessmentService(ctx)
    status = classification_status(ctx, system)
    assert status.state is ClassificationState.NOT_CLASSIFIED and not status.redo_suggested
    by_hand = systems.set_classification(system.id, "minimal", "", "Looked at it.")
    status = classification_status(ctx, by_hand)
    assert status.state is ClassificationState.BY_HAND and not status.redo_suggested
    # by hand, citing another kind of assessment
    screening = assessments.start(
        AssessmentKind.DPIA_SCREENING, subject_type="ai_system", subject_id=system.id
    )
    by_hand = systems.set_classification(system.id, "minimal", "", "See it.", screening.id)
    assert classification_status(ctx, by_hand).state is ClassificationState.BY_HAND

    row = _classify(ctx, system, _plain())
    applied = apply_classification(ctx, row.id)
    status = classification_status(ctx, applied)
    assert status.state is ClassificationState.CURRENT and status.assessment_id == row.id
    assert row.reference in status.message
    # progress on duties, contacts and review dates are no change of the system
    systems.update_duty(system.id, DutyKey.AI_LITERACY, status=DutyStatus.DONE, evidence="x")
    changed = systems.update(system.id, {"contact": "ai@example.org", "next_review": None})
    assert classification_status(ctx, changed).state is ClassificationState.CURRENT
    # what the system does is
    changed = systems.update(system.id, {"outputs": "Now also drafts the decision letter."})
    status = classification_status(ctx, changed)
    assert status.state is ClassificationState.SYSTEM_CHANGED and status.redo_suggested
    assert status.changed_fields == ("outputs",) and "System outputs" in status.message
    # applying again settles it
    again = apply_classification(ctx, row.id)
    assert classification_status(ctx, again).state is ClassificationState.CURRENT
    # the draft's answers now lead elsewhere
    assessments.answer(row.id, "art50_1_interaction", "yes")
    status = classification_status(ctx, systems.get(system.id))
    assert status.state is ClassificationState.ASSESSMENT_CHANGED
    current = apply_classification(ctx, row.id)
    assert current.risk_tier == AiRiskTier.TRANSPARENCY
    assert classification_status(ctx, current).state is ClassificationState.CURRENT
    # a newer version of the approved assessment is started
    assessments.submit(row.id)
    assessments.start_review(row.id)
    assessments.approve(row.id, name="Ada", role="DPO")
    assert classification_status(ctx, current).state is ClassificationState.CURRENT
    newer = assessments.new_version(row.id)
    status = classification_status(ctx, current)
    assert status.state is ClassificationState.NEWER_ASSESSMENT
    assert status.newer_assessment_id == newer.id and "v2" in status.message
    # the assessment archived
    with ctx.transaction() as s:
        for assessment_id in (row.id, newer.id):
            stored = s.get(Assessment, assessment_id)
            assert stored is not None
            stored.archived_at = utcnow()
            s.add(stored)
    status = classification_status(ctx, current)
    assert status.state is ClassificationState.ASSESSMENT_MISSING and status.redo_suggested


def test_a_workspace_is_accepted_too(workspace: Workspace) -> None:
    system = workspace.ai_systems.create({"name": "Chat", "department": "Communications"})
    row = _classify(workspace.ctx, system, _plain(art50_1_interaction="yes"))
    applied = apply_classification(workspace, row.id, language="fr")
    assert applied.risk_tier == AiRiskTier.TRANSPARENCY
    assert "Article 50, paragraphe 1" in applied.classification_reasoning
    assert classification_status(workspace, applied).state is ClassificationState.CURRENT
