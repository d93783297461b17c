"""The shell's dialogs: recovery key, people, settings, about; driven through their widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontInfo, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govkit import __version__
from govkit.services.workspace import Workspace
from govkit.storage.errors import ValidationError
from govkit.storage.recovery_key import is_recovery_key
from govkit.ui.dialogs.about import AboutDialog
from govkit.ui.dialogs.people import PassphraseFields, PeopleDialog
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog, key_lines
from govkit.ui.dialogs.settings import SettingsDialog

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "violet kettle orbit lantern meadow"
KEY = "GKRK-" + "-".join(["ABCD"] * 13)

pytestmark = pytest.mark.usefixtures("forbid_blocking_dialogs")


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible interactive controls that a screen reader could not name."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QListWidget)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root):
            continue
        if widget.parent() is not None and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            label = getattr(widget, "text", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName() or label}")
    return missing


def message_box(parent: QWidget) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def click_button(box: QMessageBox, text: str, qtbot: QtBot) -> None:
    [button] = [b for b in box.buttons() if text in b.text().replace("&", "")]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- recovery key -----------------------------------------------------------------------------


@pytest.fixture
def recovery_dialog(qtbot: QtBot, tmp_path: Path) -> RecoveryKeyDialog:
    dialog = RecoveryKeyDialog(KEY, tmp_path / "register.govkit")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    return dialog


def test_recovery_key_close_needs_the_checkbox(
    recovery_dialog: RecoveryKeyDialog, qtbot: QtBot
) -> None:
    d = recovery_dialog
    assert not d.close_button.isEnabled()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible(), "Escape must not dismiss an unconfirmed key"
    d.close()
    assert d.isVisible(), "the window's close button neither"
    assert "Tick" in d.status.text()
    qtbot.mouseClick(d.stored, Qt.MouseButton.LeftButton)
    assert d.close_button.isEnabled()
    with qtbot.waitSignal(d.accepted):
        qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()


def test_recovery_key_shows_key_in_monospace_and_copies(
    recovery_dialog: RecoveryKeyDialog, qtbot: QtBot
) -> None:
    d = recovery_dialog
    assert d.key_label.text().replace("\n", "-") == KEY
    assert QFontInfo(d.key_label.font()).fixedPitch()
    with qtbot.waitSignal(d.copied):
        qtbot.mouseClick(d.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KEY
    assert unnamed_controls(d) == []


def test_recovery_key_save_to_file(
    recovery_dialog: RecoveryKeyDialog,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(recovery_dialog.save_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    for line in key_lines(KEY):
        assert line in text
    assert "register.govkit" in text
    assert "Saved" in recovery_dialog.status.text()


def test_recovery_key_save_failure_is_reported(
    recovery_dialog: RecoveryKeyDialog, tmp_path: Path
) -> None:
    assert not recovery_dialog.save_to(tmp_path / "no such folder" / "key.txt")
    assert "Could not save" in recovery_dialog.status.text()


def test_recovery_key_prints(recovery_dialog: RecoveryKeyDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "key.pdf"
    printer.setOutputFileName(str(pdf))
    recovery_dialog.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_key_lines_groups_the_key() -> None:
    lines = key_lines(KEY)
    assert len(lines) == 3
    assert "-".join(lines) == KEY


# -- passphrase fields ------------------------------------------------------------------------


def test_passphrase_fields_meter_and_problems(qtbot: QtBot) -> None:
    host = QDialog()
    qtbot.addWidget(host)
    fields = PassphraseFields(host, avoid=["Ada Lovelace"])
    fields.add_to(QFormLayout(host))
    host.show()
    assert fields.problem() is not None
    qtbot.keyClicks(fields.passphrase, "password")
    assert fields.meter.value() == 1  # score 0
    assert "characters" in (fields.problem() or "")
    fields.passphrase.clear()
    qtbot.keyClicks(fields.passphrase, "qwertyuiop")
    assert "too easy" in (fields.problem() or "")
    fields.passphrase.clear()
    qtbot.keyClicks(fields.passphrase, NEW_PASSPHRASE)
    assert fields.meter.value() == 5  # score 4
    assert fields.strength_label.text() == "Very strong"
    assert "not the same" in (fields.problem() or "")
    qtbot.keyClicks(fields.repeat, NEW_PASSPHRASE[:-1])
    assert "not the same" in fields.match.text()
    qtbot.keyClicks(fields.repeat, NEW_PASSPHRASE[-1])
    assert "match" in fields.match.text()
    assert fields.problem() is None
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(fields.show_text, Qt.MouseButton.LeftButton)
    assert fields.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.repeat.echoMode() == QLineEdit.EchoMode.Normal


# -- people -----------------------------------------------------------------------------------


@pytest.fixture
def people_dialog(workspace: Workspace, qtbot: QtBot) -> PeopleDialog:
    dialog = PeopleDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _names(dialog: PeopleDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def _fill_passphrase_dialog(
    dialog: QDialog,
    qtbot: QtBot,
    passphrase: str,
    *,
    name: str | None = None,
    repeat: str | None = None,
) -> None:
    if name is not None:
        qtbot.keyClicks(dialog.name, name)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.fields.passphrase, passphrase)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.fields.repeat, passphrase if repeat is None else repeat)  # type: ignore[attr-defined]


def test_people_dialog_lists_me(people_dialog: PeopleDialog) -> None:
    assert _names(people_dialog) == ["Ada Lovelace (you)"]
    assert not people_dialog.remove_button.isEnabled()
    assert people_dialog.passphrase_button.isEnabled()
    assert unnamed_controls(people_dialog) == []


def test_add_person(people_dialog: PeopleDialog, workspace: Workspace, qtbot: QtBot) -> None:
    qtbot.mouseClick(people_dialog.add_button, Qt.MouseButton.LeftButton)
    sub = people_dialog.subdialog
    assert sub is not None and sub.isVisible()
    assert unnamed_controls(sub) == []
    # A mismatch is refused with a message, the dialog stays open.
    _fill_passphrase_dialog(
        sub, qtbot, NEW_PASSPHRASE, name="Grace Hopper", repeat="something else"
    )
    qtbot.mouseClick(sub.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert sub.isVisible()
    assert "not the same" in sub.error.text()  # type: ignore[attr-defined]
    sub.fields.repeat.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(sub.fields.repeat, NEW_PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.keyClick(sub.fields.repeat, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not sub.isVisible())
    assert "Grace Hopper" in _names(people_dialog)
    assert "Grace Hopper" in people_dialog.status.text()
    path = workspace.path
    workspace.close()
    reopened = Workspace.open(path, NEW_PASSPHRASE)
    try:
        assert reopened.people.current.name == "Grace Hopper"
    finally:
        reopened.close()


def test_add_person_with_a_taken_name_shows_the_service_message(
    people_dialog: PeopleDialog, qtbot: QtBot
) -> None:
    qtbot.mouseClick(people_dialog.add_button, Qt.MouseButton.LeftButton)
    sub = people_dialog.subdialog
    assert sub is not None
    _fill_passphrase_dialog(sub, qtbot, NEW_PASSPHRASE, name="ada lovelace")
    qtbot.mouseClick(sub.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert sub.isVisible()
    assert "can already open" in sub.error.text()  # type: ignore[attr-defined]


def test_remove_person_explains_the_new_key(
    people_dialog: PeopleDialog, workspace: Workspace, qtbot: QtBot
) -> None:
    workspace.people.add("Grace Hopper", NEW_PASSPHRASE)
    people_dialog.refresh()
    people_dialog.list.setCurrentRow(_names(people_dialog).index("Grace Hopper"))
    assert people_dialog.remove_button.isEnabled()
    qtbot.mouseClick(people_dialog.remove_button, Qt.MouseButton.LeftButton)
    box = message_box(people_dialog)
    assert "new key" in box.text()
    assert box.defaultButton().text() == box.button(QMessageBox.StandardButton.Cancel).text()
    # Cancel keeps her.
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "Grace Hopper" in _names(people_dialog)
    qtbot.mouseClick(people_dialog.remove_button, Qt.MouseButton.LeftButton)
    click_button(message_box(people_dialog), "Remove Grace Hopper", qtbot)
    qtbot.waitUntil(lambda: "Grace Hopper" not in _names(people_dialog))
    assert [p.name for p in workspace.people.list()] == ["Ada Lovelace"]
    path = workspace.path
    workspace.close()
    with pytest.raises(Exception, match="not correct"):
        Workspace.open(path, NEW_PASSPHRASE)


def test_change_my_passphrase(
    people_dialog: PeopleDialog, workspace: Workspace, qtbot: QtBot
) -> None:
    qtbot.mouseClick(people_dialog.passphrase_button, Qt.MouseButton.LeftButton)
    sub = people_dialog.subdialog
    assert sub is not None
    _fill_passphrase_dialog(sub, qtbot, NEW_PASSPHRASE)
    qtbot.mouseClick(sub.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not sub.isVisible())
    assert "changed" in people_dialog.status.text()
    path = workspace.path
    workspace.close()
    Workspace.open(path, NEW_PASSPHRASE).close()
    with pytest.raises(Exception, match="not correct"):
        Workspace.open(path, PASSPHRASE)


def test_new_recovery_key_is_shown_and_opens_the_vault(
    people_dialog: PeopleDialog, workspace: Workspace, qtbot: QtBot
) -> None:
    shown: list[RecoveryKeyDialog] = []
    people_dialog.recoveryKeyShown.connect(shown.append)
    qtbot.mouseClick(people_dialog.recovery_button, Qt.MouseButton.LeftButton)
    click_button(message_box(people_dialog), "Create new recovery key", qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    key = shown[0].key
    assert is_recovery_key(key)
    assert shown[0].isVisible()
    people_dialog.close_children()
    assert not shown[0].isVisible()
    path = workspace.path
    workspace.close()
    reopened = Workspace.open(path, key)
    try:
        assert reopened.people.current.kind == "recovery"
    finally:
        reopened.close()


# -- settings ---------------------------------------------------------------------------------


@pytest.fixture
def settings_dialog(workspace: Workspace, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.open()
    return dialog


def _type(spin: QAbstractSpinBox, text: str, qtbot: QtBot) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    qtbot.keyClicks(spin, text)


def test_settings_dialog_saves_values(
    settings_dialog: SettingsDialog, workspace: Workspace, qtbot: QtBot
) -> None:
    d = settings_dialog
    assert d.values() == {"idle_lock_minutes": 10, "backups_kept": 3, "autosave_seconds": 2}
    assert unnamed_controls(d) == []
    _type(d.idle_lock, "5", qtbot)
    _type(d.backups, "7", qtbot)
    _type(d.autosave, "30", qtbot)
    with qtbot.waitSignal(d.accepted):
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    s = workspace.settings.get()
    assert (s.idle_lock_minutes, s.backups_kept, s.autosave_seconds) == (5, 7, 30)


def test_settings_dialog_keeps_values_in_range(
    settings_dialog: SettingsDialog, workspace: Workspace, qtbot: QtBot
) -> None:
    d = settings_dialog
    _type(d.backups, "500", qtbot)  # at most 20: "50" and "500" are refused as typed
    assert d.backups.text() == "5"
    _type(d.autosave, "", qtbot)  # emptied: goes back to the last valid value
    qtbot.keyClick(d.autosave, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not d.isVisible())
    s = workspace.settings.get()
    assert (s.backups_kept, s.autosave_seconds) == (5, 2)


def test_settings_dialog_shows_service_problems(
    settings_dialog: SettingsDialog,
    workspace: Workspace,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(**_values: int) -> None:
        raise ValidationError({"backups_kept": "Must be a whole number from 1 to 20."})

    monkeypatch.setattr(workspace.settings, "update", refuse)
    qtbot.mouseClick(
        settings_dialog.buttons.button(settings_dialog.buttons.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert settings_dialog.isVisible()
    assert settings_dialog.problems["backups_kept"].text() == "Must be a whole number from 1 to 20."
    assert settings_dialog.problems["backups_kept"].isVisible()


def test_settings_dialog_warns_when_auto_lock_is_off(
    settings_dialog: SettingsDialog, qtbot: QtBot
) -> None:
    assert not settings_dialog.idle_warning.isVisible()
    _type(settings_dialog.idle_lock, "0", qtbot)
    settings_dialog.idle_lock.interpretText()
    assert settings_dialog.idle_lock.text() == "Never"
    assert settings_dialog.idle_warning.isVisible()


# -- about ------------------------------------------------------------------------------------


def test_about_dialog(workspace: Workspace, qtbot: QtBot) -> None:
    dialog = AboutDialog(vault_id=workspace.vault.vault_id, vault_path=workspace.path)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.text()
    for expected in (
        __version__,
        "EUPL-1.2",
        workspace.vault.vault_id,
        str(workspace.path),
        "govkit never uses the network; everything stays on this computer.",
    ):
        assert expected in text
    assert unnamed_controls(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    focused = dialog.focusWidget()
    assert isinstance(focused, QAbstractButton) and focused.text().replace("&", "") == "Close"
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(focused, Qt.Key.Key_Space)
