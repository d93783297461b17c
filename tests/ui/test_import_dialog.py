"""File ▸ Import a spreadsheet: the import dialog driven through its widgets, page by page."""

from __future__ import annotations

import csv
import json
import logging
import threading
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govkit.exports.progress import Progress
from govkit.exports.xlsx import write_register_xlsx
from govkit.services import imports as import_service
from govkit.services.demo import populate_demo
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF
from govkit.ui.dialogs.import_dialog import ImportDialog, Page
from govkit.ui.models.import_preview_model import Col, Show, Status
from govkit.ui.workers import TaskRunner

pytestmark = pytest.mark.usefixtures("forbid_blocking_dialogs")

FRENCH_HEADINGS = ["Nom du traitement", "Service", "Finalité(s)", "Base légale", "Remarques"]
PUBLIC_TASK = "Mission d'intérêt public"
FRENCH_ROWS = [
    ["Inscriptions à la cantine", "Éducation", "Gérer les inscriptions", PUBLIC_TASK, ""],
    ["Paie des agents", "Ressources humaines", "Verser les salaires", "Obligation légale", "Oui"],
    ["Prêts de la médiathèque", "Culture", "Gérer les prêts", PUBLIC_TASK, ""],
]


class FakePrompts:
    """Answers every question with ``answer`` and records what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        self.asked.append((title, text))
        return self.answer

    def error(self, title: str, text: str) -> None:
        self.asked.append((title, text))

    def close_open(self) -> None:
        pass


def write_csv(path: Path, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headings)
        writer.writerows(rows)
    return path


@pytest.fixture
def french_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "registre.csv", FRENCH_HEADINGS, FRENCH_ROWS)


@pytest.fixture
def other_workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws, _key = Workspace.create(
        tmp_path / "source.govkit",
        person_name="Grace Hopper",
        passphrase="correct horse battery staple",
        kdf=MIN_KDF,
    )
    yield ws
    ws.close()


def make_dialog(
    qtbot: QtBot,
    workspace: Workspace,
    runner: TaskRunner,
    settings: QSettings,
    path: Path | None = None,
) -> ImportDialog:
    dialog = ImportDialog(
        workspace,
        runner,
        settings=settings,
        path=path,
        prompts=FakePrompts(),  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names(ws: Workspace, register: str = "controller") -> list[str]:
    service = ws.processor_activities if register == "processor" else ws.activities
    return sorted(r.name for r in service.all())


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive controls that a screen reader could not name."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # their own line edits
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


def to_preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    assert dialog.page == Page.FILE and dialog.table is not None, dialog.error_label.text()
    click(qtbot, dialog.next_button)
    assert dialog.page == Page.MAPPING
    click(qtbot, dialog.next_button)
    assert dialog.page == Page.PREVIEW, dialog.error_label.text()


# -- the whole way ----------------------------------------------------------------------------


def test_french_csv_goes_through_every_page(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    assert dialog.page == Page.FILE
    assert dialog.step_label.text() == "Step 1 of 4: Choose the file"
    assert "3 rows" in dialog.summary_label.text()
    assert not dialog.error_label.isVisible()
    assert not dialog.back_button.isVisible()
    assert dialog.next_button.isDefault()
    assert qsettings.value("import/folder") == str(french_csv.parent)

    click(qtbot, dialog.next_button)
    assert dialog.pages.currentWidget() is dialog.mapping_page
    assert dialog.step_label.text() == "Step 2 of 4: Match the columns"
    assert dialog.mapping_table.rowCount() == len(FRENCH_HEADINGS)
    assert dialog.field_of("Nom du traitement") == "name"
    assert dialog.field_of("Service") == "department"
    assert dialog.field_of("Finalité(s)") == "purposes"
    assert dialog.field_of("Base légale") == "legal_bases"
    assert dialog.register_combo.currentData() == "controller"
    item = dialog.mapping_table.item(0, 1)
    assert item is not None
    examples = item.text()
    assert "Inscriptions à la cantine" in examples and "Paie des agents" in examples
    assert not dialog.mapping_problems.isVisible()
    assert dialog.remember_box.isChecked()
    assert unnamed_controls(dialog) == []

    click(qtbot, dialog.next_button)
    assert dialog.pages.currentWidget() is dialog.preview_page
    assert dialog.step_label.text() == "Step 3 of 4: Check the rows"
    assert "3 rows: 3 ready, 0 with problems, 0 already" in dialog.preview_summary.text()
    model = dialog.preview_model
    assert model.rowCount() == 3
    assert [model.index(n, Col.STATUS).data() for n in range(3)] == ["Ready"] * 3
    assert model.index(0, Col.NAME).data() == "Inscriptions à la cantine"
    assert model.index(0, Col.DEPARTMENT).data() == "Éducation"
    assert model.index(0, Col.ROW).data() == "2"
    assert not dialog.skip_box.isVisible()
    assert dialog.import_button.text() == "&Import 3 activities"
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert names(workspace) == [], "nothing is written before Import"
    assert unnamed_controls(dialog) == []

    with qtbot.waitSignal(dialog.imported) as signal:
        click(qtbot, dialog.import_button)
    assert dialog.pages.currentWidget() is dialog.report_page
    assert dialog.step_label.text() == "Step 4 of 4: Report"
    register, ids = signal.args
    assert register == "controller" and len(ids) == 3
    assert names(workspace) == sorted(row[0] for row in FRENCH_ROWS)
    paie = next(r for r in workspace.activities.all() if r.name == "Paie des agents")
    assert paie.department == "Ressources humaines"
    assert paie.purposes == ["Verser les salaires"]
    assert paie.legal_bases == ["Art. 6(1)(c) Legal obligation"]
    assert paie.notes == "Oui"
    assert dialog.last_report is not None and dialog.last_report.created == 3
    assert "3 activities were created" in dialog.report_text.toPlainText()
    assert dialog.report_text.isReadOnly()
    assert dialog.close_button.isDefault()
    assert not dialog.back_button.isVisible() and not dialog.import_button.isVisible()
    assert unnamed_controls(dialog) == []

    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_report_is_saved_as_text(
    workspace: Workspace,
    french_csv: Path,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    to_preview(qtbot, dialog)
    click(qtbot, dialog.import_button)
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, dialog.save_report_button)
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "3 activities were created" in text and "registre.csv" in text
    assert "report.txt" in dialog.note_label.text()


def test_choose_a_file_remembers_the_folder(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[Any, ...]] = []

    def get_open(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(french_csv), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings)
    assert dialog.table is None and not dialog.next_button.isEnabled()
    intro = dialog.file_intro.text()
    assert "Nothing is written before you confirm" in intro and "skipped" in intro
    click(qtbot, dialog.choose_button)
    assert asked and asked[0][3] == "Spreadsheets (*.xlsx *.csv)"
    assert dialog.table is not None and dialog.next_button.isEnabled()
    assert qsettings.value("import/folder") == str(french_csv.parent)
    click(qtbot, dialog.choose_button)
    assert asked[1][2] == str(french_csv.parent), "the next choice starts in the same folder"


def test_keyboard_next_back_and_escape(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    # A button's mnemonic clicks it after a short animation.
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.page == Page.MAPPING)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.page == Page.FILE)
    dialog.next_button.setFocus()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.page == Page.MAPPING
    dialog.department_edit.setFocus()
    qtbot.keyClick(dialog.department_edit, Qt.Key.Key_Return)  # the default button: Next
    assert dialog.page == Page.PREVIEW
    assert dialog.import_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert names(workspace) == []


# -- govkit's own workbook ----------------------------------------------------------------


def test_full_workbook_reimports_into_an_empty_vault(
    workspace: Workspace,
    other_workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    populate_demo(other_workspace, activities=24)
    workbook = tmp_path / "register-full.xlsx"
    write_register_xlsx(take_snapshot(other_workspace), workbook, layout="full")

    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, workbook)
    assert dialog.sheet_combo.isVisible()
    assert dialog.sheet_combo.currentText() == "Controller activities"
    assert dialog.sheet_combo.findText("Processor activities") >= 0
    assert "exported by govkit" in dialog.summary_label.text()
    assert "“Processor activities”" in dialog.summary_label.text()
    to_preview(qtbot, dialog)
    assert dialog.preview_model.problem_count == 0
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog.import_button)
    assert names(workspace) == names(other_workspace)
    before = {r.name: r for r in other_workspace.activities.all()}
    for record in workspace.activities.all():
        original = before[record.name]
        assert record.purposes == original.purposes
        assert record.recipients == original.recipients
        assert record.transfers == original.transfers
        assert record.retention == original.retention

    # The report offers the other sheet of the workbook.
    assert dialog.follow_button.isVisible()
    assert "Processor activities" in dialog.follow_button.text()
    click(qtbot, dialog.follow_button)
    assert dialog.page == Page.FILE
    assert dialog.table is not None and dialog.table.sheet == "Processor activities"
    to_preview(qtbot, dialog)
    assert dialog.register_combo.currentData() == "processor"
    with qtbot.waitSignal(dialog.imported) as signal:
        click(qtbot, dialog.import_button)
    assert signal.args[0] == "processor"
    assert names(workspace, "processor") == names(other_workspace, "processor")
    assert not dialog.follow_button.isVisible()


def test_choosing_another_sheet_reads_it(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "2025"
    first.append(["Name", "Department"])
    first.append(["Old activity", "Archive"])
    second = book.create_sheet("2026")
    second.append(["Name", "Department"])
    second.append(["New activity", "Culture"])
    second.append(["Other activity", "Culture"])
    path = tmp_path / "years.xlsx"
    book.save(path)

    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.count() == 2
    chosen = dialog.table.sheet if dialog.table is not None else None
    other = "2026" if chosen == "2025" else "2025"
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData(other))
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    assert dialog.table is not None and dialog.table.sheet == other
    assert f"sheet “{other}”" in dialog.summary_label.text()


# -- the columns ------------------------------------------------------------------------------


def test_changing_a_column_field_changes_what_is_imported(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    dialog.set_field("Finalité(s)", "description")
    dialog.set_field("Remarques", None)
    assert dialog.current_mapping().columns["Finalité(s)"] == "description"
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)
    paie = next(r for r in workspace.activities.all() if r.name == "Paie des agents")
    assert paie.description == "Verser les salaires"
    assert paie.purposes == []
    assert paie.notes == ""


def test_a_one_value_field_chosen_twice_is_reported(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    dialog.set_field("Remarques", "name")
    assert dialog.mapping_problems.isVisible()
    text = dialog.mapping_problems.text()
    assert "2 columns" in text and "“Nom du traitement”" in text
    dialog.set_field("Remarques", "notes")
    assert not dialog.mapping_problems.isVisible()
    # Several columns may feed one list: no problem.
    dialog.set_field("Remarques", "purposes")
    assert not dialog.mapping_problems.isVisible()


def test_no_column_for_the_name_is_shown_on_the_mapping_page(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    dialog.set_field("Nom du traitement", None)
    assert "names of the activities" in dialog.mapping_problems.text()
    click(qtbot, dialog.next_button)
    assert dialog.page == Page.MAPPING
    assert dialog.error_label.isVisible()
    assert "No column is matched to the name" in dialog.error_label.text()


def test_department_for_all_rows(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    workspace.activities.create({"name": "Existing", "department": "Parks and gardens"})
    path = write_csv(
        tmp_path / "no-department.csv",
        ["Nom du traitement", "Finalité(s)"],
        [["Arrosage automatique", "Entretien"], ["Réservation des salles", "Location"]],
    )
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    click(qtbot, dialog.next_button)
    assert "owning department" in dialog.mapping_problems.text()
    assert dialog.department_edit.isVisible()
    assert dialog.department_edit.accessibleName() == "Department for all rows"
    completer = dialog.department_edit.completer()
    assert completer is not None
    assert completer.model().index(0, 0).data() == "Parks and gardens"

    # Without a department every row has a problem, and nothing can be imported.
    click(qtbot, dialog.next_button)
    assert dialog.preview_model.problem_count == 2
    assert not dialog.import_button.isEnabled()
    click(qtbot, dialog.back_button)

    dialog.department_edit.setText("Parks and gardens")
    assert "owning department" not in dialog.mapping_problems.text()
    assert dialog.current_mapping().defaults == {"department": "Parks and gardens"}
    click(qtbot, dialog.next_button)
    assert dialog.preview_model.ready_count == 2
    click(qtbot, dialog.import_button)
    imported = [r for r in workspace.activities.all() if r.name != "Existing"]
    assert {r.department for r in imported} == {"Parks and gardens"}
    assert len(imported) == 2


def test_department_column_and_default_for_empty_cells(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    path = write_csv(
        tmp_path / "some-departments.csv",
        ["Nom du traitement", "Service"],
        [["Cantine", "Éducation"], ["Piscine", ""]],
    )
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    click(qtbot, dialog.next_button)
    assert dialog.department_edit.accessibleName() == "Department for rows without one"
    dialog.department_edit.setText("Sports")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)
    assert {r.name: r.department for r in workspace.activities.all()} == {
        "Cantine": "Éducation",
        "Piscine": "Sports",
    }


def test_remembered_mapping_is_offered_again(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    headings = ["Nom du traitement", "Service", "Commentaire interne"]
    first = write_csv(tmp_path / "2025.csv", headings, [["Cantine", "Éducation", "à revoir"]])
    second = write_csv(tmp_path / "2026.csv", headings, [["Piscine", "Sports", "ok"]])

    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, first)
    click(qtbot, dialog.next_button)
    assert dialog.field_of("Commentaire interne") is None
    assert not dialog.remembered_label.isVisible()
    dialog.set_field("Commentaire interne", "notes")
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)
    assert "remembered" in dialog.report_note.text()
    dialog.close()

    again = make_dialog(qtbot, workspace, sync_runner, qsettings, second)
    click(qtbot, again.next_button)
    assert again.field_of("Commentaire interne") == "notes"
    assert again.remembered_label.isVisible()
    click(qtbot, again.next_button)
    click(qtbot, again.import_button)
    piscine = next(r for r in workspace.activities.all() if r.name == "Piscine")
    assert piscine.notes == "ok"


def test_unticked_remember_saves_nothing(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved: list[Any] = []
    monkeypatch.setattr(import_service, "save_mapping", lambda *a: saved.append(a))
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    dialog.remember_box.setChecked(False)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.import_button)
    assert saved == []
    assert not dialog.report_note.isVisible()


def test_mapping_file_save_and_load(
    workspace: Workspace,
    french_csv: Path,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    dialog.set_field("Remarques", "description")
    dialog.department_edit.setText("Culture")
    target = tmp_path / "mapping"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, dialog.save_mapping_button)
    data = json.loads((tmp_path / "mapping.json").read_text(encoding="utf-8"))
    assert data["columns"]["Remarques"] == "description"
    assert data["defaults"] == {"department": "Culture"}
    dialog.close()

    other = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, other.next_button)
    assert other.field_of("Remarques") == "notes"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "mapping.json"), "")
    )
    click(qtbot, other.load_button)
    assert other.field_of("Remarques") == "description"
    assert other.department_edit.text() == "Culture"
    assert "mapping.json" in other.note_label.text()

    # A mapping file that is not one: said on the page, nothing changed.
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert not other.apply_mapping_file(tmp_path / "bad.json")
    assert other.error_label.isVisible() and "bad.json" in other.error_label.text()
    assert other.field_of("Remarques") == "description"
    (tmp_path / "foreign.json").write_text(json.dumps({"Titel": "name"}), encoding="utf-8")
    assert not other.apply_mapping_file(tmp_path / "foreign.json")
    assert "None of the columns" in other.error_label.text()


def test_processor_register_offers_its_fields(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    path = write_csv(
        tmp_path / "services.csv",
        ["Name", "Department", "Categories of processing carried out on behalf of each controller"],
        [["Payroll for the region", "Finance", "Payroll calculation"]],
    )
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    click(qtbot, dialog.next_button)
    dialog.register_combo.setCurrentIndex(dialog.register_combo.findData("processor"))
    assert dialog.field_of("Name") == "name"
    heading = "Categories of processing carried out on behalf of each controller"
    assert dialog.field_of(heading) == "processing_categories"
    click(qtbot, dialog.next_button)
    with qtbot.waitSignal(dialog.imported) as signal:
        click(qtbot, dialog.import_button)
    assert signal.args[0] == "processor"
    assert names(workspace, "processor") == ["Payroll for the region"]
    assert names(workspace) == []


# -- the rows -----------------------------------------------------------------------------


def test_invalid_rows_need_skip_and_are_reported(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    path = write_csv(
        tmp_path / "with-problems.csv",
        ["Nom du traitement", "Service", "Prochaine révision"],
        [
            ["Cantine", "Éducation", "2027-01-31"],
            ["", "Culture", ""],
            ["Piscine", "Sports", "pas une date"],
            ["Médiathèque", "Culture", ""],
        ],
    )
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    to_preview(qtbot, dialog)
    model = dialog.preview_model
    assert model.problem_count == 2 and model.ready_count == 2
    assert "2 with problems" in dialog.preview_summary.text()
    assert dialog.skip_box.isVisible() and not dialog.skip_box.isChecked()
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 2 activities"

    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(int(Show.PROBLEMS)))
    assert model.rowCount() == 2
    assert {model.index(n, Col.STATUS).data() for n in range(2)} == {"Problem"}
    assert "2 of 4 rows" in dialog.shown_label.text()
    details = model.index(0, Col.DETAILS).data()
    assert "Name of the processing activity" in details
    assert model.index(0, Col.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, Col.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not dialog.row_details.isVisible()
    dialog.preview_view.selectRow(1)
    assert dialog.row_details.isVisible()
    assert "Row 4 – Piscine:" in dialog.row_details.text()
    assert "Next review" in dialog.row_details.text()

    dialog.skip_box.click()
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert names(workspace) == ["Cantine", "Médiathèque"]
    report = dialog.last_report
    assert report is not None
    assert sorted(n for n, _why in report.skipped) == [3, 4]
    text = dialog.report_text.toPlainText()
    assert "2 rows were skipped because of problems" in text and "Row 4" in text
    assert "2 rows were skipped" in dialog.report_headline.text()


def test_importing_the_same_file_twice_duplicates_nothing(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    to_preview(qtbot, dialog)
    click(qtbot, dialog.import_button)
    dialog.close()
    assert workspace.activities.count() == 3

    again = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    to_preview(qtbot, again)
    model = again.preview_model
    assert model.ready_count == 0 and model.duplicate_count == 3
    assert "0 ready" in again.preview_summary.text()
    assert "nothing to import" in again.preview_hint.text()
    assert [model.index(n, Col.STATUS).data() for n in range(3)] == ["Already in the register"] * 3
    assert "Already in the register as “Paie des agents”" in model.index(1, Col.DETAILS).data()
    assert not again.skip_box.isVisible()
    assert not again.import_button.isEnabled()
    again.filter_combo.setCurrentIndex(again.filter_combo.findData(int(Show.DUPLICATES)))
    assert model.rowCount() == 3
    again.filter_combo.setCurrentIndex(again.filter_combo.findData(int(Show.PROBLEMS)))
    assert model.rowCount() == 0
    again.start_import()  # refused: nothing would be created
    assert again.page == Page.PREVIEW
    assert workspace.activities.count() == 3


@pytest.mark.parametrize("runner_name", ["sync_runner", "thread_runner"])
def test_register_changed_since_the_preview(
    runner_name: str,
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    request: pytest.FixtureRequest,
) -> None:
    runner: TaskRunner = request.getfixturevalue(runner_name)
    path = write_csv(
        tmp_path / "refs.csv",
        ["Référence", "Nom du traitement", "Service"],
        [["T-1", "Cantine", "Éducation"], ["T-2", "Piscine", "Sports"]],
    )
    dialog = make_dialog(qtbot, workspace, runner, qsettings, path)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.page == Page.PREVIEW, timeout=10_000)
    assert dialog.import_button.isEnabled()
    # Someone takes reference T-2 meanwhile (another activity: not a duplicate).
    workspace.activities.create({"reference": "T-2", "name": "Parking", "department": "Roads"})
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: "register has changed" in dialog.error_label.text(), timeout=10_000)
    assert dialog.page == Page.PREVIEW and dialog.current_task is None
    assert dialog.preview_model.problem_count == 1
    assert not dialog.import_button.isEnabled()
    assert names(workspace) == ["Parking"]


def test_unexpected_error_is_logged_and_said_plainly(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(import_service, "preview", broken)
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    click(qtbot, dialog.next_button)
    with caplog.at_level(logging.ERROR, logger="govkit.ui.dialogs.import_dialog"):
        click(qtbot, dialog.next_button)
    assert dialog.page == Page.MAPPING
    text = dialog.error_label.text()
    assert "unexpected problem" in text and "a bug" not in text and "Traceback" not in text
    [record] = caplog.records
    assert record.exc_info is not None and isinstance(record.exc_info[1], RuntimeError)


# -- files that cannot be imported ------------------------------------------------------------


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: word_document(p / "register.xlsx"), "Word"),
        (lambda p: empty_file(p / "empty.xlsx"), "empty"),
        (lambda p: empty_file(p / "empty.csv"), "empty"),
        (lambda p: p / "missing.csv", "not found"),
    ],
    ids=["docx-renamed", "empty-xlsx", "empty-csv", "missing"],
)
def test_a_file_that_cannot_be_imported_is_explained_on_page_one(
    make: Any,
    expected: str,
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    path = make(tmp_path)
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    assert dialog.page == Page.FILE
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert expected.casefold() in text.casefold(), text
    assert "Traceback" not in text and "Error" not in text.split()[0]
    assert dialog.table is None and not dialog.next_button.isEnabled()
    assert dialog.choose_button.isEnabled()


# -- cancelling -------------------------------------------------------------------------------


def test_cancel_during_import_leaves_the_register_unchanged(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    thread_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [[f"Activité {n}", f"Service {n % 5}"] for n in range(1200)]
    path = write_csv(tmp_path / "long.csv", ["Nom du traitement", "Service"], rows)
    dialog = make_dialog(qtbot, workspace, thread_runner, qsettings, path)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    qtbot.waitUntil(lambda: dialog.page == Page.PREVIEW, timeout=10_000)
    assert dialog.preview_model.ready_count == 1200
    history_before = workspace.ctx.conn.execute("SELECT count(*) FROM change_entry").fetchone()

    reached = threading.Event()
    release = threading.Event()
    real_run_import = import_service.run_import

    class Halting(Progress):
        """Stops half-way (500 rows created in the open transaction) until released."""

        def __init__(self, inner: Progress) -> None:
            super().__init__(report=inner.report)
            self.inner = inner

        def step(self, done: int, total: int, message: str = "") -> None:
            if done >= 500 and not reached.is_set():
                reached.set()
                release.wait(10)
            self.inner.step(done, total, message)

    def slow_run_import(ws: Any, preview: Any, *, progress: Progress, **kw: Any) -> Any:
        return real_run_import(ws, preview, progress=Halting(progress), **kw)

    monkeypatch.setattr(import_service, "run_import", slow_run_import)
    click(qtbot, dialog.import_button)
    assert dialog.current_task is not None
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isEnabled()
    assert reached.wait(10)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in dialog.findChildren(QProgressDialog)), timeout=5000
    )
    [progress_dialog] = [d for d in dialog.findChildren(QProgressDialog) if d.isVisible()]
    [cancel] = progress_dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.current_task is None, timeout=10_000)

    assert dialog.page == Page.PREVIEW
    assert dialog.note_label.text() == "Cancelled. Nothing was imported."
    assert dialog.last_report is None
    assert workspace.activities.count() == 0
    history_after = workspace.ctx.conn.execute("SELECT count(*) FROM change_entry").fetchone()
    assert history_after == history_before
    assert dialog.import_button.isEnabled(), "the import can be started again"


def test_escape_during_work_cancels_instead_of_closing(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    thread_runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    real_preview = import_service.preview

    def slow_preview(ws: Any, table: Any, mapping: Any, *, progress: Progress) -> Any:
        release.wait(10)
        progress.step(0, 1)  # raises Cancelled once cancelled
        return real_preview(ws, table, mapping, progress=progress)

    monkeypatch.setattr(import_service, "preview", slow_preview)
    dialog = make_dialog(qtbot, workspace, thread_runner, qsettings, french_csv)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert dialog.current_task is not None
    dialog.reject()  # Esc
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.current_task is None, timeout=10_000)
    assert dialog.page == Page.MAPPING
    assert dialog.note_label.text() == "Cancelled. Nothing was imported."
    dialog.reject()
    assert not dialog.isVisible()


# -- size and speed ---------------------------------------------------------------------------


def test_every_page_fits_a_small_window(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    dialog.resize(560, 440)
    for step in range(4):
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 560 and hint.height() <= 440, (dialog.page, hint)
        assert dialog.width() == 560 and dialog.height() == 440
        for button in (dialog.back_button, dialog.next_button, dialog.import_button):
            if button.isVisible():
                assert dialog.rect().contains(button.geometry()), button.text()
        if step < 2:
            click(qtbot, dialog.next_button)
        elif step == 2:
            click(qtbot, dialog.import_button)


def test_ten_thousand_rows_render_and_filter_quickly(
    workspace: Workspace,
    tmp_path: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    rows = [
        [f"Traitement {n}", "" if n % 100 == 0 else f"Service {n % 7}", f"But {n}"]
        for n in range(10_000)
    ]
    path = write_csv(tmp_path / "big.csv", ["Nom du traitement", "Service", "Finalité(s)"], rows)
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, path)
    dialog.resize(1000, 700)
    to_preview(qtbot, dialog)
    model = dialog.preview_model
    assert model.total == 10_000 and model.problem_count == 100
    preview = dialog.preview_result
    assert preview is not None

    start = time.perf_counter()
    model.set_preview(preview)
    dialog.grab()
    assert time.perf_counter() - start < 2.0

    start = time.perf_counter()
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(int(Show.PROBLEMS)))
    dialog.grab()
    assert model.rowCount() == 100
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findData(int(Show.ALL)))
    dialog.preview_view.sortByColumn(Col.STATUS, Qt.SortOrder.AscendingOrder)
    dialog.grab()
    dialog.preview_view.sortByColumn(Col.NAME, Qt.SortOrder.DescendingOrder)
    dialog.grab()
    assert time.perf_counter() - start < 2.0
    assert model.rowCount() == 10_000
    assert model.index(0, Col.NAME).data() == "Traitement 9999"
    dialog.preview_view.sortByColumn(Col.STATUS, Qt.SortOrder.AscendingOrder)
    assert model.line_at(0).status is Status.PROBLEM
    assert model.line_at(99).status is Status.PROBLEM and model.line_at(100).status is Status.READY


def test_sorting_keeps_the_selected_row(
    workspace: Workspace,
    french_csv: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
) -> None:
    dialog = make_dialog(qtbot, workspace, sync_runner, qsettings, french_csv)
    to_preview(qtbot, dialog)
    view = dialog.preview_view
    view.selectRow(1)
    assert view.currentIndex().data() is not None
    selected = dialog.preview_model.line_at(view.currentIndex().row()).name
    view.sortByColumn(Col.NAME, Qt.SortOrder.DescendingOrder)
    assert dialog.preview_model.line_at(view.currentIndex().row()).name == selected
    assert [dialog.preview_model.line_at(n).name for n in range(3)] == sorted(
        (row[0] for row in FRENCH_ROWS), reverse=True
    )
