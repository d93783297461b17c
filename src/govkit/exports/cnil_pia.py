"""A govkit DPIA as a PIA file of the CNIL's free PIA software (github.com/LINCnil/pia).

``dpia_to_cnil(content, question_ids, field_ids)`` builds the JSON the PIA software's "Import"
reads (``PiaService.importData``: a ``pia`` object with ``dbVersion``, and the lists
``answers``, ``measures``, ``evaluations``, ``comments``), shaped like the CNIL's own example
export; ``dumps_cnil_pia`` gives the file's bytes. Pure functions: no database, no Qt.

- Answers to questions with a CNIL id (``external_ids.cnil_pia``) become ``answers`` with
  their text as HTML (escaped, paragraphs as ``<p>``, line breaks as ``<br />``); answers to
  questions mapped to fields of the ``pia`` object (``external_ids.cnil_pia_field``) fill those.
- The three risks of the CNIL method (``Risk.cnil_ref`` "3.2", "3.3", "3.4") fill questions
  321-346 and the residual levels the gauges of the risks' evaluations.
- Reviews become ``evaluations`` (verdict, comment) and action-plan items their
  ``action_plan_comment``, ``person_in_charge`` and ``estimated_implementation_date``.
- What the CNIL format has no place for (further risks, notes beside answers, action items
  and reviews of parts the CNIL does not evaluate) is written as comments starting with
  ``[govkit <kind>]``, readable there and read back by ``govkit.imports.cnil_pia``.

This package cannot import ``govkit.imports`` (same layer): the content is anything shaped
like ``govkit.imports.cnil_pia.DpiaContent`` (``DpiaLike``). ``docs/cnil-pia.md`` has the
mapping, field by field, and the format of the ``[govkit …]`` comments.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Protocol

from govkit.domain.assessment_enums import AssessmentStatus, SectionVerdict
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview
from govkit.i18n import _

DB_VERSION = 201707071818
"""``pia.dbVersion`` as in the CNIL's example export. The PIA software's import checks only
that the key exists (versions 1.x-2.x refuse a file without it); its value is not read."""

NUMBER_OF_QUESTIONS = 36
MEASURE_PLACEHOLDER = "measures.default_placeholder"
PLANNED_MARKER = "[govkit: planned measure]"

# Where comments without a CNIL home are attached: further risks under the first question of
# the risks (321), the rest under the first question of the PIA (111).
RISK_ANCHOR = 321
GENERAL_ANCHOR = 111

# The CNIL method's three risks and the ids of their questions: impacts, threats, sources,
# measures (lists), severity, likelihood (gauges).
RISK_QUESTIONS: dict[str, tuple[int, int, int, int, int, int]] = {
    "3.2": (321, 322, 323, 324, 325, 326),
    "3.3": (331, 332, 333, 334, 335, 336),
    "3.4": (341, 342, 343, 344, 345, 346),
}
STATUS_CODES = {
    SectionVerdict.TO_CORRECT.value: 1,
    SectionVerdict.IMPROVABLE.value: 2,
    SectionVerdict.ACCEPTABLE.value: 3,
}
SEARCHED_OPINION = "concerned_people_searched_opinion"
VIEWS_SOUGHT = "sought"
VIEWS_NOT_SOUGHT = ("not_sought", "not_appropriate")


class AnswerLike(Protocol):
    @property
    def value(self) -> object: ...

    @property
    def note(self) -> str: ...


class CommentLike(Protocol):
    @property
    def reference_to(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def for_measure(self) -> bool: ...

    @property
    def created_at(self) -> str: ...

    @property
    def target(self) -> str: ...


class DpiaLike(Protocol):
    """What the export reads: the fields of ``govkit.imports.cnil_pia.DpiaContent``."""

    @property
    def title(self) -> str: ...

    @property
    def answers(self) -> Mapping[str, AnswerLike]: ...

    @property
    def risks(self) -> Sequence[Risk]: ...

    @property
    def measures(self) -> Sequence[Measure]: ...

    @property
    def reviews(self) -> Sequence[SectionReview]: ...

    @property
    def action_plan(self) -> Sequence[ActionItem]: ...

    @property
    def comments(self) -> Sequence[CommentLike]: ...

    @property
    def dpo_name(self) -> str: ...

    @property
    def dpo_opinion(self) -> str: ...

    @property
    def dpo_status(self) -> str: ...

    @property
    def people_status(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def cnil_status(self) -> int | None: ...

    @property
    def archived(self) -> bool: ...

    @property
    def rejection_reason(self) -> str: ...

    @property
    def applied_adjustments(self) -> str: ...

    @property
    def category(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def evaluator(self) -> str: ...

    @property
    def validator(self) -> str: ...

    @property
    def created_at(self) -> datetime | None: ...

    @property
    def updated_at(self) -> datetime | None: ...

    @property
    def other_answers(self) -> Mapping[str, str]: ...


@dataclass(frozen=True)
class CnilExport:
    """The PIA file's data and what could only be approximated in it."""

    data: dict[str, Any]
    warnings: tuple[str, ...] = ()


