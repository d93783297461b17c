"""The demo municipality: realistic, valid, varied and reproducible."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from govkit.domain.enums import ActivityStatus, CatalogueKind, ChangeAction
from govkit.domain.models import ChangeEntry, ControllerActivity, ProcessorActivity
from govkit.domain.validation import validate_record
from govkit.i18n import set_translator
from govkit.services import demo
from govkit.services.catalogues import CatalogueService
from govkit.services.context import Actor, ServiceContext
from govkit.services.organisation import OrganisationService
from govkit.services.registers import controller_service, processor_service, record_as_json
from govkit.storage import database
from govkit.storage.errors import ValidationError

PASSPHRASE = "correct horse battery staple"  # the workspace fixture's (tests/conftest.py)
TODAY = date(2026, 6, 15)
DEPARTMENTS = {
    "Civil registry",
    "Social services",
    "Schools and education",
    "Waste management",
    "Parking and mobility",
    "Human resources",
    "Public safety and CCTV",
    "Library",
    "Elections",
    "Finance and taxes",
    "Housing",
}
_BOOKKEEPING = {"id", "created_at", "updated_at", "completeness", "missing"}


def _fresh_context() -> ServiceContext:
    conn = database.new_connection()
    database.create_schema(conn)
    ctx = ServiceContext(conn, Actor("Demo Tester", "slot-demo"))
    CatalogueService(ctx).seed_builtins()
    return ctx


def _controllers(ctx: ServiceContext) -> list[ControllerActivity]:
    return controller_service(ctx).all()


def _processors(ctx: ServiceContext) -> list[ProcessorActivity]:
    return processor_service(ctx).all()


def _content(record: ControllerActivity | ProcessorActivity) -> dict[str, Any]:
    return {k: v for k, v in record_as_json(record).items() if k not in _BOOKKEEPING}


@pytest.fixture
def populated(ctx: ServiceContext) -> ServiceContext:
    demo.populate_context(ctx, today=TODAY)
    return ctx


def test_default_demo_covers_the_departments_and_both_registers(populated: ServiceContext) -> None:
    activities = _controllers(populated)
    assert len(activities) == demo.DEFAULT_ACTIVITIES == 40
    assert {a.department for a in activities} >= DEPARTMENTS
    assert len({a.reference for a in activities}) == len(activities)
    processors = _processors(populated)
    assert len(processors) >= 4
    assert all(p.controllers for p in processors)
    org = OrganisationService(populated).get()
    for field in (
        "name",
        "address",
        "contact",
        "country",
        "dpo_name",
        "dpo_contact",
        "representative",
    ):
        assert getattr(org, field).strip(), field
    assert org.name == demo.CITY


def test_every_record_is_valid(populated: ServiceContext) -> None:
    records: list[ControllerActivity | ProcessorActivity] = [
        *_controllers(populated),
        *_processors(populated),
    ]
    for record in records:
        assert validate_record(record) == {}, record.reference


def test_statuses_reviews_and_completeness_are_mixed(populated: ServiceContext) -> None:
    rows = controller_service(populated).rows()
    statuses = Counter(r.status for r in rows)
    assert statuses[ActivityStatus.ACTIVE] > len(rows) // 2
    assert statuses[ActivityStatus.DRAFT] >= 3
    assert statuses[ActivityStatus.RETIRED] == 1
    reviews = [r.next_review for r in rows]
    assert all(reviews)
    assert sum(1 for d in reviews if d and d < TODAY) >= 3  # some overdue
    assert sum(1 for d in reviews if d and d > TODAY) >= 20
    complete = [r for r in rows if r.completeness.complete]
    incomplete = [r for r in rows if not r.completeness.complete]
    assert len(complete) >= 30
    incomplete_drafts = [r for r in incomplete if r.status is ActivityStatus.DRAFT]
    assert len(incomplete_drafts) >= 3
    assert len({r.completeness.percent for r in incomplete}) >= 3
    assert any(not r.completeness.complete for r in processor_service(populated).rows())


def test_pick_list_values_are_the_catalogue_labels(populated: ServiceContext) -> None:
    cats = CatalogueService(populated)
    labels = {kind: set(cats.labels(kind)) for kind in CatalogueKind}
    for a in _controllers(populated):
        assert a.department in labels[CatalogueKind.DEPARTMENT]
        assert set(a.legal_bases) <= labels[CatalogueKind.LEGAL_BASIS], a.reference
        assert set(a.special_categories) <= labels[CatalogueKind.SPECIAL_CATEGORY]
        assert set(a.art9_conditions) <= labels[CatalogueKind.ART9_CONDITION]
        assert set(a.security_measures) <= labels[CatalogueKind.SECURITY_MEASURE]
        assert set(a.data_subject_categories) <= labels[CatalogueKind.DATA_SUBJECT]
        assert set(a.data_categories) <= labels[CatalogueKind.DATA_CATEGORY]
        assert set(a.systems) <= labels[CatalogueKind.SYSTEM], a.reference  # custom ones added
        for t in a.transfers:
            assert t.safeguard in labels[CatalogueKind.SAFEGUARD] or not t.safeguard
    for p in _processors(populated):
        assert set(p.processing_categories) <= labels[CatalogueKind.PROCESSING_CATEGORY]


def test_the_register_holds_the_cases_a_dpo_expects(populated: ServiceContext) -> None:
    by_ref = {a.reference: a for a in _controllers(populated)}
    social = [a for a in by_ref.values() if a.department == "Social services"]
    assert any("Health data" in a.special_categories and a.art9_conditions for a in social)
    hr = [a for a in by_ref.values() if a.department == "Human resources"]
    assert any("Trade union membership" in a.special_categories for a in hr)
    assert any(a.criminal_data and a.art10_basis for a in hr)
    transfers = [t for a in by_ref.values() for t in a.transfers]
    assert any(
        t.country == "United States" and t.safeguard == "Art. 46(2)(c) Standard contractual clauses"
        for t in transfers
    )
    assert any(t.safeguard == "Art. 45 Adequacy decision" for t in transfers)
    assert sum(1 for a in by_ref.values() if a.joint_controllers) >= 2
    automated = [a for a in by_ref.values() if a.automated_decision]
    assert automated and all(a.automated_decision_details for a in automated)
    assert all(a.purposes for a in by_ref.values() if a.status is ActivityStatus.ACTIVE)
    assert all(a.retention for a in by_ref.values() if a.status is ActivityStatus.ACTIVE)


def test_contacts_come_from_many_cultures(populated: ServiceContext) -> None:
    names = {a.contact.split(",")[0] for a in _controllers(populated) if a.contact}
    assert len(names) >= 25
    scripts = {
        unicodedata.name(c).split()[0] for n in names for c in n if not c.isascii() and c.isalpha()
    }
    assert {"BENGALI", "CJK"} <= scripts
    assert any(not n.isascii() for n in names if "(" not in n)  # diacritics, not only scripts


def test_history_records_creation_and_later_changes(populated: ServiceContext) -> None:
    with populated.transaction() as s:
        entries = list(s.exec(select(ChangeEntry)))
    actions = Counter(e.action for e in entries)
    assert actions[ChangeAction.CREATE] >= 40 + len(demo.PROCESSOR_ACTIVITIES)
    assert actions[ChangeAction.UPDATE] >= len(demo.LATER_CHANGES)
    assert {e.entity_type for e in entries} >= {
        "controller_activity",
        "processor_activity",
        "organisation",
        "catalogue_entry",
    }


def test_fewer_activities_take_the_first_ones(ctx: ServiceContext) -> None:
    demo.populate_context(ctx, activities=5, today=TODAY)
    refs = sorted(a.reference for a in _controllers(ctx))
    assert refs == sorted(t["reference"] for t in demo.CONTROLLER_ACTIVITIES[:5])
    assert len(_processors(ctx)) == len(demo.PROCESSOR_ACTIVITIES)


def test_more_activities_are_unique_valid_variations(ctx: ServiceContext) -> None:
    demo.populate_context(ctx, activities=200, today=TODAY)
    activities = _controllers(ctx)
    assert len(activities) == 200
    assert len({a.reference for a in activities}) == 200
    assert all(validate_record(a) == {} for a in activities)
    handwritten = {t["reference"] for t in demo.CONTROLLER_ACTIVITIES}
    generated = [a for a in activities if a.reference not in handwritten]
    assert len(generated) == 200 - len(demo.CONTROLLER_ACTIVITIES)
    assert len({a.name for a in generated}) > len(generated) // 2
    assert {a.status for a in generated} == set(ActivityStatus)
    assert any(
        not r.completeness.complete
        for r in controller_service(ctx).rows()
        if r.reference not in handwritten
    )


def test_deterministic_for_a_seed() -> None:
    first = list(demo.controller_values(300, seed=7, today=TODAY))
    assert first == list(demo.controller_values(300, seed=7, today=TODAY))
    other = list(demo.controller_values(300, seed=8, today=TODAY))
    n = len(demo.CONTROLLER_ACTIVITIES)
    assert first[:n] == other[:n]  # the hand-written part does not depend on the seed
    assert first[n:] != other[n:]
    a, b = _fresh_context(), _fresh_context()
    demo.populate_context(a, activities=120, seed=3, today=TODAY)
    demo.populate_context(b, activities=120, seed=3, today=TODAY)
    assert [_content(r) for r in _controllers(a)] == [_content(r) for r in _controllers(b)]
    assert [_content(r) for r in _processors(a)] == [_content(r) for r in _processors(b)]


def test_refuses_a_register_that_is_not_empty(populated: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        demo.populate_context(populated, today=TODAY)


@pytest.mark.parametrize("count", [-1, demo.MAX_ACTIVITIES + 1])
def test_refuses_an_impossible_count(ctx: ServiceContext, count: int) -> None:
    with pytest.raises(ValueError):
        demo.populate_context(ctx, activities=count)
    assert controller_service(ctx).count() == 0


def test_pick_list_values_follow_the_translation() -> None:
    """A translated vault's catalogues hold translated labels; the demo must use the same."""
    set_translator(lambda _context, text: f"«{text}»")
    try:
        ctx = _fresh_context()
        demo.populate_context(ctx, activities=10, today=TODAY)
        legal = set(CatalogueService(ctx).labels(CatalogueKind.LEGAL_BASIS))
        activities = _controllers(ctx)
    finally:
        set_translator(lambda _context, text: text)
    assert all(set(a.legal_bases) <= legal for a in activities)
    assert all(a.department.startswith("«") for a in activities)


