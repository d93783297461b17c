"""The unit of work every service runs in: one vault, one acting person, one transaction helper."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from govkit.storage import audit_chain
from govkit.storage.database import make_engine


@dataclass(frozen=True)
class Actor:
    """Who is acting: the person whose key slot unlocked the vault."""

    name: str
    slot_id: str


ALL_RECORDS = "*"


@dataclass(frozen=True)
class ChangeEvent:
    """Announced after a commit. ``entity_id`` is ``ALL_RECORDS`` when many records of
    ``entity_type`` changed at once (bulk creation, imports): reload them all."""

    entity_type: str
    entity_id: str
    action: str


Listener = Callable[[ChangeEvent], None]


class ServiceContext:
    """Holds the live database and hands out transactions.

    ``transaction()`` commits on success and rolls back on any error, so a failed service call
    leaves the register as it was; user-facing errors (govkit.storage.errors.UserFacingError)
    pass through unchanged, anything else is a bug and propagates as such.
    """

    def __init__(self, conn: sqlite3.Connection, actor: Actor) -> None:
        self.conn = conn
        self.engine: Engine = make_engine(conn)
        self.actor = actor
        self._listeners: list[Listener] = []
        self._pending: list[ChangeEvent] = []
        self._held: list[ChangeEvent] | None = None
        self._busy = threading.Lock()
        self.dirty = False

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except (SQLAlchemyError, Exception):
            session.rollback()
            self._pending.clear()
            raise
        finally:
            session.close()
        events, self._pending = self._pending, []
        if events:
            self.dirty = True
        if self._held is not None:
            self._held.extend(events)
            return
        self.deliver(events)

    def deliver(self, events: list[ChangeEvent]) -> None:
        """Tell the listeners about ``events`` (those held by ``off_thread``), in order."""
        for event in events:
            for listener in list(self._listeners):
                listener(event)

    @property
    def busy(self) -> bool:
        """A worker thread is using the database (``off_thread``): do not touch it now."""
        return self._busy.locked()

    @contextmanager
    def off_thread(self) -> Iterator[list[ChangeEvent]]:
        """Use the database from a worker thread while the thread that owns it stays away.

        Listeners (windows, the autosave) belong to the owner thread, so the changes made
        meanwhile are not announced but collected in the list this yields; the owner passes
        it to ``deliver`` afterwards. Meanwhile ``busy`` is true, and the owner must neither
        read nor save the database (the GUI keeps a modal progress dialog up, and its
        autosave waits). A second ``off_thread`` while one is running is a bug.
        """
        if not self._busy.acquire(blocking=False):
            raise RuntimeError("the database is already in use by another thread")
        held: list[ChangeEvent] = []
        self._held = held
        try:
            yield held
        finally:
            self._held = None
            self._busy.release()

    def record(
        self,
        session: Session,
        *,
        entity_type: str,
        entity_id: str,
        entity_label: str,
        action: str,
        changes: list[audit_chain.FieldChange],
    ) -> None:
        """Write a change-history entry in ``session`` and announce the change after commit."""
        audit_chain.append(
            session,
            actor=self.actor.name,
            actor_slot=self.actor.slot_id,
            entity_type=entity_type,
            entity_id=entity_id,
            entity_label=entity_label,
            action=action,
            changes=changes,
        )
        self._pending.append(ChangeEvent(entity_type, entity_id, action))

    def announce(self, entity_type: str, entity_id: str, action: str) -> None:
        """Announce a change that has no history entry of its own (e.g. a setting)."""
        self._pending.append(ChangeEvent(entity_type, entity_id, action))
