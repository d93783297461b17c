"""The main window: navigation, empty state, search and filters, actions, undo, accessibility."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from govkit.domain.enums import ActivityStatus, CatalogueKind, ChangeAction
from govkit.services.registers import RecordRow
from govkit.services.workspace import Workspace
from govkit.ui.main_window import MainWindow
from govkit.ui.models.register_model import Col
from govkit.ui.save_state import SaveState
from govkit.ui.views import register_page as register_page_module
from govkit.ui.views.register_page import RegisterPage
from govkit.ui.widgets.fields import (
    ChoiceField,
    FieldEditor,
    ListField,
    LongTextField,
    TextField,
)
from govkit.ui.widgets.form import FieldForm
from govkit.ui.widgets.part_table import PartsField
from govkit.ui.widgets.prompts import Prompts


class FakePrompts:
    """Answers questions without opening a modal dialog, and remembers them."""

    def __init__(self) -> None:
        self.answer = True
        self.questions: list[str] = []
        self.errors: list[str] = []

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        self.questions.append(text)
        return self.answer

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def close_open(self) -> None:
        pass


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def window(
    workspace: Workspace, qtbot: QtBot, settings: QSettings, prompts: FakePrompts
) -> Iterator[MainWindow]:
    w = MainWindow(workspace, settings=settings, prompts=prompts)  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


@pytest.fixture
def page(window: MainWindow) -> RegisterPage:
    return window.register_pages[0]


E = TypeVar("E", bound=FieldEditor)


def field(form_owner: RegisterPage | FieldForm, name: str, kind: type[E]) -> E:
    """The editor of one field, typed (fails here if the form made another kind of editor)."""
    form = form_owner.editor.form if isinstance(form_owner, RegisterPage) else form_owner
    editor = form.rows[name].editor
    assert isinstance(editor, kind), (name, type(editor))
    return editor


def add(ws: Workspace, window: MainWindow, **values: object) -> str:
    values.setdefault("department", "Library")
    record = ws.activities.create(values)
    window.dispatcher.flush()
    return record.id


def names(page: RegisterPage) -> list[str]:
    return [page.model.index(r, Col.NAME).data() for r in range(page.model.rowCount())]


# -- empty state -------------------------------------------------------------------------------


def test_empty_state_on_a_fresh_vault_and_gone_after_adding(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.isVisible()
    text = page.empty.text.text()
    assert "Article 30" in text and text.count(".") == 2  # two plain sentences
    assert page.empty.add_button.text() == "Add your first processing activity"
    assert page.empty.organisation_button.text() == "Fill in your organisation profile"

    qtbot.mouseClick(page.empty.add_button, Qt.MouseButton.LeftButton)
    assert not page.empty.isVisible()
    assert page.editor.is_new
    name = field(page, "name", TextField).focus_widget()
    assert name.hasFocus()
    qtbot.keyClicks(name, "School meals")
    field(page, "department", ChoiceField).combo.setEditText("Schools and education")
    qtbot.mouseClick(page.editor.apply_button, Qt.MouseButton.LeftButton)
    assert workspace.activities.count() == 1
    assert names(page) == ["School meals"]
    assert not page.empty.isVisible()


def test_discarding_the_first_record_brings_the_empty_state_back(
    page: RegisterPage, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.empty.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.editor.discard_button, Qt.MouseButton.LeftButton)
    assert page.empty.isVisible()


def test_empty_state_leads_to_the_organisation_profile(
    window: MainWindow, page: RegisterPage, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.empty.organisation_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.organisation_page
    name = window.organisation_page.form.rows["name"].editor
    assert name.value() == "City of Testville"
    # Focus arrives with the window's activation, which a busy machine may deliver late.
    qtbot.waitUntil(lambda: name.focus_widget().hasFocus(), timeout=5000)


# -- search and filters --------------------------------------------------------------------------


def test_search_filters_instantly_and_matches_any_field(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    add(
        workspace,
        window,
        name="Parking permits",
        recipients=[{"category": "processor", "name": "Permit Printing Ltd"}],
    )
    add(workspace, window, name="Library loans", retention="Two years after the last loan")
    add(workspace, window, name="CCTV", notes="Cameras at the Rathaus entrance")
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "printing")  # no waiting: each keystroke filters at once
    assert names(page) == ["Parking permits"]
    page.search.clear()
    qtbot.keyClicks(page.search, "RATHAUS")
    assert names(page) == ["CCTV"]
    page.search.clear()
    qtbot.keyClicks(page.search, "last loan")
    assert names(page) == ["Library loans"]
    assert page.count_label.text() == "1 of 3 records shown"


def test_empty_search_result_says_so_and_offers_to_clear(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    add(workspace, window, name="Parking permits")
    page.status_filter.setCurrentIndex(page.status_filter.findData("retired"))
    qtbot.keyClicks(page.search, "zebra crossing")
    assert page.model.rowCount() == 0
    assert page.table_stack.currentIndex() == 1
    assert page.no_match_label.isVisible()
    assert "No processing activity matches" in page.no_match_label.text()
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.status_filter.currentIndex() == 0
    assert names(page) == ["Parking permits"]
    assert page.table.isVisible()


def test_each_filter(window: MainWindow, page: RegisterPage, workspace: Workspace) -> None:
    add(
        workspace,
        window,
        name="Loans",
        department="Library",
        status="active",
        legal_bases=["Art. 6(1)(b) Contract"],
    )
    add(
        workspace,
        window,
        name="Events",
        department="Library",
        status="draft",
        legal_bases=["Art. 6(1)(a) Consent"],
    )
    old = add(workspace, window, name="Payroll", department="Human resources", status="active")
    workspace.activities.archive(old)
    window.dispatcher.flush()
    assert sorted(names(page)) == ["Events", "Loans"]

    dep = page.department_filter
    assert [dep.itemText(i) for i in range(dep.count())] == [
        "All departments",
        "Human resources",
        "Library",
    ]
    dep.setCurrentIndex(dep.findData("Human resources"))
    assert names(page) == []
    page.archived_box.setChecked(True)
    assert names(page) == ["Payroll"]
    dep.setCurrentIndex(0)
    assert sorted(names(page)) == ["Events", "Loans", "Payroll"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert names(page) == ["Events"]
    page.status_filter.setCurrentIndex(0)
    legal = page.legal_filter
    legal.setCurrentIndex(legal.findData("Art. 6(1)(b) Contract"))
    assert names(page) == ["Loans"]
    page.clear_filters()
    assert sorted(names(page)) == ["Events", "Loans"]


def test_processor_register_has_no_legal_basis_column_or_filter(window: MainWindow) -> None:
    proc = window.register_pages[1]
    assert proc.table.isColumnHidden(Col.LEGAL_BASIS)
    assert proc.legal_filter.isHidden()


def test_sort_by_clicking_the_header(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    add(workspace, window, name="Beta", reference="CR-10")
    add(workspace, window, name="alpha", reference="CR-9")
    add(workspace, window, name="Gamma", reference="CR-100")
    assert [page.model.index(r, Col.REFERENCE).data() for r in range(3)] == [
        "CR-9",
        "CR-10",
        "CR-100",
    ]  # natural order, not "CR-10" < "CR-100" < "CR-9"
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Col.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(page) == ["alpha", "Beta", "Gamma"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(page) == ["Gamma", "Beta", "alpha"]


def test_changes_made_elsewhere_update_the_table(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    rid = workspace.activities.create({"name": "Parking", "department": "Library"}).id
    qtbot.waitUntil(lambda: names(page) == ["Parking"])
    page.show_record(rid)
    workspace.activities.update(rid, {"name": "Parking permits"})
    qtbot.waitUntil(lambda: names(page) == ["Parking permits"])
    assert page.editor.title.text() == "Parking permits"  # the open editor follows
    workspace.activities.delete(rid)
    qtbot.waitUntil(lambda: page.model.total == 0)
    assert not page.editor.is_open


def test_bulk_changes_reload_the_list_once(
    window: MainWindow, page: RegisterPage, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_page_module, "BULK_RELOAD", 2)
    calls: list[int] = []
    original = workspace.activities.rows

    def counting_rows() -> list[RecordRow]:
        calls.append(1)
        return original()

    monkeypatch.setattr(workspace.activities, "rows", counting_rows)
    workspace.activities.create_many(
        {"name": f"Activity {n}", "department": "Library"} for n in range(5)
    )
    window.dispatcher.flush()
    assert calls == [1]
    assert page.model.total == 5


# -- actions -----------------------------------------------------------------------------------


def test_duplicate_archive_and_delete_with_confirmation(
    window: MainWindow, page: RegisterPage, workspace: Workspace, prompts: FakePrompts
) -> None:
    rid = add(workspace, window, name="Parking permits", reference="PK-1")
    page.show_record(rid)
    window.duplicate_action.trigger()
    assert sorted(names(page)) == ["Parking permits", "Parking permits (copy)"]
    copy_id = page.editor.record_id
    assert (
        copy_id is not None and copy_id != rid and workspace.activities.get(copy_id).reference == ""
    )

    window.archive_action.trigger()
    assert workspace.activities.get(copy_id).archived_at is not None
    assert names(page) == ["Parking permits"]  # archived rows are hidden
    assert window.archive_action.text() == "Un&archive"
    window.archive_action.trigger()
    assert workspace.activities.get(copy_id).archived_at is None

    prompts.answer = False
    window.delete_action.trigger()
    assert "“Parking permits (copy)”" in prompts.questions[-1]
    assert workspace.activities.count() == 2
    prompts.answer = True
    window.delete_action.trigger()
    assert workspace.activities.count() == 1
    assert names(page) == ["Parking permits"]
    assert page.editor.record_id == rid  # the next record is shown


def test_delete_key_in_the_table_asks_first(
    window: MainWindow, page: RegisterPage, workspace: Workspace, prompts: FakePrompts, qtbot: QtBot
) -> None:
    rid = add(workspace, window, name="Parking permits")
    page.show_record(rid)
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    prompts.answer = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert prompts.questions and "Parking permits" in prompts.questions[-1]
    assert workspace.activities.count() == 1


def test_undo_redo_create_update_archive_delete(
    window: MainWindow, page: RegisterPage, workspace: Workspace
) -> None:
    svc = workspace.activities
    page.new_record()
    field(page, "name", TextField).edit.setText("Parking permits")
    field(page, "department", ChoiceField).combo.setEditText("Library")
    assert page.editor.commit()
    [row] = svc.rows()
    rid = row.id
    assert window.undo_action.text() == "&Undo Add “Parking permits”"

    # update
    field(page, "retention", LongTextField).edit.setPlainText("Five years")
    window.apply_action.trigger()
    assert svc.get(rid).retention == "Five years"
    window.undo()
    assert svc.get(rid).retention == ""
    assert field(page, "retention", LongTextField).value() == ""
    window.redo()
    assert svc.get(rid).retention == "Five years"

    # archive
    window.archive_action.trigger()
    assert svc.get(rid).archived_at is not None
    window.undo()
    assert svc.get(rid).archived_at is None
    window.redo()
    assert svc.get(rid).archived_at is not None
    window.undo()

    # delete (the history survives a delete and its undo)
    window.delete_action.trigger()
    assert svc.count() == 0
    window.undo()
    assert svc.get(rid).name == "Parking permits"
    assert page.editor.record_id == rid
    actions = [e.action for e in svc.history(rid)]
    assert actions[0] == ChangeAction.RESTORE and ChangeAction.DELETE in actions
    window.redo()
    assert svc.count() == 0
    window.undo()

    # create: undo everything back to the start, then redo the create
    while window.undo_stack.canUndo():
        window.undo()
    assert svc.count() == 0
    assert page.empty.isVisible()
    window.redo()
    assert svc.get(rid).name == "Parking permits"
    assert svc.get(rid).retention == ""


def test_undo_applies_pending_typing_first(
    window: MainWindow, page: RegisterPage, workspace: Workspace
) -> None:
    rid = add(workspace, window, name="Loans")
    page.show_record(rid)
    field(page, "notes", LongTextField).edit.setPlainText("typed, not yet applied")
    window.undo()  # undoes exactly the typing, which can be redone
    assert workspace.activities.get(rid).notes == ""
    window.redo()
    assert workspace.activities.get(rid).notes == "typed, not yet applied"


def test_failed_undo_is_reported_not_raised(
    window: MainWindow, page: RegisterPage, workspace: Workspace, prompts: FakePrompts
) -> None:
    rid = add(workspace, window, name="Loans", reference="L-1")
    page.show_record(rid)
    window.delete_action.trigger()
    add(workspace, window, name="Other", reference="L-1")  # takes the reference meanwhile
    window.undo()
    assert prompts.errors and "L-1" in prompts.errors[-1]
    assert workspace.activities.count() == 1


def test_keyboard_only_create(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.empty.add_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.is_new
    qtbot.keyClicks(QApplication.focusWidget(), "Youth club membership")  # name has focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> reference
    qtbot.keyClicks(QApplication.focusWidget(), "YC-1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> department
    focus = QApplication.focusWidget()
    assert focus is field(page, "department", ChoiceField).combo
    qtbot.keyClicks(focus, "Culture and sport")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    record = workspace.activities.get(page.editor.record_id or "")
    assert (record.name, record.reference, record.department) == (
        "Youth club membership",
        "YC-1",
        "Culture and sport",
    )
    # Ctrl+F goes to the search field; Down moves into the table.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()


def test_actions_have_the_expected_shortcuts(window: MainWindow) -> None:
    def keys(action: QAction) -> list[str]:
        return [k.toString() for k in action.shortcuts()]

    assert keys(window.new_action) == ["Ctrl+N"]
    assert keys(window.save_action) == ["Ctrl+S"]
    assert keys(window.lock_action) == ["Ctrl+L"]
    assert keys(window.quit_action) == ["Ctrl+Q"]
    assert keys(window.undo_action) == ["Ctrl+Z"]
    assert keys(window.redo_action) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys(window.duplicate_action) == ["Ctrl+D"]
    assert keys(window.delete_action) == ["Del"]
    assert keys(window.find_action) == ["Ctrl+F"]
    assert keys(window.apply_action) == ["Ctrl+Return", "Ctrl+Enter"]
    menus = {
        k: [a.text() for a in m.actions() if not a.isSeparator()] for k, m in window.menus.items()
    }
    assert keys(window.save_as_action) == ["Ctrl+Shift+S"]
    assert keys(window.export_action) == ["Ctrl+E"]
    assert keys(window.import_action) == ["Ctrl+I"]
    assert keys(window.import_cnil_action) == ["Ctrl+Shift+I"]
    assert keys(window.import_aia_action) == ["Ctrl+Alt+I"]
    assert keys(window.assess_action) == ["Ctrl+Shift+A"]
    assert menus["file"] == [
        "&New activity",
        "&Save",
        "Save &As…",
        "&Import a spreadsheet…",
        "Import a &CNIL PIA file…",
        "Import a Canada AIA &file…",
        "&Export…",
        "&Verify an audit pack…",
        "&Lock",
        "&Close vault",
        "&Quit",
    ]
    assert {
        "&People and keys…",
        "Change my &passphrase…",
        "&Organisation profile",
        "&Catalogues",
        "&Settings…",
    } <= set(menus["vault"])
    assert menus["help"] == ["&About govkit"]


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("lock_action", "lockRequested"),
        ("save_action", "saveRequested"),
        ("close_vault_action", "closeVaultRequested"),
        ("quit_action", "quitRequested"),
        ("people_action", "peopleRequested"),
        ("passphrase_action", "changePassphraseRequested"),
        ("settings_action", "settingsRequested"),
        ("about_action", "aboutRequested"),
    ],
)
def test_vault_actions_emit_signals(
    window: MainWindow, qtbot: QtBot, action: str, signal: str
) -> None:
    with qtbot.waitSignal(getattr(window, signal), timeout=1000):
        getattr(window, action).trigger()


def test_closing_the_window_asks_the_controller(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.quitRequested, timeout=1000):
        window.close()
    assert window.isVisible()
    window.shutdown()
    assert not window.isVisible()


def test_save_state_indicator(window: MainWindow) -> None:
    indicator = window.save_indicator
    assert "All changes saved" in indicator.text()
    window.set_save_state(SaveState.SAVING)
    assert indicator.text() == "Saving…" and window.isWindowModified()
    window.set_save_state(SaveState.PENDING)
    assert indicator.text() == "Unsaved changes"
    window.set_save_state(SaveState.FAILED, "the disk is full")
    assert "Not saved: the disk is full" in indicator.text()
    assert indicator.accessibleName() == f"Save state: {indicator.text()}"
    window.set_save_state(SaveState.SAVED)
    assert not window.isWindowModified()


def test_save_applies_pending_edits_first(
    window: MainWindow, page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    rid = add(workspace, window, name="Loans")
    page.show_record(rid)
    field(page, "notes", LongTextField).edit.setPlainText("applied by Save")
    with qtbot.waitSignal(window.saveRequested, timeout=1000):
        window.save_action.trigger()
    assert workspace.activities.get(rid).notes == "applied by Save"


def test_close_transient_ui_dismisses_an_open_question(
    workspace: Workspace, qtbot: QtBot, settings: QSettings
) -> None:
    w = MainWindow(workspace, settings=settings)
    qtbot.addWidget(w)
    w.show()
    assert isinstance(w.prompts, Prompts)
    QTimer.singleShot(50, w.close_transient_ui)
    assert w.prompts.confirm("Delete record", "Delete “x”?", "Delete") is False
    w.shutdown()


def test_title_and_window_state_are_kept(
    window: MainWindow, workspace: Workspace, settings: QSettings, qtbot: QtBot
) -> None:
    assert "register.govkit" in window.windowTitle()
    window.resize(780, 560)  # within the offscreen screen (800x600), which bounds geometry
    window.splitter.setSizes([170, 610])
    before = window.splitter.sizes()
    window.shutdown()
    again = MainWindow(workspace, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size().width() == 780
    assert again.splitter.sizes() == before
    again.shutdown()


def test_sections_switch_with_sidebar_and_shortcut_actions(window: MainWindow) -> None:
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Processing activities (Art. 30(1))",
        "Processor activities (Art. 30(2))",
        "AI systems",
        "Assessments",
        "Organisation",
        "Catalogues",
    ]
    window.section_actions[1].trigger()
    assert window.current_page() is window.register_pages[1]
    window.section_actions[2].trigger()  # Ctrl+3
    assert window.current_page() is window.register_pages[2]
    window.section_actions[3].trigger()  # Ctrl+4
    assert window.current_page() is window.assessments_page
    window.sidebar.setCurrentRow(5)
    assert window.current_page() is window.catalogue_page
    window.organisation_action.trigger()
    assert window.current_page() is window.organisation_page


def test_invalid_edits_keep_the_user_on_the_page(
    window: MainWindow, page: RegisterPage, workspace: Workspace
) -> None:
    rid = add(workspace, window, name="Loans")
    page.show_record(rid)
    field(page, "name", TextField).edit.setText("")
    window.sidebar.setCurrentRow(2)
    assert window.current_page() is page
    assert window.sidebar.currentRow() == 0
    assert field(page, "name", TextField).value() == ""


def test_new_registers_are_one_definition(
    workspace: Workspace, qtbot: QtBot, settings: QSettings
) -> None:
    from govkit.ui.views.registers import REGISTERS

    w = MainWindow(workspace, settings=settings, registers=REGISTERS[:1])
    qtbot.addWidget(w)
    assert len(w.register_pages) == 1 and w.sidebar.count() == 4  # + assessments, org, lists
    w.shutdown()


# -- organisation and catalogues ------------------------------------------------------------------


def test_organisation_profile_edit_validate_and_undo(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    window.show_organisation()
    org = window.organisation_page
    field(org.form, "dpo_name", TextField).edit.setText("Grace Hopper")
    qtbot.mouseClick(org.apply_button, Qt.MouseButton.LeftButton)
    assert workspace.organisation.get().dpo_name == "Grace Hopper"
    field(org.form, "name", TextField).edit.setText("")
    assert not window.commit_pending_edits()
    assert "required" in org.form.rows["name"].message.text()
    assert workspace.organisation.get().name == "City of Testville"
    field(org.form, "name", TextField).edit.setText("City of Testville")
    window.undo()
    assert workspace.organisation.get().dpo_name == ""
    assert field(org.form, "dpo_name", TextField).value() == ""


def test_catalogue_view_marks_builtins_and_removes_added_entries(
    window: MainWindow, workspace: Workspace, prompts: FakePrompts, qtbot: QtBot
) -> None:
    window.show_catalogues(CatalogueKind.SYSTEM)
    cat = window.catalogue_page
    model = cat.model
    assert model.rowCount() == len(workspace.catalogues.labels(CatalogueKind.SYSTEM))
    assert model.index(0, 1).data() == "Built-in"
    cat.table.selectRow(0)
    assert not cat.remove_button.isEnabled()
    qtbot.keyClicks(cat.new_entry, "Allotment booking tool")
    qtbot.mouseClick(cat.add_button, Qt.MouseButton.LeftButton)
    row = model.row_of_label("Allotment booking tool")
    assert model.index(row, 1).data() == "Added by your organisation"
    qtbot.keyClicks(cat.new_entry, "ALLOTMENT booking tool")
    qtbot.mouseClick(cat.add_button, Qt.MouseButton.LeftButton)
    assert "already in the list" in cat.message.text()
    cat.table.selectRow(row)
    assert cat.remove_button.isEnabled()
    qtbot.mouseClick(cat.remove_button, Qt.MouseButton.LeftButton)
    assert "Allotment booking tool" in prompts.questions[-1]
    assert "Allotment booking tool" not in workspace.catalogues.labels(CatalogueKind.SYSTEM)


def test_catalogue_view_shows_the_dpia_list_with_the_source_of_each_entry(
    window: MainWindow, workspace: Workspace, qtbot: QtBot
) -> None:
    cat = window.catalogue_page
    kinds = [cat.kinds.item(n).text() for n in range(cat.kinds.count())]
    assert CatalogueKind.DPIA_REQUIRED.label in kinds
    window.show_catalogues(CatalogueKind.DPIA_REQUIRED)
    assert cat.kind is CatalogueKind.DPIA_REQUIRED
    model = cat.model
    assert model.rowCount() == len(workspace.catalogues.labels(CatalogueKind.DPIA_REQUIRED))
    assert model.index(0, 0).data() == "Large-scale processing of health data"
    assert model.index(0, 1).data() == "Built-in"
    assert "GDPR Art. 35(4)" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClicks(cat.new_entry, "Processing of data in a women's refuge")
    qtbot.mouseClick(cat.add_button, Qt.MouseButton.LeftButton)
    row = model.row_of_label("Processing of data in a women's refuge")
    assert row == model.rowCount() - 1
    assert model.index(row, 1).data() == "Added by your organisation"
    QApplication.processEvents()
    assert window.grab().save("/tmp/catalogues-dpia-list.png")


# -- accessibility and layout -------------------------------------------------------------------


def _focusable(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.focusProxy() is not None:  # the proxy target is checked itself
            continue
        parent = w.parentWidget()
        if isinstance(parent, QComboBox) and parent.lineEdit() is w:
            continue  # an editable combo's own line edit is named by the combo
        found.append(w)
    return found


def _accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_every_focusable_widget_has_an_accessible_name(
    window: MainWindow, workspace: Workspace
) -> None:
    rid = add(
        workspace,
        window,
        name="Parking permits",
        recipients=[{"category": "processor", "name": "Printer Ltd"}],
    )
    proc = workspace.processor_activities.create({"name": "Payroll", "department": "HR"}).id
    window.dispatcher.flush()
    unnamed: list[str] = []
    pages = [(0, rid), (1, proc), (2, None), (3, None)]
    for section, record in pages:
        window.go_to_section(section)
        page = window.current_page()
        if isinstance(page, RegisterPage) and record is not None:
            page.show_record(record)
        for tab in (0, 1) if isinstance(page, RegisterPage) else (0,):
            if isinstance(page, RegisterPage):
                page.editor.tabs.setCurrentIndex(tab)
            for w in _focusable(window):
                if not w.accessibleName():
                    unnamed.append(f"{type(w).__name__} {w.objectName()!r} (no setAccessibleName)")
                elif not _accessible_name(w):
                    unnamed.append(f"{type(w).__name__} {w.objectName()!r} (interface)")
    assert unnamed == [], "\n".join(unnamed)


def test_labels_have_buddies(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    page = window.register_pages[0]
    page.new_record()
    for label in page.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    for row in page.editor.form.rows.values():
        if row.label is not None:
            assert row.label.buddy() is row.editor.focus_widget(), row.spec.name


def test_buttons_are_reachable_with_tab(
    window: MainWindow, page: RegisterPage, qtbot: QtBot
) -> None:
    page.new_record()
    reachable: set[QWidget] = set()
    start = QApplication.focusWidget()
    assert start is not None
    for _ in range(400):
        w = QApplication.focusWidget()
        assert w is not None
        reachable.add(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    editor = page.editor
    for wanted in (
        field(editor.form, "recipients", PartsField).table,
        field(editor.form, "recipients", PartsField).add_button,
        field(editor.form, "legal_bases", ListField).combo,
        editor.form.rows["notes"].editor.focus_widget(),
        editor.discard_button,
        page.search,
        page.department_filter,
        window.sidebar,
    ):
        assert wanted in reachable, wanted.accessibleName()


@pytest.mark.parametrize("size", [(900, 600), (1600, 1000)])
def test_layout_fits_small_and_large_windows(
    window: MainWindow, workspace: Workspace, size: tuple[int, int], qtbot: QtBot
) -> None:
    rid = add(workspace, window, name="Parking permits")
    page = window.register_pages[0]
    page.show_record(rid)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()
    assert not page.editor.scroll_area.horizontalScrollBar().isVisible()
    assert not window.sidebar.horizontalScrollBar().isVisible()
    assert page.editor.apply_button.isVisible() and page.search.isVisible()
    for b in page.findChildren(QAbstractButton):
        if b.isVisible() and b.text():
            assert b.width() >= b.minimumSizeHint().width(), b.text()


def test_status_combo_uses_labels(window: MainWindow) -> None:
    combo = window.register_pages[0].status_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All statuses"] + [
        s.label for s in ActivityStatus
    ]
