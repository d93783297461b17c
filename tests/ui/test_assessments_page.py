"""The Assessments section: the list, the questionnaire editor, the workflow and its dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from govkit.assessments import Definition, parse_definition
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus, SectionVerdict
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.ui.models.assessment_model import ACol, column_title
from govkit.ui.views.assessments_page import AssessmentsPage
from govkit.ui.views.changes import ChangeDispatcher
from govkit.ui.views.questionnaire_editor import QuestionWidget

SIZES = ((900, 600), (1400, 900))

# The demo's: 10 of processing activities, 11 of AI systems (demo_ai_assessments.py).
DEMO_ASSESSMENTS = 21


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        return True

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


def _make_page(
    ws: Workspace, qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts
) -> AssessmentsPage:
    page = AssessmentsPage(ws, qsettings, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(
    demo: Workspace, qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts
) -> Iterator[AssessmentsPage]:
    yield _make_page(demo, qtbot, qsettings, prompts)


def _service(page: AssessmentsPage) -> AssessmentService:
    return page.service


def _activity_id(ws: Workspace, name: str) -> str:
    return next(r.id for r in ws.activities.rows() if r.name == name and not r.archived)


def _row_by_reference(page: AssessmentsPage, reference: str) -> int:
    model = page.model
    return next(
        n
        for n in range(model.rowCount())
        if model.data(model.index(n, ACol.REFERENCE)) == reference
    )


def _id_of(page: AssessmentsPage, reference: str) -> str:
    return page.model.row_at(_row_by_reference(page, reference)).id


def _widget(page: AssessmentsPage, question_id: str) -> QuestionWidget:
    return page.editor.question_widgets[question_id]


def _radio(widget: QuestionWidget, value: object) -> QRadioButton:
    button = next(b for b in widget.buttons if b.property("answer") == value)
    assert isinstance(button, QRadioButton)
    return button


def _click(qtbot: QtBot, button: Any) -> None:
    """Click a button; radio buttons and check boxes on their indicator (their row may be wider
    than the part that takes clicks)."""
    if isinstance(button, QRadioButton | QCheckBox):
        pos = QPoint(8, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_screening(page: AssessmentsPage, activity: str = "Citizen newsletter") -> str:
    row = _service(page).start(
        AssessmentKind.DPIA_SCREENING,
        subject_type="controller_activity",
        subject_id=_activity_id(page.workspace, activity),
    )
    page.reload()
    assert page.show_assessment(row.id)
    return row.id


def _answer_screening(page: AssessmentsPage, qtbot: QtBot, yes: tuple[str, ...] = ()) -> None:
    editor = page.editor
    editor.show_section("criteria")
    for qid in [q.id for q in editor.definition.section("criteria").questions]:  # type: ignore[union-attr]
        _click(qtbot, _radio(_widget(page, qid), "yes" if qid in yes else "no"))
    editor.show_section("mandatory")
    _click(qtbot, _radio(_widget(page, "authority_list"), "no"))
    none_box = next(b for b in _widget(page, "art35_3").buttons if b.property("answer") == "none")
    _click(qtbot, none_box)


ALL_TYPES: dict[str, Any] = {
    "id": "all-types",
    "version": 1,
    "kind": "dpia",
    "title": {"en": "All types"},
    "languages": ["en"],
    "sections": [
        {
            "id": "s1",
            "title": {"en": "First"},
            "questions": [
                {"id": "yn", "type": "yes_no", "text": {"en": "Yes or no?"}, "required": True},
                {
                    "id": "why",
                    "type": "text",
                    "text": {"en": "Why yes?"},
                    "condition": {"question": "yn", "equals": "yes"},
                },
                {
                    "id": "num",
                    "type": "number",
                    "text": {"en": "How many?"},
                    "min": 0,
                    "max": 100,
                    "guidance": {"en": "Count them."},
                    "cites": ["GDPR Art. 1"],
                },
                {"id": "when", "type": "date", "text": {"en": "When?"}},
                {
                    "id": "level",
                    "type": "gauge",
                    "text": {"en": "How bad?"},
                    "levels": [
                        {"en": "Negligible"},
                        {"en": "Limited"},
                        {"en": "Significant"},
                        {"en": "Maximum"},
                    ],
                },
                {"id": "tags", "type": "list", "text": {"en": "Which systems?"}},
                {
                    "id": "many",
                    "type": "multiple_choice",
                    "text": {"en": "Which?"},
                    "options": [
                        {"id": "a", "label": {"en": "A"}},
                        {"id": "b", "label": {"en": "B"}},
                        {"id": "none", "label": {"en": "None"}, "exclusive": True},
                    ],
                },
                {
                    "id": "pick",
                    "type": "single_choice",
                    "text": {"en": "Pick one"},
                    "options": [{"id": f"o{n}", "label": {"en": f"Option {n}"}} for n in range(8)],
                },
            ],
        },
        {
            "id": "s2",
            "title": {"en": "Second"},
            "questions": [{"id": "long", "type": "long_text", "text": {"en": "Tell more"}}],
        },
    ],
}


def _all_types(page: AssessmentsPage) -> str:
    definition: Definition = parse_definition(ALL_TYPES, source="test")
    row = _service(page).start(
        AssessmentKind.DPIA,
        subject_type="controller_activity",
        subject_id=_activity_id(page.workspace, "Citizen newsletter"),
        definition=definition,
    )
    page.reload()
    assert page.show_assessment(row.id)
    return row.id


def _shot(widget: Any, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    QApplication.processEvents()
    path = f"/tmp/assessments-{name}-{size[0]}x{size[1]}.png"
    assert widget.grab().save(path)
    image = QImage(path)
    assert (image.width(), image.height()) == size


# -- the list ---------------------------------------------------------------------------------


def test_demo_list_shows_the_assessments_with_their_columns(page: AssessmentsPage) -> None:
    model = page.model
    assert model.rowCount() == DEMO_ASSESSMENTS
    assert page.stack.currentIndex() == 1
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in ACol] == [
        column_title(c) for c in ACol
    ]
    n = _row_by_reference(page, "DPIA-001")
    texts = [model.data(model.index(n, c)) for c in ACol]
    assert texts[ACol.TYPE] == "DPIA"
    assert texts[ACol.SUBJECT] == "CCTV on the central station square"
    assert texts[ACol.STATUS] == AssessmentStatus.APPROVED.label
    assert texts[ACol.OWNER] == "Katrin Vogel"
    assert texts[ACol.NEXT_REVIEW]
    screening = _row_by_reference(page, "SCR-001")
    assert model.data(model.index(screening, ACol.TYPE)) == "Screening"
    assert model.data(model.index(screening, ACol.OUTCOME)) == "DPIA required"
    assert f"{DEMO_ASSESSMENTS} assessments" in page.count_label.text()


def test_overdue_review_is_red_with_a_tooltip(page: AssessmentsPage) -> None:
    model = page.model
    model.today = lambda: date(2100, 1, 1)
    n = _row_by_reference(page, "DPIA-001")
    index = model.index(n, ACol.NEXT_REVIEW)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "overdue" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    model.today = lambda: date(2000, 1, 1)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None


def test_filters_and_sorting(page: AssessmentsPage) -> None:
    model = page.model
    page.type_filter.setCurrentIndex(page.type_filter.findData(AssessmentKind.DPIA.value))
    assert model.rowCount() == 3
    assert f"3 of {DEMO_ASSESSMENTS}" in page.count_label.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData(AssessmentStatus.APPROVED.value))
    assert model.rowCount() == 1
    page.clear_filters()
    assert model.rowCount() == DEMO_ASSESSMENTS
    page.search.setText("cctv")
    # the station square's screening and DPIA, and the CCTV analytics proposal's classification
    found = {model.row_at(n).reference for n in range(model.rowCount())}
    assert found == {"SCR-001", "DPIA-001", "AIC-006"}
    page.clear_filters()
    page.table.sortByColumn(ACol.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).reference == "SCR-007"
    page.table.sortByColumn(ACol.STATUS, Qt.SortOrder.AscendingOrder)
    assert model.row_at(0).status is AssessmentStatus.DRAFT


def test_selecting_a_row_opens_the_assessment(page: AssessmentsPage, qtbot: QtBot) -> None:
    n = _row_by_reference(page, "SCR-002")
    page.table.setCurrentIndex(page.model.index(n, ACol.SUBJECT))
    assert page.editor.assessment_id == page.model.row_at(n).id
    assert "SCR-002" in page.editor.title.text()


# -- answering --------------------------------------------------------------------------------


def test_answering_a_screening_updates_the_outcome(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _new_screening(page)
    editor = page.editor
    assert "not known yet" in editor.outcome_label.text()
    _click(qtbot, _radio(_widget(page, "c3_systematic_monitoring"), "yes"))
    _click(qtbot, _radio(_widget(page, "c5_large_scale"), "yes"))
    answers = _service(page).answers(_service(page).get(assessment_id))
    assert answers["c3_systematic_monitoring"].value == "yes"
    assert answers["c5_large_scale"].value == "yes"
    assert "DPIA required" in editor.outcome_label.text()
    assert "so far" in editor.outcome_label.text()
    _answer_screening(page, qtbot, yes=("c3_systematic_monitoring", "c5_large_scale"))
    assert editor.outcome_label.text() == "Outcome: DPIA required"
    assert editor.reasons.text()
    assert editor.submit_button.isEnabled()
    # The list shows the outcome at once.
    n = page.model.row_of(assessment_id)
    assert page.model.data(page.model.index(n, ACol.OUTCOME)) == "DPIA required"


def test_exclusive_option_and_note(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _all_types(page)
    many = _widget(page, "many")
    boxes = {b.property("answer"): b for b in many.buttons}
    assert all(isinstance(b, QCheckBox) for b in boxes.values())
    _click(qtbot, boxes["a"])
    _click(qtbot, boxes["b"])
    _click(qtbot, boxes["none"])
    assert not boxes["a"].isChecked() and not boxes["b"].isChecked()
    answers = _service(page).answers(_service(page).get(assessment_id))
    assert answers["many"].value == ("none",)
    _click(qtbot, boxes["a"])
    assert not boxes["none"].isChecked()
    note = many.note
    assert note is not None
    qtbot.keyClicks(note, "Checked with IT")
    many.flush()
    answers = _service(page).answers(_service(page).get(assessment_id))
    assert answers["many"] == answers["many"].__class__(("a",), "Checked with IT")


def test_every_question_type_saves(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _all_types(page)
    level = _widget(page, "level")
    _click(qtbot, _radio(level, 3))
    assert "Significant" in _radio(level, 3).text()
    pick = _widget(page, "pick")
    assert pick.combo is not None  # eight options: a drop-down
    pick.combo.setCurrentIndex(pick.combo.findData("o5"))
    tags = _widget(page, "tags")
    assert tags.plain is not None
    tags.plain.setPlainText("Accounting\n\nCameras\n")
    tags.flush()
    when = _widget(page, "when")
    assert when.date_edit is not None
    assert when.value() is None
    when.date_edit.setDate(when.date_edit.date().fromString("2026-03-31", "yyyy-MM-dd"))
    when.flush()
    answers = _service(page).answers(_service(page).get(assessment_id))
    assert answers["level"].value == 3
    assert answers["pick"].value == "o5"
    assert answers["tags"].value == ("Accounting", "Cameras")
    assert answers["when"].value == "2026-03-31"
    assert when.clear_button is not None
    _click(qtbot, when.clear_button)
    answers = _service(page).answers(_service(page).get(assessment_id))
    assert "when" not in answers


def test_conditional_question_appears_when_its_condition_holds(
    page: AssessmentsPage, qtbot: QtBot
) -> None:
    _all_types(page)
    why = _widget(page, "why")
    assert why.isHidden()
    _click(qtbot, _radio(_widget(page, "yn"), "yes"))
    assert not why.isHidden()
    _click(qtbot, _radio(_widget(page, "yn"), "no"))
    assert why.isHidden()


def test_conditional_section_of_the_screening(page: AssessmentsPage, qtbot: QtBot) -> None:
    _new_screening(page)
    editor = page.editor
    assert editor._tree_items["decision"].isHidden()
    _answer_screening(page, qtbot, yes=("c8_innovative_use",))
    assert not editor._tree_items["decision"].isHidden()
    assert "decision" in editor.sections_in_order()
    assert "Consider a DPIA" in editor.outcome_label.text()
    assert "so far" in editor.outcome_label.text()  # the reasoning is still required


def test_invalid_number_keeps_the_text_and_shows_the_message(
    page: AssessmentsPage, qtbot: QtBot
) -> None:
    assessment_id = _all_types(page)
    num = _widget(page, "num")
    assert num.number is not None
    num.number.setFocus()
    qtbot.keyClicks(num.number, "250")
    qtbot.keyClick(num.number, Qt.Key.Key_Return)
    num.flush()
    assert num.number.text_value() == "250"
    assert num.message.isVisible()
    assert num.message.text() == "Enter a number from 0 to 100."
    assert "num" not in _service(page).answers(_service(page).get(assessment_id))
    assert page.has_pending_edits()
    assert not page.commit_pending_edits()
    for size in SIZES:
        _shot(page, "question-types", size)
    num.number.lineEdit().clear()
    qtbot.keyClicks(num.number, "42")
    num.flush()
    assert not num.message.isVisible()
    assert _service(page).answers(_service(page).get(assessment_id))["num"].value == 42
    assert not page.has_pending_edits()


def test_guidance_panel_follows_the_selected_question(page: AssessmentsPage, qtbot: QtBot) -> None:
    _all_types(page)
    num = _widget(page, "num")
    assert num.number is not None
    num.number.setFocus()
    qtbot.waitUntil(lambda: page.editor.selected_question is num.question)
    assert page.editor.guidance.text.text() == "Count them."
    assert "GDPR Art. 1" in page.editor.guidance.cites.text()


def test_ctrl_page_down_moves_between_sections(page: AssessmentsPage, qtbot: QtBot) -> None:
    _all_types(page)
    editor = page.editor
    assert editor.section_id == "s1"
    _widget(page, "yn").focus_widget().setFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert editor.section_id == "s2"
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert editor.section_id == "s1"


def test_typed_text_is_saved_after_a_pause(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _all_types(page)
    editor = page.editor
    editor.show_section("s2")
    long = _widget(page, "long")
    assert long.plain is not None
    long.timer.setInterval(10)
    qtbot.keyClicks(long.plain, "The cameras")
    assert page.has_pending_edits()
    qtbot.waitUntil(lambda: not page.has_pending_edits())
    assert _service(page).answers(_service(page).get(assessment_id))["long"].value == "The cameras"


# -- read-only and versions ---------------------------------------------------------------------


def test_approved_assessment_is_read_only_and_gets_a_new_version(
    page: AssessmentsPage, qtbot: QtBot
) -> None:
    page.show_assessment(_id_of(page, "DPIA-001"))
    editor = page.editor
    assert editor.read_only
    assert editor.banner.isVisible() and "Approved" in editor.banner.text()
    processing = _widget(page, "processing")
    assert processing.plain is not None and processing.plain.isReadOnly()
    assert editor.new_version_button.isVisible()
    assert not editor.submit_button.isVisible()
    _click(qtbot, editor.new_version_button)
    new = _service(page).get(editor.assessment_id or "")
    assert new.version == 2 and new.status == AssessmentStatus.DRAFT
    assert not editor.read_only
    assert not editor.banner.isVisible()
    assert page.model.rowCount() == DEMO_ASSESSMENTS + 1
    n = page.model.row_of(new.id)
    assert page.model.data(page.model.index(n, ACol.REFERENCE)) == "DPIA-001 v2"
    assert page.table.currentIndex().row() == n


def test_answering_a_read_only_assessment_is_impossible(page: AssessmentsPage) -> None:
    page.show_assessment(_id_of(page, "SCR-001"))
    widget = _widget(page, "c1_evaluation_scoring")
    assert all(not b.isEnabled() for b in widget.buttons)


# -- the workflow -------------------------------------------------------------------------------


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_submit_review_verdicts_and_approve(
    page: AssessmentsPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    assessment_id = _new_screening(page)
    editor = page.editor
    assert not editor.submit_button.isEnabled()
    _answer_screening(page, qtbot)
    _click(qtbot, editor.submit_button)
    assert _service(page).get(assessment_id).status == AssessmentStatus.SUBMITTED
    assert editor.read_only and editor.start_review_button.isVisible()
    _click(qtbot, editor.start_review_button)
    assert _service(page).get(assessment_id).status == AssessmentStatus.UNDER_REVIEW
    assert editor.approve_button.isVisible() and editor.reject_button.isVisible()

    editor.show_section("criteria")
    box = editor.review_box
    assert box.isVisible()
    _click(qtbot, box.radios[SectionVerdict.ACCEPTABLE])
    _click(qtbot, box.record_button)
    editor.show_section("mandatory")
    _click(qtbot, editor.review_box.radios[SectionVerdict.IMPROVABLE])
    _click(qtbot, editor.review_box.record_button)  # no comment: refused
    assert prompts.errors and "improved" in prompts.errors[-1]
    editor.review_box.comment.setText("Check the authority's list again")
    _click(qtbot, editor.review_box.record_button)
    row = _service(page).get(assessment_id)
    assert {r.section: r.verdict for r in row.reviews} == {
        "criteria": "acceptable",
        "mandatory": "improvable",
    }
    assert "✓" in editor._tree_items["criteria"].text(1)

    dialog = editor.approve()
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == "Ada Lovelace"
    dialog.role_edit.setText("Data protection officer")
    dialog.accept()
    row = _service(page).get(assessment_id)
    assert row.status == AssessmentStatus.APPROVED
    assert row.signoffs[-1].name == "Ada Lovelace"
    assert row.signoffs[-1].role == "Data protection officer"
    assert row.next_review is not None
    assert editor.read_only and editor.new_version_button.isVisible()


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_reject_requires_a_reason(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _new_screening(page)
    _answer_screening(page, qtbot)
    editor = page.editor
    editor.submit()
    editor.start_review()
    dialog = editor.reject()
    assert dialog is not None
    dialog.role_edit.setText("Data protection officer")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.isVisible() and "reason" in dialog.message.text()
    assert _service(page).get(assessment_id).status == AssessmentStatus.UNDER_REVIEW
    dialog.reason_edit.setPlainText("The criteria were answered for the wrong system.")
    dialog.changes_edit.setPlainText("Answer again for the new newsletter tool.")
    dialog.accept()
    row = _service(page).get(assessment_id)
    assert row.status == AssessmentStatus.REJECTED
    assert row.signoffs[-1].reason == "The criteria were answered for the wrong system."
    assert "wrong system" in editor.banner.text()
    # A rejected assessment may be reworked: the answers are editable again.
    assert not editor.read_only
    assert editor.new_version_button.isVisible()


def test_workflow_errors_are_messages(page: AssessmentsPage, prompts: FakePrompts) -> None:
    page.show_assessment(_id_of(page, "DPIA-002"))
    page.editor.submit()  # required questions unanswered
    assert prompts.errors and "required questions" in prompts.errors[-1]


# -- starting -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_start_a_screening_from_the_dialog(page: AssessmentsPage) -> None:
    dialog = page.start_assessment()
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind is AssessmentKind.DPIA_SCREENING
    activity = _activity_id(page.workspace, "Library membership and loans")
    assert dialog.select_activity("controller_activity", activity)
    assert dialog.title_text() == "DPIA screening: Library membership and loans"
    dialog.accept()
    assert page.model.rowCount() == DEMO_ASSESSMENTS + 1
    row = _service(page).get(page.editor.assessment_id or "")
    assert row.reference == "SCR-008"
    assert row.subject_id == activity
    assert row.title == "DPIA screening: Library membership and loans"
    assert page.editor.section_id == "criteria"


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_start_for_an_activity_that_needs_a_dpia_suggests_a_dpia(page: AssessmentsPage) -> None:
    activity = _activity_id(page.workspace, "Fingerprint login at library self-service kiosks")
    dialog = page.start_assessment(subject_type="controller_activity", subject_id=activity)
    assert dialog is not None
    assert dialog.kind is AssessmentKind.DPIA
    assert dialog.subject() == ("controller_activity", activity)
    dialog.reject()
    assert page.model.rowCount() == DEMO_ASSESSMENTS


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_empty_state_on_an_empty_workspace(
    workspace: Workspace, qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts
) -> None:
    page = _make_page(workspace, qtbot, qsettings, prompts)
    assert page.stack.currentIndex() == 0
    assert "DPIA" in page.empty.text.text()
    _click(qtbot, page.empty.start_button)
    dialog = page.start_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind is AssessmentKind.DPIA_SCREENING
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.message.isVisible()
    dialog.reject()
    for size in SIZES:
        _shot(page, "empty", size)


def test_changes_made_elsewhere_reach_the_page(page: AssessmentsPage, demo: Workspace) -> None:
    dispatcher = ChangeDispatcher(demo.ctx, page)
    dispatcher.register("assessment", page.apply_changes)
    page.show_assessment(_id_of(page, "DPIA-002"))
    _service(page).answer(page.editor.assessment_id or "", "responsibilities", "The city")
    dispatcher.flush()
    assert page.editor.answers["responsibilities"].value == "The city"
    _service(page).start(
        AssessmentKind.DPIA_SCREENING,
        subject_type="controller_activity",
        subject_id=_activity_id(demo, "Citizen newsletter"),
    )
    dispatcher.flush()
    assert page.model.rowCount() == DEMO_ASSESSMENTS + 1
    dispatcher.close()


def test_accessible_names(page: AssessmentsPage) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    _all_types(page)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)
    checked = 0
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView):
            continue  # Qt's own parts of a combo box, spin box or table
        assert widget.accessibleName(), widget
        checked += 1
    assert checked > 20


# -- screenshots --------------------------------------------------------------------------------


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_screenshots(page: AssessmentsPage, qtbot: QtBot, tmp_path: Path) -> None:
    for size in SIZES:
        page.editor.close_assessment()
        page.table.clearSelection()
        _shot(page, "list", size)
    assessment_id = _new_screening(page, "Library membership and loans")
    _click(qtbot, _radio(_widget(page, "c4_sensitive_data"), "yes"))
    _click(qtbot, _radio(_widget(page, "c7_vulnerable_subjects"), "yes"))
    _click(qtbot, _radio(_widget(page, "c1_evaluation_scoring"), "no"))
    for size in SIZES:
        _shot(page, "screening", size)
    page.show_assessment(_id_of(page, "DPIA-002"))
    for size in SIZES:
        _shot(page, "dpia", size)
    page.show_assessment(_id_of(page, "DPIA-001"))
    for size in SIZES:
        _shot(page, "approved", size)
    page.show_assessment(assessment_id)
    _answer_screening(page, qtbot, yes=("c4_sensitive_data", "c7_vulnerable_subjects"))
    page.editor.submit()
    page.editor.start_review()
    page.editor.show_section("criteria")
    page.editor.record_verdict("criteria", SectionVerdict.ACCEPTABLE)
    for size in SIZES:
        _shot(page, "review", size)
    dialog = page.editor.approve()
    assert dialog is not None
    dialog.role_edit.setText("Data protection officer")
    QApplication.processEvents()
    assert dialog.grab().save("/tmp/assessments-signoff-dialog.png")
    dialog.reject()
    start = page.start_assessment()
    assert start is not None
    QApplication.processEvents()
    assert start.grab().save("/tmp/assessments-start-dialog.png")
    start.reject()


def test_tab_moves_through_a_question_and_on_to_the_next(
    page: AssessmentsPage, qtbot: QtBot
) -> None:
    _all_types(page)
    tags = _widget(page, "tags")
    assert tags.plain is not None and tags.note is not None
    tags.plain.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tags.plain)
    qtbot.keyClick(tags.plain, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tags.note
    qtbot.keyClick(tags.note, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in _widget(page, "many").buttons


def test_typing_is_saved_to_its_own_assessment_when_another_is_opened(
    page: AssessmentsPage, qtbot: QtBot
) -> None:
    assessment_id = _all_types(page)
    page.editor.show_section("s2")
    long = _widget(page, "long")
    assert long.plain is not None
    qtbot.keyClicks(long.plain, "Half a thought")
    assert page.has_pending_edits()
    other = _id_of(page, "DPIA-002")
    assert page.show_assessment(other)
    assert _service(page).answers(_service(page).get(assessment_id))["long"].value == (
        "Half a thought"
    )
    assert "long" not in _service(page).answers(_service(page).get(other))


def test_a_refused_value_keeps_the_assessment_open(page: AssessmentsPage, qtbot: QtBot) -> None:
    assessment_id = _all_types(page)
    num = _widget(page, "num")
    assert num.number is not None
    qtbot.keyClicks(num.number, "-5")
    num.flush()
    assert num.message.isVisible()
    assert not page.show_assessment(_id_of(page, "DPIA-002"))
    assert page.editor.assessment_id == assessment_id
    assert num.number.text_value() == "-5"


@pytest.mark.usefixtures("forbid_blocking_dialogs")
def test_an_activity_not_offered_is_not_replaced_by_another(page: AssessmentsPage) -> None:
    dialog = page.start_assessment(subject_type="controller_activity", subject_id="gone")
    assert dialog is not None
    assert dialog.subject() is None
    dialog.accept()
    assert dialog.isVisible() and dialog.message.isVisible()
    dialog.reject()
    assert page.model.rowCount() == DEMO_ASSESSMENTS


# -- the AI questionnaires --------------------------------------------------------------------


def test_ai_questionnaires_in_the_list_filter_and_start_dialog(page: AssessmentsPage) -> None:
    service = _service(page)
    activity = _activity_id(page.workspace, "Citizen newsletter")
    row = service.start(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        subject_type="controller_activity",
        subject_id=activity,
    )
    for question, value in [("ai_infers", "yes"), ("ai_autonomy", "yes")]:
        service.answer(row.id, question, value)
    for question in service.definition(row).section("prohibited").questions:
        service.answer(row.id, question.id, "no")
    service.answer(row.id, "annex_i_product", "no")
    service.answer(row.id, "annex_iii_area", ["none"])
    for question in service.definition(row).section("transparency").questions:
        service.answer(row.id, question.id, "yes" if question.id == "art50_1_interaction" else "no")
    page.reload()
    model = page.model
    n = _row_by_reference(page, row.reference)  # after the demo AI systems' classifications
    assert model.data(model.index(n, ACol.TYPE)) == "AI Act"
    assert model.data(model.index(n, ACol.OUTCOME)) == "Transparency obligations"

    kinds = [page.type_filter.itemData(i) for i in range(page.type_filter.count())]
    assert kinds == [None, *(kind.value for kind in AssessmentKind)]
    page.type_filter.setCurrentIndex(
        page.type_filter.findData(AssessmentKind.AI_ACT_CLASSIFICATION.value)
    )
    shown = [model.row_at(i).reference for i in range(model.rowCount())]
    assert row.reference in shown and all(r.startswith("AIC-") for r in shown)
    page.clear_filters()

    assert page.show_assessment(row.id)
    editor = page.editor
    assert editor.outcome_label.text() == "Outcome: Transparency obligations"
    assert "Article 50(1)" in editor.reasons.text()
    for size in SIZES:
        _shot(page, "ai-act", size)

    dialog = page.start_assessment(AssessmentKind.FRIA)
    assert dialog is not None and dialog.kind is AssessmentKind.FRIA
    offered = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    for kind in (AssessmentKind.AI_ACT_CLASSIFICATION, AssessmentKind.AI_ETHICS):
        assert kind.value in offered
    # A kind whose questionnaire is not shipped cannot be started.
    shipped = {
        p.name for p in (Path(__file__).parents[2] / "resources" / "questionnaires").iterdir()
    }
    assert all(AssessmentKind(k).definition_id in shipped for k in offered)
    assert "Article 27" in dialog.intro.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AssessmentKind.AI_ETHICS.value))
    assert "ALTAI" in dialog.intro.text()
    # The AI questionnaires assess an AI system of the register, not an activity.
    assert not dialog.select_activity("controller_activity", activity)
    system = next(r for r in page.workspace.ai_systems.rows() if r.reference == "AI-004")
    assert dialog.select_activity("ai_system", system.id)
    assert dialog.title_text() == f"AI ethics checklist: {system.name}"
    for size in ((700, 420), (900, 600)):
        _shot(dialog, "start-ai", size)
    dialog.reject()


def test_fria_shows_a_section_per_right_chosen(page: AssessmentsPage) -> None:
    service = _service(page)
    row = service.start(
        AssessmentKind.FRIA,
        subject_type="controller_activity",
        subject_id=_activity_id(page.workspace, "Citizen newsletter"),
    )
    service.answer(row.id, "rights_at_stake", ["non_discrimination", "social_security"])
    service.answer(row.id, "social_security_seriousness", 3)
    service.answer(row.id, "social_security_mitigation", "insufficient")
    page.reload()
    assert page.show_assessment(row.id)
    editor = page.editor
    sections = editor.sections_in_order()
    assert "right_social_security" in sections and "right_non_discrimination" in sections
    assert "right_child" not in sections
    assert editor.outcome_label.text() == "Outcome: Not acceptable as it stands"
    editor.show_section("right_social_security")
    assert "social_security_seriousness" in editor.question_widgets
    for size in SIZES:
        _shot(page, "fria", size)
    service.answer(row.id, "rights_at_stake", ["non_discrimination"])
    editor.refresh()
    assert "right_social_security" not in editor.sections_in_order()


def test_ai_act_annex_iii_uses_follow_the_areas_chosen(page: AssessmentsPage) -> None:
    service = _service(page)
    row = service.start(
        AssessmentKind.AI_ACT_CLASSIFICATION,
        subject_type="controller_activity",
        subject_id=_activity_id(page.workspace, "Citizen newsletter"),
    )
    for question in ("ai_infers", "ai_autonomy"):
        service.answer(row.id, question, "yes")
    service.answer(row.id, "annex_iii_area", ["essential_services"])
    service.answer(row.id, "annex_iii_5_uses", ["5a"])
    page.reload()
    assert page.show_assessment(row.id)
    editor = page.editor
    editor.show_section("high_risk")
    shown = {q for q, widget in editor.question_widgets.items() if not widget.isHidden()}
    assert {"annex_iii_area", "annex_iii_5_uses"} <= shown
    assert "annex_iii_4_uses" not in shown
    assert "exception" in editor.sections_in_order()
    assert "High-risk AI system" in editor.outcome_label.text()  # so far
    editor.question_widgets["annex_iii_5_uses"].setFocus()
    for size in SIZES:
        _shot(page, "ai-act-annex-iii", size)


# -- the authority's "always requires a DPIA" list (screening v2) ---------------------------------


def test_the_screening_offers_the_vaults_dpia_list(
    page: AssessmentsPage, demo: Workspace, qtbot: QtBot
) -> None:
    """On the authority's list: the guidance shows the vault's list, and the question "which
    entries apply" (shown only then) ticks its entries in and out from a button's menu."""
    from govkit.domain.enums import CatalogueKind

    own = demo.catalogues.add(CatalogueKind.DPIA_REQUIRED, "Processing of data in a refuge")
    assessment_id = _new_screening(page)
    editor = page.editor
    assert editor.definition is not None and editor.definition.version == 2
    editor.show_section("mandatory")
    entries = _widget(page, "authority_list_entries")
    assert entries.isHidden()
    on_list = _widget(page, "authority_list")
    _click(qtbot, on_list.buttons[0])  # the guidance of the yes/no lists the vault's list
    qtbot.waitUntil(lambda: editor.selected_question is on_list.question)
    guidance = editor.guidance
    assert guidance.list_heading.isVisible()
    assert CatalogueKind.DPIA_REQUIRED.label in guidance.list_heading.text()
    listed = guidance.list_entries.text().splitlines()
    assert listed[0] == "• Large-scale processing of health data"
    assert listed[-1] == f"• {own.label}"
    assert guidance.list_entries.accessibleName()

    _click(qtbot, _radio(on_list, "yes"))
    assert not entries.isHidden()
    assert editor.outcome_label.text().endswith("DPIA required")
    assert entries.pick_button is not None and entries.pick_button.isVisible()
    assert entries.pick_button.accessibleName()
    entries.plain.setFocus()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: editor.selected_question is entries.question)
    assert guidance.list_entries.text().splitlines() == listed

    entries.pick_menu.aboutToShow.emit()  # the menu offers every entry, none ticked yet
    actions = entries.pick_menu.actions()
    assert [a.text() for a in actions] == demo.catalogues.labels(CatalogueKind.DPIA_REQUIRED)
    assert not any(a.isChecked() for a in actions)
    assert "GDPR Art. 35(4)" in actions[0].toolTip()
    biometric = actions[3].text()
    actions[3].setChecked(True)
    actions[-1].setChecked(True)
    saved = _service(page).answers(_service(page).get(assessment_id))
    assert saved["authority_list_entries"].value == (biometric, own.label)
    assert entries.plain.toPlainText().splitlines() == [biometric, own.label]  # type: ignore[union-attr]
    entries.pick_menu.aboutToShow.emit()  # reopened: the answer's entries are ticked
    ticked = [a.text() for a in entries.pick_menu.actions() if a.isChecked()]
    assert ticked == [biometric, own.label]
    entries.pick_menu.actions()[3].setChecked(False)
    saved = _service(page).answers(_service(page).get(assessment_id))
    assert saved["authority_list_entries"].value == (own.label,)

    # Read-only (approved): nothing to pick.
    editor.show_section("mandatory")
    _widget(page, "authority_list_entries").set_read_only(True)
    assert not _widget(page, "authority_list_entries").pick_button.isEnabled()  # type: ignore[union-attr]


