"""Registers kept one activity per sheet, as forms (the CNIL's model register and its fiches)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from govkit.exports.xlsx import write_register_xlsx
from govkit.services.demo import populate_demo
from govkit.services.imports import (
    preview,
    read_table,
    run_import,
    split_by_register,
    suggest_mapping,
)
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

PASSPHRASE = "correct horse battery staple"


def new_workspace(path: Path) -> Workspace:
    ws, _key = Workspace.create(path, person_name="Test", passphrase=PASSPHRASE, kdf=MIN_KDF)
    return ws


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = new_workspace(tmp_path / "target.govkit")
    yield ws
    ws.close()


def fiche(book: Workbook, title: str, answers: list[tuple[str, object]]) -> None:
    """A fiche as cities fill the CNIL's model: a title, sections, labels in B, answers in C."""
    sheet = book.create_sheet(title)
    sheet.append([None, f"Fiche de registre : {title}"])
    sheet.append([])
    sheet.append([None, "Description du traitement"])  # a section heading: no answer
    for label, value in answers:
        sheet.append([None, label, value])
    sheet.append([None, "Observations", None])  # unanswered


def city_register(path: Path) -> Path:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Sommaire"
    summary.append(["Registre des activités de traitement de la Ville de Dschang"])
    fiche(
        book,
        "Etat civil",
        [
            ("Nom / sigle", "Tenue des registres d'état civil"),
            ("Service", "État civil"),
            ("Finalité principale", "Établir les actes de naissance, mariage et décès"),
            ("Sous-finalité 1", "Délivrer des copies et extraits"),
            ("Base légale du traitement", "Obligation légale"),
            ("Catégories de personnes concernées", "Usagers\nNouveau-nés"),
            ("Délais d'effacement", "Conservation définitive (archives)"),
        ],
    )
    fiche(
        book,
        "Cantine",
        [
            ("Nom / sigle", "Inscriptions à la cantine scolaire"),
            ("Service", "Éducation"),
            ("Finalité principale", "Gérer les inscriptions et la facturation"),
            ("Base légale du traitement", "Mission d'intérêt public"),
            ("Délais d'effacement", "3 ans après la fin de la scolarité"),
        ],
    )
    fiche(
        book,
        "Sans nom",
        [
            ("Service", "Voirie"),
            ("Finalité principale", "Gérer les permis de stationnement"),
            ("Délais d'effacement", "1 an"),
        ],
    )
    book.save(path)
    return path


def test_each_fiche_is_one_activity(tmp_path: Path, target: Workspace) -> None:
    table = read_table(city_register(tmp_path / "registre.xlsx"))
    assert table.layout == "forms" and table.register == "controller"
    assert [r.sheet for r in table.rows] == ["Etat civil", "Cantine", "Sans nom"]
    assert "Nom / sigle" in table.headings and "Observations" not in table.headings
    assert any("3 sheets" in w for w in table.warnings)
    mapping = suggest_mapping(target, table)
    assert mapping.columns["Nom / sigle"] == "name"
    assert mapping.columns["Sous-finalité 1"] == "purposes"
    result = preview(target, table, mapping)
    assert result.ready_count == 2 and result.invalid_count == 1
    problems = "\n".join(result.lines())
    assert "Sheet “Sans nom”" in problems  # the problem names the sheet, not a row
    report = run_import(target, result, skip_invalid=True)
    assert report.created == 2
    assert any("Sheet “Sans nom”" in line for line in report.lines())
    civil = next(a for a in target.activities.all() if a.department == "État civil")
    assert civil.name == "Tenue des registres d'état civil"
    assert civil.purposes == [
        "Établir les actes de naissance, mariage et décès",
        "Délivrer des copies et extraits",
    ]
    assert civil.data_subject_categories == ["Usagers", "Nouveau-nés"]
    assert civil.retention == "Conservation définitive (archives)"


def test_one_fiche_can_be_chosen_by_its_sheet(tmp_path: Path, target: Workspace) -> None:
    table = read_table(city_register(tmp_path / "registre.xlsx"), sheet="Cantine")
    assert table.layout == "forms" and len(table.rows) == 1
    result = preview(target, table, suggest_mapping(target, table))
    assert result.ready_count == 1


def test_govkit_cnil_workbook_imports_both_registers(tmp_path: Path, target: Workspace) -> None:
    source = new_workspace(tmp_path / "source.govkit")
    try:
        populate_demo(source, activities=12)
        snapshot = take_snapshot(source)
    finally:
        source.close()
    path = tmp_path / "cnil.xlsx"
    write_register_xlsx(snapshot, path, layout="cnil")
    table = read_table(path)
    n_controller = len(snapshot.controller_activities)
    n_processor = len(snapshot.processor_activities)
    assert table.layout == "forms" and len(table.rows) == n_controller + n_processor
    assert table.register_sheets == ("Registre",)  # the summary can still be chosen
    # Imported as a whole into one register, the other register's sheets are problems.
    mixed = preview(target, table, suggest_mapping(target, table))
    assert mixed.invalid_count == n_processor
    assert all("register" in row.problems for row in mixed.invalid)
    created = {}
    for part in split_by_register(table):
        result = preview(target, part, suggest_mapping(target, part))
        assert result.invalid_count == 0, result.lines()
        created[part.register] = run_import(target, result).created
    assert created == {"controller": n_controller, "processor": n_processor}
    by_name = {a.name: a for a in target.activities.all()}
    for original in snapshot.controller_activities:
        copy = by_name[original.name]
        assert copy.reference == original.reference
        assert copy.department == original.department
        assert copy.purposes == original.purposes
        assert copy.retention == original.retention
        assert copy.data_subject_categories == original.data_subject_categories


def test_a_register_table_is_not_taken_for_forms(tmp_path: Path, target: Workspace) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom du traitement", "Service", "Finalité(s)", "Délais d'effacement"])
    for n in range(5):
        sheet.append([f"Traitement {n}", "Voirie", "Gestion", "1 an"])
    path = tmp_path / "table.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.layout == "table" and len(table.rows) == 5
