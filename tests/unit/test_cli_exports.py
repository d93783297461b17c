"""``govkit export``, ``govkit import`` and ``govkit verify PACK``: outputs and exit codes."""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from govkit import app, cli
from govkit.services.signing import SigningService
from govkit.services.workspace import Workspace

PASSPHRASE = "correct horse battery staple"

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


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-demo")
    path = folder / "demo.govkit"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(app.ENV_INSECURE_TEST_KDF, "1")
        mp.setenv(app.ENV_PASSPHRASE, PASSPHRASE)
        assert cli.main(["demo", str(path), "--activities", "20"]) == 0
    return path


@pytest.fixture
def vault(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.govkit"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture(scope="module")
def made_pack(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    pytest.importorskip("govkit.exports.xlsx")
    folder = tmp_path_factory.mktemp("cli-pack")
    vault = folder / "demo.govkit"
    shutil.copyfile(demo_template, vault)
    out = folder / "audit.zip"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(app.ENV_PASSPHRASE, PASSPHRASE)
        assert cli.main(["export", str(vault), "--format", "pack", "-o", str(out)]) == 0
    ws = Workspace.open(vault, PASSPHRASE)
    try:
        fp = SigningService(ws.ctx).fingerprint()
    finally:
        ws.close()
    assert fp
    return out, fp


@pytest.fixture
def pack(made_pack: tuple[Path, str], tmp_path: Path) -> Path:
    copy = tmp_path / "audit.zip"
    shutil.copyfile(made_pack[0], copy)
    return copy


def _rewrite(path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    change(members)
    path.unlink()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


# -- export ----------------------------------------------------------------------------------------


def test_export_pdf_and_json(vault: Path, tmp_path: Path, run: Run) -> None:
    code, out, err = run("export", vault, "--format", "pdf", "-o", tmp_path / "r.pdf")
    assert code == 0, err
    assert "r.pdf" in out and "pages" in out and "processing activities: 20" in out
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    code, out, err = run("export", vault, "-o", tmp_path / "r.json")  # format from the suffix
    assert code == 0, err
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(data["controller_activities"]) == 20


def test_export_xlsx_layouts(vault: Path, tmp_path: Path, run: Run) -> None:
    pytest.importorskip("govkit.exports.xlsx")
    for layout in ("full", "ico", "cnil"):
        out = tmp_path / f"{layout}.xlsx"
        code, _out, err = run("export", vault, "--format", "xlsx", "--layout", layout, "-o", out)
        assert code == 0, err
        assert zipfile.is_zipfile(out)


def test_export_one_department(vault: Path, tmp_path: Path, run: Run) -> None:
    out = tmp_path / "d.json"
    code, _out, err = run("export", vault, "--department", "civil registry", "-o", out)
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["export"]["scope"] == {"kind": "department", "department": "Civil registry"}
    assert {r["department"] for r in data["controller_activities"]} == {"Civil registry"}
    code, _out, err = run(
        "export", vault, "--format", "json", "--department", "Nowhere", "-o", tmp_path / "n.json"
    )
    assert code == 1 and "Nowhere" in err and "Civil registry" in err
    assert not (tmp_path / "n.json").exists()


def test_export_pack_prints_the_fingerprint_and_saves_the_new_key(
    made_pack: tuple[Path, str],
) -> None:
    path, fp = made_pack
    assert zipfile.is_zipfile(path)
    assert len(fp.split()) == 16


def test_export_pack_output(vault: Path, tmp_path: Path, run: Run) -> None:
    pytest.importorskip("govkit.exports.xlsx")
    code, out, err = run("export", vault, "--format", "pack", "-o", tmp_path / "p.zip")
    assert code == 0, err
    assert "signing key was created" in out
    ws = Workspace.open(vault, PASSPHRASE)  # the key was saved in the vault
    try:
        fp = SigningService(ws.ctx).fingerprint()
    finally:
        ws.close()
    assert fp and fp in out and "--fingerprint" in out
    code, out, _err = run("export", vault, "--format", "pack", "-o", tmp_path / "q.zip")
    assert code == 0 and "created" not in out and fp in out


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "docx", "-o", "x.docx"],
        ["--format", "pdf", "--layout", "ico", "-o", "x.pdf"],
        ["-o", "register.out"],
        ["--format", "pdf"],
    ],
)
def test_export_usage_errors_are_exit_2(
    vault: Path, tmp_path: Path, run: Run, args: list[str]
) -> None:
    code, _out, err = run("export", vault, *[str(tmp_path / a) if "." in a else a for a in args])
    assert code == 2 and err
    assert list(tmp_path.glob("x.*")) == [] and not (tmp_path / "register.out").exists()


