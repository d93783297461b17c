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

FORMATS = ("xlsx", "pdf", "json", "pack")
LAYOUTS = ("full", "ico", "cnil")
SUFFIXES = {"xlsx": ".xlsx", "pdf": ".pdf", "json": ".json", "pack": ".zip"}

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
    # Filled in by run():
    pages: int | None = None  # of the PDF report (pdf and pack)
    fingerprint: str | None = None  # of the signing key (pack)
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
        else:  # prepare_export checked it
            raise ValueError(f"unknown export format {self.format!r}")


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
        set(ws.activities.departments()) | set(ws.processor_activities.departments()),
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


def prepare_export(
    ws: Workspace,
    out: Path,
    *,
    format: str,
    layout: str = "full",
    ids: Collection[str] | None = None,
    department: str | None = None,
    progress: Progress | None = None,
) -> ExportJob:
    """Check, take the snapshot and (for a pack) get the signing key; on the database thread."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; one of {', '.join(FORMATS)}")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; one of {', '.join(LAYOUTS)}")
    if layout != "full" and format != "xlsx":
        raise ValueError("a layout other than 'full' is only for the xlsx format")
    out = Path(os.path.abspath(out))
    check_destination(ws, out)
    writer = _xlsx_writer(layout) if format in ("xlsx", "pack") else None
    if department is not None:
        department = resolve_department(ws, department)
    snapshot = take_snapshot(ws, ids=ids, department=department)
    job = ExportJob(
        snapshot=snapshot,
        out=out,
        format=format,
        layout=layout,
        progress=progress or Progress(),
        xlsx_writer=writer,
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
) -> Path:
    """Prepare and run an export on this thread; returns the path written."""
    job = prepare_export(
        ws, out, format=format, layout=layout, ids=ids, department=department, progress=progress
    )
    return job.run()
