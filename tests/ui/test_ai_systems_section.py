"""The AI systems section: list, filters, editor, classification wizard, duties, links."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from govkit.domain.ai_enums import AiPhase, AiRiskTier, DutyKey, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind
from govkit.domain.parts import ActivityLink
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.ui.main_window import MainWindow
from govkit.ui.models.register_model import Col
from govkit.ui.views.ai_system_editor import AiSystemEditor, ClassificationWizard
from govkit.ui.views.history import history_html
from govkit.ui.views.register_page import RegisterPage
from govkit.ui.widgets.ai_fields import ActivityLinksField, OptionField, ReadOnlyField
from govkit.ui.widgets.fields import ChoiceField
from govkit.ui.widgets.part_table import PartsField


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
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _window(ws: Workspace, qtbot: QtBot, settings: QSettings) -> MainWindow:
    w = MainWindow(ws, settings=settings, prompts=FakePrompts())  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(workspace: Workspace, qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    w = _window(workspace, qtbot, settings)
    yield w
    w.shutdown()


@pytest.fixture
def demo_window(workspace: Workspace, qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    populate_demo(workspace)
    w = _window(workspace, qtbot, settings)
    yield w
    w.shutdown()


def ai_page(window: MainWindow) -> RegisterPage:
    page = window.register_page("ai_system")
    assert page is not None
    assert window.go_to_section(window.pages.indexOf(page))
    return page


def ai_editor(page: RegisterPage) -> AiSystemEditor:
    assert isinstance(page.editor, AiSystemEditor)
    return page.editor


def by_reference(ws: Workspace, reference: str) -> str:
    return next(r.id for r in ws.ai_systems.rows() if r.reference == reference)


def column(page: RegisterPage, col: Col) -> list[str]:
    page.model.finish_search()
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _shot(widget: QWidget, name: str, size: tuple[int, int]) -> None:
    widget.resize(*size)
    QApplication.processEvents()
    assert widget.grab().save(f"/tmp/ai-systems-{name}-{size[0]}x{size[1]}.png")


# -- the section and its list ------------------------------------------------------------------


def test_section_after_the_processor_register_with_an_empty_state(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:4] == [
        "Processing activities (Art. 30(1))",
        "Processor activities (Art. 30(2))",
        "AI systems",
        "Assessments",
    ]
    page = ai_page(window)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.add_button.text() == "Add your first AI system"
    assert "EU AI Act" in page.empty.text.text()
    assert window.new_action.text() == "&New AI system"
    window.go_to_section(0)
    assert window.new_action.text() == "&New activity"


def test_list_shows_tier_phase_open_duties_and_filters(demo_window: MainWindow) -> None:
    page = ai_page(demo_window)
    ws = demo_window.workspace
    assert page.model.total == 7
    header = page.table.horizontalHeader()
    shown = [
        Col(header.logicalIndex(v))
        for v in range(header.count())
        if not page.table.isColumnHidden(header.logicalIndex(v))
    ]
    assert shown[:8] == [
        Col.REFERENCE,
        Col.NAME,
        Col.TIER,
        Col.DUTIES,
        Col.PHASE,
        Col.DEPARTMENT,
        Col.COMPLETENESS,
        Col.NEXT_REVIEW,
    ]
    assert page.table.isColumnHidden(Col.LEGAL_BASIS) and page.table.isColumnHidden(Col.DPIA)
    n = page.model.row_of(by_reference(ws, "AI-001"))
    assert page.model.index(n, Col.TIER).data() == "High-risk (Annex III 5)"
    tip = page.model.index(n, Col.TIER).data(Qt.ItemDataRole.ToolTipRole)
    assert "Access to essential private and public services" in tip
    system = ws.ai_systems.get(by_reference(ws, "AI-001"))
    open_count = sum(1 for d in system.duties if not DutyStatus(d.status).settled)
    assert page.model.index(n, Col.DUTIES).data() == f"{open_count} of {len(system.duties)} open"
    assert page.model.index(n, Col.PHASE).data() == "In production"

    page.tier_filter.setCurrentIndex(page.tier_filter.findData(AiRiskTier.HIGH_RISK.value))
    tiers = column(page, Col.TIER)
    assert tiers and all(t.startswith("High-risk") for t in tiers)
    assert page.count_label.text() == f"{len(tiers)} of 7 records shown"
    page.phase_filter.setCurrentIndex(page.phase_filter.findData(AiPhase.PILOT.value))
    assert column(page, Col.PHASE) == ["Pilot"] * len(column(page, Col.PHASE))
    page.clear_filters()
    assert page.model.rowCount() == 7
    page.department_filter.setCurrentIndex(page.department_filter.findText("Communications"))
    assert set(column(page, Col.DEPARTMENT)) == {"Communications"}
    page.clear_filters()
    page.search.setText("chat")
    assert any("chat" in name.casefold() for name in column(page, Col.NAME))
    assert page.model.rowCount() < 7
    page.clear_filters()

    # Sorting by tier puts the most serious first.
    page.table.sortByColumn(Col.TIER, Qt.SortOrder.AscendingOrder)
    assert column(page, Col.TIER)[-1] == "Not classified"

    # Archive, show archived, undo: as for activities.
    page.show_record(system.id)
    demo_window.toggle_archive()
    assert page.model.rowCount() == 6
    page.archived_box.setChecked(True)
    assert page.model.rowCount() == 7
    demo_window.undo()
    assert ws.ai_systems.get(system.id).archived_at is None
    for size in ((1280, 800), (900, 600)):
        _shot(demo_window, "list", size)


def test_create_by_keyboard_edit_and_see_the_history(window: MainWindow, qtbot: QtBot) -> None:
    ws = window.workspace
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.section_actions[2].trigger()  # Ctrl+3: the AI systems
    page = window.current_page()
    assert isinstance(page, RegisterPage) and page.service.entity_type == "ai_system"
    page.empty.add_button.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.is_new
    qtbot.keyClicks(QApplication.focusWidget(), "Pothole photo triage")  # the name has focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "AI-101")  # reference
    department = page.editor.form.rows["department"].editor
    assert isinstance(department, ChoiceField)
    for _ in range(12):
        if QApplication.focusWidget() is department.combo:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is department.combo
    qtbot.keyClicks(department.combo, "Roads")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    record_id = page.editor.record_id
    assert record_id is not None
    record = ws.ai_systems.get(record_id)
    assert (record.name, record.reference, record.department, record.phase) == (
        "Pothole photo triage",
        "AI-101",
        "Roads",
        "idea",
    )
    assert record.risk_tier == "not_classified"
    assert [d.key for d in record.duties] == ["classify", "ai_literacy"]

    phase = page.editor.form.rows["phase"].editor
    assert isinstance(phase, OptionField)
    phase.combo.setCurrentIndex(phase.combo.findData("pilot"))
    models = page.editor.form.rows["models"].editor
    assert isinstance(models, PartsField)
    models.add_row()
    models.model.setData(models.model.index(0, 0), "Road-damage classifier")
    models.model.setData(models.model.index(0, 1), "machine_learning")
    datasets = page.editor.form.rows["datasets"].editor
    assert isinstance(datasets, PartsField)
    datasets.add_row()
    datasets.model.setData(datasets.model.index(0, 1), "Photos sent in by residents")
    datasets.model.setData(datasets.model.index(0, 2), "yes")
    assert datasets.model.index(0, 2).data() == "Yes"
    page.editor.commit()
    record = ws.ai_systems.get(record_id)
    assert record.phase == "pilot"
    assert record.models[0].type == "machine_learning"
    assert record.datasets[0].personal_data is True
    assert page.model.index(page.model.row_of(record_id), Col.PHASE).data() == "Pilot"
    # Read-only fields are shown, never sent to the service.
    tier = page.editor.form.rows["risk_tier"].editor
    assert isinstance(tier, ReadOnlyField) and tier.text.text() == "Not classified"
    assert "risk_tier" not in page.editor.form.values()
    assert "Completeness:" in page.editor.completeness.title.text()
    assert "items of the register" in page.editor.completeness.title.text()

    page.editor.tabs.setCurrentWidget(page.editor.history)
    text = page.editor.history.toPlainText()
    assert "Phase: Idea → Pilot" in text
    assert "Models" in text
    window.undo()
    assert ws.ai_systems.get(record_id).phase == "idea"


def test_history_labels_ai_fields() -> None:
    from datetime import UTC, datetime

    from govkit.domain.fields import AI_SYSTEM_FIELDS
    from govkit.domain.models import ChangeEntry

    entry = ChangeEntry(
        seq=1,
        at=datetime(2026, 1, 5, tzinfo=UTC),
        actor="Ada",
        entity_type="ai_system",
        entity_id="x",
        action="update",
        changes_json='[{"field": "risk_tier", "before": "not_classified", "after": "high_risk"},'
        ' {"field": "phase", "before": "idea", "after": "pilot"}]',
        prev_hash="",
        hash="",
    )
    html = history_html([entry], {s.name: s for s in AI_SYSTEM_FIELDS})
    assert "Risk tier: Not classified → High-risk (Art. 6)" in html
    assert "Phase: Idea → Pilot" in html


# -- the classification wizard -----------------------------------------------------------------


def _answer_benefits_pre_check(service: AssessmentService, assessment_id: str) -> None:
    """The answers for a system that pre-checks benefit applications (Annex III 5(a))."""
    row = service.get(assessment_id)
    definition = service.definition(row)
    service.answer(assessment_id, "ai_autonomy", "yes")
    for question in definition.section("prohibited").questions:
        service.answer(assessment_id, question.id, "no")
    service.answer(assessment_id, "annex_i_product", "no")
    service.answer(assessment_id, "annex_iii_area", ["essential_services"])
    service.answer(assessment_id, "annex_iii_5_uses", ["5a"])
    service.answer(assessment_id, "art6_3_profiling", "yes")
    for question in definition.section("transparency").questions:
        service.answer(assessment_id, question.id, "no")


def test_classification_wizard_end_to_end(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system = ws.ai_systems.create(
        {
            "name": "Housing benefit pre-check",
            "reference": "AI-100",
            "department": "Social services",
        }
    )
    demo_window.dispatcher.flush()
    assert page.show_record(system.id)
    editor = ai_editor(page)
    editor.show_tab("classification")
    panel = editor.classification
    assert panel.tier_label.text() == "Risk tier: Not classified"
    assert panel.classify_button.text() == "Classify…"
    duties_before = {d.key for d in ws.ai_systems.get(system.id).duties}
    assert DutyKey.FRIA.value not in duties_before

    qtbot.mouseClick(panel.classify_button, Qt.MouseButton.LeftButton)
    wizard = editor.wizard
    assert isinstance(wizard, ClassificationWizard) and wizard.isVisible()
    assessments = wizard.assessments
    row = assessments.get(wizard.assessment_id)
    assert (row.kind, row.subject_type, row.subject_id) == (
        AssessmentKind.AI_ACT_CLASSIFICATION,
        "ai_system",
        system.id,
    )
    assert not wizard.apply_button.isEnabled()
    assert not wizard.apply_result()  # nothing answered yet
    # The first answer through the questionnaire on screen, the rest through the service.
    first = wizard.editor.question_widgets["ai_infers"]
    yes = next(b for b in first.buttons if b.property("answer") == "yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    first.flush()
    assert assessments.answers(assessments.get(wizard.assessment_id))["ai_infers"].value == "yes"
    _answer_benefits_pre_check(assessments, wizard.assessment_id)
    wizard.editor.refresh()
    wizard._update()
    assert wizard.apply_button.isEnabled()
    assert "High-risk AI system" in wizard.result_label.text()
    for size in ((1280, 800), (900, 600)):
        _shot(wizard, "wizard", size)
    qtbot.mouseClick(wizard.apply_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    stored = ws.ai_systems.get(system.id)
    assert stored.risk_tier == "high_risk" and stored.annex_area == "essential_services"
    assert stored.classification_assessment_id == row.id
    assert "Annex III, point 5(a)" in stored.classification_reasoning
    keys = {d.key for d in stored.duties}
    assert {DutyKey.FRIA.value, DutyKey.REGISTRATION.value} <= keys
    n = page.model.row_of(system.id)
    assert page.model.index(n, Col.TIER).data() == "High-risk (Annex III 5)"
    assert panel.tier_label.text() == "Risk tier: High-risk (Art. 6), Annex III point 5"
    assert row.reference in panel.meta_label.text() and "Ada Lovelace" in panel.meta_label.text()
    assert "Annex III, point 5(a)" in panel.reasoning.toPlainText()
    assert panel.classify_button.text() == "Redo the classification…"
    editor.show_tab("duties")
    assert {DutyKey.FRIA.value, DutyKey.REGISTRATION.value} <= set(editor.duties.rows)
    assert editor.duties.count_label.text() == f"{len(keys)} of {len(keys)} duties open"

    # Redoing starts a new assessment with the answers to start from; the old one is kept.
    editor.show_tab("classification")
    wizard2 = editor.classify()
    assert wizard2 is not None and wizard2.assessment_id != row.id
    again = assessments.answers(assessments.get(wizard2.assessment_id))
    assert again["annex_iii_5_uses"].value == ("5a",)
    wizard2.reject()
    demo_window.dispatcher.flush()
    assert panel.classify_button.text() == "Continue the classification…"
    assert panel.pending_label.isVisibleTo(panel)
    wizard3 = editor.classify()
    assert wizard3 is not None and wizard3.assessment_id == wizard2.assessment_id
    assessments.answer(wizard3.assessment_id, "annex_iii_area", ["none"])
    wizard3.editor.refresh()
    wizard3._update()
    assert wizard3.apply_result()
    demo_window.dispatcher.flush()
    stored = ws.ai_systems.get(system.id)
    assert stored.risk_tier == "minimal"
    assert [c.assessment_id for c in stored.classification_history] == [row.id]
    assert assessments.get(row.id).id == row.id  # the old assessment is kept
    assert panel.history.rowCount() == 1
    assert panel.history.item(0, 2).text() == "High-risk (Art. 6), Annex III point 5"
    assert panel.history.item(0, 3).text() == row.reference


def test_redoing_an_approved_classification_starts_a_new_version(demo_window: MainWindow) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system = ws.ai_systems.create({"name": "Benefit pre-check 2", "department": "Social services"})
    demo_window.dispatcher.flush()
    page.show_record(system.id)
    editor = ai_editor(page)
    wizard = editor.classify()
    assert wizard is not None
    first = wizard.assessment_id
    service = wizard.assessments
    service.answer(first, "ai_infers", "yes")
    _answer_benefits_pre_check(service, first)
    service.submit(first)
    service.start_review(first)
    service.approve(first, name="Ada Lovelace", role="DPO")
    wizard.editor.refresh()
    assert wizard.apply_result()  # an approved assessment's result is applied as well
    demo_window.dispatcher.flush()
    assert ws.ai_systems.get(system.id).classification_assessment_id == first

    again = editor.classify()
    assert again is not None and again.assessment_id != first
    redo = service.get(again.assessment_id)
    assert (redo.series_id, redo.version) == (service.get(first).series_id, 2)
    assert service.answers(redo) == service.answers(service.get(first))
    assert service.get(first).status == "approved"  # the old version stays as it was
    again.reject()


# -- duties ------------------------------------------------------------------------------------


def test_duty_status_owner_and_evidence_are_stored(demo_window: MainWindow, qtbot: QtBot) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system_id = by_reference(ws, "AI-001")
    page.show_record(system_id)
    editor = ai_editor(page)
    editor.show_tab("duties")
    system = ws.ai_systems.get(system_id)
    todo = next(d for d in system.duties if not DutyStatus(d.status).settled)
    row = editor.duties.rows[todo.key]
    before = sum(1 for d in system.duties if not DutyStatus(d.status).settled)
    assert row.text.text()  # the duty's text, citing the article
    assert "Art." in row.text.text()
    row.status.setCurrentIndex(row.status.findData(DutyStatus.DONE.value))
    demo_window.dispatcher.flush()
    stored = next(d for d in ws.ai_systems.get(system_id).duties if d.key == todo.key)
    assert stored.status == DutyStatus.DONE.value
    assert editor.duties.count_label.text().startswith(f"{before - 1} of ")
    n = page.model.row_of(system_id)
    assert page.model.index(n, Col.DUTIES).data().startswith(f"{before - 1} of ")

    row = editor.duties.rows[todo.key]
    row.owner.setFocus()
    row.owner.setText("Head of Social Services")
    row.owner.editingFinished.emit()
    row.evidence.setFocus()
    row.evidence.selectAll()
    qtbot.keyClicks(row.evidence, "Minutes of 4 May")
    row.status.setFocus()  # leaving the notes saves them
    demo_window.dispatcher.flush()
    stored = next(d for d in ws.ai_systems.get(system_id).duties if d.key == todo.key)
    assert (stored.owner, stored.evidence) == ("Head of Social Services", "Minutes of 4 May")
    history = ws.ai_systems.history(system_id)
    assert history[0].action == "update"
    for size in ((1280, 800), (900, 600)):
        _shot(demo_window, "duties", size)

    # Archived: the checklist is read-only.
    demo_window.toggle_archive()
    demo_window.dispatcher.flush()
    row = editor.duties.rows[todo.key]
    assert not row.status.isEnabled() and row.owner.isReadOnly()
    assert "read-only" in editor.duties.intro.text()
    assert not editor.classification.classify_button.isEnabled()


# -- links and assessments ---------------------------------------------------------------------


def test_link_an_activity_and_jump_to_it_and_back(demo_window: MainWindow) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system_id = by_reference(ws, "AI-006")
    page.show_record(system_id)
    editor = ai_editor(page)
    links = editor.form.rows["processing_activities"].editor
    assert isinstance(links, ActivityLinksField)
    activity = next(r for r in ws.activities.rows() if r.legal_bases and not r.archived)
    already = {link.subject_id for link in ws.ai_systems.get(system_id).processing_activities}
    assert activity.id not in already
    links.combo.setCurrentIndex(links.combo.findData(f"controller_activity:{activity.id}"))
    assert links.link_chosen()
    n = links.table.rowCount() - 1
    assert links.table.item(n, 1).text() == "; ".join(activity.legal_bases)
    assert links.combo.findData(f"controller_activity:{activity.id}") < 0  # not offered twice
    assert editor.commit()
    stored = ws.ai_systems.get(system_id)
    assert ActivityLink("controller_activity", activity.id, "") in stored.processing_activities

    # Renamed in its register: the link shows the name as it is now.
    ws.activities.update(activity.id, {"name": "Renamed activity"})
    demo_window.dispatcher.flush()
    assert links.table.item(n, 0).text().endswith("Renamed activity")

    links.table.selectRow(n)
    links.open_button.click()
    activities = demo_window.register_page("controller_activity")
    assert demo_window.current_page() is activities
    assert activities is not None and activities.editor.record_id == activity.id
    used_by = activities.editor.used_by
    assert used_by.isVisibleTo(activities.editor)
    assert "AI-006" in used_by.text()
    used_by.linkActivated.emit(system_id)
    assert demo_window.current_page() is page and page.editor.record_id == system_id


def test_open_a_linked_assessment_and_start_an_ethics_checklist(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system_id = by_reference(ws, "AI-004")
    service = AssessmentService(ws.ctx)
    fria = service.start(AssessmentKind.FRIA, subject_type="ai_system", subject_id=system_id)
    demo_window.dispatcher.flush()
    page.show_record(system_id)
    editor = ai_editor(page)
    editor.show_tab("assessments")
    panel = editor.assessments_panel
    assert panel.select(fria.id)
    row = panel._ids.index(fria.id)
    assert panel.table.item(row, 0).text() == "FRIA"
    assert panel.table.item(row, 1).text() == fria.reference
    assert panel.table.item(row, 3).text() == "Draft"
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert demo_window.current_page() is demo_window.assessments_page
    assert demo_window.assessments_page.current_assessment_id() == fria.id

    page = ai_page(demo_window)
    # The demo's AI-004 has an ethics checklist already: one more is started here.
    ethics_before = {
        a.id for a in ws.ai_systems.assessments(system_id) if a.kind == AssessmentKind.AI_ETHICS
    }
    editor.show_tab("assessments")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(AssessmentKind.AI_ETHICS.value))
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    dialog = demo_window.assessments_page.start_dialog
    assert dialog is not None and dialog.kind is AssessmentKind.AI_ETHICS
    assert dialog.subject() == ("ai_system", system_id)
    assert dialog.subject_label.text() == "AI s&ystem:"
    assert dialog.title_text().startswith("AI ethics checklist: ")
    # DPIA kinds keep the activities.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AssessmentKind.DPIA.value))
    assert dialog.subject_label.text() == "&Activity:"
    assert dialog.subject() is not None and dialog.subject()[0] != "ai_system"  # type: ignore[index]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AssessmentKind.AI_ETHICS.value))
    assert dialog.select_activity("ai_system", system_id)
    dialog.accept()
    started = [
        a
        for a in ws.ai_systems.assessments(system_id)
        if a.kind == AssessmentKind.AI_ETHICS and a.id not in ethics_before
    ]
    assert len(started) == 1
    assert demo_window.assessments_page.current_assessment_id() == started[0].id
    name = ws.ai_systems.get(system_id).name
    summary = demo_window.assessments_page.model.summary(started[0].id)
    assert summary is not None
    assert demo_window.assessments_page.model.subject_name(summary) == name


def test_window_actions_on_the_ai_register(demo_window: MainWindow) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    system_id = by_reference(ws, "AI-002")
    page.show_record(system_id)
    assert demo_window.assess_action.text() == "A&ssess this AI system…"
    demo_window.assess_action.trigger()  # Ctrl+Shift+A
    dialog = demo_window.assessments_page.start_dialog
    assert dialog is not None
    assert dialog.kind is AssessmentKind.AI_ETHICS
    assert dialog.subject() == ("ai_system", system_id)
    dialog.reject()

    # Export from the AI register: its rows are not passed as a selection of activities.
    page = ai_page(demo_window)
    page.table.selectAll()
    export = demo_window.export()
    assert export is not None and export.selected_ids == [] and export.shown_ids is None
    export.reject()


def test_deleting_an_activity_names_the_ai_systems_that_rely_on_it(
    demo_window: MainWindow,
) -> None:
    ws = demo_window.workspace
    prompts = demo_window.prompts
    assert isinstance(prompts, FakePrompts)
    system = ws.ai_systems.get(by_reference(ws, "AI-001"))
    link = system.processing_activities[0]
    activities = demo_window.register_page(link.subject_type)
    assert activities is not None
    demo_window.open_record(link.subject_type, link.subject_id)
    prompts.answer = False
    demo_window.delete_record()
    assert "AI-001 Benefit eligibility pre-check" in prompts.questions[-1]
    assert activities.editor.record_id == link.subject_id  # not deleted


# -- keyboard and accessibility ----------------------------------------------------------------


def _focusable(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if not w.isEnabled() or w.focusProxy() is not None:
            continue
        parent = w.parentWidget()
        if isinstance(parent, QComboBox) and parent.lineEdit() is w:
            continue
        if type(w).__name__ in ("QScrollBar", "QTabBar") or w.objectName().startswith("qt_"):
            continue
        found.append(w)
    return found


def test_every_control_has_an_accessible_name_and_labels_have_buddies(
    demo_window: MainWindow,
) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    page.show_record(by_reference(ws, "AI-001"))
    editor = ai_editor(page)
    unnamed: list[str] = []
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        for w in _focusable(page):
            iface = QAccessible.queryAccessibleInterface(w)
            if not w.accessibleName() and not (
                iface is not None and iface.text(QAccessible.Text.Name)
            ):
                unnamed.append(f"tab {tab}: {type(w).__name__} {w.objectName()!r}")
    assert unnamed == [], "\n".join(unnamed)
    for label in page.findChildren(QLabel):
        if "&" in label.text() and not label.text().startswith("<"):
            assert label.buddy() is not None, label.text()
    tab_texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tab_texts[0] == "&Details" and tab_texts[-1] == "Hist&ory"
    assert all("&" in t for t in tab_texts)


def test_layouts_at_small_and_large_sizes(demo_window: MainWindow) -> None:
    ws = demo_window.workspace
    page = ai_page(demo_window)
    page.show_record(by_reference(ws, "AI-001"))
    editor = ai_editor(page)
    assert demo_window.minimumSizeHint().width() <= 900
    for size in ((900, 600), (1280, 800)):
        demo_window.resize(*size)
        for name in ("details", "classification", "duties", "assessments"):
            editor.show_tab(name)
            QApplication.processEvents()
            assert editor.width() > 250
            _shot(demo_window, name, size)
