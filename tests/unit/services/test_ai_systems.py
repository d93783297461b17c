"""The AI systems register's service: records, classification, duties, links, assessments."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govkit.domain.ai_enums import AiPhase, AiRiskTier, DutyKey, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind
from govkit.domain.completeness import completeness
from govkit.domain.enums import ChangeAction
from govkit.exports.assessment_xlsx import write_action_plan_xlsx
from govkit.services.ai_classification import (
    ClassificationError,
    apply_classification,
    classification_result,
)
from govkit.services.ai_systems import AiSystemService, ai_system_service
from govkit.services.assessment_snapshots import take_assessment_snapshot
from govkit.services.assessments import AssessmentService
from govkit.services.context import ServiceContext
from govkit.services.registers import controller_service, processor_service
from govkit.services.workspace import Workspace
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, ValidationError

BENEFIT = {
    "name": "Benefit eligibility pre-check",
    "department": "Social services",
    "reference": "AI-001",
    "phase": "production",
    "description": "Checks income-support applications against the rules.",
    "models": [{"name": "Rules", "type": "rule_based", "provider": "Sozialsoft"}],
    "internal_notes": "Works council wants monthly figures.",
}


@pytest.fixture
def service(ctx: ServiceContext) -> AiSystemService:
    return ai_system_service(ctx)


def _fields(ctx: ServiceContext, entity_id: str, seq_index: int = 0) -> list[str]:
    entry = AiSystemService(ctx).history(entity_id)[seq_index]
    return [c["field"] for c in json.loads(entry.changes_json)]


def test_create_update_and_history(service: AiSystemService, ctx: ServiceContext) -> None:
    system = service.create(BENEFIT)
    assert system.phase == AiPhase.PRODUCTION and system.risk_tier == AiRiskTier.NOT_CLASSIFIED
    assert system.models[0].provider == "Sozialsoft"
    # A new system owes the classification itself and AI literacy.
    assert [d.key for d in system.duties] == ["classify", "ai_literacy"]
    assert "duties" in _fields(ctx, system.id)  # shown in the creation's history
    service.update(system.id, {"purpose": "Faster first decisions", "phase": "retired"})
    history = service.history(system.id)
    assert [e.action for e in history] == [ChangeAction.UPDATE, ChangeAction.CREATE]
    assert set(_fields(ctx, system.id)) == {"purpose", "phase"}
    with pytest.raises(ValidationError) as err:
        service.update(system.id, {"phase": "someday"})
    assert "phase" in err.value.problems
    with pytest.raises(ValidationError) as err:
        service.create({**BENEFIT, "name": "Another"})  # the reference AI-001 is taken
    assert "reference" in err.value.problems
    with ctx.transaction() as s:
        assert audit_chain.verify(s) == []


def test_classification_and_duties_are_not_set_through_the_form(
    service: AiSystemService,
) -> None:
    system = service.create(BENEFIT)
    for field, value in (("risk_tier", "minimal"), ("duties", []), ("annex_area", "education")):
        with pytest.raises(ValidationError) as err:
            service.update(system.id, {field: value})
        assert field in err.value.problems


def test_set_classification_records_history_and_keeps_duties_that_still_apply(
    service: AiSystemService, ctx: ServiceContext
) -> None:
    system = service.create(BENEFIT)
    system = service.set_classification(
        system.id, AiRiskTier.HIGH_RISK, "essential_services", "Annex III 5(a): benefits."
    )
    assert system.classified_by == "Test Person" and system.classified_at is not None
    assert system.classification_history == []
    assert {"fria", "registration", "human_oversight"} <= {d.key for d in system.duties}
    changed = set(_fields(ctx, system.id))
    assert {"risk_tier", "annex_area", "classification_reasoning", "duties"} <= changed
    service.update_duty(system.id, DutyKey.AI_LITERACY, status="done", owner="HR", evidence="ok")
    service.update_duty(system.id, "fria", status=DutyStatus.IN_PROGRESS)
    # Reclassified as transparency only: literacy keeps its status, FRIA goes, Art. 50 comes.
    system = service.set_classification(system.id, "transparency", "", "Only a chat front end.")
    assert [(d.key, d.status, d.owner) for d in system.duties] == [
        ("ai_literacy", "done", "HR"),
        ("transparency_notice", "todo", ""),
    ]
    assert system.annex_area == ""
    [earlier] = system.classification_history
    assert (earlier.tier, earlier.annex_area) == ("high_risk", "essential_services")
    assert earlier.reasoning == "Annex III 5(a): benefits." and earlier.by == "Test Person"
    row = service.row(system.id)
    assert row is not None and row.ai is not None
    assert (row.ai.tier, row.ai.duties_open, row.ai.duties_total) == (
        AiRiskTier.TRANSPARENCY,
        1,
        2,
    )


def test_a_public_body_flag_and_art_50_flag_change_the_checklist(
    service: AiSystemService,
) -> None:
    system = service.create(BENEFIT)
    service.set_classification(system.id, "high_risk", "employment", "Annex III 4(b).")
    system = service.update(system.id, {"public_body": False, "transparency_obligations": True})
    keys = [d.key for d in system.duties]
    assert "registration" not in keys and "fria" not in keys and keys[-1] == "transparency_notice"


def test_bad_classifications_and_duty_updates_are_refused(service: AiSystemService) -> None:
    system = service.create(BENEFIT)
    with pytest.raises(ValidationError) as err:
        service.set_classification(system.id, "scary")
    assert "risk_tier" in err.value.problems
    with pytest.raises(ValidationError) as err:
        service.set_classification(system.id, "minimal", "education")
    assert "annex_area" in err.value.problems
    with pytest.raises(ValidationError):
        service.set_classification(system.id, "high_risk", "astrology")
    with pytest.raises(NotFoundError):
        service.set_classification(system.id, "minimal", assessment_id="no-such-assessment")
    with pytest.raises(ValidationError) as err:
        service.update_duty(system.id, "fria", status="done")  # not owed when unclassified
    assert "duties" in err.value.problems
    with pytest.raises(ValidationError):
        service.update_duty(system.id, "ai_literacy", status="finished")
    with pytest.raises(NotFoundError):
        service.set_classification("no-such-system", "minimal")
    assert service.get(system.id).risk_tier == "not_classified"  # nothing half-written


def test_duty_items_give_the_text_with_the_status(service: AiSystemService) -> None:
    system = service.create(BENEFIT)
    system = service.update_duty(system.id, "ai_literacy", status="in_progress", owner="HR")
    items = service.duty_items(system)
    assert [i.spec.key for i in items] == [DutyKey.CLASSIFY, DutyKey.AI_LITERACY]
    assert items[1].status is DutyStatus.IN_PROGRESS and items[1].owner == "HR"
    assert "Art. 4" in items[1].spec.text


def test_linked_activities_with_their_legal_basis(
    service: AiSystemService, ctx: ServiceContext
) -> None:
    activity = controller_service(ctx).create(
        {
            "name": "Social assistance",
            "department": "Social services",
            "legal_bases": ["Art. 6(1)(e) Public task or official authority"],
            "legal_basis_details": "Social Assistance Act",
        }
    )
    processing = processor_service(ctx).create(
        {"name": "Payroll for the region", "department": "HR"}
    )
    system = service.create(BENEFIT)
    service.link_activity(system.id, "controller_activity", activity.id, "Case data")
    service.link_activity(system.id, "controller_activity", activity.id)  # no duplicate
    service.link_activity(system.id, "processor_activity", processing.id)
    linked = service.linked_activities(system.id)
    assert [(a.name, a.exists) for a in linked] == [
        ("Social assistance", True),
        ("Payroll for the region", True),
    ]
    assert linked[0].legal_bases == ("Art. 6(1)(e) Public task or official authority",)
    assert (
        linked[0].legal_basis_details == "Social Assistance Act" and linked[0].note == "Case data"
    )
    assert [s.id for s in service.using_activity(activity.id)] == [system.id]
    controller_service(ctx).delete(activity.id)
    assert [a.exists for a in service.linked_activities(system.id)] == [False, True]
    with pytest.raises(NotFoundError):
        service.link_activity(system.id, "controller_activity", activity.id)
    with pytest.raises(ValidationError):
        service.link_activity(system.id, "ai_system", system.id)
    service.unlink_activity(system.id, activity.id)
    assert [a.subject_id for a in service.linked_activities(system.id)] == [processing.id]


def test_an_assessment_of_an_ai_system(workspace: Workspace, tmp_path: Path) -> None:
    service = workspace.ai_systems
    system = service.create(BENEFIT)
    assessments = AssessmentService(workspace.ctx)
    made = assessments.start(
        AssessmentKind.DPIA_SCREENING, subject_type="ai_system", subject_id=system.id
    )
    assert made.title.endswith("Benefit eligibility pre-check")
    assert [a.id for a in service.assessments(system.id)] == [made.id]
    # The assessment's result can be the classification's source.
    classified = service.set_classification(system.id, "minimal", "", "Test.", made.id)
    assert classified.classification_assessment_id == made.id
    snapshot = take_assessment_snapshot(workspace, made.id)
    assert (snapshot.subject_reference, snapshot.subject_name) == (
        "AI-001",
        "Benefit eligibility pre-check",
    )
    # Its action-plan workbook says what was assessed.
    path = tmp_path / "plan.xlsx"
    write_action_plan_xlsx(snapshot, path)
    texts = {
        str(cell.value)
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }
    assert "AI system assessed" in texts and "AI-001 Benefit eligibility pre-check" in texts
    # An assessment of another subject cannot be the source.
    activity = workspace.activities.create({"name": "Loans", "department": "Library"})
    other = assessments.start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=activity.id
    )
    with pytest.raises(ValidationError):
        service.set_classification(system.id, "minimal", "", "", other.id)
    service.delete(system.id)
    assert take_assessment_snapshot(workspace, made.id).subject_name == "(AI system deleted)"
    with pytest.raises(NotFoundError, match="AI system"):
        assessments.start(
            AssessmentKind.DPIA_SCREENING, subject_type="ai_system", subject_id=system.id
        )


def test_delete_and_restore_keep_the_classification(service: AiSystemService) -> None:
    system = service.create(BENEFIT)
    service.set_classification(system.id, "transparency", "", "Chat.")
    snapshot = service.delete(system.id)
    assert service.count() == 0
    restored = service.restore(snapshot)
    assert restored.risk_tier == "transparency" and restored.classification_reasoning == "Chat."
    assert service.history(system.id)[0].action == ChangeAction.RESTORE


def test_rows_agree_with_records_and_are_fast(service: AiSystemService) -> None:
    values = [
        {
            **BENEFIT,
            "reference": f"AI-{n:04}",
            "name": f"System {n}",
            "datasets": [{"use": "operational", "description": "Case files"}],
        }
        for n in range(1000)
    ]
    assert service.create_many(values) == 1000
    first = service.all()[0]
    service.set_classification(first.id, "high_risk", "education", "Admissions.")
    start = time.perf_counter()
    rows = service.rows()
    elapsed = time.perf_counter() - start
    assert len(rows) == 1000
    assert elapsed < 1.0, f"rows() of 1,000 AI systems took {elapsed:.2f} s"
    by_id = {r.id: r for r in rows}
    for system in service.all()[:50]:
        row = by_id[system.id]
        assert row.completeness == completeness(system)
        assert row.ai is not None and row.ai.duties_total == len(system.duties)
        assert system.name.casefold() in row.search_text
    assert by_id[first.id].ai is not None and by_id[first.id].ai.tier is AiRiskTier.HIGH_RISK
    # Bulk creation gave every system its initial checklist.
    assert all(r.ai is not None and r.ai.duties_total == 2 for r in rows if r.id != first.id)


def test_registration_content_follows_annex_viii_section_c(ctx: ServiceContext) -> None:
    from govkit.services.demo import populate_context

    populate_context(ctx, activities=45)
    service = AiSystemService(ctx)
    by_ref = {s.reference: s for s in service.all()}
    benefit = service.registration_content(by_ref["AI-001"].id)
    assert [i.point for i in benefit] == [1, 2, 3, 4, 5]
    assert benefit[0].value.startswith("City of Lindenhaven")
    assert benefit[1].value.startswith("Test Person")
    assert benefit[2].missing  # the provider's EU database entry is not known yet
    assert benefit[3].value.startswith("FRIA-001 v1, approved ")  # the FRIA duty's evidence
    assert all(i.label for i in benefit)
    # The CCTV proposal relies on the station-square activity, whose DPIA is approved.
    cctv = service.registration_content(by_ref["AI-006"].id)
    assert cctv[4].value.startswith("DPIA-001 v1, approved ")
    assert cctv[3].missing


def test_a_copy_starts_unclassified(service: AiSystemService) -> None:
    system = service.create(BENEFIT)
    service.set_classification(system.id, "transparency", "", "Chat.")
    service.update_duty(system.id, "ai_literacy", status="done")
    copy = service.duplicate(system.id)
    assert copy.name == "Benefit eligibility pre-check (copy)" and copy.reference == ""
    assert copy.risk_tier == "not_classified" and copy.classified_at is None
    assert [(d.key, d.status) for d in copy.duties] == [
        ("classify", "todo"),
        ("ai_literacy", "todo"),
    ]
    assert copy.internal_notes == BENEFIT["internal_notes"] and copy.models == system.models


def _classification(ctx: ServiceContext, system_id: str, **answers: object) -> str:
    """An AI Act classification of the system with every question answered no (an AI system,
    no Annex III area), then ``answers`` on top."""
    assessments = AssessmentService(ctx)
    row = assessments.start(
        AssessmentKind.AI_ACT_CLASSIFICATION, subject_type="ai_system", subject_id=system_id
    )
    definition = assessments.definition(row)
    given: dict[str, object] = {"ai_infers": "yes", "ai_autonomy": "yes"}
    for section in ("prohibited", "transparency"):
        given |= {q.id: "no" for q in definition.section(section).questions}
    given |= {"annex_i_product": "no", "annex_iii_area": ["none"]}
    given |= answers
    for question, value in given.items():
        assessments.answer(row.id, question, value)
    return row.id


def test_the_result_of_a_classification_assessment_is_applied(
    service: AiSystemService, ctx: ServiceContext
) -> None:
    system = service.create(BENEFIT)
    unfinished = AssessmentService(ctx).start(
        AssessmentKind.AI_ACT_CLASSIFICATION, subject_type="ai_system", subject_id=system.id
    )
    with pytest.raises(ClassificationError, match="not finished"):
        classification_result(ctx, unfinished.id)
    screening = AssessmentService(ctx).start(
        AssessmentKind.DPIA_SCREENING, subject_type="ai_system", subject_id=system.id
    )
    with pytest.raises(ClassificationError, match="not an EU AI Act classification"):
        apply_classification(ctx, screening.id)

    high = _classification(
        ctx,
        system.id,
        annex_iii_area=["essential_services", "critical_infrastructure", "employment"],
        annex_iii_5_uses=["5a"],
        annex_iii_2_uses=["2"],
        annex_iii_4_uses=["none"],
        art6_3_profiling="yes",
        art50_1_interaction="yes",
    )
    result = classification_result(ctx, high)
    assert (result.outcome_id, result.tier) == ("high_risk", AiRiskTier.HIGH_RISK)
    # An area counts with a point of its uses; critical infrastructure (fewer duties) comes
    # last; the areas not recorded are named in the reasoning.
    assert result.annex_area == "essential_services"
    assert [a.value for a in result.annex_areas] == [
        "critical_infrastructure",
        "essential_services",
    ]
    assert result.transparency
    assert "Annex III, point 5(a)" in result.reasoning
    assert "several areas of Annex III" in result.reasoning
    applied = apply_classification(ctx, high)
    assert (applied.risk_tier, applied.annex_area) == ("high_risk", "essential_services")
    assert applied.classification_assessment_id == high
    assert applied.transparency_obligations
    keys = [d.key for d in applied.duties]
    assert {DutyKey.FRIA, DutyKey.REGISTRATION, DutyKey.TRANSPARENCY_NOTICE} <= set(keys)

    # Redone: the earlier result moves to the history with its assessment.
    minimal = _classification(ctx, system.id)
    assert classification_result(ctx, minimal).annex_area == ""
    again = apply_classification(ctx, minimal)
    assert again.risk_tier == "minimal"
    assert [c.assessment_id for c in again.classification_history] == [high]
    not_ai = _classification(ctx, system.id, ai_infers="no")
    result = classification_result(ctx, not_ai)
    assert (result.outcome_id, result.tier) == ("not_ai_system", AiRiskTier.MINIMAL)
    assert "Not an AI system" in result.reasoning
