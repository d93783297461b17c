"""The scoring model can express the real Government of Canada Algorithmic Impact Assessment.

The test translates ``../shared/interop/canada-aia/survey-enfr.json`` (SurveyJS) into a govkit
definition — pages become sections, choice questions keep their names and option values, the
weights embedded in the values (``item<n>-<weight>``) become option scores, ``visibleIf``
expressions become conditions — and checks that govkit's engine gives the scores and impact
level of the Canadian tool's own rule (``calculateFinalScore`` in its ``store.ts``, restated
below from the interop README) for many sets of answers. Not an importer: a proof of the model.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from govkit.assessments import Answer, Definition, QuestionType, evaluate, parse_definition
from govkit.assessments.resolver import Resolver

SURVEY = (
    Path(__file__).resolve().parents[4] / "shared" / "interop" / "canada-aia" / "survey-enfr.json"
)
CHOICE = {"radiogroup": "single_choice", "dropdown": "single_choice", "checkbox": "multiple_choice"}

pytestmark = pytest.mark.skipif(not SURVEY.exists(), reason="shared Canada AIA sample not present")

Data = dict[str, Any]


def weight(value: str) -> float:
    """The Canadian tool's parseEmbeddedValue: the number after the last '-', else 0."""
    _head, dash, tail = value.rpartition("-")
    try:
        return float(tail) if dash else 0.0
    except ValueError:
        return 0.0


def text(value: object, fallback: str) -> Data:
    if isinstance(value, dict):
        result = {"en": value.get("default") or fallback}
        if value.get("fr"):
            result["fr"] = value["fr"]
        return result
    return (
        {"en": value or fallback} if isinstance(value, str) and value.strip() else {"en": fallback}
    )