def test_populate_demo_on_a_real_vault(workspace: Any, vault_path: Path) -> None:
    from govkit.services.verify import verify_workspace
    from govkit.services.workspace import Workspace

    demo.populate_demo(workspace, activities=60)
    workspace.save()
    workspace.close()
    ws = Workspace.open(vault_path, PASSPHRASE)
    try:
        assert ws.activities.count() == 60
        assert ws.processor_activities.count() == len(demo.PROCESSOR_ACTIVITIES)
        assert verify_workspace(ws).ok
    finally:
        ws.close()


# -- the AI systems register ---------------------------------------------------------------------


def test_the_demo_ai_register_covers_the_tiers_with_duties_in_every_state(
    populated: ServiceContext,
) -> None:
    from govkit.domain.ai_enums import AiRiskTier, DutyStatus
    from govkit.domain.ai_rules import duties_for
    from govkit.domain.validation import validate_ai_system
    from govkit.services.ai_systems import AiSystemService
    from govkit.services.demo_ai import SYSTEMS

    service = AiSystemService(populated)
    systems = service.all()
    assert 5 <= len(systems) == len(SYSTEMS) <= 7
    assert all(validate_ai_system(s) == {} for s in systems)
    assert {s.risk_tier for s in systems} == {
        AiRiskTier.HIGH_RISK,
        AiRiskTier.TRANSPARENCY,
        AiRiskTier.MINIMAL,
        AiRiskTier.NOT_CLASSIFIED,
    }
    activities = _controllers(populated)
    assert {s.department for s in systems} <= {a.department for a in activities}
    statuses = {d.status for s in systems for d in s.duties}
    assert statuses == {s.value for s in DutyStatus}
    by_ref = {s.reference: s for s in systems}
    benefit = by_ref["AI-001"]
    assert (benefit.risk_tier, benefit.annex_area) == ("high_risk", "essential_services")
    assert "5(a)" in benefit.classification_reasoning
    fraud = by_ref["AI-005"]
    assert "profiling" in fraud.classification_reasoning and fraud.contact_internal
    for system in systems:
        assert system.description and system.purpose and system.contact
        if system.risk_tier != AiRiskTier.NOT_CLASSIFIED:
            assert system.classification_reasoning and system.classified_at is not None
        # the checklist is exactly what the classification asks for
        expected = duties_for(
            system.risk_tier,
            annex_area=system.annex_area,
            public_body=system.public_body,
            transparency=system.transparency_obligations,
        )
        assert [d.key for d in system.duties] == [e.key.value for e in expected]
    linked = service.linked_activities(benefit.id)
    assert [a.reference for a in linked] == ["SS-001"] and linked[0].legal_bases
    assert any(not r.completeness.complete for r in service.rows())


