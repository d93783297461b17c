"""A save file of Canada's AIA tool becomes an algorithmic impact assessment, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.services.assessments import AssessmentService
from govkit.services.canada_aia import import_canada_aia, imported_aia
from govkit.services.imports import ImportFileError
from govkit.services.workspace import Workspace

DATA = {
    "projectDetailsTitle": "Housing benefit eligibility",
    "projectDetailsRespondent": "A. Tremblay",
    "projectDetailsPhase": "item1",
    "projectDetailsDescription": "Pre-fills the caseworker's file.",
    "riskProfile1": "item1-3",  # 3
    "impact30": "item1-4",  # 4
    "impact9": "item3-3",  # 3
    "businessDrivers1": ["item1", "item2"],  # 0
    "decisionSector1": ["item2-1", "item3-1", "item9-9"],  # 2, and a stray value
    "aboutSystem3": "item7-5",  # not an option: kept aside, not scored
    "oldQuestion": "item1-2",  # not a question of v1.0.1
    "dataQualityDesign1": "item1-3",  # mitigation 3
    "consultationImplementation1": "item1-2",  # the other phase's page: the tool counts it
}
SAVED = {
    "version": "v1.0.1",
    "currentPage": 4,
    "data": DATA,
    "translationsOnResult": {
        "projectDetailsDescription": "Pré-remplit le dossier.",
        "gone": "Texte",
    },
}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "AIA Results.json"
    path.write_text(json.dumps(SAVED), encoding="utf-8")
    return path


def test_a_save_file_becomes_an_assessment(workspace: Workspace, saved: Path) -> None:
    result = import_canada_aia(workspace, saved)
    row = result.assessment
    assert row is not None
    assert row.kind == AssessmentKind.ALGORITHMIC_IMPACT and row.reference == "AIA-001"
    assert row.title == "Housing benefit eligibility" and row.owner == "A. Tremblay"
    assert row.status is AssessmentStatus.DRAFT and row.subject_id == ""
    service = AssessmentService(workspace.ctx)
    answers = service.answers(row)
    assert answers["riskProfile1"].value == "item1-3"
    assert answers["decisionSector1"].value == ("item2-1", "item3-1")
    assert answers["projectDetailsDescription"].note.endswith("Pré-remplit le dossier.")
    assert "aboutSystem3" not in answers and "oldQuestion" not in answers
    # raw 3 + 4 + 3 + 2 = 12; mitigation 3 + 2 (a hidden page's answer counts, as in the tool)
    f = result.figures
    assert (f.raw_impact, f.mitigation, f.current, f.raw_impact_max) == (12, 5, 12, 167)
    assert f.level is not None and f.level.id == "level_1" and row.outcome == "level_1"
    assert service.evaluation(row).scores == {"raw_impact": 12, "mitigation": 5, "current": 12}
    extra = json.loads(row.extra_json)
    assert extra["source"] == "canada-aia" and extra["aia_version"] == "v1.0.1"
    unplaced = {u["name"]: u for u in extra["unplaced_answers"]}
    assert set(unplaced) == {"decisionSector1", "aboutSystem3", "oldQuestion"}
    assert unplaced["decisionSector1"]["value"] == ["item2-1", "item3-1", "item9-9"]
    assert extra["unplaced_translations"] == {"gone": "Texte"}
    assert extra["figures_at_import"]["impact_level"] == 1
    lines = "\n".join(result.lines())
    assert "as AIA-001" in lines and "Raw impact score: 12 out of 167." in lines
    assert "Impact level: Impact level I: little to no impact." in lines
    assert "oldQuestion: “item1-2” (not a question of the AIA v1.0.1)" in lines
    assert "aboutSystem3: “item7-5” (not one of the options)" in lines


def test_a_dry_run_writes_nothing(workspace: Workspace, saved: Path) -> None:
    result = import_canada_aia(workspace, saved, dry_run=True)
    assert result.assessment is None
    assert "dry run" in result.lines()[0]
    assert AssessmentService(workspace.ctx).summaries() == []


def test_without_the_phase_the_level_is_so_far(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "AIA Results.json"
    data = {k: v for k, v in DATA.items() if k != "projectDetailsPhase"}
    path.write_text(json.dumps({"version": "v0.10.0", "data": data, "currentPage": 1}))
    result = import_canada_aia(workspace, path)
    assert not result.figures.complete and result.figures.level is not None
    lines = "\n".join(result.lines())
    assert "Impact level so far" in lines and "version v0.10.0 of the AIA tool" in lines
    assert result.assessment is not None and result.assessment.outcome == "level_1"


def test_strong_mitigation_reduces_the_score(workspace: Workspace, tmp_path: Path) -> None:
    yes = {f"fairnessDesign{n}": "item1-2" for n in (2, 3, 4, 5, 8, 10, 12, 13, 16, 17, 18)}
    yes |= {f"fairnessDesign{n}": "item1-2" for n in (19, 20, "22", "22A", "23", "24")}
    yes |= {f"privacyDesign{n}": "item1-2" for n in (1, 2, 9)}
    yes |= {"consultationDesign1": "item1-2", "consultationDesign3": "item1-2"}
    yes |= {"consultationDesign6": "item1-3", "consultationDesign7": "item1-3"}
    yes |= {f"dataQualityDesign{n}": "item1-2" for n in (5, 8, 10)}
    yes |= {"dataQualityDesign3": "item1-1"}  # 62 in all: 61.6 is 80 % of the phase's 77
    path = tmp_path / "AIA Results.json"
    path.write_text(json.dumps({"data": DATA | yes, "currentPage": 9}), encoding="utf-8")
    f = import_canada_aia(workspace, path, dry_run=True).figures
    assert (f.mitigation, f.mitigation_max) == (62, 154) and f.reduced
    assert f.current == 10  # round(0.85 x 12 = 10.2)


def test_a_broken_file_is_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "AIA Results.json"
    path.write_text('{"version": "v1.0.1", "currentPage": 2, "data": {"a": ', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid JSON") as caught:
        import_canada_aia(workspace, path)
    assert caught.value.reason == "corrupt"


def test_what_was_kept_beside_the_questionnaire_is_read_back(
    workspace: Workspace, saved: Path
) -> None:
    row = import_canada_aia(workspace, saved).assessment
    assert row is not None
    kept = imported_aia(row)
    assert kept is not None
    assert (kept.file, kept.aia_version) == ("AIA Results.json", "v1.0.1")
    lines = [u.line() for u in kept.unplaced]
    assert "oldQuestion: “item1-2” (not a question of the AIA v1.0.1)" in lines
    assert "decisionSector1: “item2-1, item3-1, item9-9” (not among the options: item9-9)" in lines
    assert kept.translations == {"gone": "Texte"}
    assert kept.figures_at_import["raw_impact"] == 12
    assert kept.figures_at_import["impact_level"] == 1
    # Read again from the vault, the same; another origin (or damaged data) gives none.
    service = AssessmentService(workspace.ctx)
    assert imported_aia(service.get(row.id)) == kept
    row.extra_json = "{not json"
    assert imported_aia(row) is None
    row.extra_json = json.dumps({"source": "cnil-pia"})
    assert imported_aia(row) is None
