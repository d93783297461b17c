"""What each field of a register record is: its label, Art. 30 group, kind and pick list.

The editor form, the change history, the completeness check and the exports all read this one
description, so a field added here shows up everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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


@dataclass(frozen=True)
class FieldSpec:
    name: str
    _label: str
    kind: FieldKind
    group: str
    required: bool = False
    catalogue: CatalogueKind | None = None
    _help: str = ""

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


def field_map(specs: tuple[FieldSpec, ...]) -> dict[str, FieldSpec]:
    return {f.name: f for f in specs}
