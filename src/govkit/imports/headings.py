"""Which register field a column heading names, in English, French or German.

Headings are compared after ``normalise``: case, accents, punctuation and spacing do not
matter ("Finalité(s) du traitement effectué" = "finalite s du traitement effectue"), and a
heading also matches with its parenthesised remarks left out ("Retention schedule (if
possible)" = "Retention schedule"). The synonyms include the column headings of the UK ICO's
controller and processor templates, the CNIL's model register, and govkit's own labels (English
and, at run time, the user's language). A heading that matches no synonym may still match a
keyword rule ("Löschfristen der Daten" → retention); one that matches nothing is ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from govkit.domain.fields import CONTROLLER_FIELDS, PROCESSOR_FIELDS, FieldKind, FieldSpec
from govkit.i18n import _
from govkit.imports.table import PROCESSOR

# Pseudo-fields: columns that feed a field together with another column, or link sheets.
TRANSFER_SAFEGUARDS = "transfer_safeguards"  # safeguards of the transfers column, line by line
CONTROLLER_REPRESENTATIVES = "controller_representatives"  # "controller: representative"
CONTROLLER_DPOS = "controller_dpos"  # "controller: DPO"
RECORD_ID = "record_id"  # govkit's record ID: links the part sheets of a full workbook
IGNORE = "ignore"

PSEUDO_FIELDS = (TRANSFER_SAFEGUARDS, CONTROLLER_REPRESENTATIVES, CONTROLLER_DPOS, RECORD_ID)

CONTROLLER_ONLY = frozenset(s.name for s in CONTROLLER_FIELDS) - {s.name for s in PROCESSOR_FIELDS}
PROCESSOR_ONLY = frozenset(s.name for s in PROCESSOR_FIELDS) - {
    s.name for s in CONTROLLER_FIELDS
} | {CONTROLLER_REPRESENTATIVES, CONTROLLER_DPOS}


def specs_for(register: str) -> tuple[FieldSpec, ...]:
    return PROCESSOR_FIELDS if register == PROCESSOR else CONTROLLER_FIELDS


def fields_for(register: str) -> tuple[str, ...]:
    """The fields a column may be mapped to for ``register``, pseudo-fields included."""
    names = tuple(s.name for s in specs_for(register))
    extra: tuple[str, ...] = (TRANSFER_SAFEGUARDS, RECORD_ID)
    if register == PROCESSOR:
        extra = (*extra, CONTROLLER_REPRESENTATIVES, CONTROLLER_DPOS)
    return names + extra


def pseudo_label(name: str) -> str:
    return {
        TRANSFER_SAFEGUARDS: _("Safeguards of the transfers (one per transfer)"),
        CONTROLLER_REPRESENTATIVES: _("Representatives of the controllers served"),
        CONTROLLER_DPOS: _("Data protection officers of the controllers served"),
        RECORD_ID: _("govkit record ID (links the sheets of a govkit workbook)"),
    }[name]


_SCALAR_KINDS = frozenset(
    {FieldKind.TEXT, FieldKind.CHOICE, FieldKind.STATUS, FieldKind.DATE, FieldKind.BOOL}
)


def takes_one_column(name: str) -> bool:
    """True for fields that hold one value (a second column for them is ignored)."""
    if name == RECORD_ID:
        return True
    for spec in (*CONTROLLER_FIELDS, *PROCESSOR_FIELDS):
        if spec.name == name:
            return spec.kind in _SCALAR_KINDS
    return False


# -- normalising ----------------------------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


@lru_cache(maxsize=65_536)
def normalise(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: for comparing words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ").replace("'", " ").replace("’", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def without_remarks(text: str) -> str:
    """``normalise`` of ``text`` with its parenthesised remarks left out."""
    return normalise(_PARENS.sub(" ", text))


# -- synonyms -------------------------------------------------------------------------------

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name",
        "Name of the processing activity",
        "Name of processing activity",
        "Processing activity",
        "Processing activities",
        "Activity",
        "Activity name",
        "Title",
        "Processing operation",
        "Nom / sigle",
        "Nom du traitement",
        "Nom de l'activité",
        "Nom de l'activité de traitement",
        "Activité",
        "Activités",
        "Désignation des activités",
        "Désignation de l'activité",
        "Désignation",
        "Traitement",
        "Intitulé",
        "Intitulé du traitement",
        "Bezeichnung",
        "Bezeichnung der Verarbeitungstätigkeit",
        "Name der Verarbeitungstätigkeit",
        "Verarbeitungstätigkeit",
        "Verarbeitung",
        "Verfahren",
        "Bezeichnung des Verfahrens",
        "Tätigkeit",
    ),
    "reference": (
        "Reference",
        "Ref",
        "Ref.",
        "ID",
        "No.",
        "Number",
        "Identifier",
        "Record number",
        "N° / REF",
        "N°",
        "Numéro",
        "Référence",
        "Référence interne",
        "Nr.",
        "Lfd. Nr.",
        "Laufende Nummer",
        "Kennung",
        "Kennziffer",
        "Aktenzeichen",
    ),
    "department": (
        "Business function",
        "Department",
        "Owning department",
        "Business unit",
        "Unit",
        "Team",
        "Directorate",
        "Service",
        "Service concerné",
        "Service responsable",
        "Direction",
        "Direction / service",
        "Fachbereich",
        "Abteilung",
        "Amt",
        "Fachamt",
        "Organisationseinheit",
        "Dienststelle",
        "Zuständige Stelle",
        "Zuständige Organisationseinheit",
    ),
    "contact": (
        "Contact",
        "Department contact",
        "Contact person",
        "Contact details",
        "Point de contact",
        "Personne à contacter",
        "Interlocuteur",
        "Ansprechpartner",
        "Ansprechpartnerin",
        "Ansprechperson",
        "Kontakt",
    ),
    "status": ("Status", "State", "Statut", "État", "Stand", "Bearbeitungsstand"),
    "next_review": (
        "Next review",
        "Next review date",
        "Review date",
        "Review by",
        "Prochaine révision",
        "Prochaine revue",
        "Date de révision",
        "Wiedervorlage",
        "Nächste Überprüfung",
        "Überprüfung am",
        "Prüfdatum",
    ),
    "description": (
        "Description",
        "Description of the processing",
        "Description du traitement",
        "Beschreibung",
        "Kurzbeschreibung",
        "Beschreibung der Verarbeitung",
    ),
    "purposes": (
        "Purpose of processing",
        "Purposes of processing",
        "Purposes of the processing",
        "Purpose",
        "Purposes",
        "Finalité(s) du traitement effectué",
        "Finalité(s)",
        "Finalités",
        "Finalité",
        "Finalité principale",
        "Finalité du traitement",
        "Objectifs poursuivis",
        *(f"Sous-finalité {n}" for n in range(1, 11)),
        "Zweck",
        "Zwecke",
        "Zweck der Verarbeitung",
        "Zwecke der Verarbeitung",
        "Zweckbestimmung",
    ),
    "legal_bases": (
        "Article 6 lawful basis for processing personal data",
        "GDPR Article 6 lawful basis for processing",
        "Lawful basis",
        "Lawful basis for processing",
        "Legal basis",
        "Legal bases",
        "Base légale",
        "Base légale du traitement",
        "Base juridique",
        "Fondement juridique",
        "Licéité du traitement",
        "Rechtsgrundlage",
        "Rechtsgrundlagen",
        "Rechtsgrundlage der Verarbeitung",
        "Rechtsgrundlage nach Art. 6 DSGVO",
    ),
    "legal_basis_details": (
        "Legal basis details",
        "Details of the legal basis",
        "Legitimate interests for the processing (if applicable)",
        "Texte de référence",
        "Précisions sur la base légale",
        "Rechtsvorschrift",
        "Gesetzliche Grundlage",
    ),
    "data_subject_categories": (
        "Categories of individuals",
        "Categories of data subjects",
        "Data subjects",
        "Individuals",
        "Catégories de personnes concernées",
        "Personnes concernées",
        "Kategorien betroffener Personen",
        "Betroffene Personen",
        "Betroffenengruppen",
        "Kreis der Betroffenen",
    ),
    "data_categories": (
        "Categories of personal data",
        "Personal data categories",
        "Data categories",
        "Personal data",
        "Catégories de données collectées",
        "Catégories de données personnelles concernées",
        "Catégories de données",
        "Données collectées",
        "Kategorien personenbezogener Daten",
        "Datenkategorien",
        "Personenbezogene Daten",
        "Art der Daten",
    ),
    "special_categories": (
        "Special category data",
        "Special categories",
        "Special categories of personal data",
        "Sensitive data",
        "Données sensibles",
        "Catégories particulières de données",
        "Besondere Kategorien personenbezogener Daten",
        "Besondere Kategorien",
        "Sensible Daten",
    ),
    "art9_conditions": (
        "Article 9 condition for processing special category data",
        "Article 9 condition",
        "Art. 9 condition",
        "Condition for special categories",
        "Conditions de traitement des données sensibles (article 9)",
        "Exception de l'article 9",
        "Ausnahme nach Art. 9",
        "Rechtsgrundlage nach Art. 9 DSGVO",
    ),
    "criminal_data": (
        "Criminal offence data",
        "Criminal convictions and offences data",
        "Données relatives aux condamnations pénales et aux infractions",
        "Données pénales",
        "Daten über strafrechtliche Verurteilungen und Straftaten",
        "Strafrechtliche Daten",
    ),
    "art10_basis": (
        "Authority for criminal data",
        "Art. 10 authority",
        "Fondement du traitement des données pénales",
        "Rechtsgrundlage nach Art. 10 DSGVO",
    ),
    "sources": (
        "The source of the personal data (if applicable)",
        "Source of the personal data",
        "Sources",
        "Source",
        "Sources of the data",
        "Sources des données",
        "Source des données",
        "Origine des données",
        "Herkunft der Daten",
        "Datenquelle",
        "Datenquellen",
    ),
    "recipients": (
        "Categories of recipients",
        "Recipients",
        "Recipient",
        "Catégories de destinataires",
        "Destinataires",
        "Destinataires des données",
        "Empfänger",
        "Kategorien von Empfängern",
        "Empfängerkategorien",
    ),
    "no_recipients": ("No recipients", "Aucun destinataire", "Keine Empfänger"),
    "transfers": (
        "Names of third countries or international organisations that personal data are "
        "transferred to (if applicable)",
        "Transfers",
        "Transfers to third countries",
        "Third countries",
        "International transfers",
        "Transferts des données hors UE",
        "Transferts hors UE",
        "Transferts",
        "Pays tiers",
        "Übermittlung in Drittländer",
        "Übermittlungen an Drittländer oder internationale Organisationen",
        "Drittlandübermittlung",
        "Drittländer",
    ),
    "no_transfers": (
        "No transfers outside the EU",
        "Aucun transfert hors UE",
        "Keine Drittlandübermittlung",
    ),
    TRANSFER_SAFEGUARDS: (
        "Safeguards for exceptional transfers of personal data to third countries or "
        "international organisations (if applicable)",
        "Safeguards",
        "Transfer safeguards",
        "Garanties",
        "Garanties appropriées",
        "Type de garanties",
        "Geeignete Garantien",
        "Garantien",
    ),
    "retention": (
        "Retention schedule (if possible)",
        "Retention schedule",
        "Retention",
        "Retention period",
        "Retention periods",
        "Délais d'effacement",
        "Délai d'effacement",
        "Durée de conservation",
        "Durées de conservation",
        "Löschfristen",
        "Löschfrist",
        "Aufbewahrungsfrist",
        "Aufbewahrungsfristen",
        "Speicherdauer",
        "Fristen für die Löschung",
    ),
    "security_measures": (
        "General description of technical and organisational security measures (if possible)",
        "Security measures",
        "Technical and organisational measures",
        "Technical and organisational security measures",
        "TOMs",
        "Mesures de sécurité",
        "Mesures de sécurité techniques et organisationnelles",
        "Technische und organisatorische Maßnahmen",
        "TOM",
    ),
    "joint_controllers": (
        "Name and contact details of joint controller (if applicable)",
        "Joint controllers",
        "Joint controller",
        "Responsable(s) conjoint(s)",
        "Responsables conjoints",
        "Responsable conjoint",
        "Nom du responsable conjoint du traitement",
        "Gemeinsam Verantwortliche",
        "Gemeinsam Verantwortlicher",
    ),
    "automated_decision": (
        "Existence of automated decision-making, including profiling (if applicable)",
        "Automated decision-making",
        "Profiling",
        "Prise de décision automatisée",
        "Décision automatisée",
        "Automatisierte Entscheidung",
        "Automatisierte Entscheidungsfindung",
    ),
    "automated_decision_details": (
        "Logic of the automated decision",
        "Logique de la décision automatisée",
        "Logik der automatisierten Entscheidung",
    ),
    "systems": (
        "Location of personal data",
        "Systems",
        "Systems and applications",
        "Applications",
        "Software",
        "IT systems",
        "Nom du logiciel ou de l'application",
        "Logiciels",
        "Logiciel",
        "Applications utilisées",
        "IT-Verfahren",
        "Eingesetzte Software",
        "Anwendungen",
        "IT-Systeme",
    ),
    "notes": (
        "Notes",
        "Comments",
        "Remarks",
        "Remarques",
        "Commentaires",
        "Observations",
        "Bemerkungen",
        "Anmerkungen",
        "Hinweise",
        "Notizen",
    ),
    "controllers": (
        "Name and contact details of controller",
        "Controllers served",
        "Controllers",
        "Controller (client)",
        "Clients",
        "Responsable(s) de traitement pour le compte duquel/desquels le traitement est effectué",
        "Responsables de traitement",
        "Responsable(s) de traitement",
        "Auftraggeber",
        "Verantwortliche (Auftraggeber)",
    ),
    CONTROLLER_REPRESENTATIVES: (
        "Name and contact details of controller's representative (if applicable)",
        "Représentant du responsable de traitement",
        "Vertreter des Verantwortlichen",
    ),
    CONTROLLER_DPOS: (
        "Name and contact details of controller's data protection officer (if applicable)",
        "Délégué à la protection des données du responsable de traitement",
        "Datenschutzbeauftragter des Verantwortlichen",
    ),
    "processing_categories": (
        "Categories of processing",
        "Categories of processing carried out on behalf of each controller",
        "Catégories de traitements",
        "Catégories de traitements effectués pour le compte du responsable",
        "Catégories de traitements effectués",
        "Kategorien von Verarbeitungen",
        "Art der Verarbeitung",
    ),
    "sub_processors": (
        "Sub-processors",
        "Name and contact details of sub-processors (if applicable)",
        "Sous-traitants ultérieurs",
        "Sous-traitants",
        "Unterauftragsverarbeiter",
        "Weitere Auftragsverarbeiter",
    ),
    RECORD_ID: ("Record ID", "govkit record ID"),
    IGNORE: (
        # Columns of the ICO and CNIL templates and of govkit's full layout that hold no field.
        "Link to contract with processor",
        "Link to record of legitimate interests assessment (if applicable)",
        "Rights available to individuals",
        "Link to record of consent",
        "Data Protection Impact Assessment required?",
        "Data Protection Impact Assessment progress",
        "Link to Data Protection Impact Assessment",
        "Has a personal data breach occurred?",
        "Link to record of personal data breach",
        "Data Protection Act 2018 Schedule 1 Condition for processing",
        "Link to retention and erasure policy document",
        "Is personal data retained and erased in accordance with the policy document?",
        "Reasons for not adhering to policy document (if applicable)",
        "Responsable du traitement",
        "Délégué à la protection des données",
        "Représentant",
        "Controller",
        "Date de création de la fiche",
        "Dernière mise à jour de la fiche",
        "Date de création",
        "Mise à jour",
        "Qualité de l'organisme",
        "Fiche",
        "Completeness (%)",
        "Missing items",
        "Created (UTC)",
        "Created by",
        "Last changed (UTC)",
        "Changed by",
        "Archived (UTC)",
        "Verantwortlicher",
        "Datenschutzbeauftragter",
    ),
}


# Keyword rules for headings no synonym matched: (pattern on the normalised heading, field).
# More specific rules come first.
KEYWORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (
            r"\b(article|art|artikel) 9\b|\bspecial categor|\bsensib|\bbesondere kategorie",
            "special",
        ),
        (r"\bsafeguard|\bgarantie", TRANSFER_SAFEGUARDS),
        (r"\bthird countr|\btransfer|\bhors (ue|eu)\b|\bdrittland|\bubermittlung", "transfers"),
        (r"\bjoint controller|\bconjoint|\bgemeinsam verantwortlich", "joint_controllers"),
        (r"\bsub ?processor|\bsous traitants? ulterieur|\bunterauftrag", "sub_processors"),
        (
            r"\bretention|\bconservation|\beffacement|\bloschfrist|\baufbewahr|\bspeicherdauer",
            "retention",
        ),
        (
            r"\blawful basis|\blegal bas|\bbase (legale|juridique)|\brechtsgrundlage|\bliceite",
            "legal_bases",
        ),
        (r"\bpurpose|\bfinalite|\bzweck|\bobjectif", "purposes"),
        (r"\brecipient|\bdestinataire|\bempfanger", "recipients"),
        (
            r"\bdata subject|\bindividuals\b|\bpersonnes concernees|\bbetroffen",
            "data_subject_categories",
        ),
        (
            r"\b(categor|kategor)\w* (of )?(personal )?data\b|\bdonnees\b|\bdaten\b",
            "data_categories",
        ),
        (r"\bsecurity|\bsecurite|\borganisatorische|\btoms?\b|\bsicherheit", "security_measures"),
        (r"\bautomat|\bprofiling|\bprofilage", "automated_decision"),
        (r"\bsource|\borigine|\bherkunft|\bquelle", "sources"),
        (r"\bsystem|\bsoftware|\blogiciel|\bapplication|\banwendung|\bit verfahren", "systems"),
        (
            r"\bdepartment|\bbusiness function|\bservice\b|\babteilung|\bfachbereich|\bamt\b|"
            r"\bdirection\b",
            "department",
        ),
        (r"\bcontact|\bansprech|\bkontakt|\binterlocut", "contact"),
        (r"\breview|\brevision|\bwiedervorlage|\buberprufung", "next_review"),
        (r"\bstatus\b|\bstatut\b|\betat\b", "status"),
        (
            r"\bnotes?\b|\bcomments?\b|\bremarks?\b|\bremarques?\b|\bbemerkung|\banmerkung|"
            r"\bobservations?\b",
            "notes",
        ),
        (r"\bdescription|\bbeschreibung", "description"),
        (r"^(ref|reference|no|nr|numero|n|id)\b", "reference"),
        (
            r"\bname\b|\bnom\b|\bbezeichnung|\bdesignation|\bactivit|\bverarbeitungstatigkeit|"
            r"\bintitule|\btraitement\b",
            "name",
        ),
    )
)


@dataclass(frozen=True)
class HeadingMatch:
    field: str | None  # a field or pseudo-field name; None = ignore
    how: str  # "guide", "exact", "keyword" or "none"


class HeadingIndex:
    """Synonyms (and govkit's labels, English and translated) by normalised form."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self._exact: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        for name, synonyms in SYNONYMS.items():
            self._add(name, synonyms)
        for spec in (*CONTROLLER_FIELDS, *PROCESSOR_FIELDS):
            self._add(spec.name, (spec._label, spec.label))
        for name in PSEUDO_FIELDS:
            self._add(name, (pseudo_label(name),))
        for name, words in (extra or {}).items():
            self._add(name, words)

    def _add(self, name: str, words: Iterable[str]) -> None:
        for word in words:
            self._exact.setdefault(normalise(word), name)
            self._loose.setdefault(without_remarks(word), name)

    def match(self, heading: str, guide: Mapping[str, str] | None = None) -> HeadingMatch:
        if guide and heading in guide:
            key = guide[heading]
            return HeadingMatch(key or None, "guide")
        exact = normalise(heading)
        if not exact:
            return HeadingMatch(None, "none")
        found = self._exact.get(exact) or self._loose.get(without_remarks(heading))
        if found is not None:
            return HeadingMatch(None if found == IGNORE else found, "exact")
        if len(exact.split()) <= 10:
            for pattern, name in KEYWORD_RULES:
                if pattern.search(exact):
                    if name == "special":
                        name = (
                            "art9_conditions"
                            if _mentions_condition(exact)
                            else ("special_categories")
                        )
                    return HeadingMatch(name, "keyword")
        return HeadingMatch(None, "none")


def _mentions_condition(text: str) -> bool:
    return bool(re.search(r"\bcondition|\bexception|\bausnahme|\bbasis|grundlage", text))
