"""The Excel export: layouts, looks, formula-injection safety, sheet names, cancelling."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govkit.domain.enums import ActivityStatus, CatalogueKind, RecipientCategory
from govkit.domain.models import (
    CatalogueEntry,
    ControllerActivity,
    Organisation,
    ProcessorActivity,
)
from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.exports.cells import neutralise
from govkit.exports.progress import Cancelled, Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.exports.xlsx import (
    CNIL_NAME,
    CNIL_PURPOSES,
    CNIL_RETENTION,
    GUIDE_COLUMN,
    ICO_CONTROLLER_HEADINGS,
    ICO_PROCESSOR_HEADINGS,
    LAYOUTS,
    unique_sheet_title,
    write_register_xlsx,
)

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
EVIL = [
    '=HYPERLINK("http://evil.example","Click")',
    "+1+2",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


def controller(**values: object) -> ControllerActivity:
    base: dict[str, object] = {
        "reference": "CR-001",
        "name": "Civil status register",
        "department": "Civil registry",
        "contact": "Katrin Vogel, ext. 2101",
        "status": ActivityStatus.ACTIVE,
        "next_review": date(2026, 9, 30),
        "description": "Registrars record births.\nSecond paragraph.",
        "purposes": ["Keep the civil status register", "Issue certificates"],
        "legal_bases": ["Art. 6(1)(c) Legal obligation"],
        "data_subject_categories": ["Residents"],
        "data_categories": ["Identification data (name, date of birth)", "Contact details"],
        "special_categories": ["Health data"],
        "art9_conditions": ["Art. 9(2)(g) Substantial public interest"],
        "criminal_data": True,
        "art10_basis": "Nationality Act, s. 37",
        "recipients": [
            Recipient(RecipientCategory.PUBLIC_AUTHORITY.value, "Tax authority"),
            Recipient(RecipientCategory.PROCESSOR.value, "Hosting (EU)"),
        ],
        "transfers": [
            Transfer(
                "United States",
                "Cloud Inc.",
                "Art. 46(2)(c) Standard contractual clauses",
                "DPA of 2024",
            )
        ],
        "retention": "110 years",
        "security_measures": ["Role-based access control", "Encryption at rest"],
        "joint_controllers": [JointController("Region", "dpo@region.example", "Portal")],
        "automated_decision": True,
        "automated_decision_details": "Scoring of applications",
        "systems": ["Population register system"],
        "notes": "Checked in 2025.",
        "created_at": NOW,
        "updated_at": NOW,
        "created_by": "Ada",
        "updated_by": "Ada",
    }
    base.update(values)
    return ControllerActivity(**base)  # type: ignore[arg-type]


def processor(**values: object) -> ProcessorActivity:
    base: dict[str, object] = {
        "reference": "P-001",
        "name": "Payroll for Oakford",
        "department": "Human resources",
        "controllers": [ControllerParty("Oakford", "hr@oakford.example", "Mayor", "dpo@oak")],
        "processing_categories": ["Payroll processing"],
        "sub_processors": ["Payroll vendor"],
        "no_transfers": True,
        "security_measures": ["Encryption at rest"],
        "created_at": NOW,
        "updated_at": NOW,
    }
    base.update(values)
    return ProcessorActivity(**base)  # type: ignore[arg-type]


def snapshot(
    controllers: list[ControllerActivity] | None = None,
    processors: list[ProcessorActivity] | None = None,
    organisation: Organisation | None = None,
) -> RegisterSnapshot:
    return RegisterSnapshot(
        organisation=organisation or Organisation(name="City of Testville", dpo_name="Dee"),
        controller_activities=[controller()] if controllers is None else controllers,
        processor_activities=[processor()] if processors is None else processors,
        catalogues={
            CatalogueKind.LEGAL_BASIS.value: [
                CatalogueEntry(kind="legal_basis", label="Art. 6(1)(a) Consent", builtin=True)
            ]
        },
        vault_id="vault-123",
        exported_at=NOW,
        exported_by="Ada Lovelace",
    )


def export(tmp_path: Path, snap: RegisterSnapshot, layout: str = "full") -> Path:
    out = tmp_path / f"register-{layout}.xlsx"
    write_register_xlsx(snap, out, layout=layout)
    return out


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            n: archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("xl/worksheets/sheet")
        }


def all_values(path: Path) -> list[object]:
    wb = load_workbook(path)
    try:
        return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    finally:
        wb.close()


# -- CSV guard ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [*EVIL, "\x00=1"])
def test_neutralise_prefixes_formula_triggers_with_an_apostrophe(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Residents", "Art. 6(1)(e)", "'quoted", "a=b", " =x"])
def test_neutralise_leaves_other_values_alone(value: str) -> None:
    assert neutralise(value) == value


# -- full layout ----------------------------------------------------------------------------


def test_full_layout_has_every_sheet_and_a_finished_look(tmp_path: Path) -> None:
    out = export(tmp_path, snapshot())
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Controller activities",
        "Processor activities",
        "Recipients",
        "Transfers",
        "Joint controllers",
        "Controllers served",
        "Catalogues",
        "Lists",
        "About",
    ]
    ws = wb["Controller activities"]
    headings = [c.value for c in ws[1]]
    assert headings[:3] == ["Reference", "Name of the processing activity", "Owning department"]
    assert "Technical and organisational security measures" in headings
    assert headings[-1] == "Record ID"
    header = ws["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(headings)).column_letter}2"
    assert ws.column_dimensions["B"].width == 45
    row = {h: c for h, c in zip(headings, ws[2], strict=True)}
    # Plain data cells wrap and align top through the workbook's default format.
    assert row["Description"].alignment.wrap_text
    assert row["Description"].alignment.vertical == "top"
    assert row["Description"].value == "Registrars record births.\nSecond paragraph."
    # Dates are dates, lists are lines, parts are readable, booleans are words.
    assert row["Next review"].value == datetime(2026, 9, 30)
    assert row["Next review"].number_format == "yyyy-mm-dd"
    assert row["Created (UTC)"].value == datetime(2026, 3, 14, 9, 30)
    assert row["Purposes"].value == "Keep the civil status register\nIssue certificates"
    assert row["Recipients"].value == "Tax authority (Public authority)\nHosting (EU) (Processor)"
    assert row["Status"].value == "Active"
    assert row["Criminal convictions and offences data (Art. 10)"].value == "Yes"
    assert row["No transfers outside the EU/EEA"].value == "No"
    wb.close()


def test_full_layout_has_structured_part_sheets(tmp_path: Path) -> None:
    wb = load_workbook(export(tmp_path, snapshot()))
    recipients = [[c.value for c in r] for r in wb["Recipients"].iter_rows()]
    assert recipients[0] == [
        "Reference",
        "Processing activity",
        "Recipient",
        "Category of recipient",
        "Record ID",
    ]
    assert recipients[1][:4] == [
        "CR-001",
        "Civil status register",
        "Tax authority",
        "Public authority",
    ]
    transfers = [[c.value for c in r] for r in wb["Transfers"].iter_rows()]
    assert transfers[1][:7] == [
        "Controller",
        "CR-001",
        "Civil status register",
        "United States",
        "Cloud Inc.",
        "Art. 46(2)(c) Standard contractual clauses",
        "DPA of 2024",
    ]
    served = [[c.value for c in r] for r in wb["Controllers served"].iter_rows()]
    assert served[1][2:6] == ["Oakford", "hr@oakford.example", "Mayor", "dpo@oak"]
    wb.close()


def test_full_layout_validates_enumerated_columns(tmp_path: Path) -> None:
    wb = load_workbook(export(tmp_path, snapshot()))
    ws = wb["Controller activities"]
    headings = {c.value: c.column_letter for c in ws[1]}
    rules = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    status = rules[f"{headings['Status']}2"]
    assert status.type == "list" and status.formula1 == "'Lists'!$A$2:$A$4"
    assert f"{headings['Criminal convictions and offences data (Art. 10)']}2" in rules
    assert f"{headings['No recipients: the data are not disclosed to anyone']}2" in rules
    lists = wb["Lists"]
    assert [lists.cell(r, 1).value for r in range(2, 5)] == ["Draft", "Active", "Retired"]
    assert [lists.cell(r, 2).value for r in range(2, 4)] == ["Yes", "No"]
    recipients = wb["Recipients"]
    (category,) = recipients.data_validations.dataValidation
    assert str(category.sqref).startswith("D2:")
    assert category.formula1 == "'Lists'!$C$2:$C$6"
    wb.close()


def test_workbook_properties_and_about_sheet(tmp_path: Path) -> None:
    wb = load_workbook(export(tmp_path, snapshot()))
    props = wb.properties
    assert props.title == "Record of processing activities – City of Testville"
    assert props.creator == "City of Testville"
    assert props.created == datetime(2026, 3, 14, 9, 30)
    assert props.identifier == "govkit-vault:vault-123"
    about = {r[0].value: r[1].value for r in wb["About"].iter_rows() if r[0].value}
    assert about["Organisation"] == "City of Testville"
    assert about["Exported at (UTC)"] == datetime(2026, 3, 14, 9, 30)
    assert about["Exported by"] == "Ada Lovelace"
    assert about["Vault ID"] == "vault-123"
    assert about["Scope"] == "The whole register"
    assert about["Controller activities"] == 1
    assert about["Processor activities"] == 1
    assert about["Transfers"] == 1
    guide = [[c.value for c in r] for r in wb["About"].iter_rows() if r[0].value == GUIDE_COLUMN]
    assert [GUIDE_COLUMN, "Controller activities", "Purposes", "purposes"] in guide
    wb.close()


def test_values_never_show_python_reprs_or_json(tmp_path: Path) -> None:
    for layout in LAYOUTS:
        for value in all_values(export(tmp_path, snapshot(), layout)):
            if isinstance(value, str):
                assert "Recipient(" not in value and "Transfer(" not in value
                assert not value.startswith(("[", "{")), value


# -- formula injection ----------------------------------------------------------------------


def evil_snapshot() -> RegisterSnapshot:
    return snapshot(
        [
            controller(
                reference="=1+1",
                name=EVIL[0],
                description=EVIL[1],
                purposes=EVIL,
                retention="#N/A",
                recipients=[Recipient("processor", EVIL[3])],
                transfers=[Transfer(EVIL[2], EVIL[4], EVIL[5], EVIL[6])],
                joint_controllers=[JointController(EVIL[0], EVIL[1], EVIL[2])],
                notes=EVIL[6],
            )
        ],
        [processor(name=EVIL[3], controllers=[ControllerParty(EVIL[0], EVIL[1])])],
        Organisation(name=EVIL[0], address=EVIL[1], dpo_name=EVIL[3]),
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_formula_like_values_are_written_as_text(tmp_path: Path, layout: str) -> None:
    out = export(tmp_path, evil_snapshot(), layout)
    for name, xml in sheet_xml(out).items():
        assert "<f>" not in xml and "<f " not in xml, name
        assert 't="e"' not in xml, name  # "#N/A" is text, not an error value
    wb = load_workbook(out)
    seen: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t"):
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                    seen.add(cell.value)
    assert EVIL[0] in seen  # kept exactly, not mangled
    if layout == "full":
        assert set(EVIL) - {"\r=1+1"} <= {v for s in seen for v in [s, *s.split("\n")]} | seen
    wb.close()


def test_formula_like_values_round_trip_unchanged_in_full_layout(tmp_path: Path) -> None:
    wb = load_workbook(export(tmp_path, evil_snapshot()), data_only=False)
    ws = wb["Controller activities"]
    headings = [c.value for c in ws[1]]
    row = {h: c.value for h, c in zip(headings, ws[2], strict=True)}
    assert row["Reference"] == "=1+1"
    assert row["Name of the processing activity"] == EVIL[0]
    assert row["Purposes"] == "\n".join(EVIL)
    assert row["Retention periods or criteria"] == "#N/A"
    wb.close()


def test_control_characters_do_not_break_the_export(tmp_path: Path) -> None:
    snap = snapshot([controller(name="Vertical\x0btab", description="bell\x07 and\x00nul")])
    wb = load_workbook(export(tmp_path, snap))
    ws = wb["Controller activities"]
    assert ws["B2"].value == "Verticaltab"
    wb.close()


# -- ico and cnil ---------------------------------------------------------------------------


def test_ico_layout_uses_the_ico_template_headings(tmp_path: Path) -> None:
    wb = load_workbook(export(tmp_path, snapshot(), "ico"))
    ws = wb["Controller"]
    assert ws["B3"].value == "City of Testville"  # contact block like the template's
    headings = tuple(c.value for c in ws[8])
    assert headings == ICO_CONTROLLER_HEADINGS
    assert "Business function" in headings
    assert "Article 6 lawful basis for processing personal data" in headings
    assert ws.freeze_panes == "C9"
    assert ws.auto_filter.ref.startswith("A8:")
    row = {h: c.value for h, c in zip(headings, ws[9], strict=True)}
    assert row["Business function"] == "Civil registry"
    assert row["Categories of personal data"].endswith(
        "Health data (special category data)\nCriminal offence data"
    )
    assert (
        row[
            "Names of third countries or international organisations that personal data "
            "are transferred to (if applicable)"
        ]
        == "United States (Cloud Inc.)"
    )
    assert row["Existence of automated decision-making, including profiling (if applicable)"] == (
        "Yes: Scoring of applications"
    )
    processors = wb["Processor"]
    assert tuple(c.value for c in processors[8]) == ICO_PROCESSOR_HEADINGS
    wb.close()


def test_cnil_layout_has_a_summary_and_one_fiche_per_activity(tmp_path: Path) -> None:
    snap = snapshot(
        [
            controller(reference="CR-1", name="A name with [bad]:*?/\\ characters"),
            controller(reference="", name="'Quoted' " + "x" * 60),
            controller(reference="", name="'Quoted' " + "x" * 60),
        ]
    )
    wb = load_workbook(export(tmp_path, snap, "cnil"))
    names = wb.sheetnames
    assert names[0] == "Registre"
    assert len(names) == 1 + 3 + 1
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name
        assert not name.startswith("'") and not name.endswith("'")
    summary = wb["Registre"]
    assert [c.value for c in summary[8]][:2] == ["N° / REF", "Nom / sigle"]
    link = summary["I9"]
    assert link.hyperlink is not None and link.hyperlink.location.endswith("!A1")
    fiche = wb[names[1]]
    labels = {r[0].value: r[1].value for r in fiche.iter_rows() if r[0].value}
    assert labels[CNIL_NAME] == "A name with [bad]:*?/\\ characters"
    assert labels["Finalité principale"] == "Keep the civil status register"
    assert labels["Sous-finalité 1"] == "Issue certificates"
    assert labels[CNIL_RETENTION] == "110 years"
    assert CNIL_PURPOSES in labels
    assert labels["Transferts des données hors UE"].startswith("United States – Cloud Inc.")
    wb.close()


def test_unique_sheet_titles() -> None:
    taken: set[str] = set()
    first = unique_sheet_title("Budget: 2025/26 [draft]?", taken)
    assert first == "Budget 2025 26 draft"
    taken.add(first.casefold())
    assert unique_sheet_title("BUDGET 2025 26 draft", taken) == "BUDGET 2025 26 draft (2)"
    long = unique_sheet_title("y" * 40, set())
    assert long == "y" * 31
    assert unique_sheet_title("y" * 40, {long.casefold()}) == "y" * 27 + " (2)"
    assert unique_sheet_title("'quoted'", set()) == "quoted"
    assert unique_sheet_title("History", set()) == "History (1)"
    assert unique_sheet_title("***", set()) == "Sheet"


# -- errors and cancelling ------------------------------------------------------------------


def test_unknown_layout_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown layout"):
        write_register_xlsx(snapshot(), tmp_path / "x.xlsx", layout="odt")


def test_cancelling_leaves_no_file_and_no_temporary_files(tmp_path: Path) -> None:
    snap = snapshot([controller(reference=f"CR-{i:04d}") for i in range(250)])
    progress = Progress()
    calls: list[int] = []

    def report(done: int, total: int, message: str) -> None:
        calls.append(done)
        progress.cancel()

    progress.report = report
    before = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    out = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        write_register_xlsx(snap, out, progress=progress)
    assert calls == [100]
    assert not out.exists()
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= before


def test_progress_is_reported(tmp_path: Path) -> None:
    snap = snapshot([controller(reference=f"CR-{i:04d}") for i in range(205)])
    seen: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total, message: seen.append((done, total)))
    write_register_xlsx(snap, tmp_path / "x.xlsx", progress=progress)
    assert seen == [(100, 206), (200, 206), (206, 206)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_sheet_states_its_exact_size(tmp_path: Path, layout: str) -> None:
    """The size at the top of each sheet is exact: readers that trust it (openpyxl's
    read-only mode) see every row, and do not parse a whole sheet to find it."""
    snap = snapshot([controller(reference=f"CR-{i}") for i in range(7)])
    out = export(tmp_path, snap, layout)
    full = load_workbook(out)
    streamed = load_workbook(out, read_only=True)
    for ws in full.worksheets:
        assert (
            f'<dimension ref="{ws.calculate_dimension()}"/>'
            in sheet_xml(out)[f"xl/worksheets/sheet{full.worksheets.index(ws) + 1}.xml"]
        ), ws.title
        rows = [tuple(c.value for c in r) for r in ws.iter_rows()]
        assert list(streamed[ws.title].iter_rows(values_only=True)) == rows, ws.title
    full.close()
    streamed.close()
