"""The EU AI Act classification decides as Articles 3(1), 5, 6 and 50 and Annexes I and III of
Regulation (EU) 2024/1689 say, with the precedence prohibited > high-risk > transparency >
minimal risk, and tells why."""

from __future__ import annotations

import pytest

from govkit.assessments import (
    Answer,
    Definition,
    QuestionType,
    builtin_definition,
    evaluate,
    visible_questions,
)
from govkit.assessments.engine import Evaluation

ART5 = [
    "art5_a_manipulation",
    "art5_b_vulnerabilities",
    "art5_c_social_scoring",
    "art5_d_crime_prediction",
    "art5_e_facial_scraping",
    "art5_f_emotion_recognition",
    "art5_g_biometric_categorisation",
    "art5_h_realtime_rbi",
]
ART50 = [
    "art50_1_interaction",
    "art50_2_synthetic_content",
    "art50_3_emotion_biometric",
    "art50_4_deep_fake",
    "art50_4_public_text",
]


@pytest.fixture(scope="module")
def classification() -> Definition:
    return builtin_definition("ai-act-classification", 1)


def ai_system(**yes: object) -> dict[str, Answer]:
    """An AI system with every Art. 5, Annex I and Art. 50 question answered no, no Annex III
    area, then the given answers on top."""
    given = {"ai_infers": Answer("yes"), "ai_autonomy": Answer("yes")}
    given |= {q: Answer("no") for q in [*ART5, *ART50, "annex_i_product"]}
    given["annex_iii_area"] = Answer(("none",))
    for question, value in yes.items():
        given[question] = Answer(tuple(value) if isinstance(value, list) else value)
    return given


def outcome(result: Evaluation) -> str | None:
    return result.outcome.id if result.outcome is not None else None


def test_structure_follows_the_act(classification: Definition) -> None:
    assert [s.id for s in classification.sections] == [
        "ai_system",
        "prohibited",
        "high_risk",
        "transparency",
    ]
    prohibited = classification.section("prohibited").questions
    assert [q.id for q in prohibited] == ART5
    for question, letter in zip(prohibited, "abcdefgh", strict=True):
        assert question.cites == (f"AI Act Art. 5(1)({letter})",)
        assert question.type is QuestionType.YES_NO and question.required
    area = classification.question("annex_iii_area")
    assert area.type is QuestionType.MULTIPLE_CHOICE
    assert [o.id for o in area.options] == [
        "biometrics",
        "critical_infrastructure",
        "education",
        "employment",
        "essential_services",
        "law_enforcement",
        "migration",
        "justice_democracy",
        "none",
    ]
    uses = classification.question("annex_iii_5_uses")
    assert [o.id for o in uses.options] == ["5a", "5b", "5c", "5d", "none"]
    for number in range(1, 9):
        question = classification.question(f"annex_iii_{number}_uses")
        assert question.cites == (f"AI Act Annex III, point {number}",)
    assert (
        "AI Act Art. 6(3), last subparagraph" in classification.question("art6_3_profiling").cites
    )
    assert [q.id for q in classification.section("transparency").questions] == ART50
    assert {o.id: o.level for o in classification.outcomes} == {
        "not_ai_system": 0,
        "minimal_risk": 1,
        "transparency": 2,
        "high_risk": 3,
        "prohibited": 4,
    }


def test_rules_only_software_is_not_an_ai_system(classification: Definition) -> None:
    given = {"ai_infers": Answer("no")}
    assert [q.id for q in visible_questions(classification, given)] == ["ai_infers"]
    result = evaluate(classification, given)
    assert result.complete and outcome(result) == "not_ai_system"
    assert result.reasons[0].startswith("The system does not infer how to generate its outputs")
    assert "not an AI system within the meaning of Article 3(1)" in result.reasons[-1]
    manual = evaluate(classification, {"ai_infers": Answer("yes"), "ai_autonomy": Answer("no")})
    assert outcome(manual) == "not_ai_system"
    assert "independence from human involvement" in manual.reasons[0]


def test_benefit_eligibility_pre_check_is_high_risk_under_annex_iii_5a(
    classification: Definition,
) -> None:
    given = ai_system(
        annex_iii_area=["essential_services"], annex_iii_5_uses=["5a"], art6_3_profiling="yes"
    )
    result = evaluate(classification, given)
    assert result.complete and outcome(result) == "high_risk"
    assert result.decided_by_override
    assert result.reasons[0].startswith("High-risk use listed in Annex III, point 5(a)")
    assert "profiles natural persons" in result.reasons[1]
    assert result.scores["annex_iii_uses"] == 1
    assert result.scores["transparency_duties"] == 0
    # The register reads the area from the answer to annex_iii_area.
    assert given["annex_iii_area"].value == ("essential_services",)
    french = evaluate(classification, given, "fr")
    assert french.reasons[0].startswith("Usage à haut risque visé à l'annexe III, point 5 a)")


def test_the_exception_never_applies_to_a_system_that_profiles(
    classification: Definition,
) -> None:
    given = ai_system(
        annex_iii_area=["essential_services"],
        annex_iii_5_uses=["5a"],
        art6_3_profiling="yes",
        art6_3_conditions=["preparatory", "narrow_procedural"],
        art6_3_assessment="The supplier says it only prepares the file.",
    )
    shown = {q.id for q in visible_questions(classification, given)}
    assert "art6_3_conditions" not in shown and "art6_3_assessment" not in shown
    result = evaluate(classification, given)
    assert outcome(result) == "high_risk"
    assert any("cannot apply (Art. 6(3), last subparagraph)" in r for r in result.reasons)


