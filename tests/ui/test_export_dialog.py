"""File ▸ Export: the real dialog driven through its widgets, writing real files."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import govkit.services.exports as exports_service
import govkit.ui.dialogs.export_dialog as export_dialog_module
from govkit.exports.progress import Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.services.demo import populate_demo
from govkit.services.signing import SigningService, verify_pack
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.export_dialog import ExportDialog, safe_file_name
from govkit.ui.workers import TaskRunner

pytestmark = pytest.mark.usefixtures("forbid_blocking_dialogs")

CONTROLLERS = 6  # demo controller activities made here (departments: Civil registry, Social
PROCESSORS = 5  # services); the demo's processor activities are in five other departments.


class FakePrompts:
    """Answers questions without a message box; remembers what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str, bool]] = []
        self.errors: list[tuple[str, str]] = []

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        self.asked.append((title, text, accept_text, destructive))
        return self.answer

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    populate_demo(workspace, activities=CONTROLLERS)
    return workspace


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def make_dialog(
    qtbot: QtBot, qsettings: QSettings, sync_runner: TaskRunner, prompts: FakePrompts
) -> Callable[..., ExportDialog]:
    def make(ws: Workspace, runner: TaskRunner | None = None, **kwargs: Any) -> ExportDialog:
        kwargs.setdefault("settings", qsettings)
        kwargs.setdefault("prompts", prompts)
        dialog = ExportDialog(ws, runner or sync_runner, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def export_to(dialog: ExportDialog, path: Path, fmt: str, layout: str = "full") -> None:
    dialog.format_buttons[fmt].setChecked(True)
    if layout != "full":
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
    dialog.path_edit.setText(str(path))
    dialog.export()


def result_text(dialog: ExportDialog) -> str:
    return dialog.result_label.accessibleDescription() if dialog.result_frame.isVisible() else ""


def error_text(dialog: ExportDialog) -> str:
    return dialog.error_label.text() if dialog.error_frame.isVisible() else ""


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return list(book[sheet].iter_rows(values_only=True))
    finally:
        book.close()


def exported_json(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive controls that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QLineEdit | QComboBox):
            continue
        if not widget.isVisibleTo(root):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(type(widget).__name__)
    return missing


# -- formats, layouts -------------------------------------------------------------------------


def test_xlsx_of_the_whole_register(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path, qsettings: QSettings
) -> None:
    dialog = make_dialog(demo)
    assert dialog.scope_buttons["all"].isChecked()
    assert f"({CONTROLLERS + PROCESSORS} activities)" in dialog.scope_buttons["all"].text()
    out = out_dir / "register.xlsx"
    export_to(dialog, out, "xlsx")

    assert error_text(dialog) == ""
    rows = sheet_rows(out, "Controller activities")
    assert len(rows) == 1 + CONTROLLERS
    assert len(sheet_rows(out, "Processor activities")) == 1 + PROCESSORS
    text = result_text(dialog)
    assert "register.xlsx" in text
    assert f"{CONTROLLERS + PROCESSORS} activities" in text
    assert dialog.last_job is not None and dialog.last_job.out == out
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert not dialog.copy_button.isVisible()
    # The dialog stays open, ready for another export.
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert dialog.current_task is None
    assert qsettings.value("export/format") == "xlsx"
    assert qsettings.value("export/layout") == "full"
    assert qsettings.value("export/folder") == str(out_dir)


def test_xlsx_ico_layout(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    out = out_dir / "ico.xlsx"
    export_to(dialog, out, "xlsx", layout="ico")
    assert dialog.last_job is not None and dialog.last_job.layout == "ico"
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Controller", "Processor"]
    book.close()
    rows = sheet_rows(out, "Controller")
    names = {row[1] for row in rows}
    for activity in demo.activities.all():
        assert activity.name in names


def test_layout_only_for_excel(demo: Workspace, make_dialog: Callable[..., ExportDialog]) -> None:
    dialog = make_dialog(demo)
    dialog.format_buttons["xlsx"].setChecked(True)
    assert dialog.layout_combo.isEnabled()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("cnil"))
    assert dialog.current_layout() == "cnil"
    assert "CNIL" in dialog.layout_help.text()
    for fmt in ("pdf", "json", "pack"):
        dialog.format_buttons[fmt].setChecked(True)
        assert not dialog.layout_combo.isEnabled()
        assert dialog.current_layout() == "full"
        assert "Excel workbooks only" in dialog.layout_help.text()


def test_pdf_report(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    out = out_dir / "report.pdf"
    export_to(dialog, out, "pdf")
    assert out.read_bytes().startswith(b"%PDF")
    job = dialog.last_job
    assert job is not None and job.pages is not None and job.pages > 0
    assert f"The report has {job.pages} pages." in result_text(dialog)


def test_audit_pack_is_signed_and_the_fingerprint_shown(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    qapp: Any,
) -> None:
    dialog = make_dialog(demo)
    out = out_dir / "pack.zip"
    export_to(dialog, out, "pack")
    fingerprint = SigningService(demo.ctx).fingerprint()
    assert fingerprint is not None
    report = verify_pack(out, expected_fingerprint=fingerprint)
    assert report.ok and report.fingerprint_matches
    job = dialog.last_job
    assert job is not None and job.fingerprint == fingerprint and job.created_signing_key
    text = result_text(dialog)
    assert f"Signing key fingerprint: {fingerprint}" in text
    assert "govkit verify" in text and "separately" in text
    assert "first audit pack" in text
    assert dialog.copy_button.isVisible()
    dialog.copy_button.click()
    assert qapp.clipboard().text() == fingerprint

    # A second pack is signed with the same key, which is not new any more.
    export_to(dialog, out_dir / "pack 2.zip", "pack")
    assert dialog.last_job is not None and not dialog.last_job.created_signing_key
    assert fingerprint in result_text(dialog)
    assert "first audit pack" not in result_text(dialog)


def test_json_export(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    out = out_dir / "data.json"
    export_to(dialog, out, "json")
    data = exported_json(out)
    assert data["format"] == "govkit-register"
    assert len(data["controller_activities"]) == CONTROLLERS
    assert len(data["processor_activities"]) == PROCESSORS


# -- scope ------------------------------------------------------------------------------------


def test_scope_selection_exports_only_those(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    ids = [a.id for a in demo.activities.all()][1:3]
    dialog = make_dialog(demo, selected_ids=ids)
    button = dialog.scope_buttons["selection"]
    assert button.isEnabled() and "(2 activities)" in button.text()
    button.setChecked(True)
    out = out_dir / "selection.json"
    export_to(dialog, out, "json")
    data = exported_json(out)
    assert [a["id"] for a in data["controller_activities"]] == ids
    assert data["processor_activities"] == []
    assert data["export"]["scope"]["kind"] == "selection"
    assert "2 activities" in result_text(dialog)


def test_scope_selection_disabled_without_selection(
    demo: Workspace, make_dialog: Callable[..., ExportDialog]
) -> None:
    dialog = make_dialog(demo)
    assert not dialog.scope_buttons["selection"].isEnabled()
    assert not dialog.scope_buttons["shown"].isVisible()  # no search or filter active
    assert dialog.scope_buttons["all"].isChecked()


def test_scope_shown_records(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    shown = [p.id for p in demo.processor_activities.all()][:3]
    dialog = make_dialog(demo, shown_ids=shown)
    button = dialog.scope_buttons["shown"]
    assert button.isVisible() and "(3 activities)" in button.text()
    button.setChecked(True)
    out = out_dir / "shown.xlsx"
    export_to(dialog, out, "xlsx")
    assert len(sheet_rows(out, "Controller activities")) == 1
    assert len(sheet_rows(out, "Processor activities")) == 1 + 3


def test_scope_one_department(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    combo = dialog.department_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == sorted(names, key=str.casefold)
    assert {"Civil registry", "Social services", "Library"} <= set(names)
    combo.setCurrentIndex(names.index("Civil registry"))
    combo.activated.emit(combo.currentIndex())  # as when the user picks it
    assert dialog.scope_buttons["department"].isChecked()
    out = out_dir / "civil.json"
    export_to(dialog, out, "json")
    data = exported_json(out)
    wanted = [a.id for a in demo.activities.all() if a.department == "Civil registry"]
    assert wanted and [a["id"] for a in data["controller_activities"]] == wanted
    assert data["processor_activities"] == []
    assert data["export"]["scope"] == {"kind": "department", "department": "Civil registry"}


def test_department_is_preselected(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo, department="library")
    assert dialog.department_combo.currentText() == "Library"
    assert dialog.scope_buttons["department"].isChecked()
    out = out_dir / "library.json"
    export_to(dialog, out, "json")
    data = exported_json(out)
    assert data["controller_activities"] == []
    assert {p["department"] for p in data["processor_activities"]} == {"Library"}


def test_no_departments(workspace: Workspace, make_dialog: Callable[..., ExportDialog]) -> None:
    dialog = make_dialog(workspace)
    assert not dialog.scope_buttons["department"].isEnabled()
    assert not dialog.department_combo.isEnabled()
    assert "(0 activities)" in dialog.scope_buttons["all"].text()


# -- the file ---------------------------------------------------------------------------------


def test_existing_file_is_replaced_only_when_confirmed(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    prompts: FakePrompts,
) -> None:
    out = out_dir / "register.json"
    out.write_text("earlier", encoding="utf-8")
    dialog = make_dialog(demo)
    prompts.answer = False
    export_to(dialog, out, "json")
    assert len(prompts.asked) == 1
    title, text, accept, destructive = prompts.asked[0]
    assert "Replace" in title and "Replace" in accept and not destructive
    assert "register.json" in text
    assert out.read_text(encoding="utf-8") == "earlier"
    assert dialog.last_job is None and result_text(dialog) == ""
    assert dialog.isVisible() and dialog.current_format() == "json"

    prompts.answer = True
    dialog.export()
    assert len(prompts.asked) == 2
    assert exported_json(out)["format"] == "govkit-register"
    assert dialog.last_job is not None


def test_no_question_for_a_new_file(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    prompts: FakePrompts,
) -> None:
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "new.json", "json")
    assert prompts.asked == []


def test_missing_folder_is_reported_in_the_dialog(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "register.xlsx"
    dialog = make_dialog(demo)
    dialog.scope_buttons["all"].setChecked(True)
    export_to(dialog, out, "xlsx", layout="ico")
    message = error_text(dialog)
    assert "does not exist" in message and "no such folder" in message
    assert dialog.error_label.accessibleName() == "Problem"
    assert dialog.error_label.accessibleDescription() == message
    assert not out.parent.exists()
    assert dialog.last_job is None and result_text(dialog) == ""
    # The choices are kept, the dialog is usable again.
    assert dialog.isVisible()
    assert dialog.current_format() == "xlsx" and dialog.current_layout() == "ico"
    assert dialog.path_edit.text() == str(out)
    assert dialog.export_button.isEnabled() and dialog.content.isEnabled()

    # Fixing the folder and exporting again clears the message.
    out.parent.mkdir()
    dialog.export()
    assert out.is_file()
    assert error_text(dialog) == "" and "register.xlsx" in result_text(dialog)


def test_a_vault_is_never_overwritten(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], prompts: FakePrompts
) -> None:
    before = demo.path.read_bytes()
    dialog = make_dialog(demo)
    dialog.format_buttons["json"].setChecked(True)
    dialog.path_edit.setText(str(demo.path.with_suffix(".json")))
    demo.path.with_suffix(".json").write_bytes(before)  # a copy of the vault
    dialog.export()
    assert "vault" in error_text(dialog)
    assert demo.path.with_suffix(".json").read_bytes() == before


def test_unexpected_error_is_logged_not_shown(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("internal detail 42")

    monkeypatch.setattr(export_dialog_module, "prepare_export", broken)
    dialog = make_dialog(demo)
    with caplog.at_level(logging.ERROR, logger=export_dialog_module.__name__):
        export_to(dialog, out_dir / "x.json", "json")
    message = error_text(dialog)
    assert message.startswith("The export failed because of an unexpected problem.")
    assert "Nothing was written" in message and "log file" in message
    assert "internal detail" not in message and "Traceback" not in message
    [record] = [r for r in caplog.records if r.name == export_dialog_module.__name__]
    assert record.exc_info is not None and "internal detail 42" in str(record.exc_info[1])
    assert list(out_dir.iterdir()) == []


def test_empty_path_is_reported(demo: Workspace, make_dialog: Callable[..., ExportDialog]) -> None:
    dialog = make_dialog(demo)
    dialog.path_edit.setText("   ")
    dialog.export()
    assert "name of the file" in error_text(dialog)
    assert dialog.last_job is None


# -- cancel, busy -----------------------------------------------------------------------------


@pytest.fixture
def slow_xlsx(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """An Excel writer that writes a little, then waits for Cancel (at most 20 s)."""
    started = threading.Event()

    def writer(_layout: str) -> Callable[[RegisterSnapshot, Path, Progress], None]:
        def write(_snapshot: RegisterSnapshot, out: Path, progress: Progress) -> None:
            out.write_bytes(b"partial workbook")
            started.set()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                progress.step(1, 100, "Writing")
                time.sleep(0.005)

        return write

    monkeypatch.setattr(exports_service, "_xlsx_writer", writer)
    yield started


def test_cancel_leaves_no_file(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    thread_runner: TaskRunner,
    out_dir: Path,
    slow_xlsx: threading.Event,
) -> None:
    dialog = make_dialog(demo, thread_runner)
    export_to(dialog, out_dir / "register.xlsx", "xlsx")
    assert slow_xlsx.wait(10)
    task = dialog.current_task
    assert task is not None
    # While it runs, the choices and buttons are disabled and the dialog does not close.
    assert not dialog.content.isEnabled()
    assert not dialog.export_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.export()  # a second press does nothing
    assert dialog.current_task is task
    assert [p.name for p in out_dir.iterdir()] != []  # the temporary file exists now

    task.cancel()
    assert thread_runner.wait(10)
    assert list(out_dir.iterdir()) == []  # neither the file nor the temporary one
    assert "Export cancelled. No file was written." in result_text(dialog)
    assert not dialog.open_button.isVisible()
    assert dialog.last_job is None and dialog.current_task is None
    assert dialog.content.isEnabled() and dialog.export_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_cancel_from_the_progress_dialog(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    thread_runner: TaskRunner,
    out_dir: Path,
    slow_xlsx: threading.Event,
    qtbot: QtBot,
) -> None:
    dialog = make_dialog(demo, thread_runner)
    out = out_dir / "register.xlsx"
    out.write_bytes(b"the earlier export")
    export_to(dialog, out, "xlsx")
    assert slow_xlsx.wait(10)
    [progress] = dialog.findChildren(QProgressDialog)
    assert progress.labelText() in ("Exporting the register…", "Writing")
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    [cancel] = progress.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_task is None, timeout=10_000)
    assert [p.name for p in out_dir.iterdir()] == ["register.xlsx"]
    assert out.read_bytes() == b"the earlier export"
    assert "cancelled" in result_text(dialog)


def test_export_on_a_worker_thread(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    thread_runner: TaskRunner,
    out_dir: Path,
    qtbot: QtBot,
) -> None:
    dialog = make_dialog(demo, thread_runner)
    out = out_dir / "register.xlsx"
    export_to(dialog, out, "xlsx")
    qtbot.waitUntil(lambda: dialog.last_job is not None, timeout=20_000)
    assert len(sheet_rows(out, "Controller activities")) == 1 + CONTROLLERS
    qtbot.waitUntil(lambda: dialog.current_task is None, timeout=5_000)
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()


# -- names, suffixes, settings ----------------------------------------------------------------


def test_default_name_and_suffix_follow_the_format(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], qsettings: QSettings, out_dir: Path
) -> None:
    qsettings.setValue("export/folder", str(out_dir))
    dialog = make_dialog(demo)
    org = safe_file_name(demo.organisation.get().name)
    today = time.strftime("%Y-%m-%d")
    assert dialog.current_format() == "xlsx"
    assert Path(dialog.path_edit.text()) == out_dir / f"{org} register {today}.xlsx"
    dialog.format_buttons["pdf"].setChecked(True)
    assert Path(dialog.path_edit.text()) == out_dir / f"{org} register {today}.pdf"
    dialog.format_buttons["pack"].setChecked(True)
    assert Path(dialog.path_edit.text()) == out_dir / f"{org} audit pack {today}.zip"
    dialog.format_buttons["json"].setChecked(True)
    assert Path(dialog.path_edit.text()) == out_dir / f"{org} register {today}.json"

    # A name of the user's own keeps its name; only the suffix changes.
    dialog.path_edit.setText(str(out_dir / "For the auditor v1.2.JSON"))
    dialog.format_buttons["pdf"].setChecked(True)
    assert Path(dialog.path_edit.text()) == out_dir / "For the auditor v1.2.pdf"
    dialog.path_edit.setText(str(out_dir / "no suffix"))
    dialog.format_buttons["xlsx"].setChecked(True)
    assert Path(dialog.path_edit.text()) == out_dir / "no suffix"


def test_a_typed_name_gets_its_suffix(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], qsettings: QSettings, out_dir: Path
) -> None:
    qsettings.setValue("export/folder", str(out_dir))
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "register v1.2", "json")
    assert (out_dir / "register v1.2.json").is_file()
    assert dialog.path_edit.text() == str(out_dir / "register v1.2.json")
    # A bare name goes to the current folder.
    export_to(dialog, Path("bare name"), "json")
    assert (out_dir / "bare name.json").is_file()


def test_default_name_is_a_valid_file_name(
    workspace: Workspace, make_dialog: Callable[..., ExportDialog]
) -> None:
    workspace.organisation.update({"name": 'Stadt <A/B>: "Amt" für Bürger?*|.'})
    dialog = make_dialog(workspace)
    name = Path(dialog.path_edit.text()).name
    assert name.startswith("Stadt A-B - Amt für Bürger register ")
    assert not any(ch in name for ch in '<>:"/\\|?*')
    assert safe_file_name("  ...  ") == ""
    assert safe_file_name("a\tb\x00c") == "a b c"
    assert safe_file_name("Ville de Paris: DPO") == "Ville de Paris - DPO"


def test_default_folder_is_documents_or_home(
    workspace: Workspace, make_dialog: Callable[..., ExportDialog], qsettings: QSettings
) -> None:
    qsettings.setValue("export/folder", "/no/such/folder/anywhere")
    dialog = make_dialog(workspace)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    assert Path(dialog.path_edit.text()).parent == expected


def test_choices_are_remembered(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], tmp_path: Path
) -> None:
    first_folder = tmp_path / "first"
    first_folder.mkdir()
    dialog = make_dialog(demo)
    export_to(dialog, first_folder / "a.xlsx", "xlsx", layout="cnil")
    dialog.close()

    again = make_dialog(demo)
    assert again.format_buttons["xlsx"].isChecked()
    assert again.layout_combo.currentData() == "cnil"
    assert Path(again.path_edit.text()).parent == first_folder
    assert again.path_edit.text().endswith(".xlsx")
    second_folder = tmp_path / "second"
    second_folder.mkdir()
    export_to(again, second_folder / "b.pdf", "pdf")
    again.close()

    third = make_dialog(demo)
    assert third.format_buttons["pdf"].isChecked()
    assert third.layout_combo.currentData() == "cnil"  # a PDF does not change the layout
    assert not third.layout_combo.isEnabled()
    assert Path(third.path_edit.text()).parent == second_folder
    assert third.path_edit.text().endswith(".pdf")


def test_bad_remembered_values_are_ignored(
    workspace: Workspace, make_dialog: Callable[..., ExportDialog], qsettings: QSettings
) -> None:
    qsettings.setValue("export/format", "docx")
    qsettings.setValue("export/layout", "fancy")
    dialog = make_dialog(workspace)
    assert dialog.current_format() == "xlsx" and dialog.current_layout() == "full"


def test_browse_uses_the_format_filter(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[Any, ...]] = []

    def save_name(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        seen.append(args)
        return str(out_dir / "chosen"), ""

    monkeypatch.setattr(export_dialog_module.QFileDialog, "getSaveFileName", save_name)
    dialog = make_dialog(demo)
    dialog.format_buttons["pdf"].setChecked(True)
    dialog.browse_button.click()
    assert "(*.pdf)" in seen[0][3]
    assert dialog.path_edit.text() == str(out_dir / "chosen.pdf")


# -- after the export -------------------------------------------------------------------------


def test_open_file_and_folder(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path, qtbot: QtBot
) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    dialog = make_dialog(demo)
    dialog.open_url = opener
    out = out_dir / "register.json"
    export_to(dialog, out, "json")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.scheme() for u in opened] == ["file", "file"]
    assert [Path(u.toLocalFile()) for u in opened] == [out, out_dir]

    # No program for the file: said in the dialog.
    dialog.open_url = lambda url: False
    dialog.open_button.click()
    assert "No program" in error_text(dialog)

    # The file was deleted meanwhile: nothing is opened.
    out.unlink()
    opened.clear()
    dialog.open_url = opener
    dialog.open_button.click()
    assert opened == [] and "no longer there" in error_text(dialog)


def test_ctrl_return_exports(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path, qtbot: QtBot
) -> None:
    dialog = make_dialog(demo)
    dialog.format_buttons["json"].setChecked(True)
    dialog.path_edit.setText(str(out_dir / "keys.json"))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.format_buttons["json"].setFocus()
    qtbot.keyClick(
        dialog.format_buttons["json"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert (out_dir / "keys.json").is_file()
    # Return in the file name presses the default button: Export.
    assert dialog.export_button.isDefault()
    dialog.path_edit.setText(str(out_dir / "enter.json"))
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert (out_dir / "enter.json").is_file()
    # Alt+J picks JSON, Alt+X Excel: every choice has its key.
    qtbot.keyClick(dialog, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.format_buttons["xlsx"].isChecked)
    assert dialog.path_edit.text().endswith(".xlsx")


# -- presentation -----------------------------------------------------------------------------


def test_every_control_has_a_name(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo, selected_ids=[demo.activities.all()[0].id], shown_ids=[])
    assert unnamed_controls(dialog) == []
    export_to(dialog, out_dir / "p.zip", "pack")
    assert unnamed_controls(dialog) == []
    for label in dialog.findChildren(QLabel):
        if len(label.text()) > 60:
            assert label.wordWrap(), label.text()


@pytest.mark.parametrize("size", [(480, 420), (900, 700)])
def test_fits_small_and_large_windows(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    out_dir: Path,
    size: tuple[int, int],
    qapp: Any,
) -> None:
    dialog = make_dialog(demo, selected_ids=[demo.activities.all()[0].id], shown_ids=[])
    dialog.resize(*size)
    qapp.processEvents()
    assert (dialog.width(), dialog.height()) == size
    # Nothing is cut off sideways: the content fits the scroll area's width.
    viewport = dialog.scroll_area.viewport().width()
    assert dialog.content.width() <= viewport
    assert dialog.content.minimumSizeHint().width() <= viewport
    assert dialog.export_button.isVisible() and dialog.close_button.isVisible()
    export_to(dialog, out_dir / "p.zip", "pack")
    qapp.processEvents()
    assert dialog.content.width() <= dialog.scroll_area.viewport().width()
    # The result is scrolled into view.
    area = dialog.scroll_area.viewport()
    top = dialog.result_frame.mapTo(area, dialog.result_frame.rect().topLeft())
    assert 0 <= top.y() < area.height()


def test_waiting_for_the_runner_while_the_progress_shows(
    demo: Workspace,
    make_dialog: Callable[..., ExportDialog],
    thread_runner: TaskRunner,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """Locking waits for the runner while an export's progress dialog is up; the dialog then
    gets its result once, whatever the progress dialog does with events meanwhile."""
    started, finish = threading.Event(), threading.Event()

    def writer(layout: str) -> Callable[[RegisterSnapshot, Path, Progress], None]:
        real = real_writer(layout)

        def write(snapshot: RegisterSnapshot, out: Path, progress: Progress) -> None:
            started.set()
            while not finish.wait(0.005):
                progress.step(1, 100, "Writing")
            real(snapshot, out, progress)

        return write

    real_writer = exports_service._xlsx_writer
    monkeypatch.setattr(exports_service, "_xlsx_writer", writer)
    dialog = make_dialog(demo, thread_runner)
    out = out_dir / "register.xlsx"
    export_to(dialog, out, "xlsx")
    assert started.wait(10)
    [progress] = dialog.findChildren(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    finish.set()
    time.sleep(0.3)  # the work ends and the runner's poll is overdue
    assert thread_runner.wait(10)
    assert dialog.last_job is not None and dialog.last_job.out == out
    assert "register.xlsx" in result_text(dialog)
    assert dialog.current_task is None and dialog.export_button.isEnabled()


# -- the AI systems' transparency records -----------------------------------------------------


def test_transparency_formats_are_offered_with_explanations(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    for key in ("atrs", "atrs-json", "nl-register", "public-html", "public-csv"):
        button = dialog.format_buttons[key]
        assert button.accessibleDescription(), key
        assert button.group() is dialog.format_group
    # One choice among all the formats.
    dialog.format_buttons["public-html"].setChecked(True)
    assert dialog.current_format() == "public-html"
    assert not dialog.format_buttons["xlsx"].isChecked()
    assert dialog.path_edit.text().endswith(".html") and "AI systems register" in (
        dialog.path_edit.text()
    )
    assert dialog.scope_buttons["all"].text().replace("&", "").startswith("All AI systems (7)")
    assert dialog.scope_buttons["ai_system"].isEnabled() and dialog.retired_check.isEnabled()
    assert not dialog.layout_combo.isEnabled()
    dialog.format_buttons["xlsx"].setChecked(True)
    assert not dialog.scope_buttons["ai_system"].isEnabled()
    assert not dialog.retired_check.isEnabled()
    assert "whole register" in dialog.scope_buttons["all"].text().replace("&", "")


def test_public_page_from_the_dialog(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "ai.html", "public-html")
    page = (out_dir / "ai.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Benefit eligibility pre-check" in page
    assert "7 AI systems." in result_text(dialog)


def test_one_system_for_the_dutch_register_with_its_notes(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    dialog.format_buttons["nl-register"].setChecked(True)
    index = dialog.ai_system_combo.findText("AI-002", Qt.MatchFlag.MatchStartsWith)
    dialog.ai_system_combo.setCurrentIndex(index)
    dialog.scope_buttons["ai_system"].setChecked(True)
    dialog.path_edit.setText(str(out_dir / "school.json"))
    dialog.export()
    entry = exported_json(out_dir / "school.json")
    assert entry["name"] == "School-place allocation"
    text = result_text(dialog)
    assert "1 AI system." in text and "Note: govkit does not record" in text


def test_atrs_json_and_workbook_from_the_dialog(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path, qsettings: QSettings
) -> None:
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "atrs", "atrs-json")
    data = exported_json(out_dir / "atrs.json")
    assert len(data["records"]) == 7
    export_to(dialog, out_dir / "atrs", "atrs")
    assert "2.1 Owner and Responsibility" in load_workbook(out_dir / "atrs.xlsx").sheetnames
    dialog.close()
    assert make_dialog(demo).current_format() == "atrs"  # remembered
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "again", "atrs-json")
    dialog.close()
    assert make_dialog(demo).current_format() == "atrs-json"


def test_retired_systems_in_the_public_csv_when_asked(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    system = demo.ai_systems.all()[0]
    demo.ai_systems.update(system.id, {"phase": "retired"})
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "a.csv", "public-csv")
    assert system.name not in (out_dir / "a.csv").read_text("utf-8-sig")
    dialog.retired_check.setChecked(True)
    export_to(dialog, out_dir / "b.csv", "public-csv")
    assert system.name in (out_dir / "b.csv").read_text("utf-8-sig")


def test_transparency_export_without_ai_systems_is_explained(
    workspace: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(workspace)
    dialog.format_buttons["public-html"].setChecked(True)
    assert not dialog.scope_buttons["ai_system"].isEnabled()
    dialog.path_edit.setText(str(out_dir / "p.html"))
    dialog.export()
    assert "no AI system" in error_text(dialog)
    assert not (out_dir / "p.html").exists()
    assert unnamed_controls(dialog) == []


def test_selected_ai_systems_are_counted_and_exported(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    systems = demo.ai_systems.all()
    activity = demo.activities.all()[0].id
    dialog = make_dialog(demo, selected_ids=[activity, systems[1].id, systems[2].id])
    selection = dialog.scope_buttons["selection"]
    assert "(3 activities)" in selection.text()  # the rows selected, as before
    dialog.format_buttons["atrs-json"].setChecked(True)
    assert "(2 AI systems)" in selection.text() and selection.isEnabled()
    selection.setChecked(True)
    dialog.path_edit.setText(str(out_dir / "two.json"))
    dialog.export()
    records = exported_json(out_dir / "two.json")["records"]
    assert [r["metadata"]["reference"] for r in records] == [
        systems[1].reference,
        systems[2].reference,
    ]
    dialog.format_buttons["pdf"].setChecked(True)
    assert "(3 activities)" in selection.text()  # the rows selected, as before


def test_no_two_controls_share_a_shortcut_letter(
    demo: Workspace, make_dialog: Callable[..., ExportDialog], out_dir: Path
) -> None:
    dialog = make_dialog(demo)
    export_to(dialog, out_dir / "p.zip", "pack")  # the result's buttons are shown too
    letters: dict[str, str] = {}
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        text = widget.text()
        match = re.search(r"&([^&])", text)
        if not match or not widget.isVisibleTo(dialog):
            continue
        letter = match.group(1).casefold()
        assert letter not in letters, (text, letters.get(letter))
        letters[letter] = text
