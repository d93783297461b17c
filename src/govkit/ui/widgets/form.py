"""A form generated from field specs, grouped like Art. 30, with inline problem messages.

Each field has its label above it (long legal labels and translations need the width), a
required mark, its help text and a message line that shows what is wrong with the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from govkit.domain.fields import FieldKind, FieldSpec, GroupSpec
from govkit.services.registers import to_jsonable
from govkit.ui.widgets.fields import FieldEditor, PickLists, make_field_editor

if TYPE_CHECKING:
    from govkit.ui.widgets.ai_fields import FieldContext

ERROR_COLOUR = "#9b1c1c"  # 7.4:1 on white
HELP_COLOUR = "#4d4d4d"  # 8.5:1 on white


class FieldRow(QWidget):
    """Label, editor, help and message line of one field."""

    def __init__(
        self,
        spec: FieldSpec,
        pick_lists: PickLists,
        parent: QWidget | None = None,
        context: FieldContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.editor: FieldEditor = make_field_editor(spec, pick_lists, self, context)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 6)
        lay.setSpacing(2)
        self.label: QLabel | None = None
        description = spec.help
        if spec.required:
            description = (self.tr("Required.") + " " + description).strip()
        if spec.kind is not FieldKind.BOOL:
            text = spec.label + (" *" if spec.required else "")
            self.label = QLabel(text, self)
            self.label.setWordWrap(True)
            self.label.setBuddy(self.editor.focus_widget())
            font = self.label.font()
            font.setBold(True)
            self.label.setFont(font)
            lay.addWidget(self.label)
        lay.addWidget(self.editor)
        self.help_label: QLabel | None = None
        if spec.help:
            self.help_label = QLabel(spec.help, self)
            self.help_label.setWordWrap(True)
            self.help_label.setStyleSheet(f"color: {HELP_COLOUR};")
            lay.addWidget(self.help_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message.hide()
        lay.addWidget(self.message)
        self._description = description
        self.editor.describe(description)
        self.editor.notice.connect(self.show_notice)

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.message.setText("⚠ " + text)
        self.message.show()
        base = self._description
        self.editor.focus_widget().setAccessibleDescription(f"{base} {text}".strip())

    def show_notice(self, text: str) -> None:
        if not text:
            self.clear_problem()
            return
        self.message.setStyleSheet(f"color: {HELP_COLOUR};")
        self.message.setText(text)
        self.message.show()

    def clear_problem(self) -> None:
        self.message.clear()
        self.message.hide()
        self.editor.focus_widget().setAccessibleDescription(self._description)

    @property
    def has_problem(self) -> bool:
        return not self.message.isHidden() and self.message.text().startswith("⚠")


def group_title(group: GroupSpec) -> str:
    if not group.article:
        return group.title
    return QCoreApplication.translate("FieldForm", "{title} — {article}").format(
        title=group.title, article=group.article
    )


class FieldForm(QWidget):
    """All fields of ``specs``, in boxes per group; reads and writes a dict of typed values."""

    changed = Signal()

    def __init__(
        self,
        specs: Iterable[FieldSpec],
        groups: Iterable[GroupSpec],
        pick_lists: PickLists,
        parent: QWidget | None = None,
        context: FieldContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.specs = tuple(specs)
        self.rows: dict[str, FieldRow] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.group_boxes: dict[str, QFrame] = {}
        for group in groups:
            members = [s for s in self.specs if s.group == group.key]
            if not members:
                continue
            # A frame with a wrapping heading rather than a QGroupBox, whose one-line title
            # would set the form's minimum width.
            box = QFrame(self)
            box.setObjectName("fieldGroup")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setAccessibleName(group_title(group))
            inner = QVBoxLayout(box)
            inner.setSpacing(2)
            heading = QLabel(group_title(group), box)
            heading.setWordWrap(True)
            heading.setObjectName("groupHeading")
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            inner.addWidget(heading)
            for spec in members:
                row = FieldRow(spec, pick_lists, box, context)
                row.editor.changed.connect(self.changed)
                inner.addWidget(row)
                self.rows[spec.name] = row
            lay.addWidget(box)
            self.group_boxes[group.key] = box
        lay.addStretch(1)

    def values(self) -> dict[str, Any]:
        """What the form edits (fields a service method sets are shown, never returned)."""
        return {
            name: row.editor.value() for name, row in self.rows.items() if not row.spec.read_only
        }

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, row in self.rows.items():
            row.editor.set_value(values.get(name))

    def changed_values(self, loaded: Mapping[str, Any]) -> dict[str, Any]:
        """The fields whose value differs from ``loaded`` (compared as JSON data)."""
        return {
            name: value
            for name, value in self.values().items()
            if to_jsonable(value) != to_jsonable(_normal(loaded.get(name)))
        }

    def show_problems(self, problems: Mapping[str, str]) -> dict[str, str]:
        """Show each problem under its field; returns those that belong to no field here."""
        self.clear_problems()
        unplaced: dict[str, str] = {}
        for name, text in problems.items():
            row = self.rows.get(name)
            if row is None:
                unplaced[name] = text
            else:
                row.show_problem(text)
        return unplaced

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.clear_problem()

    def first_problem(self) -> FieldRow | None:
        return next((r for r in self.rows.values() if r.has_problem), None)

    def label_of(self, name: str) -> str:
        row = self.rows.get(name)
        return row.spec.label if row else name


def _normal(value: Any) -> Any:
    """Loaded values as the editors give them back (None text is empty, lists are lists)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip()
    return value
