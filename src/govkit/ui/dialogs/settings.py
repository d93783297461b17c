"""Settings that travel with the vault: idle lock, backups kept, autosave delay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govkit.services.settings import LIMITS, VaultSettings
from govkit.services.workspace import Workspace
from govkit.storage.errors import UserFacingError, ValidationError


class SettingsDialog(QDialog):
    """Edits ``workspace.settings``; the service validates, problems show beside each field."""

    FIELDS = ("idle_lock_minutes", "backups_kept", "autosave_seconds")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Vault settings"))
        current = workspace.settings.get()

        intro = QLabel(
            self.tr("These settings are stored in the vault and apply to everyone who opens it."),
            self,
        )
        intro.setWordWrap(True)

        self.idle_lock = self._spin("idle_lock_minutes", current.idle_lock_minutes)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_lock.setAccessibleDescription(self.tr("0 turns automatic locking off."))
        self.backups = self._spin("backups_kept", current.backups_kept)
        self.backups.setAccessibleName(self.tr("Backup copies kept"))
        self.autosave = self._spin("autosave_seconds", current.autosave_seconds)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setAccessibleName(self.tr("Save changes after seconds"))

        self.problems: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setVerticalSpacing(4)
        rows = (
            (
                "idle_lock_minutes",
                self.tr("&Lock after:"),
                self.idle_lock,
                self.tr(
                    "Minutes without use before govkit locks the vault and hides the register. "
                    "“Never” leaves it open for anyone at this computer."
                ),
            ),
            (
                "backups_kept",
                self.tr("&Backup copies:"),
                self.backups,
                self.tr(
                    "Earlier versions kept next to the vault file, to go back to if it is damaged."
                ),
            ),
            (
                "autosave_seconds",
                self.tr("&Save changes after:"),
                self.autosave,
                self.tr("Seconds after a change before it is written to the vault file."),
            ),
        )
        for n, (key, text, spin, help_text) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(spin)
            spin.setAccessibleDescription(help_text)
            spin.setMinimumWidth(110)
            help_label = QLabel(help_text, self)
            help_label.setWordWrap(True)
            help_label.setContentsMargins(0, 0, 0, 8)
            problem = QLabel(self)
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b3261e;")
            problem.setAccessibleName(self.tr("Problem"))
            problem.hide()
            self.problems[key] = problem
            grid.addWidget(label, 3 * n, 0)
            grid.addWidget(spin, 3 * n, 1)
            grid.addWidget(problem, 3 * n + 1, 1, 1, 2)
            grid.addWidget(help_label, 3 * n + 2, 1, 1, 2)

        self.idle_warning = QLabel(
            self.tr(
                "Automatic locking is off: anyone at this computer can read the register while "
                "you are away. Lock it yourself with Ctrl+L."
            ),
            self,
        )
        self.idle_warning.setWordWrap(True)
        self.idle_warning.setAccessibleName(self.tr("Warning"))
        self.idle_lock.valueChanged.connect(self._idle_changed)
        self.idle_warning.setVisible(current.idle_lock_minutes == 0)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Save settings"))
        ok.setAccessibleName(self.tr("Save settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.idle_warning)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.idle_lock.setFocus()

    def _idle_changed(self, minutes: int) -> None:
        self.idle_warning.setVisible(minutes == 0)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every line when a message appears (wrapped labels need the height)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def _spin(self, key: str, value: int) -> QSpinBox:
        low, high = LIMITS[key]
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setKeyboardTracking(False)
        return spin

    def values(self) -> dict[str, int]:
        return {
            "idle_lock_minutes": self.idle_lock.value(),
            "backups_kept": self.backups.value(),
            "autosave_seconds": self.autosave.value(),
        }

    def apply(self) -> VaultSettings | None:
        """Save through the service; on a problem keep the dialog open and say what is wrong."""
        for label in self.problems.values():
            label.hide()
        self.error.hide()
        for spin in (self.idle_lock, self.backups, self.autosave):
            # A half-typed or emptied box goes back to its last valid value, as on leaving it.
            spin.interpretText()
        try:
            result = self.workspace.settings.update(**self.values())
        except ValidationError as exc:
            for key, message in exc.problems.items():
                target = self.problems.get(key, self.error)
                target.setText(message)
                target.show()
            self._fit()
            return None
        except UserFacingError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self._fit()
            return None
        self.accept()
        return result
