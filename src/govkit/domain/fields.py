"""What each field of a register record is: its label, Art. 30 group, kind and pick list.

The editor form, the change history, the completeness check and the exports all read this one
description, so a field added here shows up everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from govkit.domain.ai_enums import AiPhase, AiRiskTier, AnnexIIIArea
from govkit.domain.enums import CatalogueKind
from govkit.i18n import N_, _


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"  # one value from a catalogue (free text allowed)
    STATUS = "status"
    DATE = "date"
    BOOL = "bool"
    LIST = "list"  # several values from a catalogue (free text allowed)
    RECIPIENTS = "recipients"
    TRANSFERS = "transfers"
    JOINT_CONTROLLERS = "joint_controllers"
    CONTROLLERS = "controllers"
    # the AI systems register
    OPTION = "option"  # one value of a closed set (FieldSpec.options names the enum)
    DATETIME = "datetime"
    AI_MODELS = "ai_models"
    AI_DATASETS = "ai_datasets"
    ACTIVITY_LINKS = "activity_links"
    REGISTER_ENTRIES = "register_entries"
    AI_DUTIES = "ai_duties"
    CLASSIFICATIONS = "classifications"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    _label: str
    kind: FieldKind
    group: str
    required: bool = False
    catalogue: CatalogueKind | None = None
    _help: str = ""
    # Published by the transparency exports (ATRS-style): only fields marked so ever are.
    public: bool = False
    # Set by a service method (e.g. the AI Act classification), not by the record form; the
    # change history still shows it.
    read_only: bool = False
    options: type[StrEnum] | None = None  # for FieldKind.OPTION: values and their labels

    @property
    def label(self) -> str:
        return _(self._label)

    @property
    def help(self) -> str:
        return _(self._help) if self._help else ""


@dataclass(frozen=True)
class GroupSpec:
    key: str
    _title: str
    _article: str

    @property
    def title(self) -> str:
        return _(self._title)

    @property
    def article(self) -> str:
        return _(self._article)


K = FieldKind
C = CatalogueKind

CONTROLLER_GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec("identity", N_("Identification"), N_("Art. 30(1)(a)")),
    GroupSpec("purposes", N_("Purposes and legal basis"), N_("Art. 30(1)(b), Art. 6")),
    GroupSpec("data", N_("Data subjects and personal data"), N_("Art. 30(1)(c), Art. 9, Art. 10")),
    GroupSpec("recipients", N_("Recipients"), N_("Art. 30(1)(d)")),
    GroupSpec("transfers", N_("International transfers"), N_("Art. 30(1)(e), Art. 44-49")),
    GroupSpec("retention", N_("Retention"), N_("Art. 30(1)(f)")),
    GroupSpec("security", N_("Security measures"), N_("Art. 30(1)(g), Art. 32")),
    GroupSpec(
        "other", N_("Joint controllers, automated decisions and systems"), N_("Art. 26, Art. 22")
    ),
    GroupSpec("notes", N_("Notes"), N_("")),
)

_COMMON_IDENTITY: tuple[FieldSpec, ...] = (
    FieldSpec("name", N_("Name of the processing activity"), K.TEXT, "identity", required=True),
    FieldSpec(
        "reference",
        N_("Reference"),
        K.TEXT,
        "identity",
        _help=N_("Your own identifier, e.g. CR-001. Must be unique in the register."),
    ),
    FieldSpec(
        "department",
        N_("Owning department"),
        K.CHOICE,
        "identity",
        required=True,
        catalogue=C.DEPARTMENT,
    ),
    FieldSpec(
        "contact",
        N_("Department contact"),
        K.TEXT,
        "identity",
        _help=N_("Who answers questions about this activity (name, e-mail, phone)."),
    ),
    FieldSpec("status", N_("Status"), K.STATUS, "identity"),
    FieldSpec("next_review", N_("Next review"), K.DATE, "identity"),
)

CONTROLLER_FIELDS: tuple[FieldSpec, ...] = (
    *_COMMON_IDENTITY,
    FieldSpec(
        "description",
        N_("Description"),
        K.LONG_TEXT,
        "purposes",
        _help=N_("What happens to the data, in plain language."),
    ),
    FieldSpec(
        "purposes",
        N_("Purposes"),
        K.LIST,
        "purposes",
        _help=N_("Why the data are processed; one purpose per line."),
    ),
    FieldSpec(
        "legal_bases", N_("Legal basis (Art. 6)"), K.LIST, "purposes", catalogue=C.LEGAL_BASIS
    ),
    FieldSpec(
        "legal_basis_details",
        N_("Legal basis details"),
        K.LONG_TEXT,
        "purposes",
        _help=N_("The law, decree or contract relied on, e.g. the municipal code section."),
    ),
    FieldSpec(
        "data_subject_categories",
        N_("Categories of data subjects"),
        K.LIST,
        "data",
        catalogue=C.DATA_SUBJECT,
    ),
    FieldSpec(
        "data_categories",
        N_("Categories of personal data"),
        K.LIST,
        "data",
        catalogue=C.DATA_CATEGORY,
    ),
    FieldSpec(
        "special_categories",
        N_("Special categories of data (Art. 9)"),
        K.LIST,
        "data",
        catalogue=C.SPECIAL_CATEGORY,
    ),
    FieldSpec(
        "art9_conditions",
        N_("Condition for special categories (Art. 9(2))"),
        K.LIST,
        "data",
        catalogue=C.ART9_CONDITION,
    ),
    FieldSpec(
        "criminal_data", N_("Criminal convictions and offences data (Art. 10)"), K.BOOL, "data"
    ),
    FieldSpec("art10_basis", N_("Authority for criminal data (Art. 10)"), K.TEXT, "data"),
    FieldSpec("sources", N_("Sources of the data"), K.LIST, "data", catalogue=C.SOURCE),
    FieldSpec("recipients", N_("Recipients"), K.RECIPIENTS, "recipients"),
    FieldSpec(
        "no_recipients",
        N_("No recipients: the data are not disclosed to anyone"),
        K.BOOL,
        "recipients",
    ),
    FieldSpec(
        "transfers",
        N_("Transfers to third countries or international organisations"),
        K.TRANSFERS,
        "transfers",
    ),
    FieldSpec("no_transfers", N_("No transfers outside the EU/EEA"), K.BOOL, "transfers"),
    FieldSpec("retention", N_("Retention periods or criteria"), K.LONG_TEXT, "retention"),
    FieldSpec(
        "security_measures",
        N_("Technical and organisational security measures"),
        K.LIST,
        "security",
        catalogue=C.SECURITY_MEASURE,
    ),
    FieldSpec("joint_controllers", N_("Joint controllers"), K.JOINT_CONTROLLERS, "other"),
    FieldSpec(
        "automated_decision",
        N_("Automated decision-making or profiling (Art. 22)"),
        K.BOOL,
        "other",
    ),
    FieldSpec(
        "automated_decision_details",
        N_("Logic, significance and consequences"),
        K.LONG_TEXT,
        "other",
    ),
    FieldSpec("systems", N_("Systems and applications used"), K.LIST, "other", catalogue=C.SYSTEM),
    FieldSpec("notes", N_("Notes"), K.LONG_TEXT, "notes"),
)

PROCESSOR_GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec("identity", N_("Identification"), N_("Art. 30(2)(a)")),
    GroupSpec("controllers", N_("Controllers served"), N_("Art. 30(2)(a)")),
    GroupSpec("processing", N_("Categories of processing"), N_("Art. 30(2)(b)")),
    GroupSpec("transfers", N_("International transfers"), N_("Art. 30(2)(c)")),
    GroupSpec("security", N_("Security measures"), N_("Art. 30(2)(d), Art. 32")),
    GroupSpec("notes", N_("Notes"), N_("")),
)

PROCESSOR_FIELDS: tuple[FieldSpec, ...] = (
    *_COMMON_IDENTITY,
    FieldSpec(
        "controllers", N_("Controllers (with representative and DPO)"), K.CONTROLLERS, "controllers"
    ),
    FieldSpec(
        "processing_categories",
        N_("Categories of processing"),
        K.LIST,
        "processing",
        catalogue=C.PROCESSING_CATEGORY,
    ),
    FieldSpec("sub_processors", N_("Sub-processors"), K.LIST, "processing"),
    FieldSpec(
        "transfers",
        N_("Transfers to third countries or international organisations"),
        K.TRANSFERS,
        "transfers",
    ),
    FieldSpec("no_transfers", N_("No transfers outside the EU/EEA"), K.BOOL, "transfers"),
    FieldSpec(
        "security_measures",
        N_("Technical and organisational security measures"),
        K.LIST,
        "security",
        catalogue=C.SECURITY_MEASURE,
    ),
    FieldSpec("notes", N_("Notes"), K.LONG_TEXT, "notes"),
)

ORGANISATION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", N_("Controller (organisation) name"), K.TEXT, "organisation", required=True),
    FieldSpec("address", N_("Address"), K.LONG_TEXT, "organisation"),
    FieldSpec("contact", N_("Contact (e-mail, phone)"), K.TEXT, "organisation"),
    FieldSpec("country", N_("Country"), K.TEXT, "organisation"),
    FieldSpec("representative", N_("Representative (Art. 27)"), K.TEXT, "organisation"),
    FieldSpec("representative_contact", N_("Representative contact"), K.TEXT, "organisation"),
    FieldSpec("dpo_name", N_("Data protection officer"), K.TEXT, "organisation"),
    FieldSpec("dpo_contact", N_("DPO contact"), K.TEXT, "organisation"),
)


AI_SYSTEM_GROUPS: tuple[GroupSpec, ...] = (
    GroupSpec("summary", N_("Summary"), N_("ATRS tier 1")),
    GroupSpec("owner", N_("Owner and responsibility"), N_("ATRS 2.1")),
    GroupSpec("rationale", N_("Description and rationale"), N_("ATRS 2.2")),
    GroupSpec("context", N_("Deployment context"), N_("ATRS 2.3, AI Act Art. 26")),
    GroupSpec("technical", N_("Technical specification and data"), N_("ATRS 2.4")),
    GroupSpec("links", N_("Processing activities and other registers"), N_("GDPR Art. 30")),
    GroupSpec("classification", N_("EU AI Act classification"), N_("AI Act Art. 5, 6, 50")),
    GroupSpec("duties", N_("Deployer duties"), N_("AI Act Art. 4, 26, 27, 49, 50")),
    GroupSpec("notes", N_("Internal notes"), N_("")),
)


def _pub(
    name: str,
    label: str,
    kind: FieldKind,
    group: str,
    *,
    required: bool = False,
    catalogue: CatalogueKind | None = None,
    _help: str = "",
    read_only: bool = False,
    options: type[StrEnum] | None = None,
) -> FieldSpec:
    """A field the transparency exports publish."""
    return FieldSpec(
        name,
        label,
        kind,
        group,
        required=required,
        catalogue=catalogue,
        _help=_help,
        public=True,
        read_only=read_only,
        options=options,
    )


AI_SYSTEM_FIELDS: tuple[FieldSpec, ...] = (
    _pub("name", N_("Name of the AI system"), K.TEXT, "summary", required=True),
    _pub(
        "reference",
        N_("Reference"),
        K.TEXT,
        "summary",
        _help=N_("Your own identifier, e.g. AI-001. Must be unique in the register."),
    ),
    _pub(
        "description",
        N_("Description in plain language"),
        K.LONG_TEXT,
        "summary",
        _help=N_("What the system does and why, for a resident who has never heard of it."),
    ),
    _pub("purpose", N_("Purpose"), K.LONG_TEXT, "summary"),
    _pub("website", N_("Website"), K.TEXT, "summary", _help=N_("Where residents learn more.")),
    _pub(
        "contact",
        N_("Contact"),
        K.TEXT,
        "summary",
        _help=N_("Who answers questions about the system (a team mailbox is best)."),
    ),
    FieldSpec(
        "contact_internal",
        N_("Keep the contact internal (never published)"),
        K.BOOL,
        "summary",
    ),
    _pub("phase", N_("Phase"), K.OPTION, "summary", options=AiPhase),
    _pub(
        "department",
        N_("Owning department"),
        K.CHOICE,
        "summary",
        required=True,
        catalogue=C.DEPARTMENT,
    ),
    _pub("region", N_("Region or area served"), K.TEXT, "summary"),
    FieldSpec("status", N_("Record status"), K.STATUS, "summary"),
    FieldSpec("next_review", N_("Next review"), K.DATE, "summary"),
    _pub("organisation", N_("Organisation"), K.TEXT, "owner"),
    _pub("team", N_("Team"), K.TEXT, "owner"),
    _pub(
        "senior_responsible_owner",
        N_("Senior responsible owner (role)"),
        K.TEXT,
        "owner",
        _help=N_("The role accountable for the system, e.g. Head of Social Services."),
    ),
    _pub("supplier", N_("Supplier"), K.TEXT, "owner"),
    _pub("third_parties", N_("Third-party involvement"), K.LONG_TEXT, "owner"),
    _pub("procurement", N_("Procurement"), K.LONG_TEXT, "owner"),
    _pub(
        "data_access_terms",
        N_("Terms of access to data"),
        K.LONG_TEXT,
        "owner",
        _help=N_("What the supplier may do with the city's data, and for how long."),
    ),
    _pub("detailed_description", N_("Detailed description"), K.LONG_TEXT, "rationale"),
    _pub("benefits", N_("Benefits"), K.LONG_TEXT, "rationale"),
    _pub("previous_process", N_("How it was done before"), K.LONG_TEXT, "rationale"),
    _pub("alternatives", N_("Alternatives considered"), K.LONG_TEXT, "rationale"),
    _pub(
        "decision_process",
        N_("How it fits the decision process"),
        K.LONG_TEXT,
        "context",
    ),
    _pub("scale", N_("Scale and frequency of use"), K.LONG_TEXT, "context"),
    _pub(
        "human_review",
        N_("Human review and override"),
        K.LONG_TEXT,
        "context",
        _help=N_("Who checks the output, and how they can overrule it (AI Act Art. 14, 26(2))."),
    ),
    _pub("staff_training", N_("Training of staff"), K.LONG_TEXT, "context"),
    _pub(
        "appeal",
        N_("How people can appeal or object"),
        K.LONG_TEXT,
        "context",
        _help=N_("The route a resident takes to question an outcome or object (GDPR Art. 21, 22)."),
    ),
    _pub("inputs", N_("System inputs"), K.LONG_TEXT, "technical"),
    _pub("outputs", N_("System outputs"), K.LONG_TEXT, "technical"),
    _pub("models", N_("Models"), K.AI_MODELS, "technical"),
    _pub(
        "datasets",
        N_("Development and operational data"),
        K.AI_DATASETS,
        "technical",
    ),
    _pub("maintenance", N_("Maintenance"), K.LONG_TEXT, "technical"),
    _pub("monitoring", N_("Monitoring"), K.LONG_TEXT, "technical"),
    _pub(
        "processing_activities",
        N_("Processing activities relied on"),
        K.ACTIVITY_LINKS,
        "links",
        _help=N_("The register's activities whose legal basis the system's use of data rests on."),
    ),
    _pub("register_entries", N_("Entries in other registers"), K.REGISTER_ENTRIES, "links"),
    _pub(
        "risk_tier",
        N_("Risk tier"),
        K.OPTION,
        "classification",
        options=AiRiskTier,
        read_only=True,
    ),
    _pub(
        "annex_area",
        N_("Annex III area"),
        K.OPTION,
        "classification",
        options=AnnexIIIArea,
        read_only=True,
    ),
    _pub(
        "classification_reasoning",
        N_("Reasoning"),
        K.LONG_TEXT,
        "classification",
        read_only=True,
    ),
    FieldSpec(
        "classification_assessment_id",
        N_("Classification assessment"),
        K.TEXT,
        "classification",
        read_only=True,
    ),
    FieldSpec("classified_at", N_("Classified on"), K.DATETIME, "classification", read_only=True),
    FieldSpec("classified_by", N_("Classified by"), K.TEXT, "classification", read_only=True),
    FieldSpec(
        "classification_history",
        N_("Earlier classifications"),
        K.CLASSIFICATIONS,
        "classification",
        read_only=True,
    ),
    FieldSpec(
        "public_body",
        N_("Deployed by a public body or for a public service (Art. 27)"),
        K.BOOL,
        "classification",
    ),
    FieldSpec(
        "transparency_obligations",
        N_("Also under the transparency obligations of Art. 50"),
        K.BOOL,
        "classification",
        _help=N_("E.g. a high-risk system that talks with people or generates content."),
    ),
    FieldSpec("duties", N_("Deployer duties"), K.AI_DUTIES, "duties", read_only=True),
    FieldSpec(
        "internal_notes",
        N_("Internal notes (never published)"),
        K.LONG_TEXT,
        "notes",
    ),
)


def public_fields(specs: tuple[FieldSpec, ...]) -> tuple[FieldSpec, ...]:
    """The fields a transparency export may publish, in form order."""
    return tuple(s for s in specs if s.public)


def field_map(specs: tuple[FieldSpec, ...]) -> dict[str, FieldSpec]:
    return {f.name: f for f in specs}
