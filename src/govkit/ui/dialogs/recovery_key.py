"""The recovery key, shown once: copy it, save it, print it, confirm it is stored safely."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSaveFile, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

GROUPS_PER_LINE = 5


def key_lines(key: str) -> list[str]:
    """The key in lines of a few groups, easier to copy by hand than one long line."""
    groups = key.split("-")
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


class RecoveryKeyDialog(QDialog):
    """Shows a recovery key once. Close is enabled only after "I have stored it safely".

    Open it with ``open()`` (window-modal, non-blocking); ``finished`` tells when it is gone.
    Escape and the window's close button do nothing until the key is confirmed as stored.
    """

    copied = Signal()  # the key was put on the clipboard (the controller clears it on lock)

    def __init__(self, key: str, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._vault_path = vault_path
        self._created = datetime.now().astimezone()
        self._may_close = False
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "This key opens the vault “{name}” if every passphrase is forgotten. It is shown "
                "only now. Print it or write it down and keep it somewhere safe, such as the "
                "office safe, away from this computer. Anyone who has it can open the vault."
            ).format(name=vault_path.name)
        )
        intro.setWordWrap(True)

        self.key_label = QLabel("\n".join(key_lines(key)))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.key_label.setMargin(12)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(key)

        hint = QLabel(
            self.tr(
                "Only the letters A to Z and the digits 2 to 7 occur: an O is always the letter "
                "O, an I always the letter I."
            )
        )
        hint.setWordWrap(True)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy_key)
        self.save_button = QPushButton(self.tr("&Save to file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(self._save_to_file)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.stored = QCheckBox(self.tr("I have &stored the recovery key safely"))
        self.stored.setAccessibleName(self.tr("I have stored the recovery key safely"))
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.close_button.setAutoDefault(False)
        self.stored.toggled.connect(self.close_button.setEnabled)
        self.stored.toggled.connect(self._stored_toggled)
        self.close_button.clicked.connect(self.accept)

        bottom = QHBoxLayout()
        bottom.addWidget(self.stored, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(hint)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setMinimumWidth(520)
        self.copy_button.setFocus()

    @property
    def key(self) -> str:
        return self._key

    def _stored_toggled(self, checked: bool) -> None:
        self.close_button.setDefault(checked)

    # -- leaving -----------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.stored.isChecked():
            self.reject()
            return
        self._may_close = True
        super().accept()

    def reject(self) -> None:
        # Escape must not make the key vanish unseen; closing asks for the confirmation first.
        if self.stored.isChecked():
            self._may_close = True
            super().reject()
            return
        self.status.setText(
            self.tr(
                "Tick “I have stored the recovery key safely” first: it will not be shown again."
            )
        )
        self.stored.setFocus()

    def force_close(self) -> None:
        """Close without the confirmation (the vault is being locked)."""
        self._may_close = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close or self.stored.isChecked():
            self._may_close = True
            super().closeEvent(event)
        else:
            event.ignore()
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter must not close by accident either: only the enabled Close button does.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.stored.isChecked():
            event.accept()
            return
        super().keyPressEvent(event)

    # -- keeping the key ---------------------------------------------------------------------

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.status.setText(
            self.tr(
                "Copied. Paste it where it will be kept safe; govkit clears the clipboard when "
                "the vault is locked or closed."
            )
        )
        self.copied.emit()

    def sheet_text(self) -> str:
        lines = [
            self.tr("govkit recovery key"),
            "",
            self.tr("Vault: {name}").format(name=self._vault_path.name),
            self.tr("Created: {when}").format(when=self._created.strftime("%Y-%m-%d %H:%M")),
            "",
            *key_lines(self._key),
            "",
            self.tr(
                "This key opens the vault if every passphrase is forgotten. Keep it somewhere "
                "safe, away from the computer. Anyone who has it can open the vault."
            ),
        ]
        return "\n".join(lines) + "\n"

    def suggested_file_name(self) -> str:
        return self.tr("{stem} recovery key.txt").format(stem=self._vault_path.stem)

    def save_to(self, path: Path) -> bool:
        """Write the key sheet to ``path`` (atomically); shows the outcome in the dialog."""
        out = QSaveFile(str(path))
        ok = out.open(QSaveFile.OpenModeFlag.WriteOnly | QSaveFile.OpenModeFlag.Text)
        if ok:
            ok = out.write(self.sheet_text().encode("utf-8")) >= 0 and out.commit()
        else:
            out.cancelWriting()
        if ok:
            self.status.setText(
                self.tr(
                    "Saved to “{path}”. Move it to a USB stick or print it, then delete it from "
                    "this computer."
                ).format(path=str(path))
            )
        else:
            self.status.setText(
                self.tr("Could not save to “{path}”: {reason}").format(
                    path=str(path), reason=out.errorString()
                )
            )
        return ok

    def _save_to_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path(folder) / self.suggested_file_name()),
            self.tr("Text files (*.txt)"),
        )
        if name:
            self.save_to(Path(name))

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        key_html = "<br>".join(html.escape(line) for line in key_lines(self._key))
        title, _blank, vault, created = (html.escape(t) for t in self.sheet_text().split("\n")[:4])
        advice = html.escape(self.sheet_text().rstrip("\n").split("\n")[-1])
        key_style = "font-family: monospace; font-size: 16pt; font-weight: 600"
        document.setHtml(
            f"<h1>{title}</h1><p>{vault}<br>{created}</p>"
            f"<p style='{key_style}'>{key_html}</p><p>{advice}</p>"
        )
        document.print_(printer)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
            self.status.setText(self.tr("Sent to the printer."))


def show_recovery_key(parent: QWidget, key: str, vault_path: Path) -> RecoveryKeyDialog:
    """Open the dialog window-modally (non-blocking) and return it."""
    dialog = RecoveryKeyDialog(key, vault_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
