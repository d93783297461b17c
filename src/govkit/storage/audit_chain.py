"""The change history as a hash chain.

Each entry's hash covers its content and the previous entry's hash, and the newest (seq, hash)
is also kept in ``vault_setting`` under ``audit_head``. Editing an entry breaks its hash;
removing one breaks the next entry's link or, at the end, no longer matches the head.
It protects against silent edits by anyone who does not also recompute the chain; it is not a
signature.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from govkit.domain.models import ChangeEntry, VaultSetting, utcnow
from govkit.i18n import _

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


def _digest(
    prev_hash: str,
    seq: int,
    at: datetime,
    actor: str,
    actor_slot: str,
    entity_type: str,
    entity_id: str,
    entity_label: str,
    action: str,
    changes_json: str,
) -> str:
    body = json.dumps(
        [
            seq,
            at.isoformat(),
            actor,
            actor_slot,
            entity_type,
            entity_id,
            entity_label,
            action,
            changes_json,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def entry_digest(e: ChangeEntry) -> str:
    return _digest(
        e.prev_hash,
        e.seq,
        _aware(e.at),
        e.actor,
        e.actor_slot,
        e.entity_type,
        e.entity_id,
        e.entity_label,
        e.action,
        e.changes_json,
    )


def _aware(at: datetime) -> datetime:
    from datetime import UTC

    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _read_head(session: Session) -> tuple[int, str]:
    row = session.get(VaultSetting, HEAD_KEY)
    if row is None:
        return 0, GENESIS
    seq, digest = json.loads(row.value)
    return int(seq), str(digest)


def _changes_json(changes: list[FieldChange]) -> str:
    return json.dumps(
        [{"field": c.field, "before": c.before, "after": c.after} for c in changes],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )


def append(
    session: Session,
    *,
    actor: str,
    actor_slot: str,
    entity_type: str,
    entity_id: str,
    entity_label: str,
    action: str,
    changes: list[FieldChange],
) -> ChangeEntry:
    """Add one entry in the caller's transaction (it commits with the change it records)."""
    seq, prev = _read_head(session)
    entry = ChangeEntry(
        seq=seq + 1,
        at=utcnow(),
        actor=actor,
        actor_slot=actor_slot,
        entity_type=entity_type,
        entity_id=entity_id,
        entity_label=entity_label,
        action=action,
        changes_json=_changes_json(changes),
        prev_hash=prev,
        hash="",
    )
    entry.hash = entry_digest(entry)
    session.add(entry)
    _write_head(session, entry.seq, entry.hash)
    return entry


def _write_head(session: Session, seq: int, digest: str) -> None:
    head = session.get(VaultSetting, HEAD_KEY) or VaultSetting(key=HEAD_KEY)
    head.value = json.dumps([seq, digest])
    session.add(head)


class BulkAppender:
    """Chains many entries in memory and inserts them in batches (bulk creation, imports).

    Use inside one transaction and call ``finish()`` before it commits; nothing else may
    append to the history in between.
    """

    BATCH = 2000

    def __init__(self, session: Session, *, actor: str, actor_slot: str) -> None:
        self.session = session
        self.actor = actor
        self.actor_slot = actor_slot
        self.seq, self.prev = _read_head(session)
        self._rows: list[dict[str, object]] = []

    def add(
        self,
        *,
        entity_type: str,
        entity_id: str,
        entity_label: str,
        action: str,
        changes: list[FieldChange],
    ) -> None:
        self.seq += 1
        at = utcnow()
        changes_json = _changes_json(changes)
        digest = _digest(
            self.prev,
            self.seq,
            at,
            self.actor,
            self.actor_slot,
            entity_type,
            entity_id,
            entity_label,
            action,
            changes_json,
        )
        self._rows.append(
            {
                "seq": self.seq,
                "at": at,
                "actor": self.actor,
                "actor_slot": self.actor_slot,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "entity_label": entity_label,
                "action": action,
                "changes_json": changes_json,
                "prev_hash": self.prev,
                "hash": digest,
            }
        )
        self.prev = digest
        if len(self._rows) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self.session.execute(insert(ChangeEntry), self._rows)
            self._rows = []

    def finish(self) -> None:
        self._flush()
        _write_head(self.session, self.seq, self.prev)


def changes_of(entry: ChangeEntry) -> list[FieldChange]:
    return [
        FieldChange(d["field"], d["before"], d["after"]) for d in json.loads(entry.changes_json)
    ]


def verify(session: Session) -> list[str]:
    """Every problem found in the chain, as sentences for the user; empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    for e in session.exec(select(ChangeEntry).order_by(col(ChangeEntry.seq))):
        if e.seq != expected_seq:
            problems.append(
                _("History entries {first} to {last} are missing.").format(
                    first=expected_seq, last=e.seq - 1
                )
            )
        if e.prev_hash != prev:
            problems.append(
                _(
                    "History entry {seq} does not follow the entry before it "
                    "(an entry was removed or altered)."
                ).format(seq=e.seq)
            )
        if entry_digest(e) != e.hash:
            problems.append(
                _("History entry {seq} ({when}, {who}) was altered after it was written.").format(
                    seq=e.seq, when=_aware(e.at).strftime("%Y-%m-%d %H:%M"), who=e.actor
                )
            )
        prev = e.hash
        expected_seq = e.seq + 1
    head_seq, head_hash = _read_head(session)
    if head_seq != expected_seq - 1 or head_hash != prev:
        problems.append(
            _(
                "The history ends at entry {found} but the vault recorded {expected} entries: "
                "recent entries were removed."
            ).format(found=expected_seq - 1, expected=head_seq)
        )
    return problems
