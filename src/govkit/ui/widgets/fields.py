"""One editor widget per kind of field (``domain.fields.FieldKind``).

Every editor reads and writes typed values (str, list[str], parts, date, status, bool), says
``changed`` when the user edits it, and names its focusable parts for assistive technology.
Pick lists come from the catalogues through :class:`PickLists`; free text is always allowed,
and a typed value can be added to the catalogue from the field.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.enums import ActivityStatus, CatalogueKind
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.services.catalogues import CatalogueService
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.models.register_model import date_format

if TYPE_CHECKING:
    from govkit.ui.widgets.ai_fields import FieldContext


class PickLists(QObject):
    """The catalogues' labels, cached until a catalogue changes."""

    changed = Signal()

    def __init__(self, catalogues: CatalogueService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogues = catalogues
        self._cache: dict[CatalogueKind, list[str]] = {}

    def labels(self, kind: CatalogueKind) -> list[str]:
        if kind not in self._cache:
            self._cache[kind] = self.catalogues.labels(kind)
        return list(self._cache[kind])

    def contains(self, kind: CatalogueKind, label: str) -> bool:
        folded = label.casefold()
        return any(x.casefold() == folded for x in self.labels(kind))

    def add(self, kind: CatalogueKind, label: str) -> str:
        """Add an entry; raises ValidationError (empty, too long, already there)."""
        entry = self.catalogues.add(kind, label)
        self.invalidate()
        return entry.label

    def invalidate(self) -> None:
        self._cache.clear()
        self.changed.emit()


def _name(widget: QWidget, name: str, description: str = "") -> None:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class FieldEditor(QWidget):
    """Base of the field editors."""

    changed = Signal()
    notice = Signal(str)  # a message for the field's message line; "" clears it

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def describe(self, description: str) -> None:
        """Name the focusable parts after the field (its label and help)."""
        _name(self.focus_widget(), self.spec.label, description)


class TextField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text().strip()

    def _show(self, value: Any) -> None:
        self.edit.setText(str(value or ""))
        self.edit.setCursorPosition(0)  # show the beginning of a long text, not its end

    def focus_widget(self) -> QWidget:
        return self.edit


class _PlainText(QPlainTextEdit):
    """A multi-line text box where Tab moves on (keyboard users would be trapped otherwise)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)


class LongTextField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = _PlainText(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_changed)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText().strip()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))

    def focus_widget(self) -> QWidget:
        return self.edit


class LinesField(FieldEditor):
    """A list without a pick list (purposes, sub-processors): one entry per line."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = _PlainText(self)
        self.edit.setPlaceholderText(self.tr("One entry per line"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_changed)
        self.setFocusProxy(self.edit)

    def value(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def _show(self, value: Any) -> None:
        self.edit.setPlainText("\n".join(value or []))

    def focus_widget(self) -> QWidget:
        return self.edit

    def describe(self, description: str) -> None:
        extra = self.tr("One entry per line.")
        _name(self.edit, self.spec.label, f"{description} {extra}".strip())


class _AddToCatalogue(QPushButton):
    """'Add to list': puts the typed text into the field's catalogue."""

    def __init__(self, kind: CatalogueKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setText(self.tr("Add to list"))
        self.setToolTip(
            self.tr(
                "Add the typed text to the pick list “{list}” so it can be chosen in every record"
            ).format(list=kind.label)
        )
        self.setAccessibleName(
            self.tr("Add the typed text to the pick list {list}").format(list=kind.label)
        )
        self.setAutoDefault(False)


class _PickCombo(QComboBox):
    """An editable combo box over a pick list: choose an entry or type anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = self.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_items(self, labels: list[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItems(labels)
            self.setCurrentIndex(-1)
            self.setEditText(text)
        finally:
            self.blockSignals(False)


class ChoiceField(FieldEditor):
    """One value from a catalogue, free text allowed."""

    def __init__(
        self, spec: FieldSpec, pick_lists: PickLists, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        assert spec.catalogue is not None
        self.kind = spec.catalogue
        self.pick_lists = pick_lists
        self.combo = _PickCombo(self)
        self.add_button = _AddToCatalogue(self.kind, self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.add_button)
        self.combo.set_items(pick_lists.labels(self.kind))
        self.combo.setEditText("")
        self.combo.editTextChanged.connect(self._on_text)
        self.add_button.clicked.connect(self._add_to_catalogue)
        pick_lists.changed.connect(self._refresh)
        self.setFocusProxy(self.combo)
        self._update_button()

    def value(self) -> str:
        return " ".join(self.combo.currentText().split())

    def _show(self, value: Any) -> None:
        self.combo.setEditText(str(value or ""))
        self._update_button()

    def focus_widget(self) -> QWidget:
        return self.combo

    def _on_text(self, _text: str) -> None:
        self._update_button()
        self._emit_changed()

    def _update_button(self) -> None:
        text = self.value()
        self.add_button.setEnabled(bool(text) and not self.pick_lists.contains(self.kind, text))

    def _refresh(self) -> None:
        self._loading = True
        try:
            self.combo.set_items(self.pick_lists.labels(self.kind))
        finally:
            self._loading = False
        self._update_button()

    def _add_to_catalogue(self) -> None:
        try:
            label = self.pick_lists.add(self.kind, self.value())
        except ValidationError as exc:
            self.notice.emit(next(iter(exc.problems.values()), str(exc)))
            return
        self.notice.emit(self.tr("“{label}” was added to the pick list.").format(label=label))


class StatusField(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox(self)
        for status in ActivityStatus:
            self.combo.addItem(status.label, status.value)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.combo.currentIndexChanged.connect(self._emit_changed)
        self.setFocusProxy(self.combo)

    def value(self) -> ActivityStatus:
        return ActivityStatus(self.combo.currentData())

    def _show(self, value: Any) -> None:
        status = ActivityStatus(value or ActivityStatus.DRAFT)
        self.combo.setCurrentIndex(self.combo.findData(status.value))

    def focus_widget(self) -> QWidget:
        return self.combo


class DateField(FieldEditor):
    """A date, or none (the box "No date" ticked)."""

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, *, default: date | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(QDate(2199, 12, 31))
        self.none_box = QCheckBox(self.tr("No date"), self)
        self._default = default
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.date_edit)
        lay.addWidget(self.none_box)
        lay.addStretch(1)
        self.date_edit.dateChanged.connect(self._emit_changed)
        self.none_box.toggled.connect(self._on_none)
        self.setFocusProxy(self.date_edit)
        self._show(None)

    def value(self) -> date | None:
        if self.none_box.isChecked():
            return None
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def _show(self, value: Any) -> None:
        if value is None or value == "":
            self.none_box.setChecked(True)
            self.date_edit.setEnabled(False)
            d = self._default or _next_year()
        else:
            self.none_box.setChecked(False)
            self.date_edit.setEnabled(True)
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
        self.date_edit.setDate(QDate(d.year, d.month, d.day))

    def _on_none(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self._emit_changed()

    def focus_widget(self) -> QWidget:
        return self.date_edit

    def describe(self, description: str) -> None:
        _name(self.date_edit, self.spec.label, description)
        _name(self.none_box, self.tr("{field}: no date").format(field=self.spec.label))


def _next_year() -> date:
    today = date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


class _ToggleLabel(QLabel):
    """The word-wrapped text of a check box; clicking it ticks the box like the box's own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class BoolField(FieldEditor):
    """A check box whose (often long, legal) text wraps instead of widening the form."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox(self)
        self.text = _ToggleLabel(spec.label, self.box, self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.text, 1)
        self.box.toggled.connect(self._emit_changed)
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def focus_widget(self) -> QWidget:
        return self.box


class _ValueList(QListWidget):
    """The chosen values; Delete removes the selected one (instead of deleting the record)."""

    deletePressed = Signal()

    def event(self, e: QEvent) -> bool:
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and e.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if (
            e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and e.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.deletePressed.emit()
            return
        super().keyPressEvent(e)


class ListField(FieldEditor):
    """Several values from a catalogue, free text allowed.

    The user picks or types a value and presses Enter (or "Add"); the chosen values are listed
    below, where Delete or "Remove" takes one out again.
    """

    def __init__(
        self, spec: FieldSpec, pick_lists: PickLists, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        assert spec.catalogue is not None
        self.kind = spec.catalogue
        self.pick_lists = pick_lists
        self.combo = _PickCombo(self)
        line = self.combo.lineEdit()
        assert line is not None  # the combo is editable
        self.line: QLineEdit = line
        self.line.setPlaceholderText(self.tr("Choose from the list or type…"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.catalogue_button = _AddToCatalogue(self.kind, self)
        self.list = _ValueList(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)  # long legal texts wrap instead of scrolling sideways
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)

        # Narrow on purpose (the form must fit beside the register table): the values column
        # on the left, the buttons stacked on the right.
        values = QVBoxLayout()
        values.setSpacing(4)
        values.addWidget(self.combo)
        values.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.catalogue_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(values, 1)
        lay.addLayout(buttons)

        self.combo.set_items(pick_lists.labels(self.kind))
        self.combo.setEditText("")
        self.line.returnPressed.connect(self._add_typed)
        self.combo.activated.connect(self._on_activated)
        self.combo.editTextChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add_typed)
        self.catalogue_button.clicked.connect(self._add_to_catalogue)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.deletePressed.connect(self._remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        pick_lists.changed.connect(self._refresh)
        self.setFocusProxy(self.combo)
        self._fit_list()
        self._update_buttons()

    def value(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _show(self, value: Any) -> None:
        self.list.clear()
        for v in value or []:
            self.list.addItem(QListWidgetItem(str(v)))
        self.combo.setEditText("")
        self._fit_list()
        self._update_buttons()

    def focus_widget(self) -> QWidget:
        return self.combo

    def describe(self, description: str) -> None:
        label = self.spec.label
        _name(
            self.combo,
            self.tr("{field}: choose or type a value to add").format(field=label),
            description,
        )
        _name(self.add_button, self.tr("Add the value to {field}").format(field=label))
        _name(self.list, self.tr("{field}: chosen values").format(field=label))
        _name(
            self.remove_button,
            self.tr("Remove the selected values from {field}").format(field=label),
        )

    def add_value(self, text: str) -> bool:
        text = " ".join(text.split())
        if not text or any(v.casefold() == text.casefold() for v in self.value()):
            return False
        self.list.addItem(QListWidgetItem(text))
        self._fit_list()
        self._emit_changed()
        return True

    def _on_activated(self, index: int) -> None:
        """An entry was chosen (drop-down, completer, or Enter on an entry's text): add it.

        Enter also reaches ``_add_typed`` afterwards, which then finds the box empty.
        """
        self._add(self.combo.itemText(index) if index >= 0 else self.combo.currentText())

    def _add_typed(self) -> None:
        if self.combo.currentText().strip():
            self._add(self.combo.currentText())

    def _add(self, text: str) -> None:
        if self.add_value(text):
            self.notice.emit("")
        else:
            self.notice.emit(
                self.tr("“{value}” is already in the list.").format(value=" ".join(text.split()))
            )
        self.combo.setEditText("")
        self._update_buttons()

    def _remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        if not rows and self.list.currentRow() >= 0:
            rows = [self.list.currentRow()]
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self._fit_list()
            self._emit_changed()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        text = " ".join(self.combo.currentText().split())
        self.add_button.setEnabled(bool(text))
        self.catalogue_button.setEnabled(
            bool(text) and not self.pick_lists.contains(self.kind, text)
        )
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _fit_list(self) -> None:
        """Tall enough for the chosen values (wrapped to the width), two to six of them."""
        line = self.fontMetrics().lineSpacing() + 6
        self.list.doItemsLayout()
        heights = [
            max(self.list.visualItemRect(self.list.item(i)).height(), line)
            for i in range(min(self.list.count(), 6))
        ]
        total = sum(heights) + line * max(0, 2 - len(heights))
        self.list.setFixedHeight(total + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_list()

    def _refresh(self) -> None:
        self.combo.set_items(self.pick_lists.labels(self.kind))
        self._update_buttons()

    def _add_to_catalogue(self) -> None:
        text = self.combo.currentText()
        try:
            label = self.pick_lists.add(self.kind, text)
        except ValidationError as exc:
            self.notice.emit(next(iter(exc.problems.values()), str(exc)))
            return
        self.add_value(label)
        self.combo.setEditText("")
        self.notice.emit(self.tr("“{label}” was added to the pick list.").format(label=label))


def make_field_editor(
    spec: FieldSpec,
    pick_lists: PickLists,
    parent: QWidget | None = None,
    context: FieldContext | None = None,
) -> FieldEditor:
    """The editor for one field spec (``context`` serves the AI register's field kinds)."""
    from govkit.ui.widgets.ai_fields import make_ai_field_editor
    from govkit.ui.widgets.part_table import PartsField

    ai_editor = make_ai_field_editor(spec, context, parent)
    if ai_editor is not None:
        return ai_editor
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return TextField(spec, parent)
    if kind is FieldKind.LONG_TEXT:
        return LongTextField(spec, parent)
    if kind is FieldKind.CHOICE:
        if spec.catalogue is None:
            return TextField(spec, parent)
        return ChoiceField(spec, pick_lists, parent)
    if kind is FieldKind.STATUS:
        return StatusField(spec, parent)
    if kind is FieldKind.DATE:
        return DateField(spec, parent)
    if kind is FieldKind.BOOL:
        return BoolField(spec, parent)
    if kind is FieldKind.LIST:
        if spec.catalogue is None:
            return LinesField(spec, parent)
        return ListField(spec, pick_lists, parent)
    return PartsField(spec, pick_lists, parent)


__all__ = [
    "BoolField",
    "ChoiceField",
    "DateField",
    "FieldEditor",
    "LinesField",
    "ListField",
    "LongTextField",
    "PickLists",
    "StatusField",
    "TextField",
    "UserFacingError",
    "make_field_editor",
]
