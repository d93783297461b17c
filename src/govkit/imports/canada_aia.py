"""Save files of the Government of Canada's AIA tool (``AIA Results.json``), read safely.

The official Algorithmic Impact Assessment tool (github.com/canada-ca/aia-eia-js) saves the
questionnaire in progress as ``{"version": "v1.0.1", "currentPage": 12, "data": {…},
"translationsOnResult": {…}}`` (its ``buildSurveyFile``): ``data`` maps SurveyJS question names
to answers (a choice value such as ``"item1-3"``, a list of them for a checkbox, a text), and
``translationsOnResult`` maps question names to the text of a free-text answer in the other
official language, when the user gave one.

``read_canada_aia(path)`` reads an untrusted file into an ``AiaFile``: size limit, UTF-8, strict
JSON (no ``NaN``, no key twice), the shape above, bounded numbers of answers and lengths of
texts; anything else raises ``CanadaAiaError`` whose message says what is wrong and what to do.
It then applies the conversions the tool itself applies when it loads an older file
(``loadSurvey`` in ``SaveLoadFile.vue``), so the answers are those the tool would score.
``looks_like_canada_aia(path)`` is the cheap check for ``govkit import``.

This package cannot import ``govkit.assessments``: matching the answers to the questionnaire's
questions and scoring them is ``services.canada_aia``'s business (see docs/canada-aia.md).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from govkit.i18n import _
from govkit.imports import json_file
from govkit.imports.errors import Reason, SourceFileError
from govkit.imports.json_file import JsonFileError, JsonFileMessages, read_json_file

MAX_FILE_BYTES = 10_000_000
"""The largest save file read: the tool's survey has about 300 questions, mostly short texts."""
MAX_ANSWERS = 5_000
MAX_TEXT_CHARS = 1_000_000
MAX_LIST_ITEMS = 1_000
SNIFF_BYTES = 65_536

FILE_NAME = "AIA Results.json"  # what the tool names the file it saves


class Problem(StrEnum):
    """Why a file is not a readable AIA save file (finer than ``imports.errors.Reason``)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"
    NOT_JSON = "not_json"
    NOT_AIA = "not_aia"
    DAMAGED = "damaged"


class CanadaAiaError(SourceFileError):
    """A file that is not a readable AIA save file; ``str(exc)`` says why and what to do."""

    def __init__(self, problem: Problem, reason: Reason, message: str) -> None:
        super().__init__(reason, message)
        self.problem = problem


# An answer as saved: a text or number, a list of them (a checkbox), true/false, or (for
# SurveyJS question types the AIA does not use) an object, kept as it was.
Scalar = str | int | float | bool
AiaValue = Scalar | tuple[Scalar, ...] | Mapping[str, Any] | None


@dataclass(frozen=True)
class AiaFile:
    """An AIA save file, checked for shape, with the tool's own load-time conversions."""

    source: str  # the file's name, for messages
    version: str  # the tool's version that saved it ("v1.0.1"), or ""
    current_page: int | None
    data: dict[str, AiaValue]
    translations: dict[str, str] = field(default_factory=dict)
    other_keys: tuple[str, ...] = ()  # top-level keys the format does not have
    conversions: tuple[str, ...] = ()  # what the tool's load-time conversions changed


def looks_like_canada_aia(path: Path) -> bool:
    """Whether the file looks like an AIA save file (a cheap look at its first bytes)."""
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"{") or b'"data"' not in head:
        return False
    return b'"currentPage"' in head or b'"translationsOnResult"' in head


