"""File ▸ Import a spreadsheet: the GUI face of ``govkit import`` (``services/imports.py``).

Four steps on one stacked page each, with Back / Next below:

1. **File**: choose an xlsx or CSV file (or drop it here), and the sheet of a workbook. The
   file is read off the GUI thread (``read_table`` needs no database); a file that cannot be
   imported is explained on the page.
2. **Match the columns**: the register, and for each column of the file the field it goes to
   (``suggest_mapping``: the matches saved last time for these headings, else matched from the
   headings), a department for rows without one, mapping files, "remember these matches".
3. **Check the rows**: ``preview`` on a worker (``run_on_vault``): every row, ready, with
   problems, or already in the register, in a table model that stays fast at 10,000 rows.
4. **Report**: ``run_import`` on a worker (one transaction; Cancel rolls everything back),
   then what was created and skipped. ``imported`` tells the main window which records to show.

While a worker has the vault (preview, import), the dialog's controls are disabled and a
window-modal progress dialog with Cancel appears if the work takes a while.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govkit.exports.progress import Cancelled, Progress
from govkit.imports.headings import fields_for, takes_one_column
from govkit.imports.table import CONTROLLER, PROCESSOR, CellValue, SourceTable
from govkit.services import imports as import_service
from govkit.services.imports import (
    ColumnMapping,
    ImportPreview,
    ImportReport,
    ImportValidationError,
    automatic_columns,
    field_choices,
)
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.folders import start_folder
from govkit.ui.models.import_preview_model import (
    Col,
    ImportPreviewModel,
    Show,
    Status,
    show_text,
    status_text,
)
from govkit.ui.vault_tasks import progress_for, run_on_vault
from govkit.ui.widgets.prompts import Prompts
from govkit.ui.workers import Task, TaskCancelled, TaskControl, TaskRunner, run_with_progress

log = logging.getLogger(__name__)

T = TypeVar("T")

FOLDER_KEY = "import/folder"
SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")
ERROR_STYLE = "color: #b3261e;"  # 6.0:1 on white
WARNING_STYLE = "color: #7a4100;"  # 7.9:1 on white
GOOD_STYLE = "color: #1b5e20;"
EXAMPLES = 3  # example values shown per column
EXAMPLE_ROWS = 1000  # rows looked at for them
EXAMPLE_CHARS = 40
MESSAGE_LINES = 8  # lines of a message shown on a page; the rest in its tooltip


class Page(IntEnum):
    FILE = 0
    MAPPING = 1
    PREVIEW = 2
    REPORT = 3


def _short(text: str, limit: int = EXAMPLE_CHARS) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _cell_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def examples(table: SourceTable, position: int, limit: int = EXAMPLES) -> list[str]:
    """Up to ``limit`` different values of a column, from its first non-empty rows."""
    found: list[str] = []
    for row in table.rows[:EXAMPLE_ROWS]:
        text = _cell_text(row.values[position]) if position < len(row.values) else ""
        if text and text not in found:
            found.append(text)
            if len(found) >= limit:
                break
    return found


def wrapped_label(text: str, parent: QWidget, *, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if name:
        label.setAccessibleName(name)
    return label


class ImportDialog(QDialog):
    """Import an xlsx or CSV register into the vault, in four steps (see the module text)."""

    imported = Signal(str, list)  # register ("controller"/"processor"), created record ids

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        *,
        settings: QSettings,
        path: Path | None = None,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.settings = settings
        self.prompts = prompts if prompts is not None else Prompts(self)
        self.path: Path | None = None
        self.table: SourceTable | None = None  # the file as read
        self._tables: dict[str, SourceTable] = {}  # its rows by register (CNIL-style forms)
        self._sheet_path: Path | None = None  # the file whose sheets the sheet combo lists
        self._extra_defaults: dict[str, str] = {}  # defaults of a loaded mapping, but department
        self._combos: list[QComboBox] = []
        self._register = CONTROLLER
        self.preview_result: ImportPreview | None = None
        self.last_report: ImportReport | None = None
        self.current_task: Task[Any] | None = None
        self._pending_error: str | None = None
        self._done: set[tuple[str, str | None, str]] = set()  # (file, sheet, register) imported
        self._filling = False

        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setAcceptDrops(True)

        self.step_label = QLabel(self)
        font = QFont(self.step_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.step_label.setFont(font)
        self.step_label.setWordWrap(True)
        self.step_label.setAccessibleName(self.tr("Step"))

        self.pages = QStackedWidget(self)
        self._slots: dict[Page, QVBoxLayout] = {}  # where each page shows the messages
        self.file_page = self._build_file_page()
        self.mapping_page = self._build_mapping_page()
        self.preview_page = self._build_preview_page()
        self.report_page = self._build_report_page()
        for page in (self.file_page, self.mapping_page, self.preview_page, self.report_page):
            self.pages.addWidget(page)

        self.error_label = wrapped_label("", self, name=self.tr("Problem"))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.note_label = wrapped_label("", self, name=self.tr("Note"))
        self.note_label.hide()

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.clicked.connect(self.go_next)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(480, 380)
        self.resize(820, 600)

        self._show_page(Page.FILE)
        if path is not None:
            self.open_file(path)

    # -- page 1: the file ---------------------------------------------------------------

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("Choose the file"))
        self.file_intro = intro = wrapped_label(
            self.tr(
                "govkit reads the register of processing activities you keep in an Excel "
                "workbook (.xlsx) or a CSV file, matches its columns to the register's fields and "
                "shows you every row before importing. Nothing is written before you confirm, "
                "and rows already in the register are skipped."
            ),
            page,
        )
        self.choose_button = QPushButton(self.tr("&Choose a file…"), page)
        self.choose_button.setAccessibleName(self.tr("Choose a file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = wrapped_label(self.tr("No file chosen yet."), page, name=self.tr("File"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose_row = QHBoxLayout()
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        choose_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        choose_row.addWidget(self.file_label, 1)

        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setAccessibleName(self.tr("Sheet to import"))
        self.sheet_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sheet_combo.setMinimumContentsLength(28)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel(self.tr("&Sheet:"), page)
        self.sheet_label.setBuddy(self.sheet_combo)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        self.sheet_row = QWidget(page)
        self.sheet_row.setLayout(sheet_row)
        sheet_row.setContentsMargins(0, 0, 0, 0)
        self.sheet_row.hide()

        self.summary_label = wrapped_label("", page, name=self.tr("What the file holds"))
        self.file_warnings = wrapped_label("", page, name=self.tr("Remarks about the file"))
        self.file_warnings.setStyleSheet(WARNING_STYLE)
        self.file_warnings.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(choose_row)
        layout.addWidget(self.sheet_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.file_warnings)
        layout.addLayout(self._slot(Page.FILE))
        layout.addStretch(1)
        return page

    def _start_folder(self) -> str:
        return str(start_folder(self.settings, FOLDER_KEY))

    def choose_file(self) -> None:
        if self.current_task is not None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet to import"),
            self._start_folder(),
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (a sheet of it, or the one that looks most like a register)."""
        if self.current_task is not None:
            return
        path = Path(path).expanduser()
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        if path != self._sheet_path:
            self._sheet_path = None
            self.sheet_row.hide()
        self.path = path
        self._clear_table()
        self._show_page(Page.FILE)
        self.file_label.setText(str(path))
        self.summary_label.setText(self.tr("Reading the file…"))

        def work(progress: Progress) -> SourceTable:
            return import_service.read_table(path, sheet=sheet, progress=progress)

        self._run(
            self.tr("Reading “{name}”…").format(name=path.name),
            work,
            vault=False,
            on_success=self._table_read,
            on_error=self._read_failed,
        )

    def _clear_table(self) -> None:
        self.table = None
        self._tables = {}
        self.preview_result = None
        self.preview_model.clear()
        self.summary_label.clear()
        self.file_warnings.hide()
        self._clear_messages()

    def _sheet_chosen(self, _index: int) -> None:
        if self.path is None:
            return
        sheet = self.sheet_combo.currentData()
        current = self.table.sheet if self.table is not None else object()
        if sheet != current or self.table is None:
            self.open_file(self.path, sheet=sheet)

    def _read_failed(self, exc: BaseException) -> None:
        self.summary_label.clear()
        if isinstance(exc, UserFacingError):  # ImportFileError above all
            self._show_error(str(exc))
        else:
            log.error("Reading a spreadsheet to import failed", exc_info=exc)
            self._show_error(
                self.tr(
                    "The file could not be read because of an unexpected problem. The details "
                    "are in govkit's log file."
                )
            )

    def _table_read(self, table: SourceTable) -> None:
        self.table = table
        self._tables = {t.register: t for t in import_service.split_by_register(table)}
        self._fill_sheets(table)
        where = (
            self.tr("“{name}”, sheet “{sheet}”").format(name=table.name, sheet=table.sheet)
            if table.sheet
            else self.tr("“{name}”").format(name=table.name)
        )
        if table.layout == "forms":
            summary = self.tr("{where}: {n} activities, one per sheet.").format(
                where=where, n=len(table.rows)
            )
        else:
            summary = self.tr("{where}: {n} rows and {columns} columns.").format(
                where=where, n=len(table.rows), columns=len(table.headings)
            )
        if table.from_govkit:
            summary += " " + self.tr("It is a workbook exported by govkit.")
        others = self._other_register_sheets(table)
        if others:
            summary += " " + self.tr(
                "Another sheet looks like a register too: {sheets}. Import it afterwards, or "
                "choose it above."
            ).format(sheets=", ".join(f"“{name}”" for name in others))
        self.summary_label.setText(summary)
        self._set_lines(self.file_warnings, list(table.warnings))
        try:
            mapping = import_service.suggest_mapping(self.workspace, table)
            saved = (
                mapping.columns != automatic_columns(table, mapping.register)
                or mapping.register != table.register
                or bool(mapping.defaults)
            )
        except Exception as exc:  # a damaged saved mapping must not stop the import
            log.error("Suggesting a column mapping failed", exc_info=exc)
            mapping = ColumnMapping(automatic_columns(table, table.register), table.register)
            saved = False
        self._fill_mapping(table, mapping)
        self.remembered_label.setVisible(saved)
        self._show_page(Page.FILE)
        self.next_button.setFocus()

    def _fill_sheets(self, table: SourceTable) -> None:
        self.sheet_combo.blockSignals(True)
        try:
            if self._sheet_path != self.path:
                self.sheet_combo.clear()
                if table.layout == "forms" and table.sheet is None:
                    self.sheet_combo.addItem(self.tr("All sheets (one activity per sheet)"), None)
                for name in table.sheets:
                    self.sheet_combo.addItem(name, name)
                self._sheet_path = self.path
            index = self.sheet_combo.findData(table.sheet)
            if index >= 0:
                self.sheet_combo.setCurrentIndex(index)
        finally:
            self.sheet_combo.blockSignals(False)
        self.sheet_row.setVisible(self.sheet_combo.count() > 1)

    # -- page 2: the columns ------------------------------------------------------------

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("Match the columns"))
        intro = wrapped_label(
            self.tr(
                "Choose the field of the register that each column goes to. Columns left at "
                "“— Do not import —” are not imported."
            ),
            page,
        )
        self.register_combo = QComboBox(page)
        self.register_combo.addItem(self.tr("Controller activities (Art. 30(1))"), CONTROLLER)
        self.register_combo.addItem(self.tr("Processor activities (Art. 30(2))"), PROCESSOR)
        self.register_combo.setAccessibleName(self.tr("Register to import into"))
        self.register_combo.currentIndexChanged.connect(self._register_changed)
        register_label = QLabel(self.tr("&Register:"), page)
        register_label.setBuddy(self.register_combo)
        register_row = QHBoxLayout()
        register_row.addWidget(register_label)
        register_row.addWidget(self.register_combo)
        register_row.addStretch(1)
        self.register_note = wrapped_label(
            "", page, name=self.tr("About the registers in the file")
        )
        self.register_note.hide()
        self.remembered_label = wrapped_label(
            self.tr("These are the matches you saved for files with the same columns."),
            page,
            name=self.tr("Remembered matches"),
        )
        self.remembered_label.setStyleSheet(GOOD_STYLE)
        self.remembered_label.hide()

        self.mapping_table = QTableWidget(0, 3, page)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.mapping_table.setAccessibleName(self.tr("Columns of the file and their fields"))
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.mapping_table.setTabKeyNavigation(False)
        self.mapping_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)

        self.mapping_problems = wrapped_label("", page, name=self.tr("Problems with the matches"))
        self.mapping_problems.setStyleSheet(WARNING_STYLE)
        self.mapping_problems.hide()

        self.department_edit = QLineEdit(page)
        self.department_edit.setPlaceholderText(self.tr("Type or choose a department"))
        self.department_edit.setClearButtonEnabled(True)
        self.department_edit.setMaxLength(200)
        self.department_edit.textChanged.connect(self._mapping_changed)
        self.department_label = QLabel(self.tr("&Department for all rows:"), page)
        self.department_label.setBuddy(self.department_edit)
        self.department_label.setWordWrap(True)
        department_form = QFormLayout()
        department_form.setContentsMargins(0, 0, 0, 0)
        department_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        department_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        department_form.addRow(self.department_label, self.department_edit)

        self.load_button = QPushButton(self.tr("&Load a mapping…"), page)
        self.load_button.setAccessibleName(self.tr("Load a mapping from a file"))
        self.load_button.clicked.connect(self.load_mapping_file)
        self.save_mapping_button = QPushButton(self.tr("Save the mapping &as…"), page)
        self.save_mapping_button.setAccessibleName(self.tr("Save the mapping as a file"))
        self.save_mapping_button.clicked.connect(self.save_mapping_file)
        self.remember_box = QCheckBox(
            self.tr("Re&member these matches for files with the same columns"), page
        )
        self.remember_box.setAccessibleName(
            self.tr("Remember these matches for files with the same columns")
        )
        self.remember_box.setChecked(True)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.load_button)
        file_buttons.addWidget(self.save_mapping_button)
        file_buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(register_row)
        layout.addWidget(self.register_note)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_problems)
        layout.addLayout(department_form)
        layout.addLayout(file_buttons)
        layout.addWidget(self.remember_box)
        layout.addLayout(self._slot(Page.MAPPING))
        return page

    @property
    def register(self) -> str:
        return str(self.register_combo.currentData() or CONTROLLER)

    def _fill_mapping(self, table: SourceTable, mapping: ColumnMapping) -> None:
        """One row per column of ``table``, set to ``mapping``."""
        self._filling = True
        try:
            self.register_combo.setCurrentIndex(
                max(0, self.register_combo.findData(mapping.register))
            )
            self._register = mapping.register
            self.mapping_table.clearContents()
            self._combos = []
            self.mapping_table.setRowCount(len(table.headings))
            choices = self._choices(mapping.register)
            for row, heading in enumerate(table.headings):
                item = QTableWidgetItem(heading)
                item.setToolTip(heading)
                self.mapping_table.setItem(row, 0, item)
                found = examples(table, row)
                shown = QTableWidgetItem(" · ".join(_short(t) for t in found))
                shown.setToolTip("\n".join(_short(t, 200) for t in found))
                shown.setForeground(self.palette().placeholderText())
                self.mapping_table.setItem(row, 1, shown)
                combo = self._field_combo(heading, choices)
                combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(heading))))
                self.mapping_table.setCellWidget(row, 2, combo)
                self._combos.append(combo)
            if self._combos:
                height = self._combos[0].sizeHint().height() + 6
                self.mapping_table.verticalHeader().setDefaultSectionSize(height)
            self._fit_mapping_columns()
            defaults = dict(mapping.defaults)
            self.department_edit.setText(defaults.pop("department", ""))
            self._extra_defaults = defaults
            self._fill_departments()
        finally:
            self._filling = False
        self._describe_registers()
        self._mapping_changed()

    def _choices(self, register: str) -> list[tuple[str, str | None]]:
        """(label, field) of the entries of a column's combo box."""
        return [
            (self.tr("— Do not import —"), None),
            *((label, name) for name, label in field_choices(register)),
        ]

    def _field_combo(self, heading: str, choices: Sequence[tuple[str, str | None]]) -> QComboBox:
        combo = QComboBox(self.mapping_table)
        combo.setAccessibleName(self.tr("Field for the column “{heading}”").format(heading=heading))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._set_choices(combo, choices)
        combo.currentIndexChanged.connect(self._mapping_changed)
        return combo

    @staticmethod
    def _set_choices(combo: QComboBox, choices: Sequence[tuple[str, str | None]]) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            for label, name in choices:
                combo.addItem(label, name)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            view = combo.view()
            width = max(view.sizeHintForColumn(0), 0) + 24
            view.setMinimumWidth(min(width, 520))
        finally:
            combo.blockSignals(False)

    def _fill_departments(self) -> None:
        names: set[str] = set()
        try:
            names.update(self.workspace.activities.departments())
            names.update(self.workspace.processor_activities.departments())
        except Exception as exc:  # only a convenience: the field works without it
            log.warning("Listing the departments failed", exc_info=exc)
        completer = QCompleter(sorted(names, key=str.casefold), self.department_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.department_edit.setCompleter(completer)

    def _describe_registers(self) -> None:
        table = self.table
        if table is None or len(self._tables) < 2:
            self.register_note.hide()
            return
        counts = {r: sum(1 for row in table.rows if row.register == r) for r in self._tables}
        self.register_note.setText(
            self.tr(
                "This file holds {c} controller activities and {p} processor activities: "
                "import one register, then the other."
            ).format(c=counts.get(CONTROLLER, 0), p=counts.get(PROCESSOR, 0))
        )
        self.register_note.show()

    def _register_changed(self, _index: int = 0) -> None:
        if self._filling or self.table is None:
            return
        old, new = self._register, self.register
        if old == new:
            return
        self._register = new
        table = self._table_for(new)
        before = automatic_columns(table, old)
        after = automatic_columns(table, new)
        allowed = set(fields_for(new))
        choices = self._choices(new)
        self._filling = True
        try:
            for heading, combo in zip(table.headings, self._combos, strict=True):
                current = combo.currentData()
                if current is not None and current not in allowed:
                    current = after.get(heading)
                elif current is None and before.get(heading) is None:
                    current = after.get(heading)  # a heading only the new register knows
                self._set_choices(combo, choices)
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._filling = False
        self._mapping_changed()

    def set_field(self, heading: str, field: str | None) -> None:
        """Match the column ``heading`` to ``field`` (None: do not import it)."""
        if self.table is None:
            raise LookupError("no file has been read")
        row = self.table.headings.index(heading)
        combo = self._combos[row]
        index = combo.findData(field)
        if index < 0:
            raise LookupError(f"{field!r} is not a field of the {self.register} register")
        combo.setCurrentIndex(index)

    def field_of(self, heading: str) -> str | None:
        if self.table is None:
            return None
        data = self._combos[self.table.headings.index(heading)].currentData()
        return str(data) if data is not None else None

    def current_mapping(self) -> ColumnMapping:
        headings = self.table.headings if self.table is not None else ()
        columns = {
            h: (str(c.currentData()) if c.currentData() is not None else None)
            for h, c in zip(headings, self._combos, strict=True)
        }
        defaults = dict(self._extra_defaults)
        department = " ".join(self.department_edit.text().split())
        if department:
            defaults["department"] = department
        return ColumnMapping(columns, self.register, defaults)

    def _mapping_changed(self, *_args: object) -> None:
        if self._filling:
            return
        self.preview_result = None
        mapping = self.current_mapping()
        mapped = mapping.mapped()
        labels = dict(field_choices(mapping.register))
        problems = list(mapping.problems())
        if "name" not in mapped.values() and "name" not in mapping.defaults:
            problems.append(
                self.tr(
                    "No column is matched to “{field}”: choose the column that holds the "
                    "names of the activities."
                ).format(field=labels.get("name", "name"))
            )
        by_field: dict[str, list[str]] = {}
        for heading, name in mapped.items():
            by_field.setdefault(name, []).append(heading)
        for name, headings in by_field.items():
            if len(headings) > 1 and takes_one_column(name):
                problems.append(
                    self.tr(
                        "“{field}” is chosen for {n} columns ({columns}); it holds one value, "
                        "so only the first column, “{first}”, is imported."
                    ).format(
                        field=labels.get(name, name),
                        n=len(headings),
                        columns=", ".join(f"“{h}”" for h in headings),
                        first=headings[0],
                    )
                )
        has_department = "department" in mapped.values()
        if not has_department and "department" not in mapping.defaults:
            problems.append(
                self.tr(
                    "No column is matched to the owning department, which every activity "
                    "needs: choose that column, or type a department for all rows below."
                )
            )
        self._set_lines(self.mapping_problems, problems)
        if has_department:
            self.department_label.setText(self.tr("&Department for rows without one:"))
            self.department_edit.setAccessibleName(self.tr("Department for rows without one"))
        else:
            self.department_label.setText(self.tr("&Department for all rows:"))
            self.department_edit.setAccessibleName(self.tr("Department for all rows"))
        self._update_buttons()

    def _table_for(self, register: str) -> SourceTable:
        assert self.table is not None
        return self._tables.get(register, self.table)

    def _data_folder(self) -> Path:
        return Path(self._start_folder())

    def load_mapping_file(self) -> None:
        if self.table is None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a mapping"),
            str(self._data_folder()),
            self.tr("Mappings (*.json);;All files (*)"),
        )
        if name:
            self.apply_mapping_file(Path(name))

    def apply_mapping_file(self, path: Path) -> bool:
        """Set the matches from a mapping file (``load_mapping``); False if it cannot be used."""
        assert self.table is not None
        self._clear_messages()
        try:
            mapping = import_service.load_mapping(path)
        except UserFacingError as exc:
            self._show_error(str(exc))
            return False
        known = [h for h in self.table.headings if h in mapping.columns]
        if not known:
            self._show_error(
                self.tr(
                    "None of the columns named in “{name}” is a column of this file, so the "
                    "matches were not changed."
                ).format(name=path.name)
            )
            return False
        columns = {h: mapping.columns.get(h) for h in self.table.headings}
        self._fill_mapping(self.table, ColumnMapping(columns, mapping.register, mapping.defaults))
        self.remembered_label.hide()
        missing = len(self.table.headings) - len(known)
        note = self.tr("The matches of “{name}” are set.").format(name=path.name)
        if missing:
            note += " " + self.tr(
                "{n} columns of this file are not named in it and are not imported."
            ).format(n=missing)
        self._show_note(note)
        return True

    def save_mapping_file(self) -> None:
        if self.table is None:
            return
        suggested = self._data_folder() / f"{Path(self.table.name).stem}-mapping.json"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the mapping as"),
            str(suggested),
            self.tr("Mappings (*.json)"),
        )
        if name:
            self.write_mapping_file(Path(name))

    def write_mapping_file(self, path: Path) -> bool:
        self._clear_messages()
        if not path.suffix:
            path = path.with_suffix(".json")
        try:
            path.write_text(self.current_mapping().to_json() + "\n", encoding="utf-8")
        except OSError as exc:
            self._show_error(
                self.tr("The mapping could not be saved to “{name}”: {detail}").format(
                    name=path.name, detail=exc.strerror or exc
                )
            )
            return False
        self._show_note(self.tr("The mapping was saved to “{name}”.").format(name=path.name))
        return True

    # -- page 3: the rows ---------------------------------------------------------------

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("Check the rows"))
        self.preview_summary = wrapped_label("", page, name=self.tr("Summary"))
        font = QFont(self.preview_summary.font())
        font.setBold(True)
        self.preview_summary.setFont(font)
        self.preview_hint = wrapped_label("", page, name=self.tr("What to do"))
        self.preview_warnings = wrapped_label("", page, name=self.tr("Remarks about the file"))
        self.preview_warnings.setStyleSheet(WARNING_STYLE)
        self.preview_warnings.hide()

        self.filter_combo = QComboBox(page)
        for show in Show:
            self.filter_combo.addItem(show_text(show), int(show))
        self.filter_combo.setAccessibleName(self.tr("Rows shown"))
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Show:"), page)
        filter_label.setBuddy(self.filter_combo)
        self.shown_label = QLabel(page)
        self.shown_label.setAccessibleName(self.tr("Rows shown"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_combo)
        filter_row.addWidget(self.shown_label, 1)

        self.preview_model = ImportPreviewModel(self)
        self.preview_view = QTableView(page)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("Rows of the file"))
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)
        self.preview_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setTabKeyNavigation(False)
        vertical = self.preview_view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(Col.ROW, Qt.SortOrder.AscendingOrder)
        self.preview_view.setSortingEnabled(True)
        self.preview_view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.preview_model.modelReset.connect(self._row_selected)
        self.row_details = wrapped_label("", page, name=self.tr("Details of the selected row"))
        self.row_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_details.hide()

        self.skip_box = QCheckBox(
            self.tr("S&kip the rows with problems and import the others"), page
        )
        self.skip_box.setAccessibleName(
            self.tr("Skip the rows with problems and import the others")
        )
        self.skip_box.toggled.connect(self._update_buttons)
        self.skip_box.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview_summary)
        layout.addWidget(self.preview_hint)
        layout.addWidget(self.preview_warnings)
        layout.addLayout(filter_row)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.row_details)
        layout.addWidget(self.skip_box)
        layout.addLayout(self._slot(Page.PREVIEW))
        return page

    def _fit_preview_columns(self) -> None:
        """Column widths for the view's width: Row and Status as wide as their contents, the
        rest shared by Name, Department and Details (at least readable; scrolls when narrow)."""
        metrics = self.preview_view.fontMetrics()
        header = self.preview_view.horizontalHeader()
        available = max(self.preview_view.viewport().width(), 300)
        row = max(metrics.horizontalAdvance("000000"), header.sectionSizeHint(Col.ROW)) + 12
        present = self.preview_model.statuses() or {Status.READY}
        status = max(
            max(metrics.horizontalAdvance(status_text(s)) for s in present) + 44,
            header.sectionSizeHint(Col.STATUS) + 12,
        )
        rest = max(available - row - status, 380)
        self.preview_view.setColumnWidth(Col.ROW, row)
        self.preview_view.setColumnWidth(Col.STATUS, status)
        self.preview_view.setColumnWidth(Col.NAME, max(int(rest * 0.4), 130))
        self.preview_view.setColumnWidth(Col.DEPARTMENT, max(int(rest * 0.2), 90))

    def _fit_mapping_columns(self) -> None:
        available = self.mapping_table.viewport().width()
        self.mapping_table.setColumnWidth(2, min(max(int(available * 0.34), 200), 360))

    def _row_selected(self, *_args: object) -> None:
        """Show the whole details of the selected row below the table (the column elides)."""
        index = self.preview_view.currentIndex()
        if not index.isValid() or index.row() >= self.preview_model.rowCount():
            self.row_details.hide()
            return
        line = self.preview_model.line_at(index.row())
        if not line.full_details:
            self.row_details.hide()
            return
        head = self.tr("{where} – {name}:").format(where=line.row.where, name=line.name or "—")
        self._set_lines(self.row_details, [head, *line.full_details.splitlines()])

    def _filter_changed(self, _index: int = 0) -> None:
        self.preview_model.set_show(Show(int(self.filter_combo.currentData() or 0)))
        self._update_shown()

    def _update_shown(self) -> None:
        model = self.preview_model
        if model.show is Show.ALL:
            self.shown_label.setText("")
        else:
            self.shown_label.setText(
                self.tr("{n} of {total} rows").format(n=model.rowCount(), total=model.total)
            )

    def _preview_ready(self, result: ImportPreview) -> None:
        self.preview_result = result
        self.preview_model.set_preview(result)
        self._update_shown()
        rows = len(result.rows)
        ready, invalid, dupes = result.ready_count, result.invalid_count, result.duplicate_count
        self.preview_summary.setText(
            self.tr(
                "{rows} rows: {ready} ready, {invalid} with problems, {dupes} already in the "
                "register."
            ).format(rows=rows, ready=ready, invalid=invalid, dupes=dupes)
        )
        if ready == 0 and dupes == rows:
            hint = self.tr(
                "Every row is already in the register (same name and department), so there is "
                "nothing to import."
            )
        elif ready == 0:
            hint = self.tr(
                "No row can be imported: correct the problems in the file, or the matches of the "
                "columns (Back), and check again."
            )
        elif invalid:
            hint = self.tr(
                "Correct the rows with problems in the file and choose it again, or import the "
                "other rows and skip those."
            )
        else:
            hint = self.tr("Nothing is written until you press Import.")
        if dupes and ready:
            hint += " " + self.tr("Rows already in the register are skipped.")
        self.preview_hint.setText(hint)
        self._set_lines(self.preview_warnings, list(result.warnings))
        self.skip_box.setChecked(False)  # asked again for every check of the rows
        self.skip_box.setVisible(invalid > 0)
        self._show_page(Page.PREVIEW)
        self._fit_preview_columns()
        if self._pending_error is not None:
            self._show_error(self._pending_error)
            self._pending_error = None

    # -- page 4: the report -------------------------------------------------------------

    def _build_report_page(self) -> QWidget:
        page = QWidget(self)
        page.setAccessibleName(self.tr("Report"))
        self.report_headline = wrapped_label("", page, name=self.tr("Result"))
        font = QFont(self.report_headline.font())
        font.setBold(True)
        self.report_headline.setFont(font)
        self.report_headline.setStyleSheet(GOOD_STYLE)
        self.report_text = QPlainTextEdit(page)
        self.report_text.setReadOnly(True)
        self.report_text.setAccessibleName(self.tr("Report of the import"))
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.report_note = wrapped_label("", page, name=self.tr("Note"))
        self.report_note.hide()
        self.save_report_button = QPushButton(self.tr("&Save the report…"), page)
        self.save_report_button.setAccessibleName(self.tr("Save the report"))
        self.save_report_button.clicked.connect(self.save_report)
        self.follow_button = QPushButton(page)
        self.follow_button.clicked.connect(self._follow_up)
        self.follow_button.hide()
        self._follow: Callable[[], None] | None = None
        row = QHBoxLayout()
        row.addWidget(self.save_report_button)
        row.addWidget(self.follow_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report_headline)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.report_note)
        layout.addLayout(row)
        layout.addLayout(self._slot(Page.REPORT))
        return page

    def _show_report(self, report: ImportReport, remembered: bool | None) -> None:
        self.last_report = report
        headline = (
            self.tr("1 activity was imported.")
            if report.created == 1
            else self.tr("{n} activities were imported.").format(n=report.created)
        )
        skipped = len(report.skipped) + len(report.duplicates)
        if skipped:
            headline += " " + self.tr("{n} rows were skipped (see below).").format(n=skipped)
        self.report_headline.setText(headline)
        self.report_headline.setStyleSheet(GOOD_STYLE if report.created else "")
        self.report_text.setPlainText("\n".join(report.lines()))
        if remembered is True:
            self.report_note.setText(
                self.tr("The matches of the columns are remembered for files like this one.")
            )
            self.report_note.setStyleSheet("")
        elif remembered is False:
            self.report_note.setText(
                self.tr("The matches of the columns could not be remembered for next time.")
            )
            self.report_note.setStyleSheet(WARNING_STYLE)
        self.report_note.setVisible(remembered is not None)
        self._set_follow_up()
        self._show_page(Page.REPORT)
        self.close_button.setFocus()

    @staticmethod
    def _other_register_sheets(table: SourceTable) -> list[str]:
        """The workbook's other sheets that look like registers (a govkit workbook's
        processor activities, the ICO template's Processor sheet)."""
        if table.sheet is None or table.sheet not in table.register_sheets:
            return []  # a CSV file, a sheet the user chose, or one activity per sheet
        return [name for name in table.register_sheets if name != table.sheet]

    def _set_follow_up(self) -> None:
        """Offer the other register of a file whose sheets mix both, or the workbook's other
        register sheet, when it has not been imported yet."""
        self._follow = None
        table = self.table
        if table is not None and self.path is not None:
            file = str(self.path)
            others = [
                sheet
                for sheet in self._other_register_sheets(table)
                if not any(d[0] == file and d[1] == sheet for d in self._done)
            ]
            if others:
                sheet = others[0]
                self.follow_button.setText(
                    self.tr("Import the sheet “{sheet}” &too").format(sheet=sheet)
                )
                self._follow = functools.partial(self._follow_sheet, sheet)
            elif len(self._tables) > 1:
                for register in self._tables:
                    if (file, table.sheet, register) not in self._done:
                        text = (
                            self.tr("Import the processor activities &too")
                            if register == PROCESSOR
                            else self.tr("Import the controller activities &too")
                        )
                        self.follow_button.setText(text)
                        self._follow = functools.partial(self._follow_register, register)
                        break
        self.follow_button.setAccessibleName(self.follow_button.text().replace("&", ""))
        self.follow_button.setVisible(self._follow is not None)

    def _follow_up(self) -> None:
        if self._follow is not None:
            self._follow()

    def _follow_sheet(self, sheet: str) -> None:
        if self.path is not None:
            self.open_file(self.path, sheet=sheet)

    def _follow_register(self, register: str) -> None:
        self._show_page(Page.MAPPING)
        self.register_combo.setCurrentIndex(self.register_combo.findData(register))

    def save_report(self) -> None:
        if self.last_report is None:
            return
        stem = Path(self.last_report.source).stem
        suggested = self._data_folder() / f"{stem}-import-report.txt"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("Text files (*.txt)")
        )
        if name:
            self.write_report(Path(name))

    def write_report(self, path: Path) -> bool:
        if self.last_report is None:
            return False
        self._clear_messages()
        if not path.suffix:
            path = path.with_suffix(".txt")
        try:
            path.write_text("\n".join(self.last_report.lines()) + "\n", encoding="utf-8")
        except OSError as exc:
            self._show_error(
                self.tr("The report could not be saved to “{name}”: {detail}").format(
                    name=path.name, detail=exc.strerror or exc
                )
            )
            return False
        self._show_note(self.tr("The report was saved to “{name}”.").format(name=path.name))
        return True

    # -- moving between the pages -------------------------------------------------------

    def _show_page(self, page: Page) -> None:
        titles = {
            Page.FILE: self.tr("Choose the file"),
            Page.MAPPING: self.tr("Match the columns"),
            Page.PREVIEW: self.tr("Check the rows"),
            Page.REPORT: self.tr("Report"),
        }
        if self.pages.currentIndex() != page:
            self._clear_messages()
        self._move_messages(page)
        self.pages.setCurrentIndex(page)
        self.step_label.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=int(page) + 1, total=len(Page), title=titles[page]
            )
        )
        self._update_buttons()

    @property
    def page(self) -> Page:
        return Page(self.pages.currentIndex())

    def go_next(self) -> None:
        if self.current_task is not None or not self.next_button.isEnabled():
            return
        if self.page == Page.FILE and self.table is not None:
            self._show_page(Page.MAPPING)
            if self._combos:
                self.register_combo.setFocus()
        elif self.page == Page.MAPPING:
            self.start_preview()

    def go_back(self) -> None:
        if self.current_task is not None:
            return
        if self.page in (Page.MAPPING, Page.PREVIEW):
            self._show_page(Page(self.page - 1))

    def start_preview(self) -> None:
        """Check every row against the register (on a worker), then show page 3."""
        if self.table is None or self.current_task is not None:
            return
        self._clear_messages()
        mapping = self.current_mapping()
        problems = mapping.problems()
        if problems:
            self._show_error(" ".join(problems))
            return
        table = self._table_for(mapping.register)
        workspace = self.workspace

        def work(progress: Progress) -> ImportPreview:
            return import_service.preview(workspace, table, mapping, progress=progress)

        self._run(
            self.tr("Checking the rows…"),
            work,
            vault=True,
            on_success=self._preview_ready,
            on_error=self._preview_failed,
        )

    def _preview_failed(self, exc: BaseException) -> None:
        if self.page == Page.PREVIEW:
            self._show_page(Page.MAPPING)
        self._pending_error = None
        if isinstance(exc, ValidationError):
            self._show_error("\n".join(exc.problems.values()) or str(exc))
        elif isinstance(exc, UserFacingError):
            self._show_error(str(exc))
        else:
            log.error("Checking the rows to import failed", exc_info=exc)
            self._show_error(
                self.tr(
                    "The rows could not be checked because of an unexpected problem; nothing was "
                    "imported. The details are in govkit's log file."
                )
            )

    def start_import(self) -> None:
        """Create the previewed rows (on a worker, all or nothing), then show the report."""
        result = self.preview_result
        if result is None or self.current_task is not None or not self._can_import():
            return
        self._clear_messages()
        skip = self.skip_box.isChecked() and result.invalid_count > 0
        remember = self.remember_box.isChecked()
        workspace = self.workspace
        table, mapping = result.table, result.mapping
        key = (str(self.path), self.table.sheet if self.table else None, result.register)

        def work(progress: Progress) -> tuple[ImportReport, bool | None]:
            report = import_service.run_import(
                workspace, result, skip_invalid=skip, progress=progress
            )
            remembered: bool | None = None
            if remember:
                try:
                    import_service.save_mapping(workspace, table, mapping)
                    remembered = True
                except Exception as exc:  # the import is done; say so, and log this
                    log.warning("Remembering the column mapping failed", exc_info=exc)
                    remembered = False
            return report, remembered

        def done(outcome: tuple[ImportReport, bool | None]) -> None:
            report, remembered = outcome
            self._done.add(key)
            self.preview_result = None
            self._show_report(report, remembered)
            self.imported.emit(report.register, list(report.created_ids))

        self._run(
            self.tr("Importing…"),
            work,
            vault=True,
            on_success=done,
            on_error=self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportValidationError):
            # The register changed since the preview: check the rows again and say why.
            self._pending_error = self.tr(
                "Nothing was imported: the register has changed since the rows were checked, "
                "and some rows cannot be imported now. They have been checked again below."
            )
            self.start_preview()
            return
        if isinstance(exc, UserFacingError):
            self._show_error(str(exc))
        else:
            log.error("Importing a spreadsheet failed", exc_info=exc)
            self._show_error(
                self.tr(
                    "The import stopped because of an unexpected problem, and nothing was "
                    "imported. The details are in govkit's log file."
                )
            )

    def _can_import(self) -> bool:
        result = self.preview_result
        if result is None or result.ready_count == 0:
            return False
        return result.invalid_count == 0 or self.skip_box.isChecked()

    def _update_buttons(self, *_args: object) -> None:
        page = self.page
        busy = self.current_task is not None
        self.pages.setEnabled(not busy)
        self.back_button.setVisible(page in (Page.MAPPING, Page.PREVIEW))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (Page.FILE, Page.MAPPING))
        self.next_button.setEnabled(not busy and self.table is not None)
        self.import_button.setVisible(page == Page.PREVIEW)
        result = self.preview_result
        n = result.ready_count if result is not None else 0
        text = (
            self.tr("&Import 1 activity")
            if n == 1
            else self.tr("&Import {n} activities").format(n=n)
        )
        self.import_button.setText(text)
        self.import_button.setAccessibleName(text.replace("&", ""))
        self.import_button.setEnabled(not busy and self._can_import())
        self.close_button.setText(self.tr("Close"))
        default = {
            Page.FILE: self.next_button,
            Page.MAPPING: self.next_button,
            Page.PREVIEW: self.import_button,
            Page.REPORT: self.close_button,
        }[page]
        for button in (self.next_button, self.import_button, self.close_button):
            button.setDefault(button is default)

    # -- running the work ---------------------------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[[Progress], T],
        *,
        vault: bool,
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``work`` on a worker with a progress dialog; ``vault``: it uses the database.

        ``current_task`` is the running task; it is cleared before the callbacks run, so that
        a callback may start the next task (a new preview after a failed import).
        """
        started: list[Task[Any]] = []

        def release() -> None:
            if started and self.current_task is started[0]:
                self.current_task = None

        def succeeded(result: T) -> None:
            release()
            on_success(result)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            release()
            on_error(exc)
            self._update_buttons()

        def cancelled() -> None:
            release()
            self._cancelled()
            self._update_buttons()

        if vault:
            task, _progress = run_on_vault(
                self.tasks,
                self,
                self.workspace.ctx,
                label,
                work,
                on_success=succeeded,
                on_error=failed,
                on_cancelled=cancelled,
            )
        else:

            def run(control: TaskControl) -> T:
                try:
                    return work(progress_for(control))
                except Cancelled:
                    raise TaskCancelled() from None

            task, _progress = run_with_progress(
                self.tasks,
                self,
                label,
                run,
                on_success=succeeded,
                on_error=failed,
                on_cancelled=cancelled,
            )
        if not task.delivered:
            started.append(task)
            self.current_task = task
            task.on_finished(lambda: self._task_finished(task))
            self._update_buttons()

    def _task_finished(self, task: Task[Any]) -> None:
        if self.current_task is task:
            self.current_task = None
            self._update_buttons()

    def _cancelled(self) -> None:
        self._pending_error = None
        if self.page == Page.FILE and self.table is None:
            self.summary_label.clear()
        self._show_note(self.tr("Cancelled. Nothing was imported."))

    # -- messages -----------------------------------------------------------------------

    def _slot(self, page: Page) -> QVBoxLayout:
        slot = QVBoxLayout()
        slot.setContentsMargins(0, 0, 0, 0)
        self._slots[page] = slot
        return slot

    def _move_messages(self, page: Page) -> None:
        """Put the problem and note labels on ``page`` (the file page shows them under the
        file, the others at their foot)."""
        slot = self._slots[page]
        for label in (self.error_label, self.note_label):
            if slot.indexOf(label) >= 0:
                continue
            for other in self._slots.values():
                other.removeWidget(label)
            slot.addWidget(label)

    def _show_error(self, text: str) -> None:
        lines = text.splitlines()
        cut = len(lines) > MESSAGE_LINES + 1
        shown = lines
        if cut:
            more = self.tr("… and {n} more lines.").format(n=len(lines) - MESSAGE_LINES)
            shown = [*lines[:MESSAGE_LINES], more]
        self.error_label.setText("\n".join(shown))
        self.error_label.setToolTip(text if cut else "")
        self.error_label.setAccessibleDescription(text)
        self.error_label.show()

    def _show_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.show()

    def _clear_messages(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.note_label.clear()
        self.note_label.hide()

    def _set_lines(self, label: QLabel, lines: Sequence[str]) -> None:
        """Show ``lines`` (the first few; all in the tooltip), or hide the label."""
        shown = list(lines)
        cut = len(shown) > 5
        if cut:
            shown = [*shown[:4], self.tr("… and {n} more.").format(n=len(lines) - 4)]
        label.setText("\n".join(shown))
        label.setToolTip("\n".join(lines) if cut else "")
        label.setVisible(bool(lines))

    # -- the window ---------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self.page == Page.REPORT and self.current_task is None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc and Close: while a worker runs, they cancel it (the dialog stays open)."""
        if self.current_task is not None:
            self.current_task.cancel()
            return
        super().reject()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        if self.page == Page.PREVIEW:
            self._fit_preview_columns()
        elif self.page == Page.MAPPING:
            self._fit_mapping_columns()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        if self.current_task is not None or self.page == Page.PREVIEW:
            return None
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in SUFFIXES else None
