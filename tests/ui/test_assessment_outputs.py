"""Assessments out of and into the window: export (PDF, action plan, CNIL PIA JSON), the CNIL
PIA and Canada AIA imports with their previews, the imported PIA's CNIL data in the editor, and
the versions."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

import govkit.exports.assessment_xlsx as assessment_xlsx
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.exports.assessment_snapshot import AssessmentSnapshot
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.aia_import_dialog import AiaImportDialog
from govkit.ui.dialogs.assessment_export_dialog import AssessmentExportDialog
from govkit.ui.dialogs.cnil_import_dialog import CnilImportDialog
from govkit.ui.main_window import MainWindow
from govkit.ui.views.aia_extras import ImportedAiaDialog
from govkit.ui.views.cnil_extras import CnilQuestionPanel, ImportedDataDialog
from govkit.ui.workers import TaskRunner

pytestmark = pytest.mark.usefixtures("forbid_blocking_dialogs")


class FakePrompts:
    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []
        self.errors: list[str] = []

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        self.asked.append(text)
        return self.answer

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def close_open(self) -> None:
        pass


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    populate_demo(workspace)
    return workspace


@pytest.fixture
def example(shared_dir: Path) -> Path:
    path = shared_dir / "interop" / "cnil-pia" / "2018-02-21-pia-example.json"
    if not path.is_file():
        pytest.skip("the CNIL PIA example is not in ../shared")
    return path


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _window(
    ws: Workspace, qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts, runner: TaskRunner
) -> MainWindow:
    window = MainWindow(ws, settings=qsettings, prompts=prompts, tasks=runner)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(
    demo: Workspace,
    qtbot: QtBot,
    qsettings: QSettings,
    prompts: FakePrompts,
    sync_runner: TaskRunner,
) -> Iterator[MainWindow]:
    window = _window(demo, qtbot, qsettings, prompts, sync_runner)
    yield window
    window.shutdown()


def _reference(ws: Workspace, reference: str, version: int = 1) -> str:
    return next(
        s.id
        for s in AssessmentService(ws.ctx).summaries(include_archived=True)
        if s.reference == reference and s.version == version
    )


def _open(window: MainWindow, assessment_id: str) -> None:
    assert window.go_to_section(window.pages.indexOf(window.assessments_page))
    assert window.assessments_page.show_assessment(assessment_id)


def _export_dialog(window: MainWindow, reference: str) -> AssessmentExportDialog:
    _open(window, _reference(window.workspace, reference))
    window.export_action.trigger()
    dialogs = [d for d in window.findChildren(AssessmentExportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _export(dialog: AssessmentExportDialog, out: Path, fmt: str) -> None:
    dialog.format_buttons[fmt].setChecked(True)
    dialog.path_edit.setText(str(out))
    dialog.export_button.click()


def _result(dialog: AssessmentExportDialog) -> str:
    return dialog.result_label.accessibleDescription() if dialog.result_frame.isVisible() else ""


def _unnamed(root: QWidget) -> list[str]:
    """Visible controls without an accessible name (as a screen reader gets it)."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QTextBrowser)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # Qt's own parts of a combo box, spin box or table
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not widget.accessibleName() or not name.strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()}")
    return missing


# -- export -------------------------------------------------------------------------------------


def test_file_export_offers_the_assessment_shown(window: MainWindow) -> None:
    page = window.assessments_page
    window.go_to_section(window.pages.indexOf(page))
    page.editor.close_assessment()
    page.reload()
    assert not page.export_button.isEnabled()
    assert window.export_action.text() == "&Export…"
    _open(window, _reference(window.workspace, "DPIA-001"))
    assert page.export_button.isEnabled()
    assert window.export_action.text() == "&Export this assessment…"
    page.export_button.click()
    [dialog] = [d for d in window.findChildren(AssessmentExportDialog) if d.isVisible()]
    assert dialog.assessment.reference == "DPIA-001"
    assert "DPIA-001" in dialog.windowTitle()
    # In a register, File ▸ Export is the register's export again.
    dialog.done(0)
    window.go_to_section(0)
    assert window.export_action.text() == "&Export…"
    assert type(window.export()).__name__ == "ExportDialog"


