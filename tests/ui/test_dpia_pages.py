"""A DPIA's pages after its questionnaire: measures, risks, risk map, action plan, DPO opinion.

Every edit is read back from the vault through the service, not from the widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPointF, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.assessment_parts import Risk
from govkit.domain.models import Assessment
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.ui.models.risk_model import OBJECT_ROLE, PCol, RCol
from govkit.ui.views.assessments_page import AssessmentsPage
from govkit.ui.views.dpia_pages import (
    ACTION_PLAN,
    DPO_OPINION,
    MEASURES,
    PAGE_KEYS,
    RISK_MAP,
    RISKS,
    DpiaPages,
)
from govkit.ui.views.dpia_risks_page import LevelBox

LEVEL_NAMES = ("severity_before", "likelihood_before", "severity_after", "likelihood_after")


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.answer = True

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        self.questions.append(text)
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
def page(
    demo: Workspace, qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts
) -> Iterator[AssessmentsPage]:
    page = AssessmentsPage(demo, qsettings, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    yield page


def _id(page: AssessmentsPage, reference: str) -> str:
    return next(s.id for s in page.service.summaries() if s.reference == reference)


def _stored(page: AssessmentsPage, assessment_id: str) -> Assessment:
    return AssessmentService(page.workspace.ctx).get(assessment_id)


def _open(page: AssessmentsPage, reference: str, key: str) -> DpiaPages:
    assert page.show_assessment(_id(page, reference))
    page.editor.show_section(key)
    QApplication.processEvents()
    return page.editor.dpia_pages


def _type_into(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the text as a user would, then leave the field (Tab)."""
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(edit, line)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


# -- the navigation -------------------------------------------------------------------------


def test_a_dpia_lists_its_pages_after_the_questionnaire(page: AssessmentsPage) -> None:
    pages = _open(page, "DPIA-001", RISKS)
    editor = page.editor
    order = editor.sections_in_order()
    assert order[-len(PAGE_KEYS) :] == list(PAGE_KEYS)
    tree = editor.tree
    titles = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert titles[-5:] == ["Measures", "Risks", "Risk map", "Action plan", "DPO's opinion"]
    assert editor.content.currentWidget() is pages
    assert pages.currentWidget() is pages.risks_page
    items = editor._page_items
    assert items[RISKS].text(1) == "3/3"
    assert items[MEASURES].text(1) == "3"
    assert items[ACTION_PLAN].text(1) == "0/2"
    assert items[DPO_OPINION].text(1) == "✓"
    assert "rated before and after" in items[RISKS].toolTip(1)
    # The guidance panel explains the CNIL levels beside the risks.
    assert "3 Significant" in editor.guidance.text.text()
    # Back to a questionnaire section: the questions are shown again.
    editor.show_section("context")
    assert editor.content.currentWidget() is editor.questions_area
    assert editor.question_widgets


def test_a_screening_has_no_dpia_pages(page: AssessmentsPage) -> None:
    assert page.show_assessment(_id(page, "SCR-001"))
    assert page.editor._page_items == {}
    assert not any(key in page.editor.sections_in_order() for key in PAGE_KEYS)


