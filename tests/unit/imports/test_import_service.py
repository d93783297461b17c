"""Importing spreadsheets into a vault: mapping, preview, all-or-nothing import, reports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spreadsheet_kit import write_csv
from sqlmodel import select

from govkit.domain.enums import ActivityStatus
from govkit.domain.models import ChangeEntry
from govkit.domain.parts import Recipient, Transfer
from govkit.exports import xlsx as export
from govkit.exports.progress import Cancelled, Progress
from govkit.services.imports import (
    ColumnMapping,
    ImportFileError,
    ImportValidationError,
    field_choices,
    load_mapping,
    preview,
    read_table,
    run_import,
    save_mapping,
    suggest_mapping,
)
from govkit.storage.errors import ValidationError

PUBLIC_TASK = "Art. 6(1)(e) Public task or official authority"
LEGAL_OBLIGATION = "Art. 6(1)(c) Legal obligation"
SCC = "Art. 46(2)(c) Standard contractual clauses"


def history_creates(ws: Any) -> int:
    with ws.ctx.transaction() as s:
        entries = s.exec(select(ChangeEntry)).all()
    return sum(
        1 for e in entries if e.action == "create" and e.entity_type == "controller_activity"
    )


def import_file(ws: Any, path: Path, **kw: Any) -> Any:
    table = read_table(path)
    return run_import(ws, preview(ws, table, suggest_mapping(ws, table)), **kw)


# -- interop: spreadsheets as cities keep them ----------------------------------------------


def ico_sheet() -> list[list[Any]]:
    """Like the ICO's controller template: a contact block, then headings on row 9."""
    return [
        ["Documentation of processing activities – controller"],
        [None, "Name", "Address", "Email", "Telephone"],
        ["Controller", "Borough of Ashford", "Civic Centre", "dp@ashford.example", "01233"],
        ["Data Protection Officer", "Sam Patel", "", "dpo@ashford.example", ""],
        ["Representative", "", "", "", ""],
        [],
        [],
        [],
        [
            "Business function",
            "Purpose of processing",
            "Name and contact details of joint controller (if applicable)",
            "Categories of individuals",
            "Categories of personal data",
            "Categories of recipients",
            "Link to contract with processor",
            export.ICO_COUNTRIES,
            export.ICO_SAFEGUARDS,
            "Retention schedule (if possible)",
            export.ICO_SECURITY,
            "Article 6 lawful basis for processing personal data",
            "Article 9 condition for processing special category data",
            "Rights available to individuals",
            export.ICO_AUTOMATED,
        ],
        [
            "Housing",
            "Housing benefit assessment\nFraud prevention",
            "",
            "Tenants; Applicants",
            "Contact details\nIncome and tax data\nHealth data",
            "Finanzamt\nHousing association (processor)",
            "https://contracts.example/42",
            "United States (Cloud Inc.)",
            "SCCs",
            "6 years after the claim ends",
            "Encryption at rest\nRole-based access control",
            "Public task",
            "9(2)(h)",
            "Access, rectification",
            "No",
        ],
        [
            "Parking",
            "Residents' parking permits",
            "County Council (parking@county.example)",
            "Residents",
            "Vehicle registration data",
            "None",
            "",
            "None",
            "",
            "2 years",
            "Access logging and monitoring",
            "6(1)(e)",
            "",
            "",
            "Yes: automatic refusal when the car is not registered in the city",
        ],
    ]


