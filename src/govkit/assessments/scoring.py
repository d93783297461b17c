"""Scoring rules: named scores computed from answers, thresholds to an outcome, overrides.

``"scoring"`` in a definition::

    {"scores": {"<id>": {"label": {...}, "<rule>": {...}}, ...},
     "outcome": {"score": "<id>", "thresholds": [{"min": 2, "outcome": "..."}, ...]},
     "overrides": [{"condition": {...}, "outcome": "...", "reason": {...}}]}

Rules (each score has exactly one):

- ``count``: how many of ``questions`` pass a test (``"equals": "yes"``, ``"includes"``, …);
  with ``"weights": true`` each counts its question's ``weight``.
- ``sum``: ``"use": "option_score"`` adds the chosen options' scores (single or multiple
  choice), ``"use": "value"`` adds numbers or gauge levels; ``"weights": true`` multiplies each
  by its question's ``weight``.
- ``highest``: the highest contribution among ``questions`` (``"use"`` as for ``sum``), e.g.
  the most serious of several gauges; 0 while none is answered.
- ``total``: the sum of other ``scores``.
- ``scale``: another ``score`` times ``factor`` (rounded half up with ``"round": true``, as
  JavaScript's ``Math.round``), only while ``when`` holds if given (e.g. a reduction for
  strong mitigation).

``count`` and ``sum`` see the answers of shown questions only, unless ``"count_hidden": true``:
then every valid answer kept counts, shown or hidden, as in methods that score whatever answers
were saved (the Government of Canada's AIA tool sums every saved answer, whichever page shows).

Every score also has a maximum: the most its questions' options allow (a count: the number or
weights of its questions; a sum of numbers: their ``max``; a highest: the highest of its
questions' maxima). ``"max_over": "all"`` (the
default) takes every listed question, so the maximum does not move while answering;
``"max_over": "visible"`` only the questions currently shown (e.g. one branch of a fork).
Thresholds are tried from the top: ``min`` (score >= value), ``above`` (score > value) or, as
a share of the score's maximum, ``min_fraction`` and ``above_fraction``; each may carry the
``reason`` shown when it decides. Overrides give their outcome whenever their condition holds;
the outcome with the highest ``level`` wins (see ``engine.evaluate``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govkit.assessments.conditions import (
    TEST_KEYS,
    AtLeastFraction,
    Condition,
    Test,
    parse_condition,
    parse_test,
)
from govkit.assessments.reading import Node
from govkit.assessments.texts import Text, parse_text

MAX_OVER = ("all", "visible")
SUM_USES = ("option_score", "value")
THRESHOLD_KEYS = ("min", "above", "min_fraction", "above_fraction")


@dataclass(frozen=True)
class Count:
    questions: tuple[str, ...]
    test: Test
    weights: bool = False
    max_over: str = "all"
    count_hidden: bool = False  # answers kept for hidden questions count too
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Sum:
    questions: tuple[str, ...]
    use: str  # SUM_USES
    weights: bool = False
    max_over: str = "all"
    count_hidden: bool = False  # answers kept for hidden questions count too
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Highest:
    """The highest contribution of one question (as in Sum, without weights)."""

    questions: tuple[str, ...]
    use: str  # SUM_USES
    max_over: str = "all"
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Total:
    scores: tuple[str, ...]
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Scale:
    score: str
    factor: float
    round: bool = False
    when: Condition | None = None
    path: str = field(default="", compare=False, repr=False)


Rule = Count | Sum | Highest | Total | Scale


@dataclass(frozen=True)
class Score:
    id: str
    rule: Rule
    label: Text | None = None


@dataclass(frozen=True)
class Threshold:
    outcome: str
    value: float
    fraction: bool = False  # the value is a share of the score's maximum
    strict: bool = False  # "above" (score > limit) rather than "min" (score >= limit)
    reason: Text | None = None  # why, when this threshold decides (else a generic sentence)
    path: str = field(default="", compare=False, repr=False)

    @property
    def key(self) -> str:
        return ("above" if self.strict else "min") + ("_fraction" if self.fraction else "")


@dataclass(frozen=True)
class OutcomeRule:
    score: str
    thresholds: tuple[Threshold, ...]
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Override:
    condition: Condition
    outcome: str
    reason: Text | None = None
    path: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class Scoring:
    scores: tuple[Score, ...] = ()
    outcome: OutcomeRule | None = None
    overrides: tuple[Override, ...] = ()

    def score(self, score_id: str) -> Score | None:
        return next((s for s in self.scores if s.id == score_id), None)


def parse_scoring(node: Node, languages: tuple[str, ...]) -> Scoring:
    members = node.fields((), ("scores", "outcome", "overrides"))
    scores: list[Score] = []
    if "scores" in members:
        for score_id, score_node in members["scores"].mapping().items():
            scores.append(_parse_score(score_node, score_id, languages))
    outcome = _parse_outcome_rule(members["outcome"], languages) if "outcome" in members else None
    overrides = tuple(
        _parse_override(item, languages) for item in members.get("overrides", _EMPTY).items()
    )
    if outcome is None and overrides:
        members["overrides"].fail("overrides need an 'outcome' rule beside them")
    return Scoring(tuple(scores), outcome, overrides)


_EMPTY = Node([], "", "")


def _parse_score(node: Node, score_id: str, languages: tuple[str, ...]) -> Score:
    Node(score_id, node.path, node.source).identifier()
    rules = ("count", "sum", "highest", "total", "scale")
    members = node.fields((), ("label", *rules))
    present = [key for key in rules if key in members]
    if len(present) != 1:
        node.fail(f"a score needs exactly one rule among {', '.join(rules)}")
    label = parse_text(members["label"], languages) if "label" in members else None
    rule_node = members[present[0]]
    rule: Rule
    if present[0] == "count":
        fields = rule_node.fields(
            ("questions",), ("weights", "max_over", "count_hidden", *TEST_KEYS)
        )
        test = parse_test(rule_node, {k: v for k, v in fields.items() if k in TEST_KEYS})
        if isinstance(test, AtLeastFraction):
            rule_node.fail("'at_least_fraction' applies to scores, not to answers")
        rule = Count(
            _ids(fields["questions"]),
            test,
            _flag(fields, "weights"),
            _max_over(fields),
            _flag(fields, "count_hidden"),
            rule_node.path,
        )
    elif present[0] == "sum":
        fields = rule_node.fields(("questions", "use"), ("weights", "max_over", "count_hidden"))
        rule = Sum(
            _ids(fields["questions"]),
            _use(fields["use"]),
            _flag(fields, "weights"),
            _max_over(fields),
            _flag(fields, "count_hidden"),
            rule_node.path,
        )
    elif present[0] == "highest":
        fields = rule_node.fields(("questions", "use"), ("max_over",))
        rule = Highest(
            _ids(fields["questions"]), _use(fields["use"]), _max_over(fields), rule_node.path
        )
    elif present[0] == "total":
        fields = rule_node.fields(("scores",))
        rule = Total(_ids(fields["scores"]), rule_node.path)
    else:
        fields = rule_node.fields(("score", "factor"), ("round", "when"))
        when = parse_condition(fields["when"]) if "when" in fields else None
        rule = Scale(
            fields["score"].identifier(),
            fields["factor"].number(0.0),
            _flag(fields, "round"),
            when,
            rule_node.path,
        )
    return Score(score_id, rule, label)


def _parse_outcome_rule(node: Node, languages: tuple[str, ...]) -> OutcomeRule:
    fields = node.fields(("score", "thresholds"))
    thresholds: list[Threshold] = []
    for item in fields["thresholds"].items(non_empty=True):
        members = item.fields(("outcome",), (*THRESHOLD_KEYS, "reason"))
        keys = [key for key in THRESHOLD_KEYS if key in members]
        if len(keys) != 1:
            item.fail(f"a threshold needs exactly one of {', '.join(THRESHOLD_KEYS)}")
        key = keys[0]
        fraction = key.endswith("_fraction")
        value = members[key].number(0.0, 1.0) if fraction else members[key].number()
        reason = parse_text(members["reason"], languages) if "reason" in members else None
        threshold = Threshold(
            members["outcome"].identifier(),
            value,
            fraction,
            key.startswith("above"),
            reason,
            item.path,
        )
        if thresholds:
            previous = thresholds[-1]
            if previous.fraction != threshold.fraction:
                item.fail("do not mix thresholds on the score and on a share of its maximum")
            if (threshold.value, threshold.strict) >= (previous.value, previous.strict):
                item.fail(
                    f"thresholds must go from the highest to the lowest: {key} {value:g} "
                    f"comes after {previous.key} {previous.value:g}"
                )
        thresholds.append(threshold)
    return OutcomeRule(fields["score"].identifier(), tuple(thresholds), node.path)


def _parse_override(node: Node, languages: tuple[str, ...]) -> Override:
    fields = node.fields(("condition", "outcome"), ("reason",))
    reason = parse_text(fields["reason"], languages) if "reason" in fields else None
    return Override(
        parse_condition(fields["condition"]), fields["outcome"].identifier(), reason, node.path
    )


def _ids(node: Node) -> tuple[str, ...]:
    ids = [item.identifier() for item in node.items(non_empty=True)]
    for index, value in enumerate(ids):
        if value in ids[:index]:
            node.fail(f"{value!r} is listed twice")
    return tuple(ids)


def _use(node: Node) -> str:
    use = node.string()
    if use not in SUM_USES:
        node.fail(f"'use' must be one of {', '.join(SUM_USES)}, found {use!r}")
    return use


def _flag(fields: dict[str, Node], key: str) -> bool:
    return fields[key].boolean() if key in fields else False


def _max_over(fields: dict[str, Node]) -> str:
    if "max_over" not in fields:
        return "all"
    value = fields["max_over"].string()
    if value not in MAX_OVER:
        fields["max_over"].fail(f"'max_over' must be 'all' or 'visible', found {value!r}")
    return value
