"""Exporting the register: Excel, PDF report, JSON, or a signed audit pack.

An export happens in two steps, so that the GUI can keep the window responsive:

1. ``prepare_export(ws, out, format=...)`` runs on the thread that owns the database: it checks
   the destination, takes a frozen ``RegisterSnapshot`` of the records in scope and, for a pack,
   fetches (or, the first time, makes) the vault's signing key. It returns an ``ExportJob``.
2. ``job.run()`` may run on any thread (a worker): it writes a hidden temporary file in the
   destination folder, fsyncs it and renames it over ``out`` only when it is complete. On
   ``Cancelled`` (from ``progress``) or any error the temporary file is removed: a cancelled or
   failed export leaves no partial file, and an existing file at ``out`` is untouched.

``export_register`` does both at once (the CLI). Errors a user can act on (folder missing, disk
full, no permission, Excel export not available) are ``ExportError`` with a message to show.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govkit.domain.models import AiSystem
from govkit.exports.json_export import write_register_json
from govkit.exports.pdf_fonts import FontMissingError
from govkit.exports.progress import Cancelled, Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _
from govkit.services.signing import SigningService
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage import atomic
from govkit.storage.errors import UserFacingError
from govkit.storage.vault_format import MAGIC as VAULT_MAGIC

REGISTER_FORMATS = ("xlsx", "pdf", "json", "pack")
# The transparency exports of the AI systems register (public fields only).
AI_FORMATS = ("atrs", "nl-register", "public-html", "public-csv")
FORMATS = REGISTER_FORMATS + AI_FORMATS
LAYOUTS = ("full", "ico", "cnil")
SUFFIXES = {
    "xlsx": ".xlsx",
    "pdf": ".pdf",
    "json": ".json",
    "pack": ".zip",
    "atrs": ".xlsx",  # or .json: the ATRS record's JSON form (``ATRS_SUFFIXES``)
    "nl-register": ".json",
    "public-html": ".html",
    "public-csv": ".csv",
}
ATRS_SUFFIXES = (".xlsx", ".json")

# reportlab keeps some state per process; one PDF at a time is the safe way to use it.
_PDF_LOCK = threading.Lock()

XlsxWriter = Callable[[RegisterSnapshot, Path, Progress], None]


class ExportError(UserFacingError):
    """An export that cannot be made or written; the message says why and what to do."""


class ExportUnavailableError(ExportError):
    """This build of govkit cannot write the format asked for."""


def _xlsx_writer(layout: str) -> XlsxWriter:
    """The Excel writer (``exports/xlsx.py``), or ExportUnavailableError if it is absent."""
    try:
        from govkit.exports.xlsx import write_register_xlsx
    except ImportError:
        raise ExportUnavailableError(
            _(
                "The Excel export is not available in this version of govkit. Export as PDF or "
                "JSON instead, or install a newer govkit."
            )
        ) from None

    def write(snapshot: RegisterSnapshot, out: Path, progress: Progress) -> None:
        write_register_xlsx(snapshot, out, layout=layout, progress=progress)

    return write


@dataclass
class ExportJob:
    """One export, prepared on the database's thread; ``run()`` writes it from any thread."""

    snapshot: RegisterSnapshot
    out: Path
    format: str
    layout: str = "full"
    progress: Progress = field(default_factory=Progress)
    signing_key: Ed25519PrivateKey | None = None
    xlsx_writer: XlsxWriter | None = None
    created_signing_key: bool = False  # the vault changed (a new key): save it
    # The transparency exports: one system (its id) or all in scope; retired ones too?
    ai_system: str | None = None
    include_retired: bool = False
    lang: str = "en"
    # Filled in by run():
    pages: int | None = None  # of the PDF report (pdf and pack)
    fingerprint: str | None = None  # of the signing key (pack)
    systems: int | None = None  # AI systems written (transparency exports)
    warnings: list[str] = field(default_factory=list)  # what a transparency export changed
    done: bool = False

    def run(self) -> Path:
        """Write the export; returns ``out``. Raises ``Cancelled`` or ``ExportError``, leaving
        no partial file behind."""
        write_atomically(self.out, self.progress, self._write)
        self.done = True
        return self.out

    def _write(self, temp: Path) -> None:
        if self.format == "pdf":
            from govkit.exports.pdf import write_register_pdf

            with _PDF_LOCK, _new_file(temp) as handle:
                report = write_register_pdf(self.snapshot, handle, progress=self.progress)
            self.pages = report.pages
        elif self.format == "json":
            with _new_file(temp) as handle:
                write_register_json(self.snapshot, handle, progress=self.progress)
        elif self.format == "xlsx":
            assert self.xlsx_writer is not None
            _new_file(temp).close()  # reserve the name (exclusive create)
            self.xlsx_writer(self.snapshot, temp, self.progress)
        elif self.format == "pack":
            from govkit.exports.pack import write_audit_pack

            assert self.signing_key is not None and self.xlsx_writer is not None
            _new_file(temp).close()
            with _PDF_LOCK:
                pack = write_audit_pack(
                    self.snapshot,
                    temp,
                    signing_key=self.signing_key,
                    write_xlsx=self.xlsx_writer,
                    progress=self.progress,
                )
            self.pages = pack.pdf_pages
            self.fingerprint = pack.fingerprint
        elif self.format in AI_FORMATS:
            self._write_transparency(temp)
        else:  # prepare_export checked it
            raise ValueError(f"unknown export format {self.format!r}")

    def _write_transparency(self, temp: Path) -> None:
        from govkit.exports.ai_public import published_systems

        public = self.format in ("public-html", "public-csv")
        systems = published_systems(
            self.snapshot,
            include_retired=self.include_retired or not public or self.ai_system is not None,
            approved_only=public,
            language=self.lang,
        )
        self.systems = len(systems)
        self.warnings = []
        if self.format == "atrs":
            from govkit.exports.interop.atrs import write_atrs_json, write_atrs_xlsx

            if self.out.suffix.lower() == ".json":
                with _new_file(temp) as handle:
                    write_atrs_json(self.snapshot, systems, handle, progress=self.progress)
            else:
                _new_file(temp).close()
                write_atrs_xlsx(self.snapshot, systems, temp, progress=self.progress)
        elif self.format == "nl-register":
            from govkit.exports.interop.nl_register import (
                nl_entries,
                start_date_note,
                write_nl_json,
            )

            entries = nl_entries(self.snapshot, systems)
            with _new_file(temp) as handle:
                write_nl_json(
                    entries, handle, single=self.ai_system is not None, progress=self.progress
                )
            self.warnings = [start_date_note()] + [w for e in entries for w in e.warnings]
        elif self.format == "public-html":
            from govkit.exports.public_register import write_public_html

            with _new_file(temp) as handle:
                write_public_html(
                    self.snapshot, systems, handle, lang=self.lang, progress=self.progress
                )
        else:
            from govkit.exports.public_register import write_public_csv

            with _new_file(temp) as handle:
                write_public_csv(systems, handle, progress=self.progress)


