"""The controller: unlock → main window, autosave, failed saves, idle lock, lock, quit.

Most tests use a small stand-in for the main window with the same signals and methods as the
real ``MainWindow`` (the contract the controller relies on); one test runs the real one. Also
here: the worker runner and the application set-up (palette, translators, logging).
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govkit import i18n
from govkit.services.workspace import Workspace
from govkit.storage.errors import DiskFullError, ReadOnlyError, ValidationError
from govkit.storage.vault import MIN_KDF, SaveJob, peek
from govkit.ui import application
from govkit.ui.controller import AppController
from govkit.ui.dialogs.about import AboutDialog
from govkit.ui.dialogs.people import PeopleDialog
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from govkit.ui.dialogs.settings import SettingsDialog
from govkit.ui.save_state import SaveState
from govkit.ui.unlock_window import load_recent
from govkit.ui.workers import TaskCancelled, TaskControl, TaskRunner, run_with_progress

PASSPHRASE = "correct horse battery staple"
MINUTE_MS = 150  # one "minute" of idle time in these tests


class FakeMainWindow(QMainWindow):
    """The main window's contract: its eight signals and three methods, nothing else."""

    lockRequested = Signal()
    saveRequested = Signal()
    saveAsRequested = Signal()
    closeVaultRequested = Signal()
    quitRequested = Signal()
    peopleRequested = Signal()
    changePassphraseRequested = Signal()
    settingsRequested = Signal()
    aboutRequested = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.editor = QLineEdit(self)  # what the user is typing: the organisation's contact
        self.editor.setAccessibleName("Contact")
        self.setCentralWidget(self.editor)
        self.states: list[tuple[SaveState, str]] = []
        self.transient_closed = 0
        self.refuse_commit = False
        self.resize(900, 600)

    def set_save_state(self, state: SaveState, detail: str = "") -> None:
        self.states.append((state, detail))

    def commit_pending_edits(self) -> bool:
        if self.refuse_commit:
            return False
        if self.editor.text():
            self.workspace.organisation.update({"contact": self.editor.text()})
            self.editor.clear()
        return True

    def close_transient_ui(self) -> None:
        self.transient_closed += 1


@pytest.fixture
def windows() -> list[FakeMainWindow]:
    return []


@pytest.fixture
def controller(
    qtbot: QtBot, qsettings: QSettings, thread_runner: TaskRunner, windows: list[FakeMainWindow]
) -> Iterator[AppController]:
    def factory(ws: Workspace) -> FakeMainWindow:
        window = FakeMainWindow(ws)
        windows.append(window)
        return window

    c = AppController(
        runner=thread_runner,
        settings=qsettings,
        main_window_factory=factory,
        kdf=MIN_KDF,
        minute_ms=MINUTE_MS,
    )
    qtbot.addWidget(c.unlock_window)
    yield c
    c.dispose()


def settings_setup(**values: int) -> Callable[[Workspace], None]:
    def setup(ws: Workspace) -> None:
        ws.settings.update(**values)

    return setup


def open_vault(c: AppController, qtbot: QtBot, vault: Path, secret: str = PASSPHRASE) -> Workspace:
    c.start(vault)
    qtbot.keyClicks(c.unlock_window.secret, secret)
    with qtbot.waitSignal(c.vaultOpened, timeout=10_000) as blocker:
        qtbot.keyClick(c.unlock_window.secret, Qt.Key.Key_Return)
    ws = blocker.args[0]
    assert isinstance(ws, Workspace)
    return ws


def wait_closed(c: AppController, qtbot: QtBot, why: str, timeout: int = 10_000) -> None:
    with qtbot.waitSignal(c.vaultClosed, timeout=timeout) as blocker:
        pass
    assert blocker.args == [why]


def reopened_value(vault: Path, read: Callable[[Workspace], object]) -> object:
    ws = Workspace.open(vault, PASSPHRASE)
    try:
        return read(ws)
    finally:
        ws.close()


