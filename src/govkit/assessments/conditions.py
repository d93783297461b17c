"""The condition language: when a section or question is shown, when an override applies.

A condition is a JSON object of one of these forms::

    {"question": "q1", "equals": "yes"}          the answer is this option, text or number
    {"question": "q2", "in": ["a", "b"]}         the answer is one of these
    {"question": "q3", "includes": "x"}          a multiple choice (or list) contains this
    {"question": "q4", "answered": true}         the question is answered (false: it is not)
    {"question": "q5", "at_least": 3}            a number or gauge is at least (at_most: at most)
    {"score": "s1", "at_least": 2}               a score is at least (also equals, at_most)
    {"score": "s1", "at_least_fraction": 0.8}    a score reaches this share of its maximum
    {"all": [...]}, {"any": [...]}, {"not": {...}}

A question that is hidden or unanswered (or whose answer is not valid) satisfies no test
except ``"answered": false``; ``{"not": ...}`` of a test on it therefore holds. Which tests suit
which question type, and whether referenced questions and scores exist, is checked when the
definition is parsed (``checks.py``); cycles too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from govkit.assessments.reading import Node, describe

Scalar = str | float
# What a condition sees of an answer: None when the question is hidden or not (validly) answered.
Seen = str | int | float | tuple[str, ...] | None

EPSILON = 1e-9


@dataclass(frozen=True)
class Equals:
    value: Scalar


@dataclass(frozen=True)
class OneOf:
    values: tuple[Scalar, ...]


@dataclass(frozen=True)
class Includes:
    value: str


@dataclass(frozen=True)
class Answered:
    expected: bool


@dataclass(frozen=True)
class AtLeast:
    value: float


@dataclass(frozen=True)
class AtMost:
    value: float


@dataclass(frozen=True)
class AtLeastFraction:
    value: float


Test = Equals | OneOf | Includes | Answered | AtLeast | AtMost | AtLeastFraction

TEST_KEYS = ("equals", "in", "includes", "answered", "at_least", "at_most", "at_least_fraction")


@dataclass(frozen=True)
class QuestionIs:
    question: str
    test: Test
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class ScoreIs:
    score: str
    test: Test
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    condition: Condition


Condition = QuestionIs | ScoreIs | AllOf | AnyOf | Not


# -- parsing -----------------------------------------------------------------------------------


def parse_condition(node: Node) -> Condition:
    if not isinstance(node.value, dict):
        node.fail(f"a condition must be an object, found {describe(node.value)}")
    keys = set(node.value)
    if "all" in keys or "any" in keys:
        name = "all" if "all" in keys else "any"
        members = node.fields((name,))[name].items(non_empty=True)
        parts = tuple(parse_condition(member) for member in members)
        return AllOf(parts) if name == "all" else AnyOf(parts)
    if "not" in keys:
        return Not(parse_condition(node.fields(("not",))["not"]))
    for subject in ("question", "score"):
        if subject in keys:
            fields = node.fields((subject,), TEST_KEYS)
            target = fields.pop(subject).identifier()
            test = parse_test(node, fields)
            if subject == "question":
                return QuestionIs(target, test, node.path)
            return ScoreIs(target, test, node.path)
    node.fail(
        "a condition needs 'question' or 'score' with a test, or 'all', 'any' or 'not' "
        f"(found keys: {', '.join(sorted(map(str, keys))) or 'none'})"
    )


def parse_test(owner: Node, members: dict[str, Node]) -> Test:
    """The one test among ``members`` (keys of TEST_KEYS), e.g. ``{"equals": "yes"}``."""
    tests = [key for key in members if key in TEST_KEYS]
    if len(tests) != 1:
        owner.fail(f"exactly one test is needed among {', '.join(TEST_KEYS)}")
    key = tests[0]
    node = members[key]
    if key == "equals":
        return Equals(node.scalar())
    if key == "in":
        return OneOf(tuple(item.scalar() for item in node.items(non_empty=True)))
    if key == "includes":
        return Includes(node.string())
    if key == "answered":
        return Answered(node.boolean())
    if key == "at_least":
        return AtLeast(node.number())
    if key == "at_most":
        return AtMost(node.number())
    return AtLeastFraction(node.number(0.0, 1.0))


def name_of(test: Test) -> str:
    return {
        Equals: "equals",
        OneOf: "in",
        Includes: "includes",
        Answered: "answered",
        AtLeast: "at_least",
        AtMost: "at_most",
        AtLeastFraction: "at_least_fraction",
    }[type(test)]


def leaves(condition: Condition) -> Iterator[QuestionIs | ScoreIs]:
    """Every test on a question or a score inside the condition."""
    if isinstance(condition, QuestionIs | ScoreIs):
        yield condition
    elif isinstance(condition, AllOf | AnyOf):
        for part in condition.conditions:
            yield from leaves(part)
    else:
        yield from leaves(condition.condition)


# -- evaluation --------------------------------------------------------------------------------


class Context(Protocol):
    """What a condition can see: answers of shown questions and the current scores."""

    def seen(self, question_id: str) -> Seen: ...

    def score(self, score_id: str) -> float: ...

    def maximum(self, score_id: str) -> float: ...


def holds(condition: Condition, context: Context) -> bool:
    if isinstance(condition, QuestionIs):
        return passes(condition.test, context.seen(condition.question))
    if isinstance(condition, ScoreIs):
        value = context.score(condition.score)
        if isinstance(condition.test, AtLeastFraction):
            return at_least(value, condition.test.value * context.maximum(condition.score))
        return passes(condition.test, value)
    if isinstance(condition, AllOf):
        return all(holds(part, context) for part in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(holds(part, context) for part in condition.conditions)
    return not holds(condition.condition, context)


def passes(test: Test, value: Seen) -> bool:
    """Whether an answer (None: hidden or unanswered) passes a test."""
    if isinstance(test, Answered):
        return (value is not None) == test.expected
    if value is None:
        return False
    if isinstance(test, Equals):
        return same(value, test.value)
    if isinstance(test, OneOf):
        return any(same(value, candidate) for candidate in test.values)
    if isinstance(test, Includes):
        return isinstance(value, tuple) and test.value in value
    if isinstance(value, str | tuple):
        return False
    if isinstance(test, AtLeast):
        return at_least(value, test.value)
    if isinstance(test, AtMost):
        return at_least(test.value, value)
    return False  # a fraction applies to scores only


def same(value: Seen, expected: Scalar) -> bool:
    if isinstance(expected, str) or isinstance(value, str):
        return value == expected
    if isinstance(value, tuple) or value is None:
        return False
    return abs(value - expected) <= EPSILON * max(1.0, abs(expected))


def at_least(value: float, limit: float) -> bool:
    """``value >= limit``, forgiving the rounding of fractions (0.1 * 30 > 3.0 in floats)."""
    return value >= limit - EPSILON * max(1.0, abs(limit))


def above(value: float, limit: float) -> bool:
    return value > limit + EPSILON * max(1.0, abs(limit))
