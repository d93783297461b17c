"""The pages of a DPIA that hold lists: its risks, its measures and its action plan.

Each page is a table of the parts (``ui/models/risk_model.py``) with Add and Remove buttons
(Insert and Delete from the keyboard) and, beside it, the form of the selected part. Like the
questionnaire's answers, every edit is saved at once through ``AssessmentService.update`` (a
click or choice at once, typed text when the field is left or after a pause in typing). A value
the service refuses stays in its field with the service's message above the form, and the page
reports a pending edit until it is corrected.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.assessment_enums import ActionStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk
from govkit.domain.models import Assessment, new_id
from govkit.domain.parts import _Part
from govkit.domain.risk_levels import LEVELS, level_label, valid_level
from govkit.ui.models.risk_model import (
    ActionPlanModel,
    MCol,
    MeasureModel,
    PCol,
    RCol,
    RiskModel,
    _PartModel,
    format_due,
    is_overdue,
    parse_due,
)
from govkit.ui.views.questionnaire_editor import NO_DATE, SAVE_DELAY_MS
from govkit.ui.widgets.dates import OptionalDateEdit
from govkit.ui.widgets.form import ERROR_COLOUR, HELP_COLOUR
from govkit.ui.widgets.prompts import Prompts

P = TypeVar("P", bound=_Part)
LIST_LINES = 3  # height of the one-item-per-line fields
SIDE_BY_SIDE = 500  # from this width on a page shows the form beside its table


def _tr(text: str) -> str:
    return QCoreApplication.translate("DpiaPages", text)


class PartsHost(Protocol):
    """What a page needs from the DPIA pages around it."""

    prompts: Prompts

    @property
    def row(self) -> Assessment | None: ...

    def save(self, values: Mapping[str, Any], source: QWidget) -> str | None:
        """Save through the service; the refusal's message, or None when saved."""
        ...


def heading_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
    label.hide()
    return label


