"""The registers (Art. 30(1) and 30(2) activities, AI systems): every change goes through here."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from functools import partial
from types import SimpleNamespace
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import insert
from sqlmodel import Session, col, select

from govkit.domain.ai_enums import AiPhase, AiRiskTier
from govkit.domain.ai_rules import open_duties
from govkit.domain.assessment_enums import DpiaState
from govkit.domain.columns import PartList, StringList
from govkit.domain.completeness import (
    Completeness,
    ai_system_completeness,
    completeness,
    controller_completeness,
    processor_completeness,
)
from govkit.domain.enums import ActivityStatus, ChangeAction
from govkit.domain.fields import CONTROLLER_FIELDS, PROCESSOR_FIELDS, FieldSpec
from govkit.domain.jsonable import to_jsonable
from govkit.domain.models import (
    AiSystem,
    ChangeEntry,
    ControllerActivity,
    ProcessorActivity,
    utcnow,
)
from govkit.domain.parts import PART_TYPES
from govkit.domain.validation import validate_ai_system, validate_record
from govkit.i18n import _
from govkit.services.assessments import dpia_states
from govkit.services.context import ALL_RECORDS, ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, ValidationError

R = TypeVar("R", ControllerActivity, ProcessorActivity, AiSystem)
Record = ControllerActivity | ProcessorActivity | AiSystem

# Fields a user may change; bookkeeping fields (id, created_*, updated_*, archived_at) are not.
_SYSTEM_FIELDS = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "archived_at"}
)


@dataclass(frozen=True)
class AiRowFacts:
    """What the AI systems table shows beyond a register row."""

    phase: AiPhase
    tier: AiRiskTier
    annex_area: str
    duties_open: int  # to do or in progress
    duties_total: int


@dataclass(frozen=True)
class RecordRow:
    """What a register table shows of one record, plus its lower-case search text."""

    id: str
    reference: str
    name: str
    department: str
    status: ActivityStatus
    legal_bases: tuple[str, ...]
    next_review: date | None
    updated_at: datetime
    archived: bool
    completeness: Completeness
    search_text: str
    dpia: DpiaState = DpiaState.NOT_SCREENED  # where the activity stands on DPIAs
    ai: AiRowFacts | None = None  # for AI systems only


@dataclass(frozen=True)
class Snapshot:
    """Everything needed to put a deleted record back exactly as it was (undo)."""

    entity_type: str
    values: dict[str, Any]


class RecordService(Generic[R]):
    """Create, read, change, archive and delete records of one register, with history."""

    def __init__(self, ctx: ServiceContext, model: type[R], specs: tuple[FieldSpec, ...]) -> None:
        self.ctx = ctx
        self.model: type[R] = model
        self.specs = specs
        self.entity_type: str = cast(str, model.__tablename__)
        # What a form (or the CLI, an import) may set; read-only fields change through a
        # service method of their own but are shown in the history like the others.
        self.editable_fields = tuple(s.name for s in specs if not s.read_only)
        self.recorded_fields = tuple(s.name for s in specs)
        self._validator: Callable[[Any], dict[str, str]] = (
            validate_ai_system if model is AiSystem else validate_record
        )
        checks: dict[type, Callable[[Any], Completeness]] = {
            ControllerActivity: controller_completeness,
            ProcessorActivity: processor_completeness,
            AiSystem: ai_system_completeness,
        }
        self._check = checks[model]

    # -- reading -------------------------------------------------------------------------

    def get(self, record_id: str) -> R:
        with self.ctx.transaction() as s:
            record = s.get(self.model, record_id)
            if record is None:
                raise NotFoundError(_("This record no longer exists."))
            return record

    def all(self, *, include_archived: bool = True) -> list[R]:
        with self.ctx.transaction() as s:
            query = select(self.model).order_by(col(self.model.reference), col(self.model.name))
            if not include_archived:
                query = query.where(col(self.model.archived_at).is_(None))
            return list(s.exec(query))

    def count(self) -> int:
        row = self.ctx.conn.execute(f"SELECT count(*) FROM {self.entity_type}").fetchone()
        return int(row[0])

    def rows(self) -> list[RecordRow]:
        """Every record as a table row, fast enough for 100,000 records."""
        return self._load_rows(None)

    def row(self, record_id: str) -> RecordRow | None:
        """One record's table row (after a change), or None if it no longer exists."""
        found = self._load_rows(record_id)
        return found[0] if found else None

    def _load_rows(self, record_id: str | None) -> list[RecordRow]:
        # Raw tuples, no ORM objects; JSON lists decoded only when not empty.
        table = self.model.__table__  # type: ignore[attr-defined]
        names = [c.name for c in table.columns]
        # Completeness needs only whether most lists are empty; decoding every JSON list cost
        # most of the load time. Lists whose content is read are decoded; the others become
        # [] or a one-element stand-in. A test compares every row with the full record.
        decoders: dict[str, Callable[[str], Any]] = {}
        for column in table.columns:
            if column.name in _DECODED_IN_ROWS and isinstance(column.type, StringList):
                decoders[column.name] = json.loads
            elif column.name in _DECODED_IN_ROWS and isinstance(column.type, PartList):
                decoders[column.name] = partial(column.type.process_result_value, dialect=None)  # type: ignore[arg-type]
            elif isinstance(column.type, StringList | PartList):
                decoders[column.name] = _present
        skip = {
            "id",
            "created_at",
            "updated_at",
            "archived_at",
            "next_review",
            "status",
            "created_by",
            "updated_by",
        }
        text_indexes = [i for i, n in enumerate(names) if n not in skip]
        part_indexes = {i for i, c in enumerate(table.columns) if isinstance(c.type, PartList)}
        check = self._check
        is_ai = self.model is AiSystem
        status_by_name = {st.name: st for st in ActivityStatus}
        rows: list[RecordRow] = []
        states = dpia_states(self.ctx, self.entity_type, record_id)
        sql = f"SELECT {', '.join(names)} FROM {self.entity_type}"
        cursor = (
            self.ctx.conn.execute(sql + " WHERE id = ?", (record_id,))
            if record_id is not None
            else self.ctx.conn.execute(sql)
        )
        for raw in cursor:
            values = dict(zip(names, raw, strict=True))
            for name, decode in decoders.items():
                value = values[name]
                values[name] = decode(value) if value and value != "[]" else []
            search = " ".join(
                _PART_KEYS.sub(" ", raw[i]) if i in part_indexes else str(raw[i])
                for i in text_indexes
                if raw[i] and raw[i] != "[]"
            ).casefold()
            next_review = values["next_review"]
            rows.append(
                RecordRow(
                    id=values["id"],
                    reference=values["reference"],
                    name=values["name"],
                    department=values["department"],
                    status=status_by_name.get(values["status"], ActivityStatus.DRAFT),
                    legal_bases=tuple(values.get("legal_bases", ())),
                    next_review=date.fromisoformat(next_review) if next_review else None,
                    updated_at=_parse_datetime(values["updated_at"]),
                    archived=values["archived_at"] is not None,
                    completeness=check(SimpleNamespace(**values)),  # type: ignore[arg-type]
                    search_text=search,
                    dpia=states.get(values["id"], DpiaState.NOT_SCREENED),
                    ai=_ai_facts(values) if is_ai else None,
                )
            )
        return rows

    def names(self) -> dict[str, str]:
        """Every record's name (its reference when unnamed), by id: one light query."""
        cur = self.ctx.conn.execute(f"SELECT id, name, reference FROM {self.entity_type}")
        return {str(i): str(name or reference or "") for i, name, reference in cur}

    def departments(self) -> list[str]:
        cur = self.ctx.conn.execute(
            f"SELECT DISTINCT department FROM {self.entity_type} WHERE department != '' "
            "ORDER BY department"
        )
        return [r[0] for r in cur]

    def history(self, record_id: str) -> list[ChangeEntry]:
        with self.ctx.transaction() as s:
            q = (
                select(ChangeEntry)
                .where(
                    ChangeEntry.entity_type == self.entity_type, ChangeEntry.entity_id == record_id
                )
                .order_by(col(ChangeEntry.seq).desc())
            )
            return list(s.exec(q))

    # -- changing ------------------------------------------------------------------------

    def new(self) -> R:
        """An unsaved record with sensible defaults, for a form to fill."""
        return self.model(status=ActivityStatus.DRAFT)

    def create(self, values: Mapping[str, Any]) -> R:
        record = self.model()
        self._assign(record, values)
        record.reference = record.reference.strip()
        self._derive(record)
        self._validate(record)
        record.created_by = record.updated_by = self.ctx.actor.name
        record.created_at = record.updated_at = utcnow()
        with self.ctx.transaction() as s:
            self._check_unique_reference(s, record)
            s.add(record)
            changes = [
                audit_chain.FieldChange(f, None, to_jsonable(getattr(record, f)))
                for f in self.recorded_fields
                if _has_value(getattr(record, f))
            ]
            self.ctx.record(
                s,
                entity_type=self.entity_type,
                entity_id=record.id,
                entity_label=record.name,
                action=ChangeAction.CREATE,
                changes=changes,
            )
        return record

    def create_many(self, items: Iterable[Mapping[str, Any]]) -> int:
        """Create many records in one transaction (demo data, imports): all or nothing.

        The same rules as ``create`` (validation, unique references, one history entry per
        record), but records are inserted in batches through SQLAlchemy Core rather than built
        as ORM objects, which cost ~0.35 ms each (35 s for 100,000).
        """
        table = self.model.__table__  # type: ignore[attr-defined]
        model_fields = self.model.model_fields
        defaults = {n: f.default for n, f in model_fields.items() if f.default_factory is None}
        factories = {n: f.default_factory for n, f in model_fields.items() if f.default_factory}
        actor = self.ctx.actor
        count = 0
        batch: list[dict[str, Any]] = []
        with self.ctx.transaction() as s:
            references = {r for r in s.exec(select(self.model.reference)) if r}
            history = audit_chain.BulkAppender(s, actor=actor.name, actor_slot=actor.slot_id)
            now = utcnow()
            for values in items:
                data = dict(defaults)
                for name, factory in factories.items():
                    data[name] = factory()  # type: ignore[call-arg]
                for key, value in values.items():
                    if key in _SYSTEM_FIELDS or key not in self.editable_fields:
                        raise ValidationError({key: _("This field cannot be set.")})
                    data[key] = _coerce(self.model, key, value)
                data["reference"] = data["reference"].strip()
                stand_in = SimpleNamespace(**data)
                self._derive(stand_in)
                data = vars(stand_in)
                problems = self._validator(stand_in)
                reference = data["reference"]
                if reference and reference in references:
                    problems["reference"] = _(
                        "The reference “{ref}” is already used by another record."
                    ).format(ref=reference)
                if problems:
                    raise ValidationError(
                        {
                            _("record {n}, {field}").format(n=count + 1, field=k): v
                            for k, v in problems.items()
                        }
                    )
                references.add(reference)
                data.update(
                    created_by=actor.name, updated_by=actor.name, created_at=now, updated_at=now
                )
                batch.append(data)
                history.add(
                    entity_type=self.entity_type,
                    entity_id=data["id"],
                    entity_label=data["name"],
                    action=ChangeAction.CREATE,
                    changes=[
                        audit_chain.FieldChange(f, None, to_jsonable(data[f]))
                        for f in self.recorded_fields
                        if _has_value(data[f])
                    ],
                )
                count += 1
                if len(batch) >= 1000:
                    s.execute(insert(table), batch)
                    batch = []
            if batch:
                s.execute(insert(table), batch)
            history.finish()
            if count:
                self.ctx.announce(self.entity_type, ALL_RECORDS, ChangeAction.CREATE)
        return count

    def update(self, record_id: str, values: Mapping[str, Any]) -> R:
        """Change some fields; records who changed what (field, before, after)."""

        def apply(record: R) -> None:
            self._assign(record, values)
            if "reference" in values:
                record.reference = record.reference.strip()

        return self._change(record_id, apply)

    def _change(self, record_id: str, apply: Callable[[R], None]) -> R:
        """Load the record, let ``apply`` change it, validate and save it with one history
        entry of the fields that changed (none: nothing is written)."""
        with self.ctx.transaction() as s:
            record = self._load(s, record_id)
            before = {f: to_jsonable(getattr(record, f)) for f in self.recorded_fields}
            apply(record)
            self._derive(record)
            self._validate(record)
            self._check_unique_reference(s, record)
            changes = [
                audit_chain.FieldChange(f, before[f], to_jsonable(getattr(record, f)))
                for f in self.recorded_fields
                if before[f] != to_jsonable(getattr(record, f))
            ]
            if not changes:
                s.expunge(record)
                return record
            record.updated_at = utcnow()
            record.updated_by = self.ctx.actor.name
            s.add(record)
            self.ctx.record(
                s,
                entity_type=self.entity_type,
                entity_id=record.id,
                entity_label=record.name,
                action=ChangeAction.UPDATE,
                changes=changes,
            )
        return record

    def duplicate(self, record_id: str) -> R:
        original = self.get(record_id)
        values = {f: getattr(original, f) for f in self.editable_fields}
        values["name"] = _("{name} (copy)").format(name=original.name)
        values["reference"] = ""
        values["status"] = ActivityStatus.DRAFT
        return self.create(values)

    def archive(self, record_id: str) -> R:
        return self._set_archived(record_id, archived=True)

    def unarchive(self, record_id: str) -> R:
        return self._set_archived(record_id, archived=False)

    def delete(self, record_id: str) -> Snapshot:
        """Delete for good (the history keeps what it was); the snapshot allows undo."""
        with self.ctx.transaction() as s:
            record = self._load(s, record_id)
            snapshot = Snapshot(self.entity_type, _all_values(record))
            changes = [
                audit_chain.FieldChange(f, to_jsonable(getattr(record, f)), None)
                for f in self.recorded_fields
                if _has_value(getattr(record, f))
            ]
            s.delete(record)
            self.ctx.record(
                s,
                entity_type=self.entity_type,
                entity_id=record_id,
                entity_label=record.name,
                action=ChangeAction.DELETE,
                changes=changes,
            )
        return snapshot

    def restore(self, snapshot: Snapshot) -> R:
        """Put a deleted record back with its id and bookkeeping (undo of delete)."""
        if snapshot.entity_type != self.entity_type:
            raise ValueError("snapshot of another register")
        record = self.model.model_validate(snapshot.values)
        for key, value in snapshot.values.items():  # table models skip validation of parts
            setattr(record, key, value)
        with self.ctx.transaction() as s:
            if s.get(self.model, record.id) is not None:
                raise ValidationError({"id": _("This record already exists.")})
            self._check_unique_reference(s, record)
            s.add(record)
            changes = [
                audit_chain.FieldChange(f, None, to_jsonable(getattr(record, f)))
                for f in self.recorded_fields
                if _has_value(getattr(record, f))
            ]
            self.ctx.record(
                s,
                entity_type=self.entity_type,
                entity_id=record.id,
                entity_label=record.name,
                action=ChangeAction.RESTORE,
                changes=changes,
            )
        return record

    # -- helpers -------------------------------------------------------------------------

    def _load(self, s: Session, record_id: str) -> R:
        record = s.get(self.model, record_id)
        if record is None:
            raise NotFoundError(_("This record no longer exists."))
        return record

    def _set_archived(self, record_id: str, *, archived: bool) -> R:
        with self.ctx.transaction() as s:
            record = self._load(s, record_id)
            if (record.archived_at is not None) == archived:
                return record
            before = record.archived_at
            record.archived_at = utcnow() if archived else None
            record.updated_at = utcnow()
            record.updated_by = self.ctx.actor.name
            s.add(record)
            self.ctx.record(
                s,
                entity_type=self.entity_type,
                entity_id=record.id,
                entity_label=record.name,
                action=ChangeAction.ARCHIVE if archived else ChangeAction.UNARCHIVE,
                changes=[
                    audit_chain.FieldChange(
                        "archived_at", to_jsonable(before), to_jsonable(record.archived_at)
                    )
                ],
            )
        return record

    def _assign(self, record: R, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key in _SYSTEM_FIELDS or key not in self.editable_fields:
                raise ValidationError({key: _("This field cannot be set.")})
            setattr(record, key, _coerce(self.model, key, value))

    def _derive(self, record: Any) -> None:
        """Set the fields that follow from others (a subclass's rule; none here). ``record``
        may be a stand-in with the model's attributes (``create_many``)."""

    def _validate(self, record: R) -> None:
        problems = self._validator(record)
        if problems:
            raise ValidationError(problems)

    def _check_unique_reference(self, s: Session, record: R) -> None:
        if not record.reference:
            return
        clash = s.exec(
            select(self.model.id).where(
                self.model.reference == record.reference, self.model.id != record.id
            )
        ).first()
        if clash is not None:
            raise ValidationError(
                {
                    "reference": _(
                        "The reference “{ref}” is already used by another record."
                    ).format(ref=record.reference)
                }
            )


# The keys of parts' JSON objects: searched text holds the values only.
_PART_KEY_NAMES = sorted({f.name for part in PART_TYPES.values() for f in dataclass_fields(part)})
_PART_KEYS = re.compile('"(?:' + "|".join(_PART_KEY_NAMES) + ')":')

_DECODED_IN_ROWS = frozenset({"legal_bases", "transfers", "duties"})


def _ai_facts(values: Mapping[str, Any]) -> AiRowFacts:
    duties = values["duties"]
    try:
        phase = AiPhase(values["phase"])
    except ValueError:
        phase = AiPhase.IDEA
    try:
        tier = AiRiskTier(values["risk_tier"])
    except ValueError:
        tier = AiRiskTier.NOT_CLASSIFIED
    return AiRowFacts(
        phase=phase,
        tier=tier,
        annex_area=values["annex_area"],
        duties_open=open_duties(duties),
        duties_total=len(duties),
    )


def _present(raw: str) -> list[str]:
    return [raw]


def _has_value(value: Any) -> bool:
    return value not in (None, "", [], False)


def _all_values(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in type(record).model_fields}


def _coerce(model: type, key: str, value: Any) -> Any:
    """Accept JSON-ish input (from the CLI, imports, snapshots) as well as typed values."""
    if key == "status":
        return ActivityStatus(value)
    if key == "next_review":
        if value in (None, ""):
            return None
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if key in PART_TYPES and key in model.model_fields:  # type: ignore[attr-defined]
        part = PART_TYPES[key]
        return [v if isinstance(v, part) else part.from_dict(v) for v in (value or [])]
    annotation = model.model_fields[key].annotation  # type: ignore[attr-defined]
    if annotation is bool:
        return bool(value)
    if annotation == list[str]:
        if isinstance(value, str):
            value = [line.strip() for line in value.splitlines()]
        return [str(v).strip() for v in value if str(v).strip()]
    if annotation is str:
        return "" if value is None else str(value)
    return value


def _parse_date(raw: Any) -> date | None:
    return date.fromisoformat(raw) if raw else None


def _parse_datetime(raw: Any) -> datetime:
    from datetime import UTC

    dt = datetime.fromisoformat(raw)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def controller_service(ctx: ServiceContext) -> RecordService[ControllerActivity]:
    return RecordService(ctx, ControllerActivity, CONTROLLER_FIELDS)


def processor_service(ctx: ServiceContext) -> RecordService[ProcessorActivity]:
    return RecordService(ctx, ProcessorActivity, PROCESSOR_FIELDS)


def record_as_json(record: Record) -> dict[str, Any]:
    """All fields of a record as JSON data (the CLI's ``list --format json``)."""
    data = {k: to_jsonable(v) for k, v in _all_values(record).items()}
    state = completeness(record)
    data["completeness"] = state.percent
    data["missing"] = list(state.missing)
    return data


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
