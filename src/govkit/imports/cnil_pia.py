"""PIA files of the CNIL's free PIA software (github.com/LINCnil/pia), read into a govkit DPIA.

The PIA software exports one PIA as a JSON file ``{"pia": {…}, "answers": […], "measures": […],
"evaluations": […], "comments": […]}``. Two steps, both pure (no database, no Qt):

1. ``read_cnil_pia(path)`` reads an untrusted file safely into a ``CnilPia``: size limit,
   UTF-8, strict JSON, the shape of a PIA export; anything else raises ``CnilPiaError`` whose
   message says what is wrong (``looks_like_cnil_pia(path)`` is the cheap check for
   ``govkit import``);
2. ``cnil_to_dpia(pia, question_ids, field_ids)`` converts it into a ``DpiaContent``: answers
   to the DPIA questionnaire's questions (HTML turned into plain text), the three risks of the
   CNIL method, the measures, the evaluations as section reviews and action-plan items, the
   comments, the DPO's and the data subjects' opinions, the status, and ``warnings`` for
   anything that could not be placed.

This package cannot import ``govkit.assessments`` (same layer), so the question mapping comes
from the caller as plain dictionaries built from the questionnaire's ``external_ids``, and
answers are plain ``PlainAnswer`` values the service turns into ``govkit.assessments.Answer``.
``govkit.exports.cnil_pia`` writes the other direction; ``docs/cnil-pia.md`` is the mapping,
field by field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from govkit.domain.assessment_enums import ActionStatus, AssessmentStatus, SectionVerdict
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview
from govkit.i18n import N_, _
from govkit.imports import json_file
from govkit.imports.errors import Reason, SourceFileError
from govkit.imports.html_text import html_to_text
from govkit.imports.json_file import JsonFileError, JsonFileMessages, read_json_file

MAX_FILE_BYTES = 20_000_000
"""The largest PIA file read (the CNIL's example is 61 kB; attachments are not exported)."""

SNIFF_BYTES = 65_536

# The CNIL method's three risks: evaluation reference, govkit risk id (as in
# services.assessments.default_risks), title, and the ids of its six questions: impacts,
# threats, sources, measures (lists), severity, likelihood (gauges 1-4 with a justification).
RISKS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "3.2",
        "risk-access",
        N_("Illegitimate access to personal data"),
        ("321", "322", "323", "324", "325", "326"),
    ),
    (
        "3.3",
        "risk-modification",
        N_("Unwanted modification of data"),
        ("331", "332", "333", "334", "335", "336"),
    ),
    (
        "3.4",
        "risk-disappearance",
        N_("Disappearance of data"),
        ("341", "342", "343", "344", "345", "346"),
    ),
)
RISK_QUESTIONS = frozenset(q for _ref, _id, _title, questions in RISKS for q in questions)

# Evaluation status (src/app/models/evaluation.model.ts): 0 pending, 1 to be fixed,
# 2 improvable, 3 acceptable.
VERDICTS = {
    1: SectionVerdict.TO_CORRECT,
    2: SectionVerdict.IMPROVABLE,
    3: SectionVerdict.ACCEPTABLE,
}

# PIA status (src/app/models/pia.model.ts and the "pia.statuses" texts): 0 in progress,
# 1 rejected, 2 simple validation, 3 signed validation, 4 archived (processing abandoned),
# 5 waiting for validation (newer versions).
STATUSES = {
    0: AssessmentStatus.DRAFT,
    1: AssessmentStatus.REJECTED,
    2: AssessmentStatus.APPROVED,
    3: AssessmentStatus.APPROVED,
    4: AssessmentStatus.DRAFT,
    5: AssessmentStatus.UNDER_REVIEW,
}
_STATUS_NOTES = {
    0: N_("In the CNIL's PIA software this PIA was “In progress”."),
    1: N_("In the CNIL's PIA software this PIA was “Rejected” by its validator."),
    2: N_("In the CNIL's PIA software this PIA was approved by simple validation."),
    3: N_(
        "In the CNIL's PIA software this PIA was approved by signed validation: a signed "
        "report was attached there (attachments are not part of the exported file)."
    ),
    4: N_(
        "In the CNIL's PIA software this PIA was archived: the processing was abandoned. It "
        "is imported as a draft."
    ),
    5: N_("In the CNIL's PIA software this PIA was reviewed and waiting for validation."),
}

SEARCHED_OPINION = "concerned_people_searched_opinion"
# Option ids of the questionnaire's "views_sought" question (docs/questionnaires.md).
VIEWS_SOUGHT = "sought"
VIEWS_NOT_SOUGHT = "not_sought"

# Comments that govkit writes for what the CNIL format has no field for start with
# "[govkit <kind>]" (see docs/cnil-pia.md); reading them back restores the govkit data.
BLOCK_PREFIX = "[govkit "
PLANNED_MARKER = "[govkit: planned measure]"


