"""take_assessment_snapshot: the frozen copy an assessment's PDF and workbook are made from."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from govkit.assessments import Option, Question, QuestionType, Text
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.exports.assessment_snapshot import AssessmentSnapshot
from govkit.services.assessment_snapshots import answer_text, take_assessment_snapshot
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.storage.errors import NotFoundError
from govkit.storage.vault import MIN_KDF


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("assessment-snapshots")
    ws, _key = Workspace.create(
        folder / "demo.govkit",
        person_name="Ada Lovelace",
        passphrase="correct horse battery staple",
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    populate_demo(ws, today=date(2026, 3, 1))
    yield ws
    ws.close()


def _id(ws: Workspace, reference: str) -> str:
    return next(s.id for s in AssessmentService(ws.ctx).summaries() if s.reference == reference)


def test_approved_dpia_holds_everything_the_outputs_show(demo_ws: Workspace) -> None:
    snap = take_assessment_snapshot(demo_ws, _id(demo_ws, "DPIA-001"))
    assert isinstance(snap, AssessmentSnapshot)
    assert snap.kind is AssessmentKind.DPIA and snap.status is AssessmentStatus.APPROVED
    assert snap.reference == "DPIA-001" and snap.version == 1
    assert snap.subject_name == "CCTV on the central station square"
    assert snap.subject_reference
    assert snap.organisation_name == "City of Lindenhaven"
    assert snap.vault_id == demo_ws.vault.vault_id
    assert snap.exported_by == "Ada Lovelace"
    assert snap.exported_at.tzinfo is not None
    assert len(snap.risks) == 3 and len(snap.measures) == 3
    assert snap.risks[0].severity_before == 3 and snap.risks[0].likelihood_after == 1
    assert [s.name for s in snap.signoffs] == ["Jonas Brandt"]
    assert snap.content_hash and snap.signoffs[0].content_hash == snap.content_hash
    assert {r.section for r in snap.reviews} == {"context", "principles"}
    assert snap.section_title("principles") == "Fundamental principles"
    assert not snap.has_outcomes  # a DPIA decides no outcome
    # The questionnaire as plain sections, subsections one level deeper, answers as text.
    titles = [(s.depth, s.title) for s in snap.sections]
    assert (0, "Context") in titles and (1, "Overview") in titles
    questions = {q.id: q for s in snap.sections for q in s.questions}
    assert questions["processing"].answer.startswith("Twelve cameras film")
    assert questions["processing"].cites
    assert questions["views_sought"].answer == "Yes, their views were sought"
    assert [(v.reference, v.version, v.current) for v in snap.versions] == [("DPIA-001", 1, True)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.title = "changed"  # type: ignore[misc]


def test_screening_has_outcome_reasons_and_notes(demo_ws: Workspace) -> None:
    snap = take_assessment_snapshot(demo_ws, _id(demo_ws, "SCR-001"))
    assert snap.kind is AssessmentKind.DPIA_SCREENING
    assert snap.has_outcomes
    assert snap.outcome_label == "DPIA required" and not snap.outcome_provisional
    assert snap.outcome_reasons and snap.outcome_explanation
    questions = {q.id: q for s in snap.sections for q in s.questions}
    assert questions["c3_systematic_monitoring"].answer == "Yes"
    assert questions["c3_systematic_monitoring"].note.startswith("Cameras film")
    assert questions["c1_evaluation_scoring"].answer == "No"
    assert questions["art35_3"].answer == "None of these"
    # A question shown only when one criterion is met is left out of a snapshot with two.
    assert "reasoning" not in questions


def test_versions_list_every_version_of_the_series(demo_ws: Workspace) -> None:
    service = AssessmentService(demo_ws.ctx)
    old = _id(demo_ws, "SCR-006")
    new = service.new_version(old)
    snap = take_assessment_snapshot(demo_ws, new.id)
    assert [(v.version, v.status, v.current) for v in snap.versions] == [
        (1, AssessmentStatus.APPROVED, False),
        (2, AssessmentStatus.DRAFT, True),
    ]
    assert snap.versions[0].approved_at is not None
    assert not snap.signoffs and not snap.content_hash


def test_unknown_assessment_is_not_found(demo_ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        take_assessment_snapshot(demo_ws, "no-such-id")


def _question(kind: QuestionType, **kw: object) -> Question:
    return Question(id="q", type=kind, text=Text.of("Question?"), **kw)  # type: ignore[arg-type]


def test_answer_text_for_every_kind_of_question() -> None:
    options = (
        Option("a", Text.of("Apples", fr="Pommes")),
        Option("b", Text.of("Pears")),
    )
    levels = tuple(Text.of(t) for t in ("Negligible", "Limited", "Significant", "Maximum"))
    assert answer_text(_question(QuestionType.YES_NO), "yes") == "Yes"
    assert answer_text(_question(QuestionType.SINGLE_CHOICE, options=options), "a") == "Apples"
    assert (
        answer_text(_question(QuestionType.SINGLE_CHOICE, options=options), "a", "fr") == "Pommes"
    )
    assert (
        answer_text(_question(QuestionType.MULTIPLE_CHOICE, options=options), ("a", "b"))
        == "Apples\nPears"
    )
    assert answer_text(_question(QuestionType.GAUGE, levels=levels), 3) == "3 – Significant"
    assert answer_text(_question(QuestionType.NUMBER), 12.0) == "12"
    assert answer_text(_question(QuestionType.NUMBER), 2.5) == "2.5"
    assert answer_text(_question(QuestionType.LIST), ("x", "y")) == "x\ny"
    assert answer_text(_question(QuestionType.DATE), "2026-03-31") == "2026-03-31"
    assert answer_text(_question(QuestionType.LONG_TEXT), "   ") == ""
    assert answer_text(_question(QuestionType.LONG_TEXT), None) == ""
    # An option since removed from the questionnaire still shows what was stored.
    assert answer_text(_question(QuestionType.SINGLE_CHOICE, options=options), "z") == "z"


def test_snapshot_of_an_assessment_whose_activity_was_deleted(tmp_path: Path) -> None:
    ws, _key = Workspace.create(
        tmp_path / "v.govkit",
        person_name="Ada Lovelace",
        passphrase="correct horse battery staple",
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    try:
        activity = ws.activities.create({"name": "Library loans", "department": "Library"})
        service = AssessmentService(ws.ctx)
        row = service.start(
            AssessmentKind.DPIA, subject_type="controller_activity", subject_id=activity.id
        )
        ws.activities.delete(activity.id)
        snap = take_assessment_snapshot(ws, row.id)
        assert snap.subject_name == "(activity deleted)" and snap.subject_reference == ""
        assert len(snap.risks) == 3  # the CNIL method's defaults, not yet assessed
    finally:
        ws.close()
