"""The ``govkit`` command line: its exit codes and outputs are a contract scripts rely on."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from govkit import __version__, app, cli
from govkit.domain.models import AiSystem, ControllerActivity
from govkit.services import demo, demo_ai
from govkit.services.catalogues import CatalogueService
from govkit.services.context import Actor, ServiceContext
from govkit.services.registers import controller_service, record_as_json
from govkit.services.workspace import Workspace
from govkit.storage import database
from govkit.storage.errors import WrongPassphraseError
from govkit.storage.kdf import DEFAULT_KDF, MIN_KDF

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "seven purple elephants dancing"
SRC = Path(__file__).resolve().parents[2] / "src"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def cheap_vaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app.ENV_INSECURE_TEST_KDF, "1")
    monkeypatch.setenv(app.ENV_PASSPHRASE, PASSPHRASE)
    monkeypatch.setattr(app, "stdin_is_interactive", lambda: False)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*argv: object) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def demo_vault(tmp_path: Path, run: Run) -> Path:
    path = tmp_path / "demo.govkit"
    code, _out, err = run("demo", path, "--activities", 45)
    assert code == 0, err
    return path


def _open(path: Path, secret: str = PASSPHRASE) -> Workspace:
    return Workspace.open(path, secret)


def _recovery_key(out: str) -> str:
    return next(word for word in out.split() if word.startswith("GKRK-"))


def _subprocess(
    *argv: object, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("GOVKIT_")}
    environment.update({"PYTHONPATH": str(SRC), "GOVKIT_INSECURE_TEST_KDF": "1", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "govkit", *(str(a) for a in argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


# -- init ------------------------------------------------------------------------------------


def test_init_creates_an_empty_vault_and_shows_the_recovery_key_once(
    tmp_path: Path, run: Run
) -> None:
    path = tmp_path / "register.govkit"
    code, out, err = run("init", path, "--name", "Nurul Aisyah", "--organisation", "City of X")
    assert code == 0, err
    assert "shown only now" in out and "safe place" in out
    assert "GOVKIT_INSECURE_TEST_KDF" in err  # the test-only cost is announced
    assert PASSPHRASE not in out + err
    ws = _open(path, _recovery_key(out))
    try:
        assert ws.vault.opened_with_recovery_key
        assert [p.name for p in ws.people.list()] == ["Nurul Aisyah"]
        assert ws.organisation.get().name == "City of X"
        assert ws.activities.count() == 0
    finally:
        ws.close()
    _open(path).close()


def test_init_refuses_to_overwrite(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "precious.govkit"
    path.write_bytes(b"not to be lost")
    code, out, err = run("init", path)
    assert code == 1
    assert "precious.govkit" in err and "overwrite" in err
    assert path.read_bytes() == b"not to be lost"
    assert "GKRK-" not in out


def test_init_in_a_missing_folder_is_invalid_input(tmp_path: Path, run: Run) -> None:
    code, _out, err = run("init", tmp_path / "no" / "such" / "folder.govkit")
    assert code == 1
    assert "does not exist" in err


def test_init_writes_the_recovery_key_to_an_owner_only_file(tmp_path: Path, run: Run) -> None:
    path, key_file = tmp_path / "r.govkit", tmp_path / "recovery.txt"
    code, out, err = run("init", path, "--recovery-key-file", key_file)
    assert code == 0, err
    key = key_file.read_text(encoding="utf-8").splitlines()[0]
    assert key.startswith("GKRK-")
    assert key not in out and str(key_file) in out
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    _open(path, key).close()


def test_init_refuses_an_existing_recovery_key_file(tmp_path: Path, run: Run) -> None:
    path, key_file = tmp_path / "r.govkit", tmp_path / "recovery.txt"
    key_file.write_text("keep me")
    code, _out, err = run("init", path, "--recovery-key-file", key_file)
    assert code == 1 and "recovery.txt" in err
    assert key_file.read_text() == "keep me"
    assert not path.exists()


def test_init_rejects_a_short_passphrase(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_PASSPHRASE, "short")
    code, _out, err = run("init", tmp_path / "r.govkit")
    assert code == 1 and "at least" in err
    assert not (tmp_path / "r.govkit").exists()


def test_init_without_a_passphrase_source_or_terminal_is_a_usage_error(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(app.ENV_PASSPHRASE)
    code, _out, err = run("init", tmp_path / "r.govkit")
    assert code == 2
    assert "GOVKIT_PASSPHRASE" in err and "--passphrase-file" in err
    assert not (tmp_path / "r.govkit").exists()


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A person at a terminal who types the answers in ``typed`` (the prompts are recorded)."""
    typed: list[str] = []
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        if not typed:
            raise EOFError
        return typed.pop(0)

    monkeypatch.delenv(app.ENV_PASSPHRASE)
    monkeypatch.setattr(app, "stdin_is_interactive", lambda: True)
    monkeypatch.setattr(app.getpass, "getpass", getpass)
    yield typed
    assert not typed, "not every answer was asked for"


