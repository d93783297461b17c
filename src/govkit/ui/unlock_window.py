"""The first window: choose a vault and unlock it, or create a new one.

Unlocking (and creating) runs in a worker thread with a busy indicator, so the window stays
responsive while the key derivation does its deliberately slow work. Every problem the storage
layer reports is shown in the window itself, each kind with its own heading and, where there is
something to do about it, a button that does it (open the newest backup, remove a vanished vault
from the list). Nothing here blocks on a modal dialog: the recovery-key dialog is opened with
``open()`` and the flow continues when it is closed.
"""

from __future__ import annotations

import json
import logging
import threading
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from govkit.storage.errors import (
    NewerVersionError,
    NotAVaultError,
    UserFacingError,
    ValidationError,
    VaultDamagedError,
    VaultLockedError,
    VaultNotFoundError,
    VaultNotWritableError,
    VaultSaveError,
    VaultUnreadableError,
    WrongPassphraseError,
)
from govkit.storage.kdf import DEFAULT_KDF, KdfParams
from govkit.ui.dialogs.people import PassphraseFields
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog
from govkit.ui.workers import TaskControl, TaskRunner

if TYPE_CHECKING:
    from govkit.services.workspace import Workspace


# The storage layer (SQLAlchemy, SQLModel) takes about half a second to import: it is loaded
# in a worker, so that this window is on screen before it. Two threads importing SQLAlchemy at
# once fail ("partially initialized module"), hence one lock for these imports.
_IMPORT_LOCK = threading.Lock()


def _workspace_class() -> type[Workspace]:
    with _IMPORT_LOCK:
        from govkit.services.workspace import Workspace

    return Workspace


def _find_backups(path: Path) -> list[Path]:
    with _IMPORT_LOCK:
        from govkit.storage.vault import Vault

    return Vault.find_backups(path)


def preload_storage(_control: TaskControl | None = None) -> None:
    """Import the storage layer ahead of the first unlock (run in a worker)."""
    _workspace_class()


log = logging.getLogger(__name__)

RECENT_KEY = "unlock/recentVaults"
MAX_RECENT = 8
SUFFIX = ".govkit"
MAX_CONTENT_WIDTH = 760


def load_recent(settings: QSettings) -> list[Path]:
    """Recently opened vaults, most recent first (stored as JSON: QSettings lists are lossy)."""
    raw = settings.value(RECENT_KEY, "[]")
    try:
        items = json.loads(raw) if isinstance(raw, str) else []
    except ValueError:
        items = []
    return [Path(p) for p in items if isinstance(p, str) and p][:MAX_RECENT]


def _store_recent(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT_KEY, json.dumps([str(p) for p in paths[:MAX_RECENT]]))
    settings.sync()


def remember_recent(settings: QSettings, path: Path) -> None:
    path = path.absolute()
    _store_recent(settings, [path, *(p for p in load_recent(settings) if p != path)])


def forget_recent(settings: QSettings, path: Path) -> None:
    _store_recent(settings, [p for p in load_recent(settings) if p != path.absolute()])


class ErrorKind(Enum):
    WRONG_PASSPHRASE = "wrong_passphrase"
    NOT_A_VAULT = "not_a_vault"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    LOCKED = "locked"
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    NOT_WRITABLE = "not_writable"
    SAVE_FAILED = "save_failed"
    INVALID = "invalid"
    OTHER = "other"
    UNEXPECTED = "unexpected"