def gone(widget: QWidget) -> bool:
    """Closed: deleted (WA_DeleteOnClose) or at least hidden."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def contact(ws: Workspace) -> str:
    return ws.organisation.get().contact


# -- unlocking and the main window ------------------------------------------------------------


def test_unlock_shows_the_main_window(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    ws = open_vault(controller, qtbot, make_vault())
    [window] = windows
    assert controller.workspace is ws and controller.main_window is window
    assert window.isVisible()
    assert not controller.unlock_window.isVisible()
    assert window.states[-1] == (SaveState.SAVED, "")


def test_create_a_vault_end_to_end(
    controller: AppController,
    qtbot: QtBot,
    tmp_path: Path,
    windows: list[FakeMainWindow],
) -> None:
    """First run: create a vault, store the recovery key, land in the main window."""
    controller.start()
    unlock = controller.unlock_window
    assert unlock.welcome.isVisible()
    qtbot.mouseClick(unlock.first_create_button, Qt.MouseButton.LeftButton)
    unlock.new_path.setText(str(tmp_path / "dhaka"))
    qtbot.keyClicks(unlock.person_name, "Rokeya Hossain")
    qtbot.keyClicks(unlock.organisation, "Dhaka North City Corporation")
    qtbot.keyClicks(unlock.new_passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(unlock.new_passphrase.repeat, PASSPHRASE)
    with qtbot.waitSignal(unlock.recoveryKeyShown, timeout=10_000) as shown:
        qtbot.mouseClick(unlock.confirm_create_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    vault = tmp_path / "dhaka.govkit"
    assert vault.is_file()
    assert windows == []
    qtbot.mouseClick(dialog.stored, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(controller.vaultOpened):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert windows[0].isVisible() and not unlock.isVisible()
    assert controller.workspace is not None
    assert controller.workspace.organisation.get().name == "Dhaka North City Corporation"


def test_a_main_window_that_fails_to_build_is_reported(
    qtbot: QtBot,
    qsettings: QSettings,
    sync_runner: TaskRunner,
    make_vault: Callable[..., Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_ws: Workspace) -> QWidget:
        raise RuntimeError("a bug in the main window")

    c = AppController(
        runner=sync_runner, settings=qsettings, main_window_factory=broken, kdf=MIN_KDF
    )
    qtbot.addWidget(c.unlock_window)
    vault = make_vault()
    c.start(vault)
    qtbot.keyClicks(c.unlock_window.secret, PASSPHRASE)
    with caplog.at_level(logging.ERROR):
        qtbot.keyClick(c.unlock_window.secret, Qt.Key.Key_Return)
    assert c.workspace is None and c.unlock_window.isVisible()
    assert c.unlock_window.message.title.text() == "The register could not be shown"
    assert "a bug in the main window" in caplog.text
    Workspace.open(vault, PASSPHRASE).close()  # the vault was closed again
    c.dispose()


def test_unlock_window_closed_without_a_vault_finishes(
    controller: AppController, qtbot: QtBot
) -> None:
    controller.start()
    with qtbot.waitSignal(controller.finished) as blocker:
        controller.unlock_window.close()
    assert blocker.args == [0]


# -- autosave ---------------------------------------------------------------------------------


def test_autosave_writes_the_file_after_a_change(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault(setup=settings_setup(autosave_seconds=1))
    ws = open_vault(controller, qtbot, vault)
    before = peek(vault).save_counter
    ws.organisation.update({"contact": "dpo@bonn.example"})
    assert controller.save_state is SaveState.PENDING
    assert controller.autosave_timer.isActive()
    qtbot.waitUntil(lambda: controller.save_state is SaveState.SAVED, timeout=5_000)
    states = [s for s, _d in windows[0].states]
    assert states[-3:] == [SaveState.PENDING, SaveState.SAVING, SaveState.SAVED]
    assert peek(vault).save_counter > before
    controller.dispose()
    assert reopened_value(vault, contact) == "dpo@bonn.example"


def test_ctrl_s_saves_at_once(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault()  # autosave after 2 s
    ws = open_vault(controller, qtbot, vault)
    before = peek(vault).save_counter
    ws.organisation.update({"contact": "now"})
    windows[0].activateWindow()
    qtbot.waitUntil(windows[0].isActiveWindow)
    qtbot.keyClick(windows[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert controller.save_state is SaveState.SAVING
    qtbot.waitUntil(lambda: controller.save_state is SaveState.SAVED, timeout=1_500)
    assert peek(vault).save_counter == before + 1


def test_failed_save_keeps_the_changes_and_the_old_file(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = make_vault(setup=settings_setup(autosave_seconds=1))
    ws = open_vault(controller, qtbot, vault)
    old_bytes = vault.read_bytes()

    def disk_full(self: SaveJob) -> None:
        raise DiskFullError(vault)

    monkeypatch.setattr(SaveJob, "run", disk_full)
    ws.organisation.update({"contact": "kept in memory"})
    qtbot.waitUntil(lambda: controller.save_state is SaveState.FAILED, timeout=20_000)
    assert "disk" in controller.save_detail and "Nothing was lost" in controller.save_detail
    assert windows[0].states[-1] == (SaveState.FAILED, controller.save_detail)
    box = controller.prompt
    assert box is not None and box.isVisible()
    assert "full" in box.text()
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    assert vault.read_bytes() == old_bytes
    assert ws.dirty and contact(ws) == "kept in memory"
    # Ctrl+S tries again: still failing, no second message box.
    controller.save_now()
    qtbot.waitUntil(
        lambda: controller.save_state is SaveState.FAILED and not controller.runner.busy,
        timeout=20_000,
    )
    assert controller.prompt is None
    # The disk has space again: the next change saves everything.
    monkeypatch.undo()
    ws.organisation.update({"address": "Rathaus"})
    qtbot.waitUntil(lambda: controller.save_state is SaveState.SAVED, timeout=20_000)
    assert vault.read_bytes() != old_bytes
    controller.dispose()
    assert reopened_value(vault, contact) == "kept in memory"


def test_save_as_rescues_changes_when_the_folder_becomes_read_only(
    qtbot: QtBot,
    qsettings: QSettings,
    thread_runner: TaskRunner,
    make_vault: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pytest.importorskip("govkit.ui.main_window")
    vault = make_vault()
    c = AppController(runner=thread_runner, settings=qsettings, kdf=MIN_KDF)
    qtbot.addWidget(c.unlock_window)
    try:
        ws = open_vault(c, qtbot, vault)
        window = c.main_window
        assert window is not None
        assert "Save &As…" in [a.text() for a in window.findChildren(QAction)]

        def read_only(self: SaveJob) -> None:
            raise ReadOnlyError(vault)

        monkeypatch.setattr(SaveJob, "run", read_only)
        ws.organisation.update({"contact": "rescued by Save As"})
        qtbot.waitUntil(lambda: c.save_state is SaveState.FAILED, timeout=5_000)
        box = c.prompt
        assert box is not None and "Save As" in box.text()
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
        monkeypatch.undo()
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        target = elsewhere / "rescued.govkit"
        assert c.save_as(target)
        assert ws.path == target and not ws.dirty
        assert c.save_state is SaveState.SAVED
        assert "rescued.govkit" in window.windowTitle()
        assert load_recent(qsettings)[0] == target
        assert c.save_as(target) is False  # an existing file is never overwritten
        assert c.prompt is not None and "rescued.govkit" in c.prompt.windowTitle()
    finally:
        c.dispose()
    assert reopened_value(target, contact) == "rescued by Save As"


# -- locking ----------------------------------------------------------------------------------


def test_idle_lock_saves_pending_edits_hides_the_register_and_shows_unlock(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault(setup=settings_setup(idle_lock_minutes=1, autosave_seconds=300))
    ws = open_vault(controller, qtbot, vault)
    window = windows[0]
    ws.organisation.update({"address": "Markt 1"})  # committed, not yet saved
    window.editor.setText("typed, not committed")  # still in the editor
    wait_closed(controller, qtbot, "idle_lock", timeout=5_000)
    assert controller.workspace is None and controller.main_window is None
    assert ws.vault.closed
    assert not window.isVisible()
    assert window.transient_closed == 1
    unlock = controller.unlock_window
    assert unlock.isVisible()
    assert unlock.current_path() == vault.absolute()
    assert "without use" in unlock.message.text.text()
    assert reopened_value(vault, lambda w: (w.organisation.get().address, contact(w))) == (
        "Markt 1",
        "typed, not committed",
    )


def test_input_postpones_the_idle_lock(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    controller.minute_ms = 400  # roomy, so that a slow machine does not lock between keys
    vault = make_vault(setup=settings_setup(idle_lock_minutes=1))
    open_vault(controller, qtbot, vault)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        qtbot.keyClick(windows[0].editor, Qt.Key.Key_A)
        qtbot.wait(40)
    assert controller.workspace is not None, "typing counts as use"
    wait_closed(controller, qtbot, "idle_lock", timeout=5_000)


def test_idle_lock_off(
    controller: AppController, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    vault = make_vault(setup=settings_setup(idle_lock_minutes=1))
    ws = open_vault(controller, qtbot, vault)
    assert controller.idle_timer.isActive()
    ws.settings.update(idle_lock_minutes=0)
    assert not controller.idle_timer.isActive()
    qtbot.wait(3 * MINUTE_MS)
    assert controller.workspace is ws


def test_ctrl_l_locks(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault()
    ws = open_vault(controller, qtbot, vault)
    ws.organisation.update({"contact": "saved on lock"})
    windows[0].activateWindow()
    qtbot.waitUntil(windows[0].isActiveWindow)
    qtbot.keyClick(windows[0], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_closed(controller, qtbot, "lock")
    assert controller.unlock_window.isVisible()
    assert "is locked" in controller.unlock_window.message.text.text()
    assert reopened_value(vault, contact) == "saved on lock"


def test_lock_requested_closes_dialogs_and_clears_the_clipboard(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    open_vault(controller, qtbot, make_vault())
    window = windows[0]
    window.peopleRequested.emit()
    window.settingsRequested.emit()
    people = [w for w in QApplication.topLevelWidgets() if isinstance(w, PeopleDialog)]
    settings = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    assert people and people[0].isVisible() and settings and settings[0].isVisible()
    people[0].add_person()
    sub = people[0].subdialog
    assert sub is not None and sub.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.clipboard().setText("Jane Doe, born 1970-01-01")
    window.lockRequested.emit()
    wait_closed(controller, qtbot, "lock")
    assert gone(sub) and gone(people[0]) and gone(settings[0])
    assert QGuiApplication.clipboard().text() == ""


def test_lock_while_a_window_runs_a_modal_question(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    """A question opened with exec() (a nested event loop) is answered Cancel and the
    window is destroyed only after that loop has returned."""
    vault = make_vault(setup=settings_setup(idle_lock_minutes=1))
    open_vault(controller, qtbot, vault)
    window = windows[0]
    answers: list[int] = []

    def ask() -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete?",
            "Really?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            window,
        )
        answers.append(box.exec())
        answers.append(shiboken6.isValid(window))  # the window still exists here

    QTimer.singleShot(0, ask)
    wait_closed(controller, qtbot, "idle_lock", timeout=5_000)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert answers[0] != QMessageBox.StandardButton.Yes
    assert answers[1] is True


def test_lock_with_an_unfinished_edit_asks(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    open_vault(controller, qtbot, make_vault())
    windows[0].refuse_commit = True
    controller.lock()
    box = controller.prompt
    assert box is not None and "could not be completed" in box.text()
    assert box.defaultButton().text().replace("&", "") == "Keep editing"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert controller.workspace is not None
    controller.lock()
    qtbot.mouseClick(_button(controller.prompt, "Lock anyway"), Qt.MouseButton.LeftButton)
    wait_closed(controller, qtbot, "lock")


def test_relock_and_unlock_again(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault()
    open_vault(controller, qtbot, vault)
    controller.lock()
    wait_closed(controller, qtbot, "lock")
    ws = open_vault(controller, qtbot, vault)
    assert len(windows) == 2 and windows[1].isVisible()
    assert controller.workspace is ws


# -- closing and quitting ---------------------------------------------------------------------


def test_quit_saves_first(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault(setup=settings_setup(autosave_seconds=300))
    open_vault(controller, qtbot, vault)
    windows[0].editor.setText("saved at quit")
    with qtbot.waitSignal(controller.finished) as blocker:
        windows[0].quitRequested.emit()
    assert blocker.args == [0]
    assert reopened_value(vault, contact) == "saved at quit"


def test_window_close_button_quits(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    open_vault(controller, qtbot, make_vault())
    with qtbot.waitSignal(controller.finished):
        windows[0].close()


def test_close_vault_returns_to_the_unlock_window(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    vault = make_vault()
    open_vault(controller, qtbot, vault)
    windows[0].closeVaultRequested.emit()
    wait_closed(controller, qtbot, "close")
    assert controller.unlock_window.isVisible()
    assert "saved and closed" in controller.unlock_window.message.text.text()


@pytest.fixture
def failing_vault(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Path, Workspace, bytes]:
    vault = make_vault(setup=settings_setup(autosave_seconds=300))
    ws = open_vault(controller, qtbot, vault)
    old = vault.read_bytes()
    monkeypatch.setattr(SaveJob, "run", lambda self: (_ for _ in ()).throw(DiskFullError(vault)))
    ws.organisation.update({"contact": "unsaved"})
    return vault, ws, old


def _button(box: QMessageBox | None, text: str) -> QPushButton:
    assert box is not None and box.isVisible()
    [button] = [b for b in box.buttons() if text in b.text().replace("&", "")]
    assert isinstance(button, QPushButton)
    return button


def test_quit_with_a_failed_save_stays_open_by_default(
    controller: AppController, qtbot: QtBot, failing_vault: tuple[Path, Workspace, bytes]
) -> None:
    _vault, ws, _old = failing_vault
    finished: list[int] = []
    controller.finished.connect(finished.append)
    controller.quit()
    box = controller.prompt
    assert box is not None and "full" in box.text()
    assert box.defaultButton() is _button(box, "Stay open")
    assert box.escapeButton() is _button(box, "Stay open")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.wait(20)
    assert finished == [] and controller.workspace is ws
    assert contact(ws) == "unsaved"


def test_quit_with_a_failed_save_retries(
    controller: AppController,
    qtbot: QtBot,
    failing_vault: tuple[Path, Workspace, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _ws, _old = failing_vault
    controller.quit()
    monkeypatch.undo()  # space was freed
    with qtbot.waitSignal(controller.finished):
        qtbot.mouseClick(_button(controller.prompt, "Try again"), Qt.MouseButton.LeftButton)
    assert reopened_value(vault, contact) == "unsaved"


def test_quit_with_a_failed_save_can_discard(
    controller: AppController, qtbot: QtBot, failing_vault: tuple[Path, Workspace, bytes]
) -> None:
    vault, _ws, old = failing_vault
    controller.quit()
    with qtbot.waitSignal(controller.finished):
        qtbot.mouseClick(
            _button(controller.prompt, "Quit without saving"), Qt.MouseButton.LeftButton
        )
    assert vault.read_bytes() == old


def test_dialogs_open_from_the_main_window(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    ws = open_vault(controller, qtbot, make_vault())
    windows[0].aboutRequested.emit()
    about = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]
    assert about and about[0].isVisible()
    assert ws.vault.vault_id in about[0].text()
    windows[0].changePassphraseRequested.emit()
    people = [w for w in QApplication.topLevelWidgets() if isinstance(w, PeopleDialog)]
    assert people and people[0].subdialog is not None and people[0].subdialog.isVisible()


def test_new_recovery_key_dialog_is_closed_by_the_lock(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    open_vault(controller, qtbot, make_vault())
    dialog = controller.show_people()
    assert dialog is not None
    dialog._replace_recovery_key()
    keys = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryKeyDialog)]
    assert keys and keys[0].isVisible()
    controller.lock()
    wait_closed(controller, qtbot, "lock")
    assert gone(keys[0])


# -- the real main window ---------------------------------------------------------------------


def test_with_the_real_main_window(
    qtbot: QtBot, qsettings: QSettings, thread_runner: TaskRunner, make_vault: Callable[..., Path]
) -> None:
    main_window = pytest.importorskip("govkit.ui.main_window")
    vault = make_vault()
    c = AppController(runner=thread_runner, settings=qsettings, kdf=MIN_KDF)
    qtbot.addWidget(c.unlock_window)
    try:
        ws = open_vault(c, qtbot, vault)
        window = c.main_window
        assert isinstance(window, main_window.MainWindow) and window.isVisible()
        window.resize(900, 600)
        ws.organisation.update({"contact": "via the real window"})
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        wait_closed(c, qtbot, "lock")
        assert reopened_value(vault, contact) == "via the real window"
        open_vault(c, qtbot, vault)
        with qtbot.waitSignal(c.finished):
            c.main_window.close()  # type: ignore[union-attr]
    finally:
        c.dispose()


# -- workers ----------------------------------------------------------------------------------


def test_runner_runs_off_the_gui_thread_and_reports_on_it(
    qtbot: QtBot, thread_runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(control: TaskControl) -> int:
        seen["worker"] = threading.get_ident()
        control.report(1, 2, "half")
        time.sleep(0.05)
        return 42

    thread_runner.run(
        work,
        on_success=lambda v: seen.update(result=v, callback=threading.get_ident()),
        on_progress=lambda d, t, text: seen.update(progress=(d, t, text)),
    )
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["worker"] != gui and seen["callback"] == gui
    assert seen["result"] == 42 and seen["progress"] == (1, 2, "half")
    assert not thread_runner.busy


def test_runner_reports_errors_and_cancel(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    errors: list[BaseException] = []
    thread_runner.run(
        lambda _c: (_ for _ in ()).throw(ValidationError({"x": "bad"})), on_error=errors.append
    )
    assert thread_runner.wait()
    assert isinstance(errors[0], ValidationError)
    started = threading.Event()
    cancelled: list[bool] = []

    def slow(control: TaskControl) -> None:
        started.set()
        while True:
            control.check()
            time.sleep(0.005)

    task = thread_runner.run(slow, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: cancelled == [True])


def test_synchronous_runner(sync_runner: TaskRunner) -> None:
    out: list[int] = []
    task = sync_runner.run(lambda c: 7, on_success=out.append)
    assert out == [7] and task.delivered and not sync_runner.busy
    control = TaskControl()
    control.check()
    control.cancel()
    with pytest.raises(TaskCancelled):
        control.check()


def test_progress_dialog_with_cancel(qtbot: QtBot, thread_runner: TaskRunner) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[str] = []

    def slow(control: TaskControl) -> str:
        for i in range(400):
            control.report(i, 400, "Exporting")
            control.check()
            time.sleep(0.005)
        return "done"

    _task, dialog = run_with_progress(
        thread_runner,
        parent,
        "Working",
        slow,
        on_success=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
        show_after_ms=20,
    )
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.value() > 0)
    [cancel] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"])


# -- application set-up -----------------------------------------------------------------------


def test_palette_meets_wcag_aa(qapp: QApplication) -> None:
    palette = application.accessible_palette(qapp.style().standardPalette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        assert application.contrast_ratio(highlight, text) >= 4.5
        base = palette.color(group, QPalette.ColorRole.Base)
        placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
        assert application.contrast_ratio(placeholder, base) >= 4.5
    assert application.contrast_ratio(QColor("#308cc6"), QColor("#ffffff")) < 4.5  # Fusion's


def test_translators_load_govkit_catalogue(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / "govkit_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>govkit</name><message><source>Very weak</source>"
        "<translation>Sehr schwach</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(folder / "govkit_de.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("GOVKIT_RESOURCES", str(tmp_path))
    assert application.resources_dir() == tmp_path
    installed = application.install_translators(
        qapp, QLocale(QLocale.Language.German, QLocale.Country.Austria)
    )
    try:
        assert any(t.filePath().endswith("govkit_de.qm") for t in installed)
        from govkit.services.passphrase_strength import estimate

        assert estimate("password").label == "Sehr schwach"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_translator(lambda _context, text: text)


def test_logging_goes_to_a_file(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        path = application.setup_logging(tmp_path)
        logging.getLogger("govkit.test").warning("hello log")
        for handler in root.handlers:
            handler.flush()
        assert path == tmp_path / "logs" / "govkit.log"
        assert "hello log" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        logging.captureWarnings(False)


def test_qt_calls_keep_reference_counts_of_none_and_bools(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 released a reference to None/True/False on every void
    call and aborted the process after some thousands (why pyproject pins < 6.12)."""
    widget = QLineEdit()
    qtbot.addWidget(widget)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2_000):
        widget.setEnabled(True)
        widget.textChanged.emit("x")
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert all(a >= b - 50 for a, b in zip(after, before, strict=True)), (before, after)


