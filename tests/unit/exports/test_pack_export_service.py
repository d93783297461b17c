"""services/exports.py: snapshot on the caller's thread, atomic writing, no partial files."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from govkit.exports.progress import Cancelled, Progress
from govkit.services import demo
from govkit.services.exports import (
    FORMATS,
    SUFFIXES,
    ExportError,
    ExportUnavailableError,
    export_register,
    prepare_export,
)
from govkit.services.workspace import Workspace


@pytest.fixture
def register(workspace: Workspace) -> Workspace:
    demo.populate_demo(workspace, activities=12)
    return workspace


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)


def _needs(fmt: str) -> None:
    if fmt in ("xlsx", "pack", "atrs"):
        pytest.importorskip("govkit.exports.xlsx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_is_written(register: Workspace, tmp_path: Path, fmt: str) -> None:
    _needs(fmt)
    out = tmp_path / "out" / f"register{SUFFIXES[fmt]}"
    out.parent.mkdir()
    assert export_register(register, out, format=fmt) == out
    assert out.stat().st_size > 1000
    assert _leftovers(out.parent) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cancelled_export_leaves_no_file(register: Workspace, tmp_path: Path, fmt: str) -> None:
    _needs(fmt)
    folder = tmp_path / "out"
    folder.mkdir()
    progress = Progress()
    progress.report = lambda _done, _total, _message: progress.cancel()
    with pytest.raises(Cancelled):
        export_register(
            register, folder / f"register{SUFFIXES[fmt]}", format=fmt, progress=progress
        )
    assert list(folder.iterdir()) == []  # no export, no temp file, no staging folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_cancelling_late_keeps_the_previous_file(
    register: Workspace, tmp_path: Path, fmt: str
) -> None:
    _needs(fmt)
    out = tmp_path / f"register{SUFFIXES[fmt]}"
    out.write_bytes(b"the export of last week")
    calls = 0
    progress = Progress()

    def report(_done: int, _total: int, _message: str) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:  # after the start: while writing, or at the very end
            progress.cancel()

    progress.report = report
    with pytest.raises(Cancelled):
        export_register(register, out, format=fmt, progress=progress)
    assert out.read_bytes() == b"the export of last week"
    assert _leftovers(tmp_path) == []


def test_the_writing_step_runs_in_another_thread(register: Workspace, tmp_path: Path) -> None:
    job = prepare_export(register, tmp_path / "r.pdf", format="pdf")
    register.activities.create({"name": "Added after the snapshot", "department": "IT"})
    errors: list[BaseException] = []

    def work() -> None:
        try:
            job.run()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert not errors and job.done and job.pages and job.pages > 10
    assert len(job.snapshot.controller_activities) == 12  # the snapshot, not the live register


def test_write_errors_are_user_facing_and_leave_nothing(
    register: Workspace, tmp_path: Path
) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root may write in a read-only folder")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="could not be written"):
            export_register(register, folder / "r.json", format="json")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_destination_checks(register: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_register(register, tmp_path / "nowhere" / "r.pdf", format="pdf")
    with pytest.raises(ExportError, match="is a folder"):
        export_register(register, tmp_path, format="pdf")
    with pytest.raises(ExportError, match="vault itself"):
        export_register(register, register.path, format="json")
    other = tmp_path / "other.govkit"
    other.write_bytes(register.path.read_bytes())
    with pytest.raises(ExportError, match="never overwrites a vault"):
        export_register(register, other, format="json")
    assert other.read_bytes() == register.path.read_bytes()


def test_department_scope_and_unknown_department(register: Workspace, tmp_path: Path) -> None:
    department = register.activities.all()[0].department
    job = prepare_export(
        register, tmp_path / "d.json", format="json", department=department.upper()
    )
    assert job.snapshot.scope == f"department: {department}"
    assert {r.department for r in job.snapshot.controller_activities} == {department}
    with pytest.raises(ExportError, match="No record belongs"):
        prepare_export(register, tmp_path / "d.json", format="json", department="Nowhere")


def test_selection_scope(register: Workspace, tmp_path: Path) -> None:
    chosen = [r.id for r in register.activities.all()[:3]]
    job = prepare_export(register, tmp_path / "s.json", format="json", ids=chosen)
    assert [r.id for r in job.snapshot.controller_activities] == chosen
    assert job.snapshot.processor_activities == []


def test_wrong_arguments_are_programming_errors(register: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        prepare_export(register, tmp_path / "x", format="docx")
    with pytest.raises(ValueError):
        prepare_export(register, tmp_path / "x.pdf", format="pdf", layout="ico")


def test_excel_export_missing_is_a_clear_error(
    register: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "govkit.exports.xlsx", None)  # import fails
    for fmt in ("xlsx", "pack"):
        with pytest.raises(ExportUnavailableError, match="Excel export is not available"):
            prepare_export(register, tmp_path / f"r.{fmt}", format=fmt)
    assert list(tmp_path.glob("r.*")) == []
