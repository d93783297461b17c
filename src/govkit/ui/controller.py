"""The application's conductor: unlock, main window, autosave, idle lock, lock, quit.

``AppController`` owns the unlock window and, while a vault is open, its ``Workspace`` and the
main window. It saves changes a few seconds after they happen (the image is taken on the GUI
thread, encryption and writing run in a worker), locks the vault after a time without use or
on demand, and makes sure quitting never loses changes silently.

Questions are asked with message boxes opened with ``open()`` (window-modal, not blocking), kept
in ``self.prompt`` while they are on screen, so that tests can answer them.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from govkit.storage.errors import UserFacingError
from govkit.storage.kdf import DEFAULT_KDF, KdfParams
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from govkit.ui.save_state import SaveState
from govkit.ui.unlock_window import UnlockWindow, preload_storage, remember_recent
from govkit.ui.workers import Task, TaskControl, TaskRunner

if TYPE_CHECKING:  # loaded after the unlock window is on screen (see unlock_window)
    from govkit.services.context import ChangeEvent
    from govkit.services.settings import VaultSettings
    from govkit.services.workspace import Workspace
    from govkit.ui.dialogs.about import AboutDialog
    from govkit.ui.dialogs.people import PeopleDialog
    from govkit.ui.dialogs.settings import SettingsDialog

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
DEFAULT_IDLE_MINUTES = 10
DEFAULT_AUTOSAVE_SECONDS = 2

# What counts as "someone is using the computer" for the idle lock.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class VaultWindow(Protocol):
    """What the controller needs of the main window (``govkit.ui.main_window.MainWindow``)."""

    lockRequested: Any
    saveRequested: Any
    saveAsRequested: Any
    closeVaultRequested: Any
    quitRequested: Any
    peopleRequested: Any
    changePassphraseRequested: Any
    settingsRequested: Any
    aboutRequested: Any

    def set_save_state(self, state: SaveState, detail: str = "") -> None: ...
    def commit_pending_edits(self) -> bool: ...
    def close_transient_ui(self) -> None: ...


MainWindowFactory = Callable[["Workspace"], QWidget]

_WINDOW_SIGNALS = (
    "lockRequested",
    "saveRequested",
    "saveAsRequested",
    "closeVaultRequested",
    "quitRequested",
    "peopleRequested",
    "changePassphraseRequested",
    "settingsRequested",
    "aboutRequested",
)


def _wait_until_idle(ws: Workspace) -> None:
    """Wait for work on the database in a worker thread (run on another runner) to end."""
    while ws.ctx.busy:
        time.sleep(0.01)


def preload_main_window() -> None:
    import govkit.ui.main_window  # noqa: F401  (imported now so that unlocking is quicker)


def default_main_window_factory(
    workspace: Workspace, settings: QSettings, tasks: TaskRunner | None = None
) -> QWidget:
    from govkit.ui.main_window import MainWindow  # the registers' window, loaded when needed

    # The window keeps its layout in the same settings as the list of recent vaults, and
    # runs its exports and imports on the controller's runner, which locking waits for.
    return MainWindow(workspace, settings=settings, tasks=tasks)


class Leave(Enum):
    """Why the open vault is being left."""

    IDLE_LOCK = "idle_lock"
    LOCK = "lock"
    CLOSE = "close"
    QUIT = "quit"


class AppController(QObject):
    """Runs the application from the unlock window to quitting."""

    finished = Signal(int)  # the application should exit with this code
    vaultOpened = Signal(object)  # Workspace
    vaultClosed = Signal(str)  # Leave value: why
    saveStateChanged = Signal(object, str)  # SaveState, detail

    def __init__(
        self,
        *,
        runner: TaskRunner,
        settings: QSettings,
        main_window_factory: MainWindowFactory | None = None,
        kdf: KdfParams = DEFAULT_KDF,
        minute_ms: int = MINUTE_MS,
        log_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self._default_factory = main_window_factory is None
        self.main_window_factory: MainWindowFactory = main_window_factory or (
            lambda ws: default_main_window_factory(ws, self.settings, self.runner)
        )
        self.minute_ms = minute_ms
        self.log_path = log_path
        self.workspace: Workspace | None = None
        self.main_window: QWidget | None = None
        self.prompt: QMessageBox | None = None
        self.save_state = SaveState.SAVED
        self.save_detail = ""
        self._vault_settings: VaultSettings | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._save_task: Task[None] | None = None
        self._save_failed = False
        self._failure_reported = False
        self._allow_window_close = False
        self._leaving = False
        self._last_input = time.monotonic()
        self._clipboard_text: str | None = None
        self._finished = False
        self._disposed = False

        self.unlock_window = UnlockWindow(runner=runner, settings=settings, kdf=kdf)
        self.unlock_window.unlocked.connect(self._unlocked)
        self.unlock_window.closed.connect(self._unlock_window_closed)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.save_now)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle_check)

        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)

    # -- starting ----------------------------------------------------------------------------

    def start(self, vault: Path | None = None) -> None:
        """Show the unlock window, on ``vault`` if given."""
        if vault is not None:
            self.unlock_window.preselect(vault)
        self.unlock_window.reopen()
        self._preload()

    def _preload(self) -> None:
        """Load what the first unlock needs while the user types the passphrase."""

        def storage_loaded(_none: None) -> None:
            # The main window's Qt modules are imported on the GUI thread, when it is idle.
            if self._default_factory and self.workspace is None:
                QTimer.singleShot(0, self, preload_main_window)

        def not_loaded(exc: BaseException) -> None:
            # Unlocking will import (and report) it again; this was only a head start.
            log.warning("Preloading the storage layer failed", exc_info=exc)

        self.runner.run(preload_storage, on_success=storage_loaded, on_error=not_loaded)

    def start_demo(self, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Show the unlock window on the demo vault (created first if it does not exist)."""
        self.unlock_window.reopen()
        self.unlock_window.prepare_demo(path, passphrase, kdf=kdf)
        self._preload()

    @property
    def window(self) -> VaultWindow | None:
        return cast(VaultWindow, self.main_window) if self.main_window is not None else None

    def _unlocked(self, workspace: Workspace) -> None:
        try:
            window = self.main_window_factory(workspace)
        except Exception:
            log.exception("The main window could not be built")
            workspace.close()
            self.unlock_window.show_problem(
                self.tr("The register could not be shown"),
                self.tr(
                    "govkit opened the vault but could not show the register because of an "
                    "unexpected problem. Nothing was changed. The details are in govkit's log "
                    "file; please send it to whoever supports govkit for you."
                ),
            )
            return
        self.workspace = workspace
        self._save_failed = False
        self._failure_reported = False
        self._leaving = False
        self._unsubscribe = workspace.ctx.subscribe(self._changed)
        self._vault_settings = workspace.settings.get()
        self.main_window = window
        self._allow_window_close = False
        for name in _WINDOW_SIGNALS:
            getattr(window, name).connect(getattr(self, "_on_" + name))
        self._ensure_shortcut(window, QKeySequence("Ctrl+L"), self.tr("&Lock"), self.lock)
        self._ensure_shortcut(
            window, QKeySequence(QKeySequence.StandardKey.Save), self.tr("&Save"), self.save_now
        )
        window.installEventFilter(self)
        self._set_save_state(SaveState.PENDING if workspace.dirty else SaveState.SAVED)
        if workspace.dirty:
            self.autosave_timer.start(self._autosave_ms())
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._last_input = time.monotonic()
        self._restart_idle_timer()
        self.unlock_window.hide()
        window.show()
        window.raise_()
        window.activateWindow()
        self.vaultOpened.emit(workspace)

    @staticmethod
    def _ensure_shortcut(
        window: QWidget, keys: QKeySequence, text: str, slot: Callable[[], None]
    ) -> None:
        """Add ``keys`` to the window unless one of its actions has it already.

        Two actions with one shortcut make Qt ignore both ("ambiguous"), so the main window's
        own action wins when it exists.
        """
        for action in window.findChildren(QAction):
            if any(
                s.matches(keys) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()
            ):
                return
        action = QAction(text, window)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        window.addAction(action)

    # -- main window requests ----------------------------------------------------------------

    def _on_lockRequested(self) -> None:
        self.lock()

    def _on_saveRequested(self) -> None:
        self.save_now()

    def _on_saveAsRequested(self) -> None:
        ws = self.workspace
        if ws is None or self.main_window is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self.main_window,
            self.tr("Save the vault as"),
            str(ws.path.with_name(ws.path.stem + "-copy.govkit")),
            self.tr("govkit vaults (*.govkit)"),
        )
        if name:
            path = Path(name)
            self.save_as(path if path.suffix == ".govkit" else path.with_suffix(".govkit"))

    def save_as(self, path: Path) -> bool:
        """Write the open vault to ``path`` and carry on there (the way out of an unwritable
        folder). On failure nothing changes and the reason is shown."""
        ws = self.workspace
        if ws is None or ws.vault.closed:
            return False
        self.autosave_timer.stop()
        self.runner.wait()  # a background save still running finishes first
        _wait_until_idle(ws)
        self._set_save_state(SaveState.SAVING)
        try:
            ws.save_as(path)
        except UserFacingError as exc:
            self._set_save_state(SaveState.FAILED if ws.dirty else SaveState.SAVED, str(exc))
            self._inform(self.tr("Not saved as “{name}”").format(name=path.name), str(exc))
            return False
        self._save_failed = False
        self._failure_reported = False
        remember_recent(self.settings, ws.path)
        window = self.main_window
        if window is not None and hasattr(window, "update_title"):
            window.update_title()
        self._set_save_state(SaveState.SAVED)
        return True

    def _on_closeVaultRequested(self) -> None:
        self.close_vault()

    def _on_quitRequested(self) -> None:
        self.quit()

    def _on_peopleRequested(self) -> None:
        self.show_people()

    def _on_changePassphraseRequested(self) -> None:
        dialog = self.show_people()
        if dialog is not None and dialog.passphrase_button.isEnabled():
            dialog.change_my_passphrase()

    def _on_settingsRequested(self) -> None:
        self.show_settings()

    def _on_aboutRequested(self) -> None:
        self.show_about()

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_people(self) -> PeopleDialog | None:
        from govkit.ui.dialogs.people import PeopleDialog

        if self.workspace is None or self.main_window is None:
            return None
        dialog = PeopleDialog(self.workspace, self.main_window)
        self._open_dialog(dialog)
        return dialog

    def show_settings(self) -> SettingsDialog | None:
        from govkit.ui.dialogs.settings import SettingsDialog

        if self.workspace is None or self.main_window is None:
            return None
        dialog = SettingsDialog(self.workspace, self.main_window)
        self._open_dialog(dialog)
        return dialog

    def show_about(self) -> AboutDialog:
        from govkit.ui.dialogs.about import AboutDialog

        ws = self.workspace
        fingerprint = None
        if ws is not None and not ws.ctx.busy:
            from govkit.services.signing import fingerprint_of

            fingerprint = fingerprint_of(ws)
        dialog = AboutDialog(
            vault_id=ws.vault.vault_id if ws else None,
            vault_path=ws.path if ws else None,
            log_path=self.log_path,
            signing_fingerprint=fingerprint,
            parent=self.main_window or self.unlock_window,
        )
        self._open_dialog(dialog)
        return dialog

    # -- changes and saving ------------------------------------------------------------------

    def _autosave_ms(self) -> int:
        seconds = (
            self._vault_settings.autosave_seconds
            if self._vault_settings is not None
            else DEFAULT_AUTOSAVE_SECONDS
        )
        return max(1, seconds) * 1000

    def _changed(self, event: ChangeEvent) -> None:
        if self.workspace is None:
            return
        if event.entity_type == "vault_setting":
            self._vault_settings = self.workspace.settings.get()
            self._restart_idle_timer()
        if self._save_task is None:
            self._set_save_state(SaveState.PENDING)
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(self._autosave_ms())

    def _set_save_state(self, state: SaveState, detail: str = "") -> None:
        self.save_state = state
        self.save_detail = detail
        window = self.window
        if window is not None:
            window.set_save_state(state, detail)
        self.saveStateChanged.emit(state, detail)

    def save_now(self) -> None:
        """Save in the background now (Ctrl+S, or when the autosave delay has passed)."""
        ws = self.workspace
        if ws is None or ws.vault.closed:
            return
        self.autosave_timer.stop()
        if self._save_task is not None:
            # Saving already; whatever changed meanwhile is saved when it is done.
            return
        if ws.ctx.busy:
            # An import or export is using the database on a worker: save once it is done.
            self.autosave_timer.start(self._autosave_ms())
            return
        if not ws.dirty and not self._save_failed:
            self._set_save_state(SaveState.SAVED)
            return
        try:
            job = ws.begin_save()
        except Exception as exc:  # the image could not even be taken
            self._save_error(exc)
            return
        self._set_save_state(SaveState.SAVING)

        def run(_control: TaskControl) -> None:
            job.run()

        self._save_task = self.runner.run(
            run, on_success=self._save_done, on_error=self._save_error
        )

    def _save_done(self, _none: None) -> None:
        self._save_task = None
        self._save_failed = False
        self._failure_reported = False
        ws = self.workspace
        if ws is not None and ws.dirty:
            self._set_save_state(SaveState.PENDING)
            if not self.autosave_timer.isActive():
                self.autosave_timer.start(self._autosave_ms())
        else:
            self._set_save_state(SaveState.SAVED)

    def _save_error(self, exc: BaseException) -> None:
        self._save_task = None
        self._save_failed = True
        if self.workspace is not None and not self.workspace.vault.closed:
            self.workspace.ctx.dirty = True  # the changes are still only here
        message = self._failure_text(exc)
        self._set_save_state(SaveState.FAILED, message)
        if not self._failure_reported and self.main_window is not None and not self._leaving:
            self._failure_reported = True
            self._inform(
                self.tr("Changes not saved"),
                message
                + "\n\n"
                + self.tr(
                    "govkit tries again after your next change; press Ctrl+S to try now, or "
                    "choose File ▸ Save As… to keep the vault in another folder. "
                    "Do not close govkit until they are saved."
                ),
            )

    def _failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, UserFacingError):
            return str(exc)
        log.error("Unexpected error while saving", exc_info=exc)
        return self.tr(
            "Saving failed because of an unexpected problem. Your changes are still open here "
            "and the last saved vault is unchanged. The details are in govkit's log file."
        )

    def save_sync(self) -> BaseException | None:
        """Save now and wait for it (lock, close, quit); the error, or None when all is saved."""
        ws = self.workspace
        if ws is None:
            return None
        self.autosave_timer.stop()
        self.runner.wait()  # a background save or import delivers its outcome first
        _wait_until_idle(ws)
        if not ws.dirty and not self._save_failed:
            return None
        self._set_save_state(SaveState.SAVING)
        try:
            ws.save()
        except Exception as exc:
            self._save_failed = True
            ws.ctx.dirty = True
            self._set_save_state(SaveState.FAILED, self._failure_text(exc))
            return exc
        self._save_failed = False
        self._failure_reported = False
        self._set_save_state(SaveState.SAVED)
        return None

    # -- idle lock ---------------------------------------------------------------------------

    def _idle_minutes(self) -> int:
        if self._vault_settings is None:
            return DEFAULT_IDLE_MINUTES
        return self._vault_settings.idle_lock_minutes

    def _idle_ms(self) -> int:
        return self._idle_minutes() * self.minute_ms

    def _restart_idle_timer(self) -> None:
        self.idle_timer.stop()
        if self.workspace is not None and self._idle_ms() > 0:
            self.idle_timer.start(self._idle_ms())

    def _idle_check(self) -> None:
        if self.workspace is None or self._idle_ms() <= 0:
            return
        idle_ms = (time.monotonic() - self._last_input) * 1000
        remaining = self._idle_ms() - idle_ms
        if remaining > 0:
            self.idle_timer.start(int(remaining) + 1)
            return
        log.info("Locking after %s minutes without use", self._idle_minutes())
        self.lock(idle=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        elif (
            kind == QEvent.Type.Close
            and watched is self.main_window
            and not self._allow_window_close
        ):
            # The window's close button means "quit": save first, and ask if that fails.
            event.ignore()
            QTimer.singleShot(0, self, self.quit)
            return True
        return False

    # -- leaving the vault: lock, close, quit ------------------------------------------------

    def lock(self, *, idle: bool = False) -> None:
        """Save, close every dialog, drop the register, show the unlock window on this vault."""
        self._leave(Leave.IDLE_LOCK if idle else Leave.LOCK)

    def close_vault(self) -> None:
        self._leave(Leave.CLOSE)

    def quit(self) -> None:
        if self.workspace is None:
            self._finish()
            return
        self._leave(Leave.QUIT)

    def _leave(self, why: Leave, *, force: bool = False) -> None:
        ws, window = self.workspace, self.window
        if ws is None or window is None or self._leaving:
            return
        if self.prompt is not None:
            self.prompt.reject()  # a question about an earlier attempt is void now
        try:
            committed = window.commit_pending_edits()
        except UserFacingError as exc:
            log.info("Pending edit not committed: %s", exc)
            committed = False
        if not committed and not force and why is not Leave.IDLE_LOCK:
            self._ask_unfinished_edits(why)
            return
        error = self.save_sync()
        discarded = error is not None
        if error is not None and not force and why is not Leave.IDLE_LOCK:
            self._ask_save_failed(why, error)
            return
        if discarded:
            log.warning("Leaving the vault (%s) with unsaved changes: %s", why.value, error)
        self._leaving = True
        self.idle_timer.stop()
        self.autosave_timer.stop()
        # Hide the register at once; tearing down waits until nested dialog loops have ended.
        window.close_transient_ui()
        self._close_dialogs()
        if self.main_window is not None:
            self.main_window.hide()
        message = self._leave_message(why, ws, error if discarded else None)
        QTimer.singleShot(0, self, lambda: self._finish_leaving(why, message, attempts=0))

    def _leave_message(self, why: Leave, ws: Workspace, error: BaseException | None) -> str:
        if why is Leave.IDLE_LOCK:
            text = self.tr(
                "govkit locked “{name}” after {minutes} minutes without use. Type your "
                "passphrase to continue."
            ).format(name=ws.path.name, minutes=self._idle_minutes())
        elif why is Leave.LOCK:
            text = self.tr("“{name}” is locked. Type your passphrase to continue.").format(
                name=ws.path.name
            )
        else:
            text = self.tr("“{name}” was saved and closed.").format(name=ws.path.name)
        if error is not None:
            text = self.tr(
                "“{name}” was locked, but the latest changes could not be saved and were "
                "discarded: {reason}"
            ).format(name=ws.path.name, reason=self._failure_text(error))
        return text

    def _finish_leaving(self, why: Leave, message: str, attempts: int) -> None:
        # A dialog that ran its own event loop (exec) must have returned before its parent
        # window is destroyed under it.
        if attempts < 20 and self._close_dialogs():
            QTimer.singleShot(10, self, lambda: self._finish_leaving(why, message, attempts + 1))
            return
        ws, window = self.workspace, self.main_window
        self._clear_vault_clipboard()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.workspace = None
        self.main_window = None
        if window is not None:
            for name in _WINDOW_SIGNALS:
                with contextlib.suppress(RuntimeError, RuntimeWarning, TypeError):
                    getattr(window, name).disconnect(getattr(self, "_on_" + name))
            self._allow_window_close = True
            window.removeEventFilter(self)
            window.close()
            window.deleteLater()
        path = ws.path if ws is not None else None
        if ws is not None:
            ws.close()
        self._leaving = False
        self._save_failed = False
        self.save_state = SaveState.SAVED
        self.vaultClosed.emit(why.value)
        if why is Leave.QUIT:
            self._finish()
            return
        if path is not None:
            self.unlock_window.preselect(path, notice=message)
        self.unlock_window.reopen()

    def _close_dialogs(self) -> bool:
        """Close every dialog and menu on screen; True if any was still open."""
        found = False
        if self.prompt is not None:
            self.prompt.reject()
            found = True
        for widget in QApplication.topLevelWidgets():
            if widget is self.unlock_window or not widget.isVisible():
                continue
            if isinstance(widget, RecoveryKeyDialog):
                widget.force_close()
            elif isinstance(widget, QDialog) and hasattr(widget, "close_children"):
                widget.close_children()  # the people dialog and its questions
                widget.reject()
            elif isinstance(widget, QDialog):
                widget.reject()
            elif widget.windowFlags() & Qt.WindowType.Popup:
                widget.close()
            else:
                continue
            found = True
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            found = True
        return found

    def _ask(
        self,
        title: str,
        text: str,
        buttons: list[tuple[str, QMessageBox.ButtonRole, Callable[[], None] | None]],
        *,
        default: int,
    ) -> QMessageBox:
        parent = self.main_window or self.unlock_window
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        made: list[tuple[QPushButton, Callable[[], None] | None]] = []
        for label, role, action in buttons:
            button = box.addButton(label, role)
            button.setAccessibleName(label.replace("&", ""))
            made.append((button, action))
        box.setDefaultButton(made[default][0])
        box.setEscapeButton(made[default][0])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.prompt = box

        def finished(_result: int) -> None:
            if self.prompt is box:
                self.prompt = None
            clicked = box.clickedButton()
            for button, action in made:
                if button is clicked and action is not None:
                    QTimer.singleShot(0, self, action)

        box.finished.connect(finished)
        box.open()
        return box

    def _inform(self, title: str, text: str) -> QMessageBox:
        return self._ask(
            title, text, [(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole, None)], default=0
        )

    def _ask_unfinished_edits(self, why: Leave) -> None:
        self._ask(
            self.tr("Unfinished edit"),
            self.tr(
                "An edit could not be completed (see the highlighted field). If you continue, "
                "that edit is lost; everything else is saved."
            ),
            [
                (self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole, None),
                (
                    self._continue_text(why),
                    QMessageBox.ButtonRole.DestructiveRole,
                    lambda: self._leave(why, force=True),
                ),
            ],
            default=0,
        )

    def _continue_text(self, why: Leave) -> str:
        if why is Leave.QUIT:
            return self.tr("&Quit anyway")
        if why is Leave.CLOSE:
            return self.tr("&Close anyway")
        return self.tr("&Lock anyway")

    def _ask_save_failed(self, why: Leave, error: BaseException) -> None:
        if why is Leave.QUIT:
            lose = self.tr("&Quit without saving")
            question = self.tr("Quit and lose the unsaved changes?")
        elif why is Leave.CLOSE:
            lose = self.tr("&Close without saving")
            question = self.tr("Close the vault and lose the unsaved changes?")
        else:
            lose = self.tr("&Lock and lose changes")
            question = self.tr("Lock the vault and lose the unsaved changes?")
        self._ask(
            self.tr("Changes not saved"),
            self._failure_text(error) + "\n\n" + question,
            [
                (self.tr("&Stay open"), QMessageBox.ButtonRole.RejectRole, None),
                (
                    self.tr("&Try again"),
                    QMessageBox.ButtonRole.AcceptRole,
                    lambda: self._leave(why),
                ),
                (
                    lose,
                    QMessageBox.ButtonRole.DestructiveRole,
                    lambda: self._leave(why, force=True),
                ),
            ],
            default=0,
        )

    def _unlock_window_closed(self) -> None:
        if self.workspace is None:
            self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._clear_vault_clipboard()
        self.runner.wait()
        self.finished.emit(0)

    def dispose(self) -> None:
        """Stop every timer and filter; close an open vault without saving (tests, shutdown)."""
        if self._disposed:
            return
        self._disposed = True
        self.autosave_timer.stop()
        self.idle_timer.stop()
        self.runner.wait()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        with contextlib.suppress(RuntimeError, RuntimeWarning, TypeError):
            QGuiApplication.clipboard().dataChanged.disconnect(self._clipboard_changed)
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    # -- clipboard ---------------------------------------------------------------------------

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or QApplication.activeWindow() is not None:
            text = clipboard.text()
            self._clipboard_text = text or None

    def _clear_vault_clipboard(self) -> None:
        """Empty the clipboard if it still holds what was copied from govkit."""
        clipboard = QGuiApplication.clipboard()
        if self._clipboard_text is not None and clipboard.text() == self._clipboard_text:
            clipboard.clear()
        self._clipboard_text = None
