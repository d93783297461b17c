"""The editor of one register record: the generated form and the History tab.

Typing changes nothing until the user applies (the Apply button, Ctrl+Enter) or leaves the
record; then the changes go through the service as one undoable command. If the service
refuses them, the editor stays on the record and shows each problem under its field; what was
typed stays in the form.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.completeness import completeness
from govkit.services.registers import RecordService, to_jsonable
from govkit.storage.errors import NotFoundError, UserFacingError, ValidationError
from govkit.ui.undo import CommandRunner, CreateRecordCommand, UndoHooks, UpdateRecordCommand
from govkit.ui.views.history import HistoryView
from govkit.ui.views.registers import RegisterDefinition
from govkit.ui.widgets.completeness import CompletenessPanel
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.form import ERROR_COLOUR, FieldForm


class RecordEditor(QWidget):
    recordApplied = Signal(str)  # the record id, after a create or an update
    stateChanged = Signal()  # opened, closed, dirty or clean
    addRequested = Signal()
    openRecordRequested = Signal(str, str)  # entity type, id: show it in its section
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        definition: RegisterDefinition,
        service: RecordService[Any],
        pick_lists: PickLists,
        runner: CommandRunner,
        hooks: UndoHooks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.service = service
        self.runner = runner
        self.hooks = hooks
        self._record_id: str | None = None
        self._is_open = False
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self._loading = False

        self.stack = QStackedWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

        # Nothing open.
        placeholder = QWidget(self.stack)
        p_lay = QVBoxLayout(placeholder)
        p_lay.addStretch(1)
        self.hint = QLabel(definition.select_hint(), placeholder)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_button = QPushButton(definition.new_action(), placeholder)
        self.hint_button.setAccessibleName(definition.new_action())
        self.hint_button.clicked.connect(self.addRequested)
        p_lay.addWidget(self.hint)
        p_lay.addWidget(self.hint_button, 0, Qt.AlignmentFlag.AlignCenter)
        p_lay.addStretch(2)
        self.stack.addWidget(placeholder)

        # A record open.
        page = QWidget(self.stack)
        e_lay = QVBoxLayout(page)
        e_lay.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(page)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(page)
        self.note.setWordWrap(True)
        self.note.hide()
        self.banner = QLabel(page)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"QLabel {{ color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #e4a5a0;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }"
        )
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        # A processing activity: the AI systems that rely on it, one click away.
        self.used_by = QLabel(page)
        self.used_by.setWordWrap(True)
        self.used_by.setTextFormat(Qt.TextFormat.RichText)
        self.used_by.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.used_by.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.used_by.setAccessibleName(self.tr("AI systems that use this activity"))
        self.used_by.linkActivated.connect(
            lambda target: self.openRecordRequested.emit("ai_system", target)
        )
        self.used_by.hide()
        e_lay.addWidget(self.title)
        e_lay.addWidget(self.note)
        e_lay.addWidget(self.banner)
        e_lay.addWidget(self.used_by)

        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(self.tr("Record views"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Details or history of the record"))
        self.scroll_area = QScrollArea(self.tabs)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget(self.scroll_area)
        c_lay = QVBoxLayout(content)
        c_lay.setContentsMargins(2, 6, 10, 6)
        self.completeness = CompletenessPanel(content, art30=not definition.ai_filters)
        self.form = self._make_form(pick_lists, content)
        c_lay.addWidget(self.completeness)
        legend = QLabel(self.tr("Fields marked * are needed to save the record."), content)
        legend.setWordWrap(True)
        c_lay.addWidget(legend)
        c_lay.addWidget(self.form)
        self.scroll_area.setWidget(content)
        self.history = HistoryView(service.specs, self.tabs)
        self.tabs.addTab(self.scroll_area, self.tr("&Details"))
        self._add_tabs()
        self.tabs.addTab(self.history, self.tr("Hist&ory"))
        self.tabs.currentChanged.connect(self._on_tab)
        e_lay.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("&Apply changes"), page)
        self.apply_button.setToolTip(self.tr("Save the changes to the register (Ctrl+Enter)"))
        self.apply_button.setAccessibleName(self.tr("Apply changes"))
        self.apply_button.setAutoDefault(False)
        self.discard_button = QPushButton(self.tr("Dis&card changes"), page)
        self.discard_button.setAccessibleName(self.tr("Discard changes"))
        self.discard_button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.apply_button)
        e_lay.addLayout(buttons)
        self.apply_button.clicked.connect(self.commit)
        self.discard_button.clicked.connect(self.discard)
        self.stack.addWidget(page)

        self.form.changed.connect(self._on_form_changed)
        self._update_buttons()

    # -- what a register's editor adds (the AI systems editor) ---------------------------------

    def _make_form(self, pick_lists: PickLists, parent: QWidget) -> FieldForm:
        return FieldForm(self.service.specs, self.definition.groups, pick_lists, parent)

    def _add_tabs(self) -> None:
        """Tabs between Details and History."""

    def _show_extras(self, record: Any | None) -> None:
        """Show what the added tabs hold of ``record`` (None: a new, unsaved record)."""
        self._show_used_by(record)

    def assessments_changed(self) -> None:
        """An assessment of a record of this register changed."""

    def _show_used_by(self, record: Any | None) -> None:
        entity_type = self.service.entity_type
        if record is None or entity_type not in ("controller_activity", "processor_activity"):
            self.used_by.hide()
            return
        from govkit.services.ai_systems import AiSystemService

        systems = AiSystemService(self.service.ctx).using_activity(record.id)
        if not systems:
            self.used_by.hide()
            return
        links = ", ".join(
            f"<a href='{html.escape(s.id)}'>{html.escape(f'{s.reference} {s.name}'.strip())}</a>"
            for s in systems
        )
        self.used_by.setText(html.escape(self.tr("Used by the AI systems:")) + " " + links)
        self.used_by.show()

    def refresh_used_by(self) -> None:
        """The AI systems changed: list those that use the open activity as they are now."""
        if self._record_id is None:
            return
        try:
            self._show_used_by(self.service.get(self._record_id))
        except NotFoundError:
            self.used_by.hide()

    # -- state ------------------------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        """The open record's id; None when nothing is open or a new record is not yet saved."""
        return self._record_id

    @property
    def is_open(self) -> bool:
        return self._is_open

    @property
    def is_new(self) -> bool:
        return self._is_open and self._record_id is None

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    # -- opening and closing --------------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        record = self.service.get(record_id)
        self._record_id = record_id
        self._load({f: getattr(record, f) for f in self.service.recorded_fields})
        self.title.setText(record.name or self.definition.new_title())
        if record.archived_at is not None:
            self.note.setText(
                self.tr(
                    "This record is archived: it is kept for reference and "
                    "hidden from the register unless “Show archived” is "
                    "ticked."
                )
            )
            self.note.show()
        else:
            self.note.hide()
        self.history.show_entries(self.service.history(record_id))
        self._set_record_tabs_enabled(True)
        self._show_extras(record)

    def open_new(self) -> None:
        record = self.service.new()
        self._record_id = None
        self._load({f: getattr(record, f) for f in self.service.recorded_fields})
        self.title.setText(self.definition.new_title())
        self.note.hide()
        self.history.clear_entries()
        self._set_record_tabs_enabled(False)
        self._show_extras(None)
        self.tabs.setCurrentIndex(0)
        self.focus_first_field()

    def _set_record_tabs_enabled(self, enabled: bool) -> None:
        """Every tab but Details needs a saved record."""
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)

    def close_record(self) -> None:
        self._is_open = False
        self._record_id = None
        self._loaded = {}
        self._set_dirty(False)
        self.form.clear_problems()
        self.banner.hide()
        self.stack.setCurrentIndex(0)
        self.stateChanged.emit()

    def _load(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._loaded = values
            self.form.set_values(values)
            self.form.clear_problems()
            self.banner.hide()
        finally:
            self._loading = False
        self._is_open = True
        self.stack.setCurrentIndex(1)
        self._set_dirty(False)
        self._update_completeness()
        self.stateChanged.emit()

    def focus_first_field(self) -> None:
        self.tabs.setCurrentIndex(0)
        first = next(iter(self.form.rows.values()))
        first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(first)

    # -- reacting to changes made elsewhere (undo, another view) -----------------------------

    def record_changed(self, record_id: str) -> None:
        if record_id != self._record_id:
            return
        if self._dirty:  # keep what is being typed; only history and other tabs are refreshed
            self.history.show_entries(self.service.history(record_id))
            try:
                self._show_extras(self.service.get(record_id))
            except NotFoundError:
                self.record_removed(record_id)
            return
        try:
            self.open_record(record_id)
        except NotFoundError:
            self.record_removed(record_id)

    def record_removed(self, record_id: str) -> None:
        if record_id != self._record_id:
            return
        if self._dirty:
            # The record went away while changes were typed: keep them as a new record.
            self._record_id = None
            self._loaded = {f: getattr(self.service.new(), f) for f in self.service.recorded_fields}
            self.title.setText(self.definition.new_title())
            self.note.setText(
                self.tr(
                    "This record was deleted. Apply to keep what you typed "
                    "as a new record, or discard it."
                )
            )
            self.note.show()
            self._set_record_tabs_enabled(False)
            self._show_extras(None)
            self._on_form_changed()
            return
        self.close_record()

    # -- applying ---------------------------------------------------------------------------

    def commit(self) -> bool:
        """Apply what was typed; False (problems shown, nothing changed) if it is refused."""
        if not self._is_open or not self._dirty:
            return True
        values = self.form.values()
        svc = self.service
        try:
            if self._record_id is None:
                name = values.get("name") or self.definition.new_title()
                create = CreateRecordCommand(
                    svc,
                    lambda: svc.create(values),
                    self.tr("Add “{name}”").format(name=name),
                    self.hooks,
                )
                self.runner.run(create)
                record_id = create.record_id
            else:
                changed = self.form.changed_values(self._loaded)
                before = {k: self._loaded[k] for k in changed}
                name = values.get("name") or self.title.text()
                update = UpdateRecordCommand(
                    svc,
                    self._record_id,
                    before,
                    changed,
                    self.tr("Change “{name}”").format(name=name),
                    self.hooks,
                )
                self.runner.run(update)
                record_id = self._record_id
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except UserFacingError as exc:
            self._show_banner(self.tr("Not saved: {reason}").format(reason=str(exc)))
            return False
        self.open_record(record_id)
        self.recordApplied.emit(record_id)
        return True

    def discard(self) -> None:
        """Throw away what was typed (the user asked for it)."""
        if self._record_id is None:
            self.close_record()
            return
        try:
            self.open_record(self._record_id)
        except NotFoundError:
            self.close_record()

    def show_problems(self, problems: dict[str, str]) -> None:
        unplaced = self.form.show_problems(problems)
        count = len(problems)
        text = self.tr("Not saved yet: %n problem(s) to correct, marked below.", "", count)
        if unplaced:
            text += "\n" + "\n".join(unplaced.values())
        self._show_banner(text)
        self.tabs.setCurrentIndex(0)
        first = self.form.first_problem()
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()

    # -- internals -----------------------------------------------------------------------------

    def _on_form_changed(self) -> None:
        if self._loading or not self._is_open:
            return
        values = self.form.values()
        if self._record_id is None:
            defaults = self._loaded
            dirty = any(to_jsonable(v) != to_jsonable(defaults.get(k)) for k, v in values.items())
        else:
            dirty = bool(self.form.changed_values(self._loaded))
        self._set_dirty(dirty)
        self._update_completeness(values)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons()
        if changed:
            self.stateChanged.emit()

    def _update_buttons(self) -> None:
        self.apply_button.setEnabled(self._dirty)
        self.discard_button.setEnabled(self._dirty or self.is_new)

    def _update_completeness(self, values: dict[str, Any] | None = None) -> None:
        record = self.service.new()
        shown = {**self._loaded, **(values if values is not None else self.form.values())}
        for key, value in shown.items():
            setattr(record, key, value)
        self.completeness.show_completeness(completeness(record))

    def _on_tab(self, index: int) -> None:
        if index == self.tabs.indexOf(self.history) and self._record_id is not None:
            self.history.show_entries(self.service.history(self._record_id))
