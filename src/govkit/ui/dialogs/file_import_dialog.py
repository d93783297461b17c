"""The machinery of the dialogs that make an assessment of a file another tool saved (File ▸
Import a CNIL PIA file, File ▸ Import a Canada AIA file).

Choose (or drop) the file; it is read on a worker by a dry run of the import service and the
subclass shows what the assessment will hold. A file that cannot be read is explained on the
page (the service's ``UserFacingError``), never as a traceback. The assessment may be linked to
a record of the register (the subclass fills the choices and proposes one). Import runs the
service for real (on a worker, one transaction) and ``imported`` tells the window which
assessment to open.

A subclass gives ``_texts`` (its words), ``_fill_subjects``, ``_dry_run``, ``_import``,
``preview_html``, ``_proposal`` (the record to propose) and ``_assessment_id``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govkit.exports.progress import Progress
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError
from govkit.ui.dialogs.import_dialog import ERROR_STYLE, FOLDER_KEY, wrapped_label
from govkit.ui.folders import start_folder
from govkit.ui.vault_tasks import run_on_vault
from govkit.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

R = TypeVar("R")  # what the import service returns (dry run or not)
T = TypeVar("T")

NOT_LINKED = ("", "")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileImportDialog", text)


@dataclass(frozen=True)
class ImportTexts:
    """What differs in words between the import dialogs."""

    title: str  # of the window
    intro: str
    file_placeholder: str
    file_name: str  # accessible name of the file field
    choose_name: str  # accessible name of Choose…
    choose_caption: str  # of the file dialog
    file_filter: str
    subject_label: str  # with its mnemonic
    subject_name: str  # accessible name of the subject list
    import_name: str  # accessible name of Import
    what: str  # "a CNIL PIA file", for the log


class FileImportDialog(QDialog, Generic[R]):
    """Preview a file, choose the record assessed, import it as an assessment."""

    imported = Signal(str)  # the id of the assessment made

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        *,
        settings: QSettings,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.settings = settings
        self.texts = texts = self._texts()
        self.path: Path | None = None
        self.preview: R | None = None
        self.import_result: R | None = None
        self.current_task: Task[Any] | None = None
        self.setWindowTitle(texts.title)
        self.setAccessibleName(texts.title)
        self.setAcceptDrops(True)

        intro = wrapped_label(texts.intro, self)

        file_row = QHBoxLayout()
        file_label = QLabel(_tr("&File:"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(texts.file_placeholder)
        self.file_edit.setAccessibleName(texts.file_name)
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(_tr("&Choose…"), self)
        self.choose_button.setAccessibleName(texts.choose_name)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.error_label = wrapped_label("", self, name=_tr("Problem"))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.preview_view = QTextBrowser(self)
        self.preview_view.setAccessibleName(_tr("What will be imported"))
        self.preview_view.setOpenLinks(False)
        self.preview_view.setPlaceholderText(
            _tr("What the file holds is shown here once it is chosen.")
        )

        link = QGridLayout()
        link.setColumnStretch(1, 1)
        link_label = QLabel(texts.subject_label, self)
        self.subject_combo = QComboBox(self)
        self.subject_combo.setAccessibleName(texts.subject_name)
        self.subject_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.subject_combo.setMinimumContentsLength(16)
        self.subject_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        link_label.setBuddy(self.subject_combo)
        self.subject_help = wrapped_label("", self)
        self.subject_help.setStyleSheet("color: #444;")
        link.addWidget(link_label, 0, 0)
        link.addWidget(self.subject_combo, 0, 1)
        link.addWidget(self.subject_help, 1, 1)
        self.subject_combo.addItem(_tr("None for now (link it later)"), "")
        for text, data in self._subjects():
            self.subject_combo.addItem(text, data)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            _tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(texts.import_name)
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(_tr("Cancel"))
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(file_row)
        lay.addWidget(self.error_label)
        lay.addWidget(self.preview_view, 1)
        lay.addLayout(link)
        lay.addWidget(self.buttons)
        self.setMinimumSize(440, 380)
        self.resize(680, 620)
        self._update_buttons()
        self.choose_button.setFocus()
        if path is not None:
            self.open_file(path)

    # -- what a subclass says ---------------------------------------------------------------

    def _texts(self) -> ImportTexts:
        """The dialog's words (called first thing, so ``self.tr`` works)."""
        raise NotImplementedError

    def _subjects(self) -> list[tuple[str, str]]:
        """(text, "subject_type/record id") of every record the assessment may be about."""
        raise NotImplementedError

    def _dry_run(self, workspace: Workspace, path: Path) -> R:
        """What importing ``path`` would make (runs on a worker)."""
        raise NotImplementedError

    def _import(self, workspace: Workspace, path: Path, subject: tuple[str, str]) -> R:
        """Import ``path`` about ``subject`` (runs on a worker)."""
        raise NotImplementedError

    def preview_html(self, result: R) -> str:
        """What the assessment will hold, as rich text."""
        raise NotImplementedError

    def _proposal(self, result: R) -> tuple[tuple[str, str], str]:
        """The record to propose (``NOT_LINKED`` for none) and the sentence saying why."""
        raise NotImplementedError

    def _assessment_id(self, result: R) -> str:
        raise NotImplementedError

    # -- the subject ------------------------------------------------------------------------

    def subject(self) -> tuple[str, str]:
        """(subject type, record id) of the record chosen; ("", "") for none."""
        subject_type, _slash, record_id = str(self.subject_combo.currentData() or "").partition("/")
        return (subject_type, record_id) if record_id else NOT_LINKED

    def choose_subject(self, subject_type: str, record_id: str) -> bool:
        """Select a record (False if it is not in the list)."""
        index = self.subject_combo.findData(f"{subject_type}/{record_id}" if record_id else "")
        if index >= 0:
            self.subject_combo.setCurrentIndex(index)
        return index >= 0

    # -- the file ---------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return str(start_folder(self.settings, FOLDER_KEY))

    def choose_file(self) -> None:
        if self.current_task is not None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self, self.texts.choose_caption, self._start_folder(), self.texts.file_filter
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read ``path`` and show what importing it would make (a dry run)."""
        if self.current_task is not None:
            return
        path = Path(path).expanduser()
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        self.path = path
        self.preview = None
        self.file_edit.setText(str(path))
        self.file_edit.setToolTip(str(path))
        self.preview_view.clear()
        self._show_error("")
        workspace = self.workspace

        def work(_progress: Progress) -> R:
            return self._dry_run(workspace, path)

        self._run(
            _tr("Reading “{name}”…").format(name=path.name),
            work,
            on_success=self._previewed,
            on_error=lambda exc: self._failed(
                exc,
                _tr(
                    "The file could not be read because of an unexpected problem. The details "
                    "are in govkit's log file."
                ),
            ),
        )

    def _previewed(self, result: R) -> None:
        self.preview = result
        self.preview_view.setHtml(self.preview_html(result))
        (subject_type, record_id), why = self._proposal(result)
        if not self.choose_subject(subject_type, record_id):
            self.subject_combo.setCurrentIndex(0)
        self.subject_help.setText(why)

    # -- importing --------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or self.path is None or self.current_task is not None:
            return
        self._show_error("")
        workspace, path, subject = self.workspace, self.path, self.subject()

        def work(_progress: Progress) -> R:
            return self._import(workspace, path, subject)

        self._run(
            _tr("Importing “{name}”…").format(name=path.name),
            work,
            on_success=self._imported,
            on_error=lambda exc: self._failed(
                exc,
                _tr(
                    "The import stopped because of an unexpected problem, and nothing was "
                    "imported. The details are in govkit's log file."
                ),
            ),
        )

    def _imported(self, result: R) -> None:
        self.import_result = result
        self.preview = None
        self.imported.emit(self._assessment_id(result))
        self.accept()

    # -- running ----------------------------------------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        task, _progress = run_on_vault(
            self.tasks,
            self,
            self.workspace.ctx,
            label,
            work,
            on_success=on_success,
            on_error=on_error,
            on_cancelled=lambda: self._show_error(_tr("Cancelled. Nothing was imported.")),
        )
        if not task.delivered:
            self.current_task = task
            task.on_finished(self._finished)
        self._update_buttons()

    def _finished(self) -> None:
        self.current_task = None
        self._update_buttons()

    def _failed(self, exc: BaseException, unexpected: str) -> None:
        if isinstance(exc, UserFacingError):  # ImportFileError above all
            self._show_error(str(exc))
        else:
            log.error("Importing %s failed", self.texts.what, exc_info=exc)
            self._show_error(unexpected)
        self.preview = None
        self._update_buttons()

    def _show_error(self, text: str) -> None:
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        busy = self.current_task is not None
        self.import_button.setEnabled(self.preview is not None and not busy)
        self.choose_button.setEnabled(not busy)
        self.subject_combo.setEnabled(self.preview is not None and not busy)

    # -- closing and dropping ---------------------------------------------------------------

    def reject(self) -> None:
        if self.current_task is not None:
            return  # its progress dialog has Cancel
        super().reject()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.current_task is None and self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.casefold() == ".json" else None
