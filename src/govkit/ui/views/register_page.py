"""One register on screen: filters and search, the table, the editor and the empty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
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

from govkit.domain.ai_enums import AiPhase, AiRiskTier
from govkit.domain.enums import ActivityStatus, CatalogueKind, ChangeAction
from govkit.services.assessments import subjects_of
from govkit.services.context import ChangeEvent
from govkit.services.registers import RecordRow, RecordService
from govkit.storage.errors import NotFoundError, UserFacingError
from govkit.ui.models.register_model import Col, RegisterTableModel, RowFilter
from govkit.ui.undo import (
    ArchiveRecordCommand,
    CommandRunner,
    CreateRecordCommand,
    DeleteRecordCommand,
    UndoHooks,
)
from govkit.ui.views.record_editor import RecordEditor
from govkit.ui.views.registers import RegisterDefinition
from govkit.ui.widgets.completeness import CompletenessDelegate
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.prompts import Prompts

BULK_RELOAD = 500  # more changed records than this in one go: reload the list instead
ALL_RECORDS = "*"  # the id of a change to many records at once (RecordService.create_many)

_COLUMN_WIDTHS = {
    Col.REFERENCE: 76,
    Col.NAME: 180,
    Col.DEPARTMENT: 124,
    Col.STATUS: 64,
    Col.COMPLETENESS: 72,
    Col.NEXT_REVIEW: 112,
    Col.LEGAL_BASIS: 200,
    Col.UPDATED: 130,
    Col.DPIA: 120,
    Col.PHASE: 96,
    Col.TIER: 150,
    Col.DUTIES: 90,
}


class RegisterTable(QTableView):
    """Enter opens the selected record in the editor."""

    openRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class EmptyState(QWidget):
    """A fresh register: what it is for, and the two first steps."""

    def __init__(self, definition: RegisterDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(definition.empty_title(), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel(definition.empty_text(), self)
        self.text.setWordWrap(True)
        self.add_button = QPushButton(definition.add_first(), self)
        self.add_button.setAccessibleName(definition.add_first())
        self.add_button.setDefault(True)
        self.organisation_button = QPushButton(self.tr("Fill in your organisation profile"), self)
        self.organisation_button.setAccessibleName(self.tr("Fill in your organisation profile"))
        frame = QWidget(self)
        frame.setMaximumWidth(640)
        column = QVBoxLayout(frame)
        column.addWidget(self.title)
        column.addSpacing(8)
        column.addWidget(self.text)
        column.addSpacing(16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.organisation_button)
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


class RegisterPage(QWidget):
    stateChanged = Signal()  # selection, dirty state or counts changed (window updates actions)
    organisationRequested = Signal()
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        definition: RegisterDefinition,
        service: RecordService[Any],
        pick_lists: PickLists,
        runner: CommandRunner,
        hooks: UndoHooks,
        prompts: Prompts,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.service = service
        self.pick_lists = pick_lists
        self.runner = runner
        self.hooks = hooks
        self.prompts = prompts
        self.settings = settings
        self._syncing = False

        self.model = RegisterTableModel(self)
        if definition.ai_filters:
            self.model.completeness_tip = self.tr("How many items of the register are filled in")
        self.model.searchingChanged.connect(self._on_searching)
        self.stack = QStackedWidget(self)
        self.empty = EmptyState(definition, self.stack)
        self.empty.add_button.clicked.connect(self.new_record)
        self.empty.organisation_button.clicked.connect(self.organisationRequested)
        self.stack.addWidget(self.empty)

        content = QWidget(self.stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, content)
        self.splitter.setChildrenCollapsible(False)
        c_lay = QVBoxLayout(content)
        c_lay.setContentsMargins(0, 0, 0, 0)
        c_lay.addWidget(self.splitter)
        self.stack.addWidget(content)

        list_pane = QWidget(self.splitter)
        l_lay = QVBoxLayout(list_pane)
        l_lay.setContentsMargins(0, 0, 4, 0)
        heading = QLabel(definition.title(), list_pane)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        l_lay.addWidget(heading)
        l_lay.addLayout(self._build_filters(list_pane))

        self.table_stack = QStackedWidget(list_pane)
        self.table = RegisterTable(self.table_stack)
        self.table.setModel(self.model)
        self.table.setAccessibleName(definition.title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected for an export; the editor shows the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setItemDelegateForColumn(Col.COMPLETENESS, CompletenessDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSortIndicator(Col.REFERENCE, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for col, width in _COLUMN_WIDTHS.items():
            header.resizeSection(col, width)
        if definition.ai_filters:  # room for phase, tier and duties beside the name
            header.resizeSection(Col.NAME, 150)
            header.resizeSection(Col.DEPARTMENT, 110)
        for visual, col in enumerate(definition.column_order):
            header.moveSection(header.visualIndex(col), visual)
        for col in definition.hidden_columns:
            self.table.setColumnHidden(col, True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.openRequested.connect(self._focus_editor)
        self.table.doubleClicked.connect(lambda _i: self._focus_editor())
        self.table_stack.addWidget(self.table)

        no_match = QWidget(self.table_stack)
        n_lay = QVBoxLayout(no_match)
        n_lay.addStretch(1)
        self.no_match_label = QLabel(definition.no_match(), no_match)
        self.no_match_label.setWordWrap(True)
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_filters_button = QPushButton(self.tr("Clear search and filters"), no_match)
        self.clear_filters_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        n_lay.addWidget(self.no_match_label)
        n_lay.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignCenter)
        n_lay.addStretch(2)
        self.table_stack.addWidget(no_match)
        l_lay.addWidget(self.table_stack, 1)

        editor_class = definition.editor or RecordEditor
        self.editor: RecordEditor = editor_class(
            definition, service, pick_lists, runner, hooks, self.splitter
        )
        self.editor.stateChanged.connect(self._on_editor_state)
        self.editor.recordApplied.connect(self._on_applied)
        self.editor.addRequested.connect(self.new_record)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(self.stack)

        pick_lists.changed.connect(self._refresh_filter_choices)
        self._restore_view_state()
        self.reload()

    # -- filters ------------------------------------------------------------------------------

    def _build_filters(self, parent: QWidget) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.search = QLineEdit(parent)
        self.search.setPlaceholderText(self.tr("Search all fields…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the records that contain every word typed, in any field.")
        )
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), parent)
        search_label.setBuddy(self.search)

        self.department_filter = self._filter_combo(parent, self.tr("Department filter"))
        dep_label = QLabel(self.tr("Depar&tment:"), parent)
        dep_label.setBuddy(self.department_filter)
        self.status_filter = self._filter_combo(parent, self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ActivityStatus:
            self.status_filter.addItem(status.label, status.value)
        status_label = QLabel(self.tr("Stat&us:"), parent)
        status_label.setBuddy(self.status_filter)
        self.legal_filter = self._filter_combo(parent, self.tr("Legal basis filter"))
        legal_label = QLabel(self.tr("&Legal basis:"), parent)
        legal_label.setBuddy(self.legal_filter)
        self.archived_box = QCheckBox(self.tr("Show a&rchived"), parent)
        self.archived_box.setAccessibleName(self.tr("Show archived records"))
        self.count_label = QLabel(parent)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reset_button = QPushButton(self.tr("Clear filters"), parent)
        self.reset_button.setAccessibleName(self.tr("Clear search and filters"))
        self.reset_button.clicked.connect(self.clear_filters)

        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 3)
        grid.addWidget(dep_label, 1, 0)
        grid.addWidget(self.department_filter, 1, 1)
        grid.addWidget(status_label, 1, 2)
        grid.addWidget(self.status_filter, 1, 3)
        self.phase_filter = self._filter_combo(parent, self.tr("Phase filter"))
        self.phase_filter.addItem(self.tr("All phases"), None)
        for phase in AiPhase:
            self.phase_filter.addItem(phase.label, phase.value)
        phase_label = QLabel(self.tr("P&hase:"), parent)
        phase_label.setBuddy(self.phase_filter)
        self.tier_filter = self._filter_combo(parent, self.tr("Risk tier filter"))
        self.tier_filter.addItem(self.tr("All risk tiers"), None)
        for tier in AiRiskTier:
            self.tier_filter.addItem(tier.label, tier.value)
        tier_label = QLabel(self.tr("Ris&k tier:"), parent)
        tier_label.setBuddy(self.tier_filter)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label, 1)
        counts.addWidget(self.reset_button)
        if self.definition.ai_filters:
            grid.addWidget(phase_label, 2, 0)
            grid.addWidget(self.phase_filter, 2, 1)
            grid.addWidget(tier_label, 2, 2)
            grid.addWidget(self.tier_filter, 2, 3)
            grid.addWidget(self.archived_box, 3, 1, 1, 3)
            grid.addLayout(counts, 4, 0, 1, 4)
        else:
            for widget in (phase_label, self.phase_filter, tier_label, self.tier_filter):
                widget.hide()
            grid.addWidget(legal_label, 2, 0)
            grid.addWidget(self.legal_filter, 2, 1)
            grid.addWidget(self.archived_box, 2, 2, 1, 2)
            grid.addLayout(counts, 3, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        if not self.definition.legal_basis_filter:
            legal_label.hide()
            self.legal_filter.hide()

        self.search.textChanged.connect(self._apply_filter)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._apply_filter)
        self.archived_box.toggled.connect(self._apply_filter)
        return grid

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.department_filter,
            self.status_filter,
            self.legal_filter,
            self.phase_filter,
            self.tier_filter,
        )

    def _filter_combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def current_filter(self) -> RowFilter:
        status = self.status_filter.currentData()
        phase = self.phase_filter.currentData()
        tier = self.tier_filter.currentData()
        return RowFilter(
            text=self.search.text(),
            department=self.department_filter.currentData(),
            status=ActivityStatus(status) if status else None,
            legal_basis=self.legal_filter.currentData(),
            show_archived=self.archived_box.isChecked(),
            phase=AiPhase(phase) if phase else None,
            tier=AiRiskTier(tier) if tier else None,
        )

    def _apply_filter(self, *_args: object) -> None:
        if self._syncing:
            return
        self.model.set_filter(self.current_filter())
        self._update_view()

    def clear_filters(self) -> None:
        self._syncing = True
        try:
            self.search.clear()
            for combo in self._filter_combos():
                combo.setCurrentIndex(0)
            self.archived_box.setChecked(False)
        finally:
            self._syncing = False
        self._apply_filter()
        self.search.setFocus()

    def _refresh_filter_choices(self) -> None:
        self._syncing = True
        try:
            _fill(self.department_filter, self.tr("All departments"), self.service.departments())
            if self.definition.legal_basis_filter:
                known = self.pick_lists.labels(CatalogueKind.LEGAL_BASIS)
                extra = sorted(self.model.legal_bases_in_use - set(known), key=str.casefold)
                _fill(self.legal_filter, self.tr("All legal bases"), known + extra)
        finally:
            self._syncing = False
        if self.model.filter != self.current_filter():
            self._apply_filter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, Col.NAME))
            return True
        return super().eventFilter(watched, event)

    # -- loading and changes ------------------------------------------------------------------

    def reload(self) -> None:
        """List every record again (on opening, and after a bulk change)."""
        self.model.set_rows(self.service.rows())
        self._refresh_filter_choices()
        self._update_view()
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def apply_changes(self, events: list[ChangeEvent]) -> None:
        """Bring the table and the editor up to date after committed changes."""
        ids = list(dict.fromkeys(e.entity_id for e in events))
        if len(ids) > BULK_RELOAD or ALL_RECORDS in ids:
            self.reload()
            for record_id in ids:
                if record_id == ALL_RECORDS:
                    continue
                if self.model.row_by_id(record_id) is None:
                    self.editor.record_removed(record_id)
                else:
                    self.editor.record_changed(record_id)
            return
        for record_id in ids:
            row = self._fetch_row(record_id)
            if row is None:
                self.model.remove_row(record_id)
                self.editor.record_removed(record_id)
            else:
                self.model.upsert_row(row)
                self.editor.record_changed(record_id)
        if any(
            e.action
            in (ChangeAction.CREATE, ChangeAction.UPDATE, ChangeAction.RESTORE, ChangeAction.DELETE)
            for e in events
        ):
            self._refresh_filter_choices()
        self._update_view()
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def assessments_changed(self, events: list[ChangeEvent]) -> None:
        """An assessment changed: refresh the DPIA column of the activities it assesses."""
        subjects = subjects_of(self.service.ctx, {e.entity_id for e in events})
        for subject_type, subject_id in subjects:
            if subject_type != self.service.entity_type:
                continue
            row = self._fetch_row(subject_id)
            if row is not None:
                self.model.upsert_row(row)
        self.editor.assessments_changed()
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def _fetch_row(self, record_id: str) -> RecordRow | None:
        """The record's table row from the service, or None if it no longer exists."""
        try:
            return self.service.row(record_id)
        except NotFoundError:
            return None

    def _on_searching(self, _running: bool) -> None:
        self._update_view()
        if self.editor.record_id is not None and not self.model.searching:
            self._select(self.editor.record_id)

    def _update_view(self) -> None:
        total = self.model.total
        shown = self.model.rowCount()
        show_empty = total == 0 and not self.editor.is_open
        self.stack.setCurrentIndex(0 if show_empty else 1)
        searching = self.model.searching
        self.table_stack.setCurrentIndex(1 if total and not shown and not searching else 0)
        if searching:
            self.count_label.setText(self.tr("Searching…"))
        elif self.model.filter.is_default:
            self.count_label.setText(
                self.tr("{n} records").format(n=shown) if shown != 1 else self.tr("1 record")
            )
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} records shown").format(shown=shown, total=total)
            )
        self.reset_button.setVisible(not self.model.filter.is_default)
        self.stateChanged.emit()

    # -- selection and the editor ---------------------------------------------------------------

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = self.model.row_at(current.row()).id
        if record_id == self.editor.record_id:
            return
        if not self.editor.commit():
            # Stay on the record with the problems; nothing typed is lost.
            self._select(self.editor.record_id)
            return
        try:
            self.editor.open_record(record_id)
        except NotFoundError:
            self.model.remove_row(record_id)
        self.stateChanged.emit()

    def _select(self, record_id: str | None) -> None:
        self._syncing = True
        try:
            sel = self.table.selectionModel()
            row = self.model.row_of(record_id) if record_id else -1
            if row < 0:
                sel.clearSelection()
                sel.setCurrentIndex(QModelIndex(), sel.SelectionFlag.NoUpdate)
                return
            index = self.model.index(row, Col.NAME)
            sel.setCurrentIndex(index, sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def show_record(self, record_id: str, *, focus_editor: bool = False) -> bool:
        """Open a record in the editor and select it if the filters show it.

        False if the record is gone or the edits pending in the editor were refused.
        """
        if record_id != self.editor.record_id and not self.editor.commit():
            return False
        if not (record_id == self.editor.record_id and self.editor.is_dirty):
            try:
                self.editor.open_record(record_id)
            except NotFoundError:
                return False
        self._update_view()
        self._select(record_id)
        if focus_editor:
            self.editor.focus_first_field()
        return True

    def _on_applied(self, record_id: str) -> None:
        self._update_view()
        self._select(record_id)

    def _on_editor_state(self) -> None:
        self._update_view()

    def _focus_editor(self) -> None:
        if self.editor.is_open:
            self.editor.focus_first_field()

    # -- actions ----------------------------------------------------------------------------------

    def commit_pending_edits(self) -> bool:
        return self.editor.commit()

    def has_pending_edits(self) -> bool:
        return self.editor.is_dirty

    def new_record(self) -> None:
        if not self.editor.commit():
            return
        self._select(None)
        self.editor.open_new()
        self._update_view()
        self.editor.focus_first_field()

    def current_record_id(self) -> str | None:
        return self.editor.record_id

    def selected_ids(self) -> list[str]:
        """The records selected in the list, in the order shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(n).id for n in rows if n < self.model.rowCount()]

    def shown_ids(self) -> list[str] | None:
        """The records the list shows when a search or filter narrows it; None when not."""
        if self.model.filter.is_default:
            return None
        return self.model.visible_ids()

    def department_filter_value(self) -> str | None:
        value = self.department_filter.currentData()
        return str(value) if value else None

    def current_row(self) -> RecordRow | None:
        rid = self.editor.record_id
        return self.model.row_by_id(rid) if rid else None

    def _label(self, row: RecordRow) -> str:
        return row.name or row.reference or self.tr("(no name)")

    def duplicate_current(self) -> None:
        row = self.current_row()
        if row is None or not self.editor.commit():
            return
        svc = self.service
        command = CreateRecordCommand(
            svc,
            lambda: svc.duplicate(row.id),
            self.tr("Duplicate “{name}”").format(name=self._label(row)),
            self.hooks,
        )
        if self._run(command):
            self.show_record(command.record_id, focus_editor=True)
            self.status.emit(self.tr("Copy of “{name}” created.").format(name=self._label(row)))

    def toggle_archive_current(self) -> None:
        row = self.current_row()
        if row is None or not self.editor.commit():
            return
        archive = not row.archived
        text = (self.tr("Archive “{name}”") if archive else self.tr("Unarchive “{name}”")).format(
            name=self._label(row)
        )
        if self._run(ArchiveRecordCommand(self.service, row.id, archive, text, self.hooks)):
            self.status.emit(
                (
                    self.tr("“{name}” archived.") if archive else self.tr("“{name}” unarchived.")
                ).format(name=self._label(row))
            )

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None or not self.editor.commit():
            return
        name = self._label(row)
        question = self.tr(
            "Delete “{name}” from the register?\n\nThe change history keeps a "
            "record of what it held. You can undo this with Ctrl+Z while the vault "
            "is open."
        ).format(name=name)
        users = self._ai_systems_using(row.id)
        if users:
            question += "\n\n" + self.tr(
                "These AI systems rely on it and will show it as deleted: {systems}."
            ).format(systems=", ".join(users))
        if not self.prompts.confirm(
            self.tr("Delete record"),
            question,
            self.tr("Delete “{name}”").format(name=name),
        ):
            return
        position = self.model.row_of(row.id)
        if self._run(
            DeleteRecordCommand(
                self.service, row.id, self.tr("Delete “{name}”").format(name=name), self.hooks
            )
        ):
            self.status.emit(self.tr("“{name}” deleted.").format(name=name))
            if self.model.rowCount():
                next_row = self.model.row_at(min(max(position, 0), self.model.rowCount() - 1))
                self.show_record(next_row.id)
            self.table.setFocus()

    def _ai_systems_using(self, record_id: str) -> list[str]:
        """The AI systems that rely on an activity (none for other records)."""
        if self.service.entity_type not in ("controller_activity", "processor_activity"):
            return []
        from govkit.services.ai_systems import AiSystemService

        systems = AiSystemService(self.service.ctx).using_activity(record_id)
        return [f"{s.reference} {s.name}".strip() for s in systems]

    def _run(self, command: Any) -> bool:
        try:
            self.runner.run(command)
        except UserFacingError as exc:
            self.prompts.error(self.tr("Not possible"), str(exc))
            return False
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def close_transient_ui(self) -> None:
        for combo in self.findChildren(QComboBox):
            combo.hidePopup()

    # -- view state -----------------------------------------------------------------------------

    def _state_key(self, name: str) -> str:
        return f"registers/{self.definition.key}/{name}"

    def _restore_view_state(self) -> None:
        splitter = self.settings.value(self._state_key("splitter"))
        if isinstance(splitter, QByteArray | bytes) and splitter:
            self.splitter.restoreState(QByteArray(splitter))
        else:
            self.splitter.setSizes([600, 400])
        header = self.settings.value(self._state_key("header"))
        if isinstance(header, QByteArray | bytes) and header:
            self.table.horizontalHeader().restoreState(QByteArray(header))
            for col in self.definition.hidden_columns:
                self.table.setColumnHidden(col, True)
        h = self.table.horizontalHeader()
        self.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())

    def save_view_state(self) -> None:
        self.settings.setValue(self._state_key("splitter"), self.splitter.saveState())
        self.settings.setValue(self._state_key("header"), self.table.horizontalHeader().saveState())


def _fill(combo: QComboBox, all_text: str, values: list[str]) -> None:
    current = combo.currentData()
    combo.clear()
    combo.addItem(all_text, None)
    for value in values:
        combo.addItem(value, value)
    if current is not None:
        index = combo.findData(current)
        if index < 0:  # keep a chosen filter even if no record uses it any more
            combo.addItem(current, current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
