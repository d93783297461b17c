"""Impact assessments of the register's activities: DPIA screenings and DPIAs, with their workflow.

An assessment is made with a questionnaire (``govkit.assessments``); the vault keeps a copy of
the exact definition (``QuestionnaireDefinition``) so that it opens unchanged after the
built-in questionnaires are revised. Its life:

    draft --submit--> submitted --start_review--> under review --approve--> approved
      ^                                               |                        |
      +------------------- reject (reason) -----------+      new_version: a new draft row
                                                                  (version + 1, same series)

Answers change only in a draft (or a rejected assessment, which goes back to draft on the next
change). Approving records who signed, in which role, when, and the SHA-256 of the frozen
content; an approved version is read-only for good. Every step is a change-history entry.
A full DPIA starts with the CNIL method's three risks (more can be added).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlmodel import col, select

from govkit.assessments import (
    Answer,
    Definition,
    Evaluation,
    answers_from_json,
    answers_to_json,
    builtin_definition,
    evaluate,
    parse_definition,
    validate_answer,
)
from govkit.domain.assessment_enums import (
    ActionStatus,
    AssessmentKind,
    AssessmentStatus,
    DpiaState,
    SectionVerdict,
)
from govkit.domain.assessment_parts import ActionItem, Risk, SectionReview, SignOff
from govkit.domain.jsonable import to_jsonable
from govkit.domain.models import Assessment, QuestionnaireDefinition, new_id, utcnow
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, UserFacingError, ValidationError

ENTITY = "assessment"
REVIEW_AFTER_DAYS = 365  # an approved assessment's next review, unless the signer sets one
_PREFIX = {
    AssessmentKind.DPIA_SCREENING: "SCR",
    AssessmentKind.DPIA: "DPIA",
    AssessmentKind.ALGORITHMIC_IMPACT: "AIA",
}
SUBJECT_TYPES = ("controller_activity", "processor_activity")


class WorkflowError(UserFacingError):
    """A step the assessment's status does not allow (e.g. editing an approved DPIA)."""


def default_risks() -> list[Risk]:
    """The CNIL method's three risks, which every DPIA starts with."""
    return [
        Risk(id="risk-access", title=_("Illegitimate access to personal data"), cnil_ref="3.2"),
        Risk(id="risk-modification", title=_("Unwanted modification of data"), cnil_ref="3.3"),
        Risk(id="risk-disappearance", title=_("Disappearance of data"), cnil_ref="3.4"),
    ]


@dataclass(frozen=True)
class AssessmentSummary:
    """One line of the assessments list."""

    id: str
    reference: str
    kind: AssessmentKind
    title: str
    subject_type: str
    subject_id: str
    status: AssessmentStatus
    version: int
    owner: str
    outcome: str
    next_review: date | None
    updated_at: str

    def overdue(self, today: date) -> bool:
        return self.next_review is not None and self.next_review < today


