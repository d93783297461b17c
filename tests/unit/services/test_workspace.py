from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from govkit.services.verify import verify_workspace
from govkit.services.workspace import Workspace
from govkit.storage.errors import ValidationError, VaultExistsError, WrongPassphraseError
from govkit.storage.vault import MIN_KDF, peek

PASSPHRASE = "correct horse battery staple"  # the conftest's workspace passphrase


def _reopen(ws: Workspace, secret: str = PASSPHRASE) -> Workspace:
    path = ws.path
    ws.close()
    return Workspace.open(path, secret)


def test_created_vault_has_catalogues_organisation_and_history(workspace: Workspace) -> None:
    assert workspace.organisation.get().name == "City of Testville"
    ws = _reopen(workspace)
    try:
        assert ws.organisation.get().name == "City of Testville"
        assert ws.ctx.actor.name == "Ada Lovelace"
        report = verify_workspace(ws)
        assert report.ok, report.problems
    finally:
        ws.close()


def test_changes_survive_save_and_reopen(workspace: Workspace) -> None:
    a = workspace.activities.create(
        {"name": "Library loans", "department": "Library", "purposes": ["Lend books"]}
    )
    assert workspace.dirty
    workspace.save()
    assert not workspace.dirty
    ws = _reopen(workspace)
    try:
        assert ws.activities.get(a.id).purposes == ["Lend books"]
        assert ws.activities.history(a.id)[0].actor == "Ada Lovelace"
    finally:
        ws.close()


def test_history_names_the_person_who_unlocked(workspace: Workspace) -> None:
    workspace.people.add("Kwame Mensah", "kwame's own passphrase")
    path = workspace.path
    workspace.close()
    ws = Workspace.open(path, "kwame's own passphrase")
    try:
        a = ws.activities.create({"name": "Waste collection rounds", "department": "Waste"})
        assert ws.activities.history(a.id)[0].actor == "Kwame Mensah"
        people = [p.name for p in ws.people.list()]
        assert people == ["Ada Lovelace", "Kwame Mensah"]
    finally:
        ws.close()


def test_removed_person_cannot_open_next_save(workspace: Workspace) -> None:
    kwame = workspace.people.add("Kwame Mensah", "kwame's own passphrase")
    workspace.people.remove(kwame.slot_id)
    workspace.activities.create({"name": "After removal", "department": "HR"})
    workspace.save()
    path = workspace.path
    workspace.close()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(path, "kwame's own passphrase")
    ws = Workspace.open(path, PASSPHRASE)
    try:
        actions = ws.ctx.conn.execute(
            "SELECT action, entity_label FROM change_entry WHERE entity_type='person'"
        ).fetchall()
        assert actions == [("create", "Kwame Mensah"), ("delete", "Kwame Mensah")]
        assert verify_workspace(ws).ok
    finally:
        ws.close()


