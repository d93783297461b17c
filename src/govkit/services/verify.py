"""``govkit verify VAULT``: the file, the database and the change history, checked."""

from __future__ import annotations

from dataclasses import dataclass, field

from govkit.i18n import _
from govkit.services.workspace import Workspace
from govkit.storage import audit_chain


@dataclass
class VerifyReport:
    checks: list[str] = field(default_factory=list)  # what passed, for the user to read
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_workspace(ws: Workspace) -> VerifyReport:
    """The file already passed its checks by opening (authenticated decryption); this checks
    the database's integrity and the history chain."""
    report = VerifyReport()
    report.checks.append(
        _("File: authenticated and decrypted (vault {vid}, save {n}).").format(
            vid=ws.vault.vault_id, n=ws.vault.save_counter
        )
    )
    rows = ws.ctx.conn.execute("PRAGMA integrity_check").fetchall()
    if rows == [("ok",)]:
        report.checks.append(_("Database: integrity check passed."))
    else:
        report.problems.extend(_("Database: {problem}").format(problem=r[0]) for r in rows)
    fk = ws.ctx.conn.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        report.problems.append(_("Database: {n} broken references.").format(n=len(fk)))
    with ws.ctx.transaction() as s:
        chain_problems = audit_chain.verify(s)
    count = ws.ctx.conn.execute("SELECT count(*) FROM change_entry").fetchone()[0]
    if chain_problems:
        report.problems.extend(chain_problems)
    else:
        report.checks.append(_("History: {n} entries, hash chain intact.").format(n=count))
    return report