def test_a_v1_screening_shows_neither_the_list_nor_its_question(
    page: AssessmentsPage, demo: Workspace, qtbot: QtBot
) -> None:
    from govkit.assessments import builtin_definition

    row = _service(page).start(
        AssessmentKind.DPIA_SCREENING,
        subject_type="controller_activity",
        subject_id=_activity_id(demo, "Citizen newsletter"),
        definition=builtin_definition("dpia-screening", 1),
    )
    page.reload()
    assert page.show_assessment(row.id)
    page.editor.show_section("mandatory")
    on_list = _widget(page, "authority_list")
    _click(qtbot, _radio(on_list, "yes"))
    assert "authority_list_entries" not in page.editor.question_widgets
    qtbot.waitUntil(lambda: page.editor.selected_question is on_list.question)
    assert not page.editor.guidance.list_heading.isVisible()
    assert page.editor.outcome_label.text().endswith("DPIA required")


def test_screenshot_of_the_dpia_list_question(page: AssessmentsPage, qtbot: QtBot) -> None:
    _new_screening(page, "Fingerprint login at library self-service kiosks")
    page.editor.show_section("mandatory")
    _click(qtbot, _radio(_widget(page, "authority_list"), "yes"))
    entries = _widget(page, "authority_list_entries")
    entries.pick_menu.aboutToShow.emit()
    entries.pick_menu.actions()[3].setChecked(True)
    entries.plain.setFocus()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.editor.selected_question is entries.question)
    for size in SIZES:
        _shot(page, "dpia-list", size)
    menu = entries.pick_menu
    qtbot.keyClick(entries.plain, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # type: ignore[arg-type]
    qtbot.waitUntil(menu.isVisible)
    assert menu.grab().save("/tmp/assessments-dpia-list-menu.png")
    menu.close()


def test_a_list_naming_an_unknown_or_empty_pick_list(qtbot: QtBot) -> None:
    from govkit.ui.views.questionnaire_editor import GuidancePanel, Suggestions

    data = {
        "id": "s",
        "version": 1,
        "kind": "dpia",
        "title": {"en": "S"},
        "languages": ["en"],
        "sections": [
            {
                "id": "one",
                "title": {"en": "One"},
                "questions": [
                    {
                        "id": "tags",
                        "type": "list",
                        "text": {"en": "Which?"},
                        "suggestions": "catalogue:from_a_later_govkit",
                    }
                ],
            }
        ],
    }
    question = parse_definition(data).question("tags")
    unknown = QuestionWidget(question, "en", suggestions=lambda: None)
    qtbot.addWidget(unknown)
    assert unknown.pick_button is None and unknown.plain is not None  # a plain list
    empty = QuestionWidget(question, "en", suggestions=lambda: Suggestions("Systems", ()))
    qtbot.addWidget(empty)
    assert empty.pick_button is not None
    empty.pick_menu.aboutToShow.emit()
    (only,) = empty.pick_menu.actions()
    assert not only.isEnabled() and "Catalogues" in only.text()
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_question(question, "en", Suggestions("Systems", ()))
    assert panel.list_heading.text() == "Systems"
    assert "Catalogues" in panel.list_entries.text()
    panel.show_question(question, "en", None)
    assert not panel.list_heading.isVisible()


def test_tab_leaves_an_empty_date_question(qtbot: QtBot) -> None:
    """Qt's date editor keeps Tab while it shows "No date": a keyboard user must get out."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    question = parse_definition(ALL_TYPES, source="test").question("when")
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    widget = QuestionWidget(question, "en")
    after = QLineEdit(host)
    layout.addWidget(widget)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    date_edit = widget.date_edit
    assert date_edit is not None and widget.value() is None
    date_edit.setFocus()
    qtbot.waitUntil(date_edit.hasFocus, timeout=5000)
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not date_edit.hasFocus(), timeout=5000)
    assert widget.value() is None  # nothing was typed into the empty date
