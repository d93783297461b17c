"""File ▸ Export: the register as an Excel workbook, a PDF report, JSON or a signed audit pack.

The user picks a format (and, for Excel, a layout), what to export (the whole register, the
records selected or shown in the list, or one department) and where to write it. The export
runs on a worker thread (``run_on_vault``) with a progress dialog and Cancel; the file is
written under a temporary name and renamed at the end, so a cancelled or failed export leaves
nothing behind. The dialog stays open afterwards and says what was written, with buttons to
open the file or its folder; the choices are remembered for the next time.

``FileExportDialog`` is what every export dialog shares (where to save, replacing a file, the
worker and its progress dialog, the messages and "Open file" / "Show in folder");
``ExportDialog`` adds the register's choices, ``AssessmentExportDialog`` (in
``assessment_export_dialog.py``) an assessment's.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from govkit.exports.progress import Progress
from govkit.services.exports import (
    AI_FORMATS,
    LAYOUTS,
    REGISTER_FORMATS,
    SUFFIXES,
    ExportJob,
    prepare_export,
)
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError
from govkit.ui.folders import start_folder
from govkit.ui.vault_tasks import run_on_vault
from govkit.ui.views.questionnaire_editor import ui_language
from govkit.ui.widgets.prompts import Prompts
from govkit.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)

FORMAT_KEY = "export/format"
LAYOUT_KEY = "export/layout"
FOLDER_KEY = "export/folder"

SCOPES = ("all", "selection", "shown", "department", "ai_system")

# The formats the register's dialog offers: the service's, with the ATRS record in its two
# forms (an Excel workbook and JSON; the service tells them by the file's suffix).
TRANSPARENCY_FORMATS = ("atrs", "atrs-json", "nl-register", "public-html", "public-csv")
DIALOG_FORMATS = REGISTER_FORMATS + TRANSPARENCY_FORMATS
DIALOG_SUFFIXES = {**SUFFIXES, "atrs-json": ".json"}
RETIRED_KEY = "export/include_retired"


def service_format(fmt: str) -> str:
    """The service's format of a choice of the dialog."""
    return "atrs" if fmt == "atrs-json" else fmt


# Characters not allowed in Windows file names (nor, for "/", anywhere), and what the default
# name has instead: quotes and marks are dropped, separators become a dash.
_NAME_REPLACEMENTS = str.maketrans(
    {
        **{chr(code): " " for code in (*range(32), 127)},
        **dict.fromkeys('<>"?*', ""),
        **dict.fromkeys("/\\|", "-"),
        ":": " -",
    }
)

ERROR_COLOUR = "#b3261e"
DONE_COLOUR = "#1b5e20"

