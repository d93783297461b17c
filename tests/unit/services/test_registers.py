from __future__ import annotations

from datetime import date

import pytest

from govkit.domain.enums import ActivityStatus, ChangeAction
from govkit.domain.parts import Recipient, Transfer
from govkit.services.context import ServiceContext
from govkit.services.registers import controller_service, processor_service, record_as_json
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, ValidationError


def _full_values() -> dict[str, object]:
    return {
        "name": "Issuing parking permits",
        "reference": "PK-001",
        "department": "Parking and mobility",
        "contact": "parking@city.example",
        "purposes": ["Issue residents' parking permits"],
        "legal_bases": ["Art. 6(1)(e) Public task or official authority"],
        "data_subject_categories": ["Residents"],
        "data_categories": ["Contact details", "Vehicle registration data"],
        "recipients": [{"category": "processor", "name": "Permit printing company"}],
        "no_transfers": True,
        "retention": "2 years after the permit expires",
        "security_measures": ["Role-based access control"],
        "next_review": "2027-03-01",
    }


def test_create_records_history_and_is_complete(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    assert a.recipients == [Recipient("processor", "Permit printing company")]
    assert a.next_review == date(2027, 3, 1)
    assert a.created_by == "Test Person"
    row = svc.rows()[0]
    assert row.completeness.complete, row.completeness.missing
    assert "permit printing company" in row.search_text
    [entry] = svc.history(a.id)
    assert entry.action == ChangeAction.CREATE and entry.actor == "Test Person"
    fields = {c.field for c in audit_chain.changes_of(entry)}
    assert {"name", "recipients", "retention"} <= fields


def test_update_records_field_before_after(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    svc.update(a.id, {"retention": "5 years", "status": "active"})
    latest = svc.history(a.id)[0]
    assert latest.action == ChangeAction.UPDATE
    changes = {c.field: (c.before, c.after) for c in audit_chain.changes_of(latest)}
    assert changes == {
        "retention": ("2 years after the permit expires", "5 years"),
        "status": ("draft", "active"),
    }
    assert svc.get(a.id).status is ActivityStatus.ACTIVE


def test_update_without_change_writes_no_history(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    svc.update(a.id, {"retention": "2 years after the permit expires"})
    assert len(svc.history(a.id)) == 1


def test_completeness_names_missing_items(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(
        {
            "name": "CCTV at the town hall",
            "department": "Public safety and CCTV",
            "special_categories": ["Biometric data for identification"],
            "transfers": [Transfer(country="US")],
        }
    )
    missing = svc.rows()[0].completeness.missing
    assert "Purposes" in missing
    assert "Art. 9 condition for special categories" in missing
    assert "Safeguard for every transfer" in missing
    assert "Department contact" in missing
    assert a.id == svc.rows()[0].id


def test_validation_blocks_and_changes_nothing(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    with pytest.raises(ValidationError) as err:
        svc.create({"name": "", "department": ""})
    assert set(err.value.problems) == {"name", "department"}
    assert svc.count() == 0
    a = svc.create(_full_values())
    with pytest.raises(ValidationError):
        svc.update(
            a.id, {"recipients": [{"category": "internal", "name": "HR"}], "no_recipients": True}
        )
    assert svc.get(a.id).no_recipients is False


def test_reference_must_be_unique(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    svc.create(_full_values())
    with pytest.raises(ValidationError) as err:
        svc.create({**_full_values(), "name": "Other"})
    assert "reference" in err.value.problems


def test_duplicate_archive_delete_restore(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    b = svc.duplicate(a.id)
    assert b.name == "Issuing parking permits (copy)" and b.reference == ""
    assert b.purposes == a.purposes
    svc.archive(b.id)
    assert svc.get(b.id).archived_at is not None
    assert [r.archived for r in svc.rows() if r.id == b.id] == [True]
    svc.unarchive(b.id)
    snap = svc.delete(a.id)
    with pytest.raises(NotFoundError):
        svc.get(a.id)
    restored = svc.restore(snap)
    assert restored.id == a.id and restored.recipients == a.recipients
    actions = [e.action for e in svc.history(a.id)]
    assert actions == ["restore", "delete", "create"]
    with ctx.transaction() as s:
        assert audit_chain.verify(s) == []


def test_change_events_announced_after_commit(ctx: ServiceContext) -> None:
    seen = []
    ctx.subscribe(seen.append)
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    with pytest.raises(ValidationError):
        svc.update(a.id, {"name": ""})
    assert [(e.entity_id, e.action) for e in seen] == [(a.id, "create")]
    assert ctx.dirty


def test_processor_register(ctx: ServiceContext) -> None:
    svc = processor_service(ctx)
    p = svc.create(
        {
            "name": "Payroll for the water board",
            "department": "Human resources",
            "controllers": [{"name": "Regional Water Board", "dpo": "dpo@water.example"}],
            "processing_categories": ["Payroll processing"],
            "no_transfers": True,
            "security_measures": ["Encryption at rest"],
        }
    )
    assert p.controllers[0].dpo == "dpo@water.example"
    assert svc.rows()[0].completeness.complete
    data = record_as_json(p)
    assert data["controllers"][0]["name"] == "Regional Water Board"


def test_history_tampering_detected(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    svc.update(a.id, {"retention": "5 years"})
    svc.update(a.id, {"retention": "6 years"})
    ctx.conn.execute("UPDATE change_entry SET actor='Mallory' WHERE seq=2")
    with ctx.transaction() as s:
        problems = audit_chain.verify(s)
    assert any("altered" in p for p in problems)
    ctx.conn.execute("UPDATE change_entry SET actor='Test Person' WHERE seq=2")
    ctx.conn.execute("DELETE FROM change_entry WHERE seq=2")
    with ctx.transaction() as s:
        assert any("missing" in p for p in audit_chain.verify(s))


def test_history_tail_removal_detected(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    a = svc.create(_full_values())
    svc.update(a.id, {"retention": "5 years"})
    last = ctx.conn.execute("SELECT max(seq) FROM change_entry").fetchone()[0]
    ctx.conn.execute("DELETE FROM change_entry WHERE seq=?", (last,))
    with ctx.transaction() as s:
        assert any("removed" in p for p in audit_chain.verify(s))


def test_table_rows_agree_with_full_records_for_the_demo(ctx: ServiceContext) -> None:
    from govkit.domain.completeness import completeness
    from govkit.services.demo import populate_context

    populate_context(ctx, activities=120)
    for svc in (controller_service(ctx), processor_service(ctx)):
        rows = svc.rows()
        assert len(rows) == svc.count()
        for row in rows:
            record = svc.get(row.id)
            assert row.completeness == completeness(record), record.name
            assert row.legal_bases == tuple(getattr(record, "legal_bases", ()))
            assert row.next_review == record.next_review
            assert record.name.casefold() in row.search_text
        assert svc.row(rows[0].id) == rows[0]
    assert controller_service(ctx).row("no-such-id") is None


def test_create_many_is_all_or_nothing_and_chains_history(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    svc.create(_full_values())
    good = {"name": "Bulk 1", "department": "HR", "reference": "B-1"}
    with pytest.raises(ValidationError) as err:
        svc.create_many([good, {"name": "", "department": "HR"}])
    assert "record 2, name" in err.value.problems
    with pytest.raises(ValidationError):
        svc.create_many([good, {**good, "name": "Bulk 2"}])  # duplicate reference B-1
    with pytest.raises(ValidationError):
        svc.create_many([{**good, "reference": "PK-001"}])  # clashes with an existing one
    assert svc.count() == 1
    assert svc.create_many([good, {"name": "Bulk 2", "department": "HR"}]) == 2
    assert svc.count() == 3
    with ctx.transaction() as s:
        assert audit_chain.verify(s) == []
    assert [e.action for e in svc.history(svc.rows()[-1].id)] == ["create"]


def test_search_text_holds_values_not_json_keys_or_editors(ctx: ServiceContext) -> None:
    svc = controller_service(ctx)
    svc.create(_full_values())
    text = svc.rows()[0].search_text
    assert "permit printing company" in text and "processor" in text
    assert '"name"' not in text and "category" not in text
    assert "test person" not in text  # who edited is not what the record is about