class Translation:
    def __init__(self, survey: Data) -> None:
        self.survey = survey
        self.elements: dict[str, Data] = {}
        self.kind: dict[str, str] = {}  # question name -> "RS" | "MS" | ""
        for page in survey["pages"]:
            self._index(page["elements"], page["name"])

    def _index(self, elements: list[Data], parent: str) -> None:
        for element in elements:
            name = element.get("name", "")
            self.elements[name] = element
            if "elements" in element:
                self._index(element["elements"], name)
            elif element.get("type") in CHOICE:
                # as getScoreType: the question's own suffix, else its direct parent's
                own = name[-3:] if name.endswith(("-RS", "-MS", "-NS")) else parent[-3:]
                self.kind[name] = own[1:] if own in ("-RS", "-MS") else ""

    def options(self, name: str) -> list[str]:
        return [c["value"] if isinstance(c, dict) else c for c in self.elements[name]["choices"]]

    # visibleIf: {q} = "v" | {q} contains "v" | {q} contains ["v"], and/or, parentheses
    def condition(self, expression: str) -> Data:
        tokens = re.findall(r'\{[^}]+\}|"[^"]*"|[()\[\]=]|contains|and|or', expression)
        position = 0

        def peek() -> str | None:
            return tokens[position] if position < len(tokens) else None

        def take() -> str:
            nonlocal position
            position += 1
            return tokens[position - 1]

        def either() -> Data:
            parts = [both()]
            while peek() == "or":
                take()
                parts.append(both())
            return parts[0] if len(parts) == 1 else {"any": parts}

        def both() -> Data:
            parts = [single()]
            while peek() == "and":
                take()
                parts.append(single())
            return parts[0] if len(parts) == 1 else {"all": parts}

        def single() -> Data:
            if peek() == "(":
                take()
                inner = either()
                assert take() == ")"
                return inner
            name, operator = take()[1:-1], take()
            if peek() == "[":
                take()
                value = take()[1:-1]
                assert take() == "]"
            else:
                value = take()[1:-1]
            kind = self.elements[name]["type"]
            if operator == "=":
                return {"question": name, "equals": value}
            if kind == "checkbox":
                return {"question": name, "includes": value}
            return {"question": name, "in": [o for o in self.options(name) if value in o]}

        result = either()
        assert position == len(tokens), expression
        return result

    def question(self, name: str) -> Data:
        element = self.elements[name]
        question: Data = {
            "id": name,
            "type": CHOICE[element["type"]],
            "text": text(element.get("title"), name),
            "options": [],
        }
        for choice in element["choices"]:
            value = choice["value"] if isinstance(choice, dict) else choice
            option: Data = {"id": value, "label": text(choice.get("text"), value)}
            if self.kind[name]:
                option["score"] = weight(value)
            question["options"].append(option)
        if element.get("visibleIf"):
            question["condition"] = self.condition(element["visibleIf"])
        return question

    def definition(self) -> Data:
        sections = []
        for page in self.survey["pages"]:
            names = [n for n in self._names(page["elements"]) if n in self.kind]
            if not names:
                continue
            section: Data = {
                "id": page["name"],
                "title": text(page.get("title"), page["name"]),
                "questions": [self.question(n) for n in names],
            }
            if page.get("visibleIf"):
                section["condition"] = self.condition(page["visibleIf"])
            sections.append(section)
        raw = [n for n, k in self.kind.items() if k == "RS"]
        mitigation = [n for n, k in self.kind.items() if k == "MS"]
        return {
            "id": "canada-aia",
            "version": 1,
            "kind": "algorithmic_impact_assessment",
            "title": {
                "en": "Algorithmic Impact Assessment",
                "fr": "Évaluation de l'incidence algorithmique",
            },
            "languages": ["en", "fr"],
            "sections": sections,
            "scoring": {
                "scores": {
                    "raw_impact": {"sum": {"questions": raw, "use": "option_score"}},
                    "mitigation": {"sum": {"questions": mitigation, "use": "option_score"}},
                    # 80 % of the chosen phase's maximum; the tool halves the maximum over both
                    # phases for that, i.e. 40 % of it
                    "current": {
                        "scale": {
                            "score": "raw_impact",
                            "factor": 0.85,
                            "round": True,
                            "when": {"score": "mitigation", "at_least_fraction": 0.4},
                        }
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
            "outcomes": [
                {"id": f"level_{n}", "label": {"en": f"Impact level {n}"}, "level": n}
                for n in (1, 2, 3, 4)
            ],
        }

    def _names(self, elements: list[Data]) -> list[str]:
        names: list[str] = []
        for element in elements:
            if "elements" in element:
                names += self._names(element["elements"])
            else:
                names.append(element.get("name", ""))
        return names

    # the Canadian rule, restated from the README (store.ts, calculateFinalScore)
    def canadian_result(self, data: dict[str, Any]) -> tuple[float, float, float, int]:
        raw = mitigation = max_raw = max_mitigation = 0.0
        for name, kind in self.kind.items():
            if not kind:
                continue
            value = data.get(name)
            got = sum(map(weight, value)) if isinstance(value, list) else weight(value or "")
            weights = [weight(o) for o in self.options(name)]
            most = sum(weights) if self.elements[name]["type"] == "checkbox" else max(weights)
            if kind == "RS":
                raw, max_raw = raw + got, max_raw + most
            else:
                mitigation, max_mitigation = mitigation + got, max_mitigation + most
        total = round(0.85 * raw) if mitigation >= 0.8 * (max_mitigation / 2) else raw
        level = 1 if total <= max_raw * 0.25 else 2 if total <= max_raw * 0.5 else 3
        if total > max_raw * 0.75:
            level = 4
        return raw, mitigation, total, level


@pytest.fixture(scope="module")
def translation() -> Translation:
    return Translation(json.loads(SURVEY.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def aia(translation: Translation) -> Definition:
    return parse_definition(translation.definition(), source=str(SURVEY))


def test_the_survey_translates_into_a_valid_definition(aia: Definition) -> None:
    questions = list(aia.all_questions())
    assert len(questions) > 100
    assert {q.type for q in questions} == {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}
    assert sum(1 for q in questions if q.condition is not None) > 20
    assert aia.section("fairnessDesign").condition is not None


def test_the_maxima_are_the_tools(aia: Definition, translation: Translation) -> None:
    result = evaluate(aia, {})
    max_raw = sum(
        (sum if translation.elements[n]["type"] == "checkbox" else max)(
            weight(o) for o in translation.options(n)
        )
        for n, k in translation.kind.items()
        if k == "RS"
    )
    assert result.maxima["raw_impact"] == max_raw
    assert result.maxima["current"] == max_raw
    assert result.outcome is not None and result.outcome.id == "level_1"


def answer_at_random(aia: Definition, rng: random.Random, bias: float) -> dict[str, Answer]:
    """Answer the questions shown, in order, as a person would (hidden ones stay unanswered)."""
    answers: dict[str, Answer] = {}
    for question in aia.all_questions():
        if not Resolver(aia, answers).question_shown(question.id):
            continue
        options = sorted(question.options, key=lambda o: o.score or 0)
        if question.type is QuestionType.MULTIPLE_CHOICE:
            chosen = tuple(o.id for o in options if rng.random() < bias)
            answers[question.id] = Answer(chosen)
        elif bias >= 1:  # the highest-scoring option
            answers[question.id] = Answer(options[-1].id)
        else:  # the lowest-scoring option, or with probability ``bias`` any option
            pick = rng.choice(options) if rng.random() < bias else options[0]
            answers[question.id] = Answer(pick.id)
    shown = Resolver(aia, answers)
    return {k: v for k, v in answers.items() if shown.question_shown(k)}


def test_scores_and_levels_match_the_canadian_rule(
    aia: Definition, translation: Translation
) -> None:
    levels = set()
    reduced = False
    for seed in range(40):
        rng = random.Random(seed)
        answers = answer_at_random(aia, rng, bias=[0.1, 0.4, 0.8, 1.0][seed % 4])
        data = {
            k: list(a.value) if isinstance(a.value, tuple) else a.value for k, a in answers.items()
        }
        raw, mitigation, total, level = translation.canadian_result(data)
        result = evaluate(aia, answers)
        assert result.scores == {"raw_impact": raw, "mitigation": mitigation, "current": total}
        assert result.outcome is not None and result.outcome.level == level, seed
        levels.add(level)
        reduced = reduced or total < raw
    assert levels == {1, 2, 3, 4}  # the answers reached every impact level
    assert reduced  # and strong mitigation lowered the score