class AssessmentService:
    """Use on the thread that owns the database."""

    entity_type = ENTITY

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------------------------

    def get(self, assessment_id: str) -> Assessment:
        with self.ctx.transaction() as s:
            row = s.get(Assessment, assessment_id)
            if row is None:
                raise NotFoundError(_("This assessment no longer exists."))
            s.expunge(row)
            return row

    def definition(self, assessment: Assessment) -> Definition:
        """The questionnaire exactly as the assessment was made with it."""
        with self.ctx.transaction() as s:
            return _definition(s, assessment.definition_key)

    def answers(self, assessment: Assessment) -> dict[str, Answer]:
        return answers_from_json(json.loads(assessment.answers_json))

    def evaluation(self, assessment: Assessment, language: str = "en") -> Evaluation:
        return evaluate(self.definition(assessment), self.answers(assessment), language)

    def summaries(
        self, *, kind: AssessmentKind | None = None, include_archived: bool = False
    ) -> list[AssessmentSummary]:
        with self.ctx.transaction() as s:
            query = select(Assessment)
            if kind is not None:
                query = query.where(Assessment.kind == kind)
            if not include_archived:
                query = query.where(col(Assessment.archived_at).is_(None))
            rows = list(s.exec(query.order_by(col(Assessment.reference), col(Assessment.version))))
        return [_summary(r) for r in rows]

    def versions(self, series_id: str) -> list[Assessment]:
        with self.ctx.transaction() as s:
            rows = list(
                s.exec(
                    select(Assessment)
                    .where(Assessment.series_id == series_id)
                    .order_by(col(Assessment.version))
                )
            )
            for row in rows:
                s.expunge(row)
        return rows

    def for_subject(self, subject_type: str, subject_id: str) -> list[Assessment]:
        with self.ctx.transaction() as s:
            rows = list(
                s.exec(
                    select(Assessment)
                    .where(
                        Assessment.subject_type == subject_type,
                        Assessment.subject_id == subject_id,
                        col(Assessment.archived_at).is_(None),
                    )
                    .order_by(col(Assessment.created_at), col(Assessment.version))
                )
            )
            for row in rows:
                s.expunge(row)
        return rows

    def dpia_states(self, subject_type: str) -> dict[str, DpiaState]:
        """Where each activity of a register stands on DPIAs (activities never screened are
        absent: ``DpiaState.NOT_SCREENED``)."""
        return dpia_states(self.ctx, subject_type)

    def dpia_state(self, subject_type: str, subject_id: str) -> DpiaState:
        return self.dpia_states(subject_type).get(subject_id, DpiaState.NOT_SCREENED)

    # -- starting ----------------------------------------------------------------------------

    def start(
        self,
        kind: AssessmentKind,
        *,
        subject_type: str,
        subject_id: str,
        title: str = "",
        owner: str = "",
        definition: Definition | None = None,
    ) -> Assessment:
        """A new draft assessment of an activity, with the newest built-in questionnaire."""
        if subject_type not in SUBJECT_TYPES:
            raise ValueError(f"unknown subject type {subject_type!r}")
        definition = definition or builtin_definition(kind.definition_id)
        with self.ctx.transaction() as s:
            subject = _subject_label(s, subject_type, subject_id)
            key = _store_definition(s, definition)
            row = Assessment(
                kind=kind,
                title=title.strip()
                or _("{kind}: {subject}").format(kind=kind.label, subject=subject),
                subject_type=subject_type,
                subject_id=subject_id,
                definition_key=key,
                answers_json=json.dumps(answers_to_json({})),
                owner=owner.strip() or self.ctx.actor.name,
                reference=_next_reference(s, kind),
                risks=default_risks() if kind is AssessmentKind.DPIA else [],
                created_by=self.ctx.actor.name,
                updated_by=self.ctx.actor.name,
            )
            row.series_id = row.id
            s.add(row)
            self._record(s, row, "create", [audit_chain.FieldChange("status", None, row.status)])
            s.flush()
            s.expunge(row)
        return row

    def create_imported(
        self,
        kind: AssessmentKind,
        *,
        title: str,
        definition: Definition,
        answers: Mapping[str, Answer],
        subject_type: str = "",
        subject_id: str = "",
        status: AssessmentStatus = AssessmentStatus.DRAFT,
        signoff: SignOff | None = None,
        source: str,
        archived: bool = False,
        **fields: Any,
    ) -> Assessment:
        """An assessment made in another tool (a CNIL PIA file), with its content as it was.

        Unlike ``start`` the subject may be empty (no activity of the register matched); an
        approved import carries the other tool's sign-off, hashed here. ``fields`` are the
        row's other values (risks, measures, action_plan, reviews, dpo_*, owner, extra_json).
        """
        with self.ctx.transaction() as s:
            if subject_id:
                _subject_label(s, subject_type, subject_id)
            key = _store_definition(s, definition)
            now = utcnow()
            row = Assessment(
                kind=kind,
                title=title.strip() or kind.label,
                subject_type=subject_type,
                subject_id=subject_id,
                definition_key=key,
                answers_json=json.dumps(answers_to_json(answers), ensure_ascii=False),
                reference=_next_reference(s, kind),
                created_by=self.ctx.actor.name,
                updated_by=self.ctx.actor.name,
                **fields,
            )
            row.series_id = row.id
            row.owner = row.owner or self.ctx.actor.name
            problems = _risk_problems(row.risks)
            if problems:
                raise ValidationError(problems)
            outcome = evaluate(definition, answers)
            chosen = outcome.outcome or outcome.provisional
            row.outcome = chosen.id if chosen is not None else ""
            row.status = status
            if signoff is not None:
                digest = content_hash(row)
                row.signoffs = [*row.signoffs, replace(signoff, content_hash=digest)]
                if status is AssessmentStatus.APPROVED:
                    row.content_hash = digest
                    row.approved_at = now
                    row.next_review = now.date() + timedelta(days=REVIEW_AFTER_DAYS)
            if archived:
                row.archived_at = now
            s.add(row)
            self._record(
                s,
                row,
                "create",
                [
                    audit_chain.FieldChange("source", None, source),
                    audit_chain.FieldChange("status", None, str(status)),
                ],
            )
            s.flush()
            s.expunge(row)
        return row

    # -- editing -----------------------------------------------------------------------------

    def answer(
        self, assessment_id: str, question_id: str, value: Any, note: str = ""
    ) -> Evaluation:
        """Record one answer (None clears it); returns the new evaluation."""
        with self.ctx.transaction() as s:
            row = self._editable(s, assessment_id)
            definition = _definition(s, row.definition_key)
            if not definition.has_question(question_id):
                raise ValidationError(
                    {question_id: _("This question is not in the questionnaire.")}
                )
            question = definition.question(question_id)
            answers = answers_from_json(json.loads(row.answers_json))
            before = answers.get(question_id)
            if value is None and not note.strip():
                answers.pop(question_id, None)
            else:
                if value is not None:
                    problem = validate_answer(question, value)
                    if problem:
                        raise ValidationError({question_id: problem})
                answers[question_id] = Answer(value, note.strip())
            after = answers.get(question_id)
            if before == after:
                return evaluate(definition, answers)
            result = evaluate(definition, answers)
            row.answers_json = json.dumps(answers_to_json(answers), ensure_ascii=False)
            # The outcome so far, while required questions (e.g. the reasoning) are open.
            outcome = result.outcome or result.provisional
            row.outcome = outcome.id if outcome is not None else ""
            self._touch(row)
            s.add(row)
            self._record(
                s,
                row,
                "update",
                [
                    audit_chain.FieldChange(
                        f"answers.{question_id}", _answer_json(before), _answer_json(after)
                    )
                ],
            )
        return result

    def update(self, assessment_id: str, values: Mapping[str, Any]) -> Assessment:
        """Change the title, owner, risks, measures, action plan or the DPO's opinion."""
        allowed = {
            "title",
            "owner",
            "risks",
            "measures",
            "action_plan",
            "dpo_name",
            "dpo_opinion",
            "dpo_status",
        }
        unknown = set(values) - allowed
        if unknown:
            raise ValidationError({name: _("This field cannot be set.") for name in unknown})
        with self.ctx.transaction() as s:
            row = self._editable(s, assessment_id)
            changes = []
            for name, value in values.items():
                before = to_jsonable(getattr(row, name))
                setattr(row, name, list(value) if isinstance(value, tuple) else value)
                after = to_jsonable(getattr(row, name))
                if before != after:
                    changes.append(audit_chain.FieldChange(name, before, after))
            if not row.title.strip():
                raise ValidationError({"title": _("A title is required.")})
            problems = _risk_problems(row.risks)
            if problems:
                raise ValidationError(problems)
            if changes:
                self._touch(row)
                s.add(row)
                self._record(s, row, "update", changes)
            s.flush()
            s.expunge(row)
        return row

    # -- the workflow ------------------------------------------------------------------------

    def submit(self, assessment_id: str) -> Assessment:
        """Send a draft for review; refused while required questions are unanswered."""
        with self.ctx.transaction() as s:
            row = self._editable(s, assessment_id)
            result = evaluate(
                _definition(s, row.definition_key), answers_from_json(json.loads(row.answers_json))
            )
            if result.missing:
                raise WorkflowError(
                    _("{n} required questions are not answered yet: {questions}.").format(
                        n=len(result.missing), questions=", ".join(result.missing[:10])
                    )
                )
            return self._move(s, row, AssessmentStatus.SUBMITTED, submitted_at=utcnow())

    def start_review(self, assessment_id: str) -> Assessment:
        with self.ctx.transaction() as s:
            row = self._load(s, assessment_id)
            self._expect(row, AssessmentStatus.SUBMITTED)
            return self._move(s, row, AssessmentStatus.UNDER_REVIEW)

    def review_section(
        self, assessment_id: str, section: str, verdict: SectionVerdict, comment: str = ""
    ) -> Assessment:
        """The evaluator's verdict on a section; "improvable" adds an action-plan item."""
        with self.ctx.transaction() as s:
            row = self._load(s, assessment_id)
            self._expect(row, AssessmentStatus.UNDER_REVIEW)
            if verdict is not SectionVerdict.ACCEPTABLE and not comment.strip():
                raise ValidationError({"comment": _("Say what should be improved or corrected.")})
            review = SectionReview(
                section=section,
                verdict=verdict.value,
                comment=comment.strip(),
                by=self.ctx.actor.name,
                at=utcnow().isoformat(),
            )
            before = to_jsonable(row.reviews)
            row.reviews = [r for r in row.reviews if r.section != section] + [review]
            changes = [audit_chain.FieldChange("reviews", before, to_jsonable(row.reviews))]
            if verdict is SectionVerdict.IMPROVABLE:
                plan_before = to_jsonable(row.action_plan)
                row.action_plan = [
                    *row.action_plan,
                    ActionItem(
                        id=new_id(),
                        measure=comment.strip(),
                        status=ActionStatus.PLANNED.value,
                        origin=section,
                    ),
                ]
                changes.append(
                    audit_chain.FieldChange(
                        "action_plan", plan_before, to_jsonable(row.action_plan)
                    )
                )
            self._touch(row)
            s.add(row)
            self._record(s, row, "update", changes)
            s.flush()
            s.expunge(row)
        return row

    def approve(
        self, assessment_id: str, *, name: str, role: str, next_review: date | None = None
    ) -> Assessment:
        """Sign off: records name, role, time and the hash of the frozen content. Every
        approved assessment gets a next-review date: a year from now unless one is given."""
        if not name.strip() or not role.strip():
            raise ValidationError(
                {"name": _("The name and role of the person signing are required.")}
            )
        with self.ctx.transaction() as s:
            row = self._load(s, assessment_id)
            self._expect(row, AssessmentStatus.UNDER_REVIEW)
            digest = content_hash(row)
            now = utcnow()
            row.signoffs = [
                *row.signoffs,
                SignOff(
                    decision="approved",
                    name=name.strip(),
                    role=role.strip(),
                    at=now.isoformat(),
                    content_hash=digest,
                ),
            ]
            row.content_hash = digest
            row.next_review = next_review or (now.date() + timedelta(days=REVIEW_AFTER_DAYS))
            return self._move(s, row, AssessmentStatus.APPROVED, approved_at=now)

    def reject(
        self,
        assessment_id: str,
        *,
        name: str,
        role: str,
        reason: str,
        requested_changes: str = "",
    ) -> Assessment:
        if not reason.strip():
            raise ValidationError({"reason": _("Give the reason for the rejection.")})
        with self.ctx.transaction() as s:
            row = self._load(s, assessment_id)
            self._expect(row, AssessmentStatus.UNDER_REVIEW)
            row.signoffs = [
                *row.signoffs,
                SignOff(
                    decision="rejected",
                    name=name.strip(),
                    role=role.strip(),
                    at=utcnow().isoformat(),
                    reason=reason.strip(),
                    requested_changes=requested_changes.strip(),
                    content_hash=content_hash(row),
                ),
            ]
            return self._move(s, row, AssessmentStatus.REJECTED)

    def new_version(self, assessment_id: str) -> Assessment:
        """A new draft copying an approved (or rejected) version; the old one stays as it was."""
        with self.ctx.transaction() as s:
            old = self._load(s, assessment_id)
            if old.status not in (AssessmentStatus.APPROVED, AssessmentStatus.REJECTED):
                raise WorkflowError(
                    _("Only an approved or rejected assessment gets a new version.")
                )
            newest = max(
                r.version
                for r in s.exec(select(Assessment).where(Assessment.series_id == old.series_id))
            )
            row = Assessment(
                **{
                    name: getattr(old, name)
                    for name in Assessment.model_fields
                    if name
                    not in {
                        "id",
                        "version",
                        "status",
                        "signoffs",
                        "reviews",
                        "content_hash",
                        "submitted_at",
                        "approved_at",
                        "created_at",
                        "created_by",
                        "updated_at",
                        "updated_by",
                        "archived_at",
                    }
                },
                version=newest + 1,
                created_by=self.ctx.actor.name,
                updated_by=self.ctx.actor.name,
            )
            s.add(row)
            self._record(
                s,
                row,
                "create",
                [audit_chain.FieldChange("version", old.version, row.version)],
            )
            s.flush()
            s.expunge(row)
        return row

    # -- helpers -----------------------------------------------------------------------------

    def _load(self, s: Any, assessment_id: str) -> Assessment:
        row = s.get(Assessment, assessment_id)
        if row is None:
            raise NotFoundError(_("This assessment no longer exists."))
        return row  # type: ignore[no-any-return]

    def _editable(self, s: Any, assessment_id: str) -> Assessment:
        row = self._load(s, assessment_id)
        if not AssessmentStatus(row.status).editable:
            raise WorkflowError(
                _(
                    "This assessment is {status} and cannot be changed. Start a new version to "
                    "change it."
                ).format(status=AssessmentStatus(row.status).label.lower())
                if row.status == AssessmentStatus.APPROVED
                else _("This assessment is {status}: it cannot be changed during review.").format(
                    status=AssessmentStatus(row.status).label.lower()
                )
            )
        if row.status == AssessmentStatus.REJECTED:
            row.status = AssessmentStatus.DRAFT  # reworking a rejected assessment
        return row

    def _expect(self, row: Assessment, status: AssessmentStatus) -> None:
        if row.status != status:
            raise WorkflowError(
                _("This step needs an assessment that is {wanted}; this one is {found}.").format(
                    wanted=status.label.lower(), found=AssessmentStatus(row.status).label.lower()
                )
            )

    def _move(self, s: Any, row: Assessment, status: AssessmentStatus, **fields: Any) -> Assessment:
        before = row.status
        row.status = status
        for name, value in fields.items():
            setattr(row, name, value)
        self._touch(row)
        s.add(row)
        changes = [audit_chain.FieldChange("status", str(before), str(status))]
        changes += [
            audit_chain.FieldChange(name, None, to_jsonable(value))
            for name, value in fields.items()
        ]
        if status in (AssessmentStatus.APPROVED, AssessmentStatus.REJECTED):
            changes.append(audit_chain.FieldChange("signoff", None, to_jsonable(row.signoffs[-1])))
        if status is AssessmentStatus.APPROVED:
            changes.append(audit_chain.FieldChange("content_hash", None, row.content_hash))
            changes.append(
                audit_chain.FieldChange("next_review", None, to_jsonable(row.next_review))
            )
        self._record(s, row, status.value, changes)
        s.flush()
        s.expunge(row)
        return row

    def _touch(self, row: Assessment) -> None:
        row.updated_at = utcnow()
        row.updated_by = self.ctx.actor.name

    def _record(
        self, s: Any, row: Assessment, action: str, changes: list[audit_chain.FieldChange]
    ) -> None:
        self.ctx.record(
            s,
            entity_type=ENTITY,
            entity_id=row.id,
            entity_label=f"{row.reference} {row.title}".strip(),
            action=action,
            changes=changes,
        )