def test_ico_style_sheet(workspace: Any, xlsx: Any) -> None:
    path = xlsx({"Template": ico_sheet()})
    table = read_table(path)
    assert table.header_row == 9 and len(table.rows) == 2
    mapping = suggest_mapping(workspace, table)
    assert mapping.columns["Business function"] == "department"
    assert mapping.columns["Link to contract with processor"] is None
    # The ICO template has no column for the activity's name: the user is told before any
    # row is looked at, and may give one.
    with pytest.raises(ValidationError, match="No column is matched to the name"):
        preview(workspace, table, mapping)
    named = ColumnMapping(
        {**mapping.columns, "Purpose of processing": "purposes"},
        defaults={"name": "(named later)"},
    )
    rows = preview(workspace, table, named).rows
    housing, parking = (r.values for r in rows)
    assert housing["department"] == "Housing"
    assert housing["purposes"] == ["Housing benefit assessment", "Fraud prevention"]
    assert housing["data_subject_categories"] == ["Tenants", "Applicants"]
    assert housing["legal_bases"] == [PUBLIC_TASK]
    assert housing["art9_conditions"] == ["Art. 9(2)(h) Health or social care"]
    # One column lists all kinds of data: the Art. 9 ones get their own field.
    assert housing["data_categories"] == ["Contact details", "Income and tax data"]
    assert housing["special_categories"] == ["Health data"]
    assert housing["recipients"] == [
        Recipient("public_authority", "Finanzamt"),
        Recipient("processor", "Housing association"),
    ]
    assert housing["transfers"] == [Transfer("United States", "Cloud Inc.", SCC)]
    assert housing["automated_decision"] is False
    assert parking["recipients"] == [] and parking["no_recipients"] is True
    assert parking["transfers"] == [] and parking["no_transfers"] is True
    assert parking["legal_bases"] == [PUBLIC_TASK]
    assert parking["automated_decision"] is True
    assert parking["automated_decision_details"].startswith("automatic refusal")
    assert parking["joint_controllers"][0].contact == "parking@county.example"


def test_cnil_style_sheet_in_french(workspace: Any, xlsx: Any) -> None:
    rows = [
        [
            "N° / REF",
            "Nom / sigle",
            "Service",
            "Finalité principale",
            "Sous-finalité 1",
            "Base légale",
            "Catégories de personnes concernées",
            "Catégories de données collectées",
            "Données sensibles",
            "Catégories de destinataires",
            "Transferts des données hors UE",
            "Délais d'effacement",
            "Mesures de sécurité",
            "Statut",
            "Prochaine révision",
        ],
        [
            "RH-01",
            "Gestion de la paie",
            "Ressources humaines",
            "Payer les agents",
            "Déclarations sociales",
            "Obligation légale",
            "Agents",
            "État civil, identité\nVie professionnelle",
            "Non",
            "Trésor public (Autorité publique)\nPrestataire paie (Sous-traitant)",
            "Non",
            "5 ans après le départ",
            "Contrôle d'accès des utilisateurs",
            "actif",
            "15/09/2026",
        ],
    ]
    result = preview(
        workspace, table := read_table(xlsx({"Registre": rows})), suggest_mapping(workspace, table)
    )
    (row,) = result.rows
    assert row.valid, row.problems
    values = row.values
    assert values["reference"] == "RH-01" and values["name"] == "Gestion de la paie"
    assert values["department"] == "Ressources humaines"
    assert values["purposes"] == ["Payer les agents", "Déclarations sociales"]
    assert values["legal_bases"] == [LEGAL_OBLIGATION]
    assert values["special_categories"] == []
    assert values["recipients"] == [
        Recipient("public_authority", "Trésor public"),
        Recipient("processor", "Prestataire paie"),
    ]
    assert values["no_transfers"] is True
    assert values["status"] is ActivityStatus.ACTIVE
    assert values["next_review"] == date(2026, 9, 15)


def test_german_csv_with_semicolons_in_windows_1252(workspace: Any, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "Verzeichnis.csv",
        [
            [
                "Lfd. Nr.",
                "Bezeichnung der Verarbeitungstätigkeit",
                "Fachbereich",
                "Zweck",
                "Rechtsgrundlage",
                "Betroffene Personen",
                "Empfänger",
                "Löschfristen",
                "Technische und organisatorische Maßnahmen",
                "Status",
                "Wiedervorlage",
            ],
            [
                "1",
                "Wohngeld",
                "Soziales",
                "Bewilligung von Wohngeld",
                "öffentliche Aufgabe",
                "Antragsteller",
                "Finanzamt",
                "10 Jahre",
                "Verschlüsselung; Zugriffskontrolle",
                "In Betrieb",
                "31.12.2026",
            ],
            [
                "2",
                "Hundesteuer",
                "Steueramt",
                "Erhebung der Hundesteuer",
                "Art. 6 Abs. 1 lit. c DSGVO",
                "Hundehalter",
                "keine",
                "5 Jahre",
                "",
                "Entwurf",
                "",
            ],
        ],
        delimiter=";",
        encoding="cp1252",
    )
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    result = preview(workspace, table, suggest_mapping(workspace, table))
    first, second = (r.values for r in result.rows)
    assert first["name"] == "Wohngeld" and first["department"] == "Soziales"
    assert first["legal_bases"] == [PUBLIC_TASK]
    assert first["security_measures"] == ["Verschlüsselung", "Zugriffskontrolle"]
    assert first["status"] is ActivityStatus.ACTIVE
    assert first["next_review"] == date(2026, 12, 31)
    assert second["legal_bases"] == [LEGAL_OBLIGATION]
    assert second["no_recipients"] is True
    assert second["status"] is ActivityStatus.DRAFT
    report = run_import(workspace, result)
    assert report.created == 2


