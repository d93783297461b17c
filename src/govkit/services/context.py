"""The unit of work every service runs in: one vault, one acting person, one transaction helper."""

from __future__ import annotations

import sqlite3
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
        for event in events:
            for listener in list(self._listeners):
                listener(event)

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