def test_configure_application(qapp: QApplication) -> None:
    style = qapp.style().name()
    palette = QPalette(qapp.palette())
    try:
        application.configure_application(qapp)
        assert qapp.style().name().lower() == "fusion"
        assert qapp.palette().color(QPalette.ColorRole.Highlight) == application.HIGHLIGHT
        assert QCoreApplication.applicationName() == "govkit"
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


# -- work on the vault in a worker thread (exports, imports) ----------------------------------


def test_about_shows_the_signing_key_fingerprint(
    controller: AppController, qtbot: QtBot, make_vault: Callable[..., Path]
) -> None:
    from govkit.services.signing import SigningService

    ws = open_vault(controller, qtbot, make_vault())
    about = controller.show_about()
    assert "not made yet" in about.text()
    about.reject()
    SigningService(ws.ctx).private_key()
    fingerprint = SigningService(ws.ctx).fingerprint()
    assert fingerprint is not None and fingerprint in controller.show_about().text()


def test_autosave_and_lock_wait_for_work_on_the_vault_in_a_worker(
    controller: AppController,
    qtbot: QtBot,
    make_vault: Callable[..., Path],
    windows: list[FakeMainWindow],
) -> None:
    import threading

    from govkit.ui.vault_tasks import run_on_vault

    # No idle lock here: the test's short minutes would lock (and wait) during the work.
    vault = make_vault(setup=settings_setup(autosave_seconds=1, idle_lock_minutes=0))
    ws = open_vault(controller, qtbot, vault)
    release = threading.Event()
    started = threading.Event()

    def work(_progress: object) -> None:
        started.set()
        ws.organisation.update({"contact": "from the worker"})
        release.wait(10)

    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=5_000)
    before = peek(vault).save_counter
    ws.organisation.update({"contact": "typed first"})  # autosave due in 1 s
    run_on_vault(controller.runner, windows[0], ws.ctx, "Working", work)
    assert started.wait(5)
    qtbot.wait(1_500)  # the autosave came due meanwhile: it must wait, not save mid-work
    assert peek(vault).save_counter == before and controller.save_state is SaveState.PENDING
    threading.Timer(0.3, release.set).start()
    controller.lock()  # waits for the work, then saves what it did
    wait_closed(controller, qtbot, "lock")
    assert reopened_value(vault, contact) == "from the worker"