def dpia_to_cnil(
    content: DpiaLike,
    question_ids: Mapping[str, str],
    field_ids: Mapping[str, str] | None = None,
    *,
    sections: Mapping[str, Sequence[str]] | None = None,
    now: datetime | None = None,
    pia_id: int = 1,
) -> dict[str, Any]:
    """The CNIL PIA export of a DPIA (see ``build_cnil_pia``)."""
    return build_cnil_pia(
        content, question_ids, field_ids, sections=sections, now=now, pia_id=pia_id
    ).data


def build_cnil_pia(
    content: DpiaLike,
    question_ids: Mapping[str, str],
    field_ids: Mapping[str, str] | None = None,
    *,
    sections: Mapping[str, Sequence[str]] | None = None,
    now: datetime | None = None,
    pia_id: int = 1,
) -> CnilExport:
    """The CNIL PIA export of a DPIA, with warnings about what was approximated.

    ``question_ids`` maps CNIL question ids ("111") to question ids and ``field_ids`` fields of
    the CNIL's ``pia`` object to question ids, as for the import. With ``sections`` (govkit
    section id -> the ids of all questions inside it), a review of a whole section becomes the
    evaluation of each CNIL item or question it covers. ``now`` dates what has no date of its
    own (default: ``content.updated_at``, else the current time).
    """
    stamp = now or content.updated_at or datetime.now(UTC)
    return _Writer(content, question_ids, field_ids or {}, sections or {}, stamp, pia_id).run()


def dumps_cnil_pia(data: Mapping[str, Any]) -> bytes:
    """The file's bytes: UTF-8 JSON, as the PIA software writes and reads it."""
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def text_to_html(text: str) -> str:
    """Plain text as the HTML of a rich-text answer: escaped, blank-line separated paragraphs
    as ``<p>``, other line breaks as ``<br />``, leading spaces kept as ``&nbsp;``."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return "".join(
        "<p>" + "<br />".join(_line_html(line) for line in lines) + "</p>" for lines in paragraphs
    )


def _line_html(line: str) -> str:
    body = line.lstrip(" ")
    return "&nbsp;" * (len(line) - len(body)) + html.escape(body, quote=False)


def block(kind: str, header: str, values: Sequence[tuple[str, object]]) -> str:
    """A ``[govkit <kind>]`` comment: ``Key: value`` lines; multi-line texts and lists below
    their key, indented by two spaces (lists as ``  - item``). Empty values are left out."""
    lines = [f"[govkit {kind}] {header}".rstrip()]
    for key, value in values:
        if value is None or value == "" or value == () or value == []:
            continue
        if isinstance(value, list | tuple):
            lines.append(f"{key}:")
            lines.extend(f"  - {' '.join(str(item).split())}" for item in value)
        elif isinstance(value, str) and "\n" in value.strip():
            lines.append(f"{key}:")
            lines.extend(f"  {line}".rstrip() for line in value.strip().split("\n"))
        else:
            lines.append(f"{key}: {' '.join(str(value).split())}")
    return "\n".join(lines)


def js_time(value: datetime) -> str:
    """A date-time as JavaScript's ``toISOString`` writes it: 2018-02-20T15:25:41.845Z."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


@dataclass
class _Evaluation:
    reference: str
    review: SectionReview | None = None
    actions: list[ActionItem] = field(default_factory=list)
    gauges: tuple[int, int] = (0, 0)


