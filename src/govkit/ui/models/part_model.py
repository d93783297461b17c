"""A small editable table of structured parts (recipients, transfers, joint controllers…)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from govkit.domain.ai_enums import AiModelType, DatasetUse, RegisterKind
from govkit.domain.enums import CatalogueKind, RecipientCategory
from govkit.domain.parts import (
    AiDataset,
    AiModel,
    ControllerParty,
    JointController,
    Recipient,
    RegisterEntry,
    Transfer,
    _Part,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartColumns", text)


@dataclass(frozen=True)
class PartColumn:
    """One column of a part table: the part's attribute and how it is chosen."""

    name: str
    title: Callable[[], str]
    choices: type[StrEnum] | None = None  # a closed set with ``.label`` (e.g. RecipientCategory)
    catalogue: CatalogueKind | None = None  # an open pick list (free text allowed)
    boolean: bool = False  # a yes/no value (chosen in a combo box)


@dataclass(frozen=True)
class PartKind:
    part: type[_Part]
    columns: tuple[PartColumn, ...]
    add_text: Callable[[], str]
    remove_text: Callable[[], str]


PART_KINDS: dict[str, PartKind] = {
    "recipients": PartKind(
        Recipient,
        (
            PartColumn("category", lambda: _tr("Category"), choices=RecipientCategory),
            PartColumn("name", lambda: _tr("Recipient"), catalogue=CatalogueKind.RECIPIENT),
        ),
        lambda: _tr("Add recipient"),
        lambda: _tr("Remove recipient"),
    ),
    "transfers": PartKind(
        Transfer,
        (
            PartColumn("country", lambda: _tr("Country or organisation")),
            PartColumn("recipient", lambda: _tr("Recipient"), catalogue=CatalogueKind.RECIPIENT),
            PartColumn("safeguard", lambda: _tr("Safeguard"), catalogue=CatalogueKind.SAFEGUARD),
            PartColumn("documentation", lambda: _tr("Documentation of safeguards")),
        ),
        lambda: _tr("Add transfer"),
        lambda: _tr("Remove transfer"),
    ),
    "joint_controllers": PartKind(
        JointController,
        (
            PartColumn("name", lambda: _tr("Name")),
            PartColumn("contact", lambda: _tr("Contact")),
            PartColumn("responsibilities", lambda: _tr("Responsibilities")),
        ),
        lambda: _tr("Add joint controller"),
        lambda: _tr("Remove joint controller"),
    ),
    "controllers": PartKind(
        ControllerParty,
        (
            PartColumn("name", lambda: _tr("Controller")),
            PartColumn("contact", lambda: _tr("Contact")),
            PartColumn("representative", lambda: _tr("Representative")),
            PartColumn("dpo", lambda: _tr("Data protection officer")),
        ),
        lambda: _tr("Add controller"),
        lambda: _tr("Remove controller"),
    ),
    "ai_models": PartKind(
        AiModel,
        (
            PartColumn("name", lambda: _tr("Model")),
            PartColumn("type", lambda: _tr("Type"), choices=AiModelType),
            PartColumn("provider", lambda: _tr("Provider")),
            PartColumn("version", lambda: _tr("Version")),
        ),
        lambda: _tr("Add model"),
        lambda: _tr("Remove model"),
    ),
    "ai_datasets": PartKind(
        AiDataset,
        (
            PartColumn("use", lambda: _tr("Use"), choices=DatasetUse),
            PartColumn("description", lambda: _tr("Description")),
            PartColumn("personal_data", lambda: _tr("Personal data"), boolean=True),
            PartColumn("sources", lambda: _tr("Sources")),
            PartColumn("special_categories", lambda: _tr("Special categories (Art. 9, 10)")),
        ),
        lambda: _tr("Add data set"),
        lambda: _tr("Remove data set"),
    ),
    "register_entries": PartKind(
        RegisterEntry,
        (
            PartColumn("register", lambda: _tr("Register"), choices=RegisterKind),
            PartColumn("identifier", lambda: _tr("Identifier")),
            PartColumn("url", lambda: _tr("Address (URL)")),
        ),
        lambda: _tr("Add register entry"),
        lambda: _tr("Remove register entry"),
    ),
}


def yes_no(value: object) -> str:
    return _tr("Yes") if value is True or value == "yes" else _tr("No")


def choice_label(enum: type[StrEnum], value: str) -> str:
    try:
        return str(enum(value).label)  # type: ignore[attr-defined]
    except ValueError:
        return value


class PartListModel(QAbstractTableModel):
    """The parts of one field; edits replace the frozen dataclass instances."""

    def __init__(self, kind: PartKind, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._items: list[_Part] = []

    def items(self) -> list[_Part]:
        return list(self._items)

    def set_items(self, items: list[_Part]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append(self) -> int:
        n = len(self._items)
        self.beginInsertRows(QModelIndex(), n, n)
        self._items.append(self.kind.part())
        self.endInsertRows()
        return n

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.kind.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.kind.columns)
        ):
            return self.kind.columns[section].title()
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        column = self.kind.columns[index.column()]
        raw = getattr(self._items[index.row()], column.name)
        if column.boolean:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return yes_no(raw)
            if role == Qt.ItemDataRole.EditRole:
                return "yes" if raw else "no"
            return None
        value = str(raw)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return choice_label(column.choices, value) if column.choices else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.kind.columns[index.column()]
        new: object = str(value or "").strip()
        if column.boolean:
            new = value is True or new == "yes"
        item = self._items[index.row()]
        if getattr(item, column.name) == new:
            return False
        self._items[index.row()] = dataclasses.replace(item, **{column.name: new})
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
