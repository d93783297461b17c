"""The AI systems register's domain rules: duties per tier, completeness, validation, fields."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea, DutyKey, DutyStatus
from govkit.domain.ai_rules import (
    DUTIES,
    PUBLIC_FIELDS,
    duties_for,
    merge_duties,
    open_duties,
    public_values,
)
from govkit.domain.completeness import ai_system_completeness, completeness
from govkit.domain.fields import AI_SYSTEM_FIELDS, AI_SYSTEM_GROUPS, FieldKind, public_fields
from govkit.domain.models import AiSystem
from govkit.domain.parts import PART_TYPES, ActivityLink, AiDuty, AiModel
from govkit.domain.validation import validate_ai_system


def _keys(*args: object, **kwargs: object) -> list[DutyKey]:
    return [d.key for d in duties_for(*args, **kwargs)]  # type: ignore[arg-type]


# -- duties_for ----------------------------------------------------------------------------------


def test_every_duty_cites_its_articles_in_its_text() -> None:
    assert set(DUTIES) == set(DutyKey)
    for spec in DUTIES.values():
        assert spec.title and spec.articles
        assert re.search(r"Art\. \d+", spec.text), spec.key
        for article in spec.articles:
            assert article.split("(")[0] in spec.text, (spec.key, article)


def test_duties_per_tier() -> None:
    assert _keys(AiRiskTier.NOT_CLASSIFIED) == [DutyKey.CLASSIFY, DutyKey.AI_LITERACY]
    assert _keys(AiRiskTier.PROHIBITED) == [DutyKey.STOP_USE]
    assert _keys(AiRiskTier.MINIMAL) == [DutyKey.AI_LITERACY]
    assert _keys(AiRiskTier.TRANSPARENCY) == [DutyKey.AI_LITERACY, DutyKey.TRANSPARENCY_NOTICE]
    assert _keys("minimal", transparency=True) == [
        DutyKey.AI_LITERACY,
        DutyKey.TRANSPARENCY_NOTICE,
    ]


def test_a_public_body_deploying_an_annex_iii_system_owes_everything() -> None:
    keys = _keys(AiRiskTier.HIGH_RISK, annex_area=AnnexIIIArea.ESSENTIAL_SERVICES)
    assert keys == [
        DutyKey.AI_LITERACY,
        DutyKey.INSTRUCTIONS,
        DutyKey.HUMAN_OVERSIGHT,
        DutyKey.INPUT_DATA,
        DutyKey.MONITORING,
        DutyKey.LOGS,
        DutyKey.INFORM_WORKERS,
        DutyKey.INFORM_AFFECTED,
        DutyKey.FRIA,
        DutyKey.REGISTRATION,
    ]
    with_chat = _keys("high_risk", annex_area="education", transparency=True)
    assert with_chat[-1] is DutyKey.TRANSPARENCY_NOTICE


def test_fria_and_registration_exceptions() -> None:
    # Art. 27(1) and Art. 49(3) leave out critical infrastructure (Annex III point 2).
    infra = _keys("high_risk", annex_area="critical_infrastructure")
    assert DutyKey.FRIA not in infra and DutyKey.REGISTRATION not in infra
    assert DutyKey.HUMAN_OVERSIGHT in infra
    # A high-risk product under Annex I (no Annex III area): Art. 26 only.
    product = _keys("high_risk")
    assert DutyKey.FRIA not in product and DutyKey.REGISTRATION not in product
    # A private deployer: no registration; a FRIA only for Annex III point 5 systems.
    private = _keys("high_risk", annex_area="employment", public_body=False)
    assert DutyKey.FRIA not in private and DutyKey.REGISTRATION not in private
    credit = _keys("high_risk", annex_area="essential_services", public_body=False)
    assert DutyKey.FRIA in credit and DutyKey.REGISTRATION not in credit


def test_duties_for_rejects_unknown_values() -> None:
    with pytest.raises(ValueError):
        duties_for("very_risky")
    with pytest.raises(ValueError):
        duties_for("high_risk", annex_area="astrology")


def test_merge_keeps_what_was_recorded_on_duties_that_still_apply() -> None:
    recorded = [
        AiDuty(key="ai_literacy", status="done", owner="HR", evidence="Course, 3 March"),
        AiDuty(key="classify", status="in_progress"),
    ]
    merged = merge_duties(recorded, duties_for("transparency"))
    assert merged == [
        AiDuty(key="ai_literacy", status="done", owner="HR", evidence="Course, 3 March"),
        AiDuty(key="transparency_notice", status="todo"),
    ]
    assert open_duties(merged) == 1
    assert open_duties([AiDuty(key="x", status=DutyStatus.NOT_APPLICABLE.value)]) == 0


# -- fields, completeness, validation -----------------------------------------------------------


def test_field_specs_cover_the_model_and_mark_what_is_public() -> None:
    names = [s.name for s in AI_SYSTEM_FIELDS]
    bookkeeping = {"id", "created_at", "created_by", "updated_at", "updated_by", "archived_at"}
    assert set(names) == set(AiSystem.model_fields) - bookkeeping
    assert len(names) == len(set(names))
    groups = {g.key for g in AI_SYSTEM_GROUPS}
    assert {s.group for s in AI_SYSTEM_FIELDS} <= groups
    public = {s.name for s in public_fields(AI_SYSTEM_FIELDS)}
    assert public == set(PUBLIC_FIELDS)
    assert {"name", "description", "purpose", "contact", "phase", "risk_tier", "models"} <= public
    never = {
        "internal_notes",
        "contact_internal",
        "duties",
        "status",
        "classification_assessment_id",
    }
    assert not never & public
    for spec in AI_SYSTEM_FIELDS:
        assert spec.label
        if spec.kind is FieldKind.OPTION:
            assert spec.options is not None
    read_only = {s.name for s in AI_SYSTEM_FIELDS if s.read_only}
    assert {"risk_tier", "annex_area", "duties", "classification_history"} <= read_only
    for name in ("models", "datasets", "processing_activities", "register_entries", "duties"):
        assert name in PART_TYPES


def test_public_values_leave_out_internal_fields_and_an_internal_contact() -> None:
    system = AiSystem(
        name="Chat assistant",
        department="Communications",
        contact="Digital Services, web@example.org",
        internal_notes="The supplier's contract ends in May.",
        models=[AiModel(name="LLM", type="generative")],
    )
    data = public_values(system)
    assert list(data) == list(PUBLIC_FIELDS)
    assert data["contact"] == "Digital Services, web@example.org"
    assert data["models"] == [{"name": "LLM", "type": "generative", "provider": "", "version": ""}]
    assert "internal_notes" not in data and "duties" not in data
    system.contact_internal = True
    assert "contact" not in public_values(system)


def test_completeness_of_an_ai_system() -> None:
    bare = AiSystem(name="Translation", department="Communications")
    state = completeness(bare)
    assert not state.complete and "EU AI Act classification" in state.missing
    assert "Models" in state.missing
    full = AiSystem(
        name="Translation",
        department="Communications",
        description="Translates letters.",
        purpose="Help residents.",
        contact="web@example.org",
        senior_responsible_owner="Head of Communications",
        decision_process="None: staff send the letters.",
        human_review="A colleague checks letters with legal effect.",
        appeal="Ask for a checked translation.",
        inputs="Letters.",
        outputs="Translated letters.",
        models=[AiModel(name="NMT", type="machine_learning")],
        datasets=[{"use": "operational", "description": "Letters"}],
        risk_tier="minimal",
        classification_reasoning="Not in Annex III.",
    )
    assert ai_system_completeness(full).complete
    # A supplier brings the data-access terms in; high-risk brings monitoring in.
    full.supplier = "Lingua EU"
    full.risk_tier = "high_risk"
    assert set(ai_system_completeness(full).missing) == {"Terms of access to data", "Monitoring"}


def test_validation_of_an_ai_system() -> None:
    ok = AiSystem(name="Bot", department="Communications")
    assert validate_ai_system(ok) == {}
    bad = SimpleNamespace(
        **{
            **{n: getattr(ok, n) for n in AiSystem.model_fields},
            "name": " ",
            "phase": "someday",
            "risk_tier": "minimal",
            "annex_area": "education",
            "duties": [AiDuty(key="ai_literacy", status="maybe")],
            "processing_activities": [ActivityLink(subject_type="ai_system", subject_id="x")],
            "models": [AiModel()],
            "website": "www.example.org",
        }
    )
    problems = validate_ai_system(bad)  # type: ignore[arg-type]
    assert set(problems) == {
        "name",
        "phase",
        "annex_area",
        "duties",
        "processing_activities",
        "models",
        "website",
    }