def help_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {HELP_COLOUR};")
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def list_edit(parent: QWidget, name: str, lines: int = LIST_LINES) -> QPlainTextEdit:
    """A field of short texts, one per line."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def list_items(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class PartListPage(QWidget, Generic[P]):
    """A table of parts with Add / Remove and the selected part's form (subclasses fill it)."""

    field_name = ""  # the Assessment field the parts are saved to
    side_by_side = SIDE_BY_SIDE  # from this width on the form is beside the table
    edited = Signal()  # something was saved or refused (the navigation shows it)

    def __init__(
        self,
        host: PartsHost,
        model: _PartModel[P],
        *,
        heading: str,
        intro: str,
        add_text: str,
        remove_text: str,
        table_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.model = model
        self.read_only = True
        self.error: str | None = None
        self._loading = False
        self._current = -1
        self._moving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_form)

        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(6)
        self.heading = heading_label(heading, self)
        outer.addWidget(self.heading)
        self.intro = help_label(intro, self)
        outer.addWidget(self.intro)
        self.wide = True

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.left = left = QWidget(self.splitter)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(left)
        self.table.setModel(model)
        self.table.setAccessibleName(table_name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumWidth(200)
        self.table.setMinimumHeight(90)
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        left_lay.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text, left)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.setToolTip(_tr("Insert"))
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.remove_button = QPushButton(remove_text, left)
        self.remove_button.setAccessibleName(remove_text.replace("&", "").rstrip("…"))
        self.remove_button.clicked.connect(lambda _c=False: self.remove_current())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_lay.addLayout(buttons)

        self.form_area = QScrollArea(self.splitter)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setMinimumWidth(220)
        self.form_area.setMinimumHeight(90)
        self.form = QWidget(self.form_area)
        self.form.setObjectName("partForm")
        self.form_layout = form_lay = QVBoxLayout(self.form)
        form_lay.setContentsMargins(6, 0, 6, 6)
        self.message = message_label(self.form)
        form_lay.addWidget(self.message)
        self.empty = help_label("", self.form)
        form_lay.addWidget(self.empty)
        self.fields = QWidget(self.form)
        self.fields_layout = QFormLayout(self.fields)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form_lay.addWidget(self.fields)
        form_lay.addStretch(1)
        self.form_area.setWidget(self.form)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        outer.addWidget(self.splitter, 1)

        self.build_form(self.fields, self.fields_layout)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_a: self._fit_table())
        self.insert_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        self.insert_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_shortcut.activated.connect(self.add)
        self._show_form()

    def minimumSizeHint(self) -> QSize:
        # As narrow as the table or the form alone: below SIDE_BY_SIDE they are stacked.
        hint = super().minimumSizeHint()
        width = max(self.table.minimumWidth(), self.form_area.minimumWidth()) + 8
        return QSize(min(hint.width(), width), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= self.side_by_side
        if wide != self.wide:
            self._arrange(wide)

    def _arrange(self, wide: bool) -> None:
        """Wide: the form beside the table. Narrow: heading, table and form one under the
        other in one scrolling column (the table as high as its rows)."""
        self.wide = wide
        focus = QApplication.focusWidget()
        if wide:
            self.outer.insertWidget(0, self.heading)
            self.outer.insertWidget(1, self.intro)
            self.splitter.insertWidget(0, self.left)
            self.table.setMinimumHeight(90)
            self.table.setMaximumHeight(16777215)
            self.splitter.setSizes([3000, 4000])
        else:
            for n, widget in enumerate((self.heading, self.intro, self.left)):
                self.form_layout.insertWidget(n, widget)
            self._fit_table()
        self.set_tab_order()
        if focus is not None and self.isAncestorOf(focus):
            focus.setFocus()

    def _fit_table(self) -> None:
        if self.wide:
            return
        rows = max(2, min(6, self.model.rowCount()))
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + self.table.horizontalScrollBar().sizeHint().height()  # when the columns overflow
            + 2
        )
        self.table.setFixedHeight(height)

    # -- to fill in -----------------------------------------------------------------------------

    def build_form(self, parent: QWidget, form: QFormLayout) -> None:
        raise NotImplementedError

    def load_form(self, part: P) -> None:
        raise NotImplementedError

    def form_part(self, part: P) -> P:
        """The part as the form shows it."""
        raise NotImplementedError

    def new_part(self) -> P:
        raise NotImplementedError

    def form_widgets(self) -> list[QWidget]:
        raise NotImplementedError

    def set_form_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def set_tab_order(self) -> None:
        """Table, Add, Remove, then the form's fields in their order."""
        chain = [self.table, self.add_button, self.remove_button, *self.form_widgets()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def parts_of(self, row: Assessment) -> Sequence[P]:
        return list(getattr(row, self.field_name))

    def values(self, parts: Sequence[P]) -> dict[str, Any]:
        return {self.field_name: list(parts)}

    def removal_refused(self, part: P) -> str | None:
        """Why this part cannot be removed, or None."""
        return None

    def removal_question(self, part: P) -> tuple[str, str, str]:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    # -- loading --------------------------------------------------------------------------------

    def load(self, row: Assessment | None) -> None:
        """Show the parts of ``row`` (keeping the selected one)."""
        self.timer.stop()
        self.error = None
        self.message.hide()
        keep = self.current_part()
        keep_id = getattr(keep, "id", None)
        self.model.set_parts(self.parts_of(row) if row is not None else [])
        ids = [getattr(p, "id", None) for p in self.model.parts]
        target = ids.index(keep_id) if keep_id is not None and keep_id in ids else 0
        self._current = -1
        if self.model.parts:
            self._select(target)
        self._show_form()

    def current_part(self) -> P | None:
        if 0 <= self._current < len(self.model.parts):
            return self.model.parts[self._current]
        return None

    def _select(self, row: int, *, reload: bool = True) -> None:
        """Make ``row`` the current part (``reload``: show it in the form)."""
        self._moving = True
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._moving = False
        self._current = row
        if reload:
            self._show_form()

    def _on_current(self, current: Any, previous: Any) -> None:
        if self._moving:
            return
        if not self.flush():
            # The form shows a refused value: it stays until corrected (nothing is lost).
            if 0 <= self._current < len(self.model.parts):
                back = self._current
                QTimer.singleShot(0, lambda: self._select(back, reload=False))
            return
        self._current = current.row() if current.isValid() else -1
        self._show_form()

    def _show_form(self) -> None:
        part = self.current_part()
        self.fields.setVisible(part is not None)
        self.empty.setVisible(part is None)
        self.empty.setText(self.empty_text())
        self.remove_button.setEnabled(not self.read_only and part is not None)
        self.add_button.setEnabled(not self.read_only)
        if part is not None:
            self._loading = True
            try:
                self.load_form(part)
            finally:
                self._loading = False
            for edit in self.fields.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # a long text shows its beginning
            refused = self.removal_refused(part)
            self.remove_button.setToolTip(refused or _tr("Delete"))
            if refused:
                self.remove_button.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.set_form_read_only(read_only)
        self._show_form()

    # -- saving -------------------------------------------------------------------------------

    def changed(self, at_once: bool = True) -> None:
        """A form field changed: save now, or after a pause in typing."""
        if self._loading or self.read_only or self.current_part() is None:
            return
        if at_once:
            self.save_form()
        else:
            self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def save_form(self) -> bool:
        self.timer.stop()
        part = self.current_part()
        if part is None or self.read_only:
            return True
        edited = self.form_part(part)
        if edited == part and self.error is None:
            return True
        parts = list(self.model.parts)
        parts[self._current] = edited
        if not self._save(parts):
            return False
        self.model.replace(self._current, edited)
        self.after_save()
        return True

    def after_save(self) -> None:
        """The form's part was saved (subclasses update what depends on it)."""

    def _save(self, parts: Sequence[P]) -> bool:
        problem = self.host.save(self.values(parts), self)
        self.show_error(problem)
        self.edited.emit()
        return problem is None

    def show_error(self, problem: str | None) -> None:
        self.error = problem
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        self.message.setAccessibleName(problem or "")

    def flush(self) -> bool:
        """Save what waits for a pause in typing; False if a value is refused."""
        if self.timer.isActive():
            self.save_form()
        return self.error is None

    def focus_problem(self) -> None:
        widgets = [w for w in self.form_widgets() if w.isVisible()]
        if widgets:
            widgets[0].setFocus()

    # -- adding and removing --------------------------------------------------------------------

    def add(self) -> P | None:
        if self.read_only or self.host.row is None or not self.flush():
            return None
        part = self.new_part()
        parts = [*self.model.parts, part]
        if not self._save(parts):
            return None
        row = self.model.append(part)
        self.after_save()
        self._select(row)
        first = self.form_widgets()[0]
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, QLineEdit):
            first.selectAll()
        return part

    def remove_current(self) -> bool:
        part = self.current_part()
        if self.read_only or part is None or self.removal_refused(part):
            return False
        title, text, accept = self.removal_question(part)
        if not self.host.prompts.confirm(title, text, accept):
            return False
        row = self._current
        self.timer.stop()
        self.show_error(None)
        parts = [p for n, p in enumerate(self.model.parts) if n != row]
        if not self._save(parts):
            return False
        self._current = -1
        self.model.remove(row)
        self.after_save()
        if self.model.parts:
            self._select(min(row, len(self.model.parts) - 1))
        self._show_form()
        self.table.setFocus()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self.remove_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                widgets = self.form_widgets()
                if self.current_part() is not None and widgets:
                    widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return False


