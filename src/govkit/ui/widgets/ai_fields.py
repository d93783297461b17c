"""Editors for the field kinds of the AI systems register (``OPTION`` … ``CLASSIFICATIONS``).

A closed set (the phase) is a plain combo box. Fields a service method sets (``read_only``: the
classification, the duties) are shown, not edited: a selectable text that the keyboard reaches.
The processing activities a system relies on are chosen from the registers through a
:class:`FieldContext`, which also names what only the vault knows (an assessment's reference).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea
from govkit.domain.ai_rules import open_duties
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.domain.parts import ActivityLink, AiDuty, ClassificationRecord
from govkit.ui.models.register_model import format_datetime
from govkit.ui.widgets.fields import FieldEditor, _name


@dataclass(frozen=True)
class ActivityInfo:
    """A processing activity as the link editor shows it."""

    subject_type: str
    subject_id: str
    reference: str
    name: str
    legal_bases: tuple[str, ...] = ()
    exists: bool = True
    archived: bool = False

    @property
    def label(self) -> str:
        return f"{self.reference} {self.name}".strip()


class FieldContext(QObject):
    """What some field editors need from the vault; this base knows nothing (empty lists)."""

    openRequested = Signal(str, str)  # entity type, record id: show it in its section

    def activities(self) -> list[ActivityInfo]:
        """The processing activities that may be linked (not archived)."""
        return []

    def activity(self, subject_type: str, subject_id: str) -> ActivityInfo:
        return ActivityInfo(subject_type, subject_id, "", "", exists=False)

    def display(self, spec: FieldSpec, value: Any) -> str | None:
        """How a read-only value is shown, when the context knows better than the field."""
        return None


def iso_when(text: str) -> str:
    """An ISO 8601 time (as the classification history keeps it) in the user's format."""
    try:
        return format_datetime(datetime.fromisoformat(text))
    except ValueError:
        return text


def option_label(options: type[StrEnum] | None, value: Any) -> str:
    if options is None or value in (None, ""):
        return str(value or "")
    try:
        return str(options(value).label)  # type: ignore[attr-defined]
    except ValueError:
        return str(value)


