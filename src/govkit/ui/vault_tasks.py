"""Long work on the open vault (exports, imports) in a worker thread, with progress and Cancel.

The database belongs to the GUI thread: its change listeners update windows. While a worker
uses it (``ServiceContext.off_thread``), a window-modal progress dialog keeps the user away,
the autosave waits (the controller sees ``ctx.busy``) and the changes made are announced on
the GUI thread once the work is over, before its callbacks run.

The work is a plain function taking a ``Progress`` (``govkit.exports.progress``): Qt-free
services report through it and raise ``Cancelled`` when the user pressed Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QProgressDialog, QWidget

from govkit.exports.progress import Cancelled, Progress
from govkit.ui.workers import Task, TaskCancelled, TaskControl, TaskRunner, run_with_progress

if TYPE_CHECKING:
    from govkit.services.context import ChangeEvent, ServiceContext

T = TypeVar("T")


def progress_for(control: TaskControl) -> Progress:
    """A ``Progress`` that reports to ``control`` and is cancelled by its Cancel."""
    progress = Progress(report=control.report)
    control.on_cancel(progress.cancel)
    return progress


def run_on_vault(
    runner: TaskRunner,
    parent: QWidget,
    ctx: ServiceContext,
    label: str,
    work: Callable[[Progress], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_after_ms: int = 400,
) -> tuple[Task[T], QProgressDialog]:
    """Run ``work`` on a worker with the vault's database to itself; see the module text."""
    held: list[ChangeEvent] = []

    def run(control: TaskControl) -> T:
        progress = progress_for(control)
        with ctx.off_thread() as events:
            try:
                return work(progress)
            except Cancelled:
                raise TaskCancelled() from None
            finally:
                held.extend(events)

    def announce() -> None:
        events = list(held)
        held.clear()
        ctx.deliver(events)

    def succeeded(result: T) -> None:
        announce()
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        announce()
        if on_error is None:
            raise exc
        on_error(exc)

    def cancelled() -> None:
        announce()
        if on_cancelled is not None:
            on_cancelled()

    return run_with_progress(
        runner,
        parent,
        label,
        run,
        on_success=succeeded,
        on_error=failed,
        on_cancelled=cancelled,
        show_after_ms=show_after_ms,
    )