# -- risks ----------------------------------------------------------------------------------


class LevelBox(QComboBox):
    """A level from 1 to 4 with the CNIL method's words, or "not assessed"."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        self.addItem(_tr("— not assessed —"), None)
        for level in range(1, LEVELS + 1):
            self.addItem(level_label(level), level)

    def level(self) -> int | None:
        value = self.currentData()
        return int(value) if isinstance(value, int) else None

    def set_level(self, value: int | None) -> None:
        index = self.findData(valid_level(value)) if valid_level(value) else 0
        self.setCurrentIndex(max(index, 0))


LEVEL_FIELDS = ("severity_before", "likelihood_before", "severity_after", "likelihood_after")


class RisksPage(PartListPage[Risk]):
    """The feared events: what could happen to the data subjects, before and after measures."""

    field_name = "risks"

    def __init__(self, host: PartsHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            RiskModel(),
            heading=_tr("Risks"),
            intro=_tr(
                "Each risk is a feared event for the people whose data is processed. Rate its "
                "severity and likelihood from 1 (negligible) to 4 (maximum) before the measures "
                "and after them; the risk map shows the move."
            ),
            add_text=_tr("&Add risk"),
            remove_text=_tr("&Remove risk…"),
            table_name=_tr("Risks of the assessment"),
            parent=parent,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RCol.TITLE, QHeaderView.ResizeMode.Stretch)
        # The form lists the measures; the table keeps its width for the titles.
        self.table.setColumnHidden(RCol.MEASURES, True)

    def build_form(self, parent: QWidget, form: QFormLayout) -> None:
        self.title_edit = QLineEdit(parent)
        self.title_edit.setAccessibleName(_tr("Risk title"))
        self.title_edit.textEdited.connect(lambda _t: self.changed(False))
        self.title_edit.editingFinished.connect(self.flush)
        form.addRow(self._label(_tr("&Title"), self.title_edit), self.title_edit)
        self.cnil_note = help_label("", parent)
        form.addRow(self.cnil_note)
        levels = QWidget(parent)
        grid = QGridLayout(levels)
        grid.setContentsMargins(0, 4, 0, 4)
        before_head = QLabel(_tr("Before the measures"), levels)
        after_head = QLabel(_tr("After the measures"), levels)
        for head in (before_head, after_head):
            head.setWordWrap(True)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
        grid.addWidget(before_head, 0, 1)
        grid.addWidget(after_head, 0, 2)
        self.level_boxes: dict[str, LevelBox] = {}
        rows = ((_tr("Severity"), "severity"), (_tr("Likelihood"), "likelihood"))
        for n, (text, key) in enumerate(rows, 1):
            grid.addWidget(QLabel(text, levels), n, 0)
            for column, when, when_text in (
                (1, "before", _tr("before the measures")),
                (2, "after", _tr("after the measures")),
            ):
                box = LevelBox(_tr("{what} {when}").format(what=text, when=when_text), levels)
                box.currentIndexChanged.connect(lambda _i: self.changed(True))
                grid.addWidget(box, n, column)
                self.level_boxes[f"{key}_{when}"] = box
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        form.addRow(levels)
        self.level_warning = help_label("", parent)
        form.addRow(self.level_warning)
        self.severity_reason = list_edit(parent, _tr("Why this severity"), 2)
        self.likelihood_reason = list_edit(parent, _tr("Why this likelihood"), 2)
        for edit, text in (
            (self.severity_reason, _tr("Why this se&verity")),
            (self.likelihood_reason, _tr("Why this li&kelihood")),
        ):
            edit.textChanged.connect(lambda: self.changed(False))
            edit.installEventFilter(self)
            form.addRow(self._label(text, edit), edit)
        self.impacts = list_edit(parent, _tr("Impacts on the people concerned"))
        self.threats = list_edit(parent, _tr("Threats"))
        self.sources = list_edit(parent, _tr("Risk sources"))
        for edit, text in (
            (self.impacts, _tr("&Impacts on the people (one per line)")),
            (self.threats, _tr("T&hreats (one per line)")),
            (self.sources, _tr("Risk s&ources (one per line)")),
        ):
            edit.textChanged.connect(lambda: self.changed(False))
            edit.installEventFilter(self)
            form.addRow(self._label(text, edit), edit)
        self.measures_list = QListWidget(parent)
        self.measures_list.setAccessibleName(_tr("Measures that treat the risk"))
        self.measures_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.measures_list.itemChanged.connect(lambda _i: self.changed(True))
        form.addRow(
            self._label(_tr("&Measures that treat it"), self.measures_list),
            self.measures_list,
        )
        self.no_measures = help_label(
            _tr("No measures yet: add them on the Measures page."), parent
        )
        form.addRow(self.no_measures)

        self.set_tab_order()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.fields)
        label.setBuddy(buddy)
        return label

    def form_widgets(self) -> list[QWidget]:
        return [
            self.title_edit,
            *self.level_boxes.values(),
            self.severity_reason,
            self.likelihood_reason,
            self.impacts,
            self.threats,
            self.sources,
            self.measures_list,
        ]

    def empty_text(self) -> str:
        return _tr("This assessment has no risks. Add one with “Add risk” (Insert).")

    def new_part(self) -> Risk:
        return Risk(
            id=new_id(),
            title=_tr("New risk {n}").format(n=len(self.model.parts) + 1),
        )

    def removal_refused(self, part: Risk) -> str | None:
        if part.cnil_ref:
            return _tr(
                "The CNIL method's three risks stay in every DPIA: rate them instead of "
                "removing them."
            )
        return None

    def removal_question(self, part: Risk) -> tuple[str, str, str]:
        return (
            _tr("Remove risk"),
            _tr("Remove the risk “{title}” from this assessment?").format(title=part.title),
            _tr("Remove"),
        )

    def _measures(self) -> list[Measure]:
        row = self.host.row
        return list(row.measures) if row is not None else []

    def load_form(self, part: Risk) -> None:
        self.title_edit.setText(part.title)
        self.cnil_note.setText(
            _tr("One of the CNIL method's three risks (section {ref} of a CNIL PIA).").format(
                ref=part.cnil_ref
            )
            if part.cnil_ref
            else ""
        )
        self.cnil_note.setVisible(bool(part.cnil_ref))
        self.impacts.setPlainText("\n".join(part.impacts))
        self.threats.setPlainText("\n".join(part.threats))
        self.sources.setPlainText("\n".join(part.sources))
        self.measures_list.clear()
        measures = self._measures()
        chosen = set(part.measures)
        for measure in measures:
            text = measure.title or _tr("(untitled measure)")
            if measure.planned:
                text += " " + _tr("(planned)")
            item = QListWidgetItem(text, self.measures_list)
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | (Qt.ItemFlag.NoItemFlags if self.read_only else Qt.ItemFlag.ItemIsUserCheckable)
            )
            item.setCheckState(
                Qt.CheckState.Checked if measure.id in chosen else Qt.CheckState.Unchecked
            )
        self.measures_list.setVisible(bool(measures))
        self.no_measures.setVisible(not measures)
        for name, box in self.level_boxes.items():
            box.set_level(getattr(part, name))
        self.severity_reason.setPlainText(part.severity_reason)
        self.likelihood_reason.setPlainText(part.likelihood_reason)
        self._update_warning(part)

    def form_part(self, part: Risk) -> Risk:
        known = {m.id for m in self._measures()}
        checked = [
            str(self.measures_list.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.measures_list.count())
            if self.measures_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        # Measure ids the list does not show (none should exist) are kept, not dropped.
        kept = [m for m in part.measures if m not in known]
        return replace(
            part,
            title=self.title_edit.text().strip(),
            impacts=list_items(self.impacts),
            threats=list_items(self.threats),
            sources=list_items(self.sources),
            measures=tuple(kept + checked),
            severity_reason=self.severity_reason.toPlainText().strip(),
            likelihood_reason=self.likelihood_reason.toPlainText().strip(),
            severity_before=self.level_boxes["severity_before"].level(),
            likelihood_before=self.level_boxes["likelihood_before"].level(),
            severity_after=self.level_boxes["severity_after"].level(),
            likelihood_after=self.level_boxes["likelihood_after"].level(),
        )

    def after_save(self) -> None:
        part = self.current_part()
        if part is not None:
            self._update_warning(part)

    def _update_warning(self, part: Risk) -> None:
        worse = [
            word
            for word, before, after in (
                (_tr("severity"), part.severity_before, part.severity_after),
                (_tr("likelihood"), part.likelihood_before, part.likelihood_after),
            )
            if before is not None and after is not None and after > before
        ]
        text = (
            _tr(
                "The {what} after the measures is higher than before: measures do not raise a "
                "risk, check the levels."
            ).format(what=_tr(" and ").join(worse))
            if worse
            else ""
        )
        self.level_warning.setText(text)
        self.level_warning.setVisible(bool(text))

    def set_form_read_only(self, read_only: bool) -> None:
        for edit in (self.impacts, self.threats, self.sources):
            edit.setReadOnly(read_only)
        self.severity_reason.setReadOnly(read_only)
        self.likelihood_reason.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)
        for box in self.level_boxes.values():
            box.setEnabled(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)


# -- measures -------------------------------------------------------------------------------


class MeasuresPage(PartListPage[Measure]):
    """The measures, existing or planned, that protect the people concerned."""

    field_name = "measures"

    def __init__(self, host: PartsHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            MeasureModel(),
            heading=_tr("Measures"),
            intro=_tr(
                "The measures, existing or planned, that protect the people concerned: "
                "technical, organisational and legal. Each risk says which ones treat it."
            ),
            add_text=_tr("&Add measure"),
            remove_text=_tr("&Remove measure…"),
            table_name=_tr("Measures of the assessment"),
            parent=parent,
        )
        assert isinstance(self.model, MeasureModel)
        self.model.risks_treated = self._risks_treated
        self.table.horizontalHeader().setSectionResizeMode(
            MCol.TITLE, QHeaderView.ResizeMode.Stretch
        )

    def _risks_treated(self, measure_id: str) -> int:
        row = self.host.row
        return sum(1 for r in row.risks if measure_id in r.measures) if row is not None else 0

    def build_form(self, parent: QWidget, form: QFormLayout) -> None:
        self.title_edit = QLineEdit(parent)
        self.title_edit.setAccessibleName(_tr("Measure title"))
        self.title_edit.textEdited.connect(lambda _t: self.changed(False))
        self.title_edit.editingFinished.connect(self.flush)
        label = QLabel(_tr("&Title"), parent)
        label.setBuddy(self.title_edit)
        form.addRow(label, self.title_edit)
        self.description = list_edit(parent, _tr("Measure description"), 5)
        self.description.textChanged.connect(lambda: self.changed(False))
        self.description.installEventFilter(self)
        label = QLabel(_tr("&Description"), parent)
        label.setBuddy(self.description)
        form.addRow(label, self.description)
        self.planned = QCheckBox(_tr("&Planned (not in place yet)"), parent)
        self.planned.setAccessibleName(_tr("Planned, not in place yet"))
        self.planned.toggled.connect(lambda _c: self.changed(True))
        form.addRow(self.planned)
        self.set_tab_order()

    def form_widgets(self) -> list[QWidget]:
        return [self.title_edit, self.description, self.planned]

    def empty_text(self) -> str:
        return _tr("No measures yet. Add one with “Add measure” (Insert).")

    def new_part(self) -> Measure:
        return Measure(
            id=new_id(), title=_tr("New measure {n}").format(n=len(self.model.parts) + 1)
        )

    def values(self, parts: Sequence[Measure]) -> dict[str, Any]:
        values: dict[str, Any] = {"measures": list(parts)}
        row = self.host.row
        if row is not None:
            # A removed measure no longer treats any risk.
            ids = {m.id for m in parts}
            gone = {m.id for m in row.measures} - ids
            if gone:
                values["risks"] = [
                    replace(r, measures=tuple(m for m in r.measures if m not in gone))
                    for r in row.risks
                ]
        return values

    def removal_question(self, part: Measure) -> tuple[str, str, str]:
        treated = self._risks_treated(part.id)
        text = _tr("Remove the measure “{title}” from this assessment?").format(title=part.title)
        if treated:
            text += " " + _tr("It treats {n} risks; they will no longer list it.").format(n=treated)
        return _tr("Remove measure"), text, _tr("Remove")

    def load_form(self, part: Measure) -> None:
        self.title_edit.setText(part.title)
        self.description.setPlainText(part.description)
        self.planned.setChecked(part.planned)

    def form_part(self, part: Measure) -> Measure:
        return replace(
            part,
            title=self.title_edit.text().strip(),
            description=self.description.toPlainText().strip(),
            planned=self.planned.isChecked(),
        )

    def set_form_read_only(self, read_only: bool) -> None:
        self.title_edit.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        self.planned.setEnabled(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self.description:
            self.flush()
        return super().eventFilter(watched, event)


# -- the action plan ------------------------------------------------------------------------


class ActionPlanPage(PartListPage[ActionItem]):
    """What is to be done, by whom and by when; reviews marked "improvable" add lines."""

    field_name = "action_plan"
    side_by_side = 900  # five columns: the table gets the page's width unless it is very wide

    def __init__(self, host: PartsHost, parent: QWidget | None = None) -> None:
        super().__init__(
            host,
            ActionPlanModel(),
            heading=_tr("Action plan"),
            intro=_tr(
                "What is still to be done, who is in charge and by when. A reviewer's "
                "“improvable” verdict adds a line here; overdue actions are marked ⚠."
            ),
            add_text=_tr("&Add action"),
            remove_text=_tr("&Remove action…"),
            table_name=_tr("Action plan of the assessment"),
            parent=parent,
        )
        self.table.horizontalHeader().setSectionResizeMode(
            PCol.MEASURE, QHeaderView.ResizeMode.Stretch
        )

    @property
    def plan_model(self) -> ActionPlanModel:
        assert isinstance(self.model, ActionPlanModel)
        return self.model

    def build_form(self, parent: QWidget, form: QFormLayout) -> None:
        self.measure_edit = QLineEdit(parent)
        self.measure_edit.setAccessibleName(_tr("Action to take"))
        self.owner_edit = QLineEdit(parent)
        self.owner_edit.setAccessibleName(_tr("Person in charge"))
        for edit, text in (
            (self.measure_edit, _tr("A&ction to take")),
            (self.owner_edit, _tr("&Person in charge")),
        ):
            edit.textEdited.connect(lambda _t: self.changed(False))
            edit.editingFinished.connect(self.flush)
            label = QLabel(text, parent)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.due_edit = OptionalDateEdit(NO_DATE, _tr("No date"), parent)
        self.due_edit.setAccessibleName(_tr("Due date"))
        self.due_edit.setAccessibleDescription(_tr("Year-month-day; the lowest value is no date"))
        self.due_edit.dateChanged.connect(lambda _d: self.changed(False))
        self.due_edit.editingFinished.connect(self.flush)
        self.no_date = QPushButton(_tr("No date"), parent)
        self.no_date.setAccessibleName(_tr("No due date"))
        self.no_date.clicked.connect(self._clear_date)
        row = QWidget(parent)
        row_lay = QHBoxLayout(row)
        row_lay.setContentsMargins(0, 0, 0, 0)
        row_lay.addWidget(self.due_edit)
        row_lay.addWidget(self.no_date)
        row_lay.addStretch(1)
        label = QLabel(_tr("&Due date"), parent)
        label.setBuddy(self.due_edit)
        form.addRow(label, row)
        self.overdue_label = message_label(parent)
        form.addRow(self.overdue_label)
        self.status_box = QComboBox(parent)
        self.status_box.setAccessibleName(_tr("Status of the action"))
        for status in ActionStatus:
            self.status_box.addItem(status.label, status.value)
        self.status_box.currentIndexChanged.connect(lambda _i: self.changed(True))
        label = QLabel(_tr("&Status"), parent)
        label.setBuddy(self.status_box)
        form.addRow(label, self.status_box)
        self.origin_label = help_label("", parent)
        form.addRow(self.origin_label)
        self.set_tab_order()
        QWidget.setTabOrder(self.due_edit, self.no_date)
        QWidget.setTabOrder(self.no_date, self.status_box)

    def _clear_date(self) -> None:
        self.due_edit.setDate(NO_DATE)
        self.changed(True)

    def form_widgets(self) -> list[QWidget]:
        return [self.measure_edit, self.owner_edit, self.due_edit, self.status_box]

    def empty_text(self) -> str:
        return _tr("The action plan is empty. Add an action with “Add action” (Insert).")

    def new_part(self) -> ActionItem:
        return ActionItem(
            id=new_id(),
            measure=_tr("New action {n}").format(n=len(self.model.parts) + 1),
            status=ActionStatus.PLANNED.value,
        )

    def removal_question(self, part: ActionItem) -> tuple[str, str, str]:
        return (
            _tr("Remove action"),
            _tr("Remove “{action}” from the action plan?").format(action=part.measure),
            _tr("Remove"),
        )

    def due_text(self) -> str:
        d = self.due_edit.date()
        return "" if d == NO_DATE else d.toString("yyyy-MM-dd")

    def load_form(self, part: ActionItem) -> None:
        self.measure_edit.setText(part.measure)
        self.owner_edit.setText(part.owner)
        due = parse_due(part.due)
        self.due_edit.setDate(QDate(due.year, due.month, due.day) if due else NO_DATE)
        index = self.status_box.findData(part.status)
        self.status_box.setCurrentIndex(max(index, 0))
        self.origin_label.setText(
            _tr("Asked for by the review of “{section}”.").format(
                section=self.plan_model.origin_title(part.origin)
            )
            if part.origin
            else _tr("Added to the plan by hand.")
        )
        self._update_overdue(part)

    def form_part(self, part: ActionItem) -> ActionItem:
        return replace(
            part,
            measure=self.measure_edit.text().strip(),
            owner=self.owner_edit.text().strip(),
            due=self.due_text(),
            status=str(self.status_box.currentData()),
        )

    def after_save(self) -> None:
        part = self.current_part()
        if part is not None:
            self._update_overdue(part)

    def _update_overdue(self, part: ActionItem) -> None:
        overdue = is_overdue(part, self.plan_model.today())
        text = (
            _tr("⚠ Overdue: this action was due on {date} and is not done.").format(
                date=format_due(part.due)
            )
            if overdue
            else ""
        )
        self.overdue_label.setText(text)
        self.overdue_label.setVisible(overdue)
        self.overdue_label.setAccessibleName(text)
        self.no_date.setVisible(not self.read_only and bool(part.due))

    def set_form_read_only(self, read_only: bool) -> None:
        self.measure_edit.setReadOnly(read_only)
        self.owner_edit.setReadOnly(read_only)
        self.due_edit.setReadOnly(read_only)
        self.status_box.setEnabled(not read_only)
        self.no_date.setVisible(not read_only)


__all__ = [
    "ActionPlanPage",
    "LevelBox",
    "MeasuresPage",
    "PartListPage",
    "PartsHost",
    "RisksPage",
]
