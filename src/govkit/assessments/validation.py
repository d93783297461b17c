"""Whether a value suits a question: the right type, an offered option, within range."""

from __future__ import annotations

import math
import re
from datetime import date

from govkit.assessments.answers import is_answered
from govkit.assessments.definition import GAUGE_LEVELS, YES_NO_VALUES, Question, QuestionType
from govkit.i18n import _

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def validate_answer(question: Question, value: object) -> str | None:
    """None when ``value`` may be saved as the answer to ``question``, else why not (translated).

    An empty value (None, a blank text, an empty list) is always accepted: whether a question
    must be answered is ``missing_required``'s business.
    """
    if not is_answered(value):
        return None
    kind = question.type
    if kind is QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str):
            return _("Choose one of the options.")
        if question.option(value) is None:
            return _("“{value}” is not one of the options offered.").format(value=value)
        return None
    if kind is QuestionType.MULTIPLE_CHOICE:
        return _multiple_choice(question, value)
    if kind is QuestionType.YES_NO:
        return None if value in YES_NO_VALUES else _("Answer yes or no.")
    if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        return None if isinstance(value, str) else _("Enter a text.")
    if kind is QuestionType.NUMBER:
        return _number(question, value)
    if kind is QuestionType.DATE:
        return _date(value)
    if kind is QuestionType.GAUGE:
        if isinstance(value, bool) or value not in range(1, GAUGE_LEVELS + 1):
            return _("Choose a level from 1 to {n}.").format(n=GAUGE_LEVELS)
        return None
    return _list(value)


def _multiple_choice(question: Question, value: object) -> str | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return _("Choose one or more of the options.")
    for item in value:
        if question.option(item) is None:
            return _("“{value}” is not one of the options offered.").format(value=item)
    if len(set(value)) != len(value):
        return _("An option is chosen twice.")
    for item in value:
        option = question.option(item)
        if option is not None and option.exclusive and len(value) > 1:
            return _("“{option}” cannot be combined with other options.").format(
                option=option.label.get()
            )
    return None


def _number(question: Question, value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return _("Enter a number.")
    low, high = question.min, question.max
    if low is not None and high is not None and not low <= value <= high:
        return _("Enter a number from {min} to {max}.").format(min=f"{low:g}", max=f"{high:g}")
    if low is not None and value < low:
        return _("Enter a number of at least {min}.").format(min=f"{low:g}")
    if high is not None and value > high:
        return _("Enter a number of at most {max}.").format(max=f"{high:g}")
    return None


def _date(value: object) -> str | None:
    message = _("Enter a date as YYYY-MM-DD (for example 2025-03-31).")
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return message
    try:
        date.fromisoformat(value)
    except ValueError:
        return _("“{value}” is not a real date.").format(value=value)
    return None


def _list(value: object) -> str | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return _("Enter a list of short texts.")
    if any(not v.strip() for v in value):
        return _("An item of the list is empty.")
    if any("\n" in v for v in value):
        return _("An item of the list spans several lines: keep each item short.")
    return None
