"""File ▸ Import a CNIL PIA file: the GUI face of ``govkit import VAULT PIA.json``.

Choose (or drop) the JSON file a PIA was exported to from the CNIL's PIA software; govkit reads
it on a worker (``import_cnil_pia(..., dry_run=True)``) and shows what the DPIA will hold:
its title, risks, measures, answers, comments, evaluations, actions, and the notes and
warnings of the conversion. A file that is not a PIA export, is damaged or too big is
explained on the page. The DPIA may be linked to an activity of the register (the one of the
PIA's name is proposed). Import creates it (on a worker, one transaction) and ``imported``
tells the window which assessment to open.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QSettings, Qt, Signal
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
from govkit.services.cnil_pia import CnilImport, import_cnil_pia
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError
from govkit.ui.dialogs.import_dialog import ERROR_STYLE, FOLDER_KEY, wrapped_label
from govkit.ui.folders import start_folder
from govkit.ui.vault_tasks import run_on_vault
from govkit.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

NOT_LINKED = ("", "")
LISTED = 12  # risks and measures named in the preview; the rest counted


class CnilImportDialog(QDialog):
    """Preview a CNIL PIA file, choose the activity, import it as a DPIA."""

    imported = Signal(str)  # the id of the DPIA made

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
        self.path: Path | None = None
        self.preview: CnilImport | None = None
        self.import_result: CnilImport | None = None
        self.current_task: Task[Any] | None = None
        self.setWindowTitle(self.tr("Import a CNIL PIA file"))
        self.setAccessibleName(self.windowTitle())
        self.setAcceptDrops(True)

        intro = wrapped_label(
            self.tr(
                "Makes a DPIA of a PIA exported from the CNIL's PIA software (its .json "
                "file): the answers, risks, measures, evaluations, comments and opinions are "
                "kept. Nothing is written until you press Import."
            ),
            self,
        )

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose the PIA's .json file, or drop it here"))
        self.file_edit.setAccessibleName(self.tr("CNIL PIA file to import"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the CNIL PIA file"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.error_label = wrapped_label("", self, name=self.tr("Problem"))
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.preview_view = QTextBrowser(self)
        self.preview_view.setAccessibleName(self.tr("What will be imported"))
        self.preview_view.setOpenLinks(False)
        self.preview_view.setPlaceholderText(
            self.tr("What the file holds is shown here once it is chosen.")
        )

        link = QGridLayout()
        link.setColumnStretch(1, 1)
        link_label = QLabel(self.tr("&Activity assessed:"), self)
        self.subject_combo = QComboBox(self)
        self.subject_combo.setAccessibleName(self.tr("Activity the DPIA assesses"))
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
        self._fill_subjects()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Import the PIA as a DPIA"))
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAccessibleName(self.tr("Cancel"))
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

    # -- the activities -------------------------------------------------------------------

    def _fill_subjects(self) -> None:
        self.subject_combo.clear()
        self.subject_combo.addItem(self.tr("None for now (link it later)"), "")
        for subject_type, service, kind in (
            ("controller_activity", self.workspace.activities, self.tr("controller")),
            ("processor_activity", self.workspace.processor_activities, self.tr("processor")),
        ):
            rows = sorted(
                (r for r in service.rows() if not r.archived),
                key=lambda r: (r.name or r.reference).casefold(),
            )
            for row in rows:
                text = self.tr("{name} ({reference}, as {kind})").format(
                    name=row.name or row.reference, reference=row.reference, kind=kind
                )
                self.subject_combo.addItem(text, f"{subject_type}/{row.id}")

    def subject(self) -> tuple[str, str]:
        """(subject type, record id) of the activity chosen; ("", "") for none."""
        subject_type, _slash, record_id = str(self.subject_combo.currentData() or "").partition("/")
        return (subject_type, record_id) if record_id else NOT_LINKED

    def choose_subject(self, subject_type: str, record_id: str) -> bool:
        """Select an activity (False if it is not in the list)."""
        index = self.subject_combo.findData(f"{subject_type}/{record_id}" if record_id else "")
        if index >= 0:
            self.subject_combo.setCurrentIndex(index)
        return index >= 0

    def _propose_subject(self, name: str) -> None:
        """Select the activity the service matched by name (else "None for now")."""
        wanted = " ".join(name.split()).casefold()
        index = 0
        if wanted:
            names = self.workspace.activities.names()
            for n in range(1, self.subject_combo.count()):
                kind, _slash, record_id = str(self.subject_combo.itemData(n)).partition("/")
                label = names.get(record_id, "") if kind == "controller_activity" else ""
                if " ".join(label.split()).casefold() == wanted:
                    index = n
                    break
        self.subject_combo.setCurrentIndex(index)
        self.subject_help.setText(
            self.tr("Proposed because the activity has the PIA's name.")
            if index
            else self.tr(
                "No activity of the register has the PIA's name. Choose the one it assesses, "
                "or link it later."
            )
        )

    # -- the file ---------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return str(start_folder(self.settings, FOLDER_KEY))

    def choose_file(self) -> None:
        if self.current_task is not None:
            return
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the CNIL PIA file to import"),
            self._start_folder(),
            self.tr("CNIL PIA files (*.json);;All files (*)"),
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

        def work(_progress: Progress) -> CnilImport:
            return import_cnil_pia(workspace, path, dry_run=True)

        self._run(
            self.tr("Reading “{name}”…").format(name=path.name),
            work,
            on_success=self._previewed,
            on_error=lambda exc: self._failed(
                exc,
                self.tr(
                    "The file could not be read because of an unexpected problem. The details "
                    "are in govkit's log file."
                ),
            ),
        )

    def _previewed(self, result: CnilImport) -> None:
        self.preview = result
        self.preview_view.setHtml(self.preview_html(result))
        self._propose_subject(result.content.title if result.subject_name else "")

    def preview_html(self, result: CnilImport) -> str:
        """What the DPIA will hold, as rich text."""
        content = result.content
        out: list[str] = [
            "<h3 style='margin: 0 0 6px 0'>{}</h3>".format(
                html.escape(self.tr("A DPIA “{title}” will be created").format(title=content.title))
            )
        ]
        counts = [
            (self.tr("Answers"), len(content.answers)),
            (self.tr("Risks"), len(content.risks)),
            (self.tr("Measures"), len(content.measures)),
            (self.tr("Evaluations"), len(content.reviews)),
            (self.tr("Actions of the action plan"), len(content.action_plan)),
            (self.tr("Comments"), len(content.comments)),
        ]
        out.append(
            "<table>"
            + "".join(
                f"<tr><td style='padding: 1px 16px 1px 0'>{html.escape(label)}</td>"
                f"<td align='right'><b>{self.locale().toString(n)}</b></td></tr>"
                for label, n in counts
            )
            + "</table>"
        )

        def listing(title: str, names: Sequence[str]) -> None:
            if not names:
                return
            shown = [html.escape(n) for n in names[:LISTED]]
            if len(names) > LISTED:
                shown.append(html.escape(self.tr("and {n} more").format(n=len(names) - LISTED)))
            out.append(f"<p style='margin: 8px 0 2px 0'><b>{html.escape(title)}</b></p>")
            out.append("<ul style='margin-top: 0'>" + "".join(f"<li>{s}</li>" for s in shown))
            out.append("</ul>")

        listing(self.tr("Risks"), [r.title for r in content.risks])
        if content.measures:
            out.append(f"<p style='margin: 8px 0 2px 0'><b>{html.escape(self.tr('Measures'))}</b>")
            out.append("<br>" + html.escape(", ".join(m.title for m in content.measures)) + "</p>")
        status = [self.tr("It will be imported as “{status}”.").format(status=content.status.label)]
        if content.dpo_name or content.dpo_opinion:
            status.append(
                self.tr("The DPO's opinion is kept (given by {name}).").format(
                    name=content.dpo_name or self.tr("no name given")
                )
            )
        listing(self.tr("From the PIA software"), [*status, *content.notes])
        if content.warnings:
            out.append(
                f"<p style='margin: 8px 0 2px 0; {ERROR_STYLE}'><b>"
                f"{html.escape(self.tr('Warnings'))}</b></p>"
            )
            out.append(
                "<ul style='margin-top: 0'>"
                + "".join(f"<li>{html.escape(w)}</li>" for w in content.warnings)
                + "</ul>"
            )
        return "".join(out)

    # -- importing --------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.preview is None or self.path is None or self.current_task is not None:
            return
        self._show_error("")
        workspace, path, subject = self.workspace, self.path, self.subject()

        def work(_progress: Progress) -> CnilImport:
            return import_cnil_pia(workspace, path, subject=subject)

        self._run(
            self.tr("Importing “{name}”…").format(name=path.name),
            work,
            on_success=self._imported,
            on_error=lambda exc: self._failed(
                exc,
                self.tr(
                    "The import stopped because of an unexpected problem, and nothing was "
                    "imported. The details are in govkit's log file."
                ),
            ),
        )

    def _imported(self, result: CnilImport) -> None:
        self.import_result = result
        self.preview = None
        assert result.assessment is not None
        self.imported.emit(result.assessment.id)
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
            on_cancelled=lambda: self._show_error(self.tr("Cancelled. Nothing was imported.")),
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
            log.error("Importing a CNIL PIA file failed", exc_info=exc)
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