def test_default_names_come_from_reference_and_title(window: MainWindow) -> None:
    dialog = _export_dialog(window, "DPIA-001")
    row = dialog.assessment
    assert Path(dialog.path_edit.text()).name == f"DPIA-001 {row.title}.pdf".replace(":", " -")
    dialog.format_buttons["xlsx"].setChecked(True)
    assert Path(dialog.path_edit.text()).name.endswith(" action plan.xlsx")
    dialog.format_buttons["cnil-json"].setChecked(True)
    assert Path(dialog.path_edit.text()).name.endswith(" CNIL PIA.json")
    # A name typed by the user keeps its stem and gets the new suffix.
    dialog.path_edit.setText(str(Path(dialog.path_edit.text()).with_name("mine.json")))
    dialog.format_buttons["pdf"].setChecked(True)
    assert Path(dialog.path_edit.text()).name == "mine.pdf"
    assert _unnamed(dialog) == []


def test_export_the_pdf_report(window: MainWindow, out_dir: Path) -> None:
    dialog = _export_dialog(window, "DPIA-001")
    out = out_dir / "report.pdf"
    _export(dialog, out, "pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert dialog.last_job is not None and dialog.last_job.pages
    assert f"The report has {dialog.last_job.pages} pages." in _result(dialog)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
        pages = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
        assert int(pages.split()[1]) == dialog.last_job.pages > 1
    # Open file / Show in folder, as after a register export.
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert _unnamed(dialog) == []
    dialog.open_button.click()
    dialog.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(out), str(out_dir)]
    assert list(out_dir.iterdir()) == [out]  # no temporary file left