def test_utf8_csv_with_commas_and_the_apostrophe_guard(workspace: Any, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "register.csv",
        [
            ["Name", "Department", "Purposes", "Notes"],
            ["'=Newsletter", "Communications", "News; Events", "'@mention, with comma"],
        ],
        encoding="utf-8-sig",
    )
    table = read_table(path)
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    (row,) = preview(workspace, table, suggest_mapping(workspace, table)).rows
    assert row.values["name"] == "=Newsletter"  # the CSV export's apostrophe is undone
    assert row.values["notes"] == "@mention, with comma"
    assert row.values["purposes"] == ["News", "Events"]


def test_tab_separated_and_excel_sep_hint(workspace: Any, tmp_path: Path) -> None:
    tab = write_csv(tmp_path / "t.txt", [["Name", "Service"], ["A", "B"]], delimiter="\t")
    assert read_table(tab).delimiter == "\t"
    hinted = write_csv(
        tmp_path / "h.csv", [["Name", "Service"], ["A", "B"]], delimiter="|", prefix="sep=|\n"
    )
    table = read_table(hinted)
    assert table.delimiter == "|" and table.rows[0].values == ("A", "B")


def test_the_sheet_that_looks_like_a_register_is_chosen(workspace: Any, xlsx: Any) -> None:
    path = xlsx(
        {
            "Cover": [["Register of the city"], ["Version 3"]],
            "Activities": [["Name", "Department", "Purpose"], ["Payroll", "HR", "Pay"]],
            "Lists": [["Departments"], ["HR"]],
        }
    )
    table = read_table(path)
    assert table.sheet == "Activities" and table.register_sheets == ("Activities",)
    assert table.sheets == ("Cover", "Activities", "Lists")
    other = read_table(path, sheet="Lists")
    assert other.sheet == "Lists" and other.headings == ("Departments",)


# -- preview and import ---------------------------------------------------------------------

SIMPLE = [
    ["Reference", "Name", "Department", "Legal basis", "Next review"],
    ["IM-1", "Parking permits", "Parking and mobility", "6(1)(e)", "2026-05-01"],
    ["IM-2", "", "Library", "Consent", "2026-05-01"],
    ["IM-3", "Library loans", "Library", "Consent", "someday"],
    ["IM-4", "School meals", "Schools and education", "Contract", ""],
]


def test_preview_reports_every_problem_before_writing(workspace: Any, xlsx: Any) -> None:
    table = read_table(xlsx({"R": SIMPLE}))
    before = workspace.activities.count()
    result = preview(workspace, table, suggest_mapping(workspace, table))
    assert workspace.activities.count() == before
    assert [r.number for r in result.invalid] == [3, 4]
    assert "name" in result.rows[1].problems
    assert "not a date" in result.rows[2].problems["next_review"]
    assert [r.number for r in result.to_create] == [2, 5]
    assert (result.ready_count, result.invalid_count, result.duplicate_count) == (2, 2, 0)
    lines = result.lines()
    assert "4 rows: 2 ready to import, 2 with problems" in lines[1]
    assert any(line.startswith("Row 3, Name of the processing activity:") for line in lines)


def test_import_is_all_or_nothing(workspace: Any, xlsx: Any) -> None:
    table = read_table(xlsx({"R": SIMPLE}))
    result = preview(workspace, table, suggest_mapping(workspace, table))
    with pytest.raises(ImportValidationError) as caught:
        run_import(workspace, result)
    assert isinstance(caught.value, ValidationError)
    message = str(caught.value)
    assert message.startswith("2 rows cannot be imported, so nothing was imported.")
    assert "Row 4, Next review:" in message
    assert set(caught.value.problems) == {"row 3, name", "row 4, next_review"}
    assert workspace.activities.count() == 0
    assert history_creates(workspace) == 0


