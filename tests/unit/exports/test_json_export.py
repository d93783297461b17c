"""The JSON export: complete, stable, UTF-8, and valid against docs/export-schema.json."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govkit.domain.ai_rules import PUBLIC_FIELDS
from govkit.domain.enums import CatalogueKind
from govkit.domain.fields import ORGANISATION_FIELDS
from govkit.domain.models import AiSystem, ControllerActivity, ProcessorActivity
from govkit.domain.parts import (
    ActivityLink,
    AiDataset,
    AiDuty,
    AiModel,
    ClassificationRecord,
    ControllerParty,
    JointController,
    Recipient,
    RegisterEntry,
    Transfer,
)
from govkit.exports.json_export import (
    FORMAT,
    SCHEMA_ID,
    SCHEMA_VERSION,
    dumps_register_json,
    read_ai_systems_json,
    read_register_json,
    record_json,
    write_register_json,
)
from govkit.exports.progress import Cancelled, Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.services import demo, demo_ai
from govkit.services.registers import record_as_json, to_jsonable
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "export-schema.json"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def _validate(schema: dict[str, Any], document: Any) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterSnapshot]:
    folder = tmp_path_factory.mktemp("json")
    ws, _key = Workspace.create(
        folder / "demo.govkit",
        person_name="Ζωή Παπαδοπούλου",
        passphrase=PASSPHRASE,
        kdf=MIN_KDF,
    )
    try:
        demo.populate_demo(ws, activities=45)
        record = ws.activities.all()[3]
        ws.activities.archive(record.id)
        yield take_snapshot(ws)
    finally:
        ws.close()


def test_demo_export_is_valid_against_the_published_schema(
    demo_snapshot: RegisterSnapshot, schema: dict[str, Any]
) -> None:
    document = json.loads(dumps_register_json(demo_snapshot))
    _validate(schema, document)
    assert schema["$id"] == SCHEMA_ID
    assert document["format"] == FORMAT and document["schema_version"] == SCHEMA_VERSION
    assert document["export"]["counts"] == {
        "controller_activities": 45,
        "processor_activities": 5,
        "assessments": 21,  # the demo's screenings and DPIAs, and its AI systems' assessments
        "ai_systems": len(demo_ai.SYSTEMS),
        "catalogue_entries": sum(len(v) for v in demo_snapshot.catalogues.values()),
    }
    cctv = next(a for a in document["assessments"] if a["reference"] == "DPIA-001")
    assert cctv["status"] == "approved" and cctv["answers"]["format"] == "govkit-answers"
    assert cctv["signoffs"][-1]["content_hash"] == cctv["content_hash"]
    assert [r["cnil_ref"] for r in cctv["risks"]] == ["3.2", "3.3", "3.4"]
    assert set(document["questionnaires"]) == {
        "dpia@1",
        "dpia-screening@2",
        "ai-act-classification@1",
        "ai-ethics@1",
        "fria@1",
    }
    assert document["questionnaires"]["dpia@1"]["id"] == "dpia"
    assert document["export"]["vault_id"] == demo_snapshot.vault_id
    assert document["export"]["exported_by"] == "Ζωή Παπαδοπούλου"


def test_schema_rejects_what_is_not_an_export(schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid({"format": FORMAT})
    assert not validator.is_valid([])


def test_an_empty_and_a_department_export_are_valid(tmp_path: Path, schema: dict[str, Any]) -> None:
    ws, _key = Workspace.create(
        tmp_path / "e.govkit", person_name="A", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    try:
        empty = json.loads(dumps_register_json(take_snapshot(ws)))
        ws.activities.create({"name": "Payroll", "department": "HR"})
        ws.activities.create({"name": "Loans", "department": "Library"})
        hr = json.loads(dumps_register_json(take_snapshot(ws, department="HR")))
    finally:
        ws.close()
    _validate(schema, empty)
    _validate(schema, hr)
    assert empty["controller_activities"] == [] and empty["processor_activities"] == []
    assert hr["export"]["scope"] == {"kind": "department", "department": "HR"}
    assert [r["name"] for r in hr["controller_activities"]] == ["Payroll"]


def test_schema_describes_every_field_of_every_record(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    extra = ["completeness", "missing"]
    for definition, model in (
        ("controllerActivity", ControllerActivity),
        ("processorActivity", ProcessorActivity),
        ("aiSystem", AiSystem),
    ):
        props = defs[definition]["properties"]
        assert set(props) == {*model.model_fields, *extra}, definition
        assert set(defs[definition]["required"]) == set(props)
    for definition, part in (
        ("recipient", Recipient),
        ("transfer", Transfer),
        ("jointController", JointController),
        ("controllerParty", ControllerParty),
        ("aiModel", AiModel),
        ("aiDataset", AiDataset),
        ("activityLink", ActivityLink),
        ("registerEntry", RegisterEntry),
        ("aiDuty", AiDuty),
        ("classificationRecord", ClassificationRecord),
    ):
        assert set(defs[definition]["properties"]) == {f.name for f in dataclasses.fields(part)}
    ai_props = defs["aiSystem"]["properties"]
    marked = {name for name, p in ai_props.items() if "Public:" in p["description"]}
    assert marked == set(PUBLIC_FIELDS)
    organisation = schema["properties"]["organisation"]["properties"]
    assert set(organisation) == {f.name for f in ORGANISATION_FIELDS}
    kinds = schema["properties"]["catalogues"]["propertyNames"]["enum"]
    assert kinds == [k.value for k in CatalogueKind]


def test_records_hold_every_field_in_model_order_like_list_json(
    demo_snapshot: RegisterSnapshot,
) -> None:
    document = json.loads(dumps_register_json(demo_snapshot))
    for key, model, records in (
        ("controller_activities", ControllerActivity, demo_snapshot.controller_activities),
        ("processor_activities", ProcessorActivity, demo_snapshot.processor_activities),
        ("ai_systems", AiSystem, demo_snapshot.ai_systems),
    ):
        exported = document[key]
        assert len(exported) == len(records)
        for data, record in zip(exported, records, strict=True):
            assert list(data) == [*model.model_fields, "completeness", "missing"]
            # the same object as ``govkit list --format json`` (services.registers)
            assert data == record_as_json(record)
            for name in model.model_fields:
                assert data[name] == to_jsonable(getattr(record, name))
    assert any(r["archived_at"] for r in document["controller_activities"])


def test_round_trip_gives_back_every_field(demo_snapshot: RegisterSnapshot) -> None:
    document = json.loads(dumps_register_json(demo_snapshot))
    org, controllers, processors = read_register_json(document)
    assert org.model_dump() == demo_snapshot.organisation.model_dump()
    for got, want in (
        *zip(controllers, demo_snapshot.controller_activities, strict=True),
        *zip(processors, demo_snapshot.processor_activities, strict=True),
    ):
        for name in type(want).model_fields:
            assert getattr(got, name) == getattr(want, name), name
    assert record_json(controllers[0]) == record_json(demo_snapshot.controller_activities[0])
    systems = read_ai_systems_json(document)
    assert len(systems) == len(demo_snapshot.ai_systems) == len(demo_ai.SYSTEMS)
    for got_system, want_system in zip(systems, demo_snapshot.ai_systems, strict=True):
        for name in AiSystem.model_fields:
            assert getattr(got_system, name) == getattr(want_system, name), name


def test_the_ai_register_is_in_the_export_with_classifications_and_duties(
    demo_snapshot: RegisterSnapshot,
) -> None:
    document = json.loads(dumps_register_json(demo_snapshot))
    assert list(document)[5:8] == ["processor_activities", "ai_systems", "assessments"]
    systems = {s["reference"]: s for s in document["ai_systems"]}
    benefit = systems["AI-001"]
    assert benefit["risk_tier"] == "high_risk" and benefit["annex_area"] == "essential_services"
    assert {d["key"] for d in benefit["duties"]} >= {"fria", "registration", "human_oversight"}
    assert benefit["processing_activities"][0]["subject_id"] in {
        a["id"] for a in document["controller_activities"]
    }
    assert systems["AI-006"]["risk_tier"] == "not_classified"


def test_an_export_of_schema_1_1_stays_valid(
    demo_snapshot: RegisterSnapshot, schema: dict[str, Any]
) -> None:
    """Schema 1.2 only adds the AI register: an export written before it is still valid."""
    document = json.loads(dumps_register_json(demo_snapshot))
    old = {k: v for k, v in document.items() if k != "ai_systems"}
    old["schema_version"] = "1.1"
    del old["export"]["counts"]["ai_systems"]
    _validate(schema, old)
    assert read_ai_systems_json(old) == []
    unknown = dict(old, schema_version="9.9")
    assert not jsonschema.Draft202012Validator(schema).is_valid(unknown)


def test_output_is_stable_utf8_and_exactly_what_json_dumps_writes(
    demo_snapshot: RegisterSnapshot, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    write_register_json(demo_snapshot, first)
    with second.open("wb") as handle:
        write_register_json(demo_snapshot, handle)
    data = first.read_bytes()
    assert data == second.read_bytes()
    text = data.decode("utf-8")
    assert "Ζωή Παπαδοπούλου" in text  # not \\u-escaped
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    catalogues = json.loads(text)["catalogues"]
    assert list(catalogues) == [k.value for k in CatalogueKind]


def test_cancel_stops_the_json_export(demo_snapshot: RegisterSnapshot, tmp_path: Path) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_register_json(demo_snapshot, tmp_path / "x.json", progress=progress)