def write_atomically(out: Path, progress: Progress, write: Callable[[Path], None]) -> None:
    """Call ``write(temp)`` for a hidden temporary file beside ``out``, fsync it and rename it
    over ``out`` only when complete. On ``Cancelled`` (checked once more at the very end) or
    any error the temporary file is removed and ``out`` is untouched."""
    temp = atomic.temp_path(out)
    try:
        progress.step(0, 100, _("Starting the export"))
        write(temp)
        # Cancel pressed at any moment before the file is in place counts, even if the
        # writer did not look at the progress since.
        progress.step(100, 100, _("Saving the file"))
        if progress.cancelled:
            raise Cancelled()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except Cancelled:
        _remove(temp)
        raise
    except FontMissingError as exc:
        _remove(temp)
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        _remove(temp)
        raise _write_error(out, exc) from exc
    except BaseException:
        _remove(temp)
        raise
    with contextlib.suppress(OSError):
        atomic.fsync_dir(out.parent)


def _new_file(path: Path) -> IO[bytes]:
    return open(path, "xb")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _write_error(out: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError(
            _(
                "The disk is full: “{name}” could not be written. Free some space and try again."
            ).format(name=out.name)
        )
    return ExportError(
        _(
            "“{name}” could not be written ({reason}). Check that you may write in the folder "
            "“{folder}” and that the file is not open in another program, then try again."
        ).format(name=out.name, reason=reason, folder=out.parent)
    )


def check_destination(ws: Workspace, out: Path) -> None:
    if not out.parent.is_dir():
        raise ExportError(
            _(
                "The folder “{folder}” does not exist. Create it first or choose another one."
            ).format(folder=out.parent)
        )
    if out.is_dir():
        raise ExportError(
            _("“{path}” is a folder. Give the name of the file to write.").format(path=out)
        )
    with contextlib.suppress(OSError):
        if out.exists() and out.resolve() == ws.path.resolve():
            raise ExportError(_("An export cannot overwrite the vault itself."))
    if _is_vault(out):
        raise ExportError(
            _(
                "“{name}” is a govkit vault; an export never overwrites a vault. Choose another "
                "file name."
            ).format(name=out.name)
        )


def _is_vault(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(VAULT_MAGIC)) == VAULT_MAGIC
    except OSError:
        return False


def resolve_department(ws: Workspace, department: str) -> str:
    """The department as the register spells it (upper and lower case alike, spaces trimmed);
    ExportError if no record belongs to it."""
    wanted = " ".join(department.split()).casefold()
    known = sorted(
        set(ws.activities.departments())
        | set(ws.processor_activities.departments())
        | set(ws.ai_systems.departments()),
        key=str.casefold,
    )
    for name in known:
        if " ".join(name.split()).casefold() == wanted:
            return name
    raise ExportError(
        _("No record belongs to the department “{name}”. Departments: {known}.").format(
            name=department, known=", ".join(known) or _("none")
        )
    )


def resolve_ai_system(ws: Workspace, ref: str) -> AiSystem:
    """The AI system whose reference (upper and lower case alike) or ID is ``ref``;
    ExportError listing the references if none is."""
    wanted = ref.strip().casefold()
    systems = ws.ai_systems.all(include_archived=False)
    for system in systems:
        if system.id == ref.strip() or (system.reference and system.reference.casefold() == wanted):
            return system
    known = ", ".join(sorted((s.reference for s in systems if s.reference), key=str.casefold))
    raise ExportError(
        _("No AI system has the reference or ID “{ref}”. AI systems: {known}.").format(
            ref=ref, known=known or _("none")
        )
    )


def prepare_export(
    ws: Workspace,
    out: Path,
    *,
    format: str,
    layout: str = "full",
    ids: Collection[str] | None = None,
    department: str | None = None,
    progress: Progress | None = None,
    ai_system: str | None = None,
    include_retired: bool = False,
    lang: str = "en",
) -> ExportJob:
    """Check, take the snapshot and (for a pack) get the signing key; on the database thread.

    The transparency formats (``AI_FORMATS``) export the AI systems in scope, or only
    ``ai_system`` (a reference or ID); ``include_retired`` adds retired systems to the public
    register (the ATRS and Dutch exports always include them); ``lang`` is the public page's
    language (its ``lang`` attribute) and that of the assessments' outcome labels."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; one of {', '.join(LAYOUTS)}")
    if layout != "full" and format != "xlsx":
        raise ValueError("a layout other than 'full' is only for the xlsx format")
    if ai_system is not None and format not in AI_FORMATS:
        raise ValueError("ai_system is only for the transparency formats")
    out = Path(os.path.abspath(out))
    if format == "atrs" and out.suffix.lower() not in ATRS_SUFFIXES:
        raise ExportError(
            _(
                "An ATRS record is written as an Excel workbook (.xlsx) or as JSON (.json); "
                "give the file one of these extensions."
            )
        )
    check_destination(ws, out)
    writer = _xlsx_writer(layout) if format in ("xlsx", "pack") else None
    if format == "atrs" and out.suffix.lower() == ".xlsx":
        _xlsx_writer(layout)  # the same module: ExportUnavailableError if it is absent
    if department is not None:
        department = resolve_department(ws, department)
    system_id: str | None = None
    if ai_system is not None:
        system_id = resolve_ai_system(ws, ai_system).id
        ids = [system_id]
    snapshot = take_snapshot(ws, ids=ids, department=department)
    if format in AI_FORMATS and not any(s.archived_at is None for s in snapshot.ai_systems):
        raise ExportError(
            _(
                "There is no AI system to export in what was chosen. Record the AI systems "
                "in the AI systems register first, or choose the whole register."
            )
        )
    job = ExportJob(
        snapshot=snapshot,
        out=out,
        format=format,
        layout=layout,
        progress=progress or Progress(),
        xlsx_writer=writer,
        ai_system=system_id,
        include_retired=include_retired,
        lang=lang,
    )
    if format == "pack":
        signing = SigningService(ws.ctx)
        job.created_signing_key = not signing.has_key()
        job.signing_key = signing.private_key()
    return job


def export_register(
    ws: Workspace,
    out: Path,
    *,
    format: str,
    layout: str = "full",
    ids: Collection[str] | None = None,
    department: str | None = None,
    progress: Progress | None = None,
    ai_system: str | None = None,
    include_retired: bool = False,
) -> Path:
    """Prepare and run an export on this thread; returns the path written."""
    job = prepare_export(
        ws,
        out,
        format=format,
        layout=layout,
        ids=ids,
        department=department,
        progress=progress,
        ai_system=ai_system,
        include_retired=include_retired,
    )
    return job.run()
