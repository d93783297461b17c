"""Answers to a questionnaire and their JSON form (stored in the vault, exported).

The JSON form, version 1::

    {"format": "govkit-answers", "version": 1,
     "answers": {"<question id>": {"value": <value>, "note": "<text>"}, ...}}

Question ids are sorted; ``note`` is left out when empty; an answer that has neither a value
nor a note is left out. A value is ``null`` (not answered), a text (single choice: the option
id; yes/no: ``"yes"`` or ``"no"``; date: ``YYYY-MM-DD``), a number (number, gauge level 1-4) or
a list of texts (multiple choice: option ids; list: the texts). Which value suits which question
is checked by ``engine.validate_answer``, not here: answers are read without their definition.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from govkit.assessments.errors import AnswersError
from govkit.assessments.reading import ID_PATTERN
from govkit.i18n import _

AnswerValue = str | int | float | tuple[str, ...] | None

ANSWERS_FORMAT = "govkit-answers"
ANSWERS_VERSION = 1


@dataclass(frozen=True)
class Answer:
    """An answer and the note beside it. A list value is kept as a tuple."""

    value: AnswerValue = None
    note: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.value, list):
            object.__setattr__(self, "value", tuple(self.value))

    @property
    def answered(self) -> bool:
        return is_answered(self.value)


def is_answered(value: object) -> bool:
    """Whether a value counts as an answer (blank texts and empty lists do not)."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | list):
        return bool(value)
    return True


def answers_to_json(answers: Mapping[str, Answer]) -> dict[str, Any]:
    """The stable JSON form of ``answers`` (see the module docstring)."""
    entries: dict[str, Any] = {}
    for question_id in sorted(answers):
        answer = answers[question_id]
        if not answer.answered and not answer.note:
            continue
        value: Any = answer.value if answer.answered else None
        entry: dict[str, Any] = {"value": list(value) if isinstance(value, tuple) else value}
        if answer.note:
            entry["note"] = answer.note
        entries[question_id] = entry
    return {"format": ANSWERS_FORMAT, "version": ANSWERS_VERSION, "answers": entries}


def answers_from_json(data: object) -> dict[str, Answer]:
    """Read answers written by ``answers_to_json``; ``AnswersError`` if they are malformed."""
    if not isinstance(data, dict) or data.get("format") != ANSWERS_FORMAT:
        raise AnswersError(_("These are not questionnaire answers saved by govkit."))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > ANSWERS_VERSION:
        raise AnswersError(
            _(
                "These answers were saved by a newer version of govkit (format {version}). "
                "Update govkit to open them."
            ).format(version=version)
        )
    entries = data.get("answers")
    if version != ANSWERS_VERSION or set(data) != {"format", "version", "answers"}:
        raise AnswersError(_("The saved answers are damaged: their header is not valid."))
    if not isinstance(entries, dict):
        raise AnswersError(_("The saved answers are damaged: the list of answers is missing."))
    answers: dict[str, Answer] = {}
    for question_id, entry in entries.items():
        answers[question_id] = _read_entry(question_id, entry)
    return answers


def _read_entry(question_id: object, entry: object) -> Answer:
    def damaged() -> AnswersError:
        return AnswersError(
            _("The saved answer to question “{id}” is damaged.").format(id=question_id)
        )

    if not isinstance(question_id, str) or not ID_PATTERN.fullmatch(question_id):
        raise damaged()
    if not isinstance(entry, dict) or "value" not in entry or not set(entry) <= {"value", "note"}:
        raise damaged()
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise damaged()
    value = entry["value"]
    if isinstance(value, list):
        if not all(isinstance(item, str) for item in value):
            raise damaged()
        return Answer(tuple(value), note)
    if isinstance(value, bool) or not isinstance(value, str | int | float | None):
        raise damaged()
    if isinstance(value, float) and not math.isfinite(value):
        raise damaged()
    return Answer(value, note)
