"""Closed sets of values in the register (open, user-extendable lists are catalogues)."""

from __future__ import annotations

from enum import StrEnum

from govkit.i18n import N_, _


class ActivityStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])


_STATUS_LABELS = {
    ActivityStatus.DRAFT: N_("Draft"),
    ActivityStatus.ACTIVE: N_("Active"),
    ActivityStatus.RETIRED: N_("Retired"),
}


class RecipientCategory(StrEnum):
    """Art. 30(1)(d): categories of recipients."""

    INTERNAL = "internal"
    PROCESSOR = "processor"
    THIRD_PARTY = "third_party"
    PUBLIC_AUTHORITY = "public_authority"
    ABROAD = "abroad"

    @property
    def label(self) -> str:
        return _(_RECIPIENT_LABELS[self])


_RECIPIENT_LABELS = {
    RecipientCategory.INTERNAL: N_("Internal (other departments)"),
    RecipientCategory.PROCESSOR: N_("Processor"),
    RecipientCategory.THIRD_PARTY: N_("Third party"),
    RecipientCategory.PUBLIC_AUTHORITY: N_("Public authority"),
    RecipientCategory.ABROAD: N_("Recipient abroad / international organisation"),
}


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    DELETE = "delete"
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return _(_ACTION_LABELS[self])


_ACTION_LABELS = {
    ChangeAction.CREATE: N_("Created"),
    ChangeAction.UPDATE: N_("Changed"),
    ChangeAction.ARCHIVE: N_("Archived"),
    ChangeAction.UNARCHIVE: N_("Restored from archive"),
    ChangeAction.DELETE: N_("Deleted"),
    ChangeAction.RESTORE: N_("Restored after deletion"),
}


class CatalogueKind(StrEnum):
    """The pick lists users choose from; each comes with built-in entries and can be extended."""

    DEPARTMENT = "department"
    DATA_SUBJECT = "data_subject"
    DATA_CATEGORY = "data_category"
    SPECIAL_CATEGORY = "special_category"
    LEGAL_BASIS = "legal_basis"
    ART9_CONDITION = "art9_condition"
    RECIPIENT = "recipient"
    SAFEGUARD = "safeguard"
    SECURITY_MEASURE = "security_measure"
    SOURCE = "source"
    SYSTEM = "system"
    PROCESSING_CATEGORY = "processing_category"
    DPIA_REQUIRED = "dpia_required"  # the DPIA screening's "always requires a DPIA" list

    @property
    def label(self) -> str:
        return _(_CATALOGUE_LABELS[self])


_CATALOGUE_LABELS = {
    CatalogueKind.DEPARTMENT: N_("Departments"),
    CatalogueKind.DATA_SUBJECT: N_("Categories of data subjects"),
    CatalogueKind.DATA_CATEGORY: N_("Categories of personal data"),
    CatalogueKind.SPECIAL_CATEGORY: N_("Special categories of personal data (Art. 9)"),
    CatalogueKind.LEGAL_BASIS: N_("Legal bases (Art. 6)"),
    CatalogueKind.ART9_CONDITION: N_("Conditions for special categories (Art. 9(2))"),
    CatalogueKind.RECIPIENT: N_("Recipients"),
    CatalogueKind.SAFEGUARD: N_("Transfer safeguards (Art. 45-49)"),
    CatalogueKind.SECURITY_MEASURE: N_("Technical and organisational security measures"),
    CatalogueKind.SOURCE: N_("Sources of personal data"),
    CatalogueKind.SYSTEM: N_("Systems and applications"),
    CatalogueKind.PROCESSING_CATEGORY: N_("Categories of processing (Art. 30(2)(b))"),
    CatalogueKind.DPIA_REQUIRED: N_(
        "Processing that always requires a DPIA (your authority's list)"
    ),
}