def test_export_into_a_missing_folder_or_over_the_vault_is_exit_1(
    vault: Path, tmp_path: Path, run: Run
) -> None:
    code, _out, err = run("export", vault, "--format", "pdf", "-o", tmp_path / "no" / "r.pdf")
    assert code == 1 and "does not exist" in err
    before = vault.read_bytes()
    code, _out, err = run("export", vault, "--format", "json", "-o", vault)
    assert code == 1 and "vault" in err
    assert vault.read_bytes() == before


def test_export_with_a_wrong_passphrase_is_exit_3(
    vault: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(app.ENV_PASSPHRASE, "not the passphrase at all")
    code, _out, err = run("export", vault, "--format", "pdf", "-o", tmp_path / "r.pdf")
    assert code == 3 and "passphrase" in err
    assert not (tmp_path / "r.pdf").exists()


def test_export_xlsx_without_the_excel_module_is_a_clear_error(
    vault: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "govkit.exports.xlsx", None)
    code, _out, err = run("export", vault, "--format", "xlsx", "-o", tmp_path / "r.xlsx")
    assert code == 1 and "Excel export is not available" in err
    assert "Traceback" not in err and not (tmp_path / "r.xlsx").exists()


# -- verify PACK -----------------------------------------------------------------------------------


def test_verify_an_intact_pack(made_pack: tuple[Path, str], run: Run) -> None:
    path, fp = made_pack
    code, out, err = run("verify", path)
    assert code == 0, out + err
    assert "intact" in out and fp in out
    code, out, _err = run("verify", path, "--fingerprint", fp.replace(" ", ""))
    assert code == 0 and "expected key" in out


def test_verify_needs_no_passphrase_for_a_pack(
    made_pack: tuple[Path, str], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(app.ENV_PASSPHRASE)
    code, _out, _err = run("verify", made_pack[0])
    assert code == 0


@pytest.mark.parametrize(
    "name", ["register.xlsx", "register.pdf", "register.json", "README.txt", "manifest.json"]
)
def test_verify_names_an_altered_member(pack: Path, run: Run, name: str) -> None:
    def alter(members: dict[str, bytes]) -> None:
        data = members[name]
        members[name] = data[:100] + bytes([data[100] ^ 0x20]) + data[101:]

    _rewrite(pack, alter)
    code, out, _err = run("verify", pack)
    assert code == 1
    assert "PROBLEM" in out and name in out and "not intact" in out


def test_verify_names_an_added_and_a_removed_file(pack: Path, run: Run) -> None:
    def alter(members: dict[str, bytes]) -> None:
        del members["register.pdf"]
        members["notes.txt"] = b"added later"

    _rewrite(pack, alter)
    code, out, _err = run("verify", pack)
    assert code == 1
    assert "register.pdf is missing" in out and "notes.txt was added" in out


def test_verify_an_altered_signature_or_swapped_key(pack: Path, run: Run) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from govkit.exports.pack import public_key_pem

    def alter(members: dict[str, bytes]) -> None:
        members["public_key.pem"] = public_key_pem(Ed25519PrivateKey.generate().public_key())

    _rewrite(pack, alter)
    code, out, _err = run("verify", pack)
    assert code == 1 and "public_key.pem" in out and "signature" in out.lower()


def test_verify_with_the_wrong_fingerprint(made_pack: tuple[Path, str], run: Run) -> None:
    code, out, _err = run("verify", made_pack[0], "--fingerprint", "ab" * 32)
    assert code == 1 and "not with the expected key" in out
    code, _out, err = run("verify", made_pack[0], "--fingerprint", "12345")
    assert code == 2 and "fingerprint" in err


def test_verify_a_damaged_zip_is_exit_3(tmp_path: Path, run: Run) -> None:
    broken = tmp_path / "pack.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    code, _out, err = run("verify", broken)
    assert code == 3 and "zip" in err


def test_verify_a_vault_still_works(vault: Path, run: Run) -> None:
    code, out, _err = run("verify", vault)
    assert code == 0 and "The vault is intact." in out
    code, _out, err = run("verify", vault, "--fingerprint", "ab" * 32)
    assert code == 2 and "--fingerprint" in err


# -- import ----------------------------------------------------------------------------------------

CSV = (
    "Name,Department,Purposes,Next review\n"
    "Payroll,Human resources,Pay staff,2027-01-01\n"
    "Library loans,Library,Lend books,not a date\n"
    ",IT,Nameless,\n"
)


@pytest.fixture
def empty_vault(tmp_path: Path, run: Run) -> Path:
    path = tmp_path / "empty.govkit"
    code, _out, err = run("init", path, "--organisation", "City of Testville")
    assert code == 0, err
    return path


def _names(vault: Path) -> list[str]:
    ws = Workspace.open(vault, PASSPHRASE)
    try:
        return sorted(a.name for a in ws.activities.all())
    finally:
        ws.close()


def test_import_dry_run_shows_the_problems_and_writes_nothing(
    empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    source = tmp_path / "old.csv"
    source.write_text(CSV, encoding="utf-8")
    before = empty_vault.read_bytes()
    code, out, _err = run("import", empty_vault, source, "--dry-run")
    assert code == 1
    assert "1 ready to import, 2 with problems" in out
    assert "Row 3" in out and "not a date" in out and "Row 4" in out
    assert "Dry run: nothing was written." in out
    assert empty_vault.read_bytes() == before
    code, _out, _err = run("import", empty_vault, source, "--dry-run", "--skip-invalid")
    assert code == 0 and empty_vault.read_bytes() == before


def test_import_with_invalid_rows_writes_nothing_unless_skip_invalid(
    empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    source = tmp_path / "old.csv"
    source.write_text(CSV, encoding="utf-8")
    code, out, _err = run("import", empty_vault, source)
    assert code == 1 and "Nothing was imported" in out
    assert _names(empty_vault) == []
    code, out, err = run("import", empty_vault, source, "--skip-invalid")
    assert code == 0, err
    assert "1 activities were created" in out and "2 rows were skipped" in out
    assert _names(empty_vault) == ["Payroll"]  # saved in the vault
    code, out, _err = run("import", empty_vault, source, "--skip-invalid")
    assert code == 0 and "already in the register" in out  # flagged, not duplicated
    assert _names(empty_vault) == ["Payroll"]


def test_import_with_a_mapping_file(empty_vault: Path, tmp_path: Path, run: Run) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Was,Wer\nBürgerbüro-Termine,Bürgeramt\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Was": "name", "Wer": "department"}), encoding="utf-8")
    code, out, err = run("import", empty_vault, source, "--mapping", mapping)
    assert code == 0, out + err
    assert _names(empty_vault) == ["Bürgerbüro-Termine"]
    code, _out, err = run("import", empty_vault, source, "--mapping", tmp_path / "none.json")
    assert code == 1 and "none.json" in err


def test_a_full_workbook_reimports_into_an_empty_vault(
    vault: Path, empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    pytest.importorskip("govkit.exports.xlsx")
    workbook = tmp_path / "register.xlsx"
    assert run("export", vault, "--format", "xlsx", "-o", workbook)[0] == 0
    code, out, err = run("import", empty_vault, workbook)
    assert code == 0, out + err
    assert len(_names(empty_vault)) == 20
    ws = Workspace.open(empty_vault, PASSPHRASE)
    try:
        processors = ws.processor_activities.count()
    finally:
        ws.close()
    source = Workspace.open(vault, PASSPHRASE)
    try:
        assert processors == source.processor_activities.count() > 0  # the second sheet too
    finally:
        source.close()


def test_a_cnil_workbook_imports_its_fiches_into_both_registers(
    vault: Path, empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    workbook = tmp_path / "registre.xlsx"
    assert run("export", vault, "--format", "xlsx", "--layout", "cnil", "-o", workbook)[0] == 0
    code, out, err = run("import", empty_vault, workbook)
    assert code == 0, out + err
    assert "was read as one activity" in out
    assert len(_names(empty_vault)) == 20
    source = Workspace.open(vault, PASSPHRASE)
    try:
        expected = source.processor_activities.count()
    finally:
        source.close()
    ws = Workspace.open(empty_vault, PASSPHRASE)
    try:
        assert ws.processor_activities.count() == expected > 0
    finally:
        ws.close()


def test_import_of_one_named_sheet(
    vault: Path, empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    pytest.importorskip("govkit.exports.xlsx")
    workbook = tmp_path / "register.xlsx"
    assert run("export", vault, "--format", "xlsx", "-o", workbook)[0] == 0
    code, out, err = run("import", empty_vault, workbook, "--sheet", "Processor activities")
    assert code == 0, out + err
    assert _names(empty_vault) == []
    ws = Workspace.open(empty_vault, PASSPHRASE)
    try:
        assert ws.processor_activities.count() > 0
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.docx", b"PK\x03\x04 not really", "cannot be read"),
        ("notes.pdf", b"%PDF-1.4", "cannot import"),
    ],
)
def test_import_refuses_files_it_cannot_read(
    empty_vault: Path, tmp_path: Path, run: Run, name: str, content: bytes, message: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    code, _out, err = run("import", empty_vault, source)
    assert code == 1 and message in err and "Traceback" not in err


def test_import_of_a_missing_file_is_exit_1(empty_vault: Path, tmp_path: Path, run: Run) -> None:
    code, _out, err = run("import", empty_vault, tmp_path / "absent.xlsx")
    assert code == 1 and "absent.xlsx" in err


# -- help ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["export", "import", "verify"])
def test_help_of_the_new_commands(run: Run, command: str) -> None:
    code, out, _err = run(command, "--help")
    assert code == 0 and "examples" in out


def test_export_one_assessment(vault: Path, tmp_path: Path, run: Run) -> None:
    ws = Workspace.open(vault, PASSPHRASE)
    try:
        from govkit.services.assessments import AssessmentService

        summaries = AssessmentService(ws.ctx).summaries()
    finally:
        ws.close()
    if not any(s.reference == "DPIA-001" for s in summaries):
        pytest.fail("the demo vault has no DPIA-001 (the CCTV DPIA)")
    report = tmp_path / "dpia.pdf"
    code, out, err = run("export", vault, "--assessment", "DPIA-001", "-o", report)
    assert code == 0, err
    assert "DPIA-001 v1" in out and "pages" in out
    assert report.read_bytes().startswith(b"%PDF")
    plan = tmp_path / "plan.xlsx"
    code, out, err = run(
        "export", vault, "--assessment", "dpia-001", "--format", "xlsx", "-o", plan
    )
    assert code == 0, err
    from openpyxl import load_workbook

    book = load_workbook(plan)
    assert "Action plan" in book.sheetnames
    code, _out, err = run("export", vault, "--assessment", "DPIA-999", "-o", tmp_path / "x.pdf")
    assert code == 1 and "DPIA-001" in err  # the known references are listed
    assert not (tmp_path / "x.pdf").exists()
    code, _out, err = run(
        "export", vault, "--assessment", "DPIA-001", "--format", "pack", "-o", tmp_path / "p.zip"
    )
    assert code == 2 and "pdf, xlsx" in err
    code, _out, err = run("export", vault, "--format", "cnil-json", "-o", tmp_path / "c.json")
    assert code == 2 and "--assessment" in err


def test_a_cnil_pia_file_imports_as_a_dpia_and_exports_back(
    empty_vault: Path, tmp_path: Path, run: Run, shared_dir: Path
) -> None:
    example = shared_dir / "interop" / "cnil-pia" / "2018-02-21-pia-example.json"
    if not example.is_file():
        pytest.skip("the CNIL PIA example is not in ../shared")
    code, out, err = run("import", empty_vault, example, "--dry-run")
    assert code == 0, err
    assert "dry run" in out
    code, out, err = run("import", empty_vault, example)
    assert code == 0, err
    assert "Captoo" in out and "DPIA-001" in out and "23 measures" in out
    code, out, _err = run("list", empty_vault, "assessments")
    assert "DPIA-001" in out and "Approved" in out
    back = tmp_path / "captoo.json"
    code, out, err = run("export", empty_vault, "--assessment", "DPIA-001", "-o", back)
    assert code == 0, err
    data = json.loads(back.read_text(encoding="utf-8"))
    assert data["pia"]["name"] == "Captoo" and len(data["measures"]) == 23
    code, _out, err = run("import", empty_vault, example, "--sheet", "x")
    assert code == 2 and "spreadsheets" in err


AIA_SAVED = {
    "version": "v1.0.1",
    "currentPage": 2,
    "data": {
        "projectDetailsTitle": "Housing benefit eligibility",
        "projectDetailsPhase": "item2",
        "riskProfile1": "item1-3",
        "impact30": "item1-4",
        "decisionSector1": ["item2-1"],
    },
    "translationsOnResult": {},
}


def test_a_canada_aia_file_imports_as_an_algorithmic_impact_assessment(
    empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    saved = tmp_path / "AIA Results.json"
    saved.write_text(json.dumps(AIA_SAVED), encoding="utf-8")
    code, out, err = run("import", empty_vault, saved, "--dry-run")
    assert code == 0, err
    assert "dry run" in out and "Raw impact score: 8 out of 167." in out
    code, out, _err = run("list", empty_vault, "assessments")
    assert "AIA-001" not in out
    code, out, err = run("import", empty_vault, saved)
    assert code == 0, err
    assert "AIA-001" in out and "Impact level: Impact level I" in out
    code, out, _err = run("list", empty_vault, "assessments")
    assert "AIA-001" in out and "Canada AIA method" in out and "level 1" in out
    code, _out, err = run("import", empty_vault, saved, "--mapping", saved)
    assert code == 2 and "spreadsheets" in err


def test_a_broken_canada_aia_file_is_exit_1_without_a_traceback(
    empty_vault: Path, tmp_path: Path, run: Run
) -> None:
    saved = tmp_path / "AIA Results.json"
    saved.write_text('{"version": "v1.0.1", "currentPage": 2, "data": {"riskProfile1": ')
    code, out, err = run("import", empty_vault, saved)
    assert code == 1 and out == ""
    assert "AIA Results.json" in err and "not valid JSON" in err
    assert "Traceback" not in err and "internal error" not in err
    saved.write_text('{"version": 3, "currentPage": 2, "data": {}}')
    code, _out, err = run("import", empty_vault, saved, "--dry-run")
    assert code == 1 and "damaged" in err and "Traceback" not in err


# -- the AI systems' transparency records ---------------------------------------------------------


def test_export_transparency_records(vault: Path, tmp_path: Path, run: Run) -> None:
    code, out, err = run("export", vault, "--format", "atrs", "-o", tmp_path / "atrs.xlsx")
    assert code == 0, err
    assert "7 AI systems" in out and "ATRS record, Excel workbook" in out
    assert zipfile.is_zipfile(tmp_path / "atrs.xlsx")
    code, out, err = run(
        "export", vault, "--format", "atrs", "--ai-system", "AI-004", "-o", tmp_path / "a.json"
    )
    assert code == 0, err
    assert "Exported 1 AI system (ATRS record, JSON)" in out
    records = json.loads((tmp_path / "a.json").read_text("utf-8"))["records"]
    assert [r["metadata"]["reference"] for r in records] == ["AI-004"]
    code, out, err = run("export", vault, "--format", "nl-register", "-o", tmp_path / "nl.json")
    assert code == 0, err
    assert "Note: govkit does not record when a system went live" in out
    assert len(json.loads((tmp_path / "nl.json").read_text("utf-8"))) == 7
    # The public register's formats follow from the suffix.
    code, out, err = run("export", vault, "-o", tmp_path / "register.html")
    assert code == 0, err
    assert "web page" in out
    assert (tmp_path / "register.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    code, out, err = run("export", vault, "-o", tmp_path / "register.csv", "--include-retired")
    assert code == 0, err
    assert (tmp_path / "register.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "atrs", "-o", "x.txt"],
        ["--format", "pdf", "--ai-system", "AI-001", "-o", "x.pdf"],
        ["--format", "atrs", "--include-retired", "-o", "x.xlsx"],
        ["--assessment", "DPIA-001", "--ai-system", "AI-001", "-o", "x.pdf"],
    ],
)
def test_transparency_usage_errors_are_exit_2(
    vault: Path, tmp_path: Path, run: Run, args: list[str]
) -> None:
    code, _out, err = run("export", vault, *[str(tmp_path / a) if "." in a else a for a in args])
    assert code == 2 and err
    assert list(tmp_path.glob("x.*")) == []


def test_unknown_ai_system_is_exit_1(vault: Path, tmp_path: Path, run: Run) -> None:
    code, _out, err = run(
        "export",
        vault,
        "--format",
        "nl-register",
        "--ai-system",
        "AI-404",
        "-o",
        tmp_path / "n.json",
    )
    assert code == 1 and "AI-404" in err and "AI-001" in err
    assert not (tmp_path / "n.json").exists()
