"""Screenshots of the main window for the documentation.

    python scripts/screenshots.py --out docs/screenshots

Builds a throw-away vault in a temporary folder (cheap key derivation), fills it with the demo
municipality and saves PNGs of the main window: empty, with the demo data, the editor open on a
rich record, its History tab (all at 1280x800), the demo window at 900x600, a DPIA screening in
the Assessments section (1280x800), a DPIA imported from a CNIL PIA file with its CNIL comments
and evaluations (1280x800 and 900x600), the Risks, Risk map and Action plan pages of a new
version of the approved demo DPIA (at 1280x800 and at 900x600), the AI systems register (list
and editor at 1280x800 and 900x600, the guided AI Act classification, the duties checklist), and
the Export and Import dialogs (at ``DIALOG``: the export choices, the import's row check, an
assessment's export, the CNIL PIA import preview, the export dialog after writing the Dutch
algorithm register's entries, the Canada AIA import preview of a save file of the demo's
benefit pre-check).
Runs headless (``QT_QPA_PLATFORM=offscreen`` unless set otherwise); an existing QApplication is
reused.

The CNIL PIA file is the CNIL's example from the shared interop samples beside the checkout
(``../shared/interop/cnil-pia``) when they are there, else the demo's DPIA-001 written in the
CNIL format by govkit itself.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from govkit.services.assessments import AssessmentService
from govkit.services.cnil_pia import cnil_pia_bytes, import_cnil_pia, imported_pia
from govkit.services.demo import populate_demo
from govkit.services.exports import export_register
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF
from govkit.ui.dialogs.aia_import_dialog import AiaImportDialog
from govkit.ui.dialogs.assessment_export_dialog import AssessmentExportDialog
from govkit.ui.dialogs.cnil_import_dialog import CnilImportDialog
from govkit.ui.dialogs.export_dialog import ExportDialog
from govkit.ui.dialogs.import_dialog import ImportDialog
from govkit.ui.main_window import MainWindow
from govkit.ui.views.ai_system_editor import AiSystemEditor
from govkit.ui.views.cnil_extras import CnilQuestionPanel
from govkit.ui.views.questionnaire_editor import QuestionnaireEditor
from govkit.ui.workers import TaskRunner

PASSPHRASE = "screenshots only, never a real vault"
LARGE = (1280, 800)
SMALL = (900, 600)
FILES = (
    "main-window-empty.png",
    "main-window-demo.png",
    "editor-rich-record.png",
    "editor-history.png",
    "main-window-demo-900x600.png",
    "assessments-dpia.png",
    "assessments-cnil-import.png",
    "assessments-cnil-import-900x600.png",
    "ai-systems.png",
    "ai-classification.png",
    "ai-duties.png",
    "ai-systems-900x600.png",
)
SMALL_FILES = (
    "main-window-demo-900x600.png",
    "assessments-cnil-import-900x600.png",
    "ai-systems-900x600.png",
)
# The approved demo DPIA's own pages: (page key, file at LARGE, file at SMALL).
DPIA_PAGES = (
    ("dpia:risks", "assessments-risks.png", "assessments-risks-900x600.png"),
    ("dpia:risk_map", "assessments-risk-map.png", "assessments-risk-map-900x600.png"),
    ("dpia:action_plan", "assessments-action-plan.png", "assessments-action-plan-900x600.png"),
)
DPIA_FILES = tuple(name for _key, name, _small in DPIA_PAGES)
DPIA_SMALL_FILES = tuple(small for _key, _name, small in DPIA_PAGES)
DIALOG = (860, 640)
DIALOG_FILES = (
    "export-dialog.png",
    "import-dialog-rows.png",
    "assessment-export.png",
    "cnil-import.png",
    "export-transparency.png",
    "aia-import.png",
)
CNIL_EXAMPLE = (
    Path(__file__).resolve().parents[2] / "shared" / "interop" / "cnil-pia"
) / "2018-02-21-pia-example.json"

# A save file of Canada's AIA tool about the demo's benefit pre-check (implementation phase).
AIA_SAVED = {
    "version": "v1.0.1",
    "currentPage": 9,
    "data": {
        "projectDetailsTitle": "Benefit eligibility pre-check",
        "projectDetailsRespondent": "Social services, digital team",
        "projectDetailsPhase": "item2",
        "riskProfile1": "item1-3",
        "riskProfile2": "item2-0",
        "impact30": "item1-4",
        "impact9": "item3-3",
        "decisionSector1": ["item2-1", "item3-1"],
        "aboutSystem3": "item7-5",
        "consultationImplementation1": "item1-2",
        "dataQualityImplementation1": "item1-3",
        "retiredQuestion": "item1-2",
    },
    "translationsOnResult": {},
}


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _richest(ws: Workspace) -> str:
    """The complete active record with the most text: the one that shows the most of the form."""
    rows = [r for r in ws.activities.rows() if not r.archived]
    return max(rows, key=lambda r: (r.completeness.percent, len(r.search_text))).id


def _most_changed(ws: Workspace) -> str:
    rows = [r for r in ws.activities.rows() if not r.archived]
    return max(rows, key=lambda r: (len(ws.activities.history(r.id)), r.name)).id


def take(out: Path) -> list[Path]:
    """Write the screenshots into ``out``; returns their paths."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    previous_locale = QLocale()
    # One locale for the documentation, whatever the machine's: dates as in the EU.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        return _take(app, out)
    finally:
        QLocale.setDefault(previous_locale)