class Problem(StrEnum):
    """Why a file is not a readable PIA export (finer than ``imports.errors.Reason``)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"
    NOT_JSON = "not_json"
    NOT_PIA = "not_pia"
    DAMAGED = "damaged"


class CnilPiaError(SourceFileError):
    """A file that is not a readable CNIL PIA export; ``str(exc)`` says why and what to do.

    Like every ``SourceFileError``, ``services`` shows it as a ``UserFacingError`` (this
    package cannot import ``storage``). ``problem`` names the case precisely.
    """

    def __init__(self, problem: Problem, reason: Reason, message: str) -> None:
        super().__init__(reason, message)
        self.problem = problem


# -- the file as the CNIL software wrote it ------------------------------------------------


@dataclass(frozen=True)
class CnilAnswer:
    """``answers[]``: the answer to one question (``reference_to``: its id, e.g. "121")."""

    reference_to: str
    text: str = ""  # HTML for text questions; the justification of a gauge
    gauge: int | None = None
    items: tuple[str, ...] = ()  # ``data.list``: tags of the risk questions
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CnilMeasure:
    """``measures[]``: a planned or existing measure (``content`` is HTML)."""

    id: int | None
    title: str = ""
    content: str = ""
    placeholder: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CnilEvaluation:
    """``evaluations[]``: the evaluator's verdict on an item ("1.1", "3.2"), a question
    ("2.1.211") or a measure ("3.1.<measure id>"); ``gauge_x``/``gauge_y`` are the residual
    severity and likelihood the evaluator sets on the risks 3.2-3.4 (0: not set)."""

    reference_to: str
    status: int = 0
    evaluation_comment: str = ""
    action_plan_comment: str = ""
    gauge_x: int = 0
    gauge_y: int = 0
    estimated_implementation_date: str = ""
    person_in_charge: str = ""
    global_status: int = 0
    evaluation_date: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CnilComment:
    """``comments[]``: a remark on a question (its id) or, with ``for_measure``, a measure."""

    reference_to: str
    description: str = ""  # plain text
    for_measure: bool = False
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class CnilPia:
    """A PIA export as read from the file, checked for shape but not yet converted."""

    source: str  # the file's name, for messages
    pia: Mapping[str, Any]
    answers: tuple[CnilAnswer, ...] = ()
    measures: tuple[CnilMeasure, ...] = ()
    evaluations: tuple[CnilEvaluation, ...] = ()
    comments: tuple[CnilComment, ...] = ()
    other_keys: tuple[str, ...] = ()  # top-level keys govkit does not read (e.g. attachments)

    @property
    def name(self) -> str:
        return _plain(self.pia.get("name"))


# -- reading --------------------------------------------------------------------------------


def looks_like_cnil_pia(path: Path) -> bool:
    """Whether the file looks like a CNIL PIA export (a cheap look at its first bytes)."""
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        return False
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"{"):
        return False
    return b'"pia"' in head and any(
        key in head for key in (b'"answers"', b'"dbVersion"', b'"dpo_status"', b'"tableName"')
    )


def read_cnil_pia(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> CnilPia:
    """The PIA export in the file, or ``CnilPiaError`` saying what is wrong with the file."""
    try:
        data = read_json_file(path, max_bytes=max_bytes, messages=_MESSAGES)
    except JsonFileError as exc:
        problem = Problem.NOT_PIA if exc.problem == json_file.WRONG_KIND else Problem(exc.problem)
        raise CnilPiaError(problem, exc.reason, exc.message) from None
    return parse_cnil_pia(data, source=path.name)


def _json_detail(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return _("line {line}, column {column}: {problem}").format(
            line=exc.lineno, column=exc.colno, problem=exc.msg
        )
    return _("nested too deeply") if isinstance(exc, RecursionError) else str(exc)


_MESSAGES = JsonFileMessages(
    wrong_kind=lambda name: _not_pia_message(name),
    too_large=lambda name, size, limit: _(
        "“{name}” is {size} MB, far more than a PIA exported by the CNIL's PIA "
        "software (govkit reads such files of up to {limit} MB). Check that you "
        "chose the right file."
    ).format(name=name, size=size, limit=limit),
    not_text=lambda name: _(
        "“{name}” is not a PIA exported by the CNIL's PIA software: it is not a text "
        "file (UTF-8). In the PIA software, choose “Export” on the PIA and import the "
        ".json file it saves."
    ).format(name=name),
    not_json=lambda name, exc: _(
        "“{name}” is not a PIA exported by the CNIL's PIA software: it is not valid "
        "JSON ({detail}). In the PIA software, choose “Export” on the PIA and import "
        "the .json file it saves."
    ).format(name=name, detail=_json_detail(exc)),
)


def parse_cnil_pia(data: object, *, source: str = "PIA") -> CnilPia:
    """The PIA export in already-decoded JSON data (as ``read_cnil_pia`` checks it)."""
    if not isinstance(data, dict) or "pia" not in data or "answers" not in data:
        missing = (
            [key for key in ("pia", "answers") if key not in data] if isinstance(data, dict) else []
        )
        if len(missing) == 1 and isinstance(data, dict) and len(data) > 1:
            raise CnilPiaError(
                Problem.NOT_PIA,
                Reason.CORRUPT,
                _(
                    "“{name}” is not a complete PIA export: it has no “{key}”. Export the PIA "
                    "again from the CNIL's PIA software."
                ).format(name=source, key=missing[0]),
            )
        raise CnilPiaError(Problem.NOT_PIA, Reason.CORRUPT, _not_pia_message(source))
    reader = _Reader(source)
    pia = data["pia"]
    if not isinstance(pia, dict):
        raise reader.damaged("pia", _("is not an object"))
    known = {"pia", "answers", "measures", "evaluations", "comments"}
    return CnilPia(
        source=source,
        pia=dict(pia),
        answers=tuple(reader.answer(i, x) for i, x in reader.items(data, "answers", True)),
        measures=tuple(reader.measure(i, x) for i, x in reader.items(data, "measures")),
        evaluations=tuple(reader.evaluation(i, x) for i, x in reader.items(data, "evaluations")),
        comments=tuple(reader.comment(i, x) for i, x in reader.items(data, "comments")),
        other_keys=tuple(sorted(k for k in data if k not in known)),
    )


def _not_pia_message(name: str) -> str:
    return _(
        "“{name}” is not a PIA exported by the CNIL's PIA software (it has no “pia” and "
        "“answers”). In the PIA software, choose “Export” on the PIA and import the .json "
        "file it saves."
    ).format(name=name)


class _Reader:
    """Checks each entry's fields, tolerating the nulls and number strings the CNIL writes."""

    def __init__(self, source: str) -> None:
        self.source = source

    def damaged(self, where: str, problem: str) -> CnilPiaError:
        return CnilPiaError(
            Problem.DAMAGED,
            Reason.CORRUPT,
            _(
                "“{name}” is a PIA export but cannot be read: at {where}, {problem}. Export the "
                "PIA again from the CNIL's PIA software."
            ).format(name=self.source, where=where, problem=problem),
        )

    def items(
        self, data: dict[str, Any], key: str, required: bool = False
    ) -> Iterable[tuple[str, dict[str, Any]]]:
        value = data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.damaged(key, _("a list was expected"))
        out = []
        for i, item in enumerate(value):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                raise self.damaged(where, _("an object was expected"))
            out.append((where, item))
        return out

    def text(self, where: str, item: dict[str, Any], key: str) -> str:
        value = item.get(key)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.damaged(f"{where}.{key}", _("a text was expected"))
        return str(value)

    def number(self, where: str, item: dict[str, Any], key: str) -> int | None:
        value = item.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value.strip())
        raise self.damaged(f"{where}.{key}", _("a whole number was expected"))

    def reference(self, where: str, item: dict[str, Any]) -> str:
        value = item.get("reference_to")
        if value is None or isinstance(value, bool) or not isinstance(value, str | int):
            raise self.damaged(f"{where}.reference_to", _("the reference is missing"))
        text = str(value).strip()
        if not text:
            raise self.damaged(f"{where}.reference_to", _("the reference is missing"))
        return text

    def answer(self, where: str, item: dict[str, Any]) -> CnilAnswer:
        data = item.get("data")
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise self.damaged(f"{where}.data", _("an object was expected"))
        raw_list = data.get("list")
        if raw_list is None:
            raw_list = []
        if not isinstance(raw_list, list):
            raise self.damaged(f"{where}.data.list", _("a list was expected"))
        tags = []
        for tag in raw_list:
            if tag is None:
                continue
            if isinstance(tag, bool) or not isinstance(tag, str | int | float):
                raise self.damaged(f"{where}.data.list", _("a text was expected"))
            if str(tag).strip():
                tags.append(" ".join(str(tag).split()))
        return CnilAnswer(
            reference_to=self.reference(where, item),
            text=self.text(f"{where}.data", data, "text"),
            gauge=self.number(f"{where}.data", data, "gauge"),
            items=tuple(tags),
            id=self.number(where, item, "id"),
            created_at=self.text(where, item, "created_at"),
            updated_at=self.text(where, item, "updated_at"),
        )

    def measure(self, where: str, item: dict[str, Any]) -> CnilMeasure:
        return CnilMeasure(
            id=self.number(where, item, "id"),
            title=self.text(where, item, "title"),
            content=self.text(where, item, "content"),
            placeholder=self.text(where, item, "placeholder"),
            created_at=self.text(where, item, "created_at"),
            updated_at=self.text(where, item, "updated_at"),
        )

    def evaluation(self, where: str, item: dict[str, Any]) -> CnilEvaluation:
        gauges = item.get("gauges")
        if gauges is None:
            gauges = {}
        if not isinstance(gauges, dict):
            raise self.damaged(f"{where}.gauges", _("an object was expected"))
        return CnilEvaluation(
            reference_to=self.reference(where, item),
            status=self.number(where, item, "status") or 0,
            evaluation_comment=self.text(where, item, "evaluation_comment"),
            action_plan_comment=self.text(where, item, "action_plan_comment"),
            gauge_x=self.number(f"{where}.gauges", gauges, "x") or 0,
            gauge_y=self.number(f"{where}.gauges", gauges, "y") or 0,
            estimated_implementation_date=self.text(where, item, "estimated_implementation_date"),
            person_in_charge=self.text(where, item, "person_in_charge"),
            global_status=self.number(where, item, "global_status") or 0,
            evaluation_date=self.text(where, item, "evaluation_date"),
            id=self.number(where, item, "id"),
            created_at=self.text(where, item, "created_at"),
            updated_at=self.text(where, item, "updated_at"),
        )

    def comment(self, where: str, item: dict[str, Any]) -> CnilComment:
        for_measure = item.get("for_measure")
        return CnilComment(
            reference_to=self.reference(where, item),
            description=self.text(where, item, "description"),
            for_measure=for_measure is True or for_measure in (1, "1", "true"),
            id=self.number(where, item, "id"),
            created_at=self.text(where, item, "created_at"),
            updated_at=self.text(where, item, "updated_at"),
        )


