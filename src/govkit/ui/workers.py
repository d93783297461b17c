"""Run slow work (unlock, save, key changes) off the GUI thread and report back on it.

The pattern is Picard's ``util/thread.py::run_task``: the callable runs on a worker thread; its
result or exception comes back to the GUI thread, where the callbacks run.

    runner = TaskRunner()
    runner.run(lambda control: Workspace.open(path, secret),
               on_success=self._opened, on_error=self._failed)

The callable receives a ``TaskControl`` to report progress and to notice a Cancel. A runner made
with ``synchronous=True`` runs everything inline and calls the callbacks before ``run`` returns,
which keeps tests simple and deterministic.

The worker thread never touches Qt. PySide6 6.12 corrupts reference counts (a fatal
"none_dealloc"/"bool_dealloc" abort) when signals are emitted, or ``QMetaObject.invokeMethod``
is called, from a non-GUI thread under load, so results and progress are handed over through
plain Python state and collected on the GUI thread by a timer that runs only while work is under
way (every ``POLL_MS``; a few milliseconds of latency on work that takes far longer).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")

ProgressCallback = Callable[[int, int, str], None]

POLL_MS = 15


class TaskCancelled(Exception):
    """Raised inside a task (by ``TaskControl.check``) when the user pressed Cancel."""


class TaskControl:
    """Handed to the task: report progress, check for Cancel. Safe to use from any thread."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int, str] | None = None
        self._on_cancel: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        with self._lock:
            callbacks = list(self._on_cancel)
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the thread that cancels) when Cancel is pressed."""
        with self._lock:
            self._on_cancel.append(callback)
        if self._cancel.is_set():
            callback()

    def check(self) -> None:
        """Raise TaskCancelled if Cancel was pressed (call it between steps of the work)."""
        if self._cancel.is_set():
            raise TaskCancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """``total`` 0 means "busy, amount unknown". Only the latest report is shown."""
        with self._lock:
            self._progress = (done, total, text)

    def take_progress(self) -> tuple[int, int, str] | None:
        with self._lock:
            progress, self._progress = self._progress, None
        return progress


class Task(Generic[T]):
    """One piece of work handed to a runner; ``cancel()`` asks it to stop."""

    def __init__(
        self,
        fn: Callable[[TaskControl], T],
        on_success: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: ProgressCallback | None,
        on_cancelled: Callable[[], None] | None,
    ) -> None:
        self._fn = fn
        self._on_success = on_success
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self.control = TaskControl()
        self._result: Any = None
        self._error: BaseException | None = None
        self._ran = threading.Event()
        self.delivered = False
        self._finished_callbacks: list[Callable[[], None]] = []

    @property
    def done(self) -> bool:
        """The callable has returned or raised (its callbacks may still be pending)."""
        return self._ran.is_set()

    def cancel(self) -> None:
        self.control.cancel()

    def execute(self) -> None:
        """Run the callable here (a worker thread, or inline in synchronous mode)."""
        try:
            self._result = self._fn(self.control)
        except BaseException as exc:  # handed to the GUI thread, which decides what it is
            self._error = exc
        finally:
            self._ran.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the callable has finished; True if it has."""
        return self._ran.wait(timeout)

    def on_finished(self, callback: Callable[[], None]) -> None:
        """Called on the GUI thread after the success/error/cancel callback."""
        self._finished_callbacks.append(callback)

    def forward_progress(self) -> None:
        progress = self.control.take_progress()
        if progress is not None and not self.delivered and self._on_progress is not None:
            self._on_progress(*progress)

    def deliver(self) -> None:
        """Run the callbacks on this (the GUI) thread, once, after the callable has finished."""
        if self.delivered or not self._ran.is_set():
            return
        # Delivered first: showing the last progress on a window-modal QProgressDialog
        # processes events, and the poll timer could call deliver() again in there.
        self.delivered = True
        progress = self.control.take_progress()
        if progress is not None and self._on_progress is not None:
            self._on_progress(*progress)
        error, self._error = self._error, None
        result, self._result = self._result, None
        try:
            if isinstance(error, TaskCancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif error is not None:
                if self._on_error is None:
                    raise error
                self._on_error(error)
            elif self._on_success is not None:
                self._on_success(result)
        finally:
            for callback in self._finished_callbacks:
                callback()


class TaskRunner(QObject):
    """Runs tasks on worker threads; ``synchronous=True`` runs them inline (tests)."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._active: list[Task[Any]] = []
        self._threads: dict[int, threading.Thread] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def run(
        self,
        fn: Callable[[TaskControl], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Task[T]:
        """Start ``fn``; the callbacks run later on the GUI thread.

        A task that finishes although Cancel was pressed reports success: work that was done
        (a save, say) must not be hidden from the caller.
        """
        task: Task[T] = Task(fn, on_success, on_error, on_progress, on_cancelled)
        self._active.append(task)
        task.on_finished(lambda: self._forget(task))
        if self.synchronous:
            task.execute()
            task.deliver()
            return task
        thread = threading.Thread(target=task.execute, name="govkit-task", daemon=False)
        self._threads[id(task)] = thread
        thread.start()
        if not self._poll.isActive():
            self._poll.start()
        return task

    def _forget(self, task: Task[Any]) -> None:
        if task in self._active:
            self._active.remove(task)
        self._threads.pop(id(task), None)
        if not self._active:
            self._poll.stop()

    def _collect(self) -> None:
        for task in list(self._active):
            if task.done:
                task.deliver()
            else:
                task.forward_progress()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every running task is done and its callbacks have run (lock, quit).

        True if all finished within ``timeout`` seconds (None: wait as long as it takes).
        """
        for task in list(self._active):
            task.wait(timeout)
        self._collect()
        return not self._active


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget,
    label: str,
    fn: Callable[[TaskControl], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = 400,
) -> tuple[Task[T], QProgressDialog]:
    """Run ``fn`` with a window-modal progress dialog, shown only if the work takes a while.

    Cancel asks the task to stop; the task notices it at its next ``control.check()``.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(label)
    dialog.setLabelText(label)
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("QProgressDialog", "Cancel"))
    else:
        dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.reset()  # stops QProgressDialog's own show timer: ours below decides
    dialog.setRange(0, 0)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setRange(0, max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    task = runner.run(
        fn,
        on_success=on_success,
        on_error=on_error,
        on_progress=progress,
        on_cancelled=on_cancelled,
    )
    if task.delivered:
        dialog.deleteLater()
        return task, dialog
    dialog.canceled.connect(task.cancel)

    def finished() -> None:
        dialog.close()
        dialog.deleteLater()

    task.on_finished(finished)
    # Quick work never flashes a dialog; the context object cancels the timer with the dialog.
    QTimer.singleShot(show_after_ms, dialog, lambda: None if task.delivered else dialog.show())
    return task, dialog
