"""Checks across a parsed definition: unique ids, references, suitable tests, no cycles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NoReturn

from govkit.assessments.conditions import (
    Answered,
    AtLeast,
    AtLeastFraction,
    AtMost,
    Condition,
    Equals,
    Includes,
    OneOf,
    QuestionIs,
    ScoreIs,
    Test,
    leaves,
    name_of,
)
from govkit.assessments.definition import (
    CHOICE_TYPES,
    GAUGE_LEVELS,
    YES_NO_VALUES,
    Definition,
    Question,
    QuestionType,
    Section,
)
from govkit.assessments.errors import DefinitionError
from govkit.assessments.scoring import Count, Highest, Scale, Scoring, Sum, Total

NodeKey = tuple[str, str]  # ("question" | "section" | "score", id)

_TEXT_TYPES = frozenset({QuestionType.TEXT, QuestionType.LONG_TEXT, QuestionType.DATE})
_NUMERIC_TYPES = frozenset({QuestionType.NUMBER, QuestionType.GAUGE})


def check_definition(definition: Definition, source: str) -> None:
    _Checker(definition, source).run()


class _Checker:
    def __init__(self, definition: Definition, source: str) -> None:
        self.definition = definition
        self.source = source
        self.scoring = definition.scoring or Scoring()
        self.paths: dict[NodeKey, str] = {}
        self.questions: dict[str, Question] = {}
        self.sections: dict[str, Section] = {}

    def fail(self, path: str, problem: str) -> NoReturn:
        raise DefinitionError(self.source, path, problem)

    def run(self) -> None:
        self._index_ids()
        outcomes: set[str] = set()
        for index, outcome in enumerate(self.definition.outcomes):
            if outcome.id in outcomes:
                self.fail(f"$.outcomes[{index}].id", f"outcome id {outcome.id!r} is used twice")
            outcomes.add(outcome.id)
        for (kind, item_id), path in list(self.paths.items()):
            if kind == "question":
                self._check_options(self.questions[item_id], path)
            condition = self._condition_of((kind, item_id))
            if condition is not None:
                self._check_condition(condition)
        self._check_scoring(outcomes)
        self._check_cycles()

    # -- ids -----------------------------------------------------------------------------------

    def _index_ids(self) -> None:
        def visit(section: Section, path: str) -> None:
            if section.id in self.sections:
                self.fail(f"{path}.id", f"section id {section.id!r} is used twice")
            self.sections[section.id] = section
            self.paths[("section", section.id)] = path
            for index, question in enumerate(section.questions):
                where = f"{path}.questions[{index}]"
                if question.id in self.questions:
                    self.fail(f"{where}.id", f"question id {question.id!r} is used twice")
                self.questions[question.id] = question
                self.paths[("question", question.id)] = where
            for index, child in enumerate(section.sections):
                visit(child, f"{path}.sections[{index}]")

        for index, section in enumerate(self.definition.sections):
            visit(section, f"$.sections[{index}]")
        for score in self.scoring.scores:
            self.paths[("score", score.id)] = f"$.scoring.scores.{score.id}"

    def _check_options(self, question: Question, path: str) -> None:
        seen: set[str] = set()
        for index, option in enumerate(question.options):
            if option.id in seen:
                self.fail(f"{path}.options[{index}].id", f"option id {option.id!r} is used twice")
            seen.add(option.id)

    # -- conditions and tests ------------------------------------------------------------------

    def _condition_of(self, key: NodeKey) -> Condition | None:
        kind, item_id = key
        if kind == "question":
            return self.questions[item_id].condition
        if kind == "section":
            return self.sections[item_id].condition
        score = self.scoring.score(item_id)
        return score.rule.when if score is not None and isinstance(score.rule, Scale) else None

    def _check_condition(self, condition: Condition) -> None:
        for leaf in leaves(condition):
            if isinstance(leaf, QuestionIs):
                question = self.questions.get(leaf.question)
                if question is None:
                    self.fail(f"{leaf.path}.question", f"unknown question {leaf.question!r}")
                else:
                    self._check_test(leaf.test, question, leaf.path)
            else:
                self._check_score_test(leaf)

    def _check_score_test(self, leaf: ScoreIs) -> None:
        if self.scoring.score(leaf.score) is None:
            self.fail(f"{leaf.path}.score", f"unknown score {leaf.score!r}")
        test = leaf.test
        if isinstance(test, Answered | Includes) or (
            isinstance(test, Equals | OneOf) and any(isinstance(v, str) for v in _values(test))
        ):
            self.fail(
                f"{leaf.path}.{name_of(test)}",
                "a score is a number: use equals, in, at_least, at_most or at_least_fraction "
                "with numbers",
            )

    def _check_test(self, test: Test, question: Question, path: str) -> None:
        where = f"{path}.{name_of(test)}"
        kind = question.type
        problem = f"'{name_of(test)}' does not apply to the {kind.value} question {question.id!r}"
        if isinstance(test, Answered):
            return
        if isinstance(test, AtLeastFraction):
            self.fail(where, "'at_least_fraction' applies to scores, not to answers")
        if isinstance(test, AtLeast | AtMost):
            if kind not in _NUMERIC_TYPES:
                self.fail(where, problem)
            return
        if isinstance(test, Includes):
            if kind is QuestionType.MULTIPLE_CHOICE:
                self._check_value(test.value, question, where)
            elif kind is not QuestionType.LIST:
                self.fail(where, problem + " (use 'equals' or 'in')")
            return
        if kind in (QuestionType.MULTIPLE_CHOICE, QuestionType.LIST):
            self.fail(where, problem + " (use 'includes')")
        for value in _values(test):
            self._check_value(value, question, where)

    def _check_value(self, value: str | float, question: Question, where: str) -> None:
        kind = question.type
        if kind in CHOICE_TYPES:
            if question.option(str(value)) is None or not isinstance(value, str):
                offered = ", ".join(o.id for o in question.options)
                self.fail(where, f"{question.id!r} offers no option {value!r} (options: {offered})")
        elif kind is QuestionType.YES_NO:
            if value not in YES_NO_VALUES:
                self.fail(where, f"a yes_no answer is 'yes' or 'no', not {value!r}")
        elif kind in _TEXT_TYPES or kind is QuestionType.LIST:
            if not isinstance(value, str):
                self.fail(where, f"{question.id!r} is answered with a text, not {value!r}")
        elif isinstance(value, str):
            self.fail(where, f"{question.id!r} is answered with a number, not {value!r}")
        elif kind is QuestionType.GAUGE and value not in range(1, GAUGE_LEVELS + 1):
            self.fail(where, f"a gauge level is 1 to {GAUGE_LEVELS}, not {value:g}")

    # -- scoring -------------------------------------------------------------------------------

    def _check_scoring(self, outcomes: set[str]) -> None:
        for score in self.scoring.scores:
            rule = score.rule
            if isinstance(rule, Count | Sum | Highest):
                for index, question_id in enumerate(rule.questions):
                    where = f"{rule.path}.questions[{index}]"
                    question = self.questions.get(question_id)
                    if question is None:
                        self.fail(where, f"unknown question {question_id!r}")
                    elif isinstance(rule, Count):
                        self._check_test(rule.test, question, rule.path)
                    else:
                        self._check_summable(rule, question, where)
            elif isinstance(rule, Total):
                for index, score_id in enumerate(rule.scores):
                    self._check_score_ref(score_id, f"{rule.path}.scores[{index}]", score.id)
            else:
                self._check_score_ref(rule.score, f"{rule.path}.score", score.id)
        outcome_rule = self.scoring.outcome
        if outcome_rule is not None:
            if self.scoring.score(outcome_rule.score) is None:
                self.fail(f"{outcome_rule.path}.score", f"unknown score {outcome_rule.score!r}")
            for threshold in outcome_rule.thresholds:
                if threshold.outcome not in outcomes:
                    self.fail(f"{threshold.path}.outcome", f"unknown outcome {threshold.outcome!r}")
        for override in self.scoring.overrides:
            if override.outcome not in outcomes:
                self.fail(f"{override.path}.outcome", f"unknown outcome {override.outcome!r}")
            self._check_condition(override.condition)

    def _check_score_ref(self, score_id: str, where: str, owner: str) -> None:
        if self.scoring.score(score_id) is None:
            self.fail(where, f"unknown score {score_id!r}")
        if score_id == owner:
            self.fail(where, f"score {owner!r} refers to itself")

    def _check_summable(self, rule: Sum | Highest, question: Question, where: str) -> None:
        kind = question.type
        if rule.use == "option_score":
            if kind not in CHOICE_TYPES:
                self.fail(
                    where,
                    f"'option_score' needs a choice question; {question.id!r} is {kind.value}",
                )
        elif kind is QuestionType.NUMBER:
            if question.max is None:
                self.fail(where, f"number question {question.id!r} needs a 'max' to be summed")
        elif kind is not QuestionType.GAUGE:
            self.fail(
                where, f"'value' needs a number or gauge question; {question.id!r} is {kind.value}"
            )

    # -- cycles --------------------------------------------------------------------------------

    def _dependencies(self, key: NodeKey) -> Iterator[NodeKey]:
        kind, item_id = key
        if kind == "question":
            yield ("section", self.definition.sections_around(item_id)[-1])
        elif kind == "section":
            above = self.definition.sections_above(item_id)
            if above:
                yield ("section", above[-1])
        else:
            score = self.scoring.score(item_id)
            assert score is not None
            rule = score.rule
            if isinstance(rule, Count | Sum | Highest):
                yield from (("question", q) for q in rule.questions)
            elif isinstance(rule, Total):
                yield from (("score", s) for s in rule.scores)
            else:
                yield ("score", rule.score)
        condition = self._condition_of(key)
        if condition is not None:
            for leaf in leaves(condition):
                if isinstance(leaf, QuestionIs):
                    yield ("question", leaf.question)
                else:
                    yield ("score", leaf.score)

    def _check_cycles(self) -> None:
        done: set[NodeKey] = set()
        for start in self.paths:
            if start in done:
                continue
            stack: list[NodeKey] = []
            on_stack: set[NodeKey] = set()
            self._visit(start, stack, on_stack, done)

    def _visit(
        self, key: NodeKey, stack: list[NodeKey], on_stack: set[NodeKey], done: set[NodeKey]
    ) -> None:
        if key in done:
            return
        if key in on_stack:
            cycle = [*stack[stack.index(key) :], key]
            described = " -> ".join(f"{kind} {item!r}" for kind, item in cycle)
            self.fail(self.paths[key], f"circular dependency: {described}")
        stack.append(key)
        on_stack.add(key)
        for dependency in self._dependencies(key):
            self._visit(dependency, stack, on_stack, done)
        stack.pop()
        on_stack.discard(key)
        done.add(key)


def _values(test: Equals | OneOf) -> tuple[str | float, ...]:
    return test.values if isinstance(test, OneOf) else (test.value,)
