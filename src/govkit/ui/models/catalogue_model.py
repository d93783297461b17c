"""The entries of one pick list, with built-in entries marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from govkit.domain.models import CatalogueEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueModel", text)


class CatalogueModel(QAbstractTableModel):
    LABEL, ORIGIN = 0, 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[CatalogueEntry] = []

    def set_entries(self, entries: list[CatalogueEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> CatalogueEntry:
        return self._entries[row]

    def row_of_label(self, label: str) -> int:
        folded = label.casefold()
        return next((n for n, e in enumerate(self._entries) if e.label.casefold() == folded), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr("Entry") if section == self.LABEL else _tr("Origin")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.LABEL:
                return entry.label
            return _tr("Built-in") if entry.builtin else _tr("Added by your organisation")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.LABEL:
            return entry.description or entry.label
        return None
