"""DPIAs to and from the CNIL's PIA software (see docs/cnil-pia.md for the mapping).

``import_cnil_pia`` turns a PIA export into a govkit DPIA: every answer, measure, evaluation,
comment, gauge, status and opinion is kept, the answers under the DPIA questionnaire's
questions (matched by their CNIL ids), the rest in the assessment's ``extra_json``. The DPIA is
linked to the register's controller activity of the same name, when there is one.

``cnil_pia_bytes`` writes a govkit DPIA back in the CNIL's format, with the same keys and
reference ids, the three default risks on 3.2-3.4 and what the format has no field for in
marked comments.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from govkit.assessments import Answer, Definition, answers_from_json, builtin_definition
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.assessment_parts import SignOff
from govkit.domain.models import Assessment, utcnow
from govkit.exports.cnil_pia import build_cnil_pia, dumps_cnil_pia
from govkit.i18n import _
from govkit.imports.cnil_pia import (
    CnilPiaError,
    DpiaContent,
    PiaComment,
    PlainAnswer,
    cnil_to_dpia,
    looks_like_cnil_pia,
    read_cnil_pia,
)
from govkit.services.assessments import AssessmentService
from govkit.services.imports import ImportFileError
from govkit.services.workspace import Workspace
from govkit.storage.errors import NotFoundError

__all__ = [
    "CnilImport",
    "ImportedPia",
    "cnil_pia_bytes",
    "import_cnil_pia",
    "imported_pia",
    "looks_like_cnil_pia",
]

SOURCE = "cnil-pia"


@dataclass(frozen=True)
class Mappings:
    questions: dict[str, str]  # CNIL question id ("111") -> question id
    fields: dict[str, str]  # field of the CNIL "pia" object -> question id
    sections: dict[str, list[str]]  # section id -> ids of every question inside it


def mappings(definition: Definition) -> Mappings:
    questions: dict[str, str] = {}
    fields: dict[str, str] = {}
    for question in definition.all_questions():
        cnil = question.external_id("cnil_pia")
        field = question.external_id("cnil_pia_field")
        if cnil:
            questions[cnil] = question.id
        if field:
            fields[field] = question.id
    sections: dict[str, list[str]] = {}
    for section in definition.all_sections():
        sections[section.id] = [q.id for s in section.walk() for q in s.questions]
    return Mappings(questions, fields, sections)


@dataclass(frozen=True)
class CnilImport:
    assessment: Assessment | None  # None for a dry run
    content: DpiaContent
    subject_name: str  # the activity it was linked to, or ""

    def lines(self) -> list[str]:
        made = self.assessment
        head = (
            _("Imported the CNIL PIA “{title}” as {reference} ({status}).").format(
                title=self.content.title,
                reference=made.reference,
                status=AssessmentStatus(made.status).label.lower(),
            )
            if made is not None
            else _("The CNIL PIA “{title}” can be imported (dry run: nothing written).").format(
                title=self.content.title
            )
        )
        out = [
            head,
            _(
                "{answers} answers, {risks} risks, {measures} measures, {reviews} evaluations, "
                "{actions} actions, {comments} comments."
            ).format(
                answers=len(self.content.answers),
                risks=len(self.content.risks),
                measures=len(self.content.measures),
                reviews=len(self.content.reviews),
                actions=len(self.content.action_plan),
                comments=len(self.content.comments),
            ),
        ]
        if self.subject_name:
            out.append(_("Linked to the activity “{name}”.").format(name=self.subject_name))
        else:
            out.append(
                _(
                    "No processing activity of the register has this name, so the DPIA is not "
                    "linked to one yet."
                )
            )
        out += self.content.notes
        out += [_("Warning: {text}").format(text=w) for w in self.content.warnings]
        return out


def import_cnil_pia(
    ws: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    subject: tuple[str, str] | None = None,
) -> CnilImport:
    """Read ``path`` and (unless ``dry_run``) create the DPIA. ``ImportFileError`` for a file
    that is not a readable PIA export.

    ``subject`` is the activity to link the DPIA to, as (subject type, record id); ("", "")
    links it to none; None links it to the controller activity of the PIA's name, if any.
    """
    definition = builtin_definition(AssessmentKind.DPIA.definition_id)
    maps = mappings(definition)
    try:
        pia = read_cnil_pia(path)
    except CnilPiaError as exc:
        raise ImportFileError(str(exc), exc.reason.value) from None
    content = cnil_to_dpia(pia, maps.questions, maps.fields, sections=maps.sections)
    subject_type, subject_id, subject_name = _subject(ws, content.title, subject)
    if dry_run:
        return CnilImport(None, content, subject_name)
    answers = {
        qid: Answer(_answer_value(a.value), a.note)
        for qid, a in content.answers.items()
        if definition.has_question(qid)
    }
    signoff = _signoff(content)
    row = AssessmentService(ws.ctx).create_imported(
        AssessmentKind.DPIA,
        title=content.title,
        definition=definition,
        answers=answers,
        subject_type=subject_type,
        subject_id=subject_id,
        status=content.status,
        signoff=signoff,
        archived=content.archived,
        source=_("CNIL PIA file “{name}”").format(name=path.name),
        risks=list(content.risks),
        measures=list(content.measures),
        action_plan=list(content.action_plan),
        reviews=list(content.reviews),
        dpo_name=content.dpo_name,
        dpo_opinion=content.dpo_opinion,
        dpo_status=content.dpo_status,
        owner=content.author,
        extra_json=json.dumps(_extra(content, path.name), ensure_ascii=False),
    )
    return CnilImport(row, content, subject_name)


def _subject(ws: Workspace, title: str, chosen: tuple[str, str] | None) -> tuple[str, str, str]:
    """(subject type, record id, activity name) of the DPIA; empty strings for none."""
    if chosen is not None:
        subject_type, subject_id = chosen
        if not subject_id:
            return "", "", ""
        if subject_type == "controller_activity":
            names = ws.activities.names()
        elif subject_type == "processor_activity":
            names = ws.processor_activities.names()
        else:
            raise ValueError(f"unknown subject type {subject_type!r}")
        name = names.get(subject_id)
        if name is None:
            raise NotFoundError(_("The activity to link the DPIA to no longer exists."))
        return subject_type, subject_id, name
    wanted = " ".join(title.split()).casefold()
    match = next(
        (a for a in ws.activities.all() if " ".join(a.name.split()).casefold() == wanted), None
    )
    return ("controller_activity", match.id, match.name) if match else ("", "", "")


def _answer_value(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _signoff(content: DpiaContent) -> SignOff | None:
    at = content.updated_at.isoformat() if content.updated_at else utcnow().isoformat()
    role = _("Validator (in the CNIL PIA software)")
    if content.status is AssessmentStatus.APPROVED:
        return SignOff(decision="approved", name=content.validator, role=role, at=at)
    if content.status is AssessmentStatus.REJECTED:
        return SignOff(
            decision="rejected",
            name=content.validator,
            role=role,
            at=at,
            reason=content.rejection_reason,
            requested_changes=content.applied_adjustments,
        )
    return None


def _extra(content: DpiaContent, file_name: str) -> dict[str, Any]:
    return {
        "source": SOURCE,
        "file": file_name,
        "comments": [asdict(c) for c in content.comments],
        "other_answers": dict(content.other_answers),
        "notes": list(content.notes),
        "warnings": list(content.warnings),
        "people_status": content.people_status,
        "cnil_status": content.cnil_status,
        "rejection_reason": content.rejection_reason,
        "applied_adjustments": content.applied_adjustments,
        "category": content.category,
        "author": content.author,
        "evaluator": content.evaluator,
        "validator": content.validator,
        "created_at": content.created_at.isoformat() if content.created_at else None,
        "updated_at": content.updated_at.isoformat() if content.updated_at else None,
    }


@dataclass(frozen=True)
class ImportedPia:
    """What a DPIA imported from a CNIL PIA file keeps in ``extra_json``: what the CNIL
    software recorded that a govkit DPIA has no field for (the window shows it)."""

    file: str
    comments: tuple[PiaComment, ...]
    other_answers: dict[str, str]  # CNIL question reference -> answer text
    notes: tuple[str, ...]
    warnings: tuple[str, ...]
    people_status: str  # "favourable", "unfavourable" or ""
    cnil_status: int | None
    rejection_reason: str
    applied_adjustments: str
    category: str
    author: str
    evaluator: str
    validator: str
    created_at: str  # ISO date-times, or ""
    updated_at: str

    def comments_on(self, target: str) -> list[PiaComment]:
        """The comments on a question, a measure ("cnil-101") or an evaluation."""
        return [c for c in self.comments if c.target == target]


def _comments(extra: Mapping[str, Any]) -> list[PiaComment]:
    return [
        PiaComment(**{k: v for k, v in c.items() if k in PiaComment.__dataclass_fields__})
        for c in extra.get("comments", [])
        if isinstance(c, dict)
    ]


def imported_pia(row: Assessment) -> ImportedPia | None:
    """The CNIL data of an imported DPIA (and of its later versions); None for another one."""
    try:
        extra = json.loads(row.extra_json or "{}")
    except ValueError:
        return None
    if not isinstance(extra, dict) or extra.get("source") != SOURCE:
        return None

    def text(key: str) -> str:
        value = extra.get(key)
        return str(value) if value is not None else ""

    status = extra.get("cnil_status")
    others = extra.get("other_answers")
    return ImportedPia(
        file=text("file"),
        comments=tuple(_comments(extra)),
        other_answers={str(k): str(v) for k, v in others.items()}
        if isinstance(others, dict)
        else {},
        notes=tuple(str(n) for n in extra.get("notes") or ()),
        warnings=tuple(str(w) for w in extra.get("warnings") or ()),
        people_status=text("people_status"),
        cnil_status=status if isinstance(status, int) else None,
        rejection_reason=text("rejection_reason"),
        applied_adjustments=text("applied_adjustments"),
        category=text("category"),
        author=text("author"),
        evaluator=text("evaluator"),
        validator=text("validator"),
        created_at=text("created_at"),
        updated_at=text("updated_at"),
    )


def _content_of(ws: Workspace, row: Assessment) -> DpiaContent:
    """A govkit DPIA as the CNIL conversion reads it."""
    extra: Mapping[str, Any] = json.loads(row.extra_json or "{}")
    answers = answers_from_json(json.loads(row.answers_json))
    comments = _comments(extra)
    return DpiaContent(
        title=row.title,
        answers={qid: PlainAnswer(a.value, a.note) for qid, a in answers.items()},
        risks=list(row.risks),
        measures=list(row.measures),
        reviews=list(row.reviews),
        action_plan=list(row.action_plan),
        comments=comments,
        dpo_name=row.dpo_name,
        dpo_opinion=row.dpo_opinion,
        dpo_status=row.dpo_status,
        people_status=str(extra.get("people_status") or ""),
        status=AssessmentStatus(row.status),
        archived=row.archived_at is not None,
        rejection_reason=next(
            (s.reason for s in reversed(row.signoffs) if s.decision == "rejected"), ""
        ),
        category=str(extra.get("category") or ""),
        author=row.owner,
        evaluator=str(extra.get("evaluator") or ""),
        validator=next((s.name for s in reversed(row.signoffs)), ""),
        created_at=row.created_at,
        updated_at=row.updated_at,
        other_answers={str(k): str(v) for k, v in dict(extra.get("other_answers", {})).items()},
    )


def cnil_pia_bytes(ws: Workspace, assessment_id: str) -> tuple[bytes, list[str]]:
    """A DPIA as a CNIL PIA export file's bytes, and warnings about what was approximated."""
    service = AssessmentService(ws.ctx)
    row = service.get(assessment_id)
    if row.kind != AssessmentKind.DPIA:
        raise ImportFileError(
            _("Only a DPIA can be written in the CNIL PIA format, not a {kind}.").format(
                kind=AssessmentKind(row.kind).label
            ),
            "unsupported",
        )
    maps = mappings(service.definition(row))
    built = build_cnil_pia(
        _content_of(ws, row), maps.questions, maps.fields, sections=maps.sections, now=utcnow()
    )
    return dumps_cnil_pia(built.data), list(built.warnings)