def _take(app: QApplication, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="govkit-shots-") as tmp:
        folder = Path(tmp)
        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        ws, _key = Workspace.create(
            folder / "Lindenhaven register.govkit",
            person_name="Adaeze Okafor",
            passphrase=PASSPHRASE,
            organisation_name="City of Lindenhaven",
            kdf=MIN_KDF,
        )
        window = MainWindow(ws, settings=settings)
        try:
            window.resize(*LARGE)
            window.show()
            _settle(app)

            def shot(name: str) -> None:
                _settle(app)
                path = out / name
                if not window.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                written.append(path)

            shot(FILES[0])
            populate_demo(ws)
            ws.save()
            window.dispatcher.flush()
            page = window.register_pages[0]
            page.show_record(page.model.row_at(0).id)
            page.table.setFocus()
            shot(FILES[1])
            page.show_record(_richest(ws))
            page.editor.tabs.setCurrentIndex(0)
            shot(FILES[2])
            page.show_record(_most_changed(ws))
            page.editor.tabs.setCurrentIndex(1)
            shot(FILES[3])
            page.editor.tabs.setCurrentIndex(0)
            page.show_record(page.model.row_at(0).id)
            window.resize(*SMALL)
            shot(FILES[4])
            window.resize(*LARGE)
            assessments = window.assessments_page
            window.go_to_section(window.pages.indexOf(assessments))
            cctv = next(
                a.id for a in AssessmentService(ws.ctx).summaries() if a.reference == "SCR-001"
            )
            assessments.show_assessment(cctv)
            shot(FILES[5])
            pia = _cnil_file(ws, folder)
            imported = import_cnil_pia(ws, pia).assessment
            assert imported is not None
            window.dispatcher.flush()
            assessments.reload()
            assessments.show_assessment(imported.id)
            editor = assessments.editor
            editor.show_section(_most_commented_section(editor))
            _scroll_to_comment(app, editor)
            shot(FILES[6])
            window.resize(*SMALL)
            _scroll_to_comment(app, editor)
            shot(FILES[7])
            window.resize(*LARGE)
            approved = next(
                a.id for a in AssessmentService(ws.ctx).summaries() if a.reference == "DPIA-001"
            )
            # A new version of the approved CCTV DPIA: its pages as one edits them.
            dpia = AssessmentService(ws.ctx).new_version(approved).id
            window.dispatcher.flush()
            assessments.show_assessment(dpia)
            for key, large, small in DPIA_PAGES:
                assessments.editor.show_section(key)
                shot(large)
                window.resize(*SMALL)
                shot(small)
                window.resize(*LARGE)
            written += _ai_shots(app, window, ws, out)
            written += _dialog_shots(app, ws, settings, folder, out)
            written += _assessment_dialog_shots(app, ws, settings, pia, imported.id, folder, out)
        finally:
            window.shutdown()
            window.deleteLater()
            _settle(app)
            ws.close()
    return written