def test_export_the_action_plan(window: MainWindow, out_dir: Path) -> None:
    dialog = _export_dialog(window, "DPIA-001")
    out = out_dir / "plan.xlsx"
    _export(dialog, out, "xlsx")
    book = load_workbook(out, read_only=True)
    try:
        assert book.sheetnames
        rows = [r for sheet in book.worksheets for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    cells = {str(c) for r in rows for c in r if c is not None}
    actions = dialog.assessment.action_plan
    assert actions and all(a.measure in cells for a in actions)
    assert all(r.title in cells for r in dialog.assessment.risks)
    assert f"{len(actions)} actions" in _result(dialog)


def test_export_cnil_json_only_for_a_dpia(window: MainWindow, out_dir: Path) -> None:
    dialog = _export_dialog(window, "DPIA-001")
    out = out_dir / "pia.json"
    _export(dialog, out, "cnil-json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"pia", "answers", "measures", "evaluations", "comments"} <= set(data)
    assert data["pia"]["name"] == dialog.assessment.title
    dialog.done(0)
    screening = _export_dialog(window, "SCR-001")
    cnil = screening.format_buttons["cnil-json"]
    assert not cnil.isEnabled() and "Only a DPIA" in cnil.toolTip()
    assert screening.current_format() == "pdf"


def test_an_existing_file_is_replaced_only_when_confirmed(
    window: MainWindow, out_dir: Path, prompts: FakePrompts
) -> None:
    dialog = _export_dialog(window, "DPIA-001")
    out = out_dir / "report.pdf"
    out.write_bytes(b"keep me")
    prompts.answer = False
    _export(dialog, out, "pdf")
    assert prompts.asked and "already exists" in prompts.asked[-1]
    assert out.read_bytes() == b"keep me" and dialog.last_job is None
    prompts.answer = True
    _export(dialog, out, "pdf")
    assert out.read_bytes().startswith(b"%PDF")


@pytest.fixture
def slow_plan(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """An action-plan writer that writes a little, then runs until cancelled (at most 20 s)."""
    started = threading.Event()

    def write(_snapshot: AssessmentSnapshot, out: Path, **_kwargs: Any) -> None:
        out.write_bytes(b"partial workbook")
        started.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            time.sleep(0.005)

    monkeypatch.setattr(assessment_xlsx, "write_action_plan_xlsx", write)
    yield started


def test_cancel_leaves_no_file(
    demo: Workspace,
    qtbot: QtBot,
    qsettings: QSettings,
    prompts: FakePrompts,
    thread_runner: TaskRunner,
    out_dir: Path,
    slow_plan: threading.Event,
) -> None:
    window = _window(demo, qtbot, qsettings, prompts, thread_runner)
    try:
        dialog = _export_dialog(window, "DPIA-001")
        _export(dialog, out_dir / "plan.xlsx", "xlsx")
        assert slow_plan.wait(10)
        task = dialog.current_task
        assert task is not None and not dialog.export_button.isEnabled()
        assert list(out_dir.iterdir()) != []  # the temporary file
        task.cancel()
        assert thread_runner.wait(25)
        assert list(out_dir.iterdir()) == []
        assert "Export cancelled. No file was written." in _result(dialog)
        assert dialog.last_job is None and dialog.export_button.isEnabled()
    finally:
        window.shutdown()


# -- the CNIL PIA import --------------------------------------------------------------------------


def _import_dialog(window: MainWindow, path: Path | None = None) -> CnilImportDialog:
    dialog = window.import_cnil_pia(path)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_import_the_cnil_example_through_the_window(window: MainWindow, example: Path) -> None:
    page = window.assessments_page
    window.go_to_section(window.pages.indexOf(page))
    page.import_button.click()
    [dialog] = [d for d in window.findChildren(CnilImportDialog) if d.isVisible()]
    assert not dialog.import_button.isEnabled()
    dialog.open_file(example)
    assert not dialog.error_label.isVisible()
    preview = dialog.preview_view.toPlainText()
    assert "A DPIA “Captoo” will be created" in preview
    for text in ("Answers\t21", "Risks\t3", "Measures\t23", "Evaluations\t40", "Comments\t1"):
        assert text in preview.replace("\n", "\t"), text
    assert "Illegitimate access to personal data" in preview and "Chiffrement" in preview
    assert "Mary Smith" in preview  # the notes of the conversion
    assert dialog.subject() == ("", "")  # no activity has the PIA's name
    assert dialog.import_button.isEnabled()
    assert _unnamed(dialog) == []
    before = len(AssessmentService(window.workspace.ctx).summaries())
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert len(AssessmentService(window.workspace.ctx).summaries()) == before + 1
    # The new DPIA is open in the Assessments section.
    assert window.current_page() is page
    row = page.editor.row
    assert row is not None and row.title == "Captoo" and row.kind == AssessmentKind.DPIA
    assert page.table.currentIndex().row() == page.model.row_of(row.id)
    assert "Imported as" in window.statusBar().currentMessage()


def test_import_links_the_activity_chosen(window: MainWindow, example: Path) -> None:
    ws = window.workspace
    captoo = ws.activities.create({"name": "Captoo", "department": "Innovation"})
    window.dispatcher.flush()
    dialog = _import_dialog(window, example)
    assert dialog.subject() == ("controller_activity", captoo.id)  # proposed by its name
    assert "PIA's name" in dialog.subject_help.text()
    other = next(r for r in ws.activities.rows() if r.id != captoo.id and not r.archived)
    assert dialog.choose_subject("controller_activity", other.id)
    dialog.start_import()
    row = window.assessments_page.editor.row
    assert row is not None and (row.subject_type, row.subject_id) == (
        "controller_activity",
        other.id,
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"pia": {"name": "Broken"', "not valid JSON"),
        (b"[1, 2, 3]", "is not a PIA exported"),
        (b"\x00\x01not json at all", "not valid JSON"),
        (b'{"pia": {"name": "X"}, "answers": "oops"}', "a list was expected"),
    ],
)
def test_a_wrong_or_broken_file_is_explained(
    window: MainWindow, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "pia.json"
    path.write_bytes(content)
    dialog = _import_dialog(window, path)
    assert dialog.error_label.isVisible()
    message = dialog.error_label.text()
    assert expected.casefold() in message.casefold(), message
    assert "Traceback" not in message and "Exception" not in message
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_view.toPlainText() == ""


def test_a_huge_file_is_refused(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(25_000_000)  # sparse: cheap to make, too big to read
    dialog = _import_dialog(window, path)
    assert dialog.error_label.isVisible()
    assert "MB" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()


# -- the Canada AIA import ------------------------------------------------------------------------

AIA_SAVED = {
    "version": "v1.0.1",
    "currentPage": 4,
    "data": {
        "projectDetailsTitle": "Housing  benefit eligibility",
        "projectDetailsRespondent": "A. Tremblay",
        "projectDetailsPhase": "item1",  # design
        "projectDetailsDescription": "Pre-fills the caseworker's file.",
        "riskProfile1": "item1-3",  # 3
        "impact30": "item1-4",  # 4
        "impact9": "item3-3",  # 3
        "businessDrivers1": ["item1", "item2"],  # 0
        "decisionSector1": ["item2-1", "item3-1", "item9-9"],  # 2, and a stray value
        "aboutSystem3": "item7-5",  # not an option: kept aside
        "oldQuestion": "item1-2",  # not a question of v1.0.1
        "dataQualityDesign1": "item1-3",  # mitigation 3
        "consultationImplementation1": "item1-2",  # mitigation 2 (the tool counts it)
    },
    "translationsOnResult": {"projectDetailsDescription": "Pré-remplit le dossier."},
    "completed": True,  # not part of a save file: a warning
}


@pytest.fixture
def aia_file(tmp_path: Path) -> Path:
    path = tmp_path / "AIA Results.json"
    path.write_text(json.dumps(AIA_SAVED), encoding="utf-8")
    return path


def _aia_dialog(window: MainWindow, path: Path | None = None) -> AiaImportDialog:
    dialog = window.import_canada_aia(path)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_import_a_canada_aia_file_through_the_window(window: MainWindow, aia_file: Path) -> None:
    ws = window.workspace
    system = ws.ai_systems.create(
        {"name": "Housing benefit ELIGIBILITY", "department": "Social services"}
    )
    window.dispatcher.flush()
    page = window.assessments_page
    window.go_to_section(window.pages.indexOf(page))
    page.import_aia_button.click()
    [dialog] = [d for d in window.findChildren(AiaImportDialog) if d.isVisible()]
    assert not dialog.import_button.isEnabled()
    dialog.open_file(aia_file)
    assert not dialog.error_label.isVisible()
    preview = dialog.preview_view.toPlainText().replace("\n", "\t")
    assert "An algorithmic impact assessment “Housing benefit eligibility” will be created" in (
        preview
    )
    for text in (
        "Project phase\tDesign",
        "Raw impact score\t12 out of 167",
        "Mitigation score\t5 out of 154",
        "Current score\t12 (no reduction",
        "Impact level\tImpact level I: little to no impact",
        "What the Directive on Automated Decision-Making requires at impact level I",
        "Answers kept\t11",
        "Answers with no place in the questionnaire\t3",
        "Warnings\t1",
        "oldQuestion: “item1-2” (not a question of the AIA v1.0.1)",
        "The file's part “completed” is not imported.",
    ):
        assert text in preview, text
    # The AI system of the project's name is proposed; another may be chosen.
    assert dialog.subject() == ("ai_system", system.id)
    assert "project's name" in dialog.subject_help.text()
    assert _unnamed(dialog) == []
    other = next(r for r in ws.ai_systems.rows() if r.id != system.id and not r.archived)
    assert dialog.choose_subject("ai_system", other.id)
    before = len(AssessmentService(ws.ctx).summaries())
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert len(AssessmentService(ws.ctx).summaries()) == before + 1
    # The new AIA is open in the Assessments section, about the AI system chosen.
    assert window.current_page() is page
    row = page.editor.row
    assert row is not None and row.kind == AssessmentKind.ALGORITHMIC_IMPACT
    assert row.title == "Housing benefit eligibility" and row.outcome == "level_1"
    assert (row.subject_type, row.subject_id) == ("ai_system", other.id)
    assert page.table.currentIndex().row() == page.model.row_of(row.id)
    assert "Imported as" in window.statusBar().currentMessage()


def test_an_aia_file_of_no_known_project_proposes_no_ai_system(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "AIA Results.json"
    path.write_text(json.dumps({"version": "v1.0.1", "currentPage": 0, "data": {}}), "utf-8")
    dialog = _aia_dialog(window, path)
    assert dialog.subject() == ("", "")
    assert "No AI system" in dialog.subject_help.text()
    preview = dialog.preview_view.toPlainText().replace("\n", "\t")
    assert "Project phase\tnot answered" in preview and "(so far)" in preview
    dialog.start_import()
    row = window.assessments_page.editor.row
    assert row is not None and row.subject_id == "" and "AIA Results.json" in row.title


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"version": "v1.0.1", "currentPage": 2, "data": {"riskProfile1": ', "not valid JSON"),
        (b'{"version": 3, "currentPage": 2, "data": {}}', "damaged"),
        (b"[1, 2, 3]", "AIA"),
        (b"\xff\xfe\x00garbage", "AIA"),
    ],
)
def test_a_broken_aia_file_is_explained(
    window: MainWindow, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "AIA Results.json"
    path.write_bytes(content)
    dialog = _aia_dialog(window, path)
    assert dialog.error_label.isVisible()
    message = dialog.error_label.text()
    assert expected.casefold() in message.casefold(), message
    assert "AIA Results.json" in message
    assert "Traceback" not in message and "Exception" not in message
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_view.toPlainText() == ""


def test_the_aia_import_is_in_the_file_menu_and_the_empty_page(window: MainWindow) -> None:
    assert window.import_aia_action.isEnabled()
    window.import_aia_action.trigger()
    assert any(d.isVisible() for d in window.findChildren(AiaImportDialog))
    page = window.assessments_page
    assert page.import_aia_button.accessibleName() == "Import a Canada AIA file"
    assert page.empty.import_aia_button.accessibleName() == "Import a Canada AIA file"


def test_the_answers_kept_beside_the_aia_are_shown(window: MainWindow, aia_file: Path) -> None:
    _aia_dialog(window, aia_file).start_import()
    editor = window.assessments_page.editor
    assert editor.row is not None and editor.imported_aia_button.isVisible()
    assert not editor.imported_button.isVisible()  # not a CNIL PIA
    editor.imported_aia_button.click()
    [dialog] = [d for d in editor.findChildren(ImportedAiaDialog) if d.isVisible()]
    text = dialog.browser.toPlainText()
    for wanted in (
        "AIA Results.json",
        "v1.0.1",
        "Raw impact score at import\t12 out of 167",
        "Answers kept beside the questionnaire (3)",
        "oldQuestion: “item1-2” (not a question of the AIA v1.0.1)",
        "aboutSystem3: “item7-5” (not one of the options)",
        "decisionSector1: “item2-1, item3-1, item9-9” (not among the options: item9-9)",
        "The file's part “completed” is not imported.",
    ):
        assert wanted in text.replace("\n", "\t"), wanted
    assert _unnamed(dialog) == []
    assert _unnamed(editor) == []
    # An assessment made in govkit shows no button.
    _open(window, _reference(window.workspace, "DPIA-001"))
    assert not editor.imported_aia_button.isVisible()


# -- the CNIL data in the editor -----------------------------------------------------------------


@pytest.fixture
def imported(window: MainWindow, example: Path) -> MainWindow:
    _import_dialog(window, example).start_import()
    assert window.assessments_page.editor.row is not None
    return window


def test_cnil_comments_and_evaluations_under_their_questions(imported: MainWindow) -> None:
    editor = imported.assessments_page.editor
    assert editor.imported_button.isVisible()
    section = next(
        sid for sid in editor.sections_in_order() if "legal_basis" in _questions_of(editor, sid)
    )
    editor.show_section(section)
    legal = editor.question_widgets["legal_basis"]
    [panel] = legal.findChildren(CnilQuestionPanel)
    assert panel.isVisibleTo(editor)
    assert "From the CNIL PIA software" in panel.accessibleName()
    assert "Le fondement juridique" in panel.text.text()  # the CNIL comment
    assert "Evaluation: Improvable (Eric Vincent" in panel.text.text()
    purposes = editor.question_widgets["purposes"]
    [evaluation] = purposes.findChildren(CnilQuestionPanel)
    assert "Cette finalité doit être distinguée" in evaluation.text.text()
    # HTML answers read as formatted text, without tags.
    for widget in editor.question_widgets.values():
        if widget.plain is not None:
            assert (
                "<" not in widget.plain.toPlainText() and "&nbsp;" not in widget.plain.toPlainText()
            )
    assert "\n1. " in legal.plain.toPlainText() if legal.plain is not None else False
    assert _unnamed(editor) == []


def _questions_of(editor: Any, section_id: str) -> set[str]:
    section = editor.definition.section(section_id)
    return {q.id for sub in section.walk() for q in sub.questions}


def test_everything_else_from_the_cnil_file_is_in_a_dialog(imported: MainWindow) -> None:
    editor = imported.assessments_page.editor
    editor.imported_button.click()
    [dialog] = [d for d in editor.findChildren(ImportedDataDialog) if d.isVisible()]
    text = dialog.browser.toPlainText()
    for wanted in (
        "2018-02-21-pia-example.json",
        "Elisabeth York",  # author
        "Eric Vincent",  # evaluator
        "Mary Smith",  # validator
        "Michael Thomas",  # DPO
        "L’analyse menée",  # the DPO's opinion
        "Opinion of the people concerned",
        "Rapport incomplet",  # the refusal reason recorded
        "Evaluations (40)",
        "Risk: Illegitimate access to personal data",  # an evaluation of a risk
        "Measure: Chiffrement",  # an evaluation of a measure
        "Comments (1)",
        "Question: What legal basis makes the processing lawful?",
    ):
        assert wanted in text, wanted
    assert "<" not in text
    assert _unnamed(dialog) == []


def test_an_own_dpia_shows_no_cnil_data(window: MainWindow) -> None:
    _open(window, _reference(window.workspace, "DPIA-001"))
    editor = window.assessments_page.editor
    assert not editor.imported_button.isVisible()
    assert editor.findChildren(CnilQuestionPanel) == []


# -- versions ------------------------------------------------------------------------------------


def test_every_version_stays_viewable_and_older_ones_read_only(window: MainWindow) -> None:
    first = _reference(window.workspace, "DPIA-001")
    _open(window, first)
    editor = window.assessments_page.editor
    assert editor.versions.count() == 1 and editor.versions.accessibleName() == "Version"
    assert "Approved by" in editor.versions.currentText()
    editor.new_version_button.click()
    second = editor.assessment_id
    assert second is not None and second != first
    assert not editor.read_only
    versions = [editor.versions.itemText(n) for n in range(editor.versions.count())]
    assert len(versions) == 2 and versions[0].startswith("Version 2 — Draft (newest)")
    assert versions[1].startswith("Version 1 — Approved by")
    assert editor.versions.currentData() == second

    editor.versions.setCurrentIndex(1)
    editor.versions.activated.emit(1)  # as a user's choice in the list
    assert editor.assessment_id == first
    assert editor.read_only
    assert "older version" in editor.banner.text() and editor.banner.isVisible()
    assert not editor.new_version_button.isVisible() and not editor.submit_button.isVisible()
    widget = editor.question_widgets["processing"]
    assert widget.plain is not None and widget.plain.isReadOnly()
    assert editor.versions.currentData() == first
    page = window.assessments_page
    assert page.table.currentIndex().row() == page.model.row_of(first)

    editor.versions.activated.emit(0)
    assert editor.assessment_id == second and not editor.read_only
    assert AssessmentService(window.workspace.ctx).get(first).status == AssessmentStatus.APPROVED


def test_opening_an_older_version_from_the_list_is_read_only(window: MainWindow) -> None:
    ws = window.workspace
    first = _reference(ws, "DPIA-001")
    AssessmentService(ws.ctx).new_version(first)
    window.dispatcher.flush()
    _open(window, first)
    editor = window.assessments_page.editor
    assert editor.read_only and editor.versions.count() == 2
    assert editor.versions.currentData() == first
    assert editor.versions.itemText(0).endswith("(newest)")
