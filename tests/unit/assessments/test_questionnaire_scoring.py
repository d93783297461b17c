"""Scores, maxima and thresholds, including an algorithmic impact assessment in the manner of
the Government of Canada's AIA (raw impact and mitigation sums, a reduction for strong
mitigation, impact levels at 25/50/75 % of the maximum)."""

from __future__ import annotations

from typing import Any

import pytest

from govkit.assessments import Answer, Definition, DefinitionError, evaluate, parse_definition
from govkit.assessments.resolver import round_half_up

Data = dict[str, Any]


def en(text: str) -> Data:
    return {"en": text}


def choice(qid: str, scores: list[float], **extra: Any) -> Data:
    return {
        "id": qid,
        "type": "single_choice",
        "text": en(qid),
        "options": [{"id": f"o{i}", "label": en(str(s)), "score": s} for i, s in enumerate(scores)],
        **extra,
    }


def checkbox(qid: str, scores: list[float], **extra: Any) -> Data:
    return choice(qid, scores, **extra) | {"type": "multiple_choice"}


LEVELS = [{"id": f"level_{n}", "label": en(f"Impact level {n}"), "level": n} for n in (1, 2, 3, 4)]


def aia_like() -> Definition:
    """Raw impact: max 3 + 2 + (1 + 2 + 4) = 12. Mitigation per phase: max 2 + 2 = 4; the two
    phases are exclusive, so over all questions the maximum is 8 and "80 % of the chosen
    phase's maximum" is 40 % of it (as the Canadian tool computes it)."""
    phase = {"question": "phase", "equals": "design"}
    data: Data = {
        "id": "aia-like",
        "version": 1,
        "kind": "algorithmic_impact_assessment",
        "title": en("Algorithmic impact assessment"),
        "languages": ["en"],
        "sections": [
            {
                "id": "project",
                "title": en("Project"),
                "questions": [
                    {
                        "id": "phase",
                        "type": "single_choice",
                        "text": en("Phase"),
                        "required": True,
                        "options": [
                            {"id": "design", "label": en("Design")},
                            {"id": "implementation", "label": en("Implementation")},
                        ],
                    }
                ],
            },
            {
                "id": "impact",
                "title": en("Impact"),
                "questions": [
                    choice("rs1", [0, 3], required=True),
                    choice("rs2", [0, 1, 2], required=True),
                    checkbox("rs3", [1, 2, 4]),
                ],
            },
            {
                "id": "mitigation_design",
                "title": en("Mitigation (design)"),
                "condition": phase,
                "questions": [choice("md1", [0, 2]), choice("md2", [0, 2])],
            },
            {
                "id": "mitigation_implementation",
                "title": en("Mitigation (implementation)"),
                "condition": {"not": phase},
                "questions": [choice("mi1", [0, 2]), choice("mi2", [0, 2])],
            },
        ],
        "scoring": {
            "scores": {
                "raw_impact": {
                    "label": en("Raw impact score"),
                    "sum": {"questions": ["rs1", "rs2", "rs3"], "use": "option_score"},
                },
                "mitigation": {
                    "label": en("Mitigation score"),
                    "sum": {"questions": ["md1", "md2", "mi1", "mi2"], "use": "option_score"},
                },
                "current": {
                    "label": en("Current score"),
                    "scale": {
                        "score": "raw_impact",
                        "factor": 0.85,
                        "round": True,
                        "when": {"score": "mitigation", "at_least_fraction": 0.4},
                    },
                },
            },
            "outcome": {
                "score": "current",
                "thresholds": [
                    {"above_fraction": 0.75, "outcome": "level_4"},
                    {"above_fraction": 0.5, "outcome": "level_3"},
                    {"above_fraction": 0.25, "outcome": "level_2"},
                    {"min_fraction": 0, "outcome": "level_1"},
                ],
            },
        },
        "outcomes": LEVELS,
    }
    return parse_definition(data, source="aia-like")


