"""One assessment to a file: written whole or not at all, found by reference or ID."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkit.domain.assessment_enums import AssessmentKind
from govkit.exports.progress import Cancelled, Progress
from govkit.services.assessment_exports import (
    prepare_assessment_export,
    resolve_assessment,
)
from govkit.services.assessments import AssessmentService
from govkit.services.exports import ExportError
from govkit.services.workspace import Workspace


@pytest.fixture
def dpia(workspace: Workspace) -> str:
    activity = workspace.activities.create({"name": "CCTV", "department": "Public order"})
    service = AssessmentService(workspace.ctx)
    row = service.start(
        AssessmentKind.DPIA, subject_type="controller_activity", subject_id=activity.id
    )
    return row.id


def test_a_cancelled_export_leaves_no_file(workspace: Workspace, dpia: str, tmp_path: Path) -> None:
    out = tmp_path / "dpia.pdf"
    out.write_bytes(b"the previous report")
    progress = Progress()
    job = prepare_assessment_export(workspace, dpia, out, format="pdf", progress=progress)
    progress.cancel()
    with pytest.raises(Cancelled):
        job.run()
    assert out.read_bytes() == b"the previous report"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dpia.pdf")]  # no temp file
    job = prepare_assessment_export(workspace, dpia, out, format="pdf")
    job.run()
    assert out.read_bytes().startswith(b"%PDF") and job.pages and job.pages > 1


def test_resolve_by_reference_version_or_id(workspace: Workspace, dpia: str) -> None:
    assert resolve_assessment(workspace, "DPIA-001").id == dpia
    assert resolve_assessment(workspace, " dpia-001 ").id == dpia
    assert resolve_assessment(workspace, dpia).id == dpia
    assert resolve_assessment(workspace, "DPIA-001 v1").id == dpia
    with pytest.raises(ExportError, match="DPIA-001"):
        resolve_assessment(workspace, "DPIA-001 v7")


def test_destination_checks_apply(workspace: Workspace, dpia: str, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        prepare_assessment_export(workspace, dpia, tmp_path / "no" / "x.pdf", format="pdf")
    with pytest.raises(ExportError, match="vault"):
        prepare_assessment_export(workspace, dpia, workspace.path, format="pdf")