def _risk_problems(risks: Iterable[Risk]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for n, risk in enumerate(risks, 1):
        if not risk.title.strip():
            problems[f"risks.{n}.title"] = _("Risk {n} needs a title.").format(n=n)
        for name in ("severity_before", "likelihood_before", "severity_after", "likelihood_after"):
            value = getattr(risk, name)
            if value is not None and value not in (1, 2, 3, 4):
                problems[f"risks.{n}.{name}"] = _(
                    "Risk “{title}”: severity and likelihood go from 1 (negligible) to 4 (maximum)."
                ).format(title=risk.title)
    return problems


def content_hash(row: Assessment) -> str:
    """SHA-256 of what is signed: answers, risks, measures, plan, reviews, opinion, and which
    questionnaire (its copy in the vault)."""
    content = {
        "id": row.id,
        "series_id": row.series_id,
        "version": row.version,
        "kind": str(row.kind),
        "title": row.title,
        "subject": [row.subject_type, row.subject_id],
        "definition": row.definition_key,
        "answers": json.loads(row.answers_json),
        "risks": to_jsonable(row.risks),
        "measures": to_jsonable(row.measures),
        "action_plan": to_jsonable(row.action_plan),
        "reviews": to_jsonable(row.reviews),
        "dpo": [row.dpo_name, row.dpo_opinion, row.dpo_status],
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _answer_json(answer: Answer | None) -> Any:
    if answer is None:
        return None
    return answers_to_json({"a": answer})["answers"]["a"]


def _definition(s: Any, key: str) -> Definition:
    stored = s.get(QuestionnaireDefinition, key)
    if stored is None:
        raise NotFoundError(_("The questionnaire of this assessment is missing from the vault."))
    return parse_definition(json.loads(stored.definition_json), source=key)


def _store_definition(s: Any, definition: Definition) -> str:
    key = f"{definition.id}@{definition.version}"
    stored = s.get(QuestionnaireDefinition, key)
    data = json.dumps(definition.to_json(), ensure_ascii=False, sort_keys=True)
    if stored is None:
        s.add(
            QuestionnaireDefinition(
                key=key,
                definition_id=definition.id,
                version=definition.version,
                definition_json=data,
            )
        )
    elif json.loads(stored.definition_json) != definition.to_json():
        # A vault keeps the version it has: a file of the same id and version that differs
        # would silently change old assessments.
        raise ValueError(f"questionnaire {key} differs from the copy kept in this vault")
    return key


def _subject_label(s: Any, subject_type: str, subject_id: str) -> str:
    from govkit.domain.models import ControllerActivity, ProcessorActivity

    model = ControllerActivity if subject_type == "controller_activity" else ProcessorActivity
    subject = s.get(model, subject_id)
    if subject is None:
        raise NotFoundError(_("The activity to assess no longer exists."))
    return str(subject.name)


def _next_reference(s: Any, kind: AssessmentKind) -> str:
    prefix = _PREFIX[kind]
    taken = {
        r
        for r in s.exec(select(Assessment.reference).where(Assessment.kind == kind))
        if r.startswith(prefix + "-")
    }
    number = len(taken) + 1
    while f"{prefix}-{number:03}" in taken:
        number += 1
    return f"{prefix}-{number:03}"


def _summary(row: Assessment) -> AssessmentSummary:
    return AssessmentSummary(
        id=row.id,
        reference=row.reference,
        kind=AssessmentKind(row.kind),
        title=row.title,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        status=AssessmentStatus(row.status),
        version=row.version,
        owner=row.owner,
        outcome=row.outcome,
        next_review=row.next_review,
        updated_at=row.updated_at.isoformat(),
    )


def subjects_of(ctx: ServiceContext, assessment_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(subject type, subject id) of the assessments with these ids (to refresh their rows)."""
    found: set[tuple[str, str]] = set()
    for assessment_id in assessment_ids:
        for subject_type, subject_id in ctx.conn.execute(
            "SELECT subject_type, subject_id FROM assessment WHERE id = ?", (assessment_id,)
        ):
            found.add((str(subject_type), str(subject_id)))
    return found


@dataclass(frozen=True)
class _StateRow:
    subject_id: str
    series_id: str
    version: int
    kind: str
    status: AssessmentStatus
    outcome: str
    updated_at: str


def dpia_states(
    ctx: ServiceContext, subject_type: str, subject_id: str | None = None
) -> dict[str, DpiaState]:
    """The DPIA state of every assessed activity of a register (or of one), read with one
    plain query: the register table shows it for every row, 100,000 rows included."""
    status_by_name = {st.name: st for st in AssessmentStatus}
    sql = (
        "SELECT subject_id, series_id, version, kind, status, outcome, updated_at "
        "FROM assessment WHERE subject_type = ? AND archived_at IS NULL"
    )
    params: tuple[str, ...] = (subject_type,)
    if subject_id is not None:
        sql += " AND subject_id = ?"
        params += (subject_id,)
    by_subject: dict[str, list[_StateRow]] = {}
    for subject, series, version, kind, status, outcome, updated in ctx.conn.execute(sql, params):
        row = _StateRow(
            subject,
            series,
            int(version),
            str(kind),
            status_by_name.get(status, AssessmentStatus.DRAFT),
            outcome or "",
            str(updated),
        )
        by_subject.setdefault(subject, []).append(row)
    return {subject: _dpia_state(rows) for subject, rows in by_subject.items()}


def _newest_per_series(rows: Iterable[_StateRow]) -> list[_StateRow]:
    newest: dict[str, _StateRow] = {}
    for row in rows:
        if row.series_id not in newest or row.version > newest[row.series_id].version:
            newest[row.series_id] = row
    return list(newest.values())


def _dpia_state(rows: list[_StateRow]) -> DpiaState:
    current = _newest_per_series(rows)
    dpias = [r for r in current if r.kind == AssessmentKind.DPIA]
    if any(r.status == AssessmentStatus.APPROVED for r in dpias):
        return DpiaState.DPIA_APPROVED
    if dpias:
        return DpiaState.DPIA_IN_PROGRESS
    screenings = sorted(
        (r for r in current if r.kind == AssessmentKind.DPIA_SCREENING),
        key=lambda r: r.updated_at,
    )
    if not screenings or not screenings[-1].outcome:
        return DpiaState.NOT_SCREENED
    latest = screenings[-1]
    if latest.outcome == "no_dpia_needed":
        return DpiaState.NO_DPIA_NEEDED
    if latest.outcome == "dpia_recommended" and latest.status == AssessmentStatus.APPROVED:
        # One criterion: the screening records why no DPIA is made, and its approval is the
        # DPO's decision. Until then it counts as required, the cautious reading of WP248.
        return DpiaState.NO_DPIA_NEEDED
    return DpiaState.DPIA_REQUIRED


__all__ = [
    "AssessmentService",
    "AssessmentSummary",
    "WorkflowError",
    "content_hash",
    "default_risks",
]