def aia_answers(
    rs1: str, rs2: str, rs3: tuple[str, ...], mitigation: tuple[str, ...] = ()
) -> dict[str, Answer]:
    given = {
        "phase": Answer("design"),
        "rs1": Answer(rs1),
        "rs2": Answer(rs2),
        "rs3": Answer(rs3),
    }
    given |= {m: Answer("o1") for m in mitigation}
    return given


def test_aia_maxima() -> None:
    result = evaluate(aia_like(), aia_answers("o0", "o0", ()))
    assert result.maxima == {"raw_impact": 12, "mitigation": 8, "current": 12}


@pytest.mark.parametrize(
    ("given", "raw", "mitigation", "current", "level"),
    [
        # 3 of 12 is exactly 25 %: level I ("up to 25 %")
        (aia_answers("o1", "o0", ()), 3, 0, 3, 1),
        # 4 of 12 is above 25 %: level II
        (aia_answers("o1", "o0", ("o0",)), 4, 0, 4, 2),
        # 7 of 12 (58 %): level III
        (aia_answers("o1", "o0", ("o2",)), 7, 0, 7, 3),
        # 10 of 12 (83 %): level IV
        (aia_answers("o1", "o0", ("o0", "o1", "o2")) | {"rs2": Answer("o0")}, 10, 0, 10, 4),
        # strong mitigation (4 of the phase's 4, i.e. 50 % of 8): 10 -> round(8.5) = 9 (75 %): III
        (aia_answers("o1", "o0", ("o0", "o1", "o2"), ("md1", "md2")), 10, 4, 9, 3),
        # weak mitigation (2 < 40 % of 8 = 3.2): no reduction
        (aia_answers("o1", "o0", ("o0", "o1", "o2"), ("md1",)), 10, 2, 10, 4),
        # 12 -> 10.2 -> 10 (83 %): still IV
        (aia_answers("o1", "o2", ("o0", "o1", "o2"), ("md1", "md2")), 12, 4, 10, 4),
    ],
)
def test_aia_levels(
    given: dict[str, Answer], raw: float, mitigation: float, current: float, level: int
) -> None:
    result = evaluate(aia_like(), given)
    assert result.complete
    assert result.scores == {"raw_impact": raw, "mitigation": mitigation, "current": current}
    assert result.outcome is not None and result.outcome.level == level
    assert result.reasons == [
        f"Current score: {current:g} out of 12, which leads to “Impact level {level}”."
    ]


def test_answers_of_the_other_phase_do_not_count() -> None:
    given = aia_answers("o1", "o0", ("o0", "o1", "o2"), ("mi1", "mi2"))  # phase is "design"
    result = evaluate(aia_like(), given)
    assert result.scores["mitigation"] == 0
    assert result.scores["current"] == 10
    given["phase"] = Answer("implementation")
    assert evaluate(aia_like(), given).scores == {
        "raw_impact": 10,
        "mitigation": 4,
        "current": 9,
    }


def scored(scores: Data, questions: list[Data], thresholds: list[Data] | None = None) -> Definition:
    data: Data = {
        "id": "scored",
        "version": 1,
        "kind": "test",
        "title": en("Scored"),
        "languages": ["en"],
        "sections": [{"id": "s", "title": en("S"), "questions": questions}],
        "scoring": {"scores": scores},
    }
    if thresholds is not None:
        data["scoring"]["outcome"] = {"score": next(iter(scores)), "thresholds": thresholds}
        data["outcomes"] = [
            {"id": "high", "label": en("High"), "level": 2},
            {"id": "low", "label": en("Low"), "level": 1},
        ]
    return parse_definition(data)