def test_skip_invalid_imports_the_valid_rows(workspace: Any, xlsx: Any) -> None:
    table = read_table(xlsx({"R": SIMPLE}))
    result = preview(workspace, table, suggest_mapping(workspace, table))
    report = run_import(workspace, result, skip_invalid=True)
    assert report.created == 2
    assert [n for n, _why in report.skipped] == [3, 4]
    records = {r.reference: r for r in workspace.activities.all()}
    assert set(records) == {"IM-1", "IM-4"}
    assert records["IM-1"].legal_bases == [PUBLIC_TASK]
    assert records["IM-1"].next_review == date(2026, 5, 1)
    assert set(report.created_ids) == {r.id for r in records.values()}
    assert history_creates(workspace) == 2  # one history entry per created record
    lines = report.lines()
    assert lines[0].startswith("2 activities were created in the register of controller")
    assert any(line.startswith("Row 4: Next review:") for line in lines)


def test_duplicates_are_flagged_and_skipped(demo_workspace: Any, xlsx: Any) -> None:
    ws = demo_workspace
    existing = ws.activities.all()[0]
    rows = [
        ["Name", "Department", "Reference"],
        [existing.name.upper(), existing.department.lower(), ""],  # same, other case
        ["A new activity", "Library", existing.reference],  # reference already taken
        ["Another new one", "Library", "NEW-1"],
        ["Twice in the file", "Library", "NEW-1"],
    ]
    table = read_table(xlsx({"R": rows}))
    result = preview(ws, table, suggest_mapping(ws, table))
    first = result.rows[0]
    assert first.duplicate_of is not None and first.duplicate_of.id == existing.id
    assert "already used by" in result.rows[1].problems["reference"]
    assert "also used by row 4" in result.rows[3].problems["reference"]
    count = ws.activities.count()
    report = run_import(ws, result, skip_invalid=True)
    assert report.created == 1 and ws.activities.count() == count + 1
    assert report.duplicates == [(2, first.duplicate_of.describe())]
    assert "already in the register" in "\n".join(report.lines())


def test_importing_the_same_file_twice_creates_nothing_the_second_time(
    workspace: Any, xlsx: Any
) -> None:
    path = xlsx({"R": [SIMPLE[0], SIMPLE[1], SIMPLE[4]]})
    assert import_file(workspace, path).created == 2
    again = import_file(workspace, path)
    assert again.created == 0 and len(again.duplicates) == 2
    assert workspace.activities.count() == 2


def test_cancel_rolls_the_import_back(workspace: Any, xlsx: Any) -> None:
    rows = [["Name", "Department"], *([f"Activity {i}", "Library"] for i in range(1200))]
    table = read_table(xlsx({"R": rows}))
    result = preview(workspace, table, suggest_mapping(workspace, table))
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        if done >= 500:
            progress.cancel()

    progress.report = report
    with pytest.raises(Cancelled):
        run_import(workspace, result, progress=progress)
    assert workspace.activities.count() == 0
    assert history_creates(workspace) == 0


def test_cancel_while_reading(xlsx: Any) -> None:
    rows = [["Name", "Department"], *([f"Activity {i}", "Library"] for i in range(2500))]
    path = xlsx({"R": rows})
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        read_table(path, progress=progress)


def test_a_department_for_all_rows(workspace: Any, xlsx: Any) -> None:
    table = read_table(xlsx({"R": [["Name", "Purpose"], ["Payroll", "Pay"]]}))
    mapping = suggest_mapping(workspace, table)
    result = preview(workspace, table, mapping)
    assert "department" in result.rows[0].problems
    assert any("No column holds the owning department" in w for w in result.warnings)
    with_default = ColumnMapping(mapping.columns, defaults={"department": "Human resources"})
    assert preview(workspace, table, with_default).rows[0].valid


def test_unusable_mappings_are_refused(workspace: Any, xlsx: Any) -> None:
    table = read_table(xlsx({"R": [["Name", "Department"], ["A", "B"]]}))
    with pytest.raises(ValidationError, match="which controller activities"):
        preview(workspace, table, ColumnMapping({"Name": "name", "Department": "controllers"}))
    with pytest.raises(ValidationError, match="No column is matched to the name"):
        preview(workspace, table, ColumnMapping({"Name": None, "Department": "department"}))


