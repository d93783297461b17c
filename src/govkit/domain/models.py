"""The tables of a vault's database.

Every table is imported here so that ``SQLModel.metadata`` knows the whole schema (the storage
layer creates it from this module). Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, Index
from sqlmodel import Field, SQLModel

from govkit.domain.assessment_enums import AssessmentStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview, SignOff
from govkit.domain.columns import PartList, StringList
from govkit.domain.enums import ActivityStatus
from govkit.domain.parts import (
    ActivityLink,
    AiDataset,
    AiDuty,
    AiModel,
    ClassificationRecord,
    ControllerParty,
    JointController,
    Recipient,
    RegisterEntry,
    Transfer,
)


def new_id() -> str:
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _empty_list() -> list[Any]:
    # A Python function, not the builtin ``list``: pydantic inspects a default factory's
    # signature on every construction, and for builtins that costs ~0.4 ms (measured: 13 s of
    # 28 s when creating 2,000 records).
    return []


def _strings() -> Any:
    return Field(default_factory=_empty_list, sa_column=Column(StringList, nullable=False))


def _parts(part: type) -> Any:
    return Field(default_factory=_empty_list, sa_column=Column(PartList(part), nullable=False))


class Organisation(SQLModel, table=True):
    """The controller's identity, Art. 30(1)(a): one row per vault."""

    id: int = Field(default=1, primary_key=True)
    name: str = ""
    address: str = ""
    contact: str = ""
    country: str = ""
    representative: str = ""
    representative_contact: str = ""
    dpo_name: str = ""
    dpo_contact: str = ""


class _RecordBase(SQLModel):
    id: str = Field(default_factory=new_id, primary_key=True)
    reference: str = Field(default="", index=True)
    name: str = ""
    department: str = Field(default="", index=True)
    contact: str = ""
    status: ActivityStatus = ActivityStatus.DRAFT
    next_review: date | None = None
    notes: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = ""
    archived_at: datetime | None = None


class ControllerActivity(_RecordBase, table=True):
    """A processing activity of the city as controller, GDPR Art. 30(1)."""

    __tablename__ = "controller_activity"

    description: str = ""
    purposes: list[str] = _strings()
    legal_bases: list[str] = _strings()
    legal_basis_details: str = ""
    data_subject_categories: list[str] = _strings()
    data_categories: list[str] = _strings()
    special_categories: list[str] = _strings()
    art9_conditions: list[str] = _strings()
    criminal_data: bool = False
    art10_basis: str = ""
    sources: list[str] = _strings()
    recipients: list[Recipient] = _parts(Recipient)
    no_recipients: bool = False
    transfers: list[Transfer] = _parts(Transfer)
    no_transfers: bool = False
    retention: str = ""
    security_measures: list[str] = _strings()
    joint_controllers: list[JointController] = _parts(JointController)
    automated_decision: bool = False
    automated_decision_details: str = ""
    systems: list[str] = _strings()


class ProcessorActivity(_RecordBase, table=True):
    """A service the city performs as processor for other controllers, GDPR Art. 30(2)."""

    __tablename__ = "processor_activity"

    controllers: list[ControllerParty] = _parts(ControllerParty)
    processing_categories: list[str] = _strings()
    sub_processors: list[str] = _strings()
    transfers: list[Transfer] = _parts(Transfer)
    no_transfers: bool = False
    security_measures: list[str] = _strings()