def test_weights_count_and_sum() -> None:
    definition = scored(
        {
            "weighted_yes": {"count": {"questions": ["a", "b"], "equals": "yes", "weights": True}},
            "plain_yes": {"count": {"questions": ["a", "b"], "equals": "yes"}},
            "values": {"sum": {"questions": ["n", "g"], "use": "value", "weights": True}},
        },
        [
            {"id": "a", "type": "yes_no", "text": en("a"), "weight": 3},
            {"id": "b", "type": "yes_no", "text": en("b"), "weight": 0.5},
            {"id": "n", "type": "number", "text": en("n"), "min": -5, "max": 10, "weight": 2},
            {
                "id": "g",
                "type": "gauge",
                "text": en("g"),
                "levels": [en("1"), en("2"), en("3"), en("4")],
            },
        ],
    )
    result = evaluate(
        definition, {"a": Answer("yes"), "b": Answer("yes"), "n": Answer(4), "g": Answer(3)}
    )
    assert result.scores == {"weighted_yes": 3.5, "plain_yes": 2, "values": 11}
    assert result.maxima == {"weighted_yes": 3.5, "plain_yes": 2, "values": 24}


def test_exclusive_options_and_negative_scores_in_the_maximum() -> None:
    definition = scored(
        {"s": {"sum": {"questions": ["m", "c"], "use": "option_score"}}},
        [
            checkbox("m", [2, 3, -1]),
            checkbox("n", [1]),
            choice("c", [-2, -1]),
        ],
    )
    data = definition.to_json()
    data["sections"][0]["questions"][0]["options"].append(
        {"id": "none", "label": en("None"), "score": 4, "exclusive": True}
    )
    definition = parse_definition(data)
    assert evaluate(definition, {}).maxima == {"s": 5}  # max(2 + 3, 4), and 0 for c
    result = evaluate(definition, {"m": Answer(("o0", "o2")), "c": Answer("o0")})
    assert result.scores == {"s": -1}


def test_max_over_visible_follows_the_questions_shown() -> None:
    definition = scored(
        {
            "visible": {"count": {"questions": ["a", "b"], "equals": "yes", "max_over": "visible"}},
            "all": {"count": {"questions": ["a", "b"], "equals": "yes"}},
        },
        [
            {"id": "a", "type": "yes_no", "text": en("a")},
            {
                "id": "b",
                "type": "yes_no",
                "text": en("b"),
                "condition": {"question": "a", "equals": "yes"},
            },
        ],
    )
    assert evaluate(definition, {"a": Answer("no")}).maxima == {"visible": 1, "all": 2}
    assert evaluate(definition, {"a": Answer("yes")}).maxima == {"visible": 2, "all": 2}
    hidden = evaluate(definition, {"a": Answer("no"), "b": Answer("yes")})
    assert hidden.scores == {"visible": 0, "all": 0}


def test_count_with_other_tests() -> None:
    definition = scored(
        {
            "answered": {"count": {"questions": ["t", "n", "m"], "answered": True}},
            "unanswered": {"count": {"questions": ["t", "n", "m"], "answered": False}},
            "big": {"count": {"questions": ["n"], "at_least": 5}},
            "has_x": {"count": {"questions": ["m"], "includes": "o0"}},
        },
        [
            {"id": "t", "type": "text", "text": en("t")},
            {"id": "n", "type": "number", "text": en("n")},
            checkbox("m", [1, 1]),
        ],
    )
    result = evaluate(definition, {"t": Answer("x"), "n": Answer(5), "m": Answer(())})
    assert result.scores == {"answered": 2, "unanswered": 1, "big": 1, "has_x": 0}


def test_total_and_unconditional_scale() -> None:
    definition = scored(
        {
            "sum": {"total": {"scores": ["a", "b"]}},
            "a": {"count": {"questions": ["x"], "equals": "yes"}},
            "b": {"count": {"questions": ["y"], "equals": "yes"}},
            "doubled": {"scale": {"score": "sum", "factor": 2}},
            "rounded": {"scale": {"score": "a", "factor": 2.5, "round": True}},
        },
        [
            {"id": "x", "type": "yes_no", "text": en("x")},
            {"id": "y", "type": "yes_no", "text": en("y")},
        ],
    )
    result = evaluate(definition, {"x": Answer("yes"), "y": Answer("yes")})
    assert result.scores == {"sum": 2, "a": 1, "b": 1, "doubled": 4, "rounded": 3}
    assert result.maxima == {"sum": 2, "a": 1, "b": 1, "doubled": 4, "rounded": 3}


