"""The record editor: generated form, inline validation, pick lists, structured parts, history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

from govkit.domain.enums import ActivityStatus, CatalogueKind, ChangeAction
from govkit.domain.fields import CONTROLLER_FIELDS, CONTROLLER_GROUPS, PROCESSOR_FIELDS
from govkit.domain.parts import Recipient, Transfer
from govkit.services.workspace import Workspace
from govkit.storage import audit_chain
from govkit.ui.main_window import MainWindow
from govkit.ui.models.register_model import format_date
from govkit.ui.views.history import format_value
from govkit.ui.views.register_page import RegisterPage
from govkit.ui.widgets.fields import (
    BoolField,
    ChoiceField,
    DateField,
    FieldEditor,
    LinesField,
    ListField,
    LongTextField,
    StatusField,
    TextField,
)
from govkit.ui.widgets.form import FieldForm
from govkit.ui.widgets.part_table import PartsField


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
def window(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    w = MainWindow(workspace, settings=settings, prompts=FakePrompts())  # type: ignore[arg-type]
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


def test_form_is_generated_from_the_field_specs(page: RegisterPage) -> None:
    form = page.editor.form
    assert list(form.rows) == [s.name for s in CONTROLLER_FIELDS]
    kinds = {
        "name": TextField,
        "department": ChoiceField,
        "status": StatusField,
        "next_review": DateField,
        "purposes": LinesField,
        "legal_bases": ListField,
        "criminal_data": BoolField,
        "recipients": PartsField,
        "transfers": PartsField,
        "joint_controllers": PartsField,
    }
    for name, cls in kinds.items():
        assert isinstance(form.rows[name].editor, cls), name
    # Group headings carry their article; required fields are marked.
    headings = [box.accessibleName() for box in form.group_boxes.values()]
    assert "Identification — Art. 30(1)(a)" in headings
    assert "Recipients — Art. 30(1)(d)" in headings
    assert len(headings) == len(CONTROLLER_GROUPS)
    name_label = form.rows["name"].label
    assert name_label is not None and name_label.text().endswith("*")
    assert name_label.buddy() is form.rows["name"].editor.focus_widget()
    assert not form.rows["reference"].label.text().endswith("*")  # type: ignore[union-attr]
    help_label = form.rows["reference"].help_label
    assert help_label is not None and "CR-001" in help_label.text()


def test_processor_register_has_its_own_form(window: MainWindow) -> None:
    proc = window.register_pages[1]
    assert list(proc.editor.form.rows) == [s.name for s in PROCESSOR_FIELDS]
    assert isinstance(proc.editor.form.rows["controllers"].editor, PartsField)


def test_create_via_form_end_to_end(page: RegisterPage, workspace: Workspace, qtbot: QtBot) -> None:
    page.new_record()
    assert page.editor.is_new
    qtbot.keyClicks(field(page, "name", TextField).edit, "Issuing parking permits")
    dep = field(page, "department", ChoiceField)
    dep.combo.setEditText("Parking and mobility")
    qtbot.keyClicks(field(page, "contact", TextField).edit, "parking@city.example")
    status = field(page, "status", StatusField)
    status.combo.setCurrentIndex(status.combo.findData("active"))
    review = field(page, "next_review", DateField)
    review.none_box.setChecked(False)
    review.date_edit.setDate(QDate(2027, 3, 1))
    purposes = field(page, "purposes", LinesField).edit
    qtbot.keyClicks(purposes, "Issue permits")
    qtbot.keyClick(purposes, Qt.Key.Key_Return)
    qtbot.keyClicks(purposes, "Check residency")
    legal = field(page, "legal_bases", ListField)
    legal.combo.setEditText("Art. 6(1)(e) Public task or official authority")
    qtbot.mouseClick(legal.add_button, Qt.MouseButton.LeftButton)
    recipients = field(page, "recipients", PartsField)
    qtbot.mouseClick(recipients.add_button, Qt.MouseButton.LeftButton)
    model = recipients.model
    model.setData(model.index(0, 0), "processor")
    model.setData(model.index(0, 1), "Permit Printing Ltd")
    field(page, "no_transfers", BoolField).box.setChecked(True)
    assert page.editor.is_dirty
    assert page.editor.apply_button.isEnabled()

    qtbot.mouseClick(page.editor.apply_button, Qt.MouseButton.LeftButton)

    [record] = workspace.activities.all()
    assert record.name == "Issuing parking permits"
    assert record.department == "Parking and mobility"
    assert record.contact == "parking@city.example"
    assert record.status is ActivityStatus.ACTIVE
    assert record.next_review == date(2027, 3, 1)
    assert record.purposes == ["Issue permits", "Check residency"]
    assert record.legal_bases == ["Art. 6(1)(e) Public task or official authority"]
    assert record.recipients == [Recipient("processor", "Permit Printing Ltd")]
    assert record.no_transfers is True
    [entry] = workspace.activities.history(record.id)
    assert entry.action == ChangeAction.CREATE
    assert entry.actor == "Ada Lovelace"
    assert {c.field for c in audit_chain.changes_of(entry)} >= {"name", "recipients"}
    # The editor now shows the saved record, selected in the table.
    assert page.editor.record_id == record.id and not page.editor.is_dirty
    assert page.model.row_of(record.id) == page.table.currentIndex().row()


def test_validation_shown_inline_and_nothing_saved(
    page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    page.new_record()
    qtbot.keyClicks(field(page, "contact", TextField).edit, "someone@city.example")
    assert not page.editor.commit()
    assert workspace.activities.count() == 0
    name_row = page.editor.form.rows["name"]
    dep_row = page.editor.form.rows["department"]
    assert name_row.message.isVisibleTo(page) and "name is required" in name_row.message.text()
    assert "department is required" in dep_row.message.text()
    assert page.editor.banner.isVisibleTo(page)
    assert "2 problem" in page.editor.banner.text()
    assert "A name is required." in name_row.editor.focus_widget().accessibleDescription()
    # What was typed is still there, and the first problem field has the focus.
    assert field(page, "contact", TextField).value() == "someone@city.example"
    assert name_row.editor.focus_widget().hasFocus()
    # Correcting and applying clears the messages.
    qtbot.keyClicks(field(page, "name", TextField).edit, "Library loans")
    field(page, "department", ChoiceField).combo.setEditText("Library")
    assert page.editor.commit()
    assert workspace.activities.count() == 1
    assert name_row.message.isHidden() and page.editor.banner.isHidden()


def test_service_rule_problem_is_shown_under_its_field(
    page: RegisterPage, workspace: Workspace, window: MainWindow
) -> None:
    a = workspace.activities.create({"name": "A", "department": "Library", "reference": "X-1"})
    b = workspace.activities.create({"name": "B", "department": "Library"})
    window.dispatcher.flush()
    page.show_record(b.id)
    field(page, "reference", TextField).edit.setText("X-1")
    field(page, "recipients", PartsField).add_row()
    field(page, "no_recipients", BoolField).box.setChecked(True)
    assert not page.editor.commit()
    rows = page.editor.form.rows
    assert "cannot be ticked" in rows["no_recipients"].message.text()
    field(page, "no_recipients", BoolField).box.setChecked(False)
    assert not page.editor.commit()
    assert "already used" in rows["reference"].message.text()
    assert rows["no_recipients"].message.isHidden()
    assert workspace.activities.get(b.id).reference == ""
    assert workspace.activities.get(a.id).reference == "X-1"


def test_leaving_an_invalid_record_stays_on_it(
    window: MainWindow, page: RegisterPage, workspace: Workspace
) -> None:
    a = workspace.activities.create({"name": "Alpha", "department": "Library"})
    b = workspace.activities.create({"name": "Beta", "department": "Library"})
    window.dispatcher.flush()
    page.show_record(a.id)
    field(page, "name", TextField).edit.setText("")
    page.table.setCurrentIndex(page.model.index(page.model.row_of(b.id), 1))
    assert page.editor.record_id == a.id
    assert page.table.currentIndex().row() == page.model.row_of(a.id)
    assert field(page, "name", TextField).value() == ""  # nothing typed was thrown away
    assert "name is required" in page.editor.form.rows["name"].message.text()
    assert not window.commit_pending_edits()
    # Fixing it lets the user move on, and the change is saved on the way.
    field(page, "name", TextField).edit.setText("Alpha 2")
    page.table.setCurrentIndex(page.model.index(page.model.row_of(b.id), 1))
    assert page.editor.record_id == b.id
    assert workspace.activities.get(a.id).name == "Alpha 2"


def test_commit_pending_edits_applies_what_is_typed(
    window: MainWindow, page: RegisterPage, workspace: Workspace
) -> None:
    a = workspace.activities.create({"name": "Alpha", "department": "Library"})
    window.dispatcher.flush()
    page.show_record(a.id)
    field(page, "retention", LongTextField).edit.setPlainText("Five years")
    assert window.has_pending_edits()
    assert window.commit_pending_edits()
    assert workspace.activities.get(a.id).retention == "Five years"
    assert not window.has_pending_edits()


def test_discard_restores_the_saved_values(
    page: RegisterPage, workspace: Workspace, window: MainWindow, qtbot: QtBot
) -> None:
    a = workspace.activities.create({"name": "Alpha", "department": "Library"})
    window.dispatcher.flush()
    page.show_record(a.id)
    field(page, "name", TextField).edit.setText("Typo")
    qtbot.mouseClick(page.editor.discard_button, Qt.MouseButton.LeftButton)
    assert field(page, "name", TextField).value() == "Alpha"
    assert not page.editor.is_dirty


def test_completeness_panel_lists_missing_items_live(page: RegisterPage) -> None:
    page.new_record()
    panel = page.editor.completeness
    assert "Purposes" in panel.missing.text()
    assert "Retention periods" in panel.missing.text()
    field(page, "retention", LongTextField).edit.setPlainText("Two years")
    assert "Retention periods" not in panel.missing.text()
    assert "%" in panel.title.text()


def test_catalogue_add_appears_in_the_editors_pick_list(
    window: MainWindow, page: RegisterPage, qtbot: QtBot
) -> None:
    page.new_record()
    dep = field(page, "department", ChoiceField)
    assert dep.combo.findText("Allotments office") < 0
    window.show_catalogues(CatalogueKind.DEPARTMENT)
    cat = window.catalogue_page
    qtbot.keyClicks(cat.new_entry, "Allotments office")
    qtbot.keyClick(cat.new_entry, Qt.Key.Key_Return)
    assert "Allotments office" in window.workspace.catalogues.labels(CatalogueKind.DEPARTMENT)
    assert dep.combo.findText("Allotments office") >= 0
    assert (
        field(window.register_pages[1], "department", ChoiceField).combo.findText(
            "Allotments office"
        )
        >= 0
    )


def test_add_to_catalogue_from_the_field(
    page: RegisterPage, window: MainWindow, qtbot: QtBot
) -> None:
    page.new_record()
    systems = field(page, "systems", ListField)
    assert not systems.catalogue_button.isEnabled()
    systems.combo.setEditText("Allotment booking tool")
    assert systems.catalogue_button.isEnabled()
    qtbot.mouseClick(systems.catalogue_button, Qt.MouseButton.LeftButton)
    assert "Allotment booking tool" in window.workspace.catalogues.labels(CatalogueKind.SYSTEM)
    assert systems.value() == ["Allotment booking tool"]
    assert systems.combo.findText("Allotment booking tool") >= 0
    # A second time: it is already there, so the button is off and a message explains.
    systems.combo.setEditText("allotment booking tool")
    assert not systems.catalogue_button.isEnabled()
    qtbot.keyClick(systems.combo.lineEdit(), Qt.Key.Key_Return)
    row = page.editor.form.rows["systems"]
    assert "already in the list" in row.message.text()
    assert systems.value() == ["Allotment booking tool"]


def test_free_text_choice_and_list_values(page: RegisterPage, qtbot: QtBot) -> None:
    page.new_record()
    dep = field(page, "department", ChoiceField)
    qtbot.keyClicks(dep.combo.lineEdit(), "Office of the mayor")
    assert dep.value() == "Office of the mayor"
    subjects = field(page, "data_subject_categories", ListField)
    qtbot.keyClicks(subjects.combo.lineEdit(), "Market traders")
    qtbot.keyClick(subjects.combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(subjects.combo.lineEdit(), "Residents")
    qtbot.keyClick(subjects.combo.lineEdit(), Qt.Key.Key_Return)
    assert subjects.value() == ["Market traders", "Residents"]
    subjects.list.setCurrentRow(0)
    qtbot.keyClick(subjects.list, Qt.Key.Key_Delete)
    assert subjects.value() == ["Residents"]
    assert page.editor.is_new  # Delete removed the value, not a record


def test_choosing_from_the_drop_down_adds_the_entry(page: RegisterPage, qtbot: QtBot) -> None:
    page.new_record()
    subjects = field(page, "data_subject_categories", ListField)
    subjects.combo.setFocus()
    subjects.combo.showPopup()
    view = subjects.combo.view()
    qtbot.waitUntil(view.isVisible)
    index = subjects.combo.model().index(subjects.combo.findText("Tenants"), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert subjects.value() == ["Tenants"]
    assert subjects.combo.currentText() == ""
    assert page.editor.is_dirty


def test_structured_parts_add_edit_remove(
    page: RegisterPage, workspace: Workspace, qtbot: QtBot
) -> None:
    a = workspace.activities.create({"name": "Cloud mail", "department": "IT services"})
    page.show_record(a.id)
    transfers = field(page, "transfers", PartsField)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(transfers.add_button, Qt.MouseButton.LeftButton)
    m = transfers.model
    assert m.rowCount() == 2
    m.setData(m.index(0, 0), "United States")
    m.setData(m.index(0, 2), "Art. 46(2)(c) Standard contractual clauses")
    m.setData(m.index(1, 0), "Bangladesh")
    transfers.table.selectRow(1)
    qtbot.mouseClick(transfers.remove_button, Qt.MouseButton.LeftButton)
    assert m.rowCount() == 1
    assert page.editor.commit()
    assert workspace.activities.get(a.id).transfers == [
        Transfer(country="United States", safeguard="Art. 46(2)(c) Standard contractual clauses")
    ]


def test_part_cell_editor_offers_the_pick_list(page: RegisterPage, qtbot: QtBot) -> None:
    page.new_record()
    recipients = field(page, "recipients", PartsField)
    recipients.add_row()  # starts editing the first free-text cell (the recipient's name)
    table = recipients.table
    editor = table.focusWidget()
    from PySide6.QtWidgets import QComboBox

    assert isinstance(editor, QComboBox)
    assert editor.findText("Tax authority") >= 0
    assert editor.accessibleName() == "Recipient"
    editor.setEditText("")
    qtbot.keyClicks(editor, "Regional archive")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event turn
    qtbot.waitUntil(lambda: recipients.value() == [Recipient("internal", "Regional archive")])


def test_date_with_none_option(
    page: RegisterPage, workspace: Workspace, window: MainWindow
) -> None:
    a = workspace.activities.create(
        {"name": "A", "department": "Library", "next_review": "2027-01-31"}
    )
    window.dispatcher.flush()
    page.show_record(a.id)
    review = field(page, "next_review", DateField)
    assert review.value() == date(2027, 1, 31) and review.date_edit.isEnabled()
    review.none_box.setChecked(True)
    assert review.value() is None and not review.date_edit.isEnabled()
    assert page.editor.commit()
    assert workspace.activities.get(a.id).next_review is None


def test_history_tab_shows_field_before_and_after(
    page: RegisterPage, workspace: Workspace, window: MainWindow
) -> None:
    a = workspace.activities.create(
        {
            "name": "Parking permits",
            "department": "Parking and mobility",
            "retention": "2 years",
            "legal_bases": ["Art. 6(1)(e) Public task or official authority"],
            "recipients": [{"category": "processor", "name": "Printer Ltd"}],
        }
    )
    window.dispatcher.flush()
    page.show_record(a.id)
    field(page, "retention", LongTextField).edit.setPlainText("5 years")
    field(page, "status", StatusField).combo.setCurrentIndex(1)
    legal = field(page, "legal_bases", ListField)
    legal.add_value("Art. 6(1)(c) Legal obligation")
    assert page.editor.commit()
    page.editor.tabs.setCurrentIndex(1)
    text = page.editor.history.toPlainText()
    assert "Retention periods or criteria: 2 years → 5 years" in text
    assert "Status: Draft → Active" in text
    # Long values get lines of their own instead of one long line with an arrow.
    assert (
        "Legal basis (Art. 6):\n   Before: Art. 6(1)(e) Public task or official authority\n"
        "   After: Art. 6(1)(e) Public task or official authority, "
        "Art. 6(1)(c) Legal obligation"
    ) in text
    assert "Ada Lovelace — Changed" in text
    assert "Ada Lovelace — Created" in text
    assert "Recipients: Printer Ltd (Processor)" in text
    assert "{" not in text and "[" not in text  # readable, not JSON
    assert text.index("Changed") < text.index("Created")  # newest first


def test_history_values_are_readable() -> None:
    specs = {s.name: s for s in CONTROLLER_FIELDS}
    assert format_value("criminal_data", True, specs) == "Yes"
    assert format_value("status", "retired", specs) == "Retired"
    assert format_value("purposes", [], specs) == "(empty)"
    assert format_value("next_review", "2027-03-01", specs) == format_date(date(2027, 3, 1))
    assert (
        format_value(
            "transfers", [{"country": "US", "recipient": "Mailer Inc", "safeguard": "SCC"}], specs
        )
        == "US (Mailer Inc): SCC"
    )


def test_bool_text_wraps_and_clicking_it_ticks_the_box(page: RegisterPage, qtbot: QtBot) -> None:
    page.new_record()
    box = field(page, "no_recipients", BoolField)
    assert isinstance(box.text, QLabel) and box.text.wordWrap()
    assert isinstance(box.box, QCheckBox)
    page.editor.scroll_area.ensureWidgetVisible(box)
    qtbot.mouseClick(box.text, Qt.MouseButton.LeftButton)
    assert box.value() is True
    assert box.box.accessibleName() == box.spec.label
