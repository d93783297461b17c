"""The action-plan workbook of an assessment, read back with openpyxl."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from govkit.domain.assessment_parts import ActionItem, Risk
from govkit.exports.assessment_snapshot import AssessmentSnapshot
from govkit.exports.assessment_xlsx import write_action_plan_xlsx
from govkit.services.assessment_snapshots import take_assessment_snapshot
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, AssessmentSnapshot]]:
    folder = tmp_path_factory.mktemp("assessment-xlsx")
    ws, _key = Workspace.create(
        folder / "demo.govkit",
        person_name="Ada Lovelace",
        passphrase="correct horse battery staple",
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    try:
        populate_demo(ws, today=date(2026, 3, 1))
        found = {s.reference: s.id for s in AssessmentService(ws.ctx).summaries()}
        yield {ref: take_assessment_snapshot(ws, found[ref]) for ref in ("DPIA-001", "SCR-001")}
    finally:
        ws.close()


def test_action_plan_sheet_values_styles_and_validation(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = snapshots["DPIA-001"]
    out = tmp_path / "plan.xlsx"
    write_action_plan_xlsx(snap, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Action plan", "Risks", "About", "Lists"]
    ws = wb["Action plan"]
    header = [c.value for c in ws[1]]
    assert header == [
        "#",
        "Action",
        "Owner",
        "Due",
        "Status",
        "Asked for in",
        "Assessment",
        "Item ID",
    ]
    assert ws["A1"].font.bold and ws["A1"].fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:H3"
    assert ws.column_dimensions["B"].width == 60
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0][:5] == (
        1,
        "Mask the windows of homes on cameras 4 and 7",
        "Municipal IT",
        datetime(2026, 4, 30),
        "Planned",
    )
    assert ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["B2"].alignment.wrap_text
    assert rows[1][1] == "Publish the camera positions on the city website"
    assert rows[1][5] == "Fundamental principles"
    assert rows[1][6] == "DPIA-001 v1"
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert "E2:E" in str(validation.sqref)
    assert validation.formula1 == "'Lists'!$A$2:$A$4"
    assert [c.value for c in wb["Lists"]["A"]] == ["Status", "Planned", "In progress", "Done"]


def test_risks_sheet_before_and_after(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    out = tmp_path / "plan.xlsx"
    write_action_plan_xlsx(snapshots["DPIA-001"], out)
    ws = openpyxl.load_workbook(out)["Risks"]
    assert ws["B1"].value == "Risk" and ws["G1"].value == "Severity before (1-4)"
    first = [c.value for c in ws[2]]
    assert first[1] == "Illegitimate access to personal data"
    assert first[6:10] == [3, 3, 2, 1]
    assert first[10] == "Severity 3 Significant; likelihood 3 Significant"
    assert "Access to recordings only for two named officers" in first[5]
    assert ws.max_row == 4 and ws.auto_filter.ref == "A1:O4"


def test_about_sheet_and_workbook_properties(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = snapshots["DPIA-001"]
    out = tmp_path / "plan.xlsx"
    write_action_plan_xlsx(snap, out)
    wb = openpyxl.load_workbook(out)
    about = {row[0]: row[1] for row in wb["About"].iter_rows(values_only=True) if row[0]}
    assert about["Action plan"] is None  # the title
    assert about["Organisation"] == "City of Lindenhaven"
    assert about["Reference"] == "DPIA-001" and about["Version"] == 1
    assert about["Status"] == "Approved"
    assert about["Content hash (SHA-256)"] == snap.content_hash
    assert about["Vault ID"] == snap.vault_id
    assert about["Exported by"] == "Ada Lovelace"
    assert isinstance(about["Exported at (UTC)"], datetime)
    assert wb["About"]["A3"].font.bold
    props = wb.properties
    assert props.title is not None and "DPIA-001" in props.title
    assert props.creator == "City of Lindenhaven"
    assert props.lastModifiedBy == "Ada Lovelace"
    assert props.identifier == f"govkit-vault:{snap.vault_id}"


def test_formula_like_values_stay_text(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = dataclasses.replace(
        snapshots["DPIA-001"],
        action_plan=(
            ActionItem(
                id="a1",
                measure='=HYPERLINK("http://evil.example","Click")',
                owner="@SUM(1+1)",
                due="next spring",
                status="in_progress",
            ),
        ),
        risks=(Risk(id="r", title="+cmd|' /C calc'!A0"),),
    )
    out = tmp_path / "guarded.xlsx"
    write_action_plan_xlsx(snap, out)
    wb = openpyxl.load_workbook(out)
    plan = wb["Action plan"]
    for ref, expected in (("B2", '=HYPERLINK("http://evil.example","Click")'), ("C2", "@SUM(1+1)")):
        cell = plan[ref]
        assert cell.value == expected
        assert cell.data_type == "s" and cell.quotePrefix
    assert plan["D2"].value == "next spring"  # not a date: kept as typed
    assert plan["E2"].value == "In progress"
    risk = wb["Risks"]["B2"]
    assert risk.value == "+cmd|' /C calc'!A0" and risk.data_type == "s" and risk.quotePrefix
    assert wb["Risks"]["K2"].value == "not assessed"


def test_screening_without_plan_or_risks_still_makes_a_workbook(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    out = tmp_path / "empty.xlsx"
    write_action_plan_xlsx(snapshots["SCR-001"], out)
    wb = openpyxl.load_workbook(out)
    assert wb["Action plan"].max_row == 1
    assert wb["Risks"].max_row == 1
    assert wb["Action plan"].data_validations.dataValidation


def test_a_failed_write_leaves_no_file(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "plan.xlsx"
    with pytest.raises(OSError):
        write_action_plan_xlsx(snapshots["DPIA-001"], out)
    assert not out.exists()