def test_fraction_thresholds_forgive_float_rounding() -> None:
    definition = scored(
        {"n": {"sum": {"questions": ["n"], "use": "value"}}},
        [{"id": "n", "type": "number", "text": en("n"), "min": 0, "max": 30}],
        [{"min_fraction": 0.1, "outcome": "high"}, {"min_fraction": 0, "outcome": "low"}],
    )
    # 0.1 * 30 is 3.0000000000000004 in floating point; 3 must still reach it
    high = evaluate(definition, {"n": Answer(3)})
    assert high.outcome is not None and high.outcome.id == "high"
    low = evaluate(definition, {"n": Answer(2.99)})
    assert low.outcome is not None and low.outcome.id == "low"
    assert low.reasons == ["n: 2.99 out of 30, which leads to “Low”."]


def test_no_threshold_reached() -> None:
    definition = scored(
        {"n": {"sum": {"questions": ["n"], "use": "value"}}},
        [{"id": "n", "type": "number", "text": en("n"), "min": -10, "max": 10}],
        [{"above": 5, "outcome": "high"}, {"min": 0, "outcome": "low"}],
    )
    result = evaluate(definition, {"n": Answer(-2)})
    assert result.complete and result.outcome is None and result.provisional is None
    assert result.reasons == ["n: -2 out of 10 reaches no threshold."]
    at_five = evaluate(definition, {"n": Answer(5)})
    assert at_five.outcome is not None and at_five.outcome.id == "low"  # "above" is strict


def test_an_override_below_the_top_waits_for_completeness() -> None:
    data = scored(
        {"yes": {"count": {"questions": ["a"], "equals": "yes"}}},
        [
            {"id": "a", "type": "yes_no", "text": en("a"), "required": True},
            {"id": "b", "type": "yes_no", "text": en("b"), "required": True},
        ],
        [{"min": 1, "outcome": "high"}, {"min": 0, "outcome": "low"}],
    ).to_json()
    data["scoring"]["overrides"] = [
        {"condition": {"question": "b", "equals": "yes"}, "outcome": "low"}
    ]
    definition = parse_definition(data)
    early = evaluate(definition, {"b": Answer("yes")})
    assert early.outcome is None and not early.decided_by_override  # "a" could still raise it
    done = evaluate(definition, {"a": Answer("yes"), "b": Answer("yes")})
    assert done.outcome is not None and done.outcome.id == "high"  # the higher level wins
    assert not done.decided_by_override
    assert done.reasons[0] == "A rule of the questionnaire leads to “Low”."
    tie = evaluate(definition, {"a": Answer("no"), "b": Answer("yes")})
    assert tie.outcome is not None and tie.outcome.id == "low" and tie.decided_by_override