class AiSystem(SQLModel, table=True):
    """An AI system the city uses or plans (the AI systems register; EU AI Act deployer).

    The fields follow the UK Algorithmic Transparency Recording Standard (tier 1 summary, then
    owner, description, deployment context, technical detail) plus the AI Act classification
    and the deployer's duties that follow from it. ``domain.fields.AI_SYSTEM_FIELDS`` says
    which fields may be published. Enum-valued fields hold the enum's value (AiPhase,
    AiRiskTier, AnnexIIIArea).
    """

    __tablename__ = "ai_system"

    id: str = Field(default_factory=new_id, primary_key=True)
    reference: str = Field(default="", index=True)
    name: str = ""
    department: str = Field(default="", index=True)
    region: str = ""
    contact: str = ""
    contact_internal: bool = False  # when set, the contact is never published
    status: ActivityStatus = ActivityStatus.DRAFT
    phase: str = "idea"
    next_review: date | None = None
    description: str = ""  # plain language, for the public
    purpose: str = ""
    website: str = ""
    # owner and responsibility
    organisation: str = ""
    team: str = ""
    senior_responsible_owner: str = ""  # a role, not a person's name
    supplier: str = ""
    third_parties: str = ""
    procurement: str = ""
    data_access_terms: str = ""
    # description and rationale
    detailed_description: str = ""
    benefits: str = ""
    previous_process: str = ""
    alternatives: str = ""
    # deployment context
    decision_process: str = ""
    scale: str = ""
    human_review: str = ""
    staff_training: str = ""
    appeal: str = ""
    # technical
    inputs: str = ""
    outputs: str = ""
    models: list[AiModel] = _parts(AiModel)
    datasets: list[AiDataset] = _parts(AiDataset)
    maintenance: str = ""
    monitoring: str = ""
    # links
    processing_activities: list[ActivityLink] = _parts(ActivityLink)
    register_entries: list[RegisterEntry] = _parts(RegisterEntry)
    # EU AI Act classification (set by AiSystemService.set_classification) and duties
    risk_tier: str = "not_classified"
    annex_area: str = ""
    classification_reasoning: str = ""
    classification_assessment_id: str = ""
    classified_at: datetime | None = None
    classified_by: str = ""
    classification_history: list[ClassificationRecord] = _parts(ClassificationRecord)
    public_body: bool = True  # deployed by a public body or for a public service (Art. 27)
    transparency_obligations: bool = False  # also under Art. 50 (e.g. a high-risk chatbot)
    duties: list[AiDuty] = _parts(AiDuty)
    internal_notes: str = ""  # never published
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = ""
    archived_at: datetime | None = None


class Assessment(SQLModel, table=True):
    """One version of an impact assessment (a DPIA screening, a DPIA…) of one subject.

    Versions of the same assessment share ``series_id``; an approved version is frozen and a
    new version (a new row, ``version`` + 1) is started to change it. ``definition_key`` names
    the copy of the questionnaire it was made with (``QuestionnaireDefinition``), so that it
    opens unchanged after the built-in questionnaires are revised.
    """

    __tablename__ = "assessment"
    __table_args__ = (Index("ix_assessment_subject", "subject_type", "subject_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    series_id: str = Field(default="", index=True)
    version: int = 1
    reference: str = Field(default="", index=True)
    kind: str = Field(default="", index=True)  # AssessmentKind value
    title: str = ""
    subject_type: str = ""  # "controller_activity", "processor_activity" or "ai_system"
    subject_id: str = ""
    definition_key: str = ""
    answers_json: str = "{}"
    status: AssessmentStatus = AssessmentStatus.DRAFT
    owner: str = ""
    outcome: str = ""  # the questionnaire's outcome id (e.g. "dpia_required"), when known
    next_review: date | None = None
    risks: list[Risk] = _parts(Risk)
    measures: list[Measure] = _parts(Measure)
    action_plan: list[ActionItem] = _parts(ActionItem)
    reviews: list[SectionReview] = _parts(SectionReview)
    signoffs: list[SignOff] = _parts(SignOff)
    dpo_name: str = ""
    dpo_opinion: str = ""
    dpo_status: str = ""  # "favourable", "unfavourable" or empty
    content_hash: str = ""  # of the frozen content, once approved
    # What another tool recorded that these fields do not hold (e.g. a CNIL PIA file's
    # comments and status), as a JSON object; shown with the assessment, exported back.
    extra_json: str = "{}"
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = ""
    archived_at: datetime | None = None


class QuestionnaireDefinition(SQLModel, table=True):
    """A copy of a questionnaire definition an assessment of this vault was made with."""

    __tablename__ = "questionnaire_definition"

    key: str = Field(primary_key=True)  # "<id>@<version>"
    definition_id: str = ""
    version: int = 0
    definition_json: str = "{}"
    stored_at: datetime = Field(default_factory=utcnow)


class CatalogueEntry(SQLModel, table=True):
    """One choice of a pick list (``kind`` is a CatalogueKind value)."""

    __tablename__ = "catalogue_entry"
    __table_args__ = (Index("ix_catalogue_kind_label", "kind", "label", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    label: str
    description: str = ""
    builtin: bool = False
    position: int = 0


class ChangeEntry(SQLModel, table=True):
    """One link of the change history's hash chain (see storage/audit_chain.py)."""

    __tablename__ = "change_entry"
    __table_args__ = (Index("ix_change_entity", "entity_type", "entity_id"),)

    seq: int = Field(primary_key=True)
    at: datetime
    actor: str
    actor_slot: str = ""
    entity_type: str
    entity_id: str
    entity_label: str = ""
    action: str
    changes_json: str = "[]"
    prev_hash: str
    hash: str


class VaultSetting(SQLModel, table=True):
    """Settings that travel with the vault (JSON values): idle lock, backups kept, audit head."""

    __tablename__ = "vault_setting"

    key: str = Field(primary_key=True)
    value: str = "null"
