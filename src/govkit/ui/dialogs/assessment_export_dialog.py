"""Export one assessment: its PDF report, its action plan as Excel, or (a DPIA) CNIL PIA JSON.

The GUI face of ``govkit export VAULT --assessment REF`` (``services/assessment_exports.py``),
built on the register's export dialog (``FileExportDialog``): the file is proposed from the
assessment's reference and title, written on a worker with a progress dialog and Cancel
(nothing is left behind when cancelled), an existing file is replaced only when confirmed, and
"Open file" / "Show in folder" follow.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGroupBox, QStyle, QWidget

from govkit.domain.assessment_enums import AssessmentKind
from govkit.domain.models import Assessment
from govkit.exports.progress import Progress
from govkit.services.assessment_exports import (
    ASSESSMENT_FORMATS,
    ASSESSMENT_SUFFIXES,
    AssessmentExportJob,
    prepare_assessment_export,
)
from govkit.services.assessments import AssessmentService
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.export_dialog import DONE_COLOUR, FileExportDialog, safe_file_name
from govkit.ui.widgets.prompts import Prompts
from govkit.ui.workers import TaskRunner

FORMAT_KEY = "export/assessment_format"


class AssessmentExportDialog(FileExportDialog):
    """Choose the format and the file; export the assessment off the GUI thread."""

    suffixes = ASSESSMENT_SUFFIXES

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        assessment_id: str,
        *,
        settings: QSettings,
        language: str = "en",
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, tasks, settings=settings, prompts=prompts, parent=parent)
        self.last_job: AssessmentExportJob | None = None
        self.language = language
        self.assessment: Assessment = AssessmentService(workspace.ctx).get(assessment_id)
        self.is_dpia = self.assessment.kind == AssessmentKind.DPIA
        fmt = self._remembered(FORMAT_KEY, ASSESSMENT_FORMATS, "pdf")
        if fmt == "cnil-json" and not self.is_dpia:
            fmt = "pdf"
        self._format = fmt
        label = self._label()
        self.setWindowTitle(self.tr("Export {assessment}").format(assessment=label))
        self.setAccessibleName(self.windowTitle())
        self._build(
            self.tr(
                "Writes “{assessment}” to a file, to share, file or print. The vault itself is "
                "not changed."
            ).format(assessment=label),
            [self._format_box()],
            fmt,
        )
        self.resize(600, 560)
        self.format_buttons[fmt].setChecked(True)
        self.format_buttons[fmt].setFocus()

    def _label(self) -> str:
        row = self.assessment
        version = self.tr(" v{n}").format(n=row.version) if row.version > 1 else ""
        return f"{row.reference}{version} {row.title}".strip()

    def _format_box(self) -> QGroupBox:
        choices = {
            "pdf": (
                self.tr("&PDF report (.pdf)"),
                self.tr(
                    "The whole assessment as a report to file, print or sign: answers, risks, "
                    "measures, reviews and sign-off."
                ),
            ),
            "xlsx": (
                self.tr("&Action plan as an Excel workbook (.xlsx)"),
                self.tr("The actions and the risks, to follow up in Excel or LibreOffice."),
            ),
            "cnil-json": (
                self.tr("&CNIL PIA file (.json)"),
                self.tr(
                    "For the CNIL's free PIA software: it opens this file with the answers, "
                    "risks, measures and evaluations."
                ),
            ),
        }
        box, self.format_group, self.format_buttons = self._format_radios(
            self.tr("Format"), {key: choices[key] for key in ASSESSMENT_FORMATS}
        )
        for button in self.format_buttons.values():
            button.toggled.connect(self._format_toggled)
        cnil = self.format_buttons["cnil-json"]
        if not self.is_dpia:
            cnil.setEnabled(False)
            why = self.tr("Only a DPIA can be written for the CNIL's PIA software.")
            cnil.setToolTip(why)
            cnil.setAccessibleDescription(why)
        return box

    # -- choices ----------------------------------------------------------------------------

    def current_format(self) -> str:
        for key, button in self.format_buttons.items():
            if button.isChecked():
                return key
        return "pdf"

    def _format_toggled(self, checked: bool) -> None:
        if checked:
            old, self._format = self._format, self.current_format()
            self._rename_for_format(old, self._format)

    def default_name(self, fmt: str) -> str:
        """``DPIA-001 Title.pdf``, ``… action plan.xlsx``, ``… CNIL PIA.json``."""
        label = self._label()
        if fmt == "xlsx":
            stem = self.tr("{assessment} action plan").format(assessment=label)
        elif fmt == "cnil-json":
            stem = self.tr("{assessment} CNIL PIA").format(assessment=label)
        else:
            stem = label
        return (safe_file_name(stem) or self.assessment.reference or "assessment") + (
            self.suffixes[fmt]
        )

    def _file_filter(self, fmt: str) -> str:
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "cnil-json": self.tr("CNIL PIA files (*.json)"),
        }
        return filters[fmt]

    def _browse_title(self) -> str:
        return self.tr("Export the assessment as")

    def _progress_label(self) -> str:
        return self.tr("Exporting the assessment…")

    # -- exporting --------------------------------------------------------------------------

    def _work(self, out: Path) -> Callable[[Progress], AssessmentExportJob]:
        fmt, language = self.current_format(), self.language
        workspace, assessment_id = self.workspace, self.assessment.id

        def work(progress: Progress) -> AssessmentExportJob:
            job = prepare_assessment_export(
                workspace, assessment_id, out, format=fmt, language=language, progress=progress
            )
            job.run()
            return job

        return work

    def _remember(self, job: AssessmentExportJob) -> None:
        super()._remember(job)
        self.settings.setValue(FORMAT_KEY, job.format)

    def _show_result(self, job: AssessmentExportJob) -> None:
        lines: list[tuple[str, str]] = []  # (rich, plain)

        def add(text: str, rich: str | None = None) -> None:
            lines.append((rich if rich is not None else html.escape(text), text))

        done = self.tr("Exported: “{name}”").format(name=job.out.name)
        add(done, f"<b style='color:{DONE_COLOUR}'>{html.escape(done)}</b>")
        add(self.tr("Folder: {folder}").format(folder=job.out.parent))
        if job.format == "pdf" and job.pages:
            add(self.tr("The report has {pages} pages.").format(pages=job.pages))
        elif job.format == "xlsx":
            add(
                self.tr("{actions} actions of the action plan, and the risks.").format(
                    actions=len(job.snapshot.action_plan)
                )
            )
        elif job.format == "cnil-json":
            add(self.tr("The CNIL's PIA software can import this file."))
        for warning in job.warnings:
            add(self.tr("Note: {text}").format(text=warning))
        rich = "".join(f"<p style='margin:0 0 4px 0'>{r}</p>" for r, _plain in lines)
        plain = " ".join(p for _rich, p in lines)
        self._show_message(QStyle.StandardPixmap.SP_DialogApplyButton, rich, plain, actions=True)
