"""The live register: an in-memory SQLite database, never backed by a file.

The vault file holds an encrypted image of this database (``serialize``); opening a vault
decrypts the image and loads it into a *fresh* connection (``deserialize``). See
``docs/architecture.md`` and the pitfalls in the vault design notes: temp files are kept in memory,
foreign keys are turned back on after loading, only committed states are serialized, and a
quick_check runs after loading because garbage deserializes without error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel

from govkit.storage import migrations

CURRENT_SCHEMA_VERSION = migrations.CURRENT_SCHEMA_VERSION


class DatabaseImageError(Exception):
    """The decrypted bytes are not a usable SQLite database."""


def _configure(conn: sqlite3.Connection) -> None:
    # temp_store=MEMORY: otherwise large sorts spill plaintext etilqs_* files to /var/tmp.
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=MEMORY")


def new_connection() -> sqlite3.Connection:
    # check_same_thread=False: a vault may be unlocked in a worker thread and then used on the
    # GUI thread. All use is still sequential, one thread at a time.
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    _configure(conn)
    return conn


def load_connection(image: bytes) -> sqlite3.Connection:
    """A fresh connection holding ``image``; raises DatabaseImageError if it is not a database."""
    if not image:
        raise DatabaseImageError("empty database image")
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    try:
        conn.deserialize(image)
        _configure(conn)
        row = conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            raise DatabaseImageError(f"integrity check failed: {row[0] if row else 'no answer'}")
    except (sqlite3.DatabaseError, MemoryError, OverflowError) as exc:
        conn.close()
        raise DatabaseImageError(str(exc)) from exc
    except DatabaseImageError:
        conn.close()
        raise
    return conn


def serialize(conn: sqlite3.Connection) -> bytes:
    """The database image at its last committed state."""
    if conn.in_transaction:
        raise RuntimeError("serialize() called inside an open transaction")
    return conn.serialize()


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def create_schema(conn: sqlite3.Connection) -> None:
    """Create every table of the current schema in an empty database."""
    import govkit.domain.models  # noqa: F401  (registers the tables on SQLModel.metadata)

    engine = make_engine(conn)
    SQLModel.metadata.create_all(engine)
    conn.execute(f"PRAGMA user_version={CURRENT_SCHEMA_VERSION}")


def migrate(
    conn: sqlite3.Connection, before_migrating: Callable[[int], None] | None = None
) -> bool:
    """Bring an older database forward to the current schema.

    ``before_migrating(found_version)`` runs first (the vault keeps a backup there). Returns True
    when anything was migrated. A database newer than this program is refused by the caller,
    which compares ``schema_version`` with ``CURRENT_SCHEMA_VERSION`` before calling this.
    """
    found = schema_version(conn)
    if found >= CURRENT_SCHEMA_VERSION:
        return False
    if before_migrating is not None:
        before_migrating(found)
    conn.execute("BEGIN")
    try:
        for version in range(found, CURRENT_SCHEMA_VERSION):
            migrations.STEPS[version](conn)
        conn.execute(f"PRAGMA user_version={CURRENT_SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def make_engine(conn: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine that always hands out this one connection."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy emits
        # BEGIN itself so that serialize() never sees a half-written transaction.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]

    return engine
