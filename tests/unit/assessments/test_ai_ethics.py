"""The AI ethics checklist follows the seven requirements of the ALTAI: a score per
requirement (the share of its measures in place) and an overall level with thresholds."""

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

REQUIREMENTS = [
    "agency",
    "robustness",
    "privacy",
    "transparency",
    "fairness",
    "wellbeing",
    "accountability",
]
SCORES = {"not_in_place": 0, "planned": 1, "partly": 2, "in_place": 3}


@pytest.fixture(scope="module")
def ethics() -> Definition:
    return builtin_definition("ai-ethics", 1)


def measures(definition: Definition) -> list[str]:
    return [
        q.id
        for q in definition.all_questions()
        if q.type is QuestionType.SINGLE_CHOICE and q.option("in_place") is not None
    ]


def answers(
    definition: Definition, status: str = "in_place", **overrides: str | int
) -> dict[str, Answer]:
    """Every measure at ``status``; context questions answered so that all measures show."""
    given = {q: Answer(status) for q in measures(definition)}
    given |= {
        "agency_decision_role": Answer("decides"),
        "agency_impact": Answer(2),
        "robustness_harm": Answer(2),
        "robustness_changes": Answer("yes"),
        "privacy_personal_data": Answer("yes"),
    }
    given |= {k: Answer(v) for k, v in overrides.items()}
    return given


def test_seven_requirements_as_sections_citing_the_altai(ethics: Definition) -> None:
    assert [s.id for s in ethics.sections] == REQUIREMENTS
    for number, section in enumerate(ethics.sections, start=1):
        assert section.cites[0].startswith(f"ALTAI (AI HLEG, 2020), Requirement #{number}")
        for question in section.questions:
            assert any(
                c.startswith(f"ALTAI (AI HLEG, 2020), Requirement #{number}")
                for c in question.cites
            ), question.id
    fairness = [q.cites for q in ethics.section("fairness").questions]
    parts = {c.split(", ")[-1] for cites in fairness for c in cites if c.startswith("ALTAI")}
    assert {
        "Avoidance of Unfair Bias",
        "Accessibility and Universal Design",
        "Stakeholder Participation",
    } <= parts
    assert ethics.question("fairness_gender_age").type is QuestionType.SINGLE_CHOICE
    types = {q.type for q in ethics.all_questions()}
    assert {QuestionType.YES_NO, QuestionType.SINGLE_CHOICE, QuestionType.GAUGE} <= types
    assert QuestionType.LONG_TEXT in types
    assert [o.id for o in ethics.outcomes] == [
        "well_addressed",
        "partly_addressed",
        "needs_attention",
    ]


def test_a_score_per_requirement_is_the_share_of_measures_in_place(ethics: Definition) -> None:
    result = evaluate(ethics, answers(ethics))
    assert result.complete and result.outcome is not None
    assert result.outcome.id == "well_addressed"
    for requirement in REQUIREMENTS:
        assert result.scores[requirement] == result.maxima[requirement] > 0
    assert result.scores["overall"] == sum(result.scores[r] for r in REQUIREMENTS)

    given = answers(ethics, fairness_bias="not_in_place", fairness_gender_age="planned")
    mixed = evaluate(ethics, given)
    fairness = [q.id for q in ethics.section("fairness").questions if q.id in measures(ethics)]
    expected = sum(SCORES[given[q].value] for q in fairness)  # type: ignore[index]
    assert mixed.scores["fairness"] == expected == 3 * len(fairness) - 3 - 2
    assert mixed.maxima["fairness"] == 3 * len(fairness)


def test_measures_that_do_not_apply_leave_the_maximum(ethics: Definition) -> None:
    given = answers(
        ethics, privacy_personal_data="no", agency_decision_role="informs", robustness_changes="no"
    )
    shown = {q.id for q in visible_questions(ethics, given)}
    assert "privacy_dpia" not in shown and "agency_art22" not in shown
    assert "robustness_change_control" not in shown
    result = evaluate(ethics, given)
    assert result.maxima["privacy"] == 6  # data quality and access only
    assert result.maxima["agency"] == 9
    assert result.outcome is not None and result.outcome.id == "well_addressed"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("in_place", "well_addressed"),
        ("partly", "partly_addressed"),
        ("planned", "needs_attention"),
    ],
)
def test_overall_level_follows_the_share_in_place(
    ethics: Definition, status: str, expected: str
) -> None:
    result = evaluate(ethics, answers(ethics, status))
    assert result.outcome is not None and result.outcome.id == expected


def test_one_neglected_requirement_keeps_the_outcome_at_partly_addressed(
    ethics: Definition,
) -> None:
    accountability = [
        q.id for q in ethics.section("accountability").questions if q.id in measures(ethics)
    ]
    given = answers(ethics) | {q: Answer("not_in_place") for q in accountability}
    result = evaluate(ethics, given)
    overall = result.scores["overall"] / result.maxima["overall"]
    assert overall >= 0.75  # high enough for "well addressed" on its own
    assert result.outcome is not None and result.outcome.id == "partly_addressed"
    assert result.decided_by_override
    assert "Accountability: less than 40 % of the measures are in place." in result.reasons


def test_serious_possible_harm_asks_for_robust_measures(ethics: Definition) -> None:
    given = answers(ethics, robustness_harm=4, robustness_security="partly")
    result = evaluate(ethics, given)
    assert result.scores["robustness"] / result.maxima["robustness"] >= 0.75
    assert result.outcome is not None and result.outcome.id == "well_addressed"
    given |= {"robustness_security": Answer("planned"), "robustness_accuracy": Answer("planned")}
    weaker = evaluate(ethics, given)
    assert weaker.outcome is not None and weaker.outcome.id == "partly_addressed"
    assert any("could cause serious harm" in r for r in weaker.reasons)


def test_nothing_answered_gives_no_outcome_yet(ethics: Definition) -> None:
    result = evaluate(ethics, {})
    assert result.outcome is None and not result.complete
    assert result.provisional is not None and result.provisional.id == "needs_attention"
