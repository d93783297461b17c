"""File ▸ Verify an audit pack: the verdict in one line, the details below, never a traceback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from govkit.services.exports import export_register
from govkit.services.signing import SigningService
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.verify_pack import VerifyPackDialog
from govkit.ui.workers import TaskRunner


@pytest.fixture
def pack(workspace: Workspace, tmp_path: Path) -> Path:
    workspace.activities.create({"name": "Library loans", "department": "Culture"})
    return export_register(workspace, tmp_path / "pack.zip", format="pack")


def make_dialog(
    qtbot: QtBot, qsettings: QSettings, runner: TaskRunner, **kwargs: object
) -> VerifyPackDialog:
    dialog = VerifyPackDialog(qsettings, runner, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_intact_pack_signed_by_this_vault(
    workspace: Workspace,
    pack: Path,
    qtbot: QtBot,
    qsettings: QSettings,
    thread_runner: TaskRunner,
) -> None:
    own = SigningService(workspace.ctx).fingerprint()
    dialog = make_dialog(qtbot, qsettings, thread_runner, own_fingerprint=own, path=pack)
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report is not None and dialog.report.ok
    assert "signed by the key of the vault open here" in dialog.verdict.accessibleDescription()
    assert own is not None and own in dialog.details.toPlainText()
    assert "Organisation: City of Testville" in dialog.details.toPlainText()
    assert dialog.verify_button.isEnabled()
    assert qsettings.value("verify_pack/folder") == str(pack.parent)


def test_an_altered_pack_names_the_file(
    pack: Path, tmp_path: Path, qtbot: QtBot, qsettings: QSettings, sync_runner: TaskRunner
) -> None:
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(altered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".json") and "manifest" not in info.filename:
                data = data.replace(b"Library loans", b"Library LOANS")
            dst.writestr(info, data)
    dialog = make_dialog(qtbot, qsettings, sync_runner, path=altered)
    dialog.verify()
    assert dialog.report is not None and not dialog.report.ok
    text = dialog.verdict.accessibleDescription()
    assert "not intact" in text and ".json" in text
    assert "PROBLEM" in dialog.details.toPlainText()


def test_expected_fingerprint_is_checked(
    pack: Path, qtbot: QtBot, qsettings: QSettings, sync_runner: TaskRunner
) -> None:
    dialog = make_dialog(qtbot, qsettings, sync_runner, path=pack)
    dialog.expected_edit.setText("not a fingerprint")
    dialog.verify()
    assert dialog.report is None
    assert "not a key fingerprint" in dialog.verdict.accessibleDescription()
    dialog.expected_edit.setText(" ".join(["abcd"] * 16))
    dialog.verify()
    assert dialog.report is not None and not dialog.report.ok
    assert "not intact" in dialog.verdict.accessibleDescription()


def test_a_file_that_is_not_a_pack(
    tmp_path: Path, qtbot: QtBot, qsettings: QSettings, sync_runner: TaskRunner
) -> None:
    bogus = tmp_path / "notes.zip"
    bogus.write_text("hello")
    dialog = make_dialog(qtbot, qsettings, sync_runner, path=bogus)
    dialog.verify()
    assert dialog.report is not None and not dialog.report.ok
    assert "not intact" in dialog.verdict.accessibleDescription()
    dialog.path_edit.setText("")
    assert not dialog.verify_button.isEnabled()
    dialog.resize(460, 300)
    dialog.grab().save(str(tmp_path / "verify.png"))
