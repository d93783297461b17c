"""AI systems as entries of the Dutch national algorithm register (Algoritmeregister).

The entry follows the register's publication standard 1.0.0 (``schema.json`` of
github.com/MinBZK/Algoritmeregister, JSON Schema draft-07: "Algoritmeregister
Publicatiestandaard v1.0.0"). The mapping from the record:

==========================  ================================================================
name                        the system's name
description_short (≤ 399)   the plain-language description
organization                the system's organisation, else the vault's organisation
theme                       from the Annex III area or the department (``THEMES``: the
                            top-level subjects of the OWMS theme list the schema refers to)
status                      phase: idea, development -> "In ontwikkeling"; pilot,
                            production -> "In gebruik"; retired -> "Buiten gebruik"
start_date / end_date       the month the record was created (govkit does not record when a
                            system went live; a warning says so); end date: retired systems
contact                     the public contact (an internal one is never published: the
                            organisation's contact is used instead, with a warning)
link                        the website, when it is an http(s) URL
publication_category        A for high-risk (and prohibited) systems, B when an activity it
                            relies on records automated decisions or profiling, C otherwise
source_link                 the system's entry in an algorithm register, when it has a URL
purpose_and_impact          purpose and description
considerations              benefits, alternatives considered, how it was done before
human_intervention          human review and override, how it fits the decision process
risk_management             monitoring, maintenance, the EU AI Act classification
legal_basis                 the legal bases of the processing activities it relies on
impact_assessments          name, type, status and date of each assessment (outcome of
                            approved ones), or "Geen" when there is none
data                        the development and operational data
technical_operation         inputs, outputs, models, detailed description
supplier                    the supplier, or the organisation when none is recorded
language / schema           "nld" and "1.0.0" (constants of the schema)
==========================  ================================================================

Texts are copied as the user wrote them, in whatever language (the schema's ``language`` is a
constant, "nld"). A text longer than the schema's ``maxLength`` is shortened with "…" and the
export reports a warning; a required text left empty gets "Niet ingevuld" ("not filled in"),
with a warning. The entry therefore always validates against the schema (a test checks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from govkit.domain.ai_enums import AiPhase, AiRiskTier, AnnexIIIArea
from govkit.exports.ai_public import (
    PublicSystem,
    area_label,
    dataset_line,
    dumps,
    model_line,
    tier_label,
)
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _

SCHEMA_VERSION = "1.0.0"
LANGUAGE = "nld"
ELLIPSIS = "…"
NOT_FILLED = "Niet ingevuld"  # the entry's language is Dutch whatever govkit's language
NO_ASSESSMENTS = "Geen"

# The maxLength of each text field of the schema (publication standard 1.0.0).
MAX_LENGTHS = {
    "name": 99,
    "description_short": 399,
    "organization": 99,
    "purpose_and_impact": 2499,
    "considerations": 2499,
    "human_intervention": 2499,
    "risk_management": 2499,
    "legal_basis": 2499,
    "legal_basis_title": 99,
    "impact_assessment_explanation": 2499,
    "data": 2499,
    "data_source_title": 499,
    "technical_operation": 4999,
    "supplier": 199,
}

STATUS = {
    AiPhase.IDEA.value: "In ontwikkeling",
    AiPhase.DEVELOPMENT.value: "In ontwikkeling",
    AiPhase.PILOT.value: "In gebruik",
    AiPhase.PRODUCTION.value: "In gebruik",
    AiPhase.RETIRED.value: "Buiten gebruik",
}

CATEGORY_A = "Hoog-risico AI-systeem (Categorie A)"
CATEGORY_B = "Impactvolle algoritmes (Categorie B)"
CATEGORY_C = "Overige algoritmes (Categorie C)"

# Top-level subjects of the OWMS "themaindeling voor officiële publicaties".
THEME_BY_AREA = {
    AnnexIIIArea.BIOMETRICS.value: "Openbare orde en veiligheid",
    AnnexIIIArea.CRITICAL_INFRASTRUCTURE.value: "Ruimte en infrastructuur",
    AnnexIIIArea.EDUCATION.value: "Onderwijs en wetenschap",
    AnnexIIIArea.EMPLOYMENT.value: "Werk",
    AnnexIIIArea.ESSENTIAL_SERVICES.value: "Sociale zekerheid",
    AnnexIIIArea.LAW_ENFORCEMENT.value: "Openbare orde en veiligheid",
    AnnexIIIArea.MIGRATION.value: "Migratie en integratie",
    AnnexIIIArea.JUSTICE_DEMOCRACY.value: "Recht",
}
# Words of a department's name (English, Dutch, French, German) and the theme they suggest.
THEME_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("social", "sociaal", "sociale", "income", "inkomen", "benefit", "uitkering"),
        "Sociale zekerheid",
    ),
    (
        ("school", "education", "onderwijs", "éducation", "enseignement", "bildung"),
        "Onderwijs en wetenschap",
    ),
    (
        (
            "parking",
            "parkeren",
            "mobility",
            "mobiliteit",
            "traffic",
            "verkeer",
            "transport",
            "stationnement",
        ),
        "Verkeer",
    ),
    (
        ("safety", "veiligheid", "cctv", "police", "politie", "sécurité", "sicherheit"),
        "Openbare orde en veiligheid",
    ),
    (("health", "gezondheid", "zorg", "care", "santé", "gesundheit"), "Zorg en gezondheid"),
    (("housing", "wonen", "huisvesting", "logement", "wohnen"), "Huisvesting"),
    (("finance", "financ", "tax", "belasting", "impôt", "steuer"), "Financiën"),
    (("work", "werk", "employment", "personnel", "personeel", "human resources", "hr"), "Werk"),
    (("environment", "milieu", "nature", "natuur", "umwelt", "waste", "afval"), "Natuur en milieu"),
    (
        ("culture", "cultuur", "recreat", "sport", "library", "bibliotheek", "kultur"),
        "Cultuur en recreatie",
    ),
    (
        ("planning", "ruimte", "urban", "infrastructure", "infrastructuur", "urbanisme"),
        "Ruimte en infrastructuur",
    ),
    (("migration", "migratie", "integration", "integratie"), "Migratie en integratie"),
    (("economy", "economie", "business", "ondernem", "économie", "wirtschaft"), "Economie"),
)
DEFAULT_THEME = "Bestuur"


@dataclass
class NlEntry:
    """One entry of the register, and what the export had to change or guess to make it."""

    reference: str
    data: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


def _theme(system: PublicSystem) -> tuple[list[str], bool]:
    """The themes, and whether they were guessed (no Annex III area, no word matched)."""
    if system.area in THEME_BY_AREA:
        return [THEME_BY_AREA[system.area]], False
    department = system.text("department").casefold()
    words = set(department.replace("-", " ").replace(",", " ").split())
    for keys, theme in THEME_WORDS:
        for key in keys:
            if key in words or (len(key) > 4 and key in department):
                return [theme], False
    return [DEFAULT_THEME], True


def publication_category(system: PublicSystem) -> str:
    if system.tier in (AiRiskTier.HIGH_RISK.value, AiRiskTier.PROHIBITED.value):
        return CATEGORY_A
    if system.automated_decisions:
        return CATEGORY_B
    return CATEGORY_C


def _paragraphs(*parts: tuple[str, str]) -> str:
    """Labelled paragraphs of the texts given (label, text), empty ones left out; one text
    alone is given without its label."""
    filled = [(label, text.strip()) for label, text in parts if text.strip()]
    if len(filled) == 1:
        return filled[0][1]
    return "\n\n".join(f"{label}: {text}" if label else text for label, text in filled)


def _url(text: str) -> str:
    text = text.strip()
    if text.startswith(("https://", "http://")) and " " not in text:
        return text
    return ""


def nl_entry(snapshot: RegisterSnapshot, system: PublicSystem) -> NlEntry:
    """The register entry of ``system``, valid against publication standard 1.0.0."""
    reference = system.text("reference") or system.text("name")
    entry = NlEntry(reference, {})
    warn = entry.warnings.append
    org = system.text("organisation") or snapshot.organisation.name.strip()

    def fit(key: str, text: str, *, required: bool = True) -> str | None:
        text = text.strip()
        if not text:
            if not required:
                return None
            warn(
                _("{ref}: “{field}” is required by the Dutch register and is empty.").format(
                    ref=reference, field=key
                )
            )
            return NOT_FILLED
        limit = MAX_LENGTHS.get(key)
        if limit is not None and len(text) > limit:
            warn(
                _(
                    "{ref}: “{field}” has {n} characters, more than the register's {limit}; "
                    "it was shortened."
                ).format(ref=reference, field=key, n=len(text), limit=limit)
            )
            text = text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS
        return text

    data: dict[str, Any] = {}

    def put(key: str, text: str, *, required: bool = True) -> None:
        value = fit(key, text, required=required)
        if value is not None:
            data[key] = value

    put("name", system.text("name"))
    put("description_short", system.text("description") or system.text("purpose"))
    put("organization", org)
    themes, guessed = _theme(system)
    if guessed:
        warn(
            _(
                "{ref}: no theme follows from the department “{department}”; “{theme}” was "
                "used. Check it."
            ).format(ref=reference, department=system.text("department"), theme=themes[0])
        )
    data["theme"] = themes
    data["status"] = STATUS.get(system.phase, "In ontwikkeling")
    start = system.registered_at
    data["start_date"] = f"{start.year:04d}-{start.month:02d}"
    if system.phase == AiPhase.RETIRED.value:
        data["end_date"] = data["start_date"]
        warn(
            _("{ref}: retired; the end date is not recorded, the start date was used.").format(
                ref=reference
            )
        )
    contact = system.contact
    if not contact:
        contact = snapshot.organisation.contact.strip()
        if contact:
            warn(
                _(
                    "{ref}: the system's contact is internal or empty; the organisation's "
                    "contact was published instead."
                ).format(ref=reference)
            )
    put("contact", contact)
    link = _url(system.text("website"))
    if link:
        data["link"] = link
    data["publication_category"] = publication_category(system)
    for entry_data in system.register_entries():
        url = _url(str(entry_data.get("url", "")))
        if url and entry_data.get("register") == "algorithm_register":
            data["source_link"] = url
            break
    put(
        "purpose_and_impact",
        _paragraphs(("Doel", system.text("purpose")), ("Impact", system.text("description"))),
    )
    put(
        "considerations",
        _paragraphs(
            ("Voordelen", system.text("benefits")),
            ("Alternatieven", system.text("alternatives")),
            ("Eerdere werkwijze", system.text("previous_process")),
        ),
    )
    put(
        "human_intervention",
        _paragraphs(
            ("", system.text("human_review")),
            ("Besluitvorming", system.text("decision_process")),
        ),
    )
    classification = tier_label(system.tier)
    if system.area:
        classification += f" – {area_label(system.area)}"
    if system.text("classification_reasoning"):
        classification += f". {system.text('classification_reasoning')}"
    put(
        "risk_management",
        _paragraphs(
            ("Monitoring", system.text("monitoring")),
            ("Onderhoud", system.text("maintenance")),
            ("AI-verordening", classification),
        ),
    )
    bases = [b.summary() for b in system.legal_bases if b.summary().strip()]
    if bases:
        put("legal_basis", "\n".join(bases))
    if system.assessments:
        data["impact_assessments"] = "\n".join(a.summary() for a in system.assessments)
    else:
        data["impact_assessments"] = NO_ASSESSMENTS
    put("data", "\n".join(dataset_line(d) for d in system.datasets))
    put(
        "technical_operation",
        _paragraphs(
            ("Invoer", system.text("inputs")),
            ("Uitvoer", system.text("outputs")),
            ("Modellen", "; ".join(model_line(m) for m in system.models)),
            ("Werking", system.text("detailed_description")),
        ),
    )
    put("supplier", system.text("supplier") or org)
    data["language"] = LANGUAGE
    data["schema"] = SCHEMA_VERSION
    if system.text("reference"):
        data["source_id"] = system.text("reference")
    entry.data = data
    return entry


def nl_entries(snapshot: RegisterSnapshot, systems: Sequence[PublicSystem]) -> list[NlEntry]:
    return [nl_entry(snapshot, s) for s in systems]


def start_date_note() -> str:
    """What every export says about ``start_date`` (govkit has no "in use since" field)."""
    return _(
        "govkit does not record when a system went live: each entry's start date is the "
        "month its record was made. Correct it in the register's form if needed."
    )


def write_nl_json(
    entries: Sequence[NlEntry],
    out: IO[bytes],
    *,
    single: bool,
    progress: Progress | None = None,
) -> None:
    """One entry as a JSON object (``single``), else a JSON list of entries."""
    progress = progress or Progress()
    progress.step(0, 1, _("Writing the algorithm register entries…"))
    value: Any = entries[0].data if single else [e.data for e in entries]
    out.write(dumps(value).encode("utf-8"))
