"""Editors for structured lists (recipients, transfers, joint controllers, controllers served).

A small table with one row per entry: "Add …" appends a row and starts editing its first
free-text cell; "Remove …" (or Delete) takes the selected row out. Cells with a pick list offer
it in an editable combo box (free text allowed); a closed set (the recipient's category) is a
plain combo box. Tab leaves the table, the arrow keys move between cells and F2 or typing
edits a cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.fields import FieldSpec
from govkit.ui.models.part_model import PART_KINDS, PartColumn, PartKind, PartListModel
from govkit.ui.widgets.fields import FieldEditor, PickLists


class PartDelegate(QStyledItemDelegate):
    """Cell editors: a combo for closed sets and pick lists, a line edit for the rest."""

    def __init__(
        self, kind: PartKind, pick_lists: PickLists, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.pick_lists = pick_lists

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> PartColumn:
        return self.kind.columns[index.column()]

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = self._column(index)
        editor: QWidget
        if column.boolean:
            combo = QComboBox(parent)
            combo.addItem(self.tr("No"), "no")
            combo.addItem(self.tr("Yes"), "yes")
            editor = combo
        elif column.choices is not None:
            combo = QComboBox(parent)
            for member in column.choices:
                combo.addItem(str(member.label), member.value)  # type: ignore[attr-defined]
            editor = combo
        elif column.catalogue is not None:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(self.pick_lists.labels(column.catalogue))
            completer = combo.completer()
            if completer is not None:
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor = combo
        else:
            editor = QLineEdit(parent)
        editor.setAccessibleName(column.title())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        column = self._column(index)
        if isinstance(editor, QComboBox):
            if column.choices is not None or column.boolean:
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                editor.setCurrentIndex(-1)
                editor.setEditText(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(value)

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        column = self._column(index)
        if isinstance(editor, QComboBox):
            closed = column.choices is not None or column.boolean
            value = editor.currentData() if closed else editor.currentText()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class _PartTable(QTableView):
    """Delete removes the selected row; Tab leaves the table."""

    def __init__(self, owner: PartsField) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setTabKeyNavigation(False)

    def event(self, e: QEvent) -> bool:
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and e.key() == Qt.Key.Key_Delete
            and self.state() != self.State.EditingState
        ):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self._owner.remove_selected()
            return
        super().keyPressEvent(e)


class PartsField(FieldEditor):
    def __init__(
        self, spec: FieldSpec, pick_lists: PickLists, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.kind = PART_KINDS[spec.kind.value]
        self.model = PartListModel(self.kind, self)
        self.table = _PartTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(PartDelegate(self.kind, pick_lists, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.add_button = QPushButton(self.kind.add_text(), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.model.dataChanged.connect(self._emit_changed)
        self.model.rowsInserted.connect(self._emit_changed)
        self.model.rowsRemoved.connect(self._emit_changed)
        sel = self.table.selectionModel()
        sel.selectionChanged.connect(self._update_buttons)
        self.setFocusProxy(self.table)
        self._fit()
        self._update_buttons()

    def value(self) -> list[Any]:
        return self.model.items()

    def _show(self, value: Any) -> None:
        self.model.set_items(list(value or []))
        self._fit()
        self._update_buttons()

    def focus_widget(self) -> QWidget:
        return self.table

    def describe(self, description: str) -> None:
        self.table.setAccessibleName(self.spec.label)
        if description:
            self.table.setAccessibleDescription(description)
        self.add_button.setAccessibleName(self.kind.add_text())
        self.remove_button.setAccessibleName(
            self.tr("{action} (the selected row)").format(action=self.kind.remove_text())
        )

    def add_row(self) -> None:
        row = self.model.append()
        self._fit()
        first_text = next(
            (n for n, c in enumerate(self.kind.columns) if c.choices is None and not c.boolean),
            0,
        )
        index = self.model.index(row, first_text)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        for row in rows:
            self.model.remove(row)
        self._fit()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def _fit(self) -> None:
        """Tall enough for the rows (at least two, at most eight) without an inner scroll."""
        rows = max(2, min(self.model.rowCount(), 8))
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 2)
