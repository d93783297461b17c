"""The DPIA screening decides as WP248 rev.01 and Art. 35(3)/(4) GDPR say."""

from __future__ import annotations

import pytest

from govkit.assessments import Answer, Definition, builtin_definition, evaluate, progress
from govkit.assessments.engine import missing_required

CRITERIA = [
    "c1_evaluation_scoring",
    "c2_automated_decision",
    "c3_systematic_monitoring",
    "c4_sensitive_data",
    "c5_large_scale",
    "c6_matching_combining",
    "c7_vulnerable_subjects",
    "c8_innovative_use",
    "c9_prevents_rights",
]


@pytest.fixture(scope="module")
def screening() -> Definition:
    return builtin_definition("dpia-screening", 1)


def answers(
    met: int, *, on_list: str = "no", art35_3: tuple[str, ...] = ("none",)
) -> dict[str, Answer]:
    given = {c: Answer("yes" if i < met else "no") for i, c in enumerate(CRITERIA)}
    given["authority_list"] = Answer(on_list)
    given["art35_3"] = Answer(art35_3)
    return given


def test_criteria_are_those_of_the_definition(screening: Definition) -> None:
    assert [q.id for q in screening.section("criteria").questions] == CRITERIA


@pytest.mark.parametrize(
    ("met", "outcome"),
    [(0, "no_dpia_needed"), (1, "dpia_recommended"), (2, "dpia_required"), (9, "dpia_required")],
)
def test_outcome_by_number_of_criteria(screening: Definition, met: int, outcome: str) -> None:
    given = answers(met)
    if met == 1:
        given["reasoning"] = Answer("Only criterion 7 applies; the data stay within the school.")
    result = evaluate(screening, given)
    assert result.complete
    assert result.outcome is not None and result.outcome.id == outcome
    assert result.scores == {"criteria_met": met}
    assert result.maxima == {"criteria_met": 9}
    assert not result.decided_by_override
    assert result.provisional == result.outcome


def test_reasons_say_likely_required_for_two_criteria(screening: Definition) -> None:
    result = evaluate(screening, answers(2))
    assert result.reasons == [
        "Two or more of the nine criteria are met: the processing is likely to result in a "
        "high risk, so a DPIA is likely required."
    ]
    french = evaluate(screening, answers(2), language="fr")
    assert french.reasons[0].startswith("Au moins deux des neuf critères sont remplis")
    assert french.outcome is not None and french.outcome.label.get("fr") == "AIPD requise"


def test_one_criterion_asks_for_the_reasoning(screening: Definition) -> None:
    given = answers(1)
    result = evaluate(screening, given)
    assert not result.complete
    assert result.outcome is None
    assert result.missing == ["reasoning"]
    assert result.provisional is not None and result.provisional.id == "dpia_recommended"
    assert result.reasons == ["Required questions still unanswered: 1."]
    assert [q.id for q in missing_required(screening, given)] == ["reasoning"]

    given["reasoning"] = Answer("We will carry out a DPIA anyway.")
    done = evaluate(screening, given)
    assert done.complete and done.outcome is not None
    assert done.outcome.id == "dpia_recommended"
    assert done.reasons == [
        "One of the nine criteria is met: consider a DPIA and, if you do not carry one out, "
        "record why."
    ]


@pytest.mark.parametrize("met", [0, 2, 9])
def test_reasoning_is_hidden_unless_exactly_one_criterion(screening: Definition, met: int) -> None:
    given = answers(met)
    given["reasoning"] = Answer("kept but not shown")
    visible = {q.id for q in missing_required(screening, given)}
    assert visible == set()
    assert progress(screening, given).total == 11


def test_reasoning_is_not_asked_when_an_override_applies(screening: Definition) -> None:
    result = evaluate(screening, answers(1, on_list="yes"))
    assert result.complete
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert result.decided_by_override


