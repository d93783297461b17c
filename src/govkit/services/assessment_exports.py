"""Exporting one impact assessment: its PDF report, its action plan as Excel, CNIL PIA JSON.

As for the register (``services/exports.py``): ``prepare_assessment_export`` runs on the
database's thread (checks the destination, takes a frozen ``AssessmentSnapshot``), and
``job.run()`` writes from any thread, atomically: a cancelled or failed export leaves no file.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from govkit.domain.models import Assessment
from govkit.exports.assessment_snapshot import AssessmentSnapshot
from govkit.exports.progress import Progress
from govkit.i18n import _
from govkit.services.assessment_snapshots import take_assessment_snapshot
from govkit.services.assessments import AssessmentService
from govkit.services.exports import ExportError, check_destination, write_atomically
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError

ASSESSMENT_FORMATS = ("pdf", "xlsx", "cnil-json")
ASSESSMENT_SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "cnil-json": ".json"}

_PDF_LOCK = threading.Lock()  # reportlab keeps per-process state (as for the register report)


def resolve_assessment(ws: Workspace, wanted: str) -> Assessment:
    """The assessment with this id, or with this reference (its newest version); "DPIA-001"
    and "dpia-001 v2" both work. ``ExportError`` naming the references when none matches."""
    service = AssessmentService(ws.ctx)
    text = " ".join(wanted.split())
    summaries = service.summaries(include_archived=True)
    for summary in summaries:
        if summary.id == text:
            return service.get(summary.id)
    reference, _sep, version = text.casefold().partition(" v")
    matches = [s for s in summaries if s.reference.casefold() == reference]
    if version.isdigit():
        matches = [s for s in matches if s.version == int(version)]
    if matches:
        return service.get(max(matches, key=lambda s: s.version).id)
    known = ", ".join(sorted({s.reference for s in summaries})) or _("none")
    raise ExportError(
        _("No assessment has the reference or ID “{wanted}”. Assessments: {known}.").format(
            wanted=wanted, known=known
        )
    )


@dataclass
class AssessmentExportJob:
    snapshot: AssessmentSnapshot
    out: Path
    format: str
    progress: Progress = field(default_factory=Progress)
    pages: int | None = None  # of the PDF report, after run()
    payload: bytes | None = None  # cnil-json: the file, made on the database's thread
    warnings: tuple[str, ...] = ()  # cnil-json: what the CNIL format could only approximate
    done: bool = False

    def run(self) -> Path:
        write_atomically(self.out, self.progress, self._write)
        self.done = True
        return self.out

    def _write(self, temp: Path) -> None:
        if self.format == "pdf":
            from govkit.exports.assessment_pdf import write_assessment_pdf

            with _PDF_LOCK, open(temp, "xb") as handle:
                result = write_assessment_pdf(self.snapshot, handle, progress=self.progress)
            self.pages = result.pages
        elif self.format == "xlsx":
            from govkit.exports.assessment_xlsx import write_action_plan_xlsx

            open(temp, "xb").close()  # reserve the name (exclusive create)
            write_action_plan_xlsx(self.snapshot, temp)
        elif self.format == "cnil-json":
            assert self.payload is not None
            with open(temp, "xb") as handle:
                handle.write(self.payload)
        else:  # prepare_assessment_export checked it
            raise ValueError(f"unknown assessment export format {self.format!r}")


def prepare_assessment_export(
    ws: Workspace,
    assessment_id: str,
    out: Path,
    *,
    format: str,
    language: str = "en",
    progress: Progress | None = None,
) -> AssessmentExportJob:
    if format not in ASSESSMENT_FORMATS:
        raise ValueError(f"unknown format {format!r}; one of {', '.join(ASSESSMENT_FORMATS)}")
    out = Path(os.path.abspath(out))
    check_destination(ws, out)
    snapshot = take_assessment_snapshot(ws, assessment_id, language=language)
    job = AssessmentExportJob(snapshot, out, format, progress or Progress())
    if format == "cnil-json":
        from govkit.services.cnil_pia import cnil_pia_bytes

        try:
            job.payload, warnings = cnil_pia_bytes(ws, assessment_id)
        except UserFacingError as exc:
            raise ExportError(str(exc)) from None
        job.warnings = tuple(warnings)
    return job


def export_assessment(
    ws: Workspace, assessment_id: str, out: Path, *, format: str, language: str = "en"
) -> AssessmentExportJob:
    """Prepare and run on this thread (the CLI); the job tells the pages written."""
    job = prepare_assessment_export(ws, assessment_id, out, format=format, language=language)
    job.run()
    return job
