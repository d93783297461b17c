"""The engine: answer validation, conditions, visibility, progress, required questions and the
stable JSON form of answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from govkit.assessments import (
    Answer,
    AnswersError,
    Definition,
    Question,
    answers_from_json,
    answers_to_json,
    builtin_definition,
    evaluate,
    missing_required,
    parse_definition,
    progress,
    validate_answer,
    validate_answers,
    visible_questions,
    visible_sections,
)

Data = dict[str, Any]


def en(text: str) -> Data:
    return {"en": text}


def question(qid: str, kind: str, **extra: Any) -> Data:
    return {"id": qid, "type": kind, "text": en(qid), **extra}


EVERY_TYPE: Data = {
    "id": "every-type",
    "version": 1,
    "kind": "test",
    "title": en("Every type"),
    "languages": ["en"],
    "sections": [
        {
            "id": "all",
            "title": en("All"),
            "questions": [
                question("single", "single_choice", options=[{"id": "a", "label": en("A")}]),
                question(
                    "multi",
                    "multiple_choice",
                    options=[
                        {"id": "x", "label": en("X")},
                        {"id": "y", "label": en("Y")},
                        {"id": "none", "label": en("None of these"), "exclusive": True},
                    ],
                ),
                question("yn", "yes_no"),
                question("short", "text"),
                question("long", "long_text"),
                question("count", "number", min=0, max=100),
                question("free", "number"),
                question("when", "date"),
                question("level", "gauge", levels=[en("low"), en("mid"), en("high"), en("max")]),
                question("tags", "list", note=False),
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def every_type() -> Definition:
    return parse_definition(EVERY_TYPE, source="every-type")


def q(definition: Definition, qid: str) -> Question:
    return definition.question(qid)


VALID: list[tuple[str, object]] = [
    ("single", "a"),
    ("multi", ["x", "y"]),
    ("multi", ("x",)),
    ("multi", ["none"]),
    ("yn", "yes"),
    ("yn", "no"),
    ("short", "Parks department"),
    ("long", "Line one\nLine two"),
    ("count", 0),
    ("count", 100),
    ("count", 12.5),
    ("free", -3),
    ("when", "2025-02-28"),
    ("level", 1),
    ("level", 4),
    ("tags", ["cctv", "parks"]),
]

INVALID: list[tuple[str, object, str]] = [
    ("single", "b", "“b” is not one of the options offered."),
    ("single", ["a"], "Choose one of the options."),
    ("multi", "x", "Choose one or more of the options."),
    ("multi", ["x", "z"], "“z” is not one of the options offered."),
    ("multi", ["x", "x"], "An option is chosen twice."),
    ("multi", ["x", "none"], "“None of these” cannot be combined with other options."),
    ("yn", True, "Answer yes or no."),
    ("yn", "Yes", "Answer yes or no."),
    ("short", 12, "Enter a text."),
    ("long", ["a"], "Enter a text."),
    ("count", "12", "Enter a number."),
    ("count", True, "Enter a number."),
    ("count", float("nan"), "Enter a number."),
    ("count", 101, "Enter a number from 0 to 100."),
    ("count", -1, "Enter a number from 0 to 100."),
    ("when", "28/02/2025", "Enter a date as YYYY-MM-DD (for example 2025-03-31)."),
    ("when", "20250228", "Enter a date as YYYY-MM-DD (for example 2025-03-31)."),
    ("when", "2025-02-30", "“2025-02-30” is not a real date."),
    ("when", 20250228, "Enter a date as YYYY-MM-DD (for example 2025-03-31)."),
    ("level", 0, "Choose a level from 1 to 4."),
    ("level", 5, "Choose a level from 1 to 4."),
    ("level", 2.5, "Choose a level from 1 to 4."),
    ("level", True, "Choose a level from 1 to 4."),
    ("level", "2", "Choose a level from 1 to 4."),
    ("tags", "cctv", "Enter a list of short texts."),
    ("tags", ["cctv", " "], "An item of the list is empty."),
    ("tags", ["a\nb"], "An item of the list spans several lines: keep each item short."),
]


@pytest.mark.parametrize(("qid", "value"), VALID)
def test_valid_answers(every_type: Definition, qid: str, value: object) -> None:
    assert validate_answer(q(every_type, qid), value) is None


@pytest.mark.parametrize(("qid", "value", "message"), INVALID)
def test_invalid_answers(every_type: Definition, qid: str, value: object, message: str) -> None:
    assert validate_answer(q(every_type, qid), value) == message


@pytest.mark.parametrize("empty", [None, "", "   ", [], ()])
def test_an_empty_value_is_no_answer_and_valid(every_type: Definition, empty: object) -> None:
    for question_ in every_type.all_questions():
        assert validate_answer(question_, empty) is None
    assert not Answer(empty).answered  # type: ignore[arg-type]


def test_number_bounds_one_sided() -> None:
    data = json.loads(json.dumps(EVERY_TYPE))
    data["sections"][0]["questions"] = [
        question("low", "number", min=1),
        question("high", "number", max=5),
    ]
    definition = parse_definition(data)
    assert validate_answer(definition.question("low"), 0) == "Enter a number of at least 1."
    assert validate_answer(definition.question("high"), 6) == "Enter a number of at most 5."


def test_validate_answers_checks_a_whole_set(every_type: Definition) -> None:
    answers = {
        "single": Answer("a", note="Checked with the legal team"),
        "level": Answer(9),
        "tags": Answer(("x",), note="notes are not allowed here"),
        "ghost": Answer("yes"),
    }
    assert validate_answers(every_type, answers) == {
        "level": "Choose a level from 1 to 4.",
        "tags": "This question takes no note.",
        "ghost": "This questionnaire has no question “ghost”.",
    }


# -- conditions and visibility -----------------------------------------------------------------


def conditional() -> Definition:
    """Questions and sections shown by every kind of condition."""
    data: Data = {
        "id": "conditional",
        "version": 1,
        "kind": "test",
        "title": en("Conditional"),
        "languages": ["en"],
        "sections": [
            {
                "id": "base",
                "title": en("Base"),
                "questions": [
                    question("q1", "yes_no", required=True),
                    question(
                        "q2",
                        "single_choice",
                        options=[{"id": k, "label": en(k)} for k in ("a", "b", "c")],
                    ),
                    question(
                        "q3",
                        "multiple_choice",
                        options=[{"id": k, "label": en(k)} for k in ("x", "y")],
                    ),
                    question("q4", "text"),
                    question("q5", "number"),
                    question("q6", "list"),
                ],
            },
            {
                "id": "follow",
                "title": en("Follow-up"),
                "questions": [
                    question(
                        "if_yes",
                        "long_text",
                        required=True,
                        condition={"question": "q1", "equals": "yes"},
                    ),
                    question("if_a_or_b", "text", condition={"question": "q2", "in": ["a", "b"]}),
                    question("if_x", "text", condition={"question": "q3", "includes": "x"}),
                    question("if_q4", "text", condition={"question": "q4", "answered": True}),
                    question("if_no_q4", "text", condition={"question": "q4", "answered": False}),
                    question("if_3", "text", condition={"question": "q5", "at_least": 3}),
                    question("if_small", "text", condition={"question": "q5", "at_most": 1}),
                    question("if_tag", "text", condition={"question": "q6", "includes": "cctv"}),
                    question(
                        "if_all",
                        "text",
                        condition={
                            "all": [
                                {"question": "q1", "equals": "yes"},
                                {"not": {"question": "q2", "equals": "c"}},
                            ]
                        },
                    ),
                    question(
                        "if_any",
                        "text",
                        condition={
                            "any": [
                                {"question": "q1", "equals": "no"},
                                {"question": "q5", "equals": 7},
                            ]
                        },
                    ),
                    question(
                        "if_not", "text", condition={"not": {"question": "q1", "equals": "yes"}}
                    ),
                    # depends on a question that is itself conditional
                    question(
                        "chained",
                        "text",
                        required=True,
                        condition={"question": "if_yes", "answered": True},
                    ),
                ],
            },
            {
                "id": "gated",
                "title": en("Shown when q2 is c"),
                "condition": {"question": "q2", "equals": "c"},
                "questions": [question("g1", "yes_no", required=True)],
                "sections": [
                    {
                        "id": "inner",
                        "title": en("Inner"),
                        "condition": {"question": "g1", "equals": "yes"},
                        "questions": [question("g2", "text", required=True)],
                    }
                ],
            },
        ],
    }
    return parse_definition(data, source="conditional")


def shown(definition: Definition, answers: dict[str, Answer]) -> set[str]:
    return {x.id for x in visible_questions(definition, answers)} - {
        x.id for x in definition.section("base").questions
    }


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, {"if_no_q4", "if_not"}),
        ({"q1": Answer("yes")}, {"if_yes", "if_no_q4", "if_all"}),
        ({"q1": Answer("no")}, {"if_no_q4", "if_any", "if_not"}),
        ({"q2": Answer("b")}, {"if_a_or_b", "if_no_q4", "if_not"}),
        ({"q2": Answer("c"), "q1": Answer("yes")}, {"if_yes", "if_no_q4", "g1"}),
        ({"q3": Answer(("y", "x"))}, {"if_x", "if_no_q4", "if_not"}),
        ({"q3": Answer(("y",))}, {"if_no_q4", "if_not"}),
        ({"q4": Answer("something")}, {"if_q4", "if_not"}),
        ({"q4": Answer("   ")}, {"if_no_q4", "if_not"}),
        ({"q5": Answer(3)}, {"if_3", "if_no_q4", "if_not"}),
        ({"q5": Answer(1)}, {"if_small", "if_no_q4", "if_not"}),
        ({"q5": Answer(7.0)}, {"if_3", "if_any", "if_no_q4", "if_not"}),
        ({"q6": Answer(("parks", "cctv"))}, {"if_tag", "if_no_q4", "if_not"}),
        (
            {"q1": Answer("yes"), "if_yes": Answer("why")},
            {"if_yes", "chained", "if_no_q4", "if_all"},
        ),
    ],
)
def test_conditions_decide_what_is_shown(answers: dict[str, Answer], expected: set[str]) -> None:
    assert shown(conditional(), answers) == expected


def test_an_invalid_answer_counts_as_unanswered() -> None:
    definition = conditional()
    assert shown(definition, {"q1": Answer("maybe")}) == {"if_no_q4", "if_not"}
    assert shown(definition, {"q5": Answer("3")}) == {"if_no_q4", "if_not"}
    assert progress(definition, {"q1": Answer("maybe")}).answered == 0


def test_hidden_answers_are_kept_but_ignored() -> None:
    definition = conditional()
    answers = {
        "q1": Answer("yes"),
        "if_yes": Answer("Because the register says so"),
        "chained": Answer("Shown only after if_yes"),
    }
    assert progress(definition, answers).answered == 3
    assert missing_required(definition, answers) == []

    answers["q1"] = Answer("no")  # hides if_yes, and with it chained
    assert "if_yes" in answers  # nothing is deleted
    assert shown(definition, answers) == {"if_no_q4", "if_any", "if_not"}
    after = progress(definition, answers)
    assert (after.answered, after.required_missing) == (1, 0)
    assert missing_required(definition, answers) == []

    answers["q1"] = Answer("yes")  # showing it again brings the answers back
    assert progress(definition, answers).answered == 3


def test_hidden_sections_hide_their_questions_and_subsections() -> None:
    definition = conditional()
    ids = [s.id for s in visible_sections(definition, {})]
    assert ids == ["base", "follow"]
    answers = {"q2": Answer("c"), "g1": Answer("yes")}
    assert [s.id for s in visible_sections(definition, answers)] == [
        "base",
        "follow",
        "gated",
        "inner",
    ]
    assert [x.id for x in missing_required(definition, answers)] == ["q1", "g2"]
    answers["q2"] = Answer("a")  # the gated section goes, and the inner one with it
    assert [s.id for s in visible_sections(definition, answers)] == ["base", "follow"]
    assert [x.id for x in missing_required(definition, answers)] == ["q1"]


def test_progress_counts_shown_questions() -> None:
    definition = conditional()
    empty = progress(definition, {})
    assert (empty.answered, empty.total, empty.required_missing) == (0, 8, 1)
    assert not empty.complete
    answers = {"q1": Answer("yes"), "q2": Answer("a"), "q4": Answer("text")}
    now = progress(definition, answers)
    # shown: 6 base + if_yes, if_a_or_b, if_q4, if_all
    assert (now.answered, now.total, now.required_missing) == (3, 10, 1)
    assert now.ratio == pytest.approx(0.3)
    answers["if_yes"] = Answer("reason")
    done = progress(definition, answers)
    assert (done.answered, done.total, done.required_missing) == (4, 11, 1)  # chained appeared
    answers["chained"] = Answer("more")
    assert progress(definition, answers).complete


def test_a_definition_without_scoring_evaluates_to_completeness_only() -> None:
    dpia = builtin_definition("dpia")
    first = evaluate(dpia, {})
    assert first.outcome is None and not first.complete
    assert first.scores == {} and first.maxima == {}
    assert "views_sought" in first.missing
    answers = {x.id: Answer("Described.") for x in dpia.all_questions()}
    answers["views_sought"] = Answer("not_appropriate")
    result = evaluate(dpia, answers)
    assert result.complete and result.outcome is None and result.reasons == []
    assert {x.id for x in visible_questions(dpia, answers)} >= {"views_reason"}
    assert "views" not in {x.id for x in visible_questions(dpia, answers)}


def test_dpia_views_questions_follow_the_choice() -> None:
    dpia = builtin_definition("dpia")
    ids = {"views_people", "views", "views_reason"}

    def views_shown(choice: str | None) -> set[str]:
        answers = {} if choice is None else {"views_sought": Answer(choice)}
        return {x.id for x in visible_questions(dpia, answers)} & ids

    assert views_shown(None) == set()
    assert views_shown("sought") == {"views_people", "views"}
    assert views_shown("not_sought") == {"views_reason"}
    assert views_shown("not_appropriate") == {"views_reason"}
    assert progress(dpia, {}).total == 19


# -- answers as JSON ---------------------------------------------------------------------------


def test_answers_json_round_trip() -> None:
    answers = {
        "yn": Answer("yes", note="Confirmed by the DPO on 3 March"),
        "multi": Answer(["x", "y"]),  # type: ignore[arg-type]  # a list is accepted
        "count": Answer(12.5),
        "level": Answer(3),
        "when": Answer("2025-02-28"),
        "tags": Answer(("cctv", "parks")),
        "noted": Answer(None, note="Ask the school board"),
    }
    data = answers_to_json(answers)
    assert data == {
        "format": "govkit-answers",
        "version": 1,
        "answers": {
            "count": {"value": 12.5},
            "level": {"value": 3},
            "multi": {"value": ["x", "y"]},
            "noted": {"value": None, "note": "Ask the school board"},
            "tags": {"value": ["cctv", "parks"]},
            "when": {"value": "2025-02-28"},
            "yn": {"value": "yes", "note": "Confirmed by the DPO on 3 March"},
        },
    }
    assert list(data["answers"]) == sorted(data["answers"])  # stable order
    text = json.dumps(data, ensure_ascii=False)
    assert answers_from_json(json.loads(text)) == answers
    assert answers["multi"].value == ("x", "y")  # lists are kept as tuples


def test_empty_answers_are_left_out() -> None:
    data = answers_to_json({"a": Answer(""), "b": Answer(None), "c": Answer(()), "d": Answer("x")})
    assert data["answers"] == {"d": {"value": "x"}}
    assert answers_to_json({"a": Answer("  ", note="n")})["answers"] == {
        "a": {"value": None, "note": "n"}
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "not questionnaire answers saved by govkit"),
        ({"format": "other"}, "not questionnaire answers saved by govkit"),
        ({"format": "govkit-answers", "version": 2, "answers": {}}, "newer version of govkit"),
        ({"format": "govkit-answers", "version": "1", "answers": {}}, "header is not valid"),
        ({"format": "govkit-answers", "version": 1, "answers": {}, "x": 1}, "header"),
        ({"format": "govkit-answers", "version": 1}, "header is not valid"),
        ({"format": "govkit-answers", "version": 1, "answers": []}, "list of answers is missing"),
        ({"format": "govkit-answers", "version": 1, "answers": {"q": "yes"}}, "“q” is damaged"),
        ({"format": "govkit-answers", "version": 1, "answers": {"q": {}}}, "“q” is damaged"),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": True}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": {"a": 1}}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": [1]}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": float("inf")}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": 1, "note": 2}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"q": {"value": 1, "by": "x"}}},
            "“q” is damaged",
        ),
        (
            {"format": "govkit-answers", "version": 1, "answers": {"../q": {"value": 1}}},
            "“../q” is damaged",
        ),
    ],
)
def test_malformed_answers_are_refused(data: object, message: str) -> None:
    with pytest.raises(AnswersError, match=message):
        answers_from_json(data)
