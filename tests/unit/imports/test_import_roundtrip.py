"""A ``full`` workbook imports into an empty vault with nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.exports.xlsx import write_register_xlsx
from govkit.services.demo import populate_demo
from govkit.services.imports import preview, read_table, run_import, suggest_mapping
from govkit.services.registers import to_jsonable
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

EDGE_CASES: list[dict[str, Any]] = [
    {
        # No reference: its recipients and transfers are joined back by record ID alone.
        "name": "  Leading and trailing spaces kept  ",
        "department": "Library",
        "status": "retired",
        "description": "Line one\nLine two\n\n  indented line\r\nwith a carriage return",
        "purposes": ["Purpose; with a semicolon", "=SUM(1+1) looks like a formula", "-minus"],
        "legal_bases": ["6(1)(e) written freely", "Art. 6(1)(a) Consent"],
        "legal_basis_details": "@mention\tand a tab",
        "data_subject_categories": ["Читатели (Cyrillic)", "Αναγνώστες (Greek)", "পাঠক"],
        "data_categories": ["#N/A", "+49 phone numbers"],
        "special_categories": ["Health data"],
        "art9_conditions": ["Art. 9(2)(h) Health or social care"],
        "criminal_data": True,
        "art10_basis": "Act of 1990, s. 4",
        "sources": ["The data subject"],
        "recipients": [
            Recipient("public_authority", "Police (document fraud cases)"),
            Recipient("abroad", "Embassy"),
            Recipient("a category of its own", "Someone"),
        ],
        "transfers": [
            Transfer("United States", "Cloud Inc. (Delaware)", "SCC: 2021 version", "DPA §4"),
            Transfer("Canada", "", "", ""),
        ],
        "retention": '=HYPERLINK("http://evil.example")',
        "security_measures": ["Encryption at rest"],
        "joint_controllers": [
            JointController("Region (north)", "dpo@region.example", "Runs the portal\nand more"),
        ],
        "automated_decision": True,
        "automated_decision_details": "Scoring",
        "systems": [],
        "notes": "",
    },
    {
        "reference": "EDGE-2",
        "name": "Nothing much recorded",
        "department": "IT services",
        "status": "draft",
        "no_recipients": True,
        "no_transfers": True,
        "next_review": date(2031, 1, 31),
    },
]
PROCESSOR_EDGE: dict[str, Any] = {
    "reference": "",
    "name": "Service without a reference",
    "department": "IT services",
    "controllers": [
        ControllerParty("Town A", "a@town.example", "Mayor A", "DPO A\nsecond line"),
        ControllerParty("Town B", "", "", ""),
    ],
    "processing_categories": ["Hosting and storage"],
    "sub_processors": ["=Datacentre"],
    "transfers": [Transfer("Switzerland", "Backup AG", "Art. 45 Adequacy decision", "")],
}


def new_workspace(path: Path) -> Workspace:
    ws, _key = Workspace.create(
        path, person_name="Ada", passphrase="correct horse battery staple", kdf=MIN_KDF
    )
    return ws


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "source.govkit")
    populate_demo(ws, activities=120)
    ws.activities.create_many(EDGE_CASES)
    ws.processor_activities.create(PROCESSOR_EDGE)
    archived = ws.activities.all()[3]
    ws.activities.archive(archived.id)
    yield ws
    ws.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "target.govkit")
    yield ws
    ws.close()


def key(record: Any) -> tuple[str, str]:
    return (record.reference, record.name)


def test_full_workbook_round_trips_every_field(
    source: Workspace, target: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "register.xlsx"
    write_register_xlsx(take_snapshot(source), out, layout="full")

    table = read_table(out)
    assert table.from_govkit and table.sheet == "Controller activities"
    assert table.register_sheets == ("Controller activities", "Processor activities")
    controllers = preview(target, table, suggest_mapping(target, table))
    assert not controllers.invalid and not controllers.duplicates
    assert any("Archived in the workbook" in note for row in controllers.rows for note in row.notes)
    report = run_import(target, controllers)
    assert report.created == source.activities.count()

    table = read_table(out, sheet="Processor activities")
    assert table.register == "processor"
    processors = preview(target, table, suggest_mapping(target, table))
    assert run_import(target, processors).created == source.processor_activities.count()

    for service in ("activities", "processor_activities"):
        before = {key(r): r for r in getattr(source, service).all()}
        after = {key(r): r for r in getattr(target, service).all()}
        assert before.keys() == after.keys()
        fields = getattr(source, service).editable_fields
        differences = [
            (k, name, to_jsonable(getattr(before[k], name)), to_jsonable(getattr(after[k], name)))
            for k in before
            for name in fields
            if to_jsonable(getattr(before[k], name)) != to_jsonable(getattr(after[k], name))
        ]
        assert differences == []
    # The hard cases really were in the register, so the comparison covered them.
    edge = next(a for a in target.activities.all() if a.reference == "")
    assert edge.description.endswith("\r\nwith a carriage return")
    assert edge.purposes[0] == "Purpose; with a semicolon"
    assert edge.recipients[2] == Recipient("a category of its own", "Someone")
    assert edge.status.value == "retired"


def test_reimporting_the_workbook_into_its_own_vault_duplicates_nothing(
    source: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "register.xlsx"
    write_register_xlsx(take_snapshot(source), out)
    table = read_table(out)
    result = preview(source, table, suggest_mapping(source, table))
    assert len(result.duplicates) == len(result.rows)
    assert run_import(source, result).created == 0