def test_init_asks_twice_and_again_after_a_mismatch_or_a_short_one(
    tmp_path: Path, run: Run, terminal: list[str]
) -> None:
    terminal.extend(["short", PASSPHRASE, "a typo in it", PASSPHRASE, PASSPHRASE])
    code, _out, err = run("init", tmp_path / "r.govkit")
    assert code == 0, err
    assert "at least" in err and "not the same" in err
    _open(tmp_path / "r.govkit").close()


def test_init_gives_up_after_three_attempts(tmp_path: Path, run: Run, terminal: list[str]) -> None:
    terminal.extend([PASSPHRASE, "x" * 12] * 3)
    code, _out, err = run("init", tmp_path / "r.govkit")
    assert code == 1 and "No new passphrase" in err
    assert not (tmp_path / "r.govkit").exists()


def test_end_of_input_at_the_prompt_cancels(tmp_path: Path, run: Run, terminal: list[str]) -> None:
    code, _out, err = run("init", tmp_path / "r.govkit")
    assert code == 130 and "No passphrase" in err


# -- demo ------------------------------------------------------------------------------------


def test_demo_creates_the_asked_number_of_activities(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "demo.govkit"
    code, out, err = run("demo", path, "--activities", 200)
    assert code == 0, err
    assert "GKRK-" in out and demo.CITY in out
    assert f"{len(demo.AI_SYSTEMS)} AI systems" in out
    ws = _open(path)
    try:
        assert ws.activities.count() == 200
        assert ws.processor_activities.count() == len(demo.PROCESSOR_ACTIVITIES) >= 4
        assert ws.ai_systems.count() == len(demo.AI_SYSTEMS) == 7
        assert ws.organisation.get().name == demo.CITY
        assert ws.vault.person.name == demo.DEMO_PERSON
    finally:
        ws.close()


@pytest.mark.parametrize("count", ["0", "100001", "-3", "many", "2.5"])
def test_demo_refuses_an_impossible_count(tmp_path: Path, run: Run, count: str) -> None:
    code, _out, err = run("demo", tmp_path / "d.govkit", "--activities", count)
    assert code == 2 and "--activities" in err
    assert not (tmp_path / "d.govkit").exists()


def test_demo_limits_match_the_demo_module() -> None:
    assert cli.MAX_DEMO_ACTIVITIES == demo.MAX_ACTIVITIES
    assert cli.DEFAULT_DEMO_ACTIVITIES == demo.DEFAULT_ACTIVITIES


# -- list ------------------------------------------------------------------------------------


def test_list_table(demo_vault: Path, run: Run) -> None:
    code, out, err = run("list", demo_vault, "activities")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == [
        "Reference",
        "Name",
        "Department",
        "Status",
        "Complete",
        "Next",
        "review",
    ]
    assert "CR-001" in out and "Civil registry" in out and "100 %" in out and "overdue" in out
    assert "45 processing activities" in out
    body = lines[2 : 2 + 45]
    assert all(line[: len("Reference")].strip() for line in body)  # a reference on every row


def test_list_assessments(demo_vault: Path, tmp_path: Path, run: Run) -> None:
    code, out, _err = run("list", demo_vault, "assessments")
    assert code == 0
    # The demo municipality has screenings and DPIAs at every stage.
    assert "SCR-001" in out and "DPIA-001" in out and "CCTV on the central station" in out
    assert "dpia required" in out and "Approved" in out
    assert "21 assessments; 0 overdue for review." in out
    # and the AI systems' classifications, ethics checklists and FRIA, named by their system
    for reference in ("AIC-001", "ETH-001", "FRIA-001"):
        line = next(line for line in out.splitlines() if line.startswith(reference))
        assert "Benefit eligibility pre-check" in line, line
    code, out, _err = run("list", demo_vault, "assessments", "--format", "json")
    items = json.loads(out)
    cctv = next(i for i in items if i["reference"] == "DPIA-001")
    assert cctv["subject"] == "CCTV on the central station square"
    assert cctv["status"] == "approved" and cctv["kind"] == "dpia" and cctv["next_review"]
    chat = next(i for i in items if i["reference"] == "AIC-004")
    assert (chat["subject_type"], chat["subject"]) == (
        "ai_system",
        "Citizen-service chat assistant",
    )
    assert (chat["kind"], chat["outcome"]) == ("ai_act_classification", "transparency")
    empty = tmp_path / "empty.govkit"
    assert run("init", empty, "--name", "Ada", "--organisation", "Testville")[0] == 0
    code, out, _err = run("list", empty, "assessments")
    assert code == 0 and "No assessments yet." in out


def test_list_processor_activities(demo_vault: Path, run: Run) -> None:
    code, out, _err = run("list", demo_vault, "processor-activities")
    assert code == 0
    for template in demo.PROCESSOR_ACTIVITIES:
        assert template["reference"] in out


def test_list_json_round_trips_every_field(demo_vault: Path, run: Run) -> None:
    code, out, err = run("list", demo_vault, "activities", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    ws = _open(demo_vault)
    try:
        records = ws.activities.all()
    finally:
        ws.close()
    assert data == [record_as_json(r) for r in records]
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert list(data[0]) == [*ControllerActivity.model_fields, "completeness", "missing"]
    # Every editable field read back from JSON makes the same record again.
    conn = database.new_connection()
    database.create_schema(conn)
    ctx = ServiceContext(conn, Actor("Round Trip", "slot"))
    CatalogueService(ctx).seed_builtins()
    service = controller_service(ctx)
    for item in data:
        copy = service.create({f: item[f] for f in service.editable_fields})
        again = record_as_json(copy)
        assert {f: again[f] for f in service.editable_fields} == {
            f: item[f] for f in service.editable_fields
        }


def test_list_ai_systems_table(demo_vault: Path, tmp_path: Path, run: Run) -> None:
    code, out, err = run("list", demo_vault, "ai-systems")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["Reference", "Name", "Department", "Phase", "Risk"]
    for values, *_rest in demo_ai.SYSTEMS:
        assert values["reference"] in out
    assert "High-risk (Art. 6), Annex III 5" in out  # the benefit pre-check
    assert "Not classified" in out and "Transparency obligations (Art. 50)" in out
    assert "4/10" in out  # the benefit pre-check's open duties (its FRIA is done)
    assert out.splitlines()[-1].startswith(f"{len(demo_ai.SYSTEMS)} AI systems; 3 high-risk, ")
    empty = tmp_path / "empty.govkit"
    assert run("init", empty)[0] == 0
    code, out, _err = run("list", empty, "ai-systems")
    assert code == 0 and "This register is empty." in out
    code, out, _err = run("list", empty, "ai-systems", "--format", "json")
    assert (code, out) == (0, "[]\n")


def test_list_ai_systems_json_holds_every_field(demo_vault: Path, run: Run) -> None:
    code, out, err = run("list", demo_vault, "ai-systems", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    ws = _open(demo_vault)
    try:
        systems = ws.ai_systems.all()
    finally:
        ws.close()
    assert data == [record_as_json(s) for s in systems]
    assert list(data[0]) == [*AiSystem.model_fields, "completeness", "missing"]
    benefit = next(d for d in data if d["reference"] == "AI-001")
    assert benefit["risk_tier"] == "high_risk" and benefit["classified_by"] == demo.DEMO_PERSON
    assert {d["status"] for d in benefit["duties"]} == {"todo", "in_progress", "done"}


def test_list_ai_systems_with_a_wrong_passphrase_is_exit_3(
    demo_vault: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_PASSPHRASE, "not the passphrase at all")
    code, out, err = run("list", demo_vault, "ai-systems")
    assert code == 3 and out == "" and "Traceback" not in err


def test_list_json_of_processor_activities_and_of_an_empty_register(
    tmp_path: Path, demo_vault: Path, run: Run
) -> None:
    code, out, _err = run("list", demo_vault, "processor-activities", "--format", "json")
    assert code == 0
    assert {d["reference"] for d in json.loads(out)} == {
        t["reference"] for t in demo.PROCESSOR_ACTIVITIES
    }
    empty = tmp_path / "empty.govkit"
    assert run("init", empty)[0] == 0
    code, out, _err = run("list", empty, "activities", "--format", "json")
    assert (code, out) == (0, "[]\n")
    code, out, _err = run("list", empty, "activities")
    assert code == 0 and "empty" in out


def test_list_json_keeps_unusual_line_separators(demo_vault: Path, run: Run) -> None:
    ws = _open(demo_vault)
    try:
        odd = "line\u2028separator\u2029paragraph\x85next\ttab"
        record = ws.activities.create({"name": odd, "department": "Library", "notes": odd})
        ws.save()
    finally:
        ws.close()
    code, out, _err = run("list", demo_vault, "activities", "--format", "json")
    assert code == 0
    [item] = [d for d in json.loads(out) if d["id"] == record.id]
    assert item["name"] == item["notes"] == odd


def test_list_json_is_utf8_whatever_the_console(demo_vault: Path, run: Run) -> None:
    code, out, _err = run("list", demo_vault, "activities", "--format", "json")
    assert code == 0
    assert "ফারহানা" in out  # written as UTF-8 characters, not \\u escapes


def test_table_fits_the_terminal_width() -> None:
    header = ["Reference", "Name", "Department", "Status"]
    rows = [
        ["CR-1", "陈伟明 " * 20 + "end", "Civil registry and more words", "Active"],
        ["CR-2", "Farhana Rahman (ফারহানা রহমান) " * 3, "Social services", "Draft"],
    ]
    lines = cli.format_table(header, rows, width=60, shrink=(1, 2))
    assert all(cli.display_width(line) <= 60 for line in lines)
    assert "…" in lines[2]
    wide = cli.format_table(header, rows)
    assert "end" in wide[2]
    status_column = cli.display_width(wide[0][: wide[0].index("Status")])
    row = wide[2]
    assert cli.display_width(row[: row.index("Active")]) == status_column
    assert cli.display_width("陈伟明") == 6


def test_table_cells_cannot_break_lines_or_send_terminal_escapes() -> None:
    rows = [["X-1", "\x1b[2J\x1b]0;owned\x07Name\nsecond\u2028line", "Library", "Active"]]
    lines = cli.format_table(["Reference", "Name", "Department", "Status"], rows)
    assert len(lines) == 3
    assert all(line.isprintable() for line in lines)
    assert "Name second line" in lines[2]


# -- verify ----------------------------------------------------------------------------------


def test_verify_an_intact_vault(demo_vault: Path, run: Run) -> None:
    code, out, err = run("verify", demo_vault)
    assert code == 0, err
    assert "hash chain intact" in out and "intact" in out.splitlines()[-1]


def test_verify_names_an_altered_history_entry(demo_vault: Path, run: Run) -> None:
    ws = _open(demo_vault)
    ws.ctx.conn.execute("UPDATE change_entry SET actor='x' WHERE seq=2")
    ws.save()
    ws.close()
    code, out, _err = run("verify", demo_vault)
    assert code == 1
    assert "PROBLEM" in out and "History entry 2 " in out


def test_verify_a_zip_file_is_not_a_vault(tmp_path: Path, run: Run) -> None:
    pack = tmp_path / "pack.zip"
    pack.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    code, _out, err = run("verify", pack)
    assert code == 3 and "zip" in err


@pytest.mark.parametrize("command", [["verify"], ["list", "activities"], ["passwd"]])
def test_wrong_passphrase_is_exit_3(
    demo_vault: Path, run: Run, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_PASSPHRASE, "not the passphrase at all")
    monkeypatch.setenv(app.ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    code, out, err = run(command[0], demo_vault, *command[1:])
    assert code == 3
    assert "not correct" in err and out == ""


def test_missing_and_foreign_files_are_exit_3(tmp_path: Path, run: Run) -> None:
    code, _out, err = run("verify", tmp_path / "gone.govkit")
    assert code == 3 and "gone.govkit" in err and "not found" in err
    other = tmp_path / "notes.txt"
    other.write_text("shopping list")
    code, _out, err = run("list", other, "activities")
    assert code == 3 and "not a govkit vault" in err


# -- passphrases -----------------------------------------------------------------------------


def test_passphrase_file_first_line(
    demo_vault: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_PASSPHRASE, "the file wins over this")
    secret = tmp_path / "secret.txt"
    secret.write_bytes(PASSPHRASE.encode() + b"\r\nsecond line\n")
    code, _out, err = run("verify", demo_vault, "--passphrase-file", secret)
    assert code == 0, err


@pytest.mark.parametrize("content", [None, b"", b"\nafter an empty line\n"])
def test_unusable_passphrase_file_is_a_usage_error(
    demo_vault: Path, tmp_path: Path, run: Run, content: bytes | None
) -> None:
    secret = tmp_path / "secret.txt"
    if content is not None:
        secret.write_bytes(content)
    code, _out, err = run("verify", demo_vault, "--passphrase-file", secret)
    assert code == 2 and "secret.txt" in err


def test_passphrase_file_for_a_new_vault(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(app.ENV_PASSPHRASE)
    secret = tmp_path / "new.txt"
    secret.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    code, _out, err = run("init", tmp_path / "r.govkit", "--passphrase-file", secret)
    assert code == 0, err
    _open(tmp_path / "r.govkit", NEW_PASSPHRASE).close()


def test_passwd_changes_the_passphrase(
    demo_vault: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    code, out, err = run("passwd", demo_vault)
    assert code == 0, err
    assert demo.DEMO_PERSON in out
    assert PASSPHRASE not in out + err and NEW_PASSPHRASE not in out + err
    with pytest.raises(WrongPassphraseError):
        _open(demo_vault, PASSPHRASE)
    _open(demo_vault, NEW_PASSPHRASE).close()


def test_passwd_asks_for_the_new_passphrase_twice(
    demo_vault: Path, run: Run, terminal: list[str]
) -> None:
    terminal.extend([PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE])
    code, _out, err = run("passwd", demo_vault)
    assert code == 0, err
    _open(demo_vault, NEW_PASSPHRASE).close()


def test_passwd_without_a_new_passphrase_source_is_a_usage_error(
    demo_vault: Path, run: Run
) -> None:
    code, _out, err = run("passwd", demo_vault)
    assert code == 2 and "GOVKIT_NEW_PASSPHRASE" in err
    _open(demo_vault).close()


def test_passwd_with_the_recovery_key_resets_a_named_person(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.govkit"
    code, out, _err = run("init", path, "--name", "Ilídio Nhantumbo")
    assert code == 0
    ws = _open(path)
    ws.people.add("Kim Ji-woo", "another passphrase here")
    ws.close()
    monkeypatch.setenv(app.ENV_PASSPHRASE, _recovery_key(out))
    monkeypatch.setenv(app.ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    code, _out, err = run("passwd", path)
    assert code == 2
    assert "--person" in err and "Ilídio Nhantumbo" in err and "Kim Ji-woo" in err
    code, _out, err = run("passwd", path, "--person", "Nobody Here")
    assert code == 2 and "Kim Ji-woo" in err
    code, out, err = run("passwd", path, "--person", "  kim   JI-WOO ")
    assert code == 0, err
    assert "Kim Ji-woo" in out
    ws = _open(path, NEW_PASSPHRASE)
    try:
        assert ws.vault.person.name == "Kim Ji-woo"
    finally:
        ws.close()
    _open(path, PASSPHRASE).close()  # the other person's passphrase is untouched


def test_passwd_for_someone_else_needs_the_recovery_key(
    demo_vault: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_NEW_PASSPHRASE, NEW_PASSPHRASE)
    code, _out, err = run("passwd", demo_vault, "--person", "Someone Else")
    assert code == 2 and "recovery key" in err
    _open(demo_vault).close()


def test_the_test_only_kdf_needs_the_variable_set_to_1() -> None:
    assert app.kdf_for_new_vault({}) == (DEFAULT_KDF, None)
    assert app.kdf_for_new_vault({app.ENV_INSECURE_TEST_KDF: "yes"})[0] == DEFAULT_KDF
    params, warning = app.kdf_for_new_vault({app.ENV_INSECURE_TEST_KDF: "1"})
    assert params == MIN_KDF and warning and "tests" in warning


# -- usage, help, errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["list"],
        ["list", "x.govkit"],
        ["list", "x.govkit", "people"],
        ["init"],
        ["verify"],
        ["--no-such-option"],
        ["list", "x.govkit", "activities", "--format", "xml"],
        ["list", "x.govkit", "ai-system"],
        ["list", "x.govkit", "ai-systems", "--format", "csv"],
    ],
)
def test_usage_errors_are_exit_2(run: Run, argv: list[str]) -> None:
    code, _out, err = run(*argv)
    assert code == 2 and "usage:" in err


@pytest.mark.parametrize(
    "command", [[], ["gui"], ["init"], ["demo"], ["list"], ["verify"], ["passwd"]]
)
def test_help_everywhere_with_examples(run: Run, command: list[str]) -> None:
    code, out, _err = run(*command, "--help")
    assert code == 0
    assert "usage:" in out and "example" in out


def test_version(run: Run) -> None:
    assert run("--version") == (0, f"govkit {__version__}\n", "")


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    calls: list[tuple[Path | None, bool]] = []

    def run_gui(vault: Path | None, *, demo: bool = False) -> int:
        calls.append((vault, demo))
        print("the window would open now")
        return 0

    module = types.ModuleType("govkit.ui.application")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "govkit.ui.application", module)
    return calls


def test_no_command_starts_the_desktop_application(run: Run, fake_gui: list[Any]) -> None:
    assert run()[0] == 0
    assert run("gui", "r.govkit", "--demo")[0] == 0
    assert fake_gui == [(None, False), (Path("r.govkit"), True)]


def test_windowed_launcher_without_console_writes_a_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake_gui: list[Any]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "argv", ["govkit-gui", "--demo"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        assert cli.gui_main() == 0
        log = sys.stdout
    finally:
        if sys.stdout is not None:
            sys.stdout.close()
    assert log is not None and log is sys.stderr
    assert fake_gui == [(None, True)]
    assert "the window would open now" in (app.log_dir() / "govkit-gui.log").read_text("utf-8")


def test_an_unexpected_error_is_one_line(
    demo_vault: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import govkit.services.verify as verify

    def broken(_ws: object) -> None:
        raise RuntimeError("something nobody expected\nsecond line")

    monkeypatch.setattr(verify, "verify_workspace", broken)
    code, _out, err = run("verify", demo_vault)
    assert code == 1
    assert err.strip().splitlines() == [
        "govkit: internal error (RuntimeError: something nobody expected). Please report it."
    ]


# -- real processes: exit codes and no tracebacks --------------------------------------------


def test_real_process_exit_codes(tmp_path: Path) -> None:
    path = tmp_path / "r.govkit"
    env = {"GOVKIT_PASSPHRASE": PASSPHRASE}
    done = _subprocess("demo", path, "--activities", 3, env=env)
    assert done.returncode == 0, done.stderr
    cases = [
        (("verify", path), env, 0),
        (("verify", path), {"GOVKIT_PASSPHRASE": "wrong passphrase here"}, 3),
        (("verify", tmp_path / "gone.govkit"), env, 3),
        (("list", __file__, "activities"), env, 3),
        (("verify", path), {}, 2),  # no passphrase source, stdin is not a terminal
        (("list", path, "nonsense"), env, 2),
        (("demo", tmp_path / "d.govkit", "--activities", "0"), env, 2),
        (("init", path), env, 1),
        (("--version",), {}, 0),
    ]
    for argv, extra, expected in cases:
        result = _subprocess(*argv, env=extra)
        assert result.returncode == expected, (argv, result.stderr)
        assert "Traceback" not in result.stderr, argv
        if expected:
            assert result.stderr.strip(), argv
    missing = _subprocess("verify", tmp_path / "gone.govkit", env=env)
    assert "gone.govkit" in missing.stderr and "not found" in missing.stderr
