"""Questionnaires for impact assessments (DPIA screening, DPIA, later AI checklists and AIAs).

Qt-free. Definitions are data (``resources/questionnaires/<id>/<version>.json``, described in
``docs/questionnaires.md``), parsed strictly into frozen dataclasses; the engine is pure
functions of a definition and a mapping of answers. This package imports only
``govkit.i18n`` and ``govkit.paths`` from govkit.
"""

from __future__ import annotations

from govkit.assessments.answers import (
    ANSWERS_FORMAT,
    ANSWERS_VERSION,
    Answer,
    AnswerValue,
    answers_from_json,
    answers_to_json,
    is_answered,
)
from govkit.assessments.definition import (
    Definition,
    Option,
    Outcome,
    Question,
    QuestionType,
    Section,
    suggestion_catalogue,
)
from govkit.assessments.engine import (
    Evaluation,
    Progress,
    evaluate,
    missing_required,
    progress,
    validate_answers,
    visible_questions,
    visible_sections,
)
from govkit.assessments.errors import AnswersError, DefinitionError, DefinitionNotFound
from govkit.assessments.loader import (
    builtin_definition,
    builtin_definitions,
    builtin_versions,
    load_definition_file,
)
from govkit.assessments.parser import parse_definition
from govkit.assessments.texts import Text
from govkit.assessments.validation import validate_answer

__all__ = [
    "ANSWERS_FORMAT",
    "ANSWERS_VERSION",
    "Answer",
    "AnswerValue",
    "AnswersError",
    "Definition",
    "DefinitionError",
    "DefinitionNotFound",
    "Evaluation",
    "Option",
    "Outcome",
    "Progress",
    "Question",
    "QuestionType",
    "Section",
    "Text",
    "answers_from_json",
    "answers_to_json",
    "builtin_definition",
    "builtin_definitions",
    "builtin_versions",
    "evaluate",
    "is_answered",
    "load_definition_file",
    "missing_required",
    "parse_definition",
    "progress",
    "suggestion_catalogue",
    "validate_answer",
    "validate_answers",
    "visible_questions",
    "visible_sections",
]
