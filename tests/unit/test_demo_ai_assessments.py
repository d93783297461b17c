"""The demo municipality's AI assessments: real answers, classifications that follow from
them, checklists and a FRIA at their stages, all fast and reproducible."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from govkit.assessments import evaluate, validate_answers, visible_questions
from govkit.domain.ai_enums import AiRiskTier, DutyKey, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.models import Assessment
from govkit.services import demo
from govkit.services.ai_classification import (
    OUTCOME_TIERS,
    ClassificationState,
    classification_status,
)
from govkit.services.ai_systems import AiSystemService
from govkit.services.assessments import AssessmentService, content_hash
from govkit.services.catalogues import CatalogueService
from govkit.services.context import Actor, ServiceContext
from govkit.services.demo_ai import SYSTEMS
from govkit.services.demo_ai_assessments import CLASSIFICATIONS
from govkit.storage import database

TODAY = date(2026, 6, 15)
BUDGET_SECONDS = 15.0  # the default demo takes about a second; fail if it becomes very slow


def _ai_assessments(ctx: ServiceContext) -> list[Assessment]:
    service = AssessmentService(ctx)
    return [
        row
        for system in AiSystemService(ctx).all()
        for row in service.for_subject("ai_system", system.id)
    ]


@pytest.fixture(scope="module")
def populated() -> ServiceContext:
    conn = database.new_connection()
    database.create_schema(conn)
    ctx = ServiceContext(conn, Actor("Demo Tester", "slot-demo"))
    CatalogueService(ctx).seed_builtins()
    demo.populate_context(ctx, today=TODAY)
    return ctx


def test_every_demo_ai_assessment_answers_its_questionnaire_validly(
    populated: ServiceContext,
) -> None:
    service = AssessmentService(populated)
    rows = _ai_assessments(populated)
    kinds = {AssessmentKind(r.kind) for r in rows}
    assert kinds == {
        AssessmentKind.AI_ACT_CLASSIFICATION,
        AssessmentKind.AI_ETHICS,
        AssessmentKind.FRIA,
    }
    for row in rows:
        definition = service.definition(row)
        answers = service.answers(row)
        assert answers, row.reference
        assert validate_answers(definition, answers) == {}, row.reference
        shown = {q.id for q in visible_questions(definition, answers)}
        assert set(answers) <= shown, (row.reference, set(answers) - shown)  # no stray answers
        assert definition.id == AssessmentKind(row.kind).definition_id
        if row.status != AssessmentStatus.DRAFT:  # submitted: every required question answered
            assert evaluate(definition, answers).complete, row.reference


def test_the_register_s_classifications_are_their_assessments_outcomes(
    populated: ServiceContext,
) -> None:
    service = AssessmentService(populated)
    expected = {values["reference"]: classification for values, _l, classification, _d in SYSTEMS}
    for system in AiSystemService(populated).all():
        if expected[system.reference] is None:
            assert system.risk_tier == AiRiskTier.NOT_CLASSIFIED
            assert not system.classification_assessment_id
            continue
        row = service.get(system.classification_assessment_id)
        assert row.kind == AssessmentKind.AI_ACT_CLASSIFICATION
        assert (row.subject_type, row.subject_id) == ("ai_system", system.id)
        evaluation = service.evaluation(row)
        assert evaluation.outcome is not None and evaluation.complete
        assert system.risk_tier == OUTCOME_TIERS[evaluation.outcome.id]
        assert (system.risk_tier, system.annex_area) == expected[system.reference]
        assert system.transparency_obligations is (evaluation.scores["transparency_duties"] > 0)
        assert row.reference in system.classification_reasoning
        for reason in evaluation.reasons:
            assert reason in system.classification_reasoning
    by_ref = {s.reference: s for s in AiSystemService(populated).all()}
    # the chat assistant's transparency comes from the answers, with its duty
    assert by_ref["AI-004"].transparency_obligations
    # the CCTV proposal's classification is a draft still being answered
    cctv = [
        r
        for r in service.for_subject("ai_system", by_ref["AI-006"].id)
        if r.kind == AssessmentKind.AI_ACT_CLASSIFICATION
    ]
    assert [r.status for r in cctv] == [AssessmentStatus.DRAFT]
    assert service.evaluation(cctv[0]).outcome is None
    # every demo classification has its answers in CLASSIFICATIONS
    assert set(CLASSIFICATIONS) == {r for r, c in expected.items() if c is not None} | {"AI-006"}


def test_classifications_go_through_review_and_sign_off(populated: ServiceContext) -> None:
    rows = [r for r in _ai_assessments(populated) if r.kind == AssessmentKind.AI_ACT_CLASSIFICATION]
    statuses = {r.status for r in rows}
    assert statuses == {
        AssessmentStatus.APPROVED,
        AssessmentStatus.SUBMITTED,
        AssessmentStatus.DRAFT,
    }
    for row in rows:
        if row.status == AssessmentStatus.APPROVED:
            assert row.signoffs[-1].decision == "approved" and row.signoffs[-1].name
            assert row.content_hash == content_hash(row)
            assert row.next_review is not None and row.next_review > TODAY


def test_ethics_checklists_and_the_fria(populated: ServiceContext) -> None:
    service = AssessmentService(populated)
    systems = {s.reference: s for s in AiSystemService(populated).all()}
    rows = _ai_assessments(populated)
    ethics = [r for r in rows if r.kind == AssessmentKind.AI_ETHICS]
    assert sorted(r.status for r in ethics) == [AssessmentStatus.APPROVED, AssessmentStatus.DRAFT]
    approved = next(r for r in ethics if r.status == AssessmentStatus.APPROVED)
    assert approved.subject_id == systems["AI-001"].id and approved.signoffs
    assert service.evaluation(approved).complete
    draft = next(r for r in ethics if r.status == AssessmentStatus.DRAFT)
    assert draft.subject_id == systems["AI-004"].id
    assert not service.evaluation(draft).complete  # still being answered
    frias = {r.subject_id: r for r in rows if r.kind == AssessmentKind.FRIA}
    assert len(frias) == 2
    benefit = systems["AI-001"]
    fria = frias[benefit.id]
    assert fria.status == AssessmentStatus.APPROVED
    # the fraud pilot's FRIA is a draft, which its duty (in progress) names
    fraud = systems["AI-005"]
    draft_fria = frias[fraud.id]
    assert draft_fria.status == AssessmentStatus.DRAFT
    fraud_duty = next(d for d in fraud.duties if d.key == DutyKey.FRIA)
    assert fraud_duty.status == DutyStatus.IN_PROGRESS
    assert draft_fria.reference in fraud_duty.evidence
    answers = service.answers(fria)
    rights = answers["rights_at_stake"].value
    assert isinstance(rights, tuple) and len(rights) >= 2 and "none" not in rights
    for right in rights:  # the roadmap of each right is answered
        for part in ("legal_basis", "seriousness", "necessity", "proportionality", "measures"):
            assert f"{right}_{part}" in answers, (right, part)
    evaluation = service.evaluation(fria)
    assert evaluation.complete and evaluation.outcome is not None
    # the FRIA duty is done, its evidence the FRIA's findings, which the registration uses
    duty = next(d for d in benefit.duties if d.key == DutyKey.FRIA)
    assert duty.status == DutyStatus.DONE
    assert fria.reference in duty.evidence
    assert evaluation.outcome.label.get("en") in duty.evidence
    summary = AiSystemService(populated).registration_content(benefit.id)[3]
    assert fria.reference in summary.value


def test_the_register_suggests_redoing_a_changed_system(populated: ServiceContext) -> None:
    states = {
        s.reference: classification_status(populated, s).state
        for s in AiSystemService(populated).all()
    }
    assert states.pop("AI-006") is ClassificationState.NOT_CLASSIFIED
    assert states.pop("AI-007") is ClassificationState.SYSTEM_CHANGED
    assert set(states.values()) == {ClassificationState.CURRENT}


def test_the_demo_is_reproducible_and_fast() -> None:
    def run() -> tuple[float, list[tuple[str, str, str, str]]]:
        conn = database.new_connection()
        database.create_schema(conn)
        ctx = ServiceContext(conn, Actor("Demo Tester", "slot-demo"))
        CatalogueService(ctx).seed_builtins()
        started = time.perf_counter()
        demo.populate_context(ctx, today=TODAY)
        elapsed = time.perf_counter() - started
        systems = {s.id: s for s in AiSystemService(ctx).all()}
        content = sorted(
            (
                r.reference,
                systems[r.subject_id].reference,
                json.dumps(json.loads(r.answers_json), sort_keys=True),
                systems[r.subject_id].risk_tier + systems[r.subject_id].annex_area,
            )
            for r in _ai_assessments(ctx)
        )
        return elapsed, content

    first_time, first = run()
    second_time, second = run()
    assert first == second
    assert max(first_time, second_time) < BUDGET_SECONDS
