"""Assessments of activities: screening outcome, workflow, sign-off, versions, history."""

from __future__ import annotations

from datetime import date

import pytest

from govkit.domain.assessment_enums import (
    AssessmentKind,
    AssessmentStatus,
    DpiaState,
    SectionVerdict,
)
from govkit.services.assessments import AssessmentService, WorkflowError, content_hash
from govkit.services.workspace import Workspace
from govkit.storage.errors import ValidationError

CRITERIA = [
    "c1_evaluation_scoring",
    "c2_automated_decision",
    "c3_systematic_monitoring",
    "c4_sensitive_data",
    "c5_large_scale",
    "c6_matching_combining",
    "c7_vulnerable_subjects",
    "c8_innovative_use",
    "c9_prevents_rights",
]


@pytest.fixture
def service(workspace: Workspace) -> AssessmentService:
    return AssessmentService(workspace.ctx)


@pytest.fixture
def activity(workspace: Workspace) -> str:
    return workspace.activities.create(
        {"name": "CCTV in the market square", "department": "Public order"}
    ).id


def screen(service: AssessmentService, subject: str, yes: int) -> str:
    row = service.start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=subject
    )
    for n, question in enumerate(CRITERIA):
        service.answer(row.id, question, "yes" if n < yes else "no")
    service.answer(row.id, "authority_list", "no")
    service.answer(row.id, "art35_3", ["none"])
    return row.id


def test_a_screening_decides_the_activitys_dpia_state(
    service: AssessmentService, activity: str
) -> None:
    assert service.dpia_state("controller_activity", activity) is DpiaState.NOT_SCREENED
    first = screen(service, activity, yes=0)
    assert service.get(first).outcome == "no_dpia_needed"
    assert service.dpia_state("controller_activity", activity) is DpiaState.NO_DPIA_NEEDED
    service.answer(first, "c3_systematic_monitoring", "yes", note="Cameras film the market")
    service.answer(first, "c5_large_scale", "yes")
    row = service.get(first)
    assert row.outcome == "dpia_required" and row.reference == "SCR-001"
    assert service.answers(row)["c3_systematic_monitoring"].note == "Cameras film the market"
    assert service.dpia_state("controller_activity", activity) is DpiaState.DPIA_REQUIRED
    dpia = service.start(
        AssessmentKind.DPIA, subject_type="controller_activity", subject_id=activity
    )
    assert [r.cnil_ref for r in dpia.risks] == ["3.2", "3.3", "3.4"]
    assert dpia.reference == "DPIA-001" and "CCTV in the market square" in dpia.title
    assert service.dpia_state("controller_activity", activity) is DpiaState.DPIA_IN_PROGRESS


def test_wrong_answers_are_refused(service: AssessmentService, activity: str) -> None:
    row = service.start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=activity
    )
    with pytest.raises(ValidationError):
        service.answer(row.id, "c1_evaluation_scoring", "perhaps")
    with pytest.raises(ValidationError):
        service.answer(row.id, "no_such_question", "yes")
    with pytest.raises(WorkflowError, match="required"):
        service.submit(row.id)


def test_review_sign_off_and_new_version(service: AssessmentService, activity: str) -> None:
    screening = screen(service, activity, yes=2)
    service.submit(screening)
    with pytest.raises(WorkflowError):
        service.answer(screening, "c1_evaluation_scoring", "no")  # frozen during review
    service.start_review(screening)
    with pytest.raises(ValidationError):
        service.review_section(screening, "criteria", SectionVerdict.IMPROVABLE)  # no comment
    service.review_section(
        screening, "criteria", SectionVerdict.IMPROVABLE, "Explain the camera coverage"
    )
    reviewed = service.get(screening)
    assert reviewed.action_plan[0].measure == "Explain the camera coverage"
    assert reviewed.action_plan[0].origin == "criteria"
    approved = service.approve(
        screening, name="Adaeze Okafor", role="DPO", next_review=date(2027, 11, 1)
    )
    assert approved.status is AssessmentStatus.APPROVED
    assert approved.signoffs[-1].name == "Adaeze Okafor"
    assert approved.content_hash == approved.signoffs[-1].content_hash == content_hash(approved)
    with pytest.raises(WorkflowError, match="new version"):
        service.answer(screening, "c1_evaluation_scoring", "no")
    second = service.new_version(screening)
    assert (second.version, second.series_id, second.status) == (
        2,
        approved.series_id,
        AssessmentStatus.DRAFT,
    )
    assert second.reference == approved.reference and second.answers_json == approved.answers_json
    service.answer(second.id, "c1_evaluation_scoring", "no")
    assert service.get(screening).answers_json == approved.answers_json  # old one unchanged
    assert [v.version for v in service.versions(approved.series_id)] == [1, 2]


