"""What a set of answers makes of a definition: shown sections and questions, scores, maxima.

One ``Resolver`` serves one evaluation and remembers what it worked out. A question is shown
when every section around it is shown and its own condition holds; conditions see only the
valid answers of shown questions. Definitions are checked for cycles when parsed, so the
recursion between visibility and scores ends.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from govkit.assessments.answers import Answer, AnswerValue
from govkit.assessments.conditions import Seen, holds, passes
from govkit.assessments.definition import GAUGE_LEVELS, Definition, Question, QuestionType
from govkit.assessments.scoring import Count, Highest, Rule, Scale, Scoring, Sum, Total
from govkit.assessments.validation import validate_answer


class Resolver:
    def __init__(self, definition: Definition, answers: Mapping[str, Answer]) -> None:
        self.definition = definition
        self.answers = answers
        self.scoring = definition.scoring or Scoring()
        self._sections: dict[str, bool] = {}
        self._questions: dict[str, bool] = {}
        self._values: dict[str, AnswerValue] = {}
        self._scores: dict[str, float] = {}
        self._maxima: dict[str, float] = {}

    # -- visibility ----------------------------------------------------------------------------

    def section_shown(self, section_id: str) -> bool:
        if section_id not in self._sections:
            above = self.definition.sections_above(section_id)
            condition = self.definition.section(section_id).condition
            self._sections[section_id] = (not above or self.section_shown(above[-1])) and (
                condition is None or holds(condition, self)
            )
        return self._sections[section_id]

    def question_shown(self, question_id: str) -> bool:
        if question_id not in self._questions:
            section_id = self.definition.sections_around(question_id)[-1]
            condition = self.definition.question(question_id).condition
            self._questions[question_id] = self.section_shown(section_id) and (
                condition is None or holds(condition, self)
            )
        return self._questions[question_id]

    def value(self, question_id: str) -> AnswerValue:
        """The answer's value if it is a valid answer, shown or not; else None."""
        if question_id not in self._values:
            answer = self.answers.get(question_id)
            value = answer.value if answer is not None and answer.answered else None
            question = self.definition.question(question_id)
            if value is not None and validate_answer(question, value) is not None:
                value = None
            self._values[question_id] = value
        return self._values[question_id]

    def answered(self, question_id: str) -> bool:
        return self.value(question_id) is not None

    # -- conditions.Context --------------------------------------------------------------------

    def seen(self, question_id: str) -> Seen:
        return self.value(question_id) if self.question_shown(question_id) else None

    def score(self, score_id: str) -> float:
        if score_id not in self._scores:
            score = self.scoring.score(score_id)
            assert score is not None, score_id
            self._scores[score_id] = float(self._compute(score.rule))
        return self._scores[score_id]

    def maximum(self, score_id: str) -> float:
        if score_id not in self._maxima:
            score = self.scoring.score(score_id)
            assert score is not None, score_id
            self._maxima[score_id] = float(self._compute_maximum(score.rule))
        return self._maxima[score_id]

    # -- scores --------------------------------------------------------------------------------

    def _weight(self, rule: Count | Sum, question_id: str) -> float:
        return self.definition.question(question_id).weight if rule.weights else 1.0

    def _counted(self, rule: Count | Sum | Highest, question_id: str) -> bool:
        return rule.max_over == "all" or self.question_shown(question_id)

    def _scored(self, rule: Count | Sum, question_id: str) -> Seen:
        """What a count or sum sees of an answer: hidden ones too with ``count_hidden``."""
        return self.value(question_id) if rule.count_hidden else self.seen(question_id)

    def _compute(self, rule: Rule) -> float:
        if isinstance(rule, Count):
            return sum(
                self._weight(rule, q)
                for q in rule.questions
                if (rule.count_hidden or self.question_shown(q))
                and passes(rule.test, self._scored(rule, q))
            )
        if isinstance(rule, Sum):
            return sum(
                self._weight(rule, q)
                * _contribution(self.definition.question(q), self._scored(rule, q))
                for q in rule.questions
            )
        if isinstance(rule, Highest):
            return max(
                (
                    _contribution(self.definition.question(q), self.seen(q))
                    for q in rule.questions
                    if self.seen(q) is not None
                ),
                default=0.0,
            )
        if isinstance(rule, Total):
            return sum(self.score(s) for s in rule.scores)
        base = self.score(rule.score)
        if rule.when is not None and not holds(rule.when, self):
            return base
        return _scaled(base, rule)

    def _compute_maximum(self, rule: Rule) -> float:
        if isinstance(rule, Count):
            return sum(self._weight(rule, q) for q in rule.questions if self._counted(rule, q))
        if isinstance(rule, Sum):
            return sum(
                self._weight(rule, q) * _question_maximum(self.definition.question(q))
                for q in rule.questions
                if self._counted(rule, q)
            )
        if isinstance(rule, Highest):
            return max(
                (
                    _question_maximum(self.definition.question(q))
                    for q in rule.questions
                    if self._counted(rule, q)
                ),
                default=0.0,
            )
        if isinstance(rule, Total):
            return sum(self.maximum(s) for s in rule.scores)
        base = self.maximum(rule.score)
        scaled = _scaled(base, rule)
        return scaled if rule.when is None else max(base, scaled)


def _scaled(value: float, rule: Scale) -> float:
    scaled = value * rule.factor
    return round_half_up(scaled) if rule.round else scaled


def round_half_up(value: float) -> float:
    """The nearest whole number, halves going up: JavaScript's ``Math.round``, exactly.

    ``floor(value + 0.5)`` is not: the addition itself rounds, so 0.49999999999999994 would
    give 1. ``value - floor(value)`` is exact for every float.
    """
    low = math.floor(value)
    return float(low + 1 if value - low >= 0.5 else low)


def _contribution(question: Question, value: Seen) -> float:
    """What a (valid) answer adds to a sum: option scores, or the number or level."""
    if value is None:
        return 0.0
    if question.type in (QuestionType.NUMBER, QuestionType.GAUGE):
        return float(value) if isinstance(value, int | float) else 0.0
    chosen = value if isinstance(value, tuple) else (value,)
    total = 0.0
    for option_id in chosen:
        option = question.option(str(option_id))
        if option is not None and option.score is not None:
            total += option.score
    return total


def _question_maximum(question: Question) -> float:
    if question.type is QuestionType.NUMBER:
        return max(0.0, question.max or 0.0)
    if question.type is QuestionType.GAUGE:
        return float(GAUGE_LEVELS)
    scores = [(o.score or 0.0, o.exclusive) for o in question.options]
    if question.type is QuestionType.SINGLE_CHOICE:
        return max([0.0, *(score for score, _exclusive in scores)])
    together = sum(score for score, exclusive in scores if score > 0 and not exclusive)
    alone = [score for score, exclusive in scores if exclusive]
    return max([0.0, together, *alone])
