"""Words for values: yes and no, statuses, "none", and pick-list entries in other words.

A spreadsheet says "6(1)(e)", "public task", "mission d'intérêt public" or "Art. 6 Abs. 1 lit. e
DSGVO" where govkit's pick list says "Art. 6(1)(e) Public task or official authority". An entry
is taken for a pick-list entry only when it clearly says nothing more than that entry: its
article reference, its words, a synonym, or both, plus at most the name of the regulation
(GDPR, RGPD, DSGVO). Anything else ("6(1)(e) – Local Government Act 1972, s. 111") is kept as
written, so nothing the city recorded is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from govkit.domain.catalogue_builtin import BUILTIN
from govkit.domain.enums import ActivityStatus, CatalogueKind, RecipientCategory
from govkit.i18n import _
from govkit.imports.headings import normalise

# -- yes / no / none / status ---------------------------------------------------------------

_YES = ("yes", "y", "true", "x", "1", "oui", "o", "vrai", "ja", "j", "wahr", "zutreffend")
_NO = ("no", "n", "false", "0", "non", "faux", "nein", "falsch", "entfallt", "nicht zutreffend")
_NONE = (
    "none",
    "no",
    "n a",
    "na",
    "nil",
    "not applicable",
    "no recipients",
    "no transfers",
    "aucun",
    "aucune",
    "neant",
    "non",
    "sans objet",
    "aucun destinataire",
    "aucun transfert",
    "keine",
    "keiner",
    "nein",
    "entfallt",
    "nicht zutreffend",
    "k a",
)
_STATUS = {
    ActivityStatus.DRAFT: (
        "draft",
        "in preparation",
        "planned",
        "brouillon",
        "projet",
        "en preparation",
        "en projet",
        "entwurf",
        "in bearbeitung",
        "in planung",
        "geplant",
    ),
    ActivityStatus.ACTIVE: (
        "active",
        "live",
        "current",
        "in use",
        "in operation",
        "actif",
        "active",
        "en cours",
        "en vigueur",
        "en production",
        "aktiv",
        "in betrieb",
        "laufend",
        "produktiv",
    ),
    ActivityStatus.RETIRED: (
        "retired",
        "archived",
        "ended",
        "closed",
        "inactive",
        "discontinued",
        "retire",
        "termine",
        "clos",
        "archive",
        "inactif",
        "supprime",
        "eingestellt",
        "ausser betrieb",
        "beendet",
        "inaktiv",
        "archiviert",
        "abgeschlossen",
    ),
}
_DASHES = frozenset({"-", "--", "—", "–", "/", "n/a", "N/A", "./."})


def parse_bool(text: str) -> tuple[bool | None, str]:
    """(True/False, the rest) for "Yes", "Non", "Ja: profiling of applicants"…; (None, text)
    when the text is not a yes or no. An empty cell or a dash is no."""
    stripped = text.strip()
    if not stripped or stripped in _DASHES or stripped in ("☐", "✗"):
        return False, ""
    if stripped in ("✓", "✔", "☑", "☒"):
        return True, ""
    yes, no = _yes_words(), _no_words()
    whole = normalise(stripped)
    if whole in yes:
        return True, ""
    if whole in no:
        return False, ""
    found = re.match(r"([^:,;–—]+?)\s*[:,;–—]\s*(.*)", stripped, re.DOTALL)
    if found:
        head = normalise(found.group(1))
        if head in yes:
            return True, found.group(2).strip()
        if head in no:
            return False, found.group(2).strip()
    return None, text


def _yes_words() -> frozenset[str]:
    return frozenset([*_YES, normalise(_("Yes"))])


def _no_words() -> frozenset[str]:
    return frozenset([*_NO, normalise(_("No"))])


_SPECIAL_MARK = re.compile(
    r"\s*\((?:special category(?: data)?|article 9|art\. 9|donn[ée]es? sensibles?|"
    r"besondere kategorie[^)]*)\)\s*$",
    re.IGNORECASE,
)
_CRIMINAL = frozenset(
    {
        "criminal offence data",
        "criminal offences data",
        "criminal convictions and offences",
        "criminal convictions and offences data",
        "donnees penales",
        "donnees relatives aux condamnations penales et aux infractions",
        "strafrechtliche daten",
        "daten uber strafrechtliche verurteilungen und straftaten",
    }
)


def special_category_mark(item: str) -> tuple[str, bool]:
    """(the item without it, True) for "Health data (special category data)" and the like."""
    found = _SPECIAL_MARK.search(item)
    return (item[: found.start()], True) if found else (item, False)


def is_criminal_data(item: str) -> bool:
    """True for an item naming criminal convictions and offences data (Art. 10)."""
    return normalise(item) in _CRIMINAL


def is_none_word(text: str) -> bool:
    """True for "None", "N/A", "-", "Aucun", "Keine"…: a cell saying there is nothing."""
    stripped = text.strip()
    return stripped in _DASHES or normalise(stripped) in _NONE or stripped == _("None")


def parse_status(text: str) -> ActivityStatus | None:
    word = normalise(text)
    for status in ActivityStatus:
        if word in (status.value, normalise(status.label)):
            return status
    for status, words in _STATUS.items():
        if word in words:
            return status
    return None


# -- recipients -----------------------------------------------------------------------------

_RECIPIENT_WORDS: dict[RecipientCategory, tuple[str, ...]] = {
    RecipientCategory.INTERNAL: (
        "internal",
        "internal other departments",
        "destinataire interne",
        "service interne",
        "service interne qui traite les donnees",
        "interne",
        "intern",
        "interner empfanger",
    ),
    RecipientCategory.PROCESSOR: (
        "processor",
        "processors",
        "sous traitant",
        "sous traitants",
        "auftragsverarbeiter",
    ),
    RecipientCategory.THIRD_PARTY: (
        "third party",
        "third parties",
        "tiers",
        "organisme externe",
        "organismes externes",
        "partenaires institutionnels ou commerciaux",
        "dritte",
        "dritter",
        "externer empfanger",
    ),
    RecipientCategory.PUBLIC_AUTHORITY: (
        "public authority",
        "public authorities",
        "autorite publique",
        "autorites publiques",
        "administration",
        "behorde",
        "behorden",
        "offentliche stelle",
        "offentliche stellen",
    ),
    RecipientCategory.ABROAD: (
        "recipient abroad international organisation",
        "recipient abroad",
        "international organisation",
        "destinataire dans un pays tiers ou organisation internationale",
        "destinataires dans des pays tiers ou organisations internationales",
        "empfanger in drittlandern",
        "internationale organisation",
    ),
}
# Keywords in a recipient's name that say what kind of recipient it is.
_RECIPIENT_GUESS: tuple[tuple[re.Pattern[str], RecipientCategory], ...] = tuple(
    (re.compile(p), c)
    for p, c in (
        (
            r"\b(processor|provider|vendor|contractor|hosting|cloud|sous traitant|prestataire|"
            r"hebergeur|auftragsverarbeiter|dienstleister|anbieter|rechenzentrum)",
            RecipientCategory.PROCESSOR,
        ),
        (
            r"\b(authority|authorities|police|court|tribunal|ministry|government|agency|"
            r"office|tax|autorite|prefecture|ministere|administration|gendarmerie|"
            r"behorde|polizei|gericht|ministerium|finanzamt|amt\b|agentur)",
            RecipientCategory.PUBLIC_AUTHORITY,
        ),
        (
            r"\b(internal|department|interne?|service|abteilung|fachbereich|dezernat)",
            RecipientCategory.INTERNAL,
        ),
        (
            r"\b(third countr|international organi|pays tiers|drittland)",
            RecipientCategory.ABROAD,
        ),
    )
)


def recipient_category(text: str) -> RecipientCategory | None:
    """The category a label names ("Processor", "Sous-traitant", "Behörde"…), if any."""
    word = normalise(text)
    for category in RecipientCategory:
        if word in (normalise(category.value), normalise(category.label)):
            return category
    for category, words in _RECIPIENT_WORDS.items():
        if word in words:
            return category
    return None


def guess_recipient_category(name: str) -> RecipientCategory:
    words = normalise(name)
    for pattern, category in _RECIPIENT_GUESS:
        if pattern.search(words):
            return category
    return RecipientCategory.THIRD_PARTY


# -- pick lists -----------------------------------------------------------------------------

# An article reference, normalised: "art 6 abs 1 lit e", "6 1 e", "article 9 2 h"…
_ARTICLE = re.compile(
    r"\b(?:art(?:icle|ikel|\.)?\s+)?(\d{1,2})\s+"
    r"(?:(?:abs(?:atz)?|para(?:graph(?:e)?)?|al(?:inea)?|paragraphe)\s+)?(\d)\s+"
    r"(?:(?:lit(?:tera)?|let(?:tre)?|point|buchst(?:abe)?|s\s+1\s+lit|uabs\s+1\s+lit)\s+)?"
    r"([a-j])\b"
)
_ARTICLE_45 = re.compile(r"\b(?:art(?:icle|ikel)?\s+)?45\b")
_FILLER = frozenset(
    {
        "gdpr",
        "uk",
        "rgpd",
        "dsgvo",
        "eu",
        "ue",
        "ds",
        "gvo",
        "regulation",
        "reglement",
        "verordnung",
        "art",
        "article",
        "artikel",
        "abs",
        "absatz",
        "lit",
        "para",
        "paragraph",
        "paragraphe",
        "al",
        "alinea",
        "point",
        "of",
        "du",
        "de",
        "des",
        "der",
        "the",
        "basis",
        "base",
        "grundlage",
        "on",
        "sur",
        "nach",
    }
)

_SYNONYMS: dict[str, tuple[str, ...]] = {
    # Legal bases, Art. 6(1)
    "Art. 6(1)(a) Consent": ("consent", "consentement", "einwilligung"),
    "Art. 6(1)(b) Contract": (
        "contract",
        "performance of a contract",
        "contrat",
        "execution d un contrat",
        "execution du contrat",
        "vertrag",
        "vertragserfullung",
        "erfullung eines vertrags",
    ),
    "Art. 6(1)(c) Legal obligation": (
        "legal obligation",
        "obligation legale",
        "rechtliche verpflichtung",
        "gesetzliche verpflichtung",
        "rechtspflicht",
    ),
    "Art. 6(1)(d) Vital interests": (
        "vital interests",
        "vital interest",
        "interets vitaux",
        "interet vital",
        "lebenswichtige interessen",
    ),
    "Art. 6(1)(e) Public task or official authority": (
        "public task",
        "public interest",
        "official authority",
        "public task official authority",
        "mission d interet public",
        "mission de service public",
        "exercice de l autorite publique",
        "mission d interet public ou exercice de l autorite publique",
        "interet public",
        "offentliche aufgabe",
        "aufgabe im offentlichen interesse",
        "wahrnehmung einer aufgabe im offentlichen interesse",
        "offentliches interesse",
        "offentliche gewalt",
    ),
    "Art. 6(1)(f) Legitimate interests (not for public tasks)": (
        "legitimate interests",
        "legitimate interest",
        "interet legitime",
        "interets legitimes",
        "berechtigtes interesse",
        "berechtigte interessen",
    ),
    # Conditions for special categories, Art. 9(2)
    "Art. 9(2)(a) Explicit consent": (
        "explicit consent",
        "consentement explicite",
        "ausdruckliche einwilligung",
    ),
    "Art. 9(2)(b) Employment, social security and social protection law": (
        "employment social security and social protection",
        "employment law",
        "droit du travail",
        "arbeitsrecht",
    ),
    "Art. 9(2)(c) Vital interests": ("vital interests", "interets vitaux"),
    "Art. 9(2)(f) Legal claims": ("legal claims", "droits en justice", "rechtsanspruche"),
    "Art. 9(2)(g) Substantial public interest": (
        "substantial public interest",
        "interet public important",
        "erhebliches offentliches interesse",
    ),
    "Art. 9(2)(h) Health or social care": (
        "health or social care",
        "health and social care",
        "medecine preventive",
        "gesundheitsvorsorge",
    ),
    "Art. 9(2)(i) Public health": ("public health", "sante publique", "offentliche gesundheit"),
    "Art. 9(2)(j) Archiving, research or statistics": (
        "archiving research statistics",
        "archives recherche statistiques",
    ),
    # Special categories, Art. 9(1)
    "Health data": (
        "health",
        "health data",
        "sante",
        "donnees de sante",
        "donnees concernant la sante",
        "gesundheit",
        "gesundheitsdaten",
    ),
    "Racial or ethnic origin": (
        "ethnic origin",
        "racial origin",
        "origine raciale ou ethnique",
        "origine ethnique",
        "rassische oder ethnische herkunft",
        "ethnische herkunft",
    ),
    "Political opinions": ("opinions politiques", "politische meinungen"),
    "Religious or philosophical beliefs": (
        "religion",
        "religious beliefs",
        "convictions religieuses ou philosophiques",
        "convictions religieuses",
        "religiose oder weltanschauliche uberzeugungen",
        "religionszugehorigkeit",
    ),
    "Trade union membership": ("appartenance syndicale", "gewerkschaftszugehorigkeit"),
    "Genetic data": ("donnees genetiques", "genetische daten"),
    "Biometric data for identification": (
        "biometric data",
        "biometrics",
        "donnees biometriques",
        "biometrische daten",
    ),
    "Sex life or sexual orientation": (
        "sex life",
        "sexual orientation",
        "vie sexuelle",
        "orientation sexuelle",
        "sexualleben",
        "sexuelle orientierung",
    ),
    # Transfer safeguards, Art. 45-49
    "Art. 46(2)(c) Standard contractual clauses": (
        "standard contractual clauses",
        "sccs",
        "scc",
        "eu sccs",
        "clauses contractuelles types",
        "cct",
        "standardvertragsklauseln",
        "standarddatenschutzklauseln",
    ),
    "Art. 45 Adequacy decision": (
        "adequacy decision",
        "adequacy",
        "decision d adequation",
        "angemessenheitsbeschluss",
    ),
    "Art. 46(2)(b) Binding corporate rules (Art. 47)": (
        "binding corporate rules",
        "bcr",
        "bcrs",
        "regles d entreprise contraignantes",
        "verbindliche interne datenschutzvorschriften",
    ),
}

# Pick lists whose entries are matched through article references and synonyms.
_RICH_KINDS = (
    CatalogueKind.LEGAL_BASIS,
    CatalogueKind.ART9_CONDITION,
    CatalogueKind.SPECIAL_CATEGORY,
    CatalogueKind.SAFEGUARD,
)


def _article_key(normalised: str) -> tuple[str, ...] | None:
    found = _ARTICLE.search(normalised)
    if found:
        return found.groups()
    if _ARTICLE_45.search(normalised):
        return ("45",)
    return None


def _residue(normalised: str, *remove: str) -> str:
    """The words of ``normalised`` left after removing article references, the regulation's
    name, filler words and the phrases ``remove``."""
    text = _ARTICLE.sub(" ", normalised)
    text = re.sub(r"\b(?:art(?:icle|ikel)?\s+)?\d{1,2}\b", " ", text)
    for phrase in sorted(remove, key=len, reverse=True):
        if phrase:
            text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text)
    return " ".join(w for w in text.split() if w not in _FILLER and len(w) > 1)


class Vocabulary:
    """Matches list entries of a spreadsheet to the vault's pick lists.

    ``labels`` are the vault's entries per pick list (as the catalogues hold them, possibly
    translated). Built-in entries are known by their English text and their translation.
    """

    def __init__(self, labels: Mapping[CatalogueKind, Sequence[str]]) -> None:
        self._exact: dict[CatalogueKind, dict[str, str]] = {}
        self._articles: dict[CatalogueKind, dict[tuple[str, ...], str]] = {}
        self._phrases: dict[CatalogueKind, list[tuple[str, str]]] = {}
        self._cache: dict[tuple[CatalogueKind, str], str] = {}
        for kind in CatalogueKind:
            vault = list(labels.get(kind, ()))
            exact = {normalise(label): label for label in vault}
            self._exact[kind] = exact
            if kind not in _RICH_KINDS:
                continue
            articles: dict[tuple[str, ...], str] = {}
            phrases: list[tuple[str, str]] = []
            for label in vault:  # the vault's own entries first (they may be translated)
                key = _article_key(normalise(label))
                if key is not None:
                    articles.setdefault(key, label)
            for english in BUILTIN.get(kind, ()):
                words = normalise(english)
                key = _article_key(words)
                label = self._vault_label(english, exact, articles.get(key) if key else None)
                if key is not None:
                    articles.setdefault(key, label)
                    if key[:1] == ("49",) and key[2:] == ("b",):
                        articles.setdefault(("49", "1", "c"), label)
                phrases.append((_residue(words), label))
                phrases.append((_residue(normalise(label)), label))
                for synonym in _SYNONYMS.get(english, ()):
                    phrases.append((synonym, label))
            self._articles[kind] = articles
            self._phrases[kind] = [(p, lbl) for p, lbl in phrases if p]

    @staticmethod
    def _vault_label(english: str, exact: Mapping[str, str], same_article: str | None) -> str:
        """How the vault names a built-in entry: as translated, as in English, or as its
        entry for the same article (a vault made in another language)."""
        for candidate in (_(english), english):
            found = exact.get(normalise(candidate))
            if found is not None:
                return found
        return same_article or _(english)

    def match(self, kind: CatalogueKind, item: str) -> str:
        """The pick-list entry ``item`` clearly stands for, or ``item`` unchanged."""
        key = (kind, item)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._match(kind, item)
        return found

    def _match(self, kind: CatalogueKind, item: str) -> str:
        words = normalise(item)
        if not words:
            return item
        found = self._exact.get(kind, {}).get(words)
        if found is not None:
            return found
        if kind not in _RICH_KINDS:
            return item
        key = _article_key(words)
        by_article = self._articles[kind].get(key) if key is not None else None
        if key is not None and by_article is None:
            return item  # an article this list has no entry for: keep as written
        for phrase, label in self._phrases[kind]:
            if by_article is not None and label != by_article:
                continue
            if not _residue(words, phrase):
                return label
        if by_article is not None and not _residue(words):
            return by_article
        return item

    def find(self, kind: CatalogueKind, item: str) -> str | None:
        """The pick-list entry ``item`` clearly stands for, or None."""
        found = self.match(kind, item)
        return found if normalise(found) in self._exact.get(kind, {}) or found != item else None

    def match_all(self, kind: CatalogueKind, items: Iterable[str]) -> list[str]:
        return [self.match(kind, item) for item in items]
