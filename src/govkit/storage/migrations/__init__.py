"""Forward migrations of the vault's database schema.

``STEPS[n]`` takes a database at schema version ``n`` to ``n + 1``; it runs inside the
transaction opened by ``database.migrate`` and must use plain SQL (never the current models,
which describe the newest schema only). Version 0 is "no schema": vaults are always created at
the current version, so step 0 is never needed for real files and exists for tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

CURRENT_SCHEMA_VERSION = 1

Step = Callable[[sqlite3.Connection], None]


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    raise RuntimeError("a database without schema cannot be migrated")


STEPS: dict[int, Step] = {0: _v0_to_v1}