class _Writer:
    def __init__(
        self,
        content: DpiaLike,
        question_ids: Mapping[str, str],
        field_ids: Mapping[str, str],
        sections: Mapping[str, Sequence[str]],
        stamp: datetime,
        pia_id: int,
    ) -> None:
        self.content = content
        self.cnil_of = {question: cnil for cnil, question in question_ids.items()}
        self.field_of = {question: name for name, question in field_ids.items()}
        self.field_ids = dict(field_ids)
        self.sections = sections
        self.stamp = js_time(stamp)
        self.pia_id = pia_id
        self.warnings: list[str] = []
        self.answers: list[dict[str, Any]] = []
        self.comments: list[dict[str, Any]] = []
        self.measure_ids: dict[str, int] = {}
        self.measure_titles: dict[str, str] = {}
        self.native_risks: dict[str, Risk] = {}
        self.evaluations: dict[str, _Evaluation] = {}

    def run(self) -> CnilExport:
        measures = self._measures()
        self._risks()
        pia_fields = self._answers()
        self._other_answers()
        self._reviews_and_actions()
        evaluations = self._evaluations()
        self._comments()
        data = {
            "pia": self._pia(pia_fields),
            "answers": self.answers,
            "measures": measures,
            "evaluations": evaluations,
            "comments": self.comments,
        }
        return CnilExport(data=data, warnings=tuple(self.warnings))

    # -- measures ---------------------------------------------------------------------------

    def _measures(self) -> list[dict[str, Any]]:
        taken: set[int] = set()
        for m in self.content.measures:
            number = _cnil_number(m.id)
            if number is not None and number not in taken:
                self.measure_ids[m.id] = number
                taken.add(number)
        next_id = max(taken, default=0) + 1
        out = []
        for m in self.content.measures:
            if m.id not in self.measure_ids:
                self.measure_ids[m.id] = next_id
                next_id += 1
            self.measure_titles[m.id] = m.title
            content = text_to_html(m.description)
            if m.planned:
                content += f"<p>{PLANNED_MARKER}</p>"
            out.append(
                {
                    "title": m.title,
                    "pia_id": self.pia_id,
                    "content": content,
                    "placeholder": MEASURE_PLACEHOLDER,
                    "created_at": self.stamp,
                    "id": self.measure_ids[m.id],
                    "updated_at": self.stamp,
                }
            )
        return out

    def _measure_title(self, measure_id: str, risk: str) -> str | None:
        title = self.measure_titles.get(measure_id)
        if title is None:
            self.warnings.append(
                _(
                    "The risk “{risk}” refers to a measure that does not exist ({id}); it is left "
                    "out."
                ).format(risk=risk, id=measure_id)
            )
        return title

    # -- answers ----------------------------------------------------------------------------

    def _answer(
        self, reference: int, text: str | None, gauge: int | None, items: list[str]
    ) -> None:
        self.answers.append(
            {
                "pia_id": self.pia_id,
                "reference_to": reference,
                "data": {"text": text, "gauge": gauge, "list": items},
                "created_at": self.stamp,
                "id": len(self.answers) + 1,
                "updated_at": self.stamp,
            }
        )

    def _answers(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for question_id in sorted(self.content.answers, key=self._answer_order):
            answer = self.content.answers[question_id]
            text = _value_text(answer.value)
            cnil = self.cnil_of.get(question_id)
            if cnil is not None and cnil.isdigit():
                if text:
                    self._answer(int(cnil), text_to_html(text), 0, [])
                if answer.note.strip():
                    self._note(question_id, answer.note, int(cnil))
            elif question_id in self.field_of:
                name = self.field_of[question_id]
                if name == SEARCHED_OPINION:
                    fields[name] = (
                        True
                        if answer.value == VIEWS_SOUGHT
                        else False
                        if answer.value in VIEWS_NOT_SOUGHT
                        else None
                    )
                    if answer.value == "not_appropriate":
                        self.warnings.append(
                            _(
                                "The CNIL's PIA software only records whether the views of the "
                                "people concerned were sought: “not appropriate” is written as "
                                "“not sought”, with the reason."
                            )
                        )
                else:
                    fields[name] = text
                if answer.note.strip():
                    self._note(question_id, answer.note, GENERAL_ANCHOR)
            elif text or answer.note.strip():
                value = answer.value
                items = list(value) if isinstance(value, list | tuple) else []
                self._comment(
                    GENERAL_ANCHOR,
                    block(
                        "answer",
                        _(
                            "An answer recorded in govkit to a question the CNIL's PIA software "
                            "does not ask."
                        ),
                        [
                            ("Question", question_id),
                            ("Value", "" if items else text),
                            ("Items", items),
                        ],
                    ),
                )
                if answer.note.strip():
                    self._note(question_id, answer.note, GENERAL_ANCHOR)
        return fields

    def _answer_order(self, question_id: str) -> tuple[int, str]:
        cnil = self.cnil_of.get(question_id, "")
        return (int(cnil) if cnil.isdigit() else 10_000, question_id)

    def _note(self, question_id: str, note: str, anchor: int) -> None:
        self._comment(
            anchor,
            block(
                "note",
                _("A note written in govkit beside this answer."),
                [("Question", question_id), ("Note", note.strip())],
            ),
        )

    def _other_answers(self) -> None:
        for reference, text in self.content.other_answers.items():
            if reference.isdigit() and text.strip():
                self._answer(int(reference), text_to_html(text), 0, [])
            elif text.strip():
                self.warnings.append(
                    _(
                        "The answer kept for the CNIL question “{ref}” cannot be written back."
                    ).format(ref=reference)
                )

    # -- risks ------------------------------------------------------------------------------

    def _risks(self) -> None:
        for risk in self.content.risks:
            if risk.cnil_ref in RISK_QUESTIONS and risk.cnil_ref not in self.native_risks:
                self.native_risks[risk.cnil_ref] = risk
                self._native_risk(risk)
            else:
                self._extra_risk(risk)

    def _native_risk(self, risk: Risk) -> None:
        impacts, threats, sources, measures, severity, likelihood = RISK_QUESTIONS[risk.cnil_ref]
        titles = [
            t for t in (self._measure_title(m, risk.title) for m in risk.measures) if t is not None
        ]
        for question, items in (
            (impacts, list(risk.impacts)),
            (threats, list(risk.threats)),
            (sources, list(risk.sources)),
            (measures, titles),
        ):
            if items:
                self._answer(question, None, None, [" ".join(i.split()) for i in items])
        for question, level, reason in (
            (severity, risk.severity_before, risk.severity_reason),
            (likelihood, risk.likelihood_before, risk.likelihood_reason),
        ):
            if level is not None or reason.strip():
                self._answer(question, text_to_html(reason) or None, level or 0, [])
        if risk.severity_after is not None or risk.likelihood_after is not None:
            evaluation = self._evaluation(risk.cnil_ref)
            evaluation.gauges = (risk.severity_after or 0, risk.likelihood_after or 0)

    def _extra_risk(self, risk: Risk) -> None:
        titles = [
            t for t in (self._measure_title(m, risk.title) for m in risk.measures) if t is not None
        ]
        self._comment(
            RISK_ANCHOR,
            block(
                "risk",
                _(
                    "A further risk recorded in govkit: the CNIL's PIA software has room for its "
                    "three risks only."
                ),
                [
                    ("Id", risk.id),
                    ("Title", risk.title),
                    ("Impacts", list(risk.impacts)),
                    ("Threats", list(risk.threats)),
                    ("Sources", list(risk.sources)),
                    ("Measures", titles),
                    ("Severity", risk.severity_before),
                    ("Likelihood", risk.likelihood_before),
                    ("Residual severity", risk.severity_after),
                    ("Residual likelihood", risk.likelihood_after),
                    ("Severity reason", risk.severity_reason),
                    ("Likelihood reason", risk.likelihood_reason),
                ],
            ),
        )

    # -- evaluations ------------------------------------------------------------------------

    def _evaluation(self, reference: str) -> _Evaluation:
        if reference not in self.evaluations:
            self.evaluations[reference] = _Evaluation(reference)
        return self.evaluations[reference]

    def _references(self, target: str) -> tuple[list[str], bool]:
        """The CNIL evaluation references of a review's section (or an action's origin), and
        whether the target is a whole govkit section (less precise than the others)."""
        for ref, risk in self.native_risks.items():
            if risk.id == target:
                return [ref], False
        if target in self.measure_ids:
            return [f"3.1.{self.measure_ids[target]}"], False
        question_ref = self._question_reference(target)
        if question_ref:
            return [question_ref], False
        if target.startswith("cnil-"):
            ref = target.removeprefix("cnil-")
            parts = ref.split(".")
            if 2 <= len(parts) <= 3 and all(p.isdigit() for p in parts):
                return [ref], False
        if target in self.sections:
            refs = [self._question_reference(q) for q in self.sections[target]]
            return list(dict.fromkeys(r for r in refs if r)), True
        return [], False

    def _question_reference(self, question_id: str) -> str:
        cnil = self.cnil_of.get(question_id, "")
        if len(cnil) != 3 or not cnil.isdigit():
            return ""
        if cnil[0] == "1":  # the context is evaluated per item
            return f"1.{cnil[1]}"
        if cnil[0] == "2":  # the principles per question
            return f"2.{cnil[1]}.{cnil}"
        return ""

    def _reviews_and_actions(self) -> None:
        placed: list[tuple[SectionReview, list[str], bool]] = []
        for review in self.content.reviews:
            if review.verdict not in STATUS_CODES:
                self.warnings.append(
                    _("A review of “{section}” has no verdict; it is left out.").format(
                        section=review.section
                    )
                )
                continue
            refs, broad = self._references(review.section)
            placed.append((review, refs, broad))
        # Reviews of one item, question, measure or risk first; reviews of a whole section
        # then give their verdict to what no precise review covers.
        for broad_pass in (False, True):
            for review, refs, broad in placed:
                if broad != broad_pass:
                    continue
                free = [r for r in refs if self._evaluation_free(r)]
                if not free:
                    self._review_comment(review)
                    continue
                for ref in free:
                    self._evaluation(ref).review = review
        for action in self.content.action_plan:
            refs, _broad = self._references(action.origin)
            if refs:
                self._evaluation(refs[0]).actions.append(action)
            else:
                self._action_comment(action)

    def _evaluation_free(self, reference: str) -> bool:
        existing = self.evaluations.get(reference)
        return existing is None or existing.review is None

    def _review_comment(self, review: SectionReview) -> None:
        self._comment(
            GENERAL_ANCHOR,
            block(
                "review",
                _(
                    "A reviewer's verdict recorded in govkit on a part the CNIL's PIA software "
                    "does not evaluate."
                ),
                [
                    ("Section", review.section),
                    ("Verdict", review.verdict),
                    ("By", review.by),
                    ("At", review.at),
                    ("Comment", review.comment),
                ],
            ),
        )

    def _action_comment(self, action: ActionItem) -> None:
        self._comment(
            GENERAL_ANCHOR,
            block(
                "action",
                _("An item of the action plan recorded in govkit."),
                [
                    ("Id", action.id),
                    ("Action", action.measure),
                    ("Owner", action.owner),
                    ("Due", action.due),
                    ("Status", action.status),
                    ("Origin", action.origin),
                ],
            ),
        )

    def _evaluation_numbers(self, order: list[str]) -> dict[str, int]:
        """Evaluation ids: the CNIL's own where an action item keeps it ("cnil-action-<id>",
        so that its id survives a round trip), the next free numbers elsewhere."""
        numbers: dict[str, int] = {}
        for ref in order:
            for action in self.evaluations[ref].actions[:1]:
                number = _cnil_number(action.id.replace("cnil-action-", "cnil-", 1))
                if (
                    action.id.startswith("cnil-action-")
                    and number is not None
                    and number not in numbers.values()
                ):
                    numbers[ref] = number
        next_number = max(numbers.values(), default=0) + 1
        for ref in order:
            if ref not in numbers:
                numbers[ref] = next_number
                next_number += 1
        return numbers

    def _evaluations(self) -> list[dict[str, Any]]:
        out = []
        order = sorted(self.evaluations, key=_reference_order)
        numbers = self._evaluation_numbers(order)
        for ref in order:
            number = numbers[ref]
            evaluation = self.evaluations[ref]
            review = evaluation.review
            when = _parse_time(review.at) if review else None
            stamp = js_time(when) if when else self.stamp
            entry: dict[str, Any] = {
                "status": STATUS_CODES[review.verdict] if review else 0,
                "pia_id": self.pia_id,
                "reference_to": ref,
            }
            actions = evaluation.actions
            if actions:
                entry["action_plan_comment"] = "".join(
                    text_to_html(a.measure) for a in actions if a.measure.strip()
                )
            if review and review.comment.strip():
                entry["evaluation_comment"] = text_to_html(review.comment)
            entry["gauges"] = {"x": evaluation.gauges[0], "y": evaluation.gauges[1]}
            entry["estimated_implementation_date"] = _due(actions)
            owners = list(dict.fromkeys(a.owner.strip() for a in actions if a.owner.strip()))
            if owners:
                entry["person_in_charge"] = ", ".join(owners)
            if len(actions) > 1:
                self.warnings.append(
                    _(
                        "{n} actions of the action plan belong to “{ref}”; the CNIL's PIA "
                        "software has one action per evaluation, so they are written together."
                    ).format(n=len(actions), ref=ref)
                )
            entry["global_status"] = 2 if review else 0
            entry["created_at"] = stamp
            entry["id"] = number
            entry["updated_at"] = stamp
            out.append(entry)
        return out

    # -- comments ---------------------------------------------------------------------------

    def _comment(self, reference: int, text: str, for_measure: bool = False, at: str = "") -> None:
        self.comments.append(
            {
                "description": text,
                "pia_id": self.pia_id,
                "reference_to": reference,
                "for_measure": for_measure,
                "created_at": at or self.stamp,
                "id": len(self.comments) + 1,
            }
        )

    def _comments(self) -> None:
        blocks = self.comments
        self.comments = []
        for c in self.content.comments:
            when = _parse_time(c.created_at)
            at = js_time(when) if when else ""
            if c.for_measure:
                number = self.measure_ids.get(c.target) or _int(c.reference_to)
                if number is not None:
                    self._comment(number, c.text, for_measure=True, at=at)
                    continue
            else:
                cnil = self.cnil_of.get(c.target, "")
                number = int(cnil) if cnil.isdigit() else _int(c.reference_to)
                if number is not None:
                    self._comment(number, c.text, at=at)
                    continue
            self.warnings.append(
                _(
                    "A comment on “{ref}” has no place in the CNIL's PIA software; it is attached "
                    "to the first question."
                ).format(ref=c.reference_to)
            )
            self._comment(GENERAL_ANCHOR, c.text, at=at)
        for entry in blocks:
            self._comment(entry["reference_to"], entry["description"])

    # -- the PIA ----------------------------------------------------------------------------

    def _status(self) -> int:
        content = self.content
        if content.archived:
            return 4
        status = str(content.status)
        if status == AssessmentStatus.APPROVED:
            return 3 if content.cnil_status == 3 else 2
        if status == AssessmentStatus.REJECTED:
            return 1
        if status == AssessmentStatus.UNDER_REVIEW and content.cnil_status == 5:
            return 5
        return 0

    def _pia(self, fields: dict[str, Any]) -> dict[str, Any]:
        c = self.content
        created = js_time(c.created_at) if c.created_at else self.stamp
        updated = js_time(c.updated_at) if c.updated_at else self.stamp
        for name in self.field_ids:
            fields.setdefault(name, None if name == SEARCHED_OPINION else "")
        return {
            "dbVersion": DB_VERSION,
            "tableName": "pia",
            "serverUrl": None,
            "numberOfQuestions": NUMBER_OF_QUESTIONS,
            "created_at": created,
            "id": self.pia_id,
            "objectStore": {},
            "status": self._status(),
            "name": c.title or _("Untitled DPIA"),
            "author_name": c.author,
            "evaluator_name": c.evaluator,
            "validator_name": c.validator,
            "dpo_status": _opinion_code(c.dpo_status),
            "dpo_opinion": c.dpo_opinion,
            "concerned_people_opinion": fields.pop("concerned_people_opinion", ""),
            "concerned_people_status": _opinion_code(c.people_status),
            # The example names these two "rejection_reason" and "applied_adjustments"; the
            # import reads "rejected_reason" and "applied_adjustements": both are written.
            "rejection_reason": c.rejection_reason,
            "rejected_reason": c.rejection_reason,
            "applied_adjustments": c.applied_adjustments,
            "applied_adjustements": c.applied_adjustments,
            "updated_at": updated,
            "dpos_names": c.dpo_name,
            "people_names": fields.pop("people_names", ""),
            SEARCHED_OPINION: fields.pop(SEARCHED_OPINION, None),
            "concerned_people_searched_content": fields.pop(
                "concerned_people_searched_content", ""
            ),
            "category": c.category,
            **fields,
        }


# -- small conversions ----------------------------------------------------------------------


def _value_text(value: object) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(f"- {' '.join(str(v).split())}" for v in value)
    return str(value).strip()


def _cnil_number(measure_id: str) -> int | None:
    if measure_id.startswith("cnil-") and measure_id[5:].isdigit():
        number = int(measure_id[5:])
        return number if number > 0 else None
    return None


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _opinion_code(status: str) -> int | None:
    return {"favourable": 1, "unfavourable": 0}.get(status)


def _reference_order(reference: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in reference.split("."))


def _parse_time(text: str) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _due(actions: Sequence[ActionItem]) -> str | None:
    """The earliest due date of the actions, as the CNIL stores a picked day (midnight UTC)."""
    days = []
    for action in actions:
        try:
            days.append(date.fromisoformat(action.due))
        except ValueError:
            continue
    if not days:
        return None
    return js_time(datetime(*min(days).timetuple()[:3], tzinfo=UTC))