def _ai_shots(app: QApplication, window: MainWindow, ws: Workspace, out: Path) -> list[Path]:
    """The AI systems register: list and editor, the classification wizard, the duties."""
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle(app)
        path = out / name
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    page = window.register_page("ai_system")
    assert page is not None
    window.go_to_section(window.pages.indexOf(page))
    benefit = next(r.id for r in ws.ai_systems.rows() if r.reference == "AI-001")
    page.show_record(benefit)
    editor = page.editor
    assert isinstance(editor, AiSystemEditor)
    editor.show_tab("details")
    page.table.setFocus()
    save(window, FILES[8])
    window.resize(*SMALL)
    save(window, FILES[11])
    window.resize(*LARGE)
    editor.show_tab("classification")
    wizard = editor.classify()
    assert wizard is not None
    try:
        _answer_benefit_pre_check(AssessmentService(ws.ctx), wizard.assessment_id)
        wizard.editor.refresh()
        wizard.editor.show_section("high_risk")
        wizard.resize(*LARGE)
        wizard.editor.question_widgets["annex_iii_area"].setFocus()
        save(wizard, FILES[9])
        wizard.apply_result()
    finally:
        wizard.done(0)
    window.dispatcher.flush()
    editor.show_tab("duties")
    save(window, FILES[10])
    editor.show_tab("details")
    return written


def _answer_benefit_pre_check(service: AssessmentService, assessment_id: str) -> None:
    """What the benefit eligibility pre-check answers (Annex III 5(a)); answers given stay."""
    row = service.get(assessment_id)
    given = service.answers(row)
    definition = service.definition(row)
    answers: dict[str, object] = {"ai_infers": "yes", "ai_autonomy": "yes"}
    for section in ("prohibited", "transparency"):
        answers |= {q.id: "no" for q in definition.section(section).questions}
    answers |= {
        "annex_i_product": "no",
        "annex_iii_area": ["essential_services"],
        "annex_iii_5_uses": ["5a"],
        "art6_3_profiling": "yes",
    }
    for question, value in answers.items():
        if question not in given:
            service.answer(assessment_id, question, value)


def _cnil_file(ws: Workspace, folder: Path) -> Path:
    """The CNIL's example PIA if it is beside the checkout, else the demo's DPIA-001 as one."""
    if CNIL_EXAMPLE.is_file():
        return CNIL_EXAMPLE
    dpia = next(a.id for a in AssessmentService(ws.ctx).summaries() if a.reference == "DPIA-001")
    data, _warnings = cnil_pia_bytes(ws, dpia)
    path = folder / "DPIA-001 CNIL PIA.json"
    path.write_bytes(data)
    return path


def _most_commented_section(editor: QuestionnaireEditor) -> str:
    """The section whose questions carry the most CNIL comments and evaluations."""
    row, definition = editor.row, editor.definition
    assert row is not None and definition is not None
    pia = imported_pia(row)
    comments = [c.target for c in pia.comments] if pia is not None else []
    targets = [r.section for r in row.reviews] + comments * 3  # a comment shows the most

    def score(section_id: str) -> int:
        inside = {q.id for sub in definition.section(section_id).walk() for q in sub.questions}
        return sum(1 for t in targets if t in inside)

    questionnaire = [
        sid for sid in editor.sections_in_order() if sid not in editor.dpia_pages.page_keys()
    ]
    return max(questionnaire, key=lambda sid: (score(sid), -len(sid)))


def _scroll_to_comment(app: QApplication, editor: QuestionnaireEditor) -> None:
    """Bring the first question with a CNIL comment (else evaluation) to the top, selected."""
    _settle(app)
    panels = [
        (not panel.comments, widget)
        for widget in editor.question_widgets.values()
        for panel in widget.findChildren(CnilQuestionPanel)
    ]
    if not panels:
        return
    _no_comment, widget = min(panels, key=lambda p: (p[0], p[1].y()))
    widget.focused.emit(widget)
    editor.questions_area.verticalScrollBar().setValue(max(widget.y() - 6, 0))