def test_one_criterion_needs_the_dpos_decision(service: AssessmentService, activity: str) -> None:
    screening = screen(service, activity, yes=1)
    assert service.get(screening).outcome == "dpia_recommended"
    assert service.dpia_state("controller_activity", activity) is DpiaState.DPIA_REQUIRED
    service.answer(screening, "reasoning", "One criterion only; small scale, no profiling.")
    service.submit(screening)
    service.start_review(screening)
    service.approve(screening, name="Ada", role="DPO", next_review=None)
    assert service.dpia_state("controller_activity", activity) is DpiaState.NO_DPIA_NEEDED


def test_rejection_needs_a_reason_and_reopens_for_work(
    service: AssessmentService, activity: str
) -> None:
    screening = screen(service, activity, yes=1)
    service.answer(screening, "reasoning", "Only one criterion; no large-scale processing.")
    service.submit(screening)
    service.start_review(screening)
    with pytest.raises(ValidationError):
        service.reject(screening, name="Mary Smith", role="Validator", reason=" ")
    rejected = service.reject(
        screening, name="Mary Smith", role="Validator", reason="Incomplete", requested_changes="x"
    )
    assert rejected.status is AssessmentStatus.REJECTED
    assert rejected.signoffs[-1].reason == "Incomplete"
    service.answer(screening, "c2_automated_decision", "yes")  # rework
    assert service.get(screening).status is AssessmentStatus.DRAFT


def test_every_step_is_in_the_change_history(
    service: AssessmentService, activity: str, workspace: Workspace
) -> None:
    screening = screen(service, activity, yes=2)
    service.submit(screening)
    service.start_review(screening)
    service.approve(screening, name="Ada", role="DPO", next_review=None)
    rows = workspace.ctx.conn.execute(
        "SELECT action FROM change_entry WHERE entity_type = 'assessment' AND entity_id = ?",
        (screening,),
    ).fetchall()
    actions = [a for (a,) in rows]
    assert actions[0] == "create" and actions[-3:] == ["submitted", "under_review", "approved"]
    assert actions.count("update") == len(CRITERIA) + 2


def test_an_assessment_keeps_the_questionnaire_it_was_made_with(
    service: AssessmentService, activity: str, workspace: Workspace
) -> None:
    screening = screen(service, activity, yes=2)
    path = workspace.path
    workspace.save()
    workspace.close()
    reopened = Workspace.open(path, "correct horse battery staple")
    try:
        again = AssessmentService(reopened.ctx)
        row = again.get(screening)
        assert again.definition(row).version == 2  # the newest when it was started
        assert again.evaluation(row).outcome is not None
        assert again.summaries()[0].reference == "SCR-001"
    finally:
        reopened.close()


def test_screenings_made_with_v1_stay_v1_and_new_ones_use_v2(
    service: AssessmentService, activity: str, workspace: Workspace
) -> None:
    """Version 2 asks which entries of the authority's list apply; a screening started with
    version 1 keeps it (same questions, same outcome) after reopening, next to new ones."""
    from govkit.assessments import builtin_definition, visible_questions

    v1 = builtin_definition("dpia-screening", 1)
    old = service.start(
        AssessmentKind.DPIA_SCREENING,
        subject_type="controller_activity",
        subject_id=activity,
        definition=v1,
    ).id
    service.answer(old, "authority_list", "yes")
    with pytest.raises(ValidationError, match="not in the questionnaire"):
        service.answer(old, "authority_list_entries", ["Large-scale processing of health data"])
    new = service.start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=activity
    ).id
    service.answer(new, "authority_list", "yes")
    service.answer(new, "authority_list_entries", ["Large-scale processing of health data"])
    old_answers = service.get(old).answers_json
    path = workspace.path
    workspace.save()
    workspace.close()
    reopened = Workspace.open(path, "correct horse battery staple")
    try:
        again = AssessmentService(reopened.ctx)
        first, second = again.get(old), again.get(new)
        assert again.definition(first) == v1 and again.definition(first).version == 1
        assert again.definition(first).to_json() == v1.to_json()
        assert first.answers_json == old_answers
        assert again.definition(second).version == 2
        shown = [q.id for q in visible_questions(again.definition(first), again.answers(first))]
        assert "authority_list_entries" not in shown
        assert first.outcome == second.outcome == "dpia_required"
        assert again.answers(second)["authority_list_entries"].value == (
            "Large-scale processing of health data",
        )
    finally:
        reopened.close()