def test_the_demo_ai_register_without_its_activities(ctx: ServiceContext) -> None:
    from govkit.services.ai_systems import AiSystemService
    from govkit.services.demo_ai import SYSTEMS

    demo.populate_context(ctx, activities=0, today=TODAY)
    systems = AiSystemService(ctx).all()
    assert len(systems) == len(SYSTEMS)
    assert all(not s.processing_activities for s in systems)


def test_refuses_a_vault_that_already_has_ai_systems(ctx: ServiceContext) -> None:
    from govkit.services.ai_systems import AiSystemService

    AiSystemService(ctx).create({"name": "Chat assistant", "department": "Communications"})
    with pytest.raises(ValidationError):
        demo.populate_context(ctx, today=TODAY)
    assert controller_service(ctx).count() == 0


def test_a_demo_screening_names_the_entry_of_the_dpia_list_that_applies(
    populated: ServiceContext,
) -> None:
    """The fingerprint kiosks are on the "always requires a DPIA" list as biometric
    identification: the screening (the newest questionnaire) says so with the vault's entry."""
    from govkit.domain.assessment_enums import AssessmentKind
    from govkit.services.assessments import AssessmentService
    from govkit.services.demo_assessments import ON_AUTHORITY_LIST

    service = AssessmentService(populated)
    listed = CatalogueService(populated).labels(CatalogueKind.DPIA_REQUIRED)
    assert all(e in listed for entries in ON_AUTHORITY_LIST.values() for e in entries)
    names = {a.id: a.name for a in _controllers(populated)}
    found = {}
    for summary in service.summaries():
        row = service.get(summary.id)
        if row.kind != AssessmentKind.DPIA_SCREENING:
            continue
        answers = service.answers(row)
        assert service.definition(row).version == 2
        on_list = answers["authority_list"].value == "yes"
        assert on_list == (names[row.subject_id] in ON_AUTHORITY_LIST)
        if on_list:
            found[names[row.subject_id]] = answers["authority_list_entries"].value
            assert row.outcome == "dpia_required" and row.status == "approved"
    assert found == {
        "Fingerprint login at library self-service kiosks": (
            "Biometric identification of people (an innovative technology)",
        )
    }
