"""The unlock window, driven like a user: create, unlock, every storage error, recovery, demo."""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govkit.services.demo_vault import DEMO_PASSPHRASE, demo_vault_path
from govkit.services.workspace import Workspace
from govkit.storage import vault_format
from govkit.storage.vault import MIN_KDF, Vault
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from govkit.ui.unlock_window import ErrorKind, UnlockWindow, load_recent
from govkit.ui.workers import TaskRunner

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "violet kettle orbit lantern meadow"

pytestmark = pytest.mark.usefixtures("forbid_blocking_dialogs")


@pytest.fixture
def opened() -> Iterator[list[Workspace]]:
    """Workspaces the window handed out; closed after the test."""
    found: list[Workspace] = []
    yield found
    for ws in found:
        ws.close()


@pytest.fixture
def window(
    qtbot: QtBot, qsettings: QSettings, thread_runner: TaskRunner, opened: list[Workspace]
) -> UnlockWindow:
    w = UnlockWindow(runner=thread_runner, settings=qsettings, kdf=MIN_KDF)
    qtbot.addWidget(w)
    w.unlocked.connect(opened.append)
    with qtbot.waitExposed(w):
        w.show()
    return w


def unlock_with(window: UnlockWindow, qtbot: QtBot, vault: Path, secret: str) -> None:
    window.preselect(vault)
    window.secret.clear()
    qtbot.keyClicks(window.secret, secret)
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)


def wait_idle(window: UnlockWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.is_busy, timeout=10_000)


def unnamed(root: QWidget | None) -> list[str]:
    assert root is not None
    names = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLineEdit, QComboBox)) and widget.isVisibleTo(root):
            iface = QAccessible.queryAccessibleInterface(widget)
            if not iface.text(QAccessible.Text.Name).strip():
                names.append(type(widget).__name__)
    return names


# -- first run and creating -------------------------------------------------------------------


def test_first_run_offers_create_and_open(window: UnlockWindow) -> None:
    assert window.welcome.isVisible()
    assert not window.open_form.isVisible()
    assert window.first_create_button.isDefault()
    assert unnamed(window) == []
    hint = window.minimumSizeHint()
    assert hint.width() <= 480 and hint.height() <= 420, hint


