"""A questionnaire definition as frozen dataclasses (read from JSON by ``parser.py``).

The JSON format is described in ``docs/questionnaires.md`` and ``docs/questionnaire.schema.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from govkit.assessments.conditions import Condition
from govkit.assessments.scoring import Scoring
from govkit.assessments.texts import Text


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"  # one option id
    MULTIPLE_CHOICE = "multiple_choice"  # a list of option ids
    YES_NO = "yes_no"  # "yes" or "no"
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"
    NUMBER = "number"  # between min and max when given
    DATE = "date"  # ISO 8601, YYYY-MM-DD
    GAUGE = "gauge"  # 1 to 4, a label per level
    LIST = "list"  # a list of short texts (tags)


CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})
YES_NO_VALUES = ("yes", "no")
GAUGE_LEVELS = 4
# A question's "suggestions": where the window finds values to show and offer beside it. Only
# the vault's pick lists so far ("catalogue:<kind>", a CatalogueKind value, resolved outside
# this package; an unknown kind simply offers nothing).
SUGGESTIONS_PATTERN = re.compile(r"catalogue:([a-z][a-z0-9_]{0,63})")


def suggestion_catalogue(source: str | None) -> str | None:
    """The catalogue kind named by a question's ``suggestions`` (None if it names none)."""
    match = SUGGESTIONS_PATTERN.fullmatch(source or "")
    return match.group(1) if match else None


@dataclass(frozen=True)
class Option:
    id: str
    label: Text
    score: float | None = None
    exclusive: bool = False  # multiple choice: chosen alone ("None of these")


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: Text
    guidance: Text | None = None
    cites: tuple[str, ...] = ()
    required: bool = False
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    levels: tuple[Text, ...] = ()  # gauge: the label of levels 1 to 4
    condition: Condition | None = None
    note: bool = True  # whether an answer may carry a note
    weight: float = 1.0
    external_ids: tuple[tuple[str, str], ...] = ()  # (scheme, id), e.g. ("cnil_pia", "111")
    suggestions: str | None = None  # e.g. "catalogue:dpia_required" (SUGGESTIONS_PATTERN)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def external_id(self, scheme: str) -> str | None:
        return dict(self.external_ids).get(scheme)


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    description: Text | None = None
    cites: tuple[str, ...] = ()
    condition: Condition | None = None
    questions: tuple[Question, ...] = ()
    sections: tuple[Section, ...] = ()  # subsections, shown after the questions

    def walk(self) -> Iterator[Section]:
        """This section, then its subsections, depth first."""
        yield self
        for child in self.sections:
            yield from child.walk()


@dataclass(frozen=True)
class Outcome:
    id: str
    label: Text
    level: int  # higher is more serious; orders outcomes and overrides
    explanation: Text | None = None


@dataclass(frozen=True)
class Definition:
    id: str
    version: int
    kind: str
    title: Text
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    description: Text | None = None
    scoring: Scoring | None = None
    outcomes: tuple[Outcome, ...] = ()
    # The JSON it was read from, kept verbatim (see to_json); not part of equality.
    source_json: str = field(default="", compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The exact JSON data this definition was read from (a fresh copy).

        An assessment stores it beside its answers, so that it opens and scores the same way
        after a newer version of the definition is shipped.
        """
        if not self.source_json:
            raise ValueError("this definition was not read by parse_definition")
        data: dict[str, Any] = json.loads(self.source_json)
        return data

    @property
    def digest(self) -> str:
        """SHA-256 of the canonical JSON (sorted keys): identifies the exact content."""
        canonical = json.dumps(
            self.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def all_sections(self) -> Iterator[Section]:
        """Every section and subsection in document order (depth first)."""
        for section in self.sections:
            yield from section.walk()

    def all_questions(self) -> Iterator[Question]:
        """Every question in document order."""
        for section in self.all_sections():
            yield from section.questions

    def question(self, question_id: str) -> Question:
        return self._index.questions[question_id]

    def section(self, section_id: str) -> Section:
        return self._index.sections[section_id]

    def outcome(self, outcome_id: str) -> Outcome:
        return self._index.outcomes[outcome_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index.questions

    def sections_around(self, question_id: str) -> tuple[str, ...]:
        """Ids of the sections that contain a question, outermost first."""
        return self._index.question_parents[question_id]

    def sections_above(self, section_id: str) -> tuple[str, ...]:
        """Ids of the sections that contain a section, outermost first."""
        return self._index.section_parents[section_id]

    @cached_property
    def _index(self) -> _Index:
        return _Index.build(self)


@dataclass
class _Index:
    questions: dict[str, Question]
    sections: dict[str, Section]
    outcomes: dict[str, Outcome]
    question_parents: dict[str, tuple[str, ...]]
    section_parents: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, definition: Definition) -> _Index:
        index = cls({}, {}, {o.id: o for o in definition.outcomes}, {}, {})

        def visit(section: Section, chain: tuple[str, ...]) -> None:
            index.sections[section.id] = section
            index.section_parents[section.id] = chain
            inner = (*chain, section.id)
            for question in section.questions:
                index.questions[question.id] = question
                index.question_parents[question.id] = inner
            for child in section.sections:
                visit(child, inner)

        for section in definition.sections:
            visit(section, ())
        return index
