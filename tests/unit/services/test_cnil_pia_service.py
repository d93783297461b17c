"""A CNIL PIA file becomes a govkit DPIA with nothing lost, and goes back out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.services.assessments import AssessmentService, content_hash
from govkit.services.cnil_pia import cnil_pia_bytes, import_cnil_pia, imported_pia
from govkit.services.imports import ImportFileError
from govkit.services.workspace import Workspace
from govkit.storage.errors import NotFoundError


@pytest.fixture
def example(shared_dir: Path) -> Path:
    path = shared_dir / "interop" / "cnil-pia" / "2018-02-21-pia-example.json"
    if not path.is_file():
        pytest.skip("the CNIL PIA example is not in ../shared")
    return path


def test_the_cnil_example_imports_with_nothing_lost(workspace: Workspace, example: Path) -> None:
    workspace.activities.create({"name": "Captoo", "department": "Innovation"})
    result = import_cnil_pia(workspace, example)
    row = result.assessment
    assert row is not None and row.kind == AssessmentKind.DPIA and row.title == "Captoo"
    assert result.subject_name == "Captoo"  # linked to the activity of that name
    service = AssessmentService(workspace.ctx)
    answers = service.answers(row)
    assert len(answers) >= 20
    assert "<" not in str(answers["data"].value)  # HTML shown as text, not tags
    assert [r.cnil_ref for r in row.risks][:3] == ["3.2", "3.3", "3.4"]
    assert len(row.measures) == 23
    assert row.risks[0].severity_before is not None
    assert row.reviews and row.dpo_opinion.startswith("L’analyse")
    extra = json.loads(row.extra_json)
    assert extra["source"] == "cnil-pia" and len(extra["comments"]) == 1
    assert extra["validator"] == "Mary Smith" and extra["cnil_status"] == 3
    # Validated in the CNIL tool: approved here, signed by its validator, hashed now.
    assert row.status is AssessmentStatus.APPROVED
    assert row.signoffs[-1].name == "Mary Smith" and row.content_hash == content_hash(row)
    assert row.next_review is not None
    history = workspace.ctx.conn.execute(
        "SELECT changes_json FROM change_entry WHERE entity_id = ?", (row.id,)
    ).fetchone()
    assert "CNIL PIA file" in history[0]
    lines = "\n".join(result.lines())
    assert "DPIA-001" in lines and "Linked to the activity" in lines


def test_a_dpia_goes_back_to_the_cnil_format(workspace: Workspace, example: Path) -> None:
    result = import_cnil_pia(workspace, example)
    assert result.assessment is not None and result.subject_name == ""
    data, _warnings = cnil_pia_bytes(workspace, result.assessment.id)
    exported = json.loads(data)
    original = json.loads(example.read_text(encoding="utf-8"))
    assert set(original) <= set(exported)
    assert exported["pia"]["name"] == "Captoo" and "dbVersion" in exported["pia"]
    assert {a["reference_to"] for a in original["answers"]} <= {
        a["reference_to"] for a in exported["answers"]
    }
    assert len(exported["measures"]) == len(original["measures"])


def test_dry_run_and_bad_files(workspace: Workspace, example: Path, tmp_path: Path) -> None:
    dry = import_cnil_pia(workspace, example, dry_run=True)
    assert dry.assessment is None and AssessmentService(workspace.ctx).summaries() == []
    bogus = tmp_path / "pia.json"
    bogus.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(ImportFileError):
        import_cnil_pia(workspace, bogus)


def test_the_dpia_is_linked_to_the_activity_chosen(workspace: Workspace, example: Path) -> None:
    workspace.activities.create({"name": "Captoo", "department": "Innovation"})
    other = workspace.processor_activities.create(
        {"name": "Sleep monitor hosting", "department": "IT"}
    )
    chosen = import_cnil_pia(workspace, example, subject=("processor_activity", other.id))
    assert chosen.assessment is not None and chosen.subject_name == "Sleep monitor hosting"
    assert (chosen.assessment.subject_type, chosen.assessment.subject_id) == (
        "processor_activity",
        other.id,
    )
    # ("", "") links it to none, even though an activity has the PIA's name.
    unlinked = import_cnil_pia(workspace, example, subject=("", ""))
    assert unlinked.assessment is not None and unlinked.assessment.subject_id == ""
    assert unlinked.subject_name == ""
    with pytest.raises(NotFoundError):
        import_cnil_pia(workspace, example, subject=("controller_activity", "gone"))


def test_the_imported_cnil_data_is_read_back(workspace: Workspace, example: Path) -> None:
    row = import_cnil_pia(workspace, example).assessment
    assert row is not None
    pia = imported_pia(row)
    assert pia is not None and pia.file == example.name
    assert pia.validator == "Mary Smith" and pia.evaluator == "Eric Vincent"
    assert pia.people_status == "favourable" and pia.cnil_status == 3
    [comment] = pia.comments_on("legal_basis")
    assert comment.text.startswith("Le fondement juridique")
    assert pia.comments_on("purposes") == []
    # A later version keeps it; a DPIA made in govkit has none.
    service = AssessmentService(workspace.ctx)
    assert imported_pia(service.new_version(row.id)) == pia
    made = workspace.activities.create({"name": "Parking permits", "department": "Roads"})
    own = service.start(AssessmentKind.DPIA, subject_type="controller_activity", subject_id=made.id)
    assert imported_pia(own) is None
