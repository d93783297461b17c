"""The pick lists: see each one, add entries, remove the ones your organisation added."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.enums import CatalogueKind
from govkit.services.context import ChangeEvent
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.models.catalogue_model import CatalogueModel
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.form import ERROR_COLOUR, HELP_COLOUR
from govkit.ui.widgets.prompts import Prompts


class CataloguePage(QWidget):
    status = Signal(str)
    stateChanged = Signal()

    def __init__(
        self, pick_lists: PickLists, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pick_lists = pick_lists
        self.catalogues = pick_lists.catalogues
        self.prompts = prompts

        title = QLabel(self.tr("Catalogues (pick lists)"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "The choices offered in the forms. Built-in entries follow the GDPR's wording and "
                "cannot be removed; add the departments, systems and recipients of your "
                "organisation, and the processing your supervisory authority lists as always "
                "requiring a DPIA. Removing an entry does not change the records that use it."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.kinds = QListWidget(self)
        self.kinds.setAccessibleName(self.tr("Pick lists"))
        for kind in CatalogueKind:
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(item)
        kinds_label = QLabel(self.tr("&Pick list:"), self)
        kinds_label.setBuddy(self.kinds)

        self.model = CatalogueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Entries of the pick list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CatalogueModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CatalogueModel.ORIGIN, QHeaderView.ResizeMode.ResizeToContents)
        self.entries_label = QLabel(self)
        self.entries_label.setBuddy(self.table)

        self.new_entry = QLineEdit(self)
        self.new_entry.setPlaceholderText(self.tr("New entry"))
        self.new_entry.setAccessibleName(self.tr("New entry for the pick list"))
        new_label = QLabel(self.tr("&New entry:"), self)
        new_label.setBuddy(self.new_entry)
        self.add_button = QPushButton(self.tr("Add to list"), self)
        self.add_button.setAccessibleName(self.tr("Add the new entry to the pick list"))
        self.remove_button = QPushButton(self.tr("Remove entry"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected entry"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        left = QWidget(self)
        l_lay = QVBoxLayout(left)
        l_lay.setContentsMargins(0, 0, 4, 0)
        l_lay.addWidget(kinds_label)
        l_lay.addWidget(self.kinds)
        right = QWidget(self)
        r_lay = QVBoxLayout(right)
        r_lay.setContentsMargins(4, 0, 0, 0)
        r_lay.addWidget(self.entries_label)
        r_lay.addWidget(self.table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(new_label)
        add_row.addWidget(self.new_entry, 1)
        add_row.addWidget(self.add_button)
        r_lay.addLayout(add_row)
        r_lay.addWidget(self.message)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        r_lay.addLayout(remove_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(splitter, 1)

        self.kinds.currentRowChanged.connect(self._on_kind)
        self.new_entry.returnPressed.connect(self.add_entry)
        self.new_entry.textChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.kinds.setCurrentRow(0)

    @property
    def kind(self) -> CatalogueKind:
        item = self.kinds.currentItem()
        return (
            CatalogueKind(item.data(Qt.ItemDataRole.UserRole)) if item else CatalogueKind.DEPARTMENT
        )

    def show_kind(self, kind: CatalogueKind) -> None:
        self.kinds.setCurrentRow(list(CatalogueKind).index(kind))

    def reload(self) -> None:
        self.model.set_entries(self.catalogues.entries(self.kind))
        self.entries_label.setText(self.tr("En&tries of “{list}”:").format(list=self.kind.label))
        self._update_buttons()

    def apply_changes(self, _events: list[ChangeEvent]) -> None:
        self.reload()

    def add_entry(self) -> None:
        text = self.new_entry.text()
        try:
            label = self.pick_lists.add(self.kind, text)
        except ValidationError as exc:
            self._say(next(iter(exc.problems.values()), str(exc)), error=True)
            return
        self.new_entry.clear()
        self.reload()
        row = self.model.row_of_label(label)
        if row >= 0:
            self.table.selectRow(row)
        self._say(
            self.tr("“{label}” was added to “{list}”.").format(label=label, list=self.kind.label)
        )
        self.new_entry.setFocus()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.entry(rows[0].row())
        if entry.builtin or entry.id is None:
            self._say(self.tr("Built-in entries cannot be removed."), error=True)
            return
        if not self.prompts.confirm(
            self.tr("Remove entry"),
            self.tr(
                "Remove “{label}” from the pick list “{list}”? Records that use it keep the text."
            ).format(label=entry.label, list=self.kind.label),
            self.tr("Remove “{label}”").format(label=entry.label),
        ):
            return
        try:
            self.catalogues.remove(entry.id)
        except UserFacingError as exc:
            text = (
                next(iter(exc.problems.values())) if isinstance(exc, ValidationError) else str(exc)
            )
            self._say(text, error=True)
            return
        self.pick_lists.invalidate()
        self.reload()
        self._say(self.tr("“{label}” was removed.").format(label=entry.label))

    def close_transient_ui(self) -> None:
        """Nothing here opens a popup of its own."""

    def commit_pending_edits(self) -> bool:
        return True

    def has_pending_edits(self) -> bool:
        return False

    def _on_kind(self, _row: int) -> None:
        self.message.hide()
        self.reload()

    def _update_buttons(self, *_args: object) -> None:
        self.add_button.setEnabled(bool(self.new_entry.text().strip()))
        rows = self.table.selectionModel().selectedRows()
        removable = bool(rows) and not self.model.entry(rows[0].row()).builtin
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            "" if removable or not rows else self.tr("Built-in entries cannot be removed.")
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        colour = ERROR_COLOUR if error else HELP_COLOUR
        self.message.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if error else ""))
        self.message.setText(("⚠ " if error else "") + text)
        self.message.show()
