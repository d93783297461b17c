"""The Assessments section: DPIA screenings and DPIAs of the register's activities.

The list (filters by type, status and text) above, the questionnaire of the selected
assessment below; an explanation and a first step when the vault has no assessment yet.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govkit.assessments import builtin_definition
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus, DpiaState
from govkit.domain.models import Assessment
from govkit.services.assessments import AssessmentService
from govkit.services.catalogues import suggestion_kind
from govkit.services.context import ChangeEvent
from govkit.services.workspace import Workspace
from govkit.storage.errors import NotFoundError, UserFacingError
from govkit.ui.dialogs.start_assessment_dialog import ActivityChoice, StartAssessmentDialog
from govkit.ui.models.assessment_model import (
    ACol,
    AssessmentFilter,
    AssessmentTableModel,
)
from govkit.ui.views.questionnaire_editor import QuestionnaireEditor, Suggestions, ui_language
from govkit.ui.widgets.prompts import Prompts

SETTINGS_GROUP = "assessments"

_COLUMN_WIDTHS = {
    ACol.REFERENCE: 90,
    ACol.TYPE: 80,
    ACol.SUBJECT: 240,
    ACol.STATUS: 120,
    ACol.OWNER: 120,
    ACol.NEXT_REVIEW: 100,
}


class AssessmentsEmptyState(QWidget):
    """No assessment yet: what screenings and DPIAs are, and how to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Assess the risks of your processing activities"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel(
            self.tr(
                "A DPIA screening answers the nine criteria of the EDPB guidelines (WP248) for "
                "one activity and tells whether a data protection impact assessment is needed: "
                "two criteria or more usually mean yes, and some cases always require one "
                "(Art. 35(3) and (4) GDPR).\n\n"
                "A data protection impact assessment (DPIA) then describes the processing, "
                "checks that it is necessary and proportionate, and assesses the risks to the "
                "people concerned and the measures against them, following the CNIL method. "
                "Both go through review and are signed off; an approved version is kept "
                "unchanged."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start a screening of an activity…"), self)
        self.start_button.setAccessibleName(self.tr("Start a screening of an activity"))
        self.start_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import a CNIL PIA file…"), self)
        self.import_button.setAccessibleName(self.tr("Import a CNIL PIA file"))
        self.import_aia_button = QPushButton(self.tr("Import a Canada AIA file…"), self)
        self.import_aia_button.setAccessibleName(self.tr("Import a Canada AIA file"))
        frame = QWidget(self)
        frame.setMaximumWidth(640)
        column = QVBoxLayout(frame)
        column.addWidget(self.title)
        column.addSpacing(8)
        column.addWidget(self.text)
        column.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.import_aia_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(frame, 6)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class AssessmentsPage(QWidget):
    stateChanged = Signal()
    status = Signal(str)  # a short message for the status bar
    exportRequested = Signal()  # export the assessment open (the window has the dialog)
    importCnilRequested = Signal()  # import a CNIL PIA file (idem)
    importAiaRequested = Signal()  # import a Canada AIA save file (idem)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.prompts = prompts
        self.service = AssessmentService(workspace.ctx)
        self.language = ui_language()
        self._syncing = False
        self.start_dialog: StartAssessmentDialog | None = None

        self.model = AssessmentTableModel(self)
        self.stack = QStackedWidget(self)
        self.empty = AssessmentsEmptyState(self.stack)
        self.empty.start_button.clicked.connect(
            lambda: self.start_assessment(AssessmentKind.DPIA_SCREENING)
        )
        self.empty.import_button.clicked.connect(self.importCnilRequested.emit)
        self.empty.import_aia_button.clicked.connect(self.importAiaRequested.emit)
        self.stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self.stack)
        self.splitter.setChildrenCollapsible(True)
        self.stack.addWidget(self.splitter)

        list_pane = QWidget(self.splitter)
        l_lay = QVBoxLayout(list_pane)
        l_lay.setContentsMargins(0, 0, 0, 4)
        l_lay.setSpacing(4)
        head = QHBoxLayout()
        heading = QLabel(self.tr("Impact assessments"), list_pane)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        head.addWidget(heading, 1)
        self.new_button = QPushButton(self.tr("New assessment…"), list_pane)
        self.new_button.setAccessibleName(self.tr("Start a new assessment"))
        self.new_button.clicked.connect(lambda: self.start_assessment())
        head.addWidget(self.new_button)
        # Short texts in this row (its width is the section's smallest); the tips say more.
        self.import_button = QPushButton(self.tr("Import CNIL PIA…"), list_pane)
        self.import_button.setAccessibleName(self.tr("Import a CNIL PIA file"))
        self.import_button.setToolTip(
            self.tr("Make a DPIA of a PIA exported from the CNIL's PIA software (Ctrl+Shift+I)")
        )
        self.import_button.clicked.connect(self.importCnilRequested.emit)
        head.addWidget(self.import_button)
        self.import_aia_button = QPushButton(self.tr("Import AIA…"), list_pane)
        self.import_aia_button.setAccessibleName(self.tr("Import a Canada AIA file"))
        self.import_aia_button.setToolTip(
            self.tr(
                "Make an algorithmic impact assessment of a file saved by Canada's "
                "Algorithmic Impact Assessment tool (Ctrl+Alt+I)"
            )
        )
        self.import_aia_button.clicked.connect(self.importAiaRequested.emit)
        head.addWidget(self.import_aia_button)
        self.export_button = QPushButton(self.tr("Export…"), list_pane)
        self.export_button.setAccessibleName(self.tr("Export the assessment"))
        self.export_button.setToolTip(
            self.tr(
                "The assessment as a PDF report, its action plan as Excel or (a DPIA) a CNIL "
                "PIA file (Ctrl+E)"
            )
        )
        self.export_button.clicked.connect(self.exportRequested.emit)
        head.addWidget(self.export_button)
        l_lay.addLayout(head)

        filters = QHBoxLayout()
        self.search = QLineEdit(list_pane)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the assessments"))
        search_label = QLabel(self.tr("&Search:"), list_pane)
        search_label.setBuddy(self.search)
        self.type_filter = QComboBox(list_pane)
        self.type_filter.setAccessibleName(self.tr("Type filter"))
        self.type_filter.addItem(self.tr("All types"), None)
        for kind in AssessmentKind:
            self.type_filter.addItem(self._plural_label(kind), kind.value)
        type_label = QLabel(self.tr("T&ype:"), list_pane)
        type_label.setBuddy(self.type_filter)
        self.status_filter = QComboBox(list_pane)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for value in AssessmentStatus:
            self.status_filter.addItem(value.label, value.value)
        status_label = QLabel(self.tr("Stat&us:"), list_pane)
        status_label.setBuddy(self.status_filter)
        self.count_label = QLabel(list_pane)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 3)
        filters.addWidget(type_label)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count_label)
        l_lay.addLayout(filters)
        self.search.textChanged.connect(self._apply_filter)
        self.type_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.table = QTableView(list_pane)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for col, width in _COLUMN_WIDTHS.items():
            header.resizeSection(col, width)
        header.setSortIndicator(ACol.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        l_lay.addWidget(self.table, 1)

        self.editor = QuestionnaireEditor(
            self.service,
            prompts,
            actor_name=workspace.ctx.actor.name,
            language=self.language,
            subject_name=self._subject_of,
            suggestions=self._suggestions,
            parent=self.splitter,
        )
        self.editor.assessmentChanged.connect(self._on_assessment_changed)
        self.editor.openRequested.connect(self.show_assessment)
        self.editor.stateChanged.connect(self._on_editor_state)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setCollapsible(1, False)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(self.stack)
        self._restore_view_state()
        self.reload()

    # -- data -----------------------------------------------------------------------------------

    def _suggestions(self, source: str) -> Suggestions | None:
        """The vault's pick list a question names, to compare with and pick from."""
        kind = suggestion_kind(source)
        if kind is None:
            return None
        entries = self.workspace.catalogues.entries(kind)
        return Suggestions(kind.label, tuple((e.label, e.description) for e in entries))

    def _activities(self) -> list[ActivityChoice]:
        choices: list[ActivityChoice] = []
        for subject_type, service in (
            ("controller_activity", self.workspace.activities),
            ("processor_activity", self.workspace.processor_activities),
        ):
            for row in service.rows():
                if not row.archived:
                    choices.append(
                        ActivityChoice(
                            subject_type, row.id, row.name or row.reference, row.reference
                        )
                    )
        return choices

    def _ai_systems(self) -> list[ActivityChoice]:
        return [
            ActivityChoice("ai_system", row.id, row.name or row.reference, row.reference)
            for row in self.workspace.ai_systems.rows()
            if not row.archived
        ]

    def _plural_label(self, kind: AssessmentKind) -> str:
        """The kind in the type filter ("DPIAs")."""
        labels = {
            AssessmentKind.DPIA_SCREENING: self.tr("DPIA screenings"),
            AssessmentKind.DPIA: self.tr("DPIAs"),
            AssessmentKind.AI_ACT_CLASSIFICATION: self.tr("AI Act classifications"),
            AssessmentKind.AI_ETHICS: self.tr("AI ethics checklists"),
            AssessmentKind.FRIA: self.tr("Fundamental-rights impact assessments"),
            AssessmentKind.ALGORITHMIC_IMPACT: self.tr("Algorithmic impact assessments"),
        }
        return labels[kind]

    def _subjects(self) -> dict[tuple[str, str], str]:
        names: dict[tuple[str, str], str] = {}
        for subject_type, service in (
            ("controller_activity", self.workspace.activities),
            ("processor_activity", self.workspace.processor_activities),
            ("ai_system", self.workspace.ai_systems),
        ):
            for record_id, name in service.names().items():
                names[(subject_type, record_id)] = name
        return names

    def subjects_changed(self, _events: list[ChangeEvent]) -> None:
        """Activities were added, renamed or removed: show their names as they are now."""
        self.reload()

    def _outcome_labels(self) -> dict[str, str]:
        labels: dict[str, str] = {}
        for kind in AssessmentKind:
            try:
                definition = builtin_definition(kind.definition_id)
            except LookupError:
                continue
            for outcome in definition.outcomes:
                labels.setdefault(outcome.id, outcome.label.get(self.language))
        return labels

    def _subject_of(self, row: Assessment) -> str:
        summary = self.model.summary(row.id)
        if summary is not None:
            return self.model.subject_name(summary)  # "(not linked to an activity)"…
        return self.model.subjects.get((row.subject_type, row.subject_id), "")

    def reload(self) -> None:
        """List every assessment again."""
        self.model.set_rows(self.service.summaries(), self._subjects(), self._outcome_labels())
        self._update_view()
        current = self.editor.assessment_id
        if current is not None:
            if self.model.summary(current) is None:
                self.editor.close_assessment()
            else:
                self.editor.refresh()
                self._select(current)

    def apply_changes(self, events: list[ChangeEvent]) -> None:
        """The ChangeDispatcher's handler for the entity type "assessment"."""
        if not events:
            return
        self.model.set_rows(self.service.summaries())
        self._update_view()
        current = self.editor.assessment_id
        if current is not None and any(e.entity_id in (current, "*") for e in events):
            self.editor.refresh()
        if current is not None:
            self._select(current)

    def _on_editor_state(self) -> None:
        self.editor.setVisible(self.editor.assessment_id is not None)
        self.export_button.setEnabled(self.editor.assessment_id is not None)
        self.stateChanged.emit()

    def _on_assessment_changed(self, _assessment_id: str) -> None:
        self.model.set_rows(self.service.summaries())
        self._update_view()
        if self.editor.assessment_id is not None:
            self._select(self.editor.assessment_id)

    # -- filters --------------------------------------------------------------------------------

    def current_filter(self) -> AssessmentFilter:
        kind = self.type_filter.currentData()
        status = self.status_filter.currentData()
        return AssessmentFilter(
            text=self.search.text(),
            kind=AssessmentKind(kind) if kind else None,
            status=AssessmentStatus(status) if status else None,
        )

    def _apply_filter(self, *_args: object) -> None:
        self.model.set_filter(self.current_filter())
        self._update_view()
        if self.editor.assessment_id is not None:
            self._select(self.editor.assessment_id)

    def clear_filters(self) -> None:
        self.search.clear()
        self.type_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)

    def _update_view(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        self.stack.setCurrentIndex(0 if total == 0 and self.editor.assessment_id is None else 1)
        # Nothing open: the list takes the whole page.
        self.editor.setVisible(self.editor.assessment_id is not None)
        self.export_button.setEnabled(self.editor.assessment_id is not None)
        if self.model.filter.is_default:
            self.count_label.setText(
                self.tr("{n} assessments").format(n=shown)
                if shown != 1
                else self.tr("1 assessment")
            )
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} shown").format(shown=shown, total=total)
            )
        self.stateChanged.emit()

    # -- selection ------------------------------------------------------------------------------

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        assessment_id = self.model.row_at(current.row()).id
        if assessment_id != self.editor.assessment_id:
            self.show_assessment(assessment_id)

    def _select(self, assessment_id: str | None) -> None:
        self._syncing = True
        try:
            sel = self.table.selectionModel()
            row = self.model.row_of(assessment_id) if assessment_id else -1
            if row < 0:
                sel.clearSelection()
                return
            index = self.model.index(row, ACol.SUBJECT)
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def show_assessment(self, assessment_id: str) -> bool:
        """Open an assessment in the editor; False if it is gone or a typed value is refused."""
        if assessment_id != self.editor.assessment_id and not self.editor.commit_pending_edits():
            self._select(self.editor.assessment_id)
            return False
        if self.model.summary(assessment_id) is None:
            self.model.set_rows(self.service.summaries())
        try:
            self.editor.open_assessment(assessment_id)
        except NotFoundError:
            return False
        self._update_view()
        self._select(assessment_id)
        return True

    def current_assessment_id(self) -> str | None:
        return self.editor.assessment_id

    # -- starting -------------------------------------------------------------------------------

    def start_assessment(
        self,
        kind: AssessmentKind | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
    ) -> StartAssessmentDialog | None:
        """Open the dialog to start an assessment (type and activity preset when given)."""
        if not self.editor.commit_pending_edits():
            return None
        if kind is None and subject_type == "ai_system":
            kind = AssessmentKind.AI_ETHICS
        if kind is None and subject_id is not None:
            state = self.service.dpia_state(subject_type or "controller_activity", subject_id)
            kind = (
                AssessmentKind.DPIA
                if state in (DpiaState.DPIA_REQUIRED,)
                else AssessmentKind.DPIA_SCREENING
            )
        dialog = StartAssessmentDialog(
            self._activities(),
            ai_systems=self._ai_systems(),
            kind=kind,
            subject_type=subject_type,
            subject_id=subject_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._start(d))
        self.start_dialog = dialog
        dialog.destroyed.connect(lambda *_a: setattr(self, "start_dialog", None))
        dialog.open()
        return dialog

    def _start(self, dialog: StartAssessmentDialog) -> None:
        subject = dialog.subject()
        if subject is None:
            return
        try:
            row = self.service.start(
                dialog.kind,
                subject_type=subject[0],
                subject_id=subject[1],
                title=dialog.title_text(),
            )
        except UserFacingError as exc:
            self.prompts.error(self.tr("Not started"), str(exc))
            return
        self.model.set_rows(self.service.summaries(), self._subjects())
        self.show_assessment(row.id)
        self.status.emit(self.tr("{reference} started.").format(reference=row.reference))

    # -- the window's interface -----------------------------------------------------------------

    def commit_pending_edits(self) -> bool:
        return self.editor.commit_pending_edits()

    def has_pending_edits(self) -> bool:
        return self.editor.has_pending_edits()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def close_transient_ui(self) -> None:
        for combo in self.findChildren(QComboBox):
            combo.hidePopup()

    def save_view_state(self) -> None:
        self.settings.setValue(f"{SETTINGS_GROUP}/splitter", self.splitter.saveState())
        self.settings.setValue(
            f"{SETTINGS_GROUP}/header", self.table.horizontalHeader().saveState()
        )
        self.settings.setValue(f"{SETTINGS_GROUP}/body", self.editor.body.saveState())

    def _restore_view_state(self) -> None:
        splitter = self.settings.value(f"{SETTINGS_GROUP}/splitter")
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(QByteArray(splitter))
        else:
            self.splitter.setSizes([220, 600])
        header = self.settings.value(f"{SETTINGS_GROUP}/header")
        if isinstance(header, QByteArray | bytes) and header:
            self.table.horizontalHeader().restoreState(QByteArray(header))
        body = self.settings.value(f"{SETTINGS_GROUP}/body")
        if isinstance(body, QByteArray | bytes) and body:
            self.editor.body.restoreState(QByteArray(body))
        h = self.table.horizontalHeader()
        self.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())