# -- what govkit makes of it ----------------------------------------------------------------


AnswerValue = str | int | float | tuple[str, ...] | None


@dataclass(frozen=True)
class PlainAnswer:
    """An answer as plain values; the service makes a ``govkit.assessments.Answer`` of it."""

    value: AnswerValue = None
    note: str = ""


@dataclass(frozen=True)
class PiaComment:
    """A CNIL comment, kept as written.

    ``reference_to`` is the CNIL's reference (a question id such as "212", or a measure's id
    when ``for_measure``); ``target`` the govkit id it belongs to (a question id, a measure id
    such as "cnil-101", or the CNIL reference of an evaluation) or "" when unknown.
    """

    reference_to: str
    text: str
    for_measure: bool = False
    created_at: str = ""  # ISO date-time (UTC), or empty
    target: str = ""


@dataclass(frozen=True)
class DpiaContent:
    """Everything a govkit DPIA holds, as read from (or to be written to) a CNIL PIA file.

    ``answers`` maps govkit question ids to plain answers; ``risks``, ``measures``,
    ``action_plan`` and ``reviews`` are the assessment's parts; ``comments`` the CNIL's
    comments; ``notes`` sentences about what the CNIL file said that a govkit DPIA has no
    field for (its status, a refusal reason…); ``warnings`` what could not be placed.
    ``other_answers`` keeps the text of CNIL answers to questions the questionnaire does not
    have (CNIL reference -> text), so that they are written back on export.
    """

    title: str = ""
    answers: dict[str, PlainAnswer] = field(default_factory=dict)
    risks: list[Risk] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    reviews: list[SectionReview] = field(default_factory=list)
    action_plan: list[ActionItem] = field(default_factory=list)
    comments: list[PiaComment] = field(default_factory=list)
    dpo_name: str = ""
    dpo_opinion: str = ""
    dpo_status: str = ""  # "favourable", "unfavourable" or ""
    people_status: str = ""  # the people concerned's view: "favourable", "unfavourable" or ""
    status: AssessmentStatus = AssessmentStatus.DRAFT
    cnil_status: int | None = None  # the CNIL's own status code, when read from a CNIL file
    archived: bool = False  # CNIL status 4: the processing was abandoned
    rejection_reason: str = ""
    applied_adjustments: str = ""
    category: str = ""
    author: str = ""
    evaluator: str = ""
    validator: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    other_answers: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def item_sections(
    question_ids: Mapping[str, str], sections: Mapping[str, Sequence[str]]
) -> dict[str, str]:
    """CNIL items ("1.1") -> the smallest govkit section holding all of the item's questions.

    ``sections`` maps each govkit section id to the ids of all questions inside it (its
    subsections' included), built by the caller from ``Definition.all_sections()``.
    """
    items: dict[str, set[str]] = {}
    for cnil_id, question_id in question_ids.items():
        if len(cnil_id) == 3 and cnil_id.isdigit():
            items.setdefault(f"{cnil_id[0]}.{cnil_id[1]}", set()).add(question_id)
    out: dict[str, str] = {}
    for item, wanted in items.items():
        candidates = [
            (len(held), section_id) for section_id, held in sections.items() if wanted <= set(held)
        ]
        if candidates:
            out[item] = min(candidates)[1]
    return out


