"""Malformed definitions are refused with a DefinitionError naming the place and the problem."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from govkit.assessments import DefinitionError, QuestionType, Text, parse_definition
from govkit.assessments.conditions import AllOf, AtLeast, Equals, Not, QuestionIs, ScoreIs

Data = dict[str, Any]


def base() -> Data:
    """A small valid definition that each case below breaks in one place."""
    return {
        "id": "sample",
        "version": 1,
        "kind": "test",
        "title": {"en": "Sample", "fr": "Exemple"},
        "languages": ["en", "fr"],
        "sections": [
            {
                "id": "s1",
                "title": {"en": "One"},
                "questions": [
                    {"id": "q1", "type": "yes_no", "text": {"en": "First?"}, "required": True},
                    {
                        "id": "q2",
                        "type": "single_choice",
                        "text": {"en": "Second?"},
                        "options": [
                            {"id": "a", "label": {"en": "A"}, "score": 2},
                            {"id": "b", "label": {"en": "B"}},
                        ],
                        "condition": {"question": "q1", "equals": "yes"},
                    },
                    {"id": "q3", "type": "number", "text": {"en": "Count?"}, "min": 0, "max": 10},
                ],
            }
        ],
        "scoring": {
            "scores": {"yes": {"count": {"questions": ["q1"], "equals": "yes"}}},
            "outcome": {
                "score": "yes",
                "thresholds": [{"min": 1, "outcome": "high"}, {"min": 0, "outcome": "low"}],
            },
        },
        "outcomes": [
            {"id": "high", "label": {"en": "High"}, "level": 2},
            {"id": "low", "label": {"en": "Low"}, "level": 1},
        ],
    }


def questions(data: Data) -> list[Data]:
    result: list[Data] = data["sections"][0]["questions"]
    return result


def test_the_base_definition_parses() -> None:
    definition = parse_definition(base(), source="base")
    q2 = definition.question("q2")
    assert q2.type is QuestionType.SINGLE_CHOICE
    assert q2.condition == QuestionIs("q1", Equals("yes"))
    assert q2.option("a") is not None and q2.option("a").score == 2  # type: ignore[union-attr]
    assert definition.question("q3").max == 10
    assert definition.title == Text.of("Sample", fr="Exemple")
    assert definition.title.get("fr-BE") == "Exemple"
    assert definition.title.get("de") == "Sample"
    assert definition.sections_around("q3") == ("s1",)


def test_defaults_of_an_optional_key_do_not_change_equality() -> None:
    explicit = base()
    questions(explicit)[0]["note"] = True
    questions(explicit)[0]["weight"] = 1
    assert parse_definition(explicit) == parse_definition(base())
    assert parse_definition(explicit).to_json() != parse_definition(base()).to_json()


Breaker = Callable[[Data], object]

CASES: list[tuple[str, Breaker, str, str]] = [
    (
        "unknown question in a condition",
        lambda d: questions(d)[1].update(condition={"question": "q9", "equals": "yes"}),
        "$.sections[0].questions[1].condition.question",
        "unknown question 'q9'",
    ),
    (
        "a cycle between two questions",
        lambda d: questions(d)[0].update(condition={"question": "q2", "equals": "a"}),
        "$.sections[0].questions[",
        "circular dependency: question 'q",
    ),
    (
        "a question depending on itself",
        lambda d: questions(d)[2].update(condition={"question": "q3", "answered": True}),
        "$.sections[0].questions[2]",
        "circular dependency: question 'q3' -> question 'q3'",
    ),
    (
        "a cycle through a score",
        lambda d: questions(d)[0].update(condition={"score": "yes", "at_least": 0}),
        "$.",
        "circular dependency",
    ),
    (
        "duplicate question id",
        lambda d: questions(d)[2].update(id="q1"),
        "$.sections[0].questions[2].id",
        "question id 'q1' is used twice",
    ),
    (
        "duplicate option id",
        lambda d: questions(d)[1]["options"][1].update(id="a"),
        "$.sections[0].questions[1].options[1].id",
        "option id 'a' is used twice",
    ),
    (
        "unknown question type",
        lambda d: questions(d)[0].update(type="rating"),
        "$.sections[0].questions[0].type",
        "unknown question type 'rating'",
    ),
    (
        "option list missing",
        lambda d: questions(d)[1].pop("options"),
        "$.sections[0].questions[1]",
        "a single_choice question needs 'options'",
    ),
    (
        "empty option list",
        lambda d: questions(d)[1].update(options=[]),
        "$.sections[0].questions[1].options",
        "must not be empty",
    ),
    (
        "options on a text question",
        lambda d: questions(d)[0].update(type="text", options=[]),
        "$.sections[0].questions[0].options",
        "a text question has no options",
    ),
    (
        "threshold unordered",
        lambda d: d["scoring"]["outcome"]["thresholds"].reverse(),
        "$.scoring.outcome.thresholds[1]",
        "from the highest to the lowest: min 1 comes after min 0",
    ),
    (
        "threshold repeated",
        lambda d: d["scoring"]["outcome"]["thresholds"][1].update(min=1),
        "$.scoring.outcome.thresholds[1]",
        "from the highest to the lowest",
    ),
    (
        "thresholds mixing a share and a score",
        lambda d: d["scoring"]["outcome"]["thresholds"].__setitem__(
            1, {"min_fraction": 0, "outcome": "low"}
        ),
        "$.scoring.outcome.thresholds[1]",
        "do not mix",
    ),
    (
        "threshold fraction above 1",
        lambda d: d["scoring"]["outcome"]["thresholds"].__setitem__(
            0, {"min_fraction": 1.5, "outcome": "high"}
        ),
        "$.scoring.outcome.thresholds[0].min_fraction",
        "must be at most 1",
    ),
    (
        "threshold with two limits",
        lambda d: d["scoring"]["outcome"]["thresholds"][0].update(above=3),
        "$.scoring.outcome.thresholds[0]",
        "exactly one of min, above",
    ),
    (
        "unknown outcome in a threshold",
        lambda d: d["scoring"]["outcome"]["thresholds"][0].update(outcome="severe"),
        "$.scoring.outcome.thresholds[0].outcome",
        "unknown outcome 'severe'",
    ),
    (
        "unknown score in the outcome rule",
        lambda d: d["scoring"]["outcome"].update(score="total"),
        "$.scoring.outcome.score",
        "unknown score 'total'",
    ),
    (
        "misspelt key",
        lambda d: questions(d)[0].update(requried=True),
        "$.sections[0].questions[0]",
        "unknown key 'requried'",
    ),
    (
        "missing English text",
        lambda d: d.update(title={"fr": "Exemple"}),
        "$.title",
        "an English text ('en') is required",
    ),
    (
        "text in an undeclared language",
        lambda d: d.update(title={"en": "Sample", "de": "Beispiel"}),
        "$.title",
        "language 'de' is not among the definition's languages",
    ),
    (
        "English not among the languages",
        lambda d: d.update(languages=["fr"]),
        "$.languages",
        "must include English",
    ),
    (
        "blank text",
        lambda d: questions(d)[0].update(text={"en": "  "}),
        "$.sections[0].questions[0].text.en",
        "expected a non-empty text",
    ),
    (
        "version zero",
        lambda d: d.update(version=0),
        "$.version",
        "must be at least 1",
    ),
    (
        "version as text",
        lambda d: d.update(version="1"),
        "$.version",
        "expected a whole number",
    ),
    (
        "id with a slash",
        lambda d: d.update(id="../etc"),
        "$.id",
        "is not a valid id",
    ),
    (
        "required as a string",
        lambda d: questions(d)[0].update(required="yes"),
        "$.sections[0].questions[0].required",
        "expected true or false",
    ),
    (
        "min above max",
        lambda d: questions(d)[2].update(min=20),
        "$.sections[0].questions[2].max",
        "'max' (10) is below 'min' (20)",
    ),
    (
        "min on a yes/no question",
        lambda d: questions(d)[0].update(min=1),
        "$.sections[0].questions[0].min",
        "'min' applies to number questions",
    ),
    (
        "gauge without levels",
        lambda d: questions(d)[0].update(type="gauge"),
        "$.sections[0].questions[0]",
        "a gauge question needs 'levels'",
    ),
    (
        "gauge with three levels",
        lambda d: questions(d)[0].update(type="gauge", levels=[{"en": "x"}] * 3),
        "$.sections[0].questions[0].levels",
        "exactly 4 levels",
    ),
    (
        "exclusive option on a single choice",
        lambda d: questions(d)[1]["options"][0].update(exclusive=True),
        "$.sections[0].questions[1].options[0].exclusive",
        "applies to multiple_choice options",
    ),
    (
        "negative weight",
        lambda d: questions(d)[0].update(weight=-1),
        "$.sections[0].questions[0].weight",
        "must be at least 0",
    ),
    (
        "external id as a number",
        lambda d: questions(d)[0].update(external_ids={"cnil_pia": 111}),
        "$.sections[0].questions[0].external_ids.cnil_pia",
        "expected a non-empty text",
    ),
    (
        "condition on an option not offered",
        lambda d: questions(d)[2].update(condition={"question": "q2", "equals": "c"}),
        "$.sections[0].questions[2].condition.equals",
        "'q2' offers no option 'c' (options: a, b)",
    ),
    (
        "yes/no compared with true",
        lambda d: questions(d)[2].update(condition={"question": "q1", "equals": "true"}),
        "$.sections[0].questions[2].condition.equals",
        "a yes_no answer is 'yes' or 'no'",
    ),
    (
        "includes on a single choice",
        lambda d: questions(d)[2].update(condition={"question": "q2", "includes": "a"}),
        "$.sections[0].questions[2].condition.includes",
        "use 'equals' or 'in'",
    ),
    (
        "at_least on a yes/no",
        lambda d: questions(d)[2].update(condition={"question": "q1", "at_least": 1}),
        "$.sections[0].questions[2].condition.at_least",
        "'at_least' does not apply to the yes_no question 'q1'",
    ),
    (
        "a number compared with a text",
        lambda d: questions(d)[1].update(condition={"question": "q3", "equals": "3"}),
        "$.sections[0].questions[1].condition.equals",
        "answered with a number",
    ),
    (
        "two tests in one condition",
        lambda d: questions(d)[1].update(condition={"question": "q1", "equals": "yes", "in": []}),
        "$.sections[0].questions[1].condition",
        "exactly one test",
    ),
    (
        "empty 'all'",
        lambda d: questions(d)[1].update(condition={"all": []}),
        "$.sections[0].questions[1].condition.all",
        "must not be empty",
    ),
    (
        "condition that is not an object",
        lambda d: questions(d)[1].update(condition="q1 == yes"),
        "$.sections[0].questions[1].condition",
        "a condition must be an object",
    ),
    (
        "condition with neither question nor combinator",
        lambda d: questions(d)[1].update(condition={"equals": "yes"}),
        "$.sections[0].questions[1].condition",
        "needs 'question' or 'score'",
    ),
    (
        "unknown score in a condition",
        lambda d: questions(d)[1].update(condition={"score": "nope", "at_least": 1}),
        "$.sections[0].questions[1].condition.score",
        "unknown score 'nope'",
    ),
    (
        "a score compared with a text",
        lambda d: questions(d)[1].update(condition={"score": "yes", "equals": "high"}),
        "$.sections[0].questions[1].condition.equals",
        "a score is a number",
    ),
    (
        "a share of the maximum on an answer",
        lambda d: questions(d)[1].update(condition={"question": "q3", "at_least_fraction": 0.5}),
        "$.sections[0].questions[1].condition.at_least_fraction",
        "applies to scores, not to answers",
    ),
    (
        "unknown question in a score",
        lambda d: d["scoring"]["scores"]["yes"]["count"].update(questions=["q1", "zz"]),
        "$.scoring.scores.yes.count.questions[1]",
        "unknown question 'zz'",
    ),
    (
        "a question counted twice",
        lambda d: d["scoring"]["scores"]["yes"]["count"].update(questions=["q1", "q1"]),
        "$.scoring.scores.yes.count.questions",
        "'q1' is listed twice",
    ),
    (
        "count test unsuited to a question",
        lambda d: d["scoring"]["scores"]["yes"]["count"].update(questions=["q1", "q3"]),
        "$.scoring.scores.yes.count.equals",
        "answered with a number",
    ),
    (
        "option scores of a yes/no question",
        lambda d: d["scoring"]["scores"].update(
            s={"sum": {"questions": ["q1"], "use": "option_score"}}
        ),
        "$.scoring.scores.s.sum.questions[0]",
        "'option_score' needs a choice question",
    ),
    (
        "a number without max in a sum",
        lambda d: (
            questions(d)[2].pop("max"),
            d["scoring"]["scores"].update(s={"sum": {"questions": ["q3"], "use": "value"}}),
        ),
        "$.scoring.scores.s.sum.questions[0]",
        "needs a 'max' to be summed",
    ),
    (
        "unknown sum use",
        lambda d: d["scoring"]["scores"].update(s={"sum": {"questions": ["q2"], "use": "score"}}),
        "$.scoring.scores.s.sum.use",
        "'use' must be one of option_score, value",
    ),
    (
        "a score with two rules",
        lambda d: d["scoring"]["scores"].update(s={"total": {"scores": ["yes"]}, "sum": {}}),
        "$.scoring.scores.s",
        "exactly one rule",
    ),
    (
        "a total of itself",
        lambda d: d["scoring"]["scores"].update(s={"total": {"scores": ["yes", "s"]}}),
        "$.scoring.scores.s.total.scores[1]",
        "score 's' refers to itself",
    ),
    (
        "two scores adding each other",
        lambda d: d["scoring"]["scores"].update(
            s={"total": {"scores": ["t"]}}, t={"total": {"scores": ["s"]}}
        ),
        "$.scoring.scores.",
        "circular dependency: score '",
    ),
    (
        "unknown max_over",
        lambda d: d["scoring"]["scores"]["yes"]["count"].update(max_over="shown"),
        "$.scoring.scores.yes.count.max_over",
        "'max_over' must be 'all' or 'visible'",
    ),
    (
        "overrides without an outcome rule",
        lambda d: (
            d["scoring"].pop("outcome"),
            d["scoring"].update(
                overrides=[{"condition": {"question": "q1", "equals": "yes"}, "outcome": "high"}]
            ),
        ),
        "$.scoring.overrides",
        "overrides need an 'outcome' rule",
    ),
    (
        "unknown outcome in an override",
        lambda d: d["scoring"].update(
            overrides=[{"condition": {"question": "q1", "equals": "yes"}, "outcome": "max"}]
        ),
        "$.scoring.overrides[0].outcome",
        "unknown outcome 'max'",
    ),
    (
        "duplicate outcome id",
        lambda d: d["outcomes"][1].update(id="high"),
        "$.outcomes[1].id",
        "outcome id 'high' is used twice",
    ),
    (
        "a section without questions",
        lambda d: d["sections"][0].update(questions=[]),
        "$.sections[0]",
        "a section needs questions or subsections",
    ),
    (
        "no sections",
        lambda d: d.update(sections=[]),
        "$.sections",
        "must not be empty",
    ),
    (
        "suggestions from an unknown source",
        lambda d: questions(d)[0].update(suggestions="register:ai_systems"),
        "$.sections[0].questions[0].suggestions",
        "'register:ai_systems' is not a source of suggestions such as 'catalogue:dpia_required'",
    ),
    (
        "suggestions naming no catalogue",
        lambda d: questions(d)[0].update(suggestions="catalogue:"),
        "$.sections[0].questions[0].suggestions",
        "is not a source of suggestions",
    ),
    (
        "suggestions that are not a text",
        lambda d: questions(d)[0].update(suggestions=["catalogue:system"]),
        "$.sections[0].questions[0].suggestions",
        "expected a non-empty text",
    ),
    (
        "not an object at all",
        lambda d: d.clear(),
        "$",
        "missing key 'id'",
    ),
]


@pytest.mark.parametrize(
    ("breaker", "path", "problem"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_malformed_definition(breaker: Breaker, path: str, problem: str) -> None:
    data = base()
    breaker(data)
    with pytest.raises(DefinitionError) as caught:
        parse_definition(data, source="sample/1.json")
    error = caught.value
    assert error.source == "sample/1.json"
    assert error.path.startswith(path), error
    assert problem in error.problem, error
    assert str(error).startswith(f"sample/1.json: at {error.path}: ")


def test_duplicate_section_id_is_named() -> None:
    data = base()
    inner = base()["sections"][0]
    data["sections"].append({"id": "s1", "title": {"en": "Again"}, "sections": [inner]})
    data["sections"][1]["sections"][0]["id"] = "s2"
    for question in data["sections"][1]["sections"][0]["questions"]:
        question["id"] += "b"
        question.pop("condition", None)
    with pytest.raises(DefinitionError) as caught:
        parse_definition(data)
    assert caught.value.path == "$.sections[1].id"
    assert caught.value.problem == "section id 's1' is used twice"


def test_a_root_that_is_not_an_object() -> None:
    with pytest.raises(DefinitionError, match=r"<definition>: at \$: expected an object"):
        parse_definition(["not", "a", "definition"])


def test_conditions_are_parsed_into_a_tree() -> None:
    data = base()
    questions(data)[2]["condition"] = {
        "all": [{"not": {"question": "q1", "equals": "no"}}, {"score": "yes", "at_least": 1}]
    }
    condition = parse_definition(data).question("q3").condition
    assert condition == AllOf((Not(QuestionIs("q1", Equals("no"))), ScoreIs("yes", AtLeast(1.0))))


def test_a_question_may_name_a_catalogue_as_its_suggestions() -> None:
    data = base()
    questions(data).append(
        {"id": "q4", "type": "list", "text": {"en": "Which?"}, "suggestions": "catalogue:system"}
    )
    definition = parse_definition(data)
    assert definition.question("q4").suggestions == "catalogue:system"
    assert definition.question("q1").suggestions is None
    assert parse_definition(definition.to_json()) == definition
    # A catalogue this version does not know is not an error: it offers nothing.
    questions(data)[3]["suggestions"] = "catalogue:from_a_later_govkit"
    assert parse_definition(data).question("q4").suggestions == "catalogue:from_a_later_govkit"