def test_mappings_are_saved_in_the_vault_and_offered_again(workspace: Any, xlsx: Any) -> None:
    first = read_table(xlsx({"R": [["Titel", "Bereich"], ["A", "B"]]}, "a.xlsx"))
    automatic = suggest_mapping(workspace, first)
    assert automatic.columns == {"Titel": None, "Bereich": None}
    chosen = ColumnMapping({"Titel": "name", "Bereich": "department"})
    save_mapping(workspace, first, chosen)
    later = read_table(xlsx({"R": [["Titel", "Bereich"], ["C", "D"]]}, "b.xlsx"))
    assert suggest_mapping(workspace, later) == chosen
    assert preview(workspace, later, suggest_mapping(workspace, later)).rows[0].valid
    with workspace.ctx.transaction() as s:
        kinds = [e.entity_type for e in s.exec(select(ChangeEntry)).all()]
    assert "import_mapping" in kinds
    assert workspace.dirty


def test_mapping_files(tmp_path: Path) -> None:
    mapping = ColumnMapping({"A": "name", "B": None}, "processor", {"department": "IT"})
    path = tmp_path / "mapping.json"
    path.write_text(mapping.to_json(), encoding="utf-8")
    assert load_mapping(path) == mapping
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"Titel": "name", "Egal": "ignore"}), encoding="utf-8")
    assert load_mapping(plain) == ColumnMapping({"Titel": "name", "Egal": None})
    for text, expected in (
        ("{not json", "not JSON"),
        ("[1, 2]", "a JSON object was expected"),
        ('{"A": "colour"}', "unknown fields: colour"),
        ('{"A": 3}', "must map headings"),
    ):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ImportFileError, match=expected):
            load_mapping(path)
    with pytest.raises(ImportFileError, match="was not found"):
        load_mapping(tmp_path / "missing.json")


def test_field_choices_include_the_pseudo_fields() -> None:
    names = [name for name, _label in field_choices("controller")]
    assert names[0] == "name" and "transfer_safeguards" in names and "controllers" not in names
    assert "controllers" in [name for name, _label in field_choices("processor")]


def test_formula_cells_are_reported_on_their_rows(workspace: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Department", "Notes"])
    ws.append(["Payroll", "HR", '=HYPERLINK("http://evil.example")'])
    wb.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx")
    (row,) = preview(workspace, table, suggest_mapping(workspace, table)).rows
    assert "notes" not in row.values or row.values["notes"] == ""
    assert any("C2" in note for note in row.notes)


def test_govkit_ico_and_cnil_workbooks_read_like_any_city_spreadsheet(
    demo_workspace: Any, workspace_factory: Any, tmp_path: Path
) -> None:
    """The ICO layout (headings on row 8, special categories marked in the data column,
    "Yes: details" for automated decisions) and the CNIL summary sheet import cleanly."""
    from govkit.exports.xlsx import write_register_xlsx
    from govkit.services.snapshots import take_snapshot

    snap = take_snapshot(demo_workspace)
    target = workspace_factory()
    ico = tmp_path / "ico.xlsx"
    write_register_xlsx(snap, ico, layout="ico")
    table = read_table(ico)
    assert (table.sheet, table.header_row, table.from_govkit) == ("Controller", 8, False)
    result = preview(target, table, suggest_mapping(target, table))
    assert not result.invalid, result.lines()[:5]
    by_ref = {r.values["reference"]: r.values for r in result.rows}
    source = {a.reference: a for a in demo_workspace.activities.all()}
    for reference, values in by_ref.items():
        original = source[reference]
        assert values["name"] == original.name
        assert values.get("special_categories", []) == original.special_categories
        assert values.get("criminal_data", False) == original.criminal_data
        assert values["automated_decision"] == original.automated_decision
        assert values.get("legal_bases", [])[: len(original.legal_bases)] == original.legal_bases
        assert [t.country for t in values.get("transfers", [])] == [
            t.country for t in original.transfers
        ]
    cnil = tmp_path / "cnil.xlsx"
    write_register_xlsx(snap, cnil, layout="cnil")
    assert read_table(cnil).layout == "forms"  # its fiches, one activity each, by default
    table = read_table(cnil, sheet="Registre")  # the summary sheet, as a table
    assert table.sheet == "Registre" and table.header_row == 8
    result = preview(target, table, suggest_mapping(target, table))
    assert not result.invalid
    sensitive = next(r for r in result.rows if any("“Oui”" in n for n in r.notes))
    assert sensitive.values.get("special_categories", []) == []
    assert all(not r.values.get("transfers") for r in result.rows)