class _MessagePanel(QFrame):
    """A problem or a notice: icon, heading, text and at most one action button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.hide()
        text_box = QVBoxLayout()
        text_box.addWidget(self.title)
        text_box.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.action)
        text_box.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addLayout(text_box, 1)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, icon: QStyle.StandardPixmap, title: str, text: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}")
        self.show()

    def set_action(self, text: str | None) -> None:
        if text:
            self.action.setText(text)
            self.action.setAccessibleName(text.replace("&", ""))
            self.action.show()
        else:
            self.action.hide()

    def clear(self) -> None:
        self.set_action(None)
        self.hide()


class _Busy(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        self.show()

    def stop(self) -> None:
        self.hide()


def _heading(text: str, parent: QWidget, scale: float = 1.5) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class UnlockWindow(QWidget):
    """Opens or creates a vault; emits ``unlocked`` with the open Workspace."""

    unlocked = Signal(object)  # Workspace
    closed = Signal()  # closed by the user without opening a vault
    recoveryKeyShown = Signal(object)  # RecoveryKeyDialog (shown after creating a vault)

    PAGE_OPEN, PAGE_CREATE, PAGE_RESET = range(3)

    def __init__(
        self,
        *,
        runner: TaskRunner,
        settings: QSettings,
        kdf: KdfParams = DEFAULT_KDF,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.kdf = kdf
        self.error_kind: ErrorKind | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self._busy = False
        self._abandoned = False
        self._pending: Workspace | None = None  # opened with the recovery key, being reset
        self._damaged_path: Path | None = None
        self._backup_index = 0
        self._last_error: UserFacingError | None = None
        self.setWindowTitle(self.tr("govkit: open a vault"))
        self.setAccessibleName(self.tr("Open a vault"))

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_open_page())
        self.pages.addWidget(self._build_create_page())
        self.pages.addWidget(self._build_reset_page())
        # On a large screen the content keeps a readable width, centred.
        self.pages.setMaximumWidth(MAX_CONTENT_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addStretch(1)
        layout.addWidget(self.pages, 100)
        layout.addStretch(1)

        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        self.setMinimumSize(480, 420)
        self.resize(640, 560)
        self.refresh_recent()
        self._update_first_run()

    # -- building ----------------------------------------------------------------------------

    def _build_open_page(self) -> QWidget:
        page = QWidget(self)
        title = _heading(self.tr("govkit"), page, 1.8)
        tagline = _paragraph(
            self.tr("Your records of processing activities, encrypted on this computer."), page
        )
        self.welcome = QFrame(page)
        self.welcome.setFrameShape(QFrame.Shape.StyledPanel)
        self.welcome.setAccessibleName(self.tr("Welcome"))
        welcome_text = _paragraph(
            self.tr(
                "Welcome. govkit keeps your records in a vault: one encrypted file that only "
                "the people you choose can open, each with their own passphrase. Nothing leaves "
                "this computer.\n\nTo begin, create a new vault. If a colleague has given you a "
                "vault file, open it."
            ),
            self.welcome,
        )
        self.first_create_button = QPushButton(self.tr("&Create a new vault…"), self.welcome)
        self.first_create_button.setAccessibleName(self.tr("Create a new vault"))
        self.first_create_button.clicked.connect(self.show_create_page)
        self.first_open_button = QPushButton(self.tr("&Open a vault file…"), self.welcome)
        self.first_open_button.setAccessibleName(self.tr("Open a vault file"))
        self.first_open_button.clicked.connect(self.browse)
        welcome_buttons = QHBoxLayout()
        welcome_buttons.addWidget(self.first_create_button)
        welcome_buttons.addWidget(self.first_open_button)
        welcome_buttons.addStretch(1)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.setContentsMargins(14, 12, 14, 12)
        welcome_layout.addWidget(welcome_text)
        welcome_layout.addLayout(welcome_buttons)

        self.vault_combo = QComboBox(page)
        self.vault_combo.setAccessibleName(self.tr("Vault"))
        self.vault_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.vault_combo.setMinimumContentsLength(20)
        self.vault_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.vault_combo.currentIndexChanged.connect(self._vault_changed)
        self.browse_button = QPushButton(self.tr("&Browse…"), page)
        self.browse_button.setAccessibleName(self.tr("Browse for a vault file"))
        self.browse_button.clicked.connect(self.browse)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_combo, 1)
        vault_row.addWidget(self.browse_button)
        vault_label = QLabel(self.tr("&Vault:"), page)
        vault_label.setBuddy(self.vault_combo)

        self.secret = QLineEdit(page)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.returnPressed.connect(self.unlock)
        self.secret.textEdited.connect(lambda _t: self._clear_wrong_passphrase())
        secret_label = QLabel(self.tr("&Passphrase or recovery key:"), page)
        secret_label.setBuddy(self.secret)
        self.show_secret = QCheckBox(self.tr("Sho&w"), page)
        self.show_secret.setAccessibleName(self.tr("Show passphrase"))
        self.show_secret.toggled.connect(
            lambda on: self.secret.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.show_secret)

        self.open_form = QWidget(page)
        form = QFormLayout(self.open_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above the fields
        form.addRow(vault_label, vault_row)
        form.addRow(secret_label, secret_row)

        self.message = _MessagePanel(page)
        self.message.action.clicked.connect(self._message_action)
        self.busy = _Busy(page)

        self.create_button = QPushButton(self.tr("&Create a new vault…"), page)
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.create_button.clicked.connect(self.show_create_page)
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.open_buttons = QWidget(page)
        buttons = QHBoxLayout(self.open_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addSpacing(8)
        layout.addWidget(self.welcome)
        layout.addWidget(self.open_form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.open_buttons)
        self._open_inputs: list[QWidget] = [
            self.first_create_button,
            self.first_open_button,
            self.vault_combo,
            self.browse_button,
            self.secret,
            self.show_secret,
            self.create_button,
            self.unlock_button,
            self.message.action,
        ]
        QWidget.setTabOrder(self.vault_combo, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.secret)
        QWidget.setTabOrder(self.secret, self.show_secret)
        QWidget.setTabOrder(self.show_secret, self.message.action)
        QWidget.setTabOrder(self.message.action, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.create_button)
        return page

    def _build_create_page(self) -> QWidget:
        page = QWidget(self)
        title = _heading(self.tr("Create a new vault"), page)
        intro = _paragraph(
            self.tr(
                "A vault is one encrypted file. Keep it in a folder that is backed up. You will "
                "get a recovery key to keep in a safe place, in case every passphrase is "
                "forgotten."
            ),
            page,
        )
        self.new_path = QLineEdit(page)
        self.new_path.setAccessibleName(self.tr("Vault file"))
        self.new_path.setPlaceholderText(self.tr("Where to save the vault"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), page)
        self.choose_button.setAccessibleName(self.tr("Choose where to save the vault"))
        self.choose_button.clicked.connect(self.choose_new_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.new_path, 1)
        path_row.addWidget(self.choose_button)
        path_label = QLabel(self.tr("Vault &file:"), page)
        path_label.setBuddy(self.new_path)

        self.person_name = QLineEdit(page)
        self.person_name.setAccessibleName(self.tr("Your name"))
        self.person_name.setMaxLength(100)
        name_label = QLabel(self.tr("Your &name:"), page)
        name_label.setBuddy(self.person_name)
        self.organisation = QLineEdit(page)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("for example: City of Bonn"))
        org_label = QLabel(self.tr("&Organisation:"), page)
        org_label.setBuddy(self.organisation)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(path_label, path_row)
        form.addRow(name_label, self.person_name)
        form.addRow(org_label, self.organisation)
        self.new_passphrase = PassphraseFields(page, label=self.tr("&Passphrase:"))
        self.new_passphrase.add_to(form)
        self.person_name.textChanged.connect(self._update_avoid)
        self.organisation.textChanged.connect(self._update_avoid)

        self.create_error = _MessagePanel(page)
        self.create_busy = _Busy(page)
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.show_open_page)
        self.confirm_create_button = QPushButton(self.tr("Create &vault"), page)
        self.confirm_create_button.setAccessibleName(self.tr("Create vault"))
        self.confirm_create_button.setDefault(True)
        self.confirm_create_button.clicked.connect(self.create_vault)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_create_button)
        for edit in (
            self.new_path,
            self.person_name,
            self.organisation,
            self.new_passphrase.passphrase,
            self.new_passphrase.repeat,
        ):
            edit.returnPressed.connect(self.create_vault)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._create_inputs: list[QWidget] = [
            self.new_path,
            self.choose_button,
            self.person_name,
            self.organisation,
            self.new_passphrase.passphrase,
            self.new_passphrase.repeat,
            self.new_passphrase.show_text,
            self.back_button,
            self.confirm_create_button,
        ]
        return page

    def _build_reset_page(self) -> QWidget:
        page = QWidget(self)
        title = _heading(self.tr("Opened with the recovery key"), page)
        self.reset_intro = _paragraph("", page)
        self.reset_person = QComboBox(page)
        self.reset_person.setAccessibleName(self.tr("Person whose passphrase to reset"))
        person_label = QLabel(self.tr("&Person:"), page)
        person_label.setBuddy(self.reset_person)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(person_label, self.reset_person)
        self.reset_passphrase = PassphraseFields(page)
        self.reset_passphrase.add_to(form)
        self.reset_person.currentIndexChanged.connect(self._update_reset_avoid)
        self.reset_error = _MessagePanel(page)
        self.reset_busy = _Busy(page)
        self.skip_button = QPushButton(self.tr("&Skip"), page)
        self.skip_button.setAccessibleName(self.tr("Continue without resetting a passphrase"))
        self.skip_button.clicked.connect(self.skip_reset)
        self.reset_button = QPushButton(self.tr("&Set passphrase and continue"), page)
        self.reset_button.setAccessibleName(self.tr("Set passphrase and continue"))
        self.reset_button.setDefault(True)
        self.reset_button.clicked.connect(self.reset_and_continue)
        for edit in (self.reset_passphrase.passphrase, self.reset_passphrase.repeat):
            edit.returnPressed.connect(self.reset_and_continue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.reset_intro)
        layout.addLayout(form)
        layout.addWidget(self.reset_error)
        layout.addWidget(self.reset_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._reset_inputs: list[QWidget] = [
            self.reset_person,
            self.reset_passphrase.passphrase,
            self.reset_passphrase.repeat,
            self.reset_passphrase.show_text,
            self.skip_button,
            self.reset_button,
        ]
        return page

    # -- state -------------------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def current_path(self) -> Path | None:
        data = self.vault_combo.currentData()
        return Path(data) if isinstance(data, str) and data else None

    def refresh_recent(self, select: Path | None = None) -> None:
        select = select or self.current_path()
        self.vault_combo.blockSignals(True)
        self.vault_combo.clear()
        paths = load_recent(self.settings)
        if select is not None and select.absolute() not in paths:
            paths.insert(0, select.absolute())
        for path in paths:
            self.vault_combo.addItem(
                self.tr("{name}  ({folder})").format(name=path.name, folder=path.parent),
                str(path),
            )
            self.vault_combo.setItemData(
                self.vault_combo.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole
            )
        if select is not None:
            self.vault_combo.setCurrentIndex(self.vault_combo.findData(str(select.absolute())))
        self.vault_combo.blockSignals(False)
        self._vault_changed()

    def _update_first_run(self) -> None:
        """No vault known yet: a welcome with the two ways to start instead of the form."""
        first_run = self.vault_combo.count() == 0
        self.welcome.setVisible(first_run)
        self.open_form.setVisible(not first_run)
        self.open_buttons.setVisible(not first_run)
        self.unlock_button.setDefault(not first_run)
        self.first_create_button.setDefault(first_run)
        if first_run and self.pages.currentIndex() == self.PAGE_OPEN:
            self.first_create_button.setFocus()

    def _vault_changed(self) -> None:
        path = self.current_path()
        self.vault_combo.setToolTip(str(path) if path else "")
        self.message.clear()
        self.error_kind = None
        self._update_first_run()

    def preselect(self, path: Path, *, passphrase: str = "", notice: str = "") -> None:
        """Show the open page on ``path`` (after a lock, or for the demo)."""
        self.pages.setCurrentIndex(self.PAGE_OPEN)
        self.refresh_recent(select=path)
        self.secret.setText(passphrase)
        if notice:
            self.show_notice(notice)
        self.secret.setFocus()

    def show_problem(self, title: str, text: str) -> None:
        """An unexpected problem reported by the caller after an unlock."""
        self.pages.setCurrentIndex(self.PAGE_OPEN)
        self._show_error(ErrorKind.UNEXPECTED, title, text)

    def show_notice(self, text: str, title: str | None = None) -> None:
        self.message.set_action(None)
        self.message.show_message(
            QStyle.StandardPixmap.SP_MessageBoxInformation, title or self.tr("Note"), text
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        page = self.pages.currentIndex()
        inputs, indicator = {
            self.PAGE_OPEN: (self._open_inputs, self.busy),
            self.PAGE_CREATE: (self._create_inputs, self.create_busy),
            self.PAGE_RESET: (self._reset_inputs, self.reset_busy),
        }[page]
        for widget in inputs:
            widget.setEnabled(not busy)
        if busy:
            indicator.start(text)
        else:
            indicator.stop()
            for other in (self.busy, self.create_busy, self.reset_busy):
                other.stop()
            self._update_first_run()

    # -- opening -----------------------------------------------------------------------------

    def browse(self) -> None:
        current = self.current_path()
        start = (
            str(current.parent)
            if current
            else QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            start,
            self.tr("govkit vaults (*.govkit);;All files (*)"),
        )
        if name:
            self.refresh_recent(select=Path(name))
            self.secret.setFocus()

    def unlock(self) -> None:
        if self._busy:
            return
        path = self.current_path()
        if path is None:
            self._show_error(
                ErrorKind.INVALID,
                self.tr("No vault chosen"),
                self.tr("Choose a vault with Browse, or create a new one."),
            )
            self.browse_button.setFocus()
            return
        secret = self.secret.text()
        if not secret:
            self._show_error(
                ErrorKind.INVALID,
                self.tr("Passphrase missing"),
                self.tr("Type your passphrase, or the recovery key, then press Enter."),
            )
            self.secret.setFocus()
            return
        self.message.clear()
        self._set_busy(
            True,
            self.tr(
                "Unlocking… This takes a moment on purpose: it makes guessing passphrases slow."
            ),
        )
        self.runner.run(
            lambda _control: _workspace_class().open(path, secret),
            on_success=lambda ws: self._opened(path, ws),
            on_error=lambda exc: self._open_failed(path, exc),
        )

    def _opened(self, path: Path, ws: Workspace) -> None:
        self._set_busy(False)
        if self._abandoned:
            ws.close()
            return
        remember_recent(self.settings, path)
        self.secret.clear()
        self.show_secret.setChecked(False)
        self.message.clear()
        self.error_kind = None
        if ws.people.current.kind == "recovery":
            self._start_reset(ws)
            return
        self.unlocked.emit(ws)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        self._set_busy(False)
        if self._abandoned:
            return
        self._explain(path, exc)

    def _explain(self, path: Path, exc: BaseException) -> None:
        """Show a storage error clearly, each kind with its own heading and next step."""
        warning = QStyle.StandardPixmap.SP_MessageBoxWarning
        self._last_error = exc if isinstance(exc, UserFacingError) else None
        if isinstance(exc, WrongPassphraseError):
            self._show_error(
                ErrorKind.WRONG_PASSPHRASE,
                self.tr("Wrong passphrase or recovery key"),
                str(exc)
                + " "
                + self.tr(
                    "Passphrases are case-sensitive: check Caps Lock and the keyboard language."
                ),
                icon=warning,
            )
            self.secret.setFocus()
            self.secret.selectAll()
        elif isinstance(exc, NotAVaultError):
            self._show_error(
                ErrorKind.NOT_A_VAULT,
                self.tr("This file is not a govkit vault"),
                str(exc) + " " + self.tr("Choose the .govkit file with Browse."),
            )
            self.browse_button.setFocus()
        elif isinstance(exc, VaultDamagedError):
            backups = _find_backups(path)
            text = str(exc)
            if backups:
                text += " " + self.tr(
                    "govkit can open the newest backup and put it in place of the damaged file, "
                    "which is kept beside it."
                )
            else:
                text += " " + self.tr(
                    "No backup was found next to it. Restore the file from your organisation's "
                    "backup, or ask your IT service for help."
                )
            self._damaged_path = path
            self._backup_index = 0
            self._show_error(
                ErrorKind.DAMAGED,
                self.tr("The vault is damaged"),
                text,
                action=self.tr("Open the &newest backup") if backups else None,
            )
        elif isinstance(exc, NewerVersionError):
            self._show_error(
                ErrorKind.NEWER_VERSION, self.tr("Made with a newer govkit"), str(exc), icon=warning
            )
        elif isinstance(exc, VaultLockedError):
            self._show_error(
                ErrorKind.LOCKED,
                self.tr("The vault is already open"),
                str(exc)
                + " "
                + self.tr("A vault can be open in one place at a time, so that no change is lost."),
                icon=warning,
            )
        elif isinstance(exc, VaultNotFoundError):
            self._show_error(
                ErrorKind.NOT_FOUND,
                self.tr("Vault not found"),
                str(exc),
                action=self.tr("&Remove from the list"),
                icon=warning,
            )
        elif isinstance(exc, VaultNotWritableError):
            self._show_error(
                ErrorKind.NOT_WRITABLE, self.tr("Cannot write in this folder"), str(exc)
            )
        elif isinstance(exc, VaultUnreadableError):
            self._show_error(ErrorKind.UNREADABLE, self.tr("The file cannot be read"), str(exc))
        elif isinstance(exc, VaultSaveError):
            self._show_error(ErrorKind.SAVE_FAILED, self.tr("Could not write the vault"), str(exc))
        elif isinstance(exc, UserFacingError):
            self._show_error(ErrorKind.OTHER, self.tr("The vault could not be opened"), str(exc))
        else:
            log.error("Unexpected error opening %s", path, exc_info=exc)
            self._show_error(
                ErrorKind.UNEXPECTED,
                self.tr("Something unexpected went wrong"),
                self.tr(
                    "govkit could not open the vault because of an unexpected problem. Nothing "
                    "was changed. The details are in govkit's log file; please send it to "
                    "whoever supports govkit for you."
                ),
            )

    def _show_error(
        self,
        kind: ErrorKind,
        title: str,
        text: str,
        *,
        action: str | None = None,
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxCritical,
    ) -> None:
        self.error_kind = kind
        self.message.set_action(action)
        self.message.show_message(icon, title, text)

    def _clear_wrong_passphrase(self) -> None:
        if self.error_kind in (ErrorKind.WRONG_PASSPHRASE, ErrorKind.INVALID):
            self.message.clear()
            self.error_kind = None

    def _message_action(self) -> None:
        if self.error_kind == ErrorKind.DAMAGED:
            self.open_backup()
        elif self.error_kind == ErrorKind.NOT_FOUND:
            path = self.current_path()
            if path is not None:
                forget_recent(self.settings, path)
                self.vault_combo.removeItem(self.vault_combo.currentIndex())
                self._vault_changed()

    def open_backup(self) -> None:
        """Open the newest (or next older) backup of the damaged vault and put it in place."""
        path = self._damaged_path or self.current_path()
        if path is None or self._busy:
            return
        backups = _find_backups(path)
        if self._backup_index >= len(backups):
            return
        backup = backups[self._backup_index]
        secret = self.secret.text()
        if not secret:
            self._show_error(
                ErrorKind.DAMAGED,
                self.tr("Passphrase missing"),
                self.tr("Type your passphrase, then press “Open the newest backup” again."),
                action=self.tr("Open the &newest backup"),
            )
            self.secret.setFocus()
            return

        def restore(_control: TaskControl) -> Workspace:
            workspace = _workspace_class()
            from govkit.storage.vault import Vault  # loaded with the workspace

            return workspace(Vault.restore_backup(path, backup, secret))

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, VaultDamagedError) and self._backup_index + 1 < len(backups):
                self._backup_index += 1
                self._show_error(
                    ErrorKind.DAMAGED,
                    self.tr("This backup is damaged too"),
                    self.tr("“{name}” cannot be read either. An older backup exists.").format(
                        name=backup.name
                    ),
                    action=self.tr("Try the &next older backup"),
                )
            else:
                self._explain(path, exc)

        def restored(ws: Workspace) -> None:
            self._damaged_path = None
            self._opened(path, ws)

        self.message.clear()
        self._set_busy(True, self.tr("Opening the backup “{name}”…").format(name=backup.name))
        self.runner.run(restore, on_success=restored, on_error=failed)

    # -- creating ----------------------------------------------------------------------------

    def show_create_page(self) -> None:
        if not self.new_path.text():
            folder = Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            )
            if not folder.is_dir():
                folder = Path.home()
            self.new_path.setText(str(self._free_name(folder / (self.tr("register") + SUFFIX))))
        self.create_error.clear()
        self.pages.setCurrentIndex(self.PAGE_CREATE)
        self.person_name.setFocus()

    @staticmethod
    def _free_name(path: Path) -> Path:
        candidate, n = path, 2
        while candidate.exists():
            candidate = path.with_name(f"{path.stem} {n}{path.suffix}")
            n += 1
        return candidate

    def show_open_page(self) -> None:
        self.pages.setCurrentIndex(self.PAGE_OPEN)
        self._update_first_run()
        if self.vault_combo.count():
            self.secret.setFocus()

    def choose_new_path(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a vault"),
            self.new_path.text(),
            self.tr("govkit vaults (*.govkit)"),
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != SUFFIX:
                path = path.with_name(path.name + SUFFIX)
            self.new_path.setText(str(path))

    def _update_avoid(self) -> None:
        self.new_passphrase.set_avoid([self.person_name.text(), self.organisation.text()])

    def _create_problem(self, text: str, focus: QWidget) -> None:
        self.create_error.set_action(None)
        self.create_error.show_message(
            QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("Please check"), text
        )
        focus.setFocus()

    def create_vault(self) -> None:
        if self._busy:
            return
        raw = self.new_path.text().strip()
        if not raw:
            self._create_problem(self.tr("Choose where to save the vault."), self.new_path)
            return
        path = Path(raw).expanduser()
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
            self.new_path.setText(str(path))
        if not path.parent.is_dir():
            self._create_problem(
                self.tr("The folder “{folder}” does not exist.").format(folder=path.parent),
                self.new_path,
            )
            return
        if path.exists():
            self._create_problem(
                self.tr("“{name}” already exists. Choose another name.").format(name=path.name),
                self.new_path,
            )
            return
        name = self.person_name.text().strip()
        if not name:
            self._create_problem(
                self.tr("Type your name. It is recorded with every change you make."),
                self.person_name,
            )
            return
        problem = self.new_passphrase.problem()
        if problem:
            self._create_problem(problem, self.new_passphrase.passphrase)
            return
        passphrase = self.new_passphrase.text()
        organisation = self.organisation.text().strip()
        kdf = self.kdf
        self.create_error.clear()
        self._set_busy(True, self.tr("Creating the vault…"))
        self.runner.run(
            lambda _control: _workspace_class().create(
                path,
                person_name=name,
                passphrase=passphrase,
                organisation_name=organisation,
                kdf=kdf,
            ),
            on_success=lambda result: self._created(path, *result),
            on_error=self._create_failed,
        )

    def _created(self, path: Path, ws: Workspace, recovery_key: str) -> None:
        self._set_busy(False)
        if self._abandoned:
            ws.close()
            return
        remember_recent(self.settings, path)
        self.new_passphrase.clear()
        dialog = RecoveryKeyDialog(recovery_key, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recovery_dialog = dialog

        def done(_result: int) -> None:
            self.recovery_dialog = None
            self.person_name.clear()
            self.organisation.clear()
            self.new_path.clear()
            self.pages.setCurrentIndex(self.PAGE_OPEN)
            self.refresh_recent(select=path)
            self.unlocked.emit(ws)

        dialog.finished.connect(done)
        dialog.open()
        self.recoveryKeyShown.emit(dialog)

    def _create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self._create_problem(" ".join(exc.problems.values()), self.person_name)
        elif isinstance(exc, UserFacingError):  # VaultExistsError, a folder not writable…
            self._create_problem(str(exc), self.new_path)
        else:
            log.error("Unexpected error creating a vault", exc_info=exc)
            self._create_problem(
                self.tr(
                    "govkit could not create the vault because of an unexpected problem. The "
                    "details are in govkit's log file."
                ),
                self.new_path,
            )

    # -- after the recovery key --------------------------------------------------------------

    def _start_reset(self, ws: Workspace) -> None:
        self._pending = ws
        self.reset_intro.setText(
            self.tr(
                "You opened “{name}” with the recovery key. If someone has forgotten their "
                "passphrase, give them a new one now and tell it to them in person. If the "
                "recovery key may have been seen by others, create a new one under People "
                "once the vault is open."
            ).format(name=ws.path.name)
        )
        self.reset_person.clear()
        for person in ws.people.list():
            self.reset_person.addItem(person.name, person)
        self.reset_error.clear()
        self.reset_passphrase.clear()
        self.pages.setCurrentIndex(self.PAGE_RESET)
        self._update_reset_avoid()
        self.reset_passphrase.passphrase.setFocus()

    def _update_reset_avoid(self) -> None:
        person = self.reset_person.currentData()
        if hasattr(person, "name"):
            self.reset_passphrase.set_avoid([person.name])

    def skip_reset(self) -> None:
        ws, self._pending = self._pending, None
        self.pages.setCurrentIndex(self.PAGE_OPEN)
        if ws is not None:
            self.unlocked.emit(ws)

    def reset_and_continue(self) -> None:
        ws = self._pending
        person = self.reset_person.currentData()
        if ws is None or self._busy or not hasattr(person, "slot_id"):
            return
        problem = self.reset_passphrase.problem()
        if problem:
            self.reset_error.show_message(
                QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("Please check"), problem
            )
            self.reset_passphrase.passphrase.setFocus()
            return
        passphrase = self.reset_passphrase.text()
        self.reset_error.clear()
        self._set_busy(True, self.tr("Setting the new passphrase…"))

        def reset(_control: TaskControl) -> None:
            ws.people.reset_passphrase(person.slot_id, passphrase)

        def done(_none: None) -> None:
            self._set_busy(False)
            self.reset_passphrase.clear()
            self.skip_reset()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, ValidationError):
                text = " ".join(exc.problems.values())
            elif isinstance(exc, UserFacingError):
                text = str(exc)
            else:
                log.error("Unexpected error resetting a passphrase", exc_info=exc)
                text = self.tr("The passphrase could not be set because of an unexpected problem.")
            self.reset_error.show_message(
                QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("Not changed"), text
            )

        self.runner.run(reset, on_success=done, on_error=failed)

    # -- the demo ----------------------------------------------------------------------------

    def prepare_demo(self, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Create the demo vault if needed (in the worker), then offer it, passphrase filled in."""
        self.pages.setCurrentIndex(self.PAGE_OPEN)
        self.refresh_recent(select=path)
        demo_kdf = kdf or self.kdf

        def ready(_created: bool) -> None:
            self._set_busy(False)
            self.preselect(
                path,
                passphrase=passphrase,
                notice=self.tr(
                    "This is the demo vault of an invented city, to try govkit out. Its "
                    "passphrase is filled in: {passphrase}. Press Enter to open it."
                ).format(passphrase=passphrase),
            )

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._explain(path, exc)

        def ensure(_control: TaskControl) -> bool:
            from govkit.services.demo_vault import ensure_demo_vault

            with _IMPORT_LOCK:  # what ensure_demo_vault imports
                import govkit.services.demo
                import govkit.services.workspace  # noqa: F401
            return ensure_demo_vault(path, kdf=demo_kdf)

        if path.exists():  # made on an earlier start: offer it at once
            ready(False)
            return
        self._set_busy(True, self.tr("Preparing the demo vault (only the first time)…"))
        self.runner.run(
            ensure,
            on_success=ready,
            on_error=failed,
        )

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.recovery_dialog is not None:
            # The key must be confirmed as stored before the window goes away.
            event.ignore()
            self.recovery_dialog.reject()
            return
        if self._pending is not None:
            ws, self._pending = self._pending, None
            ws.close()
        if self._busy:
            self._abandoned = True  # whatever the worker opens is closed when it returns
        super().closeEvent(event)
        self.closed.emit()

    def reopen(self) -> None:
        """Make the window usable again after it was closed or hidden."""
        self._abandoned = False
        self.show()
        self.raise_()
        self.activateWindow()