class OptionField(FieldEditor):
    """One value of a closed set (``FieldSpec.options``)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        assert spec.options is not None
        self.options = spec.options
        self.combo = QComboBox(self)
        for member in spec.options:
            self.combo.addItem(option_label(spec.options, member.value), member.value)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addStretch(1)
        self.combo.currentIndexChanged.connect(self._emit_changed)
        self.setFocusProxy(self.combo)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def _show(self, value: Any) -> None:
        index = self.combo.findData(str(value or ""))
        self.combo.setCurrentIndex(max(index, 0))

    def focus_widget(self) -> QWidget:
        return self.combo


class _ReadOnlyText(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setStyleSheet(
            "QLabel { background: #f5f5f5; border: 1px solid #d0d0d0; border-radius: 3px;"
            " padding: 4px; }"
        )


class ReadOnlyField(FieldEditor):
    """A value set by a service method (the classification): shown, selectable, not edited."""

    def __init__(
        self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.context = context
        self._value: Any = None
        self.text = _ReadOnlyText(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.text)
        self.setFocusProxy(self.text)

    def value(self) -> Any:
        return self._value

    def _show(self, value: Any) -> None:
        self._value = value
        self.text.setText(self.format(value))
        self.text.setAccessibleDescription(self.text.text())

    def format(self, value: Any) -> str:
        shown = self.context.display(self.spec, value)
        if shown is not None:
            return shown
        kind = self.spec.kind
        if value in (None, "", []):
            if kind in (FieldKind.CLASSIFICATIONS, FieldKind.AI_DUTIES):
                return self.tr("(none)")
            return self.tr("(not set)")
        if kind is FieldKind.OPTION:
            return option_label(self.spec.options, value)
        if kind is FieldKind.DATETIME and isinstance(value, datetime):
            return format_datetime(value)
        if kind is FieldKind.CLASSIFICATIONS:
            return "\n".join(self._classification(c) for c in reversed(list(value)))
        if kind is FieldKind.AI_DUTIES:
            duties = [d if isinstance(d, AiDuty) else AiDuty.from_dict(d) for d in value]
            return self.tr(
                "{open} of {total} duties still open (see the Duties tab to record progress)"
            ).format(open=open_duties(duties), total=len(duties))
        return str(value)

    def _classification(self, record: Any) -> str:
        c = (
            record
            if isinstance(record, ClassificationRecord)
            else ClassificationRecord.from_dict(record)
        )
        tier = option_label(AiRiskTier, c.tier)
        if c.annex_area:
            tier += " — " + option_label(AnnexIIIArea, c.annex_area)
        when = iso_when(c.at)
        return self.tr("{when}, {who}: {tier}").format(when=when, who=c.by or "?", tier=tier)

    def focus_widget(self) -> QWidget:
        return self.text


class ActivityLinksField(FieldEditor):
    """The processing activities an AI system relies on, each with its legal basis (Art. 6).

    Choose an activity in the box and press Enter or "Link"; "Open" shows the selected one in
    its register; "Remove" (or Delete) unlinks it. The note says what the system uses it for.
    """

    COLUMNS = 3  # activity, legal basis, note

    def __init__(
        self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.context = context
        self._links: list[ActivityLink] = []
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.link_button = QPushButton(self.tr("Link"), self)
        self.link_button.setAutoDefault(False)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Processing activity"), self.tr("Legal basis (Art. 6)"), self.tr("Note")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for b in (self.open_button, self.remove_button):
            b.setAutoDefault(False)
        pick = QHBoxLayout()
        pick.addWidget(self.combo, 1)
        pick.addWidget(self.link_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(pick)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.link_button.clicked.connect(self.link_chosen)
        self.combo.activated.connect(lambda _i: self.link_chosen())
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_double_click)
        self.setFocusProxy(self.combo)
        self._refresh_choices()
        self._fit()
        self._update_buttons()

    # -- value ------------------------------------------------------------------------------

    def value(self) -> list[ActivityLink]:
        return list(self._links)

    def _show(self, value: Any) -> None:
        self._links = [
            v if isinstance(v, ActivityLink) else ActivityLink.from_dict(v) for v in value or []
        ]
        self._refresh_choices()
        self._fill()

    def focus_widget(self) -> QWidget:
        return self.combo

    def describe(self, description: str) -> None:
        label = self.spec.label
        _name(
            self.combo,
            self.tr("{field}: activity to link").format(field=label),
            description,
        )
        _name(self.link_button, self.tr("Link the chosen activity"))
        _name(self.table, self.tr("{field}: linked activities").format(field=label))
        _name(self.open_button, self.tr("Open the selected activity in its register"))
        _name(self.remove_button, self.tr("Unlink the selected activity"))

    # -- actions ----------------------------------------------------------------------------

    def link_chosen(self) -> bool:
        data = self.combo.currentData()
        if not data:
            return False
        subject_type, _sep, subject_id = str(data).partition(":")
        return self.link(subject_type, subject_id)

    def link(self, subject_type: str, subject_id: str) -> bool:
        if any((x.subject_type, x.subject_id) == (subject_type, subject_id) for x in self._links):
            self.notice.emit(self.tr("This activity is linked already."))
            return False
        self._links.append(ActivityLink(subject_type=subject_type, subject_id=subject_id))
        self.notice.emit("")
        self._refresh_choices()
        self._fill()
        self.table.selectRow(len(self._links) - 1)
        self._emit_changed()
        return True

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return self.table.currentRow()

    def open_selected(self) -> None:
        n = self.selected_row()
        if 0 <= n < len(self._links):
            link = self._links[n]
            self.context.openRequested.emit(link.subject_type, link.subject_id)

    def remove_selected(self) -> None:
        n = self.selected_row()
        if 0 <= n < len(self._links):
            del self._links[n]
            self._refresh_choices()
            self._fill()
            self._emit_changed()

    def refresh(self) -> None:
        """The registers changed: show names and legal bases as they are now."""
        self._loading = True
        try:
            self._refresh_choices()
            self._fill()
        finally:
            self._loading = False

    # -- internals --------------------------------------------------------------------------

    def _on_double_click(self, index: Any) -> None:
        if index.column() != 2:
            self.open_selected()

    def _refresh_choices(self) -> None:
        linked = {(x.subject_type, x.subject_id) for x in self._links}
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            self.combo.addItem(self.tr("Choose a processing activity…"), None)
            for info in self.context.activities():
                if (info.subject_type, info.subject_id) in linked:
                    continue
                prefix = self.tr("Processor: ") if info.subject_type == "processor_activity" else ""
                self.combo.addItem(prefix + info.label, f"{info.subject_type}:{info.subject_id}")
        finally:
            self.combo.blockSignals(False)
        self._update_buttons()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._links))
            for n, link in enumerate(self._links):
                info = self.context.activity(link.subject_type, link.subject_id)
                if info.exists:
                    name = info.label
                    if link.subject_type == "processor_activity":
                        basis = self.tr("(processor activity: the controller's basis)")
                    else:
                        basis = "; ".join(info.legal_bases) or self.tr("(no legal basis given)")
                else:
                    name = self.tr("(deleted activity)")
                    basis = ""
                for column, text in enumerate((name, basis)):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.table.setItem(n, column, item)
                note = QTableWidgetItem(link.note)
                note.setToolTip(self.tr("What the system uses the activity's data for"))
                self.table.setItem(n, 2, note)
        finally:
            self.table.blockSignals(False)
        self._fit()
        self._update_buttons()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        n = item.row()
        if item.column() != 2 or not 0 <= n < len(self._links):
            return
        text = item.text().strip()
        if self._links[n].note != text:
            self._links[n] = replace(self._links[n], note=text)
            self._emit_changed()

    def _update_buttons(self, *_args: object) -> None:
        has = 0 <= self.selected_row() < len(self._links)
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.link_button.setEnabled(self.combo.count() > 1)

    def _fit(self) -> None:
        rows = max(1, min(self.table.rowCount(), 8))
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + 2 * self.table.frameWidth() + 2)


def make_ai_field_editor(
    spec: FieldSpec, context: FieldContext | None, parent: QWidget | None = None
) -> FieldEditor | None:
    """The editor of an AI register field kind, or None for the kinds of fields.py."""
    shown_only = (FieldKind.DATETIME, FieldKind.CLASSIFICATIONS, FieldKind.AI_DUTIES)
    if spec.read_only or spec.kind in shown_only:
        return ReadOnlyField(spec, context or FieldContext(parent), parent)
    if spec.kind is FieldKind.OPTION:
        return OptionField(spec, parent)
    if spec.kind is FieldKind.ACTIVITY_LINKS:
        return ActivityLinksField(spec, context or FieldContext(parent), parent)
    return None