def test_highest_takes_the_most_serious_answer_shown() -> None:
    gauge_levels = [en("1"), en("2"), en("3"), en("4")]
    definition = scored(
        {
            "worst": {"highest": {"questions": ["g1", "g2", "g3"], "use": "value"}},
            "worst_option": {"highest": {"questions": ["c", "m"], "use": "option_score"}},
            "worst_visible": {
                "highest": {"questions": ["n", "g3"], "use": "value", "max_over": "visible"}
            },
        },
        [
            {"id": "g1", "type": "gauge", "text": en("g1"), "levels": gauge_levels},
            {"id": "g2", "type": "gauge", "text": en("g2"), "levels": gauge_levels},
            {"id": "show", "type": "yes_no", "text": en("show")},
            {
                "id": "g3",
                "type": "gauge",
                "text": en("g3"),
                "levels": gauge_levels,
                "condition": {"question": "show", "equals": "yes"},
            },
            {"id": "n", "type": "number", "text": en("n"), "min": -5, "max": 3},
            choice("c", [1, 5]),
            checkbox("m", [2, 4]),
        ],
        [{"min": 3, "outcome": "high"}, {"min": 0, "outcome": "low"}],
    )
    nothing = evaluate(definition, {})
    assert nothing.scores == {"worst": 0, "worst_option": 0, "worst_visible": 0}
    assert nothing.maxima == {"worst": 4, "worst_option": 6, "worst_visible": 3}
    given = {"g1": Answer(2), "g2": Answer(1), "g3": Answer(4), "c": Answer("o0")}
    hidden = evaluate(definition, given | {"m": Answer(("o0", "o1")), "n": Answer(-2)})
    # g3 is hidden: its 4 counts for nothing; a multiple choice contributes its options' sum
    assert hidden.scores == {"worst": 2, "worst_option": 6, "worst_visible": -2}
    assert hidden.outcome is not None and hidden.outcome.id == "low"
    shown = evaluate(definition, given | {"show": Answer("yes")})
    assert shown.scores == {"worst": 4, "worst_option": 1, "worst_visible": 4}
    assert shown.maxima["worst_visible"] == 4
    assert shown.outcome is not None and shown.outcome.id == "high"


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"questions": ["t"], "use": "value"}, "'value' needs a number or gauge question"),
        ({"questions": ["t"], "use": "sum"}, "'use' must be one of option_score, value"),
        ({"questions": ["t"], "use": "value", "weights": True}, "weights"),
        ({"questions": ["x"], "use": "value"}, "unknown question 'x'"),
    ],
)
def test_highest_is_checked(rule: Data, problem: str) -> None:
    with pytest.raises(DefinitionError, match=problem):
        scored({"h": {"highest": rule}}, [{"id": "t", "type": "text", "text": en("t")}])


def test_count_hidden_scores_the_answers_kept_for_hidden_questions() -> None:
    """A method that scores every saved answer (Canada's AIA tool) counts hidden ones too."""
    data = aia_like().to_json()
    data["scoring"]["scores"]["mitigation"]["sum"]["count_hidden"] = True
    data["scoring"]["scores"]["kept"] = {
        "count": {"questions": ["mi1", "mi2"], "equals": "o1", "count_hidden": True}
    }
    data["scoring"]["scores"]["shown"] = {"count": {"questions": ["mi1", "mi2"], "equals": "o1"}}
    definition = parse_definition(data)
    # phase "design": the implementation page is hidden, its answers are kept and count
    given = aia_answers("o1", "o0", ("o0", "o1", "o2"), ("mi1", "mi2"))
    result = evaluate(definition, given)
    assert result.scores == {
        "raw_impact": 10,
        "mitigation": 4,
        "current": 9,
        "kept": 2,
        "shown": 0,
    }
    assert result.maxima["mitigation"] == 8  # maxima never depended on visibility with "all"
    # an answer that does not suit its question still counts for nothing
    given["mi1"] = Answer("no such option")
    assert evaluate(definition, given).scores["kept"] == 1


def test_count_hidden_must_be_true_or_false() -> None:
    data = aia_like().to_json()
    data["scoring"]["scores"]["mitigation"]["sum"]["count_hidden"] = "yes"
    with pytest.raises(DefinitionError, match="expected true or false"):
        parse_definition(data)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.49999999999999994, 0),  # floor(x + 0.5) would give 1: the addition rounds up
        (0.5, 1),
        (8.5, 9),  # halves go up, as JavaScript's Math.round
        (0.85 * 10, 9),  # the AIA's reduction of a raw score of 10
        (0.85 * 30, 26),
        (2.4999999999999996, 2),
        (-0.5, 0),  # Math.round(-0.5) is -0
        (-1.5, -1),
        (4503599627370495.5, 4503599627370496),
    ],
)
def test_round_half_up_is_javascripts_math_round(value: float, expected: float) -> None:
    assert round_half_up(value) == expected
