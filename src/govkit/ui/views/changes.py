"""Brings the views up to date after the services report a committed change.

The service context calls its listeners right after each commit. Listening here only queues
the event; the queue is worked off on the next turn of the event loop, or at once when the
window itself has just made the change (:meth:`ChangeDispatcher.flush`), so the views are
current when a user action returns. Queuing also lets a bulk operation (an import of thousands
of records) end in one reload instead of thousands of single-row updates.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from govkit.services.context import ChangeEvent, ServiceContext

Handler = Callable[[list[ChangeEvent]], None]


class ChangeDispatcher(QObject):
    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[str, list[Handler]] = {}
        self._queue: list[ChangeEvent] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        self._unsubscribe: Callable[[], None] | None = ctx.subscribe(self._on_change)
        unsubscribe = self._unsubscribe
        # If the window is deleted without close(), the context must not call into it.
        self.destroyed.connect(lambda *_a: _quietly(unsubscribe))

    def register(self, entity_type: str, handler: Handler) -> None:
        self._handlers.setdefault(entity_type, []).append(handler)

    def _on_change(self, event: ChangeEvent) -> None:
        self._queue.append(event)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        while self._queue:
            events, self._queue = self._queue, []
            by_type: dict[str, list[ChangeEvent]] = {}
            for event in events:
                by_type.setdefault(event.entity_type, []).append(event)
            for entity_type, batch in by_type.items():
                for handler in self._handlers.get(entity_type, []):
                    handler(batch)

    def close(self) -> None:
        """Stop listening (the window is going away or the vault is being locked)."""
        self._timer.stop()
        self._queue.clear()
        if self._unsubscribe is not None:
            _quietly(self._unsubscribe)
            self._unsubscribe = None


def _quietly(unsubscribe: Callable[[], None]) -> None:
    """Unsubscribe; doing it twice (close, then deletion) is fine."""
    with contextlib.suppress(ValueError):
        unsubscribe()