def test_a_narrow_procedural_task_without_profiling_is_not_high_risk(
    classification: Definition,
) -> None:
    # Sorting incoming benefit documents by type: Annex III 5(a) context, Art. 6(3)(a).
    given = ai_system(
        annex_iii_area=["essential_services"],
        annex_iii_5_uses=["5a"],
        art6_3_profiling="no",
        art6_3_conditions=["narrow_procedural"],
    )
    pending = evaluate(classification, given)
    assert not pending.complete and pending.missing == ["art6_3_assessment"]
    given["art6_3_assessment"] = Answer("It only files documents by type; no decision uses it.")
    result = evaluate(classification, given)
    assert result.complete and outcome(result) == "minimal_risk"
    assert "fulfils a condition of Article 6(3)" in result.reasons[0]
    assert not any(r.startswith("High-risk use") for r in result.reasons)
    # Without any condition of Art. 6(3), the same use is high-risk.
    given["art6_3_conditions"] = Answer(("none",))
    again = evaluate(classification, given)
    assert outcome(again) == "high_risk"
    assert any("None of the conditions of Article 6(3)" in r for r in again.reasons)


def test_while_the_exception_is_open_the_provisional_outcome_is_high_risk(
    classification: Definition,
) -> None:
    given = ai_system(annex_iii_area=["education"], annex_iii_3_uses=["3a"])
    result = evaluate(classification, given)
    assert result.outcome is None and result.missing == ["art6_3_profiling"]
    assert result.provisional is not None and result.provisional.id == "high_risk"


def test_chatbot_has_transparency_obligations(classification: Definition) -> None:
    result = evaluate(classification, ai_system(art50_1_interaction="yes"))
    assert result.complete and outcome(result) == "transparency"
    assert result.reasons[0].startswith("Article 50(1) AI Act")
    assert result.scores["transparency_duties"] == 1


def test_high_risk_with_transparency_duties_says_high_risk_and_keeps_the_duty(
    classification: Definition,
) -> None:
    given = ai_system(
        annex_iii_area=["biometrics"],
        annex_iii_1_uses=["1c"],
        art6_3_profiling="yes",
        art50_3_emotion_biometric="yes",
    )
    result = evaluate(classification, given)
    assert outcome(result) == "high_risk"
    assert result.scores["transparency_duties"] == 1
    assert any(r.startswith("Article 50(3) AI Act") for r in result.reasons)


def test_social_scoring_is_prohibited_even_when_also_in_annex_iii(
    classification: Definition,
) -> None:
    given = ai_system(
        art5_c_social_scoring="yes",
        annex_iii_area=["essential_services"],
        annex_iii_5_uses=["5a"],
        art6_3_profiling="yes",
        art50_1_interaction="yes",
    )
    result = evaluate(classification, given)
    assert outcome(result) == "prohibited"
    assert result.reasons[0].startswith("Article 5(1)(c) AI Act")
    assert result.scores["prohibited_practices"] == 1
    # A prohibited practice decides at once, before the other questions are answered.
    early = evaluate(
        classification,
        {
            "ai_infers": Answer("yes"),
            "ai_autonomy": Answer("yes"),
            "art5_c_social_scoring": Answer("yes"),
        },
    )
    assert not early.complete and outcome(early) == "prohibited" and early.decided_by_override


@pytest.mark.parametrize("practice", ART5)
def test_each_prohibited_practice_is_prohibited(classification: Definition, practice: str) -> None:
    result = evaluate(classification, ai_system(**{practice: "yes"}))
    assert outcome(result) == "prohibited"
    letter = practice.split("_")[1]
    assert result.reasons[0].startswith(f"Article 5(1)({letter}) AI Act")


def test_a_spell_checker_is_of_minimal_risk(classification: Definition) -> None:
    result = evaluate(classification, ai_system())
    assert result.complete and outcome(result) == "minimal_risk"
    assert result.reasons[0].startswith("The system serves no prohibited practice")
    assert result.scores == {
        "ai_definition": 2,
        "prohibited_practices": 0,
        "annex_iii_uses": 0,
        "transparency_duties": 0,
    }


def test_annex_i_product_is_high_risk(classification: Definition) -> None:
    result = evaluate(classification, ai_system(annex_i_product="yes"))
    assert outcome(result) == "high_risk"
    assert result.reasons[0].startswith("Article 6(1) AI Act")


def test_an_area_without_a_listed_use_is_not_high_risk(classification: Definition) -> None:
    given = ai_system(annex_iii_area=["employment"], annex_iii_4_uses=["none"])
    result = evaluate(classification, given)
    assert result.complete and outcome(result) == "minimal_risk"
    assert "art6_3_profiling" not in {q.id for q in visible_questions(classification, given)}


@pytest.mark.parametrize(
    ("area", "number", "use"),
    [
        ("biometrics", 1, "1a"),
        ("critical_infrastructure", 2, "2"),
        ("education", 3, "3d"),
        ("employment", 4, "4a"),
        ("essential_services", 5, "5d"),
        ("law_enforcement", 6, "6e"),
        ("migration", 7, "7c"),
        ("justice_democracy", 8, "8b"),
    ],
)
def test_every_annex_iii_area_leads_to_high_risk(
    classification: Definition, area: str, number: int, use: str
) -> None:
    given = ai_system(
        annex_iii_area=[area],
        **{f"annex_iii_{number}_uses": [use]},
        art6_3_profiling="no",
        art6_3_conditions=["none"],
    )
    result = evaluate(classification, given)
    assert result.complete and outcome(result) == "high_risk"
    point = f"{use[0]}({use[1]})" if len(use) > 1 else use
    assert result.reasons[0].startswith(f"High-risk use listed in Annex III, point {point}")