def test_people_rules(workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        workspace.people.add("Ada Lovelace", "another long passphrase")
    with pytest.raises(ValidationError):
        workspace.people.add("Short", "short")
    with pytest.raises(ValidationError):
        workspace.people.remove(workspace.people.current.slot_id)


def test_recovery_key_resets_a_passphrase(tmp_path: Path) -> None:
    ws, recovery = Workspace.create(
        tmp_path / "v.govkit", person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    ada = ws.people.current
    ws.close()
    ws = Workspace.open(tmp_path / "v.govkit", recovery)
    try:
        ws.people.reset_passphrase(ada.slot_id, "a brand new passphrase")
    finally:
        ws.close()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(tmp_path / "v.govkit", PASSPHRASE)
    Workspace.open(tmp_path / "v.govkit", "a brand new passphrase").close()


def test_change_own_passphrase(workspace: Workspace) -> None:
    workspace.people.change_own_passphrase("my second passphrase")
    path = workspace.path
    workspace.close()
    Workspace.open(path, "my second passphrase").close()
    with pytest.raises(WrongPassphraseError):
        Workspace.open(path, PASSPHRASE)


def test_backups_kept_setting_applies_to_saves(workspace: Workspace) -> None:
    workspace.settings.update(backups_kept=2)
    for i in range(5):
        workspace.activities.create({"name": f"A{i}", "department": "HR"})
        workspace.save()
    assert len(workspace.vault.backups()) == 2


def test_save_as_moves_the_workspace_and_clears_dirty(workspace: Workspace, tmp_path: Path) -> None:
    old_path = workspace.path
    a = workspace.activities.create({"name": "Parking permits", "department": "Transport"})
    assert workspace.dirty
    with pytest.raises(VaultExistsError):
        workspace.save_as(old_path)
    assert workspace.dirty  # a refused save as keeps the changes marked as unsaved
    (tmp_path / "elsewhere").mkdir()
    new_path = tmp_path / "elsewhere" / "register copy.govkit"
    workspace.save_as(new_path)
    assert not workspace.dirty
    assert workspace.path == new_path
    workspace.activities.update(a.id, {"retention": "2 years"})
    workspace.save()
    ws = _reopen(workspace)
    try:
        assert ws.path == new_path
        assert ws.activities.get(a.id).retention == "2 years"
        assert verify_workspace(ws).ok
    finally:
        ws.close()
    old = Workspace.open(old_path, PASSPHRASE)  # the old lock was released
    try:
        assert old.activities.count() == 0  # saved before the change
    finally:
        old.close()


def test_verify_reports_tampered_history(workspace: Workspace) -> None:
    a = workspace.activities.create({"name": "CCTV", "department": "Public safety"})
    workspace.activities.update(a.id, {"retention": "30 days"})
    workspace.ctx.conn.execute("UPDATE change_entry SET actor='Mallory' WHERE seq=3")
    report = verify_workspace(workspace)
    assert not report.ok
    assert any("entry 3" in p for p in report.problems)


def test_off_thread_holds_announcements_and_blocks_saving(workspace: Workspace) -> None:
    import threading

    seen: list[str] = []
    workspace.ctx.subscribe(lambda event: seen.append(event.entity_type))
    outcome: dict[str, object] = {}

    def work() -> None:
        with workspace.ctx.off_thread() as held:
            outcome["busy"] = workspace.ctx.busy
            workspace.activities.create({"name": "Parking permits", "department": "Transport"})
            outcome["seen_meanwhile"] = list(seen)
            outcome["held"] = list(held)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome["busy"] is True
    assert outcome["seen_meanwhile"] == []  # listeners belong to the owner thread
    assert [e.entity_type for e in outcome["held"]] == ["controller_activity"]  # type: ignore[attr-defined]
    assert workspace.dirty and not workspace.ctx.busy
    workspace.ctx.deliver(outcome["held"])  # type: ignore[arg-type]
    assert seen == ["controller_activity"]


def test_saving_while_a_worker_uses_the_database_is_refused(workspace: Workspace) -> None:
    with workspace.ctx.off_thread():
        with pytest.raises(RuntimeError, match="worker"):
            workspace.save()
        with pytest.raises(RuntimeError, match="worker"):
            workspace.begin_save()
        with pytest.raises(RuntimeError, match="already in use"), workspace.ctx.off_thread():
            pass
    workspace.save()


def test_a_version_1_vault_gets_the_assessment_tables(tmp_path: Path) -> None:
    """Schema 2 added impact assessments: a vault made before opens, migrated, with its data,
    and its schema is then exactly that of a new vault."""

    def schema(conn: sqlite3.Connection) -> list[tuple[str, object]]:
        """Every table's columns (name, type, not null, primary key) and every index."""
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        found: list[tuple[str, object]] = []
        for table in tables:
            columns = conn.execute(f"PRAGMA table_info({table})").fetchall()
            found.append((table, sorted((c[1], c[2], c[3], c[5]) for c in columns)))
            indexes = conn.execute(f"PRAGMA index_list({table})").fetchall()
            for index in sorted(i[1] for i in indexes):
                cols = [c[2] for c in conn.execute(f"PRAGMA index_info({index})")]
                found.append((index, cols))
        return found

    path = tmp_path / "old.govkit"
    ws, _key = Workspace.create(path, person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF)
    expected = schema(ws.ctx.conn)
    ws.activities.create({"name": "Parking permits", "department": "Transport"})
    # Make it a version-1 vault: no assessment or AI tables, user_version 1 (then migrated to
    # 2, 3 and 4).
    ws.ctx.conn.execute("DROP TABLE ai_system")
    ws.ctx.conn.execute("DROP TABLE assessment")
    ws.ctx.conn.execute("DROP TABLE questionnaire_definition")
    ws.ctx.conn.execute("PRAGMA user_version=1")
    ws.save()
    ws.close()
    assert peek(path).schema_version == 1
    ws = Workspace.open(path, PASSPHRASE)
    try:
        assert schema(ws.ctx.conn) == expected
        assert [a.name for a in ws.activities.all()] == ["Parking permits"]
    finally:
        ws.close()
    assert path.with_name("old.pre-migration-v1.govkit.bak").exists()


def test_a_version_2_vault_keeps_its_assessments(tmp_path: Path) -> None:
    """Schema 3 added ``assessment.extra_json``: a version-2 vault's assessments open with it
    empty, everything else as it was."""
    from govkit.domain.assessment_enums import AssessmentKind
    from govkit.services.assessments import AssessmentService

    path = tmp_path / "v2.govkit"
    ws, _key = Workspace.create(path, person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF)
    activity = ws.activities.create({"name": "CCTV", "department": "Public order"})
    made = AssessmentService(ws.ctx).start(
        AssessmentKind.DPIA_SCREENING, subject_type="controller_activity", subject_id=activity.id
    )
    ws.ctx.conn.execute("ALTER TABLE assessment DROP COLUMN extra_json")
    ws.ctx.conn.execute("DROP TABLE ai_system")
    ws.ctx.conn.execute("PRAGMA user_version=2")
    ws.save()
    ws.close()
    ws = Workspace.open(path, PASSPHRASE)
    try:
        row = AssessmentService(ws.ctx).get(made.id)
        assert row.extra_json == "{}" and row.reference == made.reference
    finally:
        ws.close()


def test_a_version_3_vault_gets_the_ai_systems_register(tmp_path: Path) -> None:
    """Schema 4 added the AI systems register: a version-3 vault opens with an empty one that
    works like a new vault's, its activities and history kept."""
    path = tmp_path / "v3.govkit"
    ws, _key = Workspace.create(path, person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF)
    activity = ws.activities.create({"name": "Parking permits", "department": "Transport"})
    columns = ws.ctx.conn.execute("PRAGMA table_info(ai_system)").fetchall()
    ws.ctx.conn.execute("DROP TABLE ai_system")
    ws.ctx.conn.execute("PRAGMA user_version=3")
    ws.save()
    ws.close()
    assert peek(path).schema_version == 3
    ws = Workspace.open(path, PASSPHRASE)
    try:
        assert ws.ctx.conn.execute("PRAGMA table_info(ai_system)").fetchall() == columns
        assert ws.ai_systems.count() == 0
        made = ws.ai_systems.create({"name": "Chat assistant", "department": "Communication"})
        assert [s.name for s in ws.ai_systems.all()] == ["Chat assistant"]
        assert ws.ai_systems.history(made.id)
        assert ws.activities.get(activity.id).name == "Parking permits"
        assert verify_workspace(ws).ok
    finally:
        ws.close()
    assert path.with_name("v3.pre-migration-v3.govkit.bak").exists()


def test_a_vault_made_before_the_dpia_list_gets_its_builtin_entries(tmp_path: Path) -> None:
    """The "always requires a DPIA" pick list came after vaults existed: an older vault (no
    entry of that kind) gets the built-in entries when opened, with no migration, without
    being marked unsaved and without touching the other lists; the next opening adds nothing."""
    from govkit.domain.catalogue_builtin import BUILTIN
    from govkit.domain.enums import CatalogueKind

    kind = CatalogueKind.DPIA_REQUIRED
    path = tmp_path / "old.govkit"
    ws, _key = Workspace.create(path, person_name="Ada", passphrase=PASSPHRASE, kdf=MIN_KDF)
    ws.catalogues.add(CatalogueKind.SYSTEM, "Parking app")
    others = {k: ws.catalogues.labels(k) for k in CatalogueKind if k is not kind}
    ws.ctx.conn.execute("DELETE FROM catalogue_entry WHERE kind = ?", (kind.value,))
    ws.save()
    history = ws.ctx.conn.execute("SELECT COUNT(*) FROM change_entry").fetchone()
    ws.close()
    ws = Workspace.open(path, PASSPHRASE)
    try:
        assert ws.catalogues.labels(kind) == list(BUILTIN[kind])
        entries = ws.catalogues.entries(kind)
        assert all(e.builtin and "GDPR Art. 35(4)" in e.description for e in entries)
        assert {k: ws.catalogues.labels(k) for k in CatalogueKind if k is not kind} == others
        assert not ws.dirty
        assert ws.ctx.conn.execute("SELECT COUNT(*) FROM change_entry").fetchone() == history
        added = ws.catalogues.add(kind, "Processing of data of people in a refuge")
        ws.save()
    finally:
        ws.close()
    ws = Workspace.open(path, PASSPHRASE)
    try:
        assert ws.catalogues.labels(kind) == [*BUILTIN[kind], added.label]
        assert verify_workspace(ws).ok
    finally:
        ws.close()
