"""Questions and messages for the user, in one object the window owns (tests replace it).

Message boxes are opened non-statically so that :meth:`Prompts.close_open` can dismiss one that
is still on screen when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._open: QMessageBox | None = None

    def confirm(self, title: str, text: str, accept_text: str, *, destructive: bool = True) -> bool:
        """Ask before an action; the safe answer (Cancel) is the default for destructive ones."""
        box = QMessageBox(
            QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if destructive else accept)
        box.setEscapeButton(cancel)
        accept.setAccessibleName(accept_text)
        cancel.setAccessibleName(_tr("Cancel"))
        self._open = box
        try:
            box.exec()
        finally:
            self._open = None
        return box.clickedButton() is accept

    def error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._parent
        )
        self._open = box
        try:
            box.exec()
        finally:
            self._open = None

    def close_open(self) -> None:
        """Dismiss a question still on screen (it counts as Cancel)."""
        if self._open is not None:
            self._open.reject()
