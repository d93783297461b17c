"""Closed sets of values of the AI systems register (EU AI Act, Regulation (EU) 2024/1689)."""

from __future__ import annotations

from enum import StrEnum

from govkit.i18n import N_, _


class AiPhase(StrEnum):
    """Where the system is in its life (the ATRS "phase")."""

    IDEA = "idea"
    DEVELOPMENT = "development"
    PILOT = "pilot"
    PRODUCTION = "production"
    RETIRED = "retired"

    @property
    def label(self) -> str:
        return _(_PHASE_LABELS[self])


_PHASE_LABELS = {
    AiPhase.IDEA: N_("Idea"),
    AiPhase.DEVELOPMENT: N_("In development"),
    AiPhase.PILOT: N_("Pilot"),
    AiPhase.PRODUCTION: N_("In production"),
    AiPhase.RETIRED: N_("Retired"),
}


class AiRiskTier(StrEnum):
    """The AI Act risk tier the system's classification found."""

    NOT_CLASSIFIED = "not_classified"
    PROHIBITED = "prohibited"  # Art. 5
    HIGH_RISK = "high_risk"  # Art. 6, Annex III (or Annex I products)
    TRANSPARENCY = "transparency"  # Art. 50
    MINIMAL = "minimal"

    @property
    def label(self) -> str:
        return _(_TIER_LABELS[self])


_TIER_LABELS = {
    AiRiskTier.NOT_CLASSIFIED: N_("Not classified"),
    AiRiskTier.PROHIBITED: N_("Prohibited practice (Art. 5)"),
    AiRiskTier.HIGH_RISK: N_("High-risk (Art. 6)"),
    AiRiskTier.TRANSPARENCY: N_("Transparency obligations (Art. 50)"),
    AiRiskTier.MINIMAL: N_("Minimal risk"),
}


class AnnexIIIArea(StrEnum):
    """The areas of high-risk use listed in Annex III of the AI Act (points 1 to 8)."""

    BIOMETRICS = "biometrics"
    CRITICAL_INFRASTRUCTURE = "critical_infrastructure"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    ESSENTIAL_SERVICES = "essential_services"
    LAW_ENFORCEMENT = "law_enforcement"
    MIGRATION = "migration"
    JUSTICE_DEMOCRACY = "justice_democracy"

    @property
    def point(self) -> int:
        """The point of Annex III (1-8)."""
        return list(AnnexIIIArea).index(self) + 1

    @property
    def label(self) -> str:
        return _(_AREA_LABELS[self])


_AREA_LABELS = {
    AnnexIIIArea.BIOMETRICS: N_("1. Biometrics"),
    AnnexIIIArea.CRITICAL_INFRASTRUCTURE: N_("2. Critical infrastructure"),
    AnnexIIIArea.EDUCATION: N_("3. Education and vocational training"),
    AnnexIIIArea.EMPLOYMENT: N_("4. Employment, workers' management and self-employment"),
    AnnexIIIArea.ESSENTIAL_SERVICES: N_("5. Access to essential private and public services"),
    AnnexIIIArea.LAW_ENFORCEMENT: N_("6. Law enforcement"),
    AnnexIIIArea.MIGRATION: N_("7. Migration, asylum and border control"),
    AnnexIIIArea.JUSTICE_DEMOCRACY: N_("8. Administration of justice and democratic processes"),
}


class AiModelType(StrEnum):
    RULE_BASED = "rule_based"
    MACHINE_LEARNING = "machine_learning"
    GENERATIVE = "generative"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_MODEL_TYPE_LABELS[self])


_MODEL_TYPE_LABELS = {
    AiModelType.RULE_BASED: N_("Rule-based"),
    AiModelType.MACHINE_LEARNING: N_("Machine learning"),
    AiModelType.GENERATIVE: N_("Generative AI"),
    AiModelType.OTHER: N_("Other"),
}


class DatasetUse(StrEnum):
    DEVELOPMENT = "development"  # training, validation and testing
    OPERATIONAL = "operational"  # what the system reads when in use

    @property
    def label(self) -> str:
        return _(_DATASET_LABELS[self])


_DATASET_LABELS = {
    DatasetUse.DEVELOPMENT: N_("Development data (training, validation, testing)"),
    DatasetUse.OPERATIONAL: N_("Operational data"),
}


class DutyStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _(_DUTY_STATUS_LABELS[self])

    @property
    def settled(self) -> bool:
        """Nothing is left to do (done, or found not to apply)."""
        return self in (DutyStatus.DONE, DutyStatus.NOT_APPLICABLE)


_DUTY_STATUS_LABELS = {
    DutyStatus.TODO: N_("To do"),
    DutyStatus.IN_PROGRESS: N_("In progress"),
    DutyStatus.DONE: N_("Done"),
    DutyStatus.NOT_APPLICABLE: N_("Not applicable"),
}


class DutyKey(StrEnum):
    """A deployer's duty under the AI Act (see ``ai_rules.DUTIES`` for each one's text)."""

    CLASSIFY = "classify"
    STOP_USE = "stop_use"
    AI_LITERACY = "ai_literacy"
    INSTRUCTIONS = "instructions"
    HUMAN_OVERSIGHT = "human_oversight"
    INPUT_DATA = "input_data"
    MONITORING = "monitoring"
    LOGS = "logs"
    INFORM_WORKERS = "inform_workers"
    INFORM_AFFECTED = "inform_affected"
    FRIA = "fria"
    REGISTRATION = "registration"
    TRANSPARENCY_NOTICE = "transparency_notice"


class RegisterKind(StrEnum):
    """Registers other than this one where the system is recorded."""

    EU_DATABASE = "eu_database"  # Art. 71, Annex VIII
    ALGORITHM_REGISTER = "algorithm_register"  # a national or city algorithm register
    ATRS = "atrs"  # UK Algorithmic Transparency Recording Standard
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(_REGISTER_LABELS[self])


_REGISTER_LABELS = {
    RegisterKind.EU_DATABASE: N_("EU database for high-risk AI systems (Art. 71)"),
    RegisterKind.ALGORITHM_REGISTER: N_("Algorithm register"),
    RegisterKind.ATRS: N_("Algorithmic Transparency Recording Standard (ATRS)"),
    RegisterKind.OTHER: N_("Other register"),
}