def cnil_to_dpia(
    pia: CnilPia,
    question_ids: Mapping[str, str],
    field_ids: Mapping[str, str] | None = None,
    *,
    sections: Mapping[str, Sequence[str]] | None = None,
) -> DpiaContent:
    """Convert a PIA export into a govkit DPIA's content.

    ``question_ids`` maps the CNIL's question ids ("111") to the questionnaire's question ids
    (its ``external_ids.cnil_pia``); ``field_ids`` maps fields of the CNIL's ``pia`` object
    (``people_names``…) to question ids (``external_ids.cnil_pia_field``). With ``sections``
    (govkit section id -> its question ids), the evaluations of whole CNIL items ("1.1") become
    reviews of the govkit section holding the item's questions; otherwise their section is
    "cnil-1.1".
    """
    return _Converter(pia, question_ids, field_ids or {}, sections or {}).run()


class _Converter:
    def __init__(
        self,
        pia: CnilPia,
        question_ids: Mapping[str, str],
        field_ids: Mapping[str, str],
        sections: Mapping[str, Sequence[str]],
    ) -> None:
        self.pia = pia
        self.meta = pia.pia
        self.question_ids = dict(question_ids)
        self.field_ids = dict(field_ids)
        self.items = item_sections(question_ids, sections) if sections else {}
        self.warnings: list[str] = []
        self.notes: list[str] = []
        self.answers: dict[str, PlainAnswer] = {}
        self.other_answers: dict[str, str] = {}
        self.measures: list[Measure] = []
        self.measure_by_cnil: dict[str, str] = {}
        self.measure_by_title: dict[str, str] = {}
        self.risk_answers: dict[str, CnilAnswer] = {}
        self.risks: list[Risk] = []
        self.reviews: list[SectionReview] = []
        self.action_plan: list[ActionItem] = []
        self.comments: list[PiaComment] = []
        self.after: dict[str, tuple[int | None, int | None]] = {}
        self.evaluator = _plain(self.meta.get("evaluator_name"))

    def run(self) -> DpiaContent:
        self._measures()
        self._answers()
        self._fields()
        self._evaluations()
        self._risks()
        self._comments()
        status, cnil_status = self._status()
        dpo_status = _opinion(self.meta.get("dpo_status"))
        people_status = _opinion(self.meta.get("concerned_people_status"))
        if people_status:
            self.notes.append(
                _(
                    "The people concerned (or their representatives) consider that the processing "
                    "could be implemented."
                )
                if people_status == "favourable"
                else _(
                    "The people concerned (or their representatives) consider that the "
                    "processing should not be implemented."
                )
            )
        rejection = _plain(self.meta.get("rejection_reason") or self.meta.get("rejected_reason"))
        adjustments = _plain(
            self.meta.get("applied_adjustments") or self.meta.get("applied_adjustements")
        )
        if rejection:
            self.notes.append(
                _("Refusal reason recorded in the PIA: {reason}").format(reason=rejection)
            )
        if adjustments:
            self.notes.append(
                _("Adjustments recorded after a refusal: {text}").format(text=adjustments)
            )
        category = _plain(self.meta.get("category"))
        if category:
            self.notes.append(
                _("Category in the CNIL's PIA software: {category}").format(category=category)
            )
        self._structure_warnings()
        return DpiaContent(
            title=self.pia.name,
            answers=self.answers,
            risks=self.risks,
            measures=self.measures,
            reviews=self.reviews,
            action_plan=self.action_plan,
            comments=self.comments,
            dpo_name=_plain(self.meta.get("dpos_names")),
            dpo_opinion=_plain(self.meta.get("dpo_opinion")),
            dpo_status=dpo_status,
            people_status=people_status,
            status=status,
            cnil_status=cnil_status,
            archived=cnil_status == 4,
            rejection_reason=rejection,
            applied_adjustments=adjustments,
            category=category,
            author=self._person("author_name", "author"),
            evaluator=self._person("evaluator_name", "evaluator"),
            validator=self._person("validator_name", "validator"),
            created_at=_datetime(self.meta.get("created_at")),
            updated_at=_datetime(self.meta.get("updated_at")),
            other_answers=self.other_answers,
            notes=self.notes,
            warnings=self.warnings,
        )

    # -- measures ---------------------------------------------------------------------------

    def _measures(self) -> None:
        used: set[str] = set()
        for index, m in enumerate(self.pia.measures, start=1):
            measure_id = f"cnil-{m.id}" if m.id is not None else f"cnil-m{index}"
            if measure_id in used:
                measure_id = f"{measure_id}-{index}"
            used.add(measure_id)
            description = html_to_text(m.content)
            planned = False
            lines = description.split("\n")
            if lines and lines[-1].strip() == PLANNED_MARKER:
                planned = True
                description = "\n".join(lines[:-1]).rstrip()
            title = _one_line(m.title)
            if not title:
                title = _("Untitled measure")
                self.warnings.append(
                    _("A measure of the PIA has no title; it is imported as “{title}”.").format(
                        title=title
                    )
                )
            self.measures.append(
                Measure(id=measure_id, title=title, description=description, planned=planned)
            )
            if m.id is not None:
                self.measure_by_cnil.setdefault(str(m.id), measure_id)
            self.measure_by_title.setdefault(title.casefold(), measure_id)

    def _measure_for_tag(self, tag: str, risk_title: str) -> str:
        found = self.measure_by_title.get(tag.casefold())
        if found:
            return found
        measure_id = f"cnil-tag-{len(self.measures) + 1}"
        self.measures.append(Measure(id=measure_id, title=tag))
        self.measure_by_title[tag.casefold()] = measure_id
        self.warnings.append(
            _(
                "The risk “{risk}” names the measure “{measure}”, which is not among the PIA's "
                "measures; it is added as a measure without a description."
            ).format(risk=risk_title, measure=tag)
        )
        return measure_id

    # -- answers ----------------------------------------------------------------------------

    def _answers(self) -> None:
        for a in self.pia.answers:
            ref = a.reference_to
            if ref in RISK_QUESTIONS:
                if ref in self.risk_answers:
                    self._duplicate(ref)
                self.risk_answers.setdefault(ref, a)
                continue
            text = _answer_text(a)
            question_id = self.question_ids.get(ref)
            if question_id is None:
                if text:
                    self.other_answers[ref] = text
                    self.warnings.append(
                        _(
                            "The answer to the CNIL question {ref} has no question in govkit's "
                            "DPIA; it is kept apart and written back on export."
                        ).format(ref=ref)
                    )
                continue
            if question_id in self.answers:
                self._duplicate(ref)
                continue
            if text:
                self.answers[question_id] = PlainAnswer(value=text)

    def _duplicate(self, ref: str) -> None:
        self.warnings.append(
            _("The PIA answers question {ref} twice; the first answer is used.").format(ref=ref)
        )

    def _fields(self) -> None:
        for field_name, question_id in self.field_ids.items():
            raw = self.meta.get(field_name)
            value: AnswerValue
            if field_name == SEARCHED_OPINION:
                value = (
                    VIEWS_SOUGHT
                    if raw is True or raw in (1, "1", "true")
                    else VIEWS_NOT_SOUGHT
                    if raw is False or raw in (0, "0", "false")
                    else None
                )
            else:
                value = _plain(raw) or None
            if value is not None:
                self.answers[question_id] = PlainAnswer(value=value)
        for field_name, label in (
            ("people_names", N_("People whose views were sought: {text}")),
            ("concerned_people_opinion", N_("Views of the people concerned: {text}")),
            (
                "concerned_people_searched_content",
                N_("Why the views of the people concerned were not sought: {text}"),
            ),
        ):
            text = _plain(self.meta.get(field_name))
            if text and field_name not in self.field_ids:
                self.notes.append(_(label).format(text=text))

    # -- evaluations ------------------------------------------------------------------------

    def _target(self, ref: str) -> str:
        """The govkit section, question, measure or risk an evaluation reference names."""
        parts = ref.split(".")
        if ref in {r for r, _id, _t, _q in RISKS}:
            return next(risk_id for r, risk_id, _t, _q in RISKS if r == ref)
        if len(parts) == 2 and ref in self.items:
            return self.items[ref]
        if len(parts) == 3 and parts[:2] == ["3", "1"]:
            found = self.measure_by_cnil.get(parts[2])
            if found:
                return found
            self.warnings.append(
                _(
                    "An evaluation refers to the measure {id}, which is not in the PIA; it is "
                    "kept under “cnil-{ref}”."
                ).format(id=parts[2], ref=ref)
            )
            return f"cnil-{ref}"
        if len(parts) == 3 and parts[2] in self.question_ids:
            return self.question_ids[parts[2]]
        if len(parts) != 2 or parts[0] not in ("1", "2"):
            self.warnings.append(
                _(
                    "An evaluation refers to “{ref}”, which govkit does not know; it is kept "
                    "under “cnil-{ref}”."
                ).format(ref=ref)
            )
        return f"cnil-{ref}"

    def _evaluations(self) -> None:
        empty = 0
        for e in self.pia.evaluations:
            target = self._target(e.reference_to)
            comment = html_to_text(e.evaluation_comment)
            action = html_to_text(e.action_plan_comment)
            at = _iso(e.updated_at) or _iso(e.created_at) or _iso(e.evaluation_date)
            if e.reference_to in {r for r, _i, _t, _q in RISKS}:
                self.after[e.reference_to] = (_gauge(e.gauge_x), _gauge(e.gauge_y))
            elif e.gauge_x or e.gauge_y:
                self.warnings.append(
                    _(
                        "The evaluation of “{ref}” has severity and likelihood levels, which "
                        "only risks have in govkit; they are left out."
                    ).format(ref=e.reference_to)
                )
            verdict = VERDICTS.get(e.status)
            if verdict is not None:
                self.reviews.append(
                    SectionReview(
                        section=target,
                        verdict=verdict.value,
                        comment=comment,
                        by=self.evaluator,
                        at=at,
                    )
                )
            elif comment:
                self.comments.append(
                    PiaComment(
                        reference_to=e.reference_to, text=comment, created_at=at, target=target
                    )
                )
                self.warnings.append(
                    _(
                        "The evaluation of “{ref}” had not been given a verdict; its comment is "
                        "kept as a comment."
                    ).format(ref=e.reference_to)
                )
            elif e.status == 0 and not action and not (e.gauge_x or e.gauge_y):
                empty += 1
            if e.status not in VERDICTS and e.status != 0:
                self.warnings.append(
                    _("The evaluation of “{ref}” has an unknown status ({status}).").format(
                        ref=e.reference_to, status=e.status
                    )
                )
            if action:
                self.action_plan.append(
                    ActionItem(
                        id=f"cnil-action-{e.id}"
                        if e.id is not None
                        else f"cnil-action-{len(self.action_plan) + 1}",
                        measure=action,
                        owner=_one_line(e.person_in_charge),
                        due=self._due(e),
                        status=ActionStatus.PLANNED.value,
                        origin=target,
                    )
                )
        if empty == 1:
            self.warnings.append(
                _("An evaluation had not been started and holds nothing; it is left out.")
            )
        elif empty:
            self.warnings.append(
                _(
                    "{n} evaluations had not been started and hold nothing; they are left out."
                ).format(n=empty)
            )

    def _due(self, e: CnilEvaluation) -> str:
        raw = e.estimated_implementation_date.strip()
        if not raw:
            return ""
        due = _date(raw)
        if due is None:
            self.warnings.append(
                _(
                    "The implementation date “{value}” of the action for “{ref}” is not a "
                    "date; it is left out."
                ).format(value=raw, ref=e.reference_to)
            )
            return ""
        return due.isoformat()

    # -- risks ------------------------------------------------------------------------------

    def _risks(self) -> None:
        for ref, risk_id, title_msg, questions in RISKS:
            title = _(title_msg)
            impacts, threats, sources, measures, severity, likelihood = (
                self.risk_answers.get(q) for q in questions
            )
            for answer in (impacts, threats, sources, measures):
                if answer is not None and html_to_text(answer.text):
                    self.warnings.append(
                        _(
                            "The answer to question {ref} has a text besides its list; the text is "
                            "left out."
                        ).format(ref=answer.reference_to)
                    )
            before = [self._level(a, title) for a in (severity, likelihood)]
            after = self.after.get(ref, (None, None))
            self.risks.append(
                Risk(
                    id=risk_id,
                    title=title,
                    cnil_ref=ref,
                    impacts=_tags(impacts),
                    threats=_tags(threats),
                    sources=_tags(sources),
                    measures=tuple(
                        dict.fromkeys(self._measure_for_tag(t, title) for t in _tags(measures))
                    ),
                    severity_before=before[0],
                    likelihood_before=before[1],
                    severity_after=after[0],
                    likelihood_after=after[1],
                    severity_reason=html_to_text(severity.text) if severity else "",
                    likelihood_reason=html_to_text(likelihood.text) if likelihood else "",
                )
            )

    def _level(self, answer: CnilAnswer | None, risk: str) -> int | None:
        if answer is None or answer.gauge in (None, 0):
            return None
        level = _gauge(answer.gauge)
        if level is None:
            self.warnings.append(
                _(
                    "The risk “{risk}” has the level {value}, which is not from 1 to 4; it is left "
                    "out."
                ).format(risk=risk, value=answer.gauge)
            )
        return level

    # -- comments ---------------------------------------------------------------------------

    def _comments(self) -> None:
        for c in self.pia.comments:
            text = _plain(c.description)
            at = _iso(c.updated_at) or _iso(c.created_at)
            if text.startswith(BLOCK_PREFIX) and self._block(text, at):
                continue
            if c.for_measure:
                target = self.measure_by_cnil.get(c.reference_to, "")
            else:
                target = self.question_ids.get(c.reference_to, "")
                if not target and c.reference_to in RISK_QUESTIONS:
                    target = next(risk_id for _r, risk_id, _t, qs in RISKS if c.reference_to in qs)
            if not text:
                continue
            self.comments.append(
                PiaComment(
                    reference_to=c.reference_to,
                    text=text,
                    for_measure=c.for_measure,
                    created_at=at,
                    target=target,
                )
            )

    def _block(self, text: str, at: str) -> bool:
        """A comment govkit wrote for data the CNIL format has no field for: restore it."""
        parsed = parse_block(text)
        if parsed is None:
            return False
        kind, values = parsed
        if kind == "note":
            question = _field_text(values, "Question")
            if not question:
                return False
            old = self.answers.get(question, PlainAnswer())
            self.answers[question] = replace(old, note=_field_text(values, "Note"))
            return True
        if kind == "answer":
            question = _field_text(values, "Question")
            if not question:
                return False
            old = self.answers.get(question, PlainAnswer())
            items = _field_items(values, "Items")
            value: AnswerValue = tuple(items) if items else _field_text(values, "Value") or None
            self.answers[question] = replace(old, value=value)
            return True
        if kind == "risk":
            title = _field_text(values, "Title") or _("Untitled risk")
            self.risks.append(
                Risk(
                    id=_field_text(values, "Id") or f"cnil-risk-{len(self.risks) + 1}",
                    title=title,
                    impacts=tuple(_field_items(values, "Impacts")),
                    threats=tuple(_field_items(values, "Threats")),
                    sources=tuple(_field_items(values, "Sources")),
                    measures=tuple(
                        dict.fromkeys(
                            self._measure_for_tag(t, title)
                            for t in _field_items(values, "Measures")
                        )
                    ),
                    severity_before=_gauge(_field_text(values, "Severity")),
                    likelihood_before=_gauge(_field_text(values, "Likelihood")),
                    severity_after=_gauge(_field_text(values, "Residual severity")),
                    likelihood_after=_gauge(_field_text(values, "Residual likelihood")),
                    severity_reason=_field_text(values, "Severity reason"),
                    likelihood_reason=_field_text(values, "Likelihood reason"),
                )
            )
            return True
        if kind == "action":
            due = _date(_field_text(values, "Due"))
            status = _field_text(values, "Status")
            self.action_plan.append(
                ActionItem(
                    id=_field_text(values, "Id") or f"cnil-action-c{len(self.action_plan) + 1}",
                    measure=_field_text(values, "Action"),
                    owner=_field_text(values, "Owner"),
                    due=due.isoformat() if due else "",
                    status=status
                    if status in {s.value for s in ActionStatus}
                    else ActionStatus.PLANNED.value,
                    origin=_field_text(values, "Origin"),
                )
            )
            return True
        if kind == "review":
            verdict = _field_text(values, "Verdict")
            if verdict not in {v.value for v in SectionVerdict}:
                return False
            self.reviews.append(
                SectionReview(
                    section=_field_text(values, "Section"),
                    verdict=verdict,
                    comment=_field_text(values, "Comment"),
                    by=_field_text(values, "By"),
                    at=_field_text(values, "At") or at,
                )
            )
            return True
        return False

    # -- the PIA itself ---------------------------------------------------------------------

    def _status(self) -> tuple[AssessmentStatus, int | None]:
        raw = self.meta.get("status")
        code: int | None
        if isinstance(raw, bool):
            code = None
        elif isinstance(raw, int):
            code = raw
        elif isinstance(raw, str) and raw.strip().isdigit():
            code = int(raw.strip())
        else:
            code = None
        if code is None or code not in STATUSES:
            if raw not in (None, ""):
                self.warnings.append(
                    _("The PIA's status “{status}” is unknown; it is imported as a draft.").format(
                        status=raw
                    )
                )
            return AssessmentStatus.DRAFT, code
        self.notes.insert(0, _(_STATUS_NOTES[code]))
        validator = _plain(self.meta.get("validator_name"))
        if code in (1, 2, 3) and validator:
            self.notes.insert(1, _("Validator named in the PIA: {name}").format(name=validator))
        return STATUSES[code], code

    def _person(self, key: str, role: str) -> str:
        name = _plain(self.meta.get(key))
        if name:
            return _one_line(name)
        # Files from the PIA software's server version name people through "user_pias".
        names = []
        for entry in self.meta.get("user_pias") or []:
            if isinstance(entry, dict) and entry.get("role") == role:
                user = entry.get("user")
                if isinstance(user, dict):
                    full = " ".join(
                        _plain(user.get(k)) for k in ("firstname", "lastname") if user.get(k)
                    )
                    names.append(full or _plain(user.get("email")))
        return ", ".join(n for n in names if n)

    def _structure_warnings(self) -> None:
        if self.meta.get("structure_id") or self.meta.get("structure_data"):
            self.warnings.append(
                _(
                    "The PIA was made with a custom structure (“{name}”) of the PIA software; "
                    "its questions may differ from the CNIL's standard questions that govkit "
                    "maps."
                ).format(name=_plain(self.meta.get("structure_name")) or "?")
            )
        for key in self.pia.other_keys:
            self.warnings.append(_("The file's part “{key}” is not imported.").format(key=key))


