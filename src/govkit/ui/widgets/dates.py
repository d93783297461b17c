"""A date field that may be empty: its lowest date shows as "No date"."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


class OptionalDateEdit(QDateEdit):
    """``empty`` (the minimum date) is shown as ``empty_text``.

    Qt's date editor keeps Tab for moving between year, month and day, and while it shows its
    special "no date" text it swallows Tab altogether: keyboard users could not leave it.
    Here Tab leaves an empty field at once.
    """

    def __init__(self, empty: QDate, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(empty)
        self.setSpecialValueText(empty_text)
        self.setDate(empty)

    def is_empty(self) -> bool:
        return self.date() == self.minimumDate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.is_empty():
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            event.accept()
            QWidget.focusNextPrevChild(self, forward)
            return
        super().keyPressEvent(event)


__all__ = ["OptionalDateEdit"]
