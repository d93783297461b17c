from __future__ import annotations

from datetime import date

from govkit.domain.completeness import controller_completeness, processor_completeness
from govkit.domain.fields import CONTROLLER_FIELDS, CONTROLLER_GROUPS, PROCESSOR_FIELDS
from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.domain.parts import Recipient, Transfer
from govkit.domain.validation import validate_record


def test_every_model_field_is_described_once() -> None:
    editable = set(ControllerActivity.model_fields) - {
        "id",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "archived_at",
    }
    assert {f.name for f in CONTROLLER_FIELDS} == editable
    assert len(CONTROLLER_FIELDS) == len(editable)
    assert {f.group for f in CONTROLLER_FIELDS} <= {g.key for g in CONTROLLER_GROUPS}
    p_editable = set(ProcessorActivity.model_fields) - {
        "id",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "archived_at",
    }
    assert {f.name for f in PROCESSOR_FIELDS} == p_editable


def test_empty_activity_misses_every_art30_item() -> None:
    c = controller_completeness(ControllerActivity())
    assert c.percent == 0 and not c.complete
    assert "Retention periods" in c.missing and "Security measures" in c.missing


def test_conditional_items_appear_only_when_relevant() -> None:
    a = ControllerActivity(name="x", department="y", criminal_data=True, automated_decision=True)
    missing = controller_completeness(a).missing
    assert "Art. 10 authority for criminal data" in missing
    assert "Details of the automated decision" in missing
    a.art10_basis = "Child Protection Act §72a"
    assert "Art. 10 authority for criminal data" not in controller_completeness(a).missing


def test_no_recipients_and_no_transfers_count_as_answers() -> None:
    a = ControllerActivity(no_recipients=True, no_transfers=True)
    missing = controller_completeness(a).missing
    assert "Recipients (or “no recipients”)" not in missing
    assert "Transfers (or “no transfers”)" not in missing


def test_validation_rules() -> None:
    a = ControllerActivity(name="n", department="d")
    assert validate_record(a) == {}
    a.recipients = [Recipient("internal", "HR")]
    a.no_recipients = True
    a.transfers = [Transfer(country="")]
    a.next_review = date(1900, 1, 1)
    a.art9_conditions = ["Art. 9(2)(h) Health or social care"]
    assert set(validate_record(a)) == {
        "no_recipients",
        "transfers",
        "next_review",
        "art9_conditions",
    }


def test_processor_completeness() -> None:
    p = ProcessorActivity(name="n", department="d", no_transfers=True)
    assert "Controllers served" in processor_completeness(p).missing