# -- comment blocks -------------------------------------------------------------------------


def parse_block(text: str) -> tuple[str, dict[str, str | list[str]]] | None:
    """A comment written by ``govkit.exports.cnil_pia`` for data without a CNIL field:
    ``[govkit <kind>] <explanation>`` then ``Key: value`` lines, or ``Key:`` followed by
    lines indented by two spaces (``  - item`` for lists). None if the text is not one."""
    lines = text.replace("\r\n", "\n").split("\n")
    head = lines[0]
    end = head.find("]")
    if not head.startswith(BLOCK_PREFIX) or end < 0:
        return None
    kind = head[len(BLOCK_PREFIX) : end].strip()
    values: dict[str, str | list[str]] = {}
    key: str | None = None
    block: list[str] = []

    def flush() -> None:
        if key is not None:
            while block and not block[-1].strip():
                block.pop()
            values[key] = list(block)

    for line in lines[1:]:
        if key is not None and (line.startswith("  ") or not line.strip()):
            block.append(line[2:] if line.startswith("  ") else "")
            continue
        flush()
        key, block = None, []
        name, colon, rest = line.partition(":")
        if not colon or not name.strip():
            if line.strip():
                return None
            continue
        if rest.strip():
            values[name.strip()] = rest.strip()
        else:
            key = name.strip()
    flush()
    return kind, values


