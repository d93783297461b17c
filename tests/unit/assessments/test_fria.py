"""The fundamental-rights impact assessment: the elements of Art. 27(1)(a)-(f) AI Act, the
notification (Art. 27(3)) and the DPIA link (Art. 27(4)), and a section per right chosen; the
outcome follows the most serious interference and whether the measures suffice."""

from __future__ import annotations

import pytest

from govkit.assessments import (
    Answer,
    Definition,
    QuestionType,
    builtin_definition,
    evaluate,
    visible_questions,
    visible_sections,
)

RIGHTS = [
    "dignity",
    "private_life",
    "data_protection",
    "expression",
    "assembly",
    "education",
    "non_discrimination",
    "gender_equality",
    "child",
    "elderly",
    "disability",
    "working_conditions",
    "social_security",
    "health_care",
    "good_administration",
    "remedy",
    "presumption_innocence",
]
PER_RIGHT = [
    "legal_basis",
    "seriousness",
    "effectiveness",
    "necessity",
    "proportionality",
    "measures",
    "mitigation",
]


@pytest.fixture(scope="module")
def fria() -> Definition:
    return builtin_definition("fria", 1)


def general() -> dict[str, Answer]:
    text = Answer("Described in the project file.")
    given = {
        q: text
        for q in (
            "processes",
            "period",
            "affected_details",
            "risks",
            "oversight",
            "measures_if_risks",
            "internal_governance",
            "complaint_mechanism",
        )
    }
    given |= {
        "fria_basis": Answer("required"),
        "frequency": Answer("daily"),
        "affected_groups": Answer(("applicants", "precarious")),
        "provider_information": Answer("yes"),
        "notification": Answer("to_notify"),
        "dpia_status": Answer("dpia_done"),
    }
    return given


def right(rid: str, seriousness: int, mitigation: str = "sufficient") -> dict[str, Answer]:
    given = {f"{rid}_{part}": Answer(f"{rid}: {part}") for part in PER_RIGHT}
    given[f"{rid}_seriousness"] = Answer(seriousness)
    given[f"{rid}_mitigation"] = Answer(mitigation)
    return given


def test_article_27_elements_are_asked(fria: Definition) -> None:
    cites = {c for q in fria.all_questions() for c in q.cites}
    for letter in "abcdef":
        assert any(c.startswith(f"AI Act Art. 27(1)({letter})") for c in cites), letter
    assert "AI Act Art. 27(3)" in fria.question("notification").cites
    assert "AI Act Art. 27(4)" in fria.question("dpia_status").cites
    assert "AI Act Art. 13" in fria.question("provider_information").cites
    rights = fria.question("rights_at_stake")
    assert rights.type is QuestionType.MULTIPLE_CHOICE
    assert [o.id for o in rights.options] == [*RIGHTS, "none"]
    for rid in RIGHTS:
        section = fria.section(f"right_{rid}")
        assert [q.id for q in section.questions] == [f"{rid}_{p}" for p in PER_RIGHT]
        gauge = fria.question(f"{rid}_seriousness")
        assert gauge.type is QuestionType.GAUGE and gauge.required
        assert section.cites[0].startswith("EU Charter Art. ")


def test_a_right_section_is_shown_only_when_the_right_is_chosen(fria: Definition) -> None:
    assert not any(s.id.startswith("right_") for s in visible_sections(fria, {}))
    chosen = {"rights_at_stake": Answer(("social_security", "non_discrimination"))}
    shown = [s.id for s in visible_sections(fria, chosen)]
    assert [s for s in shown if s.startswith("right_")] == [
        "right_non_discrimination",
        "right_social_security",
    ]
    questions = {q.id for q in visible_questions(fria, chosen)}
    assert "social_security_seriousness" in questions
    assert "child_seriousness" not in questions
    # Answers of a right no longer chosen are kept but count for nothing.
    given = general() | chosen | right("social_security", 4) | right("non_discrimination", 1)
    assert evaluate(fria, given).scores["highest_seriousness"] == 4
    given["rights_at_stake"] = Answer(("non_discrimination",))
    result = evaluate(fria, given)
    assert result.complete and result.scores["highest_seriousness"] == 1
    assert result.outcome is not None and result.outcome.id == "rights_low"


@pytest.mark.parametrize(
    ("seriousness", "expected"),
    [(1, "rights_low"), (2, "rights_moderate"), (3, "rights_high"), (4, "rights_high")],
)
def test_the_outcome_follows_the_highest_seriousness(
    fria: Definition, seriousness: int, expected: str
) -> None:
    given = general() | {"rights_at_stake": Answer(("private_life", "good_administration"))}
    given |= right("private_life", 1) | right("good_administration", seriousness)
    result = evaluate(fria, given)
    assert result.complete and result.outcome is not None
    assert result.outcome.id == expected
    assert result.scores["highest_seriousness"] == max(1, seriousness)
    assert result.maxima["highest_seriousness"] == 4


def test_a_serious_interference_not_mitigated_is_not_acceptable(fria: Definition) -> None:
    given = general() | {"rights_at_stake": Answer(("social_security", "remedy"))}
    given |= right("social_security", 3, "insufficient") | right("remedy", 2)
    result = evaluate(fria, given)
    assert result.outcome is not None and result.outcome.id == "rights_unacceptable"
    assert result.reasons[0].startswith("Social security and social assistance (Charter, Art. 34)")
    assert result.scores["insufficient_measures"] == 1
    # Very serious and only partly mitigated: not acceptable either.
    given |= right("social_security", 4, "partly")
    assert evaluate(fria, given).outcome.id == "rights_unacceptable"  # type: ignore[union-attr]
    # Serious but sufficiently mitigated: strict conditions.
    given |= right("social_security", 3, "partly")
    assert evaluate(fria, given).outcome.id == "rights_high"  # type: ignore[union-attr]


def test_insufficient_measures_for_a_lesser_interference_raise_the_outcome(
    fria: Definition,
) -> None:
    given = general() | {"rights_at_stake": Answer(("expression",))}
    given |= right("expression", 2, "insufficient")
    result = evaluate(fria, given)
    assert result.outcome is not None and result.outcome.id == "rights_high"
    assert "the measures are insufficient" in result.reasons[0]


def test_no_right_at_stake(fria: Definition) -> None:
    given = general() | {"rights_at_stake": Answer(("none",))}
    result = evaluate(fria, given)
    assert result.complete and result.outcome is not None
    assert result.outcome.id == "rights_low"
    assert result.scores["highest_seriousness"] == 0


def test_required_elements_before_an_outcome(fria: Definition) -> None:
    given = {"rights_at_stake": Answer(("child",))} | right("child", 2)
    result = evaluate(fria, given)
    assert result.outcome is None
    assert {"processes", "period", "risks", "oversight", "notification", "dpia_status"} <= set(
        result.missing
    )
    assert result.provisional is not None and result.provisional.id == "rights_moderate"


def test_notification_date_and_dpia_reference_follow_their_answers(fria: Definition) -> None:
    given = general()
    shown = {q.id for q in visible_questions(fria, given)}
    assert "notification_date" not in shown and "dpia_reference" in shown
    given |= {"notification": Answer("notified"), "dpia_status": Answer("dpia_missing")}
    shown = {q.id for q in visible_questions(fria, given)}
    assert "notification_date" in shown and "dpia_reference" not in shown
