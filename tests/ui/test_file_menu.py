"""File ▸ Import, Export and Verify from the main window: what the register shows and passes on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from pytestqt.qtbot import QtBot

from govkit.services.workspace import Workspace
from govkit.ui.dialogs.import_dialog import ImportDialog
from govkit.ui.dialogs.verify_pack import VerifyPackDialog
from govkit.ui.main_window import MainWindow
from govkit.ui.workers import TaskRunner


@pytest.fixture
def window(
    workspace: Workspace, qtbot: QtBot, qsettings: QSettings, sync_runner: TaskRunner
) -> Iterator[MainWindow]:
    for n, department in enumerate(["Transport", "Transport", "Culture", "Youth"]):
        workspace.activities.create(
            {"reference": f"CO-{n + 1:03}", "name": f"Activity {n + 1}", "department": department}
        )
    w = MainWindow(workspace, settings=qsettings, tasks=sync_runner)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def test_several_rows_can_be_selected_for_an_export(window: MainWindow) -> None:
    page = window.register_pages[0]
    model, selection = page.model, page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        selection.select(model.index(row, 0), flags)
    assert page.selected_ids() == [model.row_at(0).id, model.row_at(2).id]
    assert page.shown_ids() is None  # no search or filter: the whole list
    page.search.setText("Activity 4")
    page.model.finish_search()
    assert page.shown_ids() == [r.id for r in page.model._visible]
    assert len(page.shown_ids() or []) == 1


def test_import_from_the_file_menu_shows_the_new_records(
    window: MainWindow, workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "registre.csv"
    source.write_text(
        "Nom du traitement;Service;Finalité(s)\n"
        "Inscriptions scolaires;Éducation;Gérer les inscriptions\n"
        "Cimetière;État civil;Gérer les concessions\n",
        encoding="utf-8",
    )
    window.import_action.trigger()
    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.open_file(source)
    dialog.go_next()  # the columns
    dialog.go_next()  # the rows
    assert dialog.preview_result is not None and dialog.preview_result.ready_count == 2
    dialog.start_import()
    assert dialog.last_report is not None and dialog.last_report.created == 2
    page = window.register_pages[0]
    assert window.current_register() is page
    assert page.editor.record_id == dialog.last_report.created_ids[0]
    assert page.model.total == 6
    assert "2 activities imported" in window.statusBar().currentMessage()


def test_verify_from_the_file_menu(window: MainWindow) -> None:
    window.verify_pack_action.trigger()
    dialogs = [d for d in window.findChildren(VerifyPackDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert not dialogs[0].verify_button.isEnabled()  # nothing chosen yet


def test_the_register_shows_where_each_activity_stands_on_dpias(
    window: MainWindow, workspace: Workspace
) -> None:
    from govkit.domain.assessment_enums import AssessmentKind
    from govkit.services.assessments import AssessmentService
    from govkit.ui.models.register_model import Col

    page = window.register_pages[0]
    first = page.model.row_at(0)
    cell = page.model.index(0, Col.DPIA)
    assert cell.data() == "Not screened"
    service = AssessmentService(workspace.ctx)
    screening = service.start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=first.id
    )
    for question in ("c3_systematic_monitoring", "c5_large_scale"):
        service.answer(screening.id, question, "yes")
    window.dispatcher.flush()
    assert page.model.index(page.model.row_of(first.id), Col.DPIA).data() == "DPIA required"
    service.start(AssessmentKind.DPIA, subject_type="controller_activity", subject_id=first.id)
    window.dispatcher.flush()
    assert page.model.index(page.model.row_of(first.id), Col.DPIA).data() == "DPIA in progress"


def test_assess_this_activity_opens_the_start_dialog_on_it(window: MainWindow) -> None:
    from govkit.ui.dialogs.start_assessment_dialog import StartAssessmentDialog

    page = window.register_pages[0]
    first = page.model.row_at(0)
    page.show_record(first.id)
    window._update_actions()
    assert window.assess_action.isEnabled()
    window.assess_action.trigger()
    assert window.current_page() is window.assessments_page
    dialogs = [d for d in window.findChildren(StartAssessmentDialog) if d.isVisible()]
    assert len(dialogs) == 1


def test_the_assessments_list_names_activities_added_after_it_was_built(
    window: MainWindow, workspace: Workspace
) -> None:
    from govkit.domain.assessment_enums import AssessmentKind
    from govkit.services.assessments import AssessmentService
    from govkit.ui.models.assessment_model import ACol

    new = workspace.activities.create({"name": "Swimming pool tickets", "department": "Sport"})
    AssessmentService(workspace.ctx).start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=new.id
    )
    window.dispatcher.flush()
    model = window.assessments_page.model
    assert model.index(0, ACol.SUBJECT).data() == "Swimming pool tickets"