@pytest.mark.parametrize(
    "art35_3",
    [("systematic_evaluation",), ("large_scale_special_data",), ("public_area_monitoring",)],
)
def test_an_art35_3_case_requires_a_dpia(screening: Definition, art35_3: tuple[str, ...]) -> None:
    result = evaluate(screening, answers(0, art35_3=art35_3))
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert result.decided_by_override
    assert result.reasons[0] == "A case of Article 35(3) GDPR applies: a DPIA is required."
    assert result.reasons[1] == "None of the nine criteria is met."


def test_the_authority_list_requires_a_dpia(screening: Definition) -> None:
    result = evaluate(screening, answers(0, on_list="yes"))
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert result.decided_by_override
    assert "Art. 35(4) GDPR" in result.reasons[0]


def test_both_overrides_give_both_reasons(screening: Definition) -> None:
    given = answers(3, on_list="yes", art35_3=("public_area_monitoring", "systematic_evaluation"))
    result = evaluate(screening, given)
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert len(result.reasons) == 3


def test_an_override_decides_before_the_questionnaire_is_complete(screening: Definition) -> None:
    early = {"authority_list": Answer("yes")}
    result = evaluate(screening, early)
    assert not result.complete
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert result.decided_by_override
    assert len(result.missing) == 10


def test_nothing_is_decided_while_incomplete_without_an_override(screening: Definition) -> None:
    given = answers(2)
    del given["art35_3"]
    result = evaluate(screening, given)
    assert result.outcome is None and not result.decided_by_override
    assert result.missing == ["art35_3"]
    assert result.provisional is not None and result.provisional.id == "dpia_required"


def test_none_of_these_cannot_be_combined(screening: Definition) -> None:
    given = answers(0, art35_3=("none", "public_area_monitoring"))
    result = evaluate(screening, given)  # an invalid answer counts as unanswered
    assert result.missing == ["art35_3"]
    assert result.outcome is None


# -- version 2: the entries of the authority's list -------------------------------------------


@pytest.fixture(scope="module")
def screening_v2() -> Definition:
    return builtin_definition("dpia-screening", 2)


def test_v2_asks_which_entries_of_the_list_apply_only_when_on_the_list(
    screening_v2: Definition,
) -> None:
    from govkit.assessments import visible_questions

    def shown(given: dict[str, Answer]) -> list[str]:
        return [q.id for q in visible_questions(screening_v2, given)]

    assert "authority_list_entries" not in shown({})
    assert "authority_list_entries" not in shown(answers(0, on_list="no"))
    on_list = answers(0, on_list="yes")
    assert (
        shown(on_list).index("authority_list_entries") == shown(on_list).index("authority_list") + 1
    )
    assert [q.id for q in missing_required(screening_v2, on_list)] == ["authority_list_entries"]
    # On the list, a DPIA is required whatever the entries (the override decides at once)...
    result = evaluate(screening_v2, on_list)
    assert result.outcome is not None and result.outcome.id == "dpia_required"
    assert result.decided_by_override
    entries = ("Large-scale processing of health data",)
    on_list["authority_list_entries"] = Answer(entries, "Point 2 of the national list")
    complete = evaluate(screening_v2, on_list)
    assert complete.complete and complete.missing == []
    assert complete.outcome is not None and complete.outcome.id == "dpia_required"
    assert complete.reasons == evaluate(builtin_definition("dpia-screening", 1), on_list).reasons
    # ...and an answer kept for the hidden question counts for nothing once it is "no".
    on_list["authority_list"] = Answer("no")
    assert "authority_list_entries" not in shown(on_list)
    assert evaluate(screening_v2, on_list).outcome.id == "no_dpia_needed"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("met", "outcome"),
    [(0, "no_dpia_needed"), (1, "dpia_recommended"), (2, "dpia_required")],
)
def test_v2_scores_as_v1(
    screening: Definition, screening_v2: Definition, met: int, outcome: str
) -> None:
    given = answers(met)
    if met == 1:
        given["reasoning"] = Answer("Only criterion 7 applies.")
    old, new = evaluate(screening, given), evaluate(screening_v2, given)
    assert new.outcome is not None and new.outcome.id == outcome
    assert (new.outcome, new.scores, new.reasons, new.complete) == (
        old.outcome,
        old.scores,
        old.reasons,
        old.complete,
    )