def _field_text(values: Mapping[str, str | list[str]], key: str) -> str:
    value = values.get(key, "")
    return "\n".join(value).strip() if isinstance(value, list) else value.strip()


def _field_items(values: Mapping[str, str | list[str]], key: str) -> list[str]:
    value = values.get(key)
    if value is None:
        return []
    lines = value if isinstance(value, list) else [value]
    items = [line.strip().removeprefix("- ").strip() for line in lines]
    return [item for item in items if item]


# -- small conversions ----------------------------------------------------------------------


def _plain(value: object) -> str:
    """A plain-text field of the CNIL (textarea): line breaks kept, ends trimmed."""
    if value is None or isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    lines = [line.rstrip() for line in str(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def _one_line(value: object) -> str:
    return " ".join(_plain(value).split())


def _answer_text(answer: CnilAnswer) -> str:
    text = html_to_text(answer.text)
    if answer.items:
        listed = "\n".join(f"- {item}" for item in answer.items)
        text = f"{text}\n{listed}" if text else listed
    return text


def _tags(answer: CnilAnswer | None) -> tuple[str, ...]:
    if answer is None:
        return ()
    return tuple(dict.fromkeys(_one_line(t) for t in answer.items if _one_line(t)))


def _gauge(value: object) -> int | None:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4:
        return value
    return None


def _opinion(value: object) -> str:
    """``dpo_status`` and ``concerned_people_status``: 0 unfavourable, 1 favourable."""
    if value in (1, "1", True):
        return "favourable"
    if value in (0, "0", False):
        return "unfavourable"
    return ""


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _iso(value: object) -> str:
    parsed = _datetime(value)
    return parsed.isoformat() if parsed else ""


def _date(value: str) -> date | None:
    """A date from "YYYY-MM-DD" or a JavaScript date-time (the CNIL stores the picked day
    as midnight UTC, so the UTC day is the day chosen)."""
    text = value.strip()
    if not text:
        return None
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    parsed = _datetime(text)
    return parsed.date() if parsed else None