def test_create_vault_end_to_end(
    window: UnlockWindow,
    qtbot: QtBot,
    tmp_path: Path,
    opened: list[Workspace],
    qsettings: QSettings,
) -> None:
    qtbot.mouseClick(window.first_create_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == window.PAGE_CREATE
    assert unnamed(window.pages.currentWidget()) == []
    target = tmp_path / "bonn register"
    window.new_path.setText(str(target))
    qtbot.keyClicks(window.person_name, "Ada Lovelace")
    qtbot.keyClicks(window.organisation, "City of Bonn")
    qtbot.keyClicks(window.new_passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(window.new_passphrase.repeat, PASSPHRASE)
    assert window.new_passphrase.strength_label.text() == "Strong"
    shown: list[RecoveryKeyDialog] = []
    window.recoveryKeyShown.connect(shown.append)
    qtbot.keyClick(window.new_passphrase.repeat, Qt.Key.Key_Return)
    assert window.is_busy and window.create_busy.isVisible()
    assert not window.confirm_create_button.isEnabled()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    vault = target.with_name("bonn register.govkit")
    assert vault.is_file()
    dialog = shown[0]
    assert dialog.isVisible() and dialog.isModal()
    assert opened == [], "the register opens only once the key is stored"
    assert Vault.is_recovery_key(dialog.key)
    qtbot.mouseClick(dialog.stored, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    ws = opened[0]
    assert ws.path == vault
    assert ws.people.current.name == "Ada Lovelace"
    assert ws.organisation.get().name == "City of Bonn"
    assert load_recent(qsettings) == [vault.absolute()]
    # The recovery key opens it too.
    ws.close()
    Workspace.open(vault, dialog.key).close()


def test_create_refuses_incomplete_input(
    window: UnlockWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.show_create_page()
    window.new_path.setText(str(tmp_path / "x.govkit"))
    qtbot.mouseClick(window.confirm_create_button, Qt.MouseButton.LeftButton)
    assert window.create_error.isVisible()
    assert "name" in window.create_error.text.text()
    assert window.focusWidget() is window.person_name
    qtbot.keyClicks(window.person_name, "Ada")
    qtbot.keyClicks(window.new_passphrase.passphrase, "qwertyuiop")
    qtbot.keyClicks(window.new_passphrase.repeat, "qwertyuiop")
    qtbot.mouseClick(window.confirm_create_button, Qt.MouseButton.LeftButton)
    assert "too easy" in window.create_error.text.text()
    (tmp_path / "taken.govkit").write_bytes(b"")
    window.new_path.setText(str(tmp_path / "taken.govkit"))
    qtbot.mouseClick(window.confirm_create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in window.create_error.text.text()
    window.new_path.setText(str(tmp_path / "missing folder" / "x.govkit"))
    qtbot.mouseClick(window.confirm_create_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in window.create_error.text.text()
    assert not (tmp_path / "x.govkit").exists()


# -- unlocking --------------------------------------------------------------------------------


def test_unlock_with_the_right_passphrase(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path], opened: list[Workspace]
) -> None:
    vault = make_vault()
    window.preselect(vault)
    assert window.open_form.isVisible() and not window.welcome.isVisible()
    assert window.secret.echoMode() == QLineEdit.EchoMode.Password
    ticks: list[int] = []
    qtbot.keyClicks(window.secret, PASSPHRASE)
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)
    # The key derivation runs in a worker: the window is busy but its event loop keeps going.
    assert window.is_busy and window.busy.isVisible()
    assert not window.unlock_button.isEnabled()
    QTimer.singleShot(0, lambda: ticks.append(len(opened)))
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert ticks == [0], "the GUI thread ran while the vault was being unlocked"
    assert opened[0].people.current.name == "Ada Lovelace"
    assert window.secret.text() == "", "the passphrase does not stay in the field"
    assert not window.busy.isVisible()


def test_recent_vault_is_preselected_next_time(
    window: UnlockWindow,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    qsettings: QSettings,
    opened: list[Workspace],
    sync_runner: TaskRunner,
) -> None:
    vault = make_vault()
    unlock_with(window, qtbot, vault, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    later = UnlockWindow(runner=sync_runner, settings=qsettings, kdf=MIN_KDF)
    qtbot.addWidget(later)
    assert later.current_path() == vault.absolute()
    assert not later.welcome.isVisibleTo(later)


def test_browse_for_a_vault(
    window: UnlockWindow,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = make_vault()
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(vault), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    qtbot.mouseClick(window.first_open_button, Qt.MouseButton.LeftButton)
    assert "*.govkit" in asked[0]
    assert window.current_path() == vault.absolute()
    assert window.open_form.isVisible()
    assert window.focusWidget() is window.secret


def test_choose_where_to_create(
    window: UnlockWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "minutes"), "")
    )
    window.show_create_page()
    assert window.new_path.text().endswith(".govkit")  # a suggestion is there from the start
    qtbot.mouseClick(window.choose_button, Qt.MouseButton.LeftButton)
    assert window.new_path.text() == str(tmp_path / "minutes.govkit")


def test_wrong_passphrase(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    unlock_with(window, qtbot, make_vault(), "not the passphrase")
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.WRONG_PASSPHRASE
    assert window.message.isVisible()
    assert window.message.title.text() == "Wrong passphrase or recovery key"
    assert "not correct" in window.message.text.text()
    assert window.secret.selectedText() == "not the passphrase"
    assert not window.message.action.isVisible()
    # Typing again clears the message.
    qtbot.keyClicks(window.secret, "x")
    assert not window.message.isVisible()


def test_empty_passphrase_is_not_tried(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    window.preselect(make_vault())
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_busy
    assert window.error_kind is ErrorKind.INVALID
    assert window.message.title.text() == "Passphrase missing"


def test_not_a_vault(window: UnlockWindow, qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "minutes.govkit"
    other.write_text("Minutes of the council meeting\n" * 20, encoding="utf-8")
    unlock_with(window, qtbot, other, PASSPHRASE)
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.NOT_A_VAULT
    assert window.message.title.text() == "This file is not a govkit vault"
    assert "minutes.govkit" in window.message.text.text()


def _corrupt_payload(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40
    path.write_bytes(bytes(data))


def test_damaged_vault_offers_the_newest_backup_and_restores_it(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path], opened: list[Workspace]
) -> None:
    vault = make_vault(setup=lambda ws: ws.organisation.update({"name": "City of Backupton"}))
    assert Vault.find_backups(vault)
    _corrupt_payload(vault)
    unlock_with(window, qtbot, vault, PASSPHRASE)
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.DAMAGED
    assert window.message.title.text() == "The vault is damaged"
    assert "damaged" in window.message.text.text()
    assert window.message.action.isVisible()
    assert window.message.action.text().replace("&", "") == "Open the newest backup"
    qtbot.mouseClick(window.message.action, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    ws = opened[0]
    assert ws.path == vault
    # The newest backup is the save before the damaged one: before the rename.
    assert ws.organisation.get().name == "City of Testville"
    kept = list(vault.parent.glob("register.damaged-*.govkit"))
    assert len(kept) == 1, "the damaged file is kept beside the restored one"
    ws.close()
    Workspace.open(vault, PASSPHRASE).close()


def test_damaged_vault_without_backup(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    vault = make_vault()
    for backup in Vault.find_backups(vault):
        backup.unlink()
    _corrupt_payload(vault)
    unlock_with(window, qtbot, vault, PASSPHRASE)
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.DAMAGED
    assert not window.message.action.isVisible()
    assert "No backup" in window.message.text.text()


def test_vault_open_elsewhere(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    vault = make_vault()
    holder = Workspace.open(vault, PASSPHRASE)
    try:
        unlock_with(window, qtbot, vault, PASSPHRASE)
        wait_idle(window, qtbot)
    finally:
        holder.close()
    assert window.error_kind is ErrorKind.LOCKED
    assert window.message.title.text() == "The vault is already open"
    assert "already open" in window.message.text.text()


def _make_newer(path: Path) -> None:
    data = bytearray(path.read_bytes())
    fixed = struct.Struct(">8sHHI")
    magic, _major, minor, length = fixed.unpack_from(data)
    fixed.pack_into(data, 0, magic, vault_format.FORMAT_MAJOR + 1, minor, length)
    end = fixed.size + length
    data[end : end + 32] = hashlib.sha256(bytes(data[:end])).digest()
    path.write_bytes(bytes(data))


def test_vault_from_a_newer_version(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    vault = make_vault()
    _make_newer(vault)
    unlock_with(window, qtbot, vault, PASSPHRASE)
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.NEWER_VERSION
    assert window.message.title.text() == "Made with a newer govkit"
    assert "newer version" in window.message.text.text()


def test_missing_vault_can_be_removed_from_the_list(
    window: UnlockWindow,
    qtbot: QtBot,
    tmp_path: Path,
    qsettings: QSettings,
    make_vault: Callable[..., Path],
    opened: list[Workspace],
) -> None:
    kept = make_vault()
    unlock_with(window, qtbot, kept, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    gone = tmp_path / "moved.govkit"
    unlock_with(window, qtbot, gone, PASSPHRASE)
    wait_idle(window, qtbot)
    assert window.error_kind is ErrorKind.NOT_FOUND
    qtbot.mouseClick(window.message.action, Qt.MouseButton.LeftButton)
    assert window.vault_combo.findData(str(gone.absolute())) == -1
    assert load_recent(qsettings) == [kept.absolute()]


# -- the recovery key -------------------------------------------------------------------------


def test_recovery_key_unlock_asks_whose_passphrase_to_reset(
    window: UnlockWindow, qtbot: QtBot, tmp_path: Path, opened: list[Workspace]
) -> None:
    vault = tmp_path / "register.govkit"
    ws, key = Workspace.create(
        vault, person_name="Ada Lovelace", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    ws.people.add("Grace Hopper", "grace's own long passphrase")
    ws.close()
    unlock_with(window, qtbot, vault, key.lower())  # case and dashes do not matter
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.PAGE_RESET, timeout=10_000)
    assert opened == []
    assert unnamed(window.pages.currentWidget()) == []
    assert [window.reset_person.itemText(i) for i in range(window.reset_person.count())] == [
        "Ada Lovelace",
        "Grace Hopper",
    ]
    window.reset_person.setCurrentIndex(1)
    qtbot.keyClicks(window.reset_passphrase.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(window.reset_passphrase.repeat, NEW_PASSPHRASE)
    qtbot.keyClick(window.reset_passphrase.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].people.current.kind == "recovery"
    opened[0].close()
    grace = Workspace.open(vault, NEW_PASSPHRASE)
    try:
        assert grace.people.current.name == "Grace Hopper"
    finally:
        grace.close()


def test_recovery_key_unlock_can_skip_the_reset(
    window: UnlockWindow, qtbot: QtBot, tmp_path: Path, opened: list[Workspace]
) -> None:
    vault = tmp_path / "register.govkit"
    ws, key = Workspace.create(
        vault, person_name="Ada Lovelace", passphrase=PASSPHRASE, kdf=MIN_KDF
    )
    ws.close()
    unlock_with(window, qtbot, vault, key)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.PAGE_RESET, timeout=10_000)
    qtbot.mouseClick(window.skip_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert window.pages.currentIndex() == window.PAGE_OPEN


# -- demo, closing, keyboard -------------------------------------------------------------------


def test_demo_vault_is_created_and_prefilled(
    window: UnlockWindow, qtbot: QtBot, tmp_path: Path, opened: list[Workspace]
) -> None:
    path = demo_vault_path(tmp_path / "data")
    window.prepare_demo(path, DEMO_PASSPHRASE, kdf=MIN_KDF)
    assert window.is_busy
    wait_idle(window, qtbot)
    assert path.is_file()
    assert window.secret.text() == DEMO_PASSPHRASE
    assert DEMO_PASSPHRASE in window.message.text.text()
    qtbot.keyClick(window.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].activities.count() == 40


def test_closing_while_unlocking_releases_the_vault(
    window: UnlockWindow,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    thread_runner: TaskRunner,
    opened: list[Workspace],
) -> None:
    vault = make_vault()
    unlock_with(window, qtbot, vault, PASSPHRASE)
    with qtbot.waitSignal(window.closed):
        window.close()
    thread_runner.wait()
    assert opened == []
    Workspace.open(vault, PASSPHRASE).close()  # not left locked by the abandoned unlock


def test_keyboard_order_and_mnemonics(
    window: UnlockWindow, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    window.preselect(make_vault())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.secret
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        window.show_secret,
        window.unlock_button,
        window.create_button,
        window.vault_combo,
    ]
    for label in window.open_form.findChildren(QLabel):
        assert label.buddy() is not None and "&" in label.text()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.secret