UrlOpener = Callable[[QUrl], bool]


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux: forbidden characters
    replaced, spaces collapsed, no leading or trailing dots and spaces."""
    name = " ".join(text.translate(_NAME_REPLACEMENTS).split())
    return name.strip(" .-")


def _has_suffix(name: str, suffix: str) -> bool:
    return name.casefold().endswith(suffix.casefold())


class FileExportDialog(QDialog):
    """An export dialog without its choices: subclasses add their boxes with ``_build`` and
    say what the formats are, how to name the file and what work to run."""

    suffixes: Mapping[str, str] = SUFFIXES
    """Format -> file name suffix."""

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        *,
        settings: QSettings,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.settings = settings
        self.prompts = prompts if prompts is not None else Prompts(self)
        # Opens the written file or its folder (local files only); tests replace it.
        self.open_url: UrlOpener = QDesktopServices.openUrl
        self.last_job: Any = None  # the last export done; it has ``out``, the file written
        self.current_task: Task[Any] | None = None
        self.content = QWidget(self)
        self._extra_actions: list[QPushButton] = []

    def _build(self, intro_text: str, boxes: Sequence[QWidget], fmt: str) -> None:
        """Lay the dialog out: the introduction, the subclass's ``boxes``, then where to save
        it, the messages and the buttons. ``fmt`` is the format chosen at first."""
        intro = QLabel(intro_text, self)
        intro.setWordWrap(True)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(intro)
        for box in boxes:
            column.addWidget(box)
        column.addWidget(self._destination_box(fmt))
        column.addWidget(self._error_frame())
        column.addWidget(self._result_frame())
        column.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Export (Ctrl+Enter)"))
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.export)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(400, 320)

    # -- what subclasses say -----------------------------------------------------------------

    def current_format(self) -> str:
        raise NotImplementedError

    def default_name(self, fmt: str) -> str:
        """The file name govkit proposes for ``fmt``."""
        raise NotImplementedError

    def _file_filter(self, fmt: str) -> str:
        raise NotImplementedError

    def _browse_title(self) -> str:
        raise NotImplementedError

    def _progress_label(self) -> str:
        raise NotImplementedError

    def _work(self, out: Path) -> Callable[[Progress], Any]:
        """The export to ``out``, to run on a worker; returns the job done (with ``out``)."""
        raise NotImplementedError

    def _show_result(self, job: Any) -> None:
        raise NotImplementedError

    def _remember(self, job: Any) -> None:
        """Keep the choices of a successful export for the next time."""
        self.settings.setValue(FOLDER_KEY, str(job.out.parent))

    def _remembered(self, key: str, allowed: Sequence[str], default: str) -> str:
        value = str(self.settings.value(key, default) or default)
        return value if value in allowed else default

    # -- building ---------------------------------------------------------------------------

    def _explanation(self, text: str, indent: bool = True) -> QLabel:
        label = QLabel(text, self.content)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if indent:
            # Under the radio button's text, not under its circle.
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
            margin += self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
            label.setContentsMargins(margin, 0, 0, 4)
        return label

    def _format_radios(
        self,
        title: str,
        choices: Mapping[str, tuple[str, str]],
    ) -> tuple[QGroupBox, QButtonGroup, dict[str, QRadioButton]]:
        """A box of radio buttons, one per format (key -> (text, explanation))."""
        box = QGroupBox(title, self.content)
        grid = QVBoxLayout(box)
        grid.setSpacing(2)
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        for key, (text, help_text) in choices.items():
            button = QRadioButton(text, box)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(help_text)
            group.addButton(button)
            buttons[key] = button
            grid.addWidget(button)
            grid.addWidget(self._explanation(help_text))
        return box, group, buttons

    def _destination_box(self, fmt: str) -> QGroupBox:
        box = QGroupBox(self.tr("Where to save it"), self.content)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        label = QLabel(self.tr("&Save as:"), box)
        self.path_edit = QLineEdit(box)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.setAccessibleDescription(
            self.tr("The folder and name of the file the export is written to.")
        )
        label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), box)
        self.browse_button.setAccessibleName(self.tr("Choose the file to write"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.setText(str(self._start_folder() / self.default_name(fmt)))
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        return box

    def _message_icon(self, kind: QStyle.StandardPixmap, parent: QWidget) -> QLabel:
        icon = QLabel(parent)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(kind).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName("")
        return icon

    def _error_frame(self) -> QFrame:
        self.error_frame = QFrame(self.content)
        self.error_frame.setObjectName("exportError")
        self.error_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.error_frame.setStyleSheet(
            f"QFrame#exportError {{ border: 1px solid {ERROR_COLOUR}; border-radius: 4px; }}"
        )
        row = QHBoxLayout(self.error_frame)
        row.addWidget(
            self._message_icon(QStyle.StandardPixmap.SP_MessageBoxWarning, self.error_frame)
        )
        self.error_label = QLabel(self.error_frame)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.error_label, 1)
        self.error_frame.hide()
        return self.error_frame

    def _result_frame(self) -> QFrame:
        self.result_frame = QFrame(self.content)
        self.result_frame.setObjectName("exportResult")
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.result_frame)
        grid.setColumnStretch(1, 1)
        self.result_icon = QLabel(self.result_frame)
        self.result_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.result_label = QLabel(self.result_frame)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.open_button = QPushButton(self.tr("&Open file"), self.result_frame)
        self.open_button.setAccessibleName(self.tr("Open the exported file"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in &folder"), self.result_frame)
        self.folder_button.setAccessibleName(self.tr("Show the folder of the exported file"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.show_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.folder_button)
        self._extra_actions = self._result_actions(self.result_frame)
        for button in self._extra_actions:
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        grid.addWidget(self.result_icon, 0, 0)
        grid.addWidget(self.result_label, 0, 1)
        grid.addLayout(actions, 1, 1)
        self.result_frame.hide()
        return self.result_frame

    def _result_actions(self, parent: QWidget) -> list[QPushButton]:
        """Buttons beside "Open file" after an export (hidden until a subclass shows them)."""
        return []

    # -- file names ---------------------------------------------------------------------------

    def _start_folder(self) -> Path:
        return start_folder(self.settings, FOLDER_KEY)

    def _rename_for_format(self, old: str, new: str) -> None:
        """The format changed from ``old`` to ``new``: propose the new format's name if the
        file is still the one govkit proposed, else give the typed name the new suffix."""
        text = self.path_edit.text().strip()
        if not text or old == new:
            return
        path = Path(text)
        if path.name == self.default_name(old):
            # Still the name govkit proposed: propose the one for this format.
            name = self.default_name(new)
        else:
            name = path.name
            for suffix in self.suffixes.values():
                if _has_suffix(name, suffix):
                    name = name[: -len(suffix)] + self.suffixes[new]
                    break
        self.path_edit.setText(str(path.with_name(name)) if name != path.name else text)

    def browse(self) -> None:
        fmt = self.current_format()
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self._browse_title(),
            self.path_edit.text().strip() or str(self._start_folder() / self.default_name(fmt)),
            self._file_filter(fmt),
            "",
            # Export asks before replacing a file, once, when it is pressed.
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path_edit.setText(str(self._with_suffix(Path(name), fmt)))
            self.export_button.setFocus()

    def destination(self) -> Path | None:
        """The file to write: the path typed (a bare name goes to the current folder), with
        the format's suffix added if it was left out; None if nothing is typed."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._start_folder() / path
        return self._with_suffix(path, self.current_format())

    def _with_suffix(self, path: Path, fmt: str) -> Path:
        suffix = self.suffixes[fmt]
        if _has_suffix(path.name, suffix):
            return path
        return path.with_name(path.name + suffix)

    # -- exporting --------------------------------------------------------------------------

    def export(self) -> None:
        """Check the destination, ask before replacing a file, then export on a worker."""
        if self.current_task is not None:
            return
        self._clear_messages()
        out = self.destination()
        if out is None:
            self._show_error(
                self.tr("Give the name of the file to write, or choose it with Browse…")
            )
            self.path_edit.setFocus()
            return
        self.path_edit.setText(str(out))
        if out.is_file() and not self.prompts.confirm(
            self.tr("Replace the file?"),
            self.tr(
                "“{name}” already exists in the folder “{folder}”. Replace it with this export?"
            ).format(name=out.name, folder=out.parent),
            self.tr("&Replace"),
            destructive=False,
        ):
            self.path_edit.setFocus()
            return

        work = self._work(out)
        self._set_busy(True)
        task, _progress_dialog = run_on_vault(
            self.tasks,
            self,
            self.workspace.ctx,
            self._progress_label(),
            work,
            on_success=self._succeeded,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        if task.delivered:
            self._set_busy(False)
        else:
            self.current_task = task
            task.on_finished(self._finished)

    def _finished(self) -> None:
        self.current_task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.content.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        if not busy:
            self.export_button.setFocus()

    def _succeeded(self, job: Any) -> None:
        self.last_job = job
        self._remember(job)
        self._show_result(job)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self._show_error(str(exc))
            return
        log.error("The export failed", exc_info=exc)
        self._show_error(
            self.tr(
                "The export failed because of an unexpected problem. Nothing was written. "
                "The details are in govkit's log file."
            )
        )

    def _cancelled(self) -> None:
        self._show_message(
            QStyle.StandardPixmap.SP_MessageBoxInformation,
            html.escape(self.tr("Export cancelled. No file was written.")),
            self.tr("Export cancelled. No file was written."),
            actions=False,
        )

    # -- messages ---------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        self.error_frame.hide()
        self.error_label.clear()
        self.result_frame.hide()
        self.result_label.clear()

    def _show_error(self, text: str) -> None:
        self.result_frame.hide()
        self.error_label.setText(text)
        self.error_label.setAccessibleDescription(text)
        self.error_frame.show()
        self._reveal(self.error_frame)

    def _show_message(
        self,
        icon: QStyle.StandardPixmap,
        rich: str,
        plain: str,
        *,
        actions: bool,
    ) -> None:
        self.error_frame.hide()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.result_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.result_label.setText(rich)
        self.result_label.setAccessibleDescription(plain)
        self.open_button.setVisible(actions)
        self.folder_button.setVisible(actions)
        for button in self._extra_actions:
            button.hide()
        self.result_frame.show()
        self._reveal(self.result_frame)

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the message into view once the layout has made room for it."""
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(widget))

    # -- after an export --------------------------------------------------------------------

    def _exported_path(self) -> Path | None:
        job = self.last_job
        if job is None:
            return None
        if not job.out.exists():
            self._show_error(
                self.tr("“{name}” is no longer there: it was moved or deleted.").format(
                    name=job.out.name
                )
            )
            return None
        return job.out

    def open_file(self) -> None:
        path = self._exported_path()
        if path is not None and not self.open_url(QUrl.fromLocalFile(str(path))):
            self._show_error(
                self.tr(
                    "No program on this computer opens “{name}”. Open it from the folder instead."
                ).format(name=path.name)
            )

    def show_folder(self) -> None:
        path = self._exported_path()
        if path is not None and not self.open_url(QUrl.fromLocalFile(str(path.parent))):
            self._show_error(
                self.tr("The folder “{folder}” could not be shown.").format(folder=path.parent)
            )

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.current_task is not None:
            return  # the export is running: its progress dialog has Cancel
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.current_task is not None:
            event.ignore()
            return
        super().closeEvent(event)


class ExportDialog(FileExportDialog):
    """Choose format, layout, scope and file; export off the GUI thread; say what was written."""

    suffixes: Mapping[str, str] = DIALOG_SUFFIXES

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        *,
        settings: QSettings,
        selected_ids: Sequence[str] = (),
        shown_ids: Sequence[str] | None = None,
        department: str | None = None,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, tasks, settings=settings, prompts=prompts, parent=parent)
        self.last_job: ExportJob | None = None
        self.selected_ids = list(selected_ids)
        self.shown_ids = list(shown_ids) if shown_ids is not None else None
        self._format = self._remembered(FORMAT_KEY, DIALOG_FORMATS, "xlsx")
        self.setWindowTitle(self.tr("Export the register"))

        self._build(
            self.tr(
                "Writes the register to a file, for colleagues, for your records or for an "
                "auditor, or publishes the AI systems register. The vault itself is not "
                "changed."
            ),
            [
                self._format_box(),
                self._transparency_box(),
                self._layout_box(),
                self._scope_box(department),
            ],
            self._format,
        )
        self.resize(620, 680)

        self.format_buttons[self._format].setChecked(True)
        self._format_changed()
        self.format_buttons[self._format].setFocus()

    # -- building ---------------------------------------------------------------------------

    def _format_box(self) -> QGroupBox:
        choices = {
            "xlsx": (
                self.tr("E&xcel workbook (.xlsx)"),
                self.tr("To read, sort and filter in Excel or LibreOffice."),
            ),
            "pdf": (
                self.tr("&PDF report (.pdf)"),
                self.tr("A report to file or print."),
            ),
            "json": (
                self.tr("&JSON data (.json)"),
                self.tr("Everything, for other programs."),
            ),
            "pack": (
                self.tr("&Audit pack (.zip)"),
                self.tr("Excel + PDF + JSON, signed, for an auditor or supervisory authority."),
            ),
        }
        box, self.format_group, self.format_buttons = self._format_radios(
            self.tr("Format"), {key: choices[key] for key in REGISTER_FORMATS}
        )
        for button in self.format_buttons.values():
            button.toggled.connect(self._format_toggled)
        return box

    def _transparency_box(self) -> QGroupBox:
        """The AI systems' transparency records: in the same button group as the formats."""
        choices = {
            "atrs": (
                self.tr("A&TRS record, Excel (.xlsx)"),
                self.tr(
                    "The UK Algorithmic Transparency Recording Standard: one sheet per section "
                    "of its template, one column per AI system."
                ),
            ),
            "atrs-json": (
                self.tr("ATRS record, JSO&N (.json)"),
                self.tr("The same record as JSON, for a website or another program."),
            ),
            "nl-register": (
                self.tr("D&utch algorithm register (.json)"),
                self.tr(
                    "Entries in the publication standard of the Dutch national algorithm "
                    "register (Algoritmeregister), one per system or, for all, a list."
                ),
            ),
            "public-html": (
                self.tr("Public register, web pa&ge (.html)"),
                self.tr(
                    "One accessible page for the city's website, without scripts or links to "
                    "other sites' files."
                ),
            ),
            "public-csv": (
                self.tr("Public register, CS&V (.csv)"),
                self.tr("The same public fields as a table, for Excel or an open-data portal."),
            ),
        }
        box, _group, buttons = self._format_radios(
            self.tr("Transparency records of the AI systems register"), choices
        )
        note = self._explanation(
            self.tr(
                "Only the fields meant for the public: internal notes, contacts marked "
                "internal and the answers of impact assessments are never included."
            ),
            indent=False,
        )
        column = box.layout()
        assert column is not None  # _format_radios gave the box its layout
        column.addWidget(note)
        self.retired_check = QCheckBox(self.tr("Include ret&ired systems"), box)
        self.retired_check.setAccessibleName(self.tr("Include retired AI systems"))
        self.retired_check.setAccessibleDescription(
            self.tr("For the public register: list retired systems too, with their phase.")
        )
        self.retired_check.setChecked(bool(self.settings.value(RETIRED_KEY, False, type=bool)))
        column.addWidget(self.retired_check)
        for key, button in buttons.items():
            _group.removeButton(button)
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            button.toggled.connect(self._format_toggled)
        return box

    def _layout_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Excel layout"), self.content)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        label = QLabel(self.tr("&Layout:"), box)
        self.layout_combo = QComboBox(box)
        self.layout_combo.setAccessibleName(self.tr("Excel layout"))
        self.layout_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layout_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.layout_combo.setMinimumContentsLength(12)
        names = {
            "full": self.tr("Full (every field)"),
            "ico": self.tr("UK ICO template"),
            "cnil": self.tr("CNIL register"),
        }
        for key in LAYOUTS:
            self.layout_combo.addItem(names[key], key)
        label.setBuddy(self.layout_combo)
        remembered = self._remembered(LAYOUT_KEY, LAYOUTS, "full")
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(remembered))
        self.layout_help = self._explanation("", indent=False)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.layout_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.layout_help, 1, 0, 1, 2)
        self.layout_combo.currentIndexChanged.connect(self._update_layout_help)
        return box

    def _scope_box(self, department: str | None) -> QGroupBox:
        box = QGroupBox(self.tr("What to export"), self.content)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        ws = self.workspace
        total = ws.activities.count() + ws.processor_activities.count()
        selected = len(self.selected_ids)
        shown = len(self.shown_ids or ())
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {
            "all": QRadioButton(
                self.tr("The &whole register ({count})").format(count=self._activities(total)),
                box,
            ),
            "selection": QRadioButton(
                self.tr("The &records selected in the list ({count})").format(
                    count=self._activities(selected)
                ),
                box,
            ),
            "shown": QRadioButton(
                self.tr("The records s&hown by the search or filter ({count})").format(
                    count=self._activities(shown)
                ),
                box,
            ),
            "department": QRadioButton(self.tr("One &department:"), box),
            "ai_system": QRadioButton(self.tr("One AI syste&m:"), box),
        }
        self._scope_counts = {"all": total, "selection": selected, "shown": shown}
        for key, button in self.scope_buttons.items():
            button.setAccessibleName(button.text().replace("&", ""))
            self.scope_group.addButton(button)
            if key not in ("department", "ai_system"):
                grid.addWidget(button, grid.rowCount(), 0, 1, 2)
        self.scope_buttons["selection"].setEnabled(selected > 0)
        if selected == 0:
            self.scope_buttons["selection"].setToolTip(
                self.tr("Select records in the register's list first.")
            )
        self.scope_buttons["shown"].setVisible(self.shown_ids is not None)
        self.scope_buttons["shown"].setEnabled(shown > 0)

        names = sorted(
            set(ws.activities.departments())
            | set(ws.processor_activities.departments())
            | set(ws.ai_systems.departments()),
            key=str.casefold,
        )
        self.department_combo = QComboBox(box)
        self.department_combo.setAccessibleName(self.tr("Department to export"))
        self.department_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.department_combo.setMinimumContentsLength(10)
        self.department_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.department_combo.addItems(names)
        if not names:
            self.scope_buttons["department"].setEnabled(False)
            self.department_combo.setEnabled(False)
            self.department_combo.setPlaceholderText(self.tr("No departments recorded"))
        row = grid.rowCount()
        grid.addWidget(self.scope_buttons["department"], row, 0)
        grid.addWidget(self.department_combo, row, 1, Qt.AlignmentFlag.AlignLeft)
        # Picking a department means exporting it.
        self.department_combo.activated.connect(
            lambda _index: self.scope_buttons["department"].setChecked(True)
        )

        self.ai_system_combo = QComboBox(box)
        self.ai_system_combo.setAccessibleName(self.tr("AI system to export"))
        self.ai_system_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ai_system_combo.setMinimumContentsLength(16)
        self.ai_system_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        systems = sorted(
            ws.ai_systems.all(include_archived=False),
            key=lambda a: (a.reference.casefold(), a.name.casefold()),
        )
        self.ai_systems_total = len(systems)
        known = {system.id for system in systems}
        self._ai_counts = {
            "selection": sum(1 for i in self.selected_ids if i in known),
            "shown": sum(1 for i in self.shown_ids or () if i in known),
        }
        for system in systems:
            label = " ".join(v for v in (system.reference, system.name) if v)
            self.ai_system_combo.addItem(label or system.id, system.id)
        if not systems:
            self.ai_system_combo.setPlaceholderText(self.tr("No AI systems recorded"))
        row = grid.rowCount()
        grid.addWidget(self.scope_buttons["ai_system"], row, 0)
        grid.addWidget(self.ai_system_combo, row, 1, Qt.AlignmentFlag.AlignLeft)
        self.ai_system_combo.activated.connect(
            lambda _index: self.scope_buttons["ai_system"].setChecked(True)
        )

        self.scope_buttons["all"].setChecked(True)
        if department:
            wanted = " ".join(department.split()).casefold()
            for index, name in enumerate(names):
                if " ".join(name.split()).casefold() == wanted:
                    self.department_combo.setCurrentIndex(index)
                    self.scope_buttons["department"].setChecked(True)
                    break
        return box

    def _result_actions(self, parent: QWidget) -> list[QPushButton]:
        self.copy_button = QPushButton(self.tr("&Copy fingerprint"), parent)
        self.copy_button.setAccessibleName(self.tr("Copy the signing key fingerprint"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        return [self.copy_button]

    # -- choices ----------------------------------------------------------------------------

    def _activities(self, n: int) -> str:
        if n == 1:
            return self.tr("1 activity")
        return self.tr("{n} activities").format(n=self.locale().toString(n))

    def _ai_systems(self, n: int) -> str:
        if n == 1:
            return self.tr("1 AI system")
        return self.tr("{n} AI systems").format(n=self.locale().toString(n))

    def current_format(self) -> str:
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return "xlsx"

    def is_transparency(self, fmt: str | None = None) -> bool:
        """The format chosen (or ``fmt``) is one of the AI systems' transparency records."""
        return (fmt or self.current_format()) in TRANSPARENCY_FORMATS

    def current_layout(self) -> str:
        """The Excel layout; always "full" for the other formats."""
        if self.current_format() != "xlsx":
            return "full"
        return str(self.layout_combo.currentData() or "full")

    def current_scope(self) -> str:
        for key, button in self.scope_buttons.items():
            if button.isChecked():
                return key
        return "all"

    def scope_arguments(self) -> tuple[list[str] | None, str | None]:
        """``ids`` and ``department`` for ``prepare_export``."""
        scope = self.current_scope()
        if scope == "selection":
            return list(self.selected_ids), None
        if scope == "shown" and self.shown_ids is not None:
            return list(self.shown_ids), None
        if scope == "department" and self.department_combo.currentText():
            return None, self.department_combo.currentText()
        return None, None

    def current_ai_system(self) -> str | None:
        """The ID of the one AI system to export, if that is the scope chosen."""
        if self.current_scope() != "ai_system" or not self.is_transparency():
            return None
        data = self.ai_system_combo.currentData()
        return str(data) if data else None

    def default_name(self, fmt: str) -> str:
        """``<organisation> register <date>.xlsx`` (``… audit pack <date>.zip`` for a pack)."""
        organisation = ""
        try:
            organisation = self.workspace.organisation.get().name or ""
        except UserFacingError:
            organisation = ""
        owner = safe_file_name(organisation) or safe_file_name(self.workspace.path.stem)
        today = date.today().isoformat()
        if fmt == "pack":
            stem = self.tr("{name} audit pack {date}").format(name=owner, date=today)
        elif fmt in ("atrs", "atrs-json"):
            stem = self.tr("{name} ATRS record {date}").format(name=owner, date=today)
        elif fmt == "nl-register":
            stem = self.tr("{name} algorithm register {date}").format(name=owner, date=today)
        elif fmt in ("public-html", "public-csv"):
            stem = self.tr("{name} AI systems register {date}").format(name=owner, date=today)
        else:
            stem = self.tr("{name} register {date}").format(name=owner, date=today)
        return (safe_file_name(stem) or "register") + DIALOG_SUFFIXES[fmt]

    def _format_toggled(self, checked: bool) -> None:
        if checked:
            self._format_changed()

    def _format_changed(self) -> None:
        new = self.current_format()
        old, self._format = self._format, new
        self.layout_combo.setEnabled(new == "xlsx")
        self._update_layout_help()
        self._update_scope()
        self._rename_for_format(old, new)

    def _update_scope(self) -> None:
        """The scope's counts say activities, or AI systems for a transparency record; one
        AI system and retired systems are choices of the transparency records only."""
        ai = self.is_transparency()
        all_button = self.scope_buttons["all"]
        if ai:
            all_button.setText(
                self.tr("All AI s&ystems ({count})").format(
                    count=self.locale().toString(self.ai_systems_total)
                )
            )
        else:
            all_button.setText(
                self.tr("The &whole register ({count})").format(
                    count=self._activities(self._scope_counts["all"])
                )
            )
        all_button.setAccessibleName(all_button.text().replace("&", ""))
        texts = {
            "selection": self.tr("The &records selected in the list ({count})"),
            "shown": self.tr("The records s&hown by the search or filter ({count})"),
        }
        for key, text in texts.items():
            n = self._ai_counts[key] if ai else self._scope_counts[key]
            count = self._ai_systems(n) if ai else self._activities(n)
            button = self.scope_buttons[key]
            button.setText(text.format(count=count))
            button.setAccessibleName(button.text().replace("&", ""))
            button.setEnabled(n > 0)
            if not n and button.isChecked():
                all_button.setChecked(True)
        has_systems = self.ai_systems_total > 0
        self.scope_buttons["ai_system"].setEnabled(ai and has_systems)
        self.ai_system_combo.setEnabled(ai and has_systems)
        if not ai and self.scope_buttons["ai_system"].isChecked():
            all_button.setChecked(True)
        self.retired_check.setEnabled(self.current_format() in ("public-html", "public-csv"))

    def _update_layout_help(self) -> None:
        if self.current_format() != "xlsx":
            self.layout_help.setText(self.tr("Layouts are for Excel workbooks only."))
            return
        texts = {
            "full": self.tr(
                "Every field of every record, one sheet per register, with the pick lists. "
                "govkit can import this workbook again."
            ),
            "ico": self.tr(
                "The columns of the UK Information Commissioner's Office documentation template, "
                "one row per activity."
            ),
            "cnil": self.tr(
                "Laid out like the CNIL's model register (in French): a summary, then one sheet "
                "per activity."
            ),
        }
        self.layout_help.setText(texts.get(self.current_layout(), ""))
        self.layout_combo.setAccessibleDescription(self.layout_help.text())

    def _browse_title(self) -> str:
        return self.tr("Export the register as")

    def _progress_label(self) -> str:
        return self.tr("Exporting the register…")

    def _file_filter(self, fmt: str) -> str:
        filters = {
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
            "json": self.tr("JSON files (*.json)"),
            "pack": self.tr("Audit packs (*.zip)"),
            "atrs": self.tr("Excel workbooks (*.xlsx)"),
            "atrs-json": self.tr("JSON files (*.json)"),
            "nl-register": self.tr("JSON files (*.json)"),
            "public-html": self.tr("Web pages (*.html)"),
            "public-csv": self.tr("CSV files (*.csv)"),
        }
        return filters[fmt]

    # -- exporting --------------------------------------------------------------------------

    def _work(self, out: Path) -> Callable[[Progress], ExportJob]:
        fmt, layout = service_format(self.current_format()), self.current_layout()
        ids, department = self.scope_arguments()
        ai_system = self.current_ai_system()
        if ai_system is not None:
            ids, department = None, None
        include_retired = fmt in ("public-html", "public-csv") and self.retired_check.isChecked()
        lang = ui_language()  # the public page's lang, the assessments' outcome labels
        workspace = self.workspace

        def work(progress: Progress) -> ExportJob:
            job = prepare_export(
                workspace,
                out,
                format=fmt,
                layout=layout,
                ids=ids,
                department=department,
                progress=progress,
                ai_system=ai_system,
                include_retired=include_retired,
                lang=lang,
            )
            job.run()
            return job

        return work

    def _remember(self, job: ExportJob) -> None:
        super()._remember(job)
        chosen = job.format
        if chosen == "atrs" and job.out.suffix.lower() == ".json":
            chosen = "atrs-json"
        self.settings.setValue(FORMAT_KEY, chosen)
        if job.format == "xlsx":
            self.settings.setValue(LAYOUT_KEY, job.layout)
        if job.format in ("public-html", "public-csv"):
            self.settings.setValue(RETIRED_KEY, job.include_retired)

    def _show_result(self, job: ExportJob) -> None:
        counts = job.snapshot.counts
        controllers = counts["controller_activities"]
        processors = counts["processor_activities"]
        lines: list[tuple[str, str]] = []  # (rich, plain)

        def add(text: str, rich: str | None = None) -> None:
            lines.append((rich if rich is not None else html.escape(text), text))

        done = self.tr("Exported: “{name}”").format(name=job.out.name)
        add(done, f"<b style='color:{DONE_COLOUR}'>{html.escape(done)}</b>")
        add(self.tr("Folder: {folder}").format(folder=job.out.parent))
        if job.format in AI_FORMATS:
            n = job.systems or 0
            add(
                self.tr("1 AI system.")
                if n == 1
                else self.tr("{n} AI systems.").format(n=self.locale().toString(n))
            )
            for warning in job.warnings:
                add(self.tr("Note: {text}").format(text=warning))
        elif processors:
            add(
                self.tr("{total}: {controllers} as controller, {processors} as processor.").format(
                    total=self._activities(controllers + processors),
                    controllers=self.locale().toString(controllers),
                    processors=self.locale().toString(processors),
                )
            )
        else:
            add(self.tr("{total}.").format(total=self._activities(controllers)))
        if job.format == "pdf" and job.pages:
            add(self.tr("The report has {pages} pages.").format(pages=job.pages))
        if job.format == "pack":
            add(
                self.tr(
                    "The pack holds the register as an Excel workbook, a PDF report ({pages} "
                    "pages) and JSON, with a signed list of their fingerprints."
                ).format(pages=job.pages or 0)
            )
            if job.created_signing_key:
                add(
                    self.tr(
                        "This is the vault's first audit pack: its signing key was made now and "
                        "is kept in the vault."
                    )
                )
            fingerprint = job.fingerprint or ""
            add(
                self.tr("Signing key fingerprint: {fingerprint}").format(fingerprint=fingerprint),
                "{}<br><span style='font-family:monospace; font-weight:bold'>{}</span>".format(
                    html.escape(self.tr("Signing key fingerprint:")),
                    html.escape(fingerprint),
                ),
            )
            add(
                self.tr(
                    "Give this fingerprint to the recipient separately from the pack (by phone "
                    "or in a letter, not in the same e-mail), so that they can check with "
                    "“govkit verify” that the pack comes from you and was not changed."
                )
            )
        rich = "".join(f"<p style='margin:0 0 4px 0'>{r}</p>" for r, _plain in lines)
        plain = " ".join(p for _rich, p in lines)
        self._show_message(
            QStyle.StandardPixmap.SP_DialogApplyButton,
            rich,
            plain,
            actions=True,
        )
        self.copy_button.setVisible(job.format == "pack" and bool(job.fingerprint))

    def copy_fingerprint(self) -> None:
        if self.last_job is not None and self.last_job.fingerprint:
            QApplication.clipboard().setText(self.last_job.fingerprint)
            self.copy_button.setText(self.tr("&Copied"))
            QTimer.singleShot(
                2000,
                self.copy_button,
                lambda: self.copy_button.setText(self.tr("&Copy fingerprint")),
            )
