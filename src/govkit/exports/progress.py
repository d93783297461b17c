"""Progress reporting and cancellation for long exports and imports (Qt-free).

The GUI passes a ``Progress`` whose callback posts to the GUI thread and whose ``cancelled``
flag is set by the Cancel button; the CLI passes ``Progress()`` (silent, never cancelled).
Work calls ``progress.step(done, total)`` now and then; it raises ``Cancelled`` once the
user has cancelled, and the caller removes any partial output.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The user cancelled; nothing of the partial result may be kept."""


@dataclass
class Progress:
    report: Callable[[int, int, str], None] | None = None
    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def step(self, done: int, total: int, message: str = "") -> None:
        if self._event.is_set():
            raise Cancelled()
        if self.report is not None:
            self.report(done, total, message)