def _assessment_dialog_shots(
    app: QApplication,
    ws: Workspace,
    settings: QSettings,
    pia: Path,
    dpia: str,
    folder: Path,
    out: Path,
) -> list[Path]:
    runner = TaskRunner(synchronous=True)
    export = AssessmentExportDialog(ws, runner, dpia, settings=settings)
    importer = CnilImportDialog(ws, runner, settings=settings)
    written: list[Path] = []
    try:
        for dialog, name in ((export, DIALOG_FILES[2]), (importer, DIALOG_FILES[3])):
            dialog.resize(*DIALOG)
            dialog.show()
            if dialog is importer:
                importer.open_file(pia)
            else:  # after an export: what was written, and Open file / Show in folder
                export.path_edit.setText(str(folder / export.default_name("pdf")))
                export.export()
            _settle(app)
            path = out / name
            if not dialog.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    finally:
        for dialog in (export, importer):
            dialog.done(0)
            dialog.deleteLater()
        _settle(app)
    return written


def _dialog_shots(
    app: QApplication, ws: Workspace, settings: QSettings, folder: Path, out: Path
) -> list[Path]:
    runner = TaskRunner(synchronous=True)
    ids = [a.id for a in ws.activities.all()[:3]]
    export = ExportDialog(ws, runner, settings=settings, selected_ids=ids)
    # The demo's own ICO workbook, imported back: every row is already in the register.
    workbook = export_register(
        ws, folder / "Lindenhaven ICO register.xlsx", format="xlsx", layout="ico"
    )
    importer = ImportDialog(ws, runner, settings=settings)
    written: list[Path] = []
    try:
        for dialog, name in ((export, DIALOG_FILES[0]), (importer, DIALOG_FILES[1])):
            dialog.resize(*DIALOG)
            dialog.show()
            if dialog is importer:
                importer.open_file(workbook)
                importer.go_next()
                importer.go_next()
            _settle(app)
            path = out / name
            if not dialog.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
    finally:
        for dialog in (export, importer):
            dialog.done(0)
            dialog.deleteLater()
        _settle(app)
    written.append(_transparency_shot(app, ws, settings, folder, out / DIALOG_FILES[4]))
    written.append(_aia_import_shot(app, ws, settings, folder, out / DIALOG_FILES[5]))
    return written


def _aia_import_shot(
    app: QApplication, ws: Workspace, settings: QSettings, folder: Path, path: Path
) -> Path:
    """The Canada AIA import's preview of a save file about a demo AI system."""
    saved = folder / "AIA Results.json"
    saved.write_text(json.dumps(AIA_SAVED), encoding="utf-8")
    dialog = AiaImportDialog(ws, TaskRunner(synchronous=True), settings=settings)
    try:
        dialog.resize(*DIALOG)
        dialog.show()
        dialog.open_file(saved)
        _settle(app)
        if not dialog.grab().save(str(path)):
            raise OSError(f"could not write {path}")
    finally:
        dialog.done(0)
        dialog.deleteLater()
        _settle(app)
    return path


def _transparency_shot(
    app: QApplication, ws: Workspace, settings: QSettings, folder: Path, path: Path
) -> Path:
    """The export dialog after writing the Dutch algorithm register's entries."""
    dialog = ExportDialog(ws, TaskRunner(synchronous=True), settings=settings)
    try:
        dialog.resize(*DIALOG)
        dialog.show()
        dialog.format_buttons["nl-register"].setChecked(True)
        dialog.path_edit.setText(str(folder / dialog.default_name("nl-register")))
        dialog.export()
        _settle(app)
        dialog.scroll_area.ensureWidgetVisible(dialog.result_frame)
        _settle(app)
        if not dialog.grab().save(str(path)):
            raise OSError(f"could not write {path}")
    finally:
        dialog.done(0)
        dialog.deleteLater()
        _settle(app)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
