"""The main window of an open vault: the registers, the organisation profile and the catalogues.

The window edits the register through the workspace's services only. Vault-level actions
(save, lock, close, quit, people and keys, settings, about) are announced as signals; the
application controller decides what happens. Closing the window asks the controller too
(``quitRequested``) instead of closing by itself; :meth:`MainWindow.shutdown` closes it for real.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from govkit.domain.enums import CatalogueKind
from govkit.services.context import ChangeEvent
from govkit.ui.save_state import SaveState
from govkit.ui.undo import CommandRunner, UndoHooks
from govkit.ui.views.assessments_page import AssessmentsPage
from govkit.ui.views.catalogue_page import CataloguePage
from govkit.ui.views.changes import ChangeDispatcher
from govkit.ui.views.organisation_page import OrganisationPage
from govkit.ui.views.register_page import RegisterPage
from govkit.ui.views.registers import REGISTERS, RegisterDefinition
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.prompts import Prompts
from govkit.ui.widgets.save_indicator import SaveIndicator
from govkit.ui.workers import TaskRunner

if TYPE_CHECKING:
    from govkit.services.workspace import Workspace
    from govkit.ui.dialogs.aia_import_dialog import AiaImportDialog
    from govkit.ui.dialogs.assessment_export_dialog import AssessmentExportDialog
    from govkit.ui.dialogs.cnil_import_dialog import CnilImportDialog
    from govkit.ui.dialogs.export_dialog import FileExportDialog
    from govkit.ui.dialogs.import_dialog import ImportDialog
    from govkit.ui.dialogs.verify_pack import VerifyPackDialog

SETTINGS_GROUP = "main_window"


class MainWindow(QMainWindow):
    lockRequested = Signal()
    saveRequested = Signal()
    saveAsRequested = Signal()
    closeVaultRequested = Signal()
    quitRequested = Signal()
    peopleRequested = Signal()
    changePassphraseRequested = Signal()
    settingsRequested = Signal()
    aboutRequested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        prompts: Prompts | None = None,
        registers: tuple[RegisterDefinition, ...] = REGISTERS,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # Exports and imports run here; the controller passes its runner, which it waits
        # for before locking or saving.
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.settings = settings if settings is not None else QSettings("govkit", "govkit")
        self.prompts = prompts if prompts is not None else Prompts(self)
        self._may_close = False
        self._switching = False
        self._pending_error: str | None = None
        self._pending_target: tuple[str, str | None] | None = None

        self.undo_stack = QUndoStack(self)
        self.dispatcher = ChangeDispatcher(workspace.ctx, self)
        self.hooks = UndoHooks(error=self._on_undo_error, done=self._on_undo_done)
        self.runner = CommandRunner(self.undo_stack, self.hooks, after=self.dispatcher.flush)
        self.pick_lists = PickLists(workspace.catalogues, self)

        # -- pages -------------------------------------------------------------------------
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setSpacing(2)
        self.pages = QStackedWidget(self)
        self.register_pages: list[RegisterPage] = []
        for definition in registers:
            page = RegisterPage(
                definition,
                definition.service(workspace),
                self.pick_lists,
                self.runner,
                self.hooks,
                self.prompts,
                self.settings,
                self.pages,
            )
            page.stateChanged.connect(self._update_actions)
            page.organisationRequested.connect(self.show_organisation)
            page.status.connect(self._flash)
            page.editor.status.connect(self._flash)
            page.editor.openRecordRequested.connect(self.open_record)
            self.dispatcher.register(page.service.entity_type, page.apply_changes)
            self._add_page(definition.title(), page)
            self.register_pages.append(page)
        self.assessments_page = AssessmentsPage(workspace, self.settings, self.prompts, self.pages)
        self.assessments_page.status.connect(self._flash)
        self.assessments_page.stateChanged.connect(self._update_actions)
        self.assessments_page.exportRequested.connect(lambda: self.export_assessment())
        self.assessments_page.importCnilRequested.connect(lambda: self.import_cnil_pia())
        self.assessments_page.importAiaRequested.connect(lambda: self.import_canada_aia())
        self.dispatcher.register("assessment", self.assessments_page.apply_changes)
        for page in self.register_pages:
            self.dispatcher.register(
                page.service.entity_type, self.assessments_page.subjects_changed
            )
        self._add_page(self.tr("Assessments"), self.assessments_page)
        self._connect_ai_register()
        self.organisation_page = OrganisationPage(
            workspace.organisation, self.pick_lists, self.runner, self.hooks, self.pages
        )
        self.organisation_page.stateChanged.connect(self._update_actions)
        self.organisation_page.status.connect(self._flash)
        self.dispatcher.register("organisation", self.organisation_page.apply_changes)
        self._add_page(self.tr("Organisation"), self.organisation_page)
        self.catalogue_page = CataloguePage(self.pick_lists, self.prompts, self.pages)
        self.catalogue_page.status.connect(self._flash)
        self.dispatcher.register("catalogue_entry", self._on_catalogue_changes)
        for page in self.register_pages:
            self.dispatcher.register("assessment", page.assessments_changed)
        self._add_page(self.tr("Catalogues"), self.catalogue_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([165, 1115])
        self.sidebar.setMinimumWidth(120)
        self.setCentralWidget(self.splitter)
        self.sidebar.currentRowChanged.connect(self._on_section)

        # -- actions, menus, toolbar, status bar -----------------------------------------
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.save_indicator = SaveIndicator(self)
        self.statusBar().addPermanentWidget(self.save_indicator)
        self.statusBar().setSizeGripEnabled(True)

        self.update_title()
        self.sidebar.setCurrentRow(0)
        self._restore_window_state()
        self._update_actions()

    # -- building -----------------------------------------------------------------------------

    def _connect_ai_register(self) -> None:
        """The AI systems editor's links: activities, assessments, and back."""
        from govkit.ui.views.ai_system_editor import AiSystemEditor

        for page in self.register_pages:
            editor = page.editor
            if isinstance(editor, AiSystemEditor):
                editor.openAssessmentRequested.connect(self.open_assessment)
                editor.startAssessmentRequested.connect(self._start_ai_assessment)
                for entity_type in ("controller_activity", "processor_activity"):
                    self.dispatcher.register(entity_type, _calling(editor.activities_changed))
            elif page.service.entity_type in ("controller_activity", "processor_activity"):
                self.dispatcher.register("ai_system", _calling(editor.refresh_used_by))

    def open_record(self, entity_type: str, record_id: str) -> bool:
        """Show a record in its register (a linked activity, an AI system using one)."""
        page = self.register_page(entity_type)
        if page is None or not self.commit_pending_edits():
            return False
        if not self.go_to_section(self.pages.indexOf(page)):
            return False
        if page.model.row_of(record_id) < 0:
            page.clear_filters()
        if not page.show_record(record_id):
            self._flash(self.tr("This record no longer exists."))
            return False
        page.table.setFocus()
        return True

    def open_assessment(self, assessment_id: str) -> bool:
        """Show an assessment in the Assessments section."""
        if not self.commit_pending_edits():
            return False
        self.dispatcher.flush()
        if not self.go_to_section(self.pages.indexOf(self.assessments_page)):
            return False
        page = self.assessments_page
        if page.model.row_of(assessment_id) < 0:
            page.clear_filters()
        return page.show_assessment(assessment_id)

    def _start_ai_assessment(self, kind: str, system_id: str) -> None:
        from govkit.domain.assessment_enums import AssessmentKind

        if self.go_to_section(self.pages.indexOf(self.assessments_page)):
            self.assessments_page.start_assessment(
                AssessmentKind(kind), subject_type="ai_system", subject_id=system_id
            )

    def _add_page(self, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setToolTip(title)
        self.sidebar.addItem(item)
        self.pages.addWidget(page)

    def _action(
        self, text: str, slot: object, shortcuts: list[QKeySequence] | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(shortcuts)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def update_title(self) -> None:
        """Show the vault's file name (after Save As it is the new one)."""
        name = self.workspace.path.name
        self.setWindowTitle(self.tr("{vault}[*] — govkit").format(vault=name))
        self.setAccessibleName(self.tr("govkit: {vault}").format(vault=name))

    def _save_as(self) -> None:
        if self.commit_pending_edits():
            self.saveAsRequested.emit()

    def _build_actions(self) -> None:
        K = QKeySequence
        self.new_action = self._action(
            self.tr("&New activity"),
            self.new_record,
            [K("Ctrl+N")],
            self.tr("Add a new record to the register"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self._save,
            [K("Ctrl+S")],
            self.tr("Write every change to the vault file now"),
        )
        self.save_as_action = self._action(
            self.tr("Save &As…"),
            self._save_as,
            [K("Ctrl+Shift+S")],
            self.tr("Keep the vault in another file, e.g. when its folder cannot be written"),
        )
        self.export_action = self._action(
            self.tr("&Export…"),
            self.export,
            [K("Ctrl+E")],
            self.tr("Write the register as Excel, PDF, JSON or a signed audit pack"),
        )
        self.import_action = self._action(
            self.tr("&Import a spreadsheet…"),
            lambda: self.import_spreadsheet(),
            [K("Ctrl+I")],
            self.tr("Add the activities of an Excel or CSV register to this vault"),
        )
        self.import_cnil_action = self._action(
            self.tr("Import a &CNIL PIA file…"),
            lambda: self.import_cnil_pia(),
            [K("Ctrl+Shift+I")],
            self.tr("Make a DPIA of a PIA exported from the CNIL's PIA software"),
        )
        self.import_aia_action = self._action(
            self.tr("Import a Canada AIA &file…"),
            lambda: self.import_canada_aia(),
            [K("Ctrl+Alt+I")],
            self.tr(
                "Make an algorithmic impact assessment of a file saved by Canada's "
                "Algorithmic Impact Assessment tool"
            ),
        )
        self.verify_pack_action = self._action(
            self.tr("&Verify an audit pack…"),
            lambda: self.verify_pack(),
            tip=self.tr("Check that an audit pack is complete, unchanged and signed"),
        )
        self.lock_action = self._action(
            self.tr("&Lock"),
            self.lockRequested.emit,
            [K("Ctrl+L")],
            self.tr("Lock the vault; the passphrase opens it again"),
        )
        self.close_vault_action = self._action(
            self.tr("&Close vault"), self.closeVaultRequested.emit
        )
        self.quit_action = self._action(self.tr("&Quit"), self.quitRequested.emit, [K("Ctrl+Q")])
        self.undo_action = self._action(self.tr("&Undo"), self.undo, [K("Ctrl+Z")])
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, [K("Ctrl+Shift+Z"), K("Ctrl+Y")]
        )
        self.apply_action = self._action(
            self.tr("A&pply changes"),
            self.apply_changes,
            [K("Ctrl+Return"), K("Ctrl+Enter")],
            self.tr("Save what you typed in the form"),
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate"),
            self.duplicate_record,
            [K("Ctrl+D")],
            self.tr("Make a copy of the selected record"),
        )
        self.archive_action = self._action(
            self.tr("&Archive"),
            self.toggle_archive,
            tip=self.tr("Archive or restore the selected record"),
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.delete_record,
            [K(Qt.Key.Key_Delete)],
            self.tr("Delete the selected record"),
        )
        self.assess_action = self._action(
            self.tr("A&ssess this activity…"),
            self.assess_current,
            [K("Ctrl+Shift+A")],
            self.tr("Start a DPIA screening or a DPIA of the selected activity"),
        )
        self.find_action = self._action(
            self.tr("&Find"), self.focus_search, [K("Ctrl+F")], self.tr("Search the register")
        )
        self.people_action = self._action(self.tr("&People and keys…"), self.peopleRequested.emit)
        self.passphrase_action = self._action(
            self.tr("Change my &passphrase…"), self.changePassphraseRequested.emit
        )
        self.organisation_action = self._action(
            self.tr("&Organisation profile"), self.show_organisation
        )
        self.catalogues_action = self._action(self.tr("&Catalogues"), self.show_catalogues)
        self.settings_action = self._action(self.tr("&Settings…"), self.settingsRequested.emit)
        self.about_action = self._action(self.tr("&About govkit"), self.aboutRequested.emit)
        self.section_actions: list[QAction] = []
        for n in range(self.sidebar.count()):
            item = self.sidebar.item(n)
            action = self._action(
                item.text(),
                lambda _c=False, row=n: self.go_to_section(row),
                [K(f"Ctrl+{n + 1}")] if n < 9 else None,
            )
            self.section_actions.append(action)
        self.undo_stack.canUndoChanged.connect(self._update_actions)
        self.undo_stack.canRedoChanged.connect(self._update_actions)
        self.undo_stack.undoTextChanged.connect(self._update_actions)
        self.undo_stack.redoTextChanged.connect(self._update_actions)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_cnil_action)
        file_menu.addAction(self.import_aia_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.verify_pack_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.close_vault_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.apply_action)
        edit_menu.addSeparator()
        for action in (self.duplicate_action, self.archive_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addAction(self.assess_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        go_menu = bar.addMenu(self.tr("&Go"))
        for action in self.section_actions:
            go_menu.addAction(action)
        vault_menu = bar.addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.people_action)
        vault_menu.addAction(self.passphrase_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.organisation_action)
        vault_menu.addAction(self.catalogues_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "go": go_menu,
            "vault": vault_menu,
            "help": help_menu,
        }

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_action,
            self.duplicate_action,
            self.archive_action,
            self.delete_action,
        ):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(self.export_action)
        bar.addSeparator()
        bar.addAction(self.save_action)
        bar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    # -- pages ------------------------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def current_register(self) -> RegisterPage | None:
        page = self.current_page()
        return page if isinstance(page, RegisterPage) else None

    def register_page(self, entity_type: str) -> RegisterPage | None:
        return next((p for p in self.register_pages if p.service.entity_type == entity_type), None)

    def go_to_section(self, row: int) -> bool:
        """Show a section; False if the edits pending on the current page were refused."""
        if row == self.pages.currentIndex():
            return True
        self.sidebar.setCurrentRow(row)
        return self.pages.currentIndex() == row

    def _on_section(self, row: int) -> None:
        if self._switching or row < 0:
            return
        page = self.current_page()
        if page is not None and not _commit(page):
            self._switching = True
            try:
                self.sidebar.setCurrentRow(self.pages.currentIndex())
            finally:
                self._switching = False
            return
        self.pages.setCurrentIndex(row)
        if self.pages.currentWidget() is self.catalogue_page:
            self.catalogue_page.reload()
        self._update_actions()

    def show_organisation(self) -> None:
        if self.go_to_section(self.pages.indexOf(self.organisation_page)):
            self.organisation_page.focus_first_field()

    def show_catalogues(self, kind: CatalogueKind | None = None) -> None:
        if self.go_to_section(self.pages.indexOf(self.catalogue_page)):
            if isinstance(kind, CatalogueKind):
                self.catalogue_page.show_kind(kind)
            self.catalogue_page.kinds.setFocus()

    # -- actions -----------------------------------------------------------------------------

    def _register_for_action(self) -> RegisterPage:
        page = self.current_register()
        if page is None:
            self.go_to_section(0)
            page = self.current_register()
        assert page is not None
        return page

    def new_record(self) -> None:
        page = self.current_register()
        if page is None:
            if not self.go_to_section(0):
                return
            page = self.register_pages[0]
        page.new_record()

    def duplicate_record(self) -> None:
        page = self.current_register()
        if page is not None:
            page.duplicate_current()

    def toggle_archive(self) -> None:
        page = self.current_register()
        if page is not None:
            page.toggle_archive_current()

    def delete_record(self) -> None:
        page = self.current_register()
        if page is not None:
            page.delete_current()

    def export(self) -> FileExportDialog | None:
        """File ▸ Export: the dialog, with the current register's selection and filter; in the
        Assessments section, the assessment open there."""
        from govkit.ui.dialogs.export_dialog import ExportDialog

        if self._assessment_to_export() is not None:
            return self.export_assessment()
        if not self.commit_pending_edits():
            return None
        page = self.current_register()
        # The selection and search scopes are of activities; the AI systems register's rows
        # are not passed as such (the dialog has scopes of its own for AI systems).
        activities = page is not None and page.service.entity_type != "ai_system"
        dialog = ExportDialog(
            self.workspace,
            self.tasks,
            settings=self.settings,
            selected_ids=page.selected_ids() if page is not None and activities else (),
            shown_ids=page.shown_ids() if page is not None and activities else None,
            department=page.department_filter_value() if page is not None else None,
            prompts=self.prompts,
            parent=self,
        )
        self._open_dialog(dialog)
        return dialog

    def _assessment_to_export(self) -> str | None:
        if self.current_page() is not self.assessments_page:
            return None
        return self.assessments_page.current_assessment_id()

    def export_assessment(self) -> AssessmentExportDialog | None:
        """The assessment open in the Assessments section as PDF, Excel or CNIL PIA JSON."""
        from govkit.ui.dialogs.assessment_export_dialog import AssessmentExportDialog
        from govkit.ui.views.questionnaire_editor import ui_language

        assessment_id = self.assessments_page.current_assessment_id()
        if assessment_id is None or not self.commit_pending_edits():
            return None
        dialog = AssessmentExportDialog(
            self.workspace,
            self.tasks,
            assessment_id,
            settings=self.settings,
            language=ui_language(),
            prompts=self.prompts,
            parent=self,
        )
        self._open_dialog(dialog)
        return dialog

    def import_cnil_pia(self, path: Path | None = None) -> CnilImportDialog | None:
        """File ▸ Import a CNIL PIA file: the dialog; the new DPIA is opened when it is done."""
        from govkit.ui.dialogs.cnil_import_dialog import CnilImportDialog

        if not self.commit_pending_edits():
            return None
        dialog = CnilImportDialog(
            self.workspace, self.tasks, settings=self.settings, path=path, parent=self
        )
        dialog.imported.connect(self._show_imported_assessment)
        self._open_dialog(dialog)
        return dialog

    def import_canada_aia(self, path: Path | None = None) -> AiaImportDialog | None:
        """File ▸ Import a Canada AIA file: the dialog; the new AIA is opened when it is done."""
        from govkit.ui.dialogs.aia_import_dialog import AiaImportDialog

        if not self.commit_pending_edits():
            return None
        dialog = AiaImportDialog(
            self.workspace, self.tasks, settings=self.settings, path=path, parent=self
        )
        dialog.imported.connect(self._show_imported_assessment)
        self._open_dialog(dialog)
        return dialog

    def _show_imported_assessment(self, assessment_id: str) -> None:
        self.dispatcher.flush()
        if self.go_to_section(self.pages.indexOf(self.assessments_page)):
            self.assessments_page.clear_filters()
            self.assessments_page.reload()
            if self.assessments_page.show_assessment(assessment_id):
                row = self.assessments_page.editor.row
                if row is not None:
                    self._flash(self.tr("Imported as {reference}.").format(reference=row.reference))

    def import_spreadsheet(self, path: Path | None = None) -> ImportDialog | None:
        """File ▸ Import: the dialog; the imported records are shown when it is done."""
        from govkit.ui.dialogs.import_dialog import ImportDialog

        if not self.commit_pending_edits():
            return None
        dialog = ImportDialog(
            self.workspace,
            self.tasks,
            settings=self.settings,
            path=path,
            prompts=self.prompts,
            parent=self,
        )
        dialog.imported.connect(self._show_imported)
        self._open_dialog(dialog)
        return dialog

    def _show_imported(self, register: str, ids: list[str]) -> None:
        self.dispatcher.flush()
        entity_type = "processor_activity" if register == "processor" else "controller_activity"
        page = self.register_page(entity_type)
        if page is None or not self.go_to_section(self.pages.indexOf(page)):
            return
        if ids:
            page.show_record(ids[0])
        self._flash(self.tr("{n} activities imported").format(n=len(ids)))

    def verify_pack(self, path: Path | None = None) -> VerifyPackDialog:
        """File ▸ Verify an audit pack (one received, or one made here)."""
        from govkit.ui.dialogs.verify_pack import VerifyPackDialog

        dialog = VerifyPackDialog(
            self.settings,
            self.tasks,
            own_fingerprint=self._own_fingerprint(),
            path=path,
            parent=self,
        )
        self._open_dialog(dialog)
        return dialog

    def _own_fingerprint(self) -> str | None:
        from govkit.services.signing import fingerprint_of

        return fingerprint_of(self.workspace)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def assess_current(self) -> None:
        """Edit ▸ Assess this activity: start a screening or DPIA of the selected record."""
        page = self.current_register()
        record_id = page.current_record_id() if page is not None else None
        if page is None or record_id is None:
            return
        if not self.commit_pending_edits():
            return
        if self.go_to_section(self.pages.indexOf(self.assessments_page)):
            self.assessments_page.start_assessment(
                subject_type=page.service.entity_type, subject_id=record_id
            )

    def focus_search(self) -> None:
        if self.current_page() is self.assessments_page:
            self.assessments_page.focus_search()
            return
        page = self.current_register()
        if page is None:
            if not self.go_to_section(0):
                return
            page = self.register_pages[0]
        page.focus_search()

    def apply_changes(self) -> None:
        _commit(self.current_page())

    def undo(self) -> None:
        # What is being typed is the latest change: apply it, so that undo reverts exactly it
        # (and redo brings it back).
        if not self.commit_pending_edits() or not self.undo_stack.canUndo():
            return
        self.undo_stack.undo()
        self._after_undo_redo()

    def redo(self) -> None:
        if not self.commit_pending_edits() or not self.undo_stack.canRedo():
            return
        self.undo_stack.redo()
        self._after_undo_redo()

    def _after_undo_redo(self) -> None:
        self.dispatcher.flush()
        target, self._pending_target = self._pending_target, None
        error, self._pending_error = self._pending_error, None
        if target is not None:
            entity_type, record_id = target
            if entity_type == "organisation":
                self.go_to_section(self.pages.indexOf(self.organisation_page))
            else:
                page = self.register_page(entity_type)
                if (
                    page is not None
                    and self.go_to_section(self.pages.indexOf(page))
                    and record_id is not None
                ):
                    page.show_record(record_id)
        if error is not None:
            self.prompts.error(self.tr("Undo"), error)
        self._update_actions()

    def _on_undo_done(self, entity_type: str, record_id: str | None) -> None:
        self._pending_target = (entity_type, record_id)

    def _on_undo_error(self, message: str) -> None:
        self._pending_error = message

    def _save(self) -> None:
        self.commit_pending_edits()
        self.saveRequested.emit()

    def _on_catalogue_changes(self, events: list[ChangeEvent]) -> None:
        self.pick_lists.invalidate()
        self.catalogue_page.apply_changes(events)

    def _flash(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _update_actions(self) -> None:
        page = self.current_register()
        row = page.current_row() if page is not None else None
        self.new_action.setEnabled(True)
        ai = page is not None and page.service.entity_type == "ai_system"
        self.new_action.setText(self.tr("&New AI system") if ai else self.tr("&New activity"))
        self.assess_action.setText(
            self.tr("A&ssess this AI system…") if ai else self.tr("A&ssess this activity…")
        )
        assess_tip = (
            self.tr("Start an AI ethics checklist, a FRIA or another assessment of the AI system")
            if ai
            else self.tr("Start a DPIA screening or a DPIA of the selected activity")
        )
        self.assess_action.setStatusTip(assess_tip)
        self.assess_action.setToolTip(assess_tip)
        for action in (
            self.duplicate_action,
            self.archive_action,
            self.delete_action,
            self.assess_action,
        ):
            action.setEnabled(row is not None)
        self.archive_action.setText(
            self.tr("Un&archive") if row is not None and row.archived else self.tr("&Archive")
        )
        current = self.current_page()
        if self._assessment_to_export() is not None:
            self.export_action.setText(self.tr("&Export this assessment…"))
            tip = self.tr("Write the assessment as a PDF report, Excel or a CNIL PIA file")
        else:
            self.export_action.setText(self.tr("&Export…"))
            tip = self.tr("Write the register as Excel, PDF, JSON or a signed audit pack")
        self.export_action.setStatusTip(tip)
        self.export_action.setToolTip(tip)
        self.apply_action.setEnabled(bool(current is not None and _has_pending(current)))
        undo_text = self.undo_stack.undoText()
        redo_text = self.undo_stack.redoText()
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo_text).strip()
            if undo_text
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo_text).strip()
            if redo_text
            else self.tr("&Redo")
        )

    # -- the controller's interface -----------------------------------------------------------

    def set_save_state(self, state: SaveState, detail: str = "") -> None:
        """Show whether every change is in the vault file (status bar and title)."""
        self.save_indicator.set_state(state, detail)
        self.setWindowModified(state is not SaveState.SAVED)

    def commit_pending_edits(self) -> bool:
        """Apply what is being typed anywhere; False (and the problems shown) if refused."""
        pages = [self.current_page()] + [self.pages.widget(i) for i in range(self.pages.count())]
        for page in pages:
            if page is None or not _has_pending(page):
                continue
            if not _commit(page):
                self._switching = True
                try:
                    index = self.pages.indexOf(page)
                    self.pages.setCurrentIndex(index)
                    self.sidebar.setCurrentRow(index)
                finally:
                    self._switching = False
                self._update_actions()
                return False
        return True

    def has_pending_edits(self) -> bool:
        return any(_has_pending(self.pages.widget(i)) for i in range(self.pages.count()))

    def close_transient_ui(self) -> None:
        """Close menus, drop-downs and questions on screen (before locking)."""
        self.prompts.close_open()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            if next_popup is popup:
                break
            popup = next_popup
        for menu in self.findChildren(QMenu):
            menu.hide()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        for page in self.register_pages:
            page.close_transient_ui()
        self.assessments_page.close_transient_ui()

    def shutdown(self) -> None:
        """Save the window state, stop listening to the vault and close for real."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The close button asks the controller (``quitRequested``); it decides.

        The window really closes after :meth:`shutdown`, or when it is closed while hidden
        (the controller hides it before tearing it down).
        """
        self.save_window_state()
        if self._may_close or not self.isVisible():
            self.dispatcher.close()
            event.accept()
            return
        event.ignore()
        self.quitRequested.emit()

    # -- window state -------------------------------------------------------------------------

    def save_window_state(self) -> None:
        self.settings.setValue(f"{SETTINGS_GROUP}/geometry", self.saveGeometry())
        self.settings.setValue(f"{SETTINGS_GROUP}/state", self.saveState())
        self.settings.setValue(f"{SETTINGS_GROUP}/splitter", self.splitter.saveState())
        for page in self.register_pages:
            page.save_view_state()
        self.assessments_page.save_view_state()

    def _restore_window_state(self) -> None:
        geometry = self.settings.value(f"{SETTINGS_GROUP}/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        state = self.settings.value(f"{SETTINGS_GROUP}/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        splitter = self.settings.value(f"{SETTINGS_GROUP}/splitter")
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(QByteArray(splitter))


def _calling(slot: Callable[[], None]) -> Callable[[list[ChangeEvent]], None]:
    """A change handler that calls ``slot`` whatever the changes were."""

    def handler(_events: list[ChangeEvent]) -> None:
        slot()

    return handler


def _has_pending(page: QWidget | None) -> bool:
    check = getattr(page, "has_pending_edits", None)
    return bool(check()) if callable(check) else False


def _commit(page: QWidget | None) -> bool:
    commit = getattr(page, "commit_pending_edits", None)
    return bool(commit()) if callable(commit) else True