def test_ctrl_page_down_reaches_the_dpia_pages(page: AssessmentsPage, qtbot: QtBot) -> None:
    assert page.show_assessment(_id(page, "DPIA-002"))
    editor = page.editor
    last_section = [s for s in editor.sections_in_order() if s not in PAGE_KEYS][-1]
    editor.show_section(last_section)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.section_id == MEASURES
    assert editor.dpia_pages.currentWidget() is editor.dpia_pages.measures_page
    assert QApplication.focusWidget() is editor.dpia_pages.measures_page.table
    qtbot.keyClick(
        QApplication.focusWidget() or editor,
        Qt.Key.Key_PageDown,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert editor.section_id == RISKS
    assert QApplication.focusWidget() is editor.dpia_pages.risks_page.table


# -- risks ------------------------------------------------------------------------------------


def test_a_new_dpia_has_the_three_cnil_risks_which_stay(
    page: AssessmentsPage, prompts: FakePrompts
) -> None:
    activity = next(
        r.id for r in page.workspace.activities.rows() if r.name == "Citizen newsletter"
    )
    row = page.service.start(
        AssessmentKind.DPIA, subject_type="controller_activity", subject_id=activity
    )
    page.reload()
    assert page.show_assessment(row.id)
    page.editor.show_section(RISKS)
    risks = page.editor.dpia_pages.risks_page
    assert [r.cnil_ref for r in risks.model.parts] == ["3.2", "3.3", "3.4"]
    assert risks.model.data(risks.model.index(0, RCol.TITLE)) == (
        "Illegitimate access to personal data"
    )
    assert risks.model.data(risks.model.index(0, RCol.BEFORE)) == "– / –"
    assert not risks.remove_button.isEnabled()
    assert "stay in every DPIA" in risks.remove_button.toolTip()
    assert not risks.remove_current()
    assert prompts.questions == []
    # Renaming keeps the CNIL reference.
    risks.title_edit.setText("Access by people who should not see the data")
    assert risks.save_form()
    stored = _stored(page, row.id).risks
    assert len(stored) == 3
    assert stored[0].title == "Access by people who should not see the data"
    assert stored[0].cnil_ref == "3.2"


def test_add_edit_and_remove_a_risk(
    page: AssessmentsPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    pages = _open(page, "DPIA-002", MEASURES)
    assessment_id = page.editor.assessment_id or ""
    measure = pages.measures_page.add()
    assert measure is not None
    _type_into(qtbot, pages.measures_page.title_edit, "Encrypted backups")
    page.editor.show_section(RISKS)
    risks = pages.risks_page
    added = risks.add()
    assert added is not None and added.title == "New risk 4"
    assert len(_stored(page, assessment_id).risks) == 4
    assert risks.current_part() == added
    _type_into(qtbot, risks.title_edit, "Re-identification of drivers")
    _type_into(qtbot, risks.impacts, "Fines\nStress")
    _type_into(qtbot, risks.threats, "Matching with other files")
    _type_into(qtbot, risks.sources, "Staff")
    assert risks.measures_list.count() == 1
    risks.measures_list.item(0).setCheckState(Qt.CheckState.Checked)
    for name, level in zip(LEVEL_NAMES, (4, 3, 2, 1), strict=True):
        box = risks.level_boxes[name]
        box.setCurrentIndex(box.findData(level))
    _type_into(qtbot, risks.severity_reason, "Drivers could be fined wrongly")
    stored = _stored(page, assessment_id).risks[3]
    assert stored.id == added.id
    assert stored.title == "Re-identification of drivers"
    assert stored.impacts == ("Fines", "Stress")
    assert stored.threats == ("Matching with other files",)
    assert stored.sources == ("Staff",)
    assert stored.measures == (_stored(page, assessment_id).measures[0].id,)
    assert (
        stored.severity_before,
        stored.likelihood_before,
        stored.severity_after,
        stored.likelihood_after,
    ) == (4, 3, 2, 1)
    assert stored.severity_reason == "Drivers could be fined wrongly"
    assert stored.cnil_ref == ""
    assert risks.model.data(risks.model.index(3, RCol.BEFORE)) == "4 / 3"
    # Removing asks first; "Cancel" keeps the risk.
    prompts.answer = False
    assert risks.remove_button.isEnabled()
    assert not risks.remove_current()
    assert len(_stored(page, assessment_id).risks) == 4
    prompts.answer = True
    assert risks.remove_current()
    assert "Re-identification of drivers" in prompts.questions[-1]
    assert [r.cnil_ref for r in _stored(page, assessment_id).risks] == ["3.2", "3.3", "3.4"]
    assert risks.model.rowCount() == 3


def test_an_empty_title_is_refused_inline_and_kept(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-002", RISKS)
    assessment_id = page.editor.assessment_id or ""
    risks = pages.risks_page
    _type_into(qtbot, risks.title_edit, "")
    assert risks.message.isVisible()
    assert "Risk 1 needs a title" in risks.message.text()
    assert risks.title_edit.text() == ""  # what was typed stays
    assert _stored(page, assessment_id).risks[0].title == "Illegitimate access to personal data"
    assert page.editor.has_pending_edits()
    # Leaving is refused until it is corrected; the field gets the focus back.
    assert not page.show_assessment(_id(page, "DPIA-003"))
    assert page.editor.assessment_id == assessment_id
    assert QApplication.focusWidget() is risks.title_edit
    _type_into(qtbot, risks.title_edit, "Access by intruders")
    assert not risks.message.isVisible()
    assert not page.editor.has_pending_edits()
    assert _stored(page, assessment_id).risks[0].title == "Access by intruders"
    assert page.show_assessment(_id(page, "DPIA-003"))


def test_a_refused_title_keeps_its_risk_selected(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-002", RISKS)
    risks = pages.risks_page
    risks.title_edit.setText("")
    risks.changed(False)  # typed, not saved yet
    assert risks.pending
    # Choosing another risk saves first; refused, the selection comes back to this one.
    risks.table.selectRow(2)
    qtbot.waitUntil(lambda: risks.table.currentIndex().row() == 0)
    assert risks.current_part() is not None and risks.current_part() == risks.model.parts[0]
    assert risks.title_edit.text() == ""
    assert risks.message.isVisible()
    assert page.editor.has_pending_edits()
    # Nor can another page or section be shown before it is corrected.
    for key in (MEASURES, "context"):
        page.editor.show_section(key)
        assert page.editor.section_id == RISKS
        assert page.editor.tree.currentItem() is page.editor._page_items[RISKS]
        assert risks.title_edit.text() == ""
    risks.title_edit.setText("Access by intruders")
    assert risks.save_form()
    page.editor.show_section(MEASURES)
    assert page.editor.section_id == MEASURES


def test_levels_go_from_1_to_4_with_the_cnil_words(page: AssessmentsPage) -> None:
    pages = _open(page, "DPIA-002", RISKS)
    assessment_id = page.editor.assessment_id or ""
    risks = pages.risks_page
    box = risks.level_boxes["severity_before"]
    assert isinstance(box, LevelBox)
    assert [box.itemData(n) for n in range(box.count())] == [None, 1, 2, 3, 4]
    assert [box.itemText(n) for n in range(1, box.count())] == [
        "1 Negligible",
        "2 Limited",
        "3 Significant",
        "4 Maximum",
    ]
    # A level outside 1-4 is refused by the service, with its message, and nothing is stored.
    before = _stored(page, assessment_id).risks
    bad = [Risk(id=r.id, title=r.title, cnil_ref=r.cnil_ref, severity_before=5) for r in before]
    problem = pages.save({"risks": bad}, risks)
    assert problem is not None and "from 1 (negligible) to 4 (maximum)" in problem
    assert _stored(page, assessment_id).risks == before
    # After the measures higher than before: saved, with a warning to check.
    for name, level in (("severity_before", 2), ("severity_after", 3)):
        risks.level_boxes[name].setCurrentIndex(risks.level_boxes[name].findData(level))
    stored = _stored(page, assessment_id).risks[0]
    assert (stored.severity_before, stored.severity_after) == (2, 3)
    assert risks.level_warning.isVisible()
    assert "severity after the measures is higher" in risks.level_warning.text()
    # "Not assessed" clears a level.
    risks.level_boxes["severity_after"].setCurrentIndex(0)
    assert _stored(page, assessment_id).risks[0].severity_after is None
    assert not risks.level_warning.isVisible()


# -- measures ---------------------------------------------------------------------------------


def test_measures_add_edit_and_remove_drops_them_from_risks(
    page: AssessmentsPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    assert page.show_assessment(_id(page, "DPIA-001"))
    new = page.service.new_version(_id(page, "DPIA-001"))
    page.reload()
    assert page.show_assessment(new.id)
    page.editor.show_section(MEASURES)
    measures = page.editor.dpia_pages.measures_page
    assert [m.id for m in measures.model.parts] == ["m-access", "m-log", "m-masking"]
    assert measures.model.data(measures.model.index(1, 3)) == "3"  # m-log treats three risks
    measures._select(2)
    assert measures.planned.isChecked()
    measures.planned.click()  # the masking is in place now
    _type_into(qtbot, measures.description, "Privacy masks set in the camera software")
    stored = _stored(page, new.id).measures[2]
    assert not stored.planned
    assert stored.description == "Privacy masks set in the camera software"
    measures._select(1)
    assert measures.remove_current()
    assert "treats 3 risks" in prompts.questions[-1]
    row = _stored(page, new.id)
    assert [m.id for m in row.measures] == ["m-access", "m-masking"]
    assert all("m-log" not in r.measures for r in row.risks)
    assert row.risks[0].measures == ("m-access",)
    # The risks page lists only the measures left.
    page.editor.show_section(RISKS)
    risks = page.editor.dpia_pages.risks_page
    listed = [risks.measures_list.item(n).text() for n in range(risks.measures_list.count())]
    assert listed == [
        "Access to recordings only for two named officers",
        "Windows of homes masked in the image",
    ]


# -- the action plan ------------------------------------------------------------------------


def test_action_plan_add_with_due_date_and_status(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-002", ACTION_PLAN)
    assessment_id = page.editor.assessment_id or ""
    plan = pages.plan_page
    assert plan.model.rowCount() == 0
    assert plan.empty.isVisible()
    item = plan.add()
    assert item is not None
    _type_into(qtbot, plan.measure_edit, "Sign the processing agreement")
    _type_into(qtbot, plan.owner_edit, "Legal department")
    due = date.today() + timedelta(days=30)
    plan.due_edit.setDate(QDate(due.year, due.month, due.day))
    plan.flush()
    plan.status_box.setCurrentIndex(plan.status_box.findData("in_progress"))
    stored = _stored(page, assessment_id).action_plan
    assert len(stored) == 1
    assert stored[0].measure == "Sign the processing agreement"
    assert stored[0].owner == "Legal department"
    assert stored[0].due == due.isoformat()
    assert stored[0].status == "in_progress"
    assert stored[0].origin == ""
    model = plan.model
    assert model.data(model.index(0, PCol.DUE)) == due.isoformat()
    assert model.data(model.index(0, PCol.STATUS)) == "In progress"
    assert model.data(model.index(0, PCol.ORIGIN)) == "By hand"
    assert not plan.overdue_label.isVisible()
    # A date in the past of an action not done: flagged in the table and the form.
    past = date.today() - timedelta(days=3)
    plan.due_edit.setDate(QDate(past.year, past.month, past.day))
    plan.flush()
    assert _stored(page, assessment_id).action_plan[0].due == past.isoformat()
    assert "overdue" in model.data(model.index(0, PCol.DUE))
    assert model.data(model.index(0, PCol.DUE), Qt.ItemDataRole.ForegroundRole) is not None
    assert plan.overdue_label.isVisible()
    assert "⚠" in page.editor._page_items[ACTION_PLAN].text(1)
    plan.status_box.setCurrentIndex(plan.status_box.findData("done"))
    assert "overdue" not in model.data(model.index(0, PCol.DUE))
    assert not plan.overdue_label.isVisible()
    assert page.editor._page_items[ACTION_PLAN].text(1) == "1/1"
    # "No date" empties the due date.
    plan.no_date.click()
    assert _stored(page, assessment_id).action_plan[0].due == ""
    assert model.data(model.index(0, PCol.DUE)) == "No date"


def test_action_plan_shows_the_review_that_asked_for_an_action(page: AssessmentsPage) -> None:
    pages = _open(page, "DPIA-001", ACTION_PLAN)
    model = pages.plan_page.model
    origins = [model.data(model.index(n, PCol.ORIGIN)) for n in range(model.rowCount())]
    assert origins == ["By hand", "Fundamental principles"]
    pages.plan_page._select(1)
    assert "Fundamental principles" in pages.plan_page.origin_label.text()


# -- the DPO's opinion -------------------------------------------------------------------------


def test_dpo_opinion_is_saved(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-002", DPO_OPINION)
    assessment_id = page.editor.assessment_id or ""
    dpo = pages.dpo_page
    assert dpo.radios[""].isChecked()
    _type_into(qtbot, dpo.name_edit, "Adaeze Okafor")
    dpo.radios["unfavourable"].click()
    _type_into(qtbot, dpo.opinion_edit, "The plates are kept too long.")
    row = _stored(page, assessment_id)
    assert (row.dpo_name, row.dpo_status, row.dpo_opinion) == (
        "Adaeze Okafor",
        "unfavourable",
        "The plates are kept too long.",
    )
    assert page.editor._page_items[DPO_OPINION].text(1) == "✓"


# -- read-only --------------------------------------------------------------------------------


def test_an_approved_dpia_is_read_only(
    page: AssessmentsPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    pages = _open(page, "DPIA-001", RISKS)
    assessment_id = page.editor.assessment_id or ""
    before = _stored(page, assessment_id)
    risks = pages.risks_page
    assert not risks.add_button.isEnabled() and not risks.remove_button.isEnabled()
    assert risks.title_edit.isReadOnly() and risks.impacts.isReadOnly()
    assert not any(box.isEnabled() for box in risks.level_boxes.values())
    assert not risks.measures_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert risks.add() is None
    risks.table.setFocus()
    qtbot.keyClick(risks.table, Qt.Key.Key_Insert)
    qtbot.keyClick(risks.table, Qt.Key.Key_Delete)
    for page_widget in (pages.measures_page, pages.plan_page):
        assert not page_widget.add_button.isEnabled()
    assert pages.plan_page.measure_edit.isReadOnly()
    assert not pages.plan_page.status_box.isEnabled()
    assert not pages.dpo_page.radios["favourable"].isEnabled()
    assert pages.dpo_page.opinion_edit.isReadOnly()
    assert prompts.questions == []
    assert _stored(page, assessment_id) == before


def test_a_submitted_dpia_is_read_only(page: AssessmentsPage) -> None:
    new = page.service.new_version(_id(page, "DPIA-001"))  # a draft, every answer given
    page.reload()
    assert page.show_assessment(new.id)
    page.editor.show_section(RISKS)
    pages = page.editor.dpia_pages
    assert not pages.read_only and pages.risks_page.add_button.isEnabled()
    assert not pages.risks_page.title_edit.isReadOnly()
    page.service.submit(new.id)
    page.editor.refresh()
    assert AssessmentStatus(page.editor.row.status if page.editor.row else "") is (
        AssessmentStatus.SUBMITTED
    )
    assert pages.read_only
    assert not pages.risks_page.add_button.isEnabled()
    assert pages.risks_page.title_edit.isReadOnly()
    assert not pages.dpo_page.name_edit.isEnabled() or pages.dpo_page.name_edit.isReadOnly()


# -- the risk map ---------------------------------------------------------------------------


def test_risk_map_places_each_risk_before_and_after(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-001", RISK_MAP)
    widget = pages.map_page.map
    cells = {(m.number, m.when): m.cell for m in widget.markers()}
    # The demo CCTV DPIA: access 3/3 -> 2/1, the two others 2/2 -> 1/1.
    assert cells == {
        (1, "before"): (3, 3),
        (1, "after"): (2, 1),
        (2, "before"): (2, 2),
        (2, "after"): (1, 1),
        (3, "before"): (2, 2),
        (3, "after"): (1, 1),
    }
    for size in ((900, 420), (420, 560), (300, 220)):
        widget.resize(*size)
        grid, legend = widget.layout_rects()
        assert abs(grid.width() - grid.height()) < 0.5  # square cells
        assert grid.right() <= size[0] and not grid.intersects(legend)
        for marker in widget.markers():
            assert widget.cell_rect(*marker.cell).contains(marker.centre)
        # Markers sharing a cell do not sit on one another.
        shared = [m.centre for m in widget.markers() if m.cell == (1, 1)]
        assert shared[0] != shared[1]
    assert widget.accessibleName() == "Risk map"
    description = widget.accessibleDescription()
    assert description.count("\n") == 2
    assert description.startswith(
        "Risk 1, Illegitimate access to personal data: before the measures severity 3 "
        "Significant, likelihood 3 Significant; after them severity 2 Limited, likelihood 1 "
        "Negligible."
    )
    assert pages.map_page.moves.text() == description
    # Painted where computed: the "after" marker is filled (dark), the "before" one hollow.
    image = widget.grab().toImage()
    radius = widget._radius()
    for number, when, dark in ((1, "after", True), (1, "before", False)):
        marker = widget.marker_at(number, when)
        assert marker is not None
        point: QPointF = marker.centre
        colour = image.pixelColor(int(point.x()), int(point.y() - radius * 0.7))
        assert (colour.lightness() < 110) is dark, (when, colour.name())


def test_risk_map_follows_the_risks_as_they_are_rated(page: AssessmentsPage) -> None:
    pages = _open(page, "DPIA-002", RISKS)
    widget = pages.map_page.map
    assert widget.markers() == []
    assert "before the measures not assessed" in widget.accessibleDescription()
    risks = pages.risks_page
    for name, level in zip(LEVEL_NAMES, (4, 4, 3, 2), strict=True):
        box = risks.level_boxes[name]
        box.setCurrentIndex(box.findData(level))
    page.editor.show_section(RISK_MAP)
    assert {(m.number, m.when): m.cell for m in widget.markers()} == {
        (1, "before"): (4, 4),
        (1, "after"): (3, 2),
    }
    assert "after them severity 3 Significant, likelihood 2 Limited" in (
        widget.accessibleDescription()
    )
    assert "Highest risk after the measures: severity 3 Significant" in (
        page.editor._page_items[RISK_MAP].toolTip(1)
    )


# -- the keyboard -----------------------------------------------------------------------------


def test_keyboard_only_add_rename_and_remove(
    page: AssessmentsPage, qtbot: QtBot, prompts: FakePrompts
) -> None:
    pages = _open(page, "DPIA-002", RISKS)
    assessment_id = page.editor.assessment_id or ""
    risks = pages.risks_page
    risks.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is risks.table)
    qtbot.keyClick(risks.table, Qt.Key.Key_Insert)
    assert len(_stored(page, assessment_id).risks) == 4
    assert QApplication.focusWidget() is risks.title_edit
    assert risks.title_edit.selectedText() == "New risk 4"
    qtbot.keyClicks(risks.title_edit, "Loss of the archive")
    qtbot.keyClick(risks.title_edit, Qt.Key.Key_Tab)
    assert _stored(page, assessment_id).risks[3].title == "Loss of the archive"
    # Tab goes on to the levels, in reading order; arrow keys choose a level.
    box = risks.level_boxes["severity_before"]
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is risks.level_boxes["severity_after"]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert _stored(page, assessment_id).risks[3].severity_before == 2
    # Back to the table (Shift+Tab), Delete removes after the confirmation.
    risks.table.setFocus()
    qtbot.keyClick(risks.table, Qt.Key.Key_Delete)
    assert prompts.questions and "Loss of the archive" in prompts.questions[-1]
    assert len(_stored(page, assessment_id).risks) == 3
    # On a CNIL risk Delete does nothing.
    qtbot.keyClick(risks.table, Qt.Key.Key_Home)
    asked = len(prompts.questions)
    qtbot.keyClick(risks.table, Qt.Key.Key_Delete)
    assert len(prompts.questions) == asked
    assert len(_stored(page, assessment_id).risks) == 3
    # Enter in the table goes to the selected risk's form.
    qtbot.keyClick(risks.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is risks.title_edit


def test_tab_order_goes_table_buttons_then_form(page: AssessmentsPage, qtbot: QtBot) -> None:
    pages = _open(page, "DPIA-002", ACTION_PLAN)
    plan = pages.plan_page
    plan.add()
    plan.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan.table)
    seen: list[QWidget | None] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or plan, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if not seen or seen[-1] is not focus:  # Tab first walks the date's year, month, day
            seen.append(focus)
    # No due date yet: the "No date" button is hidden and Tab goes on to the status.
    assert seen[:6] == [
        plan.add_button,
        plan.remove_button,
        plan.measure_edit,
        plan.owner_edit,
        plan.due_edit,
        plan.status_box,
    ]


def test_accessible_names_on_every_control(page: AssessmentsPage) -> None:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox)
    checked = 0
    for key in PAGE_KEYS:
        pages = _open(page, "DPIA-002", key)
        if key == ACTION_PLAN:
            pages.plan_page.add()  # the form is shown with a line to edit
        shown: QWidget = pages.pages[key]
        for widget in shown.findChildren(QWidget):
            if not isinstance(widget, (*kinds, QAbstractItemView)) or not widget.isVisible():
                continue
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView):
                continue
            assert widget.accessibleName(), (key, widget)
            checked += 1
    assert checked > 25
    assert page.editor.dpia_pages.map_page.map.accessibleName()


def test_object_role_gives_the_part(page: AssessmentsPage) -> None:
    pages = _open(page, "DPIA-001", RISKS)
    model = pages.risks_page.model
    assert (
        model.data(model.index(0, 0), OBJECT_ROLE) == _stored(page, _id(page, "DPIA-001")).risks[0]
    )