def read_canada_aia(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> AiaFile:
    """The save file at ``path``, or ``CanadaAiaError`` saying what is wrong with it."""
    try:
        data = read_json_file(path, max_bytes=max_bytes, messages=_MESSAGES)
    except JsonFileError as exc:
        problem = Problem.NOT_AIA if exc.problem == json_file.WRONG_KIND else Problem(exc.problem)
        raise CanadaAiaError(problem, exc.reason, exc.message) from None
    return _Reader(path.name).file(data)


def _json_detail(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return _("line {line}, column {column}").format(line=exc.lineno, column=exc.colno)
    return _("it is nested too deeply") if isinstance(exc, RecursionError) else str(exc)


_MESSAGES = JsonFileMessages(
    wrong_kind=lambda name: _not_aia(name),
    too_large=lambda name, size, limit: _(
        "“{name}” is {size} MB, far more than a file saved by the Algorithmic Impact "
        "Assessment tool (govkit reads such files of up to {limit} MB). Check that "
        "you chose the right file."
    ).format(name=name, size=size, limit=limit),
    not_text=lambda name: _(
        "“{name}” is not a file saved by the Algorithmic Impact Assessment tool: it is "
        "not a text file (UTF-8). In the tool, choose “Save” and import the “{file}” it "
        "saves."
    ).format(name=name, file=FILE_NAME),
    not_json=lambda name, exc: _(
        "“{name}” is damaged or is not a file saved by the Algorithmic Impact Assessment "
        "tool: it is not valid JSON ({detail}). Save the assessment again in the tool "
        "and import the new file."
    ).format(name=name, detail=_json_detail(exc)),
    repeated_key=lambda name, key: str(
        _damaged(name, _("the key “{key}” appears twice").format(key=key))
    ),
)


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name

    def file(self, data: object) -> AiaFile:
        if not isinstance(data, dict) or not isinstance(data.get("data"), dict):
            raise CanadaAiaError(Problem.NOT_AIA, Reason.CORRUPT, _not_aia(self.name))
        version = data.get("version")
        if version is None:
            version = ""
        if not isinstance(version, str) or len(version) > 100:
            raise _damaged(self.name, _("“version” is not a version such as “v1.0.1”"))
        page = data.get("currentPage")
        if page is not None and (
            isinstance(page, bool) or not isinstance(page, int) or not 0 <= page <= 10_000
        ):
            raise _damaged(self.name, _("“currentPage” is not a page number"))
        answers = data["data"]
        if len(answers) > MAX_ANSWERS:
            raise _damaged(
                self.name,
                _("it holds {count} answers, more than the {limit} govkit reads").format(
                    count=len(answers), limit=MAX_ANSWERS
                ),
            )
        values = {str(key): self.value(str(key), value) for key, value in answers.items()}
        translations = self.translations(data.get("translationsOnResult"))
        known = {"version", "currentPage", "data", "translationsOnResult"}
        other = tuple(str(key) for key in data if key not in known)
        values, translations, conversions = tool_conversions(values, translations)
        return AiaFile(
            source=self.name,
            version=version.strip(),
            current_page=page,
            data=values,
            translations=translations,
            other_keys=other,
            conversions=conversions,
        )

    def value(self, key: str, value: object) -> AiaValue:
        if value is None or isinstance(value, bool | int):
            return value
        if isinstance(value, float):
            return int(value) if value.is_integer() and abs(value) < 2**53 else value
        if isinstance(value, str):
            return self.text(key, value)
        if isinstance(value, list):
            if len(value) > MAX_LIST_ITEMS:
                raise _damaged(self.name, _("the answer “{key}” is too long").format(key=key))
            items: list[Scalar] = []
            for item in value:
                if isinstance(item, str):
                    items.append(self.text(key, item))
                elif isinstance(item, bool | int | float):
                    items.append(item)
                else:
                    raise _damaged(
                        self.name,
                        _("the answer “{key}” holds something other than texts").format(key=key),
                    )
            return tuple(items)
        if isinstance(value, dict):
            size = len(json.dumps(value, ensure_ascii=False))
            if size > MAX_TEXT_CHARS:
                raise _damaged(self.name, _("the answer “{key}” is too long").format(key=key))
            return dict(value)
        raise _damaged(self.name, _("the answer “{key}” cannot be read").format(key=key))

    def text(self, key: str, value: str) -> str:
        if len(value) > MAX_TEXT_CHARS:
            raise _damaged(self.name, _("the answer “{key}” is too long").format(key=key))
        return value

    def translations(self, value: object) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise _damaged(self.name, _("“translationsOnResult” is not a list of texts"))
        out: dict[str, str] = {}
        for key, text in value.items():
            if text is None or (isinstance(text, str) and not text.strip()):
                continue
            if not isinstance(text, str):
                raise _damaged(
                    self.name, _("the translation of “{key}” is not a text").format(key=key)
                )
            out[str(key)] = self.text(str(key), text)
        return out


def tool_conversions(
    data: Mapping[str, AiaValue], translations: Mapping[str, str]
) -> tuple[dict[str, AiaValue], dict[str, str], tuple[str, ...]]:
    """What the tool changes in an older file when it loads it (``loadSurvey``).

    - ``aboutSystem1`` with ``item6-1`` (files before the tool's change #622): the value
      becomes ``item6`` ("Other", now without a weight);
    - ``impact4`` (the description of the decision automated, moved from the impact page to
      the decision page): it becomes ``decisionSector3``, its translation too.
    """
    values = dict(data)
    texts = dict(translations)
    done: list[str] = []
    about = values.get("aboutSystem1")
    if isinstance(about, tuple) and "item6-1" in about:
        items = list(about)
        items[items.index("item6-1")] = "item6"
        values["aboutSystem1"] = tuple(items)
        done.append(
            _(
                "As the AIA tool does for older files, the answer “item6-1” to aboutSystem1 is "
                "read as “item6”."
            )
        )
    if "impact4" in values:
        values["decisionSector3"] = values.pop("impact4")
        if "impact4" in texts:
            texts["decisionSector3"] = texts.pop("impact4")
        done.append(
            _(
                "As the AIA tool does, the answer to impact4 (the decision automated, asked on "
                "the impact page in older versions) is read as the answer to decisionSector3."
            )
        )
    return values, texts, tuple(done)


def describe_value(value: AiaValue) -> str:
    """An answer as readable text (for answers govkit keeps beside the questionnaire)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, tuple):
        return ", ".join(describe_value(item) for item in value)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _not_aia(name: str) -> str:
    return _(
        "“{name}” is not a file saved by the Government of Canada's Algorithmic Impact "
        "Assessment tool (such a file holds “version”, “currentPage” and the answers in "
        "“data”). In the tool, choose “Save” and import the “{file}” it saves."
    ).format(name=name, file=FILE_NAME)


def _damaged(name: str, detail: str) -> CanadaAiaError:
    return CanadaAiaError(
        Problem.DAMAGED,
        Reason.CORRUPT,
        _(
            "“{name}” looks like a file saved by the Algorithmic Impact Assessment tool but is "
            "damaged: {detail}. Save the assessment again in the tool and import the new file."
        ).format(name=name, detail=detail),
    )