def test_exports_carry_the_assessments_of_the_records_in_scope(
    service: AssessmentService, activity: str, workspace: Workspace
) -> None:
    from govkit.services.snapshots import take_snapshot

    other = workspace.activities.create({"name": "Library loans", "department": "Culture"}).id
    screen(service, activity, yes=2)
    screen(service, other, yes=0)
    everything = take_snapshot(workspace)
    assert len(everything.assessments) == 2
    assert set(everything.questionnaires) == {"dpia-screening@2"}
    culture = take_snapshot(workspace, department="Culture")
    assert [a.subject_id for a in culture.assessments] == [other]
    chosen = take_snapshot(workspace, ids=[activity])
    assert [a.subject_id for a in chosen.assessments] == [activity]
    assert chosen.counts["assessments"] == 1


def test_risks_and_review_dates(service: AssessmentService, activity: str) -> None:
    from govkit.domain.assessment_parts import Risk

    dpia = service.start(
        AssessmentKind.DPIA, subject_type="controller_activity", subject_id=activity
    )
    extra = Risk(id="r4", title="Function creep", severity_before=3, likelihood_before=2)
    updated = service.update(dpia.id, {"risks": [*dpia.risks, extra]})
    assert len(updated.risks) == 4 and updated.risks[-1].title == "Function creep"
    with pytest.raises(ValidationError, match="1 \\(negligible\\) to 4"):
        service.update(dpia.id, {"risks": [Risk(id="r5", title="Bad", severity_before=5)]})
    with pytest.raises(ValidationError, match="needs a title"):
        service.update(dpia.id, {"risks": [Risk(id="r6", title=" ")]})
    screening = screen(service, activity, yes=0)
    service.submit(screening)
    service.start_review(screening)
    approved = service.approve(screening, name="Ada", role="DPO")
    assert approved.next_review is not None and approved.approved_at is not None
    assert (approved.next_review - approved.approved_at.date()).days == 365


def test_the_ai_questionnaires_start_with_their_own_references(
    service: AssessmentService, activity: str
) -> None:
    from govkit.services.assessments import startable_kinds

    ai_kinds = (AssessmentKind.AI_ACT_CLASSIFICATION, AssessmentKind.AI_ETHICS, AssessmentKind.FRIA)
    assert set(ai_kinds) <= set(startable_kinds())
    started = {
        kind: service.start(kind, subject_type="controller_activity", subject_id=activity)
        for kind in ai_kinds
    }
    second = service.start(
        AssessmentKind.FRIA, subject_type="controller_activity", subject_id=activity
    )
    assert {k: r.reference for k, r in started.items()} == {
        AssessmentKind.AI_ACT_CLASSIFICATION: "AIC-001",
        AssessmentKind.AI_ETHICS: "ETH-001",
        AssessmentKind.FRIA: "FRIA-001",
    }
    assert second.reference == "FRIA-002"
    assert started[AssessmentKind.FRIA].risks == []  # the DPIA's risk table is the DPIA's
    assert service.definition(started[AssessmentKind.FRIA]).id == "fria"
    classification = started[AssessmentKind.AI_ACT_CLASSIFICATION].id
    result = service.answer(classification, "ai_infers", "no")
    assert result.outcome is not None and result.outcome.id == "not_ai_system"
    assert service.get(classification).outcome == "not_ai_system"
    # An AI assessment of an activity does not count as a DPIA screening.
    assert service.dpia_state("controller_activity", activity) is DpiaState.NOT_SCREENED


def test_every_kind_has_a_reference_prefix() -> None:
    from govkit.services.assessments import _PREFIX

    assert set(_PREFIX) == set(AssessmentKind)
    assert len(set(_PREFIX.values())) == len(_PREFIX)
    assert _PREFIX[AssessmentKind.ALGORITHMIC_IMPACT] == "AIA"
    assert AssessmentKind.ALGORITHMIC_IMPACT.definition_id == "algorithmic-impact"
    assert AssessmentKind.AI_ACT_CLASSIFICATION.definition_id == "ai-act-classification"
    assert all(kind.label for kind in AssessmentKind)
