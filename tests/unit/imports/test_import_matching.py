"""Headings to fields, and cell texts to values, in English, French and German."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from govkit.domain.catalogue_builtin import BUILTIN
from govkit.domain.enums import ActivityStatus, CatalogueKind, RecipientCategory
from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.exports import xlsx as export
from govkit.imports import headings as h
from govkit.imports.convert import (
    parse_controller,
    parse_date,
    parse_joint_controller,
    parse_recipient,
    parse_transfer,
    split_items,
)
from govkit.imports.headings import HeadingIndex, normalise
from govkit.imports.reader import GUIDE_COLUMN, GUIDE_SHEET, decode, sniff_delimiter
from govkit.imports.vocabulary import Vocabulary, is_none_word, parse_bool, parse_status

INDEX = HeadingIndex()


def field(heading: str) -> str | None:
    return INDEX.match(heading).field


def test_normalise_ignores_case_accents_punctuation_and_spacing() -> None:
    assert (
        normalise("  Finalité(s) du traitement   effectué ") == "finalite s du traitement effectue"
    )
    assert normalise("Löschfristen") == "loschfristen"
    assert normalise("Maßnahmen") == "massnahmen"
    assert normalise("N° / REF") == normalise("n° ref")


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        # The UK ICO's controller template
        ("Business function", "department"),
        ("Purpose of processing", "purposes"),
        ("Name and contact details of joint controller (if applicable)", "joint_controllers"),
        ("Categories of individuals", "data_subject_categories"),
        ("Categories of personal data", "data_categories"),
        ("Categories of recipients", "recipients"),
        ("Link to contract with processor", None),
        (export.ICO_COUNTRIES, "transfers"),
        (export.ICO_SAFEGUARDS, h.TRANSFER_SAFEGUARDS),
        ("Retention schedule (if possible)", "retention"),
        (export.ICO_SECURITY, "security_measures"),
        ("Article 6 lawful basis for processing personal data", "legal_bases"),
        ("Article 9 condition for processing special category data", "art9_conditions"),
        ("Rights available to individuals", None),
        # The CNIL model
        ("Nom / sigle", "name"),
        ("N° / REF", "reference"),
        ("Finalité(s) du traitement effectué", "purposes"),
        ("Sous-finalité 2", "purposes"),
        ("Catégories de personnes concernées", "data_subject_categories"),
        ("Catégories de données collectées", "data_categories"),
        ("Catégories de destinataires", "recipients"),
        ("Transferts des données hors UE", "transfers"),
        ("Délais d'effacement", "retention"),
        ("Mesures de sécurité", "security_measures"),
        ("Responsable du traitement", None),
        # German
        ("Bezeichnung der Verarbeitungstätigkeit", "name"),
        ("Zwecke der Verarbeitung", "purposes"),
        ("Rechtsgrundlage", "legal_bases"),
        ("Kategorien betroffener Personen", "data_subject_categories"),
        ("Kategorien personenbezogener Daten", "data_categories"),
        ("Empfänger", "recipients"),
        ("Drittlandübermittlung", "transfers"),
        ("Löschfristen", "retention"),
        ("Technische und organisatorische Maßnahmen", "security_measures"),
        ("Fachbereich", "department"),
        ("Wiedervorlage", "next_review"),
        # govkit's own labels and spelling variants
        ("Name of the processing activity", "name"),
        ("LEGAL BASIS (ART. 6)", "legal_bases"),
        ("Retention periods or criteria", "retention"),
        ("Controllers (with representative and DPO)", "controllers"),
        ("Record ID", h.RECORD_ID),
        # keyword rules for headings no synonym covers
        ("Löschfristen der Daten (Jahre)", "retention"),
        ("Purposes we process for", "purposes"),
        ("Rechtsgrundlage nach Art. 9 Abs. 2", "art9_conditions"),
        ("Colour of the folder", None),
        ("", None),
    ],
)
def test_headings(heading: str, name: str | None) -> None:
    assert field(heading) == name


def test_every_heading_govkit_writes_is_recognised() -> None:
    """What the ICO and CNIL layouts write, the importer reads back (except the columns
    that hold no field of their own)."""
    for heading in (*export.ICO_CONTROLLER_HEADINGS, *export.ICO_PROCESSOR_HEADINGS):
        match = INDEX.match(heading)
        assert match.how == "exact", heading
    for heading in (export.CNIL_REF, export.CNIL_NAME, export.CNIL_SERVICE):
        assert field(heading) is not None, heading


def test_guide_markers_agree_with_the_export() -> None:
    assert (GUIDE_SHEET, GUIDE_COLUMN) == (export.GUIDE_SHEET, export.GUIDE_COLUMN)


def test_the_guide_wins_over_synonyms() -> None:
    assert INDEX.match("Notes", {"Notes": "description"}).field == "description"
    assert INDEX.match("Created by", {"Created by": ""}).field is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2026, 3, 1, 0, 0), date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 3, 1)),
        ("2026-03-01", date(2026, 3, 1)),
        ("2026-03-01T10:00:00", date(2026, 3, 1)),
        ("01/03/2026", date(2026, 3, 1)),
        ("1.3.2026", date(2026, 3, 1)),
        ("01.03.26", date(2026, 3, 1)),
        ("03/25/2026", date(2026, 3, 25)),  # only readable month first
        ("2026/03/01", date(2026, 3, 1)),
        (46082, date(2026, 3, 1)),  # an Excel day number
        ("next spring", None),
        ("31.02.2026", None),
        (12, None),
    ],
)
def test_dates(cell: object, expected: date | None) -> None:
    assert parse_date(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes", (True, "")),
        ("oui", (True, "")),
        ("Ja", (True, "")),
        ("x", (True, "")),
        ("No", (False, "")),
        ("Non", (False, "")),
        ("nein", (False, "")),
        ("", (False, "")),
        ("-", (False, "")),
        ("Yes: scoring of applicants", (True, "scoring of applicants")),
        ("Oui : profilage", (True, "profilage")),
        ("perhaps", (None, "perhaps")),
    ],
)
def test_yes_and_no(text: str, expected: tuple[bool | None, str]) -> None:
    assert parse_bool(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Active", ActivityStatus.ACTIVE),
        ("actif", ActivityStatus.ACTIVE),
        ("In Betrieb", ActivityStatus.ACTIVE),
        ("Entwurf", ActivityStatus.DRAFT),
        ("brouillon", ActivityStatus.DRAFT),
        ("draft", ActivityStatus.DRAFT),
        ("Retired", ActivityStatus.RETIRED),
        ("eingestellt", ActivityStatus.RETIRED),
        ("terminé", ActivityStatus.RETIRED),
        ("maybe", None),
    ],
)
def test_statuses(text: str, expected: ActivityStatus | None) -> None:
    assert parse_status(text) is expected


def test_none_words() -> None:
    for text in ("None", "N/A", "-", "Aucun", "Néant", "Keine", "nicht zutreffend", "n.a."):
        assert is_none_word(text), text
    assert not is_none_word("Tax office")


VOCABULARY = Vocabulary({kind: list(BUILTIN[kind]) for kind in CatalogueKind})
PUBLIC_TASK = "Art. 6(1)(e) Public task or official authority"


@pytest.mark.parametrize(
    "text",
    [
        "6(1)(e)",
        "Art. 6(1)(e)",
        "Article 6.1.e GDPR",
        "art 6 (1) e",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "public task",
        "Public Task",
        "mission d'intérêt public",
        "Mission d’intérêt public (RGPD)",
        "öffentliche Aufgabe",
        "Wahrnehmung einer Aufgabe im öffentlichen Interesse",
        "6(1)(e) public task",
        PUBLIC_TASK.upper(),
    ],
)
def test_legal_bases_matched_to_the_pick_list(text: str) -> None:
    assert VOCABULARY.match(CatalogueKind.LEGAL_BASIS, text) == PUBLIC_TASK


@pytest.mark.parametrize(
    "text",
    [
        "6(1)(e) – Local Government Act 1972, s. 111",
        "Public task under the Highways Act",
        "Article 9(2)(g)",  # not a legal basis of Art. 6
        "Something else entirely",
    ],
)
def test_legal_bases_kept_as_written_when_they_say_more(text: str) -> None:
    assert VOCABULARY.match(CatalogueKind.LEGAL_BASIS, text) == text


def test_other_pick_lists() -> None:
    match = VOCABULARY.match
    assert match(CatalogueKind.LEGAL_BASIS, "consentement") == "Art. 6(1)(a) Consent"
    assert match(CatalogueKind.LEGAL_BASIS, "rechtliche Verpflichtung") == (
        "Art. 6(1)(c) Legal obligation"
    )
    assert match(CatalogueKind.ART9_CONDITION, "9(2)(h)") == "Art. 9(2)(h) Health or social care"
    assert match(CatalogueKind.SPECIAL_CATEGORY, "Données de santé") == "Health data"
    assert match(CatalogueKind.SPECIAL_CATEGORY, "Gesundheitsdaten") == "Health data"
    assert match(CatalogueKind.SAFEGUARD, "SCCs") == "Art. 46(2)(c) Standard contractual clauses"
    assert match(CatalogueKind.SAFEGUARD, "Art. 45") == "Art. 45 Adequacy decision"
    assert match(CatalogueKind.SAFEGUARD, "clauses contractuelles types") == (
        "Art. 46(2)(c) Standard contractual clauses"
    )
    assert match(CatalogueKind.DATA_SUBJECT, "residents") == "Residents"
    assert match(CatalogueKind.DEPARTMENT, "HUMAN RESOURCES") == "Human resources"
    assert match(CatalogueKind.DEPARTMENT, "Bürgeramt") == "Bürgeramt"


def test_a_translated_vault_gets_its_own_labels() -> None:
    french = Vocabulary({CatalogueKind.LEGAL_BASIS: ["Art. 6(1)(e) Mission d'intérêt public"]})
    expected = "Art. 6(1)(e) Mission d'intérêt public"
    assert french.match(CatalogueKind.LEGAL_BASIS, "6(1)(e)") == expected
    assert french.match(CatalogueKind.LEGAL_BASIS, "public task") == expected
    assert french.match(CatalogueKind.LEGAL_BASIS, "mission d'intérêt public") == expected


def test_split_items() -> None:
    assert split_items("a\nb\n\n c ") == ["a", "b", "c"]
    assert split_items("Residents; Employees ;") == ["Residents", "Employees"]
    assert split_items("- one\n• two\n3. three") == ["one", "two", "three"]
    assert split_items("x; y\nz") == ["x; y", "z"]  # lines win over semicolons
    assert split_items("- kept; as is", verbatim=True) == ["- kept; as is"]


def test_parts_from_lines() -> None:
    assert parse_recipient("Tax office (Public authority)") == Recipient(
        RecipientCategory.PUBLIC_AUTHORITY.value, "Tax office"
    )
    assert parse_recipient("Police (document fraud cases) (Public authority)") == Recipient(
        "public_authority", "Police (document fraud cases)"
    )
    assert parse_recipient("Hébergeur (Sous-traitant)") == Recipient("processor", "Hébergeur")
    assert parse_recipient("Processor") == Recipient("processor", "")
    assert parse_recipient("Cloud hosting provider").category == "processor"
    assert parse_recipient("Finanzamt").category == "public_authority"
    assert parse_recipient("Local newspaper").category == "third_party"
    assert parse_transfer("United States (Cloud Inc.): SCC") == Transfer(
        "United States", "Cloud Inc.", "SCC"
    )
    assert parse_transfer("Canada") == Transfer("Canada")
    assert parse_transfer("United States (Social network (page statistics)): SCC: v2") == (
        Transfer("United States", "Social network (page statistics)", "SCC: v2")
    )
    assert parse_joint_controller("Region (north) (dpo@region.example) : portal") == (
        JointController("Region (north)", "dpo@region.example", "portal")
    )
    assert parse_joint_controller("Region (dpo@region.example): runs the portal") == (
        JointController("Region", "dpo@region.example", "runs the portal")
    )
    assert parse_controller("Oakford (hr@oakford.example)") == ControllerParty(
        "Oakford", "hr@oakford.example"
    )
    assert parse_controller("Oakford (hr@oak) ; représentant : Mayor ; DPO : dpo@oak") == (
        ControllerParty("Oakford", "hr@oak", "Mayor", "dpo@oak")
    )
    assert parse_transfer("États-Unis – Cloud Inc. – CCT – DPA 2024") == Transfer(
        "États-Unis", "Cloud Inc.", "CCT", "DPA 2024"
    )


def test_csv_text_decoding_and_delimiters() -> None:
    assert decode("Zweck;Empfänger".encode("cp1252")) == ("Zweck;Empfänger", "cp1252")
    assert decode("Zweck;Empfänger".encode("utf-8-sig")) == ("Zweck;Empfänger", "utf-8-sig")
    assert decode("Zweck".encode("utf-16")) == ("Zweck", "utf-16")
    assert decode(b"Caf\x81") == ("Caf\x81", "latin-1")
    assert sniff_delimiter("a;b;c\n1;2,5;3\n4;5;6") == ";"
    assert sniff_delimiter("a\tb\n1\t2") == "\t"
    assert sniff_delimiter('"a, with comma",b\n1,2') == ","
