"""The questionnaire engine: pure functions of a definition and a set of answers.

Answers are a mapping from question id to ``Answer``. Answers to hidden questions are kept
(showing the question again brings them back) but count for nothing: not for progress, not
for required questions, not in conditions, not in scores. An answer that does not suit its
question (``validate_answer``) counts as unanswered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from govkit.assessments.answers import (
    Answer,
    AnswerValue,
    answers_from_json,
    answers_to_json,
    is_answered,
)
from govkit.assessments.conditions import above, at_least, holds
from govkit.assessments.definition import Definition, Outcome, Question, Section
from govkit.assessments.resolver import Resolver
from govkit.assessments.scoring import OutcomeRule, Scoring, Threshold
from govkit.assessments.validation import validate_answer
from govkit.i18n import _

__all__ = [
    "Answer",
    "AnswerValue",
    "Evaluation",
    "Progress",
    "answers_from_json",
    "answers_to_json",
    "evaluate",
    "is_answered",
    "missing_required",
    "progress",
    "validate_answer",
    "validate_answers",
    "visible_questions",
    "visible_sections",
]

Answers = Mapping[str, Answer]


@dataclass(frozen=True)
class Progress:
    answered: int  # shown questions with a valid answer
    total: int  # shown questions
    required_missing: int  # shown required questions without a valid answer

    @property
    def ratio(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.required_missing == 0


@dataclass(frozen=True)
class Evaluation:
    scores: dict[str, float]
    maxima: dict[str, float]  # the most each score can reach (see scoring.py)
    outcome: Outcome | None  # None while required questions are unanswered, unless decided
    reasons: list[str]  # why, in the language asked for
    complete: bool  # every shown required question is answered
    decided_by_override: bool = False  # the outcome comes from an override
    # What the answers given so far lead to (unanswered questions counting as not met);
    # for a "so far" hint while the questionnaire is incomplete. Equals outcome when complete.
    provisional: Outcome | None = None
    missing: list[str] = field(default_factory=list)  # ids of required questions unanswered


def validate_answers(definition: Definition, answers: Answers) -> dict[str, str]:
    """Problems with a whole set of answers (e.g. imported ones), by question id (translated)."""
    problems: dict[str, str] = {}
    for question_id, answer in answers.items():
        if not definition.has_question(question_id):
            problems[question_id] = _("This questionnaire has no question “{id}”.").format(
                id=question_id
            )
            continue
        question = definition.question(question_id)
        problem = validate_answer(question, answer.value)
        if problem is None and answer.note and not question.note:
            problem = _("This question takes no note.")
        if problem is not None:
            problems[question_id] = problem
    return problems


def visible_sections(definition: Definition, answers: Answers) -> list[Section]:
    """Shown sections and subsections in document order (a subsection after its parent)."""
    resolver = Resolver(definition, answers)
    return [s for s in definition.all_sections() if resolver.section_shown(s.id)]


def visible_questions(definition: Definition, answers: Answers) -> list[Question]:
    """Shown questions in document order."""
    resolver = Resolver(definition, answers)
    return [q for q in definition.all_questions() if resolver.question_shown(q.id)]


def missing_required(definition: Definition, answers: Answers) -> list[Question]:
    """Shown required questions without a valid answer, in document order."""
    return _missing(Resolver(definition, answers))


def progress(definition: Definition, answers: Answers) -> Progress:
    resolver = Resolver(definition, answers)
    shown = [q for q in definition.all_questions() if resolver.question_shown(q.id)]
    answered = sum(1 for q in shown if resolver.answered(q.id))
    return Progress(answered, len(shown), len(_missing(resolver)))


def _missing(resolver: Resolver) -> list[Question]:
    return [
        q
        for q in resolver.definition.all_questions()
        if q.required and resolver.question_shown(q.id) and not resolver.answered(q.id)
    ]


def evaluate(definition: Definition, answers: Answers, language: str = "en") -> Evaluation:
    """Scores, maxima and outcome of ``answers``, with the reasons in ``language``.

    The outcome is the highest-level one among the thresholds' outcome and the overrides that
    apply (an override wins a tie). While required questions are unanswered there is no
    outcome, unless an override that applies already gives the highest level the definition
    knows: further answers cannot change that (``decided_by_override``).
    """
    resolver = Resolver(definition, answers)
    scoring = definition.scoring or Scoring()
    scores = {s.id: resolver.score(s.id) for s in scoring.scores}
    maxima = {s.id: resolver.maximum(s.id) for s in scoring.scores}
    missing = [q.id for q in _missing(resolver)]
    complete = not missing

    reasons: list[str] = []
    best_override: Outcome | None = None
    for override in scoring.overrides:
        if holds(override.condition, resolver):
            forced = definition.outcome(override.outcome)
            reasons.append(
                override.reason.get(language)
                if override.reason is not None
                else _("A rule of the questionnaire leads to “{outcome}”.").format(
                    outcome=forced.label.get(language)
                )
            )
            if best_override is None or forced.level > best_override.level:
                best_override = forced

    by_threshold: Outcome | None = None
    if scoring.outcome is not None:
        by_threshold, explained = _threshold_outcome(
            definition, scoring.outcome, scores, maxima, language
        )
        if complete:
            reasons.append(explained)

    provisional = best_override
    if by_threshold is not None and (provisional is None or by_threshold.level > provisional.level):
        provisional = by_threshold
    decided_by_override = best_override is not None and provisional is best_override

    outcome: Outcome | None = provisional if complete else None
    if not complete:
        top = max((o.level for o in definition.outcomes), default=0)
        if best_override is not None and best_override.level >= top:
            outcome = best_override
        else:
            decided_by_override = False
            reasons = [
                _("Required questions still unanswered: {count}.").format(count=len(missing))
            ]
    return Evaluation(
        scores=scores,
        maxima=maxima,
        outcome=outcome,
        reasons=reasons,
        complete=complete,
        decided_by_override=decided_by_override,
        provisional=provisional,
        missing=missing,
    )


def _threshold_outcome(
    definition: Definition,
    rule: OutcomeRule,
    scores: dict[str, float],
    maxima: dict[str, float],
    language: str,
) -> tuple[Outcome | None, str]:
    value, maximum = scores[rule.score], maxima[rule.score]
    score = definition.scoring.score(rule.score) if definition.scoring else None
    name = score.label.get(language) if score is not None and score.label else rule.score
    for threshold in rule.thresholds:
        if _reaches(value, maximum, threshold):
            outcome = definition.outcome(threshold.outcome)
            if threshold.reason is not None:
                return outcome, threshold.reason.get(language)
            explained = _("{score}: {value} out of {maximum}, which leads to “{outcome}”.")
            return outcome, explained.format(
                score=name,
                value=_format(value),
                maximum=_format(maximum),
                outcome=outcome.label.get(language),
            )
    return None, _("{score}: {value} out of {maximum} reaches no threshold.").format(
        score=name, value=_format(value), maximum=_format(maximum)
    )


def _reaches(value: float, maximum: float, threshold: Threshold) -> bool:
    limit = threshold.value * maximum if threshold.fraction else threshold.value
    return above(value, limit) if threshold.strict else at_least(value, limit)


def _format(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:.2f}".rstrip("0")
