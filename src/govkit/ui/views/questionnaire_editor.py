"""The questionnaire of one assessment: sections, questions, guidance, outcome and workflow.

Every answer is saved through ``AssessmentService.answer`` as soon as it is given: a click at
once, typed text when the field is left or after a short pause in typing. A value the service
refuses stays in its field with the service's message under it (and the page reports pending
edits until it is corrected). Conditional questions and sections appear and disappear as the
answers change; the outcome so far is shown at the top.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govkit.assessments import (
    Answer,
    Definition,
    Question,
    QuestionType,
    Section,
    is_answered,
    missing_required,
    validate_answer,
    visible_questions,
    visible_sections,
)
from govkit.assessments import evaluate as evaluate_answers
from govkit.assessments import progress as answers_progress
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus, SectionVerdict
from govkit.domain.models import Assessment
from govkit.services.assessments import AssessmentService, WorkflowError
from govkit.services.canada_aia import imported_aia
from govkit.services.cnil_pia import imported_pia
from govkit.storage.errors import NotFoundError, UserFacingError, ValidationError
from govkit.ui.dialogs.signoff_dialog import SignOffDialog
from govkit.ui.views.aia_extras import ImportedAiaDialog
from govkit.ui.views.assessment_versions import VersionSelector
from govkit.ui.views.cnil_extras import ImportedDataDialog, question_panel
from govkit.ui.widgets.dates import OptionalDateEdit
from govkit.ui.widgets.form import ERROR_COLOUR
from govkit.ui.widgets.prompts import Prompts

SAVE_DELAY_MS = 1200  # typed text is saved after this pause (and when the field is left)
RADIO_LIMIT = 6  # single choice: radios up to this many options, a drop-down beyond
NO_DATE = QDate(1900, 1, 1)  # the date editor's "no date" value

# By outcome level, AA on white (level 0, e.g. "not an AI system", stays neutral).
OUTCOME_COLOURS = {1: "#1b5e20", 2: "#8a4b00", 3: "#9b1c1c", 4: "#9b1c1c"}
VERDICT_MARKS = {
    SectionVerdict.ACCEPTABLE: "✓",
    SectionVerdict.IMPROVABLE: "△",
    SectionVerdict.TO_CORRECT: "✗",
}
REQUIRED_COLOUR = ERROR_COLOUR


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionnaireEditor", text)


@dataclass(frozen=True)
class Suggestions:
    """What a question's ``suggestions`` names, as the vault holds it now: a pick list's
    title and its entries (label, where it comes from)."""

    title: str
    entries: tuple[tuple[str, str], ...]


# From a question's "suggestions" (such as "catalogue:dpia_required") to what the vault holds;
# None when it names nothing this version knows.
SuggestionSource = Callable[[str], Suggestions | None]


def ui_language() -> str:
    """The two-letter UI language (questionnaire texts fall back to English)."""
    from PySide6.QtCore import QLocale

    name = QLocale().name()[:2]
    return name if name.isalpha() and name.islower() else "en"


def _parse_number(text: str) -> int | float | str | None:
    """A typed number as int or float; the text itself when it is not a number (the service
    then says what is wrong); None when blank."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if re.fullmatch(r"[-+]?\d+", cleaned):
        return int(cleaned)
    candidate = (
        cleaned.replace(",", ".") if cleaned.count(",") == 1 and "." not in cleaned else cleaned
    )
    try:
        number = float(candidate)
    except ValueError:
        return text.strip()
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _format_number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


class NumberBox(QAbstractSpinBox):
    """A spin box that keeps whatever is typed (a wrong value is explained, never erased);
    the arrows step within the question's minimum and maximum."""

    def __init__(
        self, low: float | None, high: float | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.low = low
        self.high = high
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)

    def text_value(self) -> str:
        return self.lineEdit().text()

    def set_text_value(self, text: str) -> None:
        self.lineEdit().setText(text)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        return (
            QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
            | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        )

    def stepBy(self, steps: int) -> None:
        current = _parse_number(self.text_value())
        base = current if isinstance(current, int | float) else (self.low or 0)
        value = base + steps
        if self.low is not None:
            value = max(value, self.low)
        if self.high is not None:
            value = min(value, self.high)
        self.set_text_value(_format_number(int(value) if float(value).is_integer() else value))
        self.editingFinished.emit()


class QuestionWidget(QFrame):
    """One question: its text, required marker, editor, note and the message of a refusal."""

    edited = Signal(object, bool)  # self, at once (a click) or after a pause (typing)
    focused = Signal(object)  # self: show its guidance

    def __init__(
        self,
        question: Question,
        language: str,
        parent: QWidget | None = None,
        *,
        suggestions: Callable[[], Suggestions | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        # The values of a pick list shown in the guidance and, for a list, offered by a button.
        self.suggestions = suggestions or (lambda: None)
        self._loading = False
        self._read_only = False
        self.error: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(lambda: self.edited.emit(self, True))
        self.setObjectName("question")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._set_selected_style(False)

        text = question.text.get(language)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        marker = (
            f' <span style="color:{REQUIRED_COLOUR}" title="{_tr("Required")}">*</span>'
            if question.required
            else ""
        )
        self.label.setText(f"<b>{_escape(text)}</b>{marker}")
        self.label.setMinimumWidth(120)
        accessible = text + (" " + _tr("(required)") if question.required else "")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(6)
        lay.addWidget(self.label)

        self.buttons: list[QRadioButton | QCheckBox] = []
        self.group: QButtonGroup | None = None
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        self.plain: QPlainTextEdit | None = None
        self.number: NumberBox | None = None
        self.date_edit: QDateEdit | None = None
        self.clear_button: QPushButton | None = None
        self.pick_button: QPushButton | None = None
        kind = question.type
        if kind in (QuestionType.YES_NO, QuestionType.GAUGE) or (
            kind is QuestionType.SINGLE_CHOICE and len(question.options) <= RADIO_LIMIT
        ):
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            choices = self._radio_choices()
            row: QHBoxLayout | QVBoxLayout = (
                QHBoxLayout() if kind is QuestionType.YES_NO else QVBoxLayout()
            )
            row.setSpacing(12 if kind is QuestionType.YES_NO else 2)
            for value, label in choices:
                radio = QRadioButton(label, self)
                radio.setProperty("answer", value)
                radio.setAccessibleName(f"{text}: {label}")
                self.group.addButton(radio)
                self.buttons.append(radio)
                row.addWidget(radio)
            self.clear_button = QPushButton(_tr("Clear answer"), self)
            self.clear_button.setFlat(True)
            self.clear_button.setAccessibleName(
                _tr("Clear the answer to: {question}").format(question=text)
            )
            self.clear_button.clicked.connect(self._clear)
            if isinstance(row, QHBoxLayout):
                row.addWidget(self.clear_button)
                row.addStretch(1)
            else:
                row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
            lay.addLayout(row)
            self.group.buttonClicked.connect(lambda _b: self._changed(True))
        elif kind is QuestionType.SINGLE_CHOICE:
            self.combo = QComboBox(self)
            self.combo.setAccessibleName(text)
            self.combo.addItem(_tr("— choose —"), None)
            for option in question.options:
                self.combo.addItem(option.label.get(language), option.id)
            self.combo.currentIndexChanged.connect(lambda _i: self._changed(True))
            lay.addWidget(self.combo)
        elif kind is QuestionType.MULTIPLE_CHOICE:
            for option in question.options:
                box = QCheckBox(option.label.get(language), self)
                box.setProperty("answer", option.id)
                box.setProperty("exclusive", option.exclusive)
                box.setAccessibleName(f"{text}: {option.label.get(language)}")
                box.clicked.connect(lambda checked, b=box: self._on_check(b, checked))
                self.buttons.append(box)
                lay.addWidget(box)
        elif kind is QuestionType.TEXT:
            self.line = QLineEdit(self)
            self.line.setAccessibleName(text)
            self.line.textEdited.connect(lambda _t: self._changed(False))
            self.line.editingFinished.connect(self.flush)
            lay.addWidget(self.line)
        elif kind in (QuestionType.LONG_TEXT, QuestionType.LIST):
            self.plain = QPlainTextEdit(self)
            self.plain.setTabChangesFocus(True)
            self.plain.setAccessibleName(text)
            lines = 4 if kind is QuestionType.LONG_TEXT else 3
            self.plain.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
            if kind is QuestionType.LIST:
                self.plain.setPlaceholderText(_tr("One item per line"))
                self.plain.setAccessibleDescription(_tr("One item per line"))
            self.plain.textChanged.connect(lambda: self._changed(False))
            self.plain.installEventFilter(self)
            lay.addWidget(self.plain)
            if kind is QuestionType.LIST and self.current_suggestions() is not None:
                self._add_pick_button(lay, text)
        elif kind is QuestionType.NUMBER:
            self.number = NumberBox(question.min, question.max, self)
            self.number.setAccessibleName(text)
            if question.min is not None or question.max is not None:
                self.number.setToolTip(_range_text(question))
                self.number.setAccessibleDescription(_range_text(question))
            self.number.lineEdit().textEdited.connect(lambda _t: self._changed(False))
            self.number.editingFinished.connect(self.flush)
            self.number.setMaximumWidth(220)
            lay.addWidget(self.number)
        elif kind is QuestionType.DATE:
            # Qt's own date editor swallows Tab while it shows "No date" (a keyboard trap).
            self.date_edit = OptionalDateEdit(NO_DATE, _tr("No date"), self)
            self.date_edit.setAccessibleName(text)
            self.date_edit.setMaximumWidth(220)
            self.date_edit.dateChanged.connect(lambda _d: self._changed(False))
            self.date_edit.editingFinished.connect(self.flush)
            self.clear_button = QPushButton(_tr("No date"), self)
            self.clear_button.setAccessibleName(
                _tr("No date for: {question}").format(question=text)
            )
            self.clear_button.clicked.connect(self._clear)
            row2 = QHBoxLayout()
            row2.addWidget(self.date_edit)
            row2.addWidget(self.clear_button)
            row2.addStretch(1)
            lay.addLayout(row2)

        self.note: QLineEdit | None = None
        if question.note:
            self.note = QLineEdit(self)
            self.note.setPlaceholderText(_tr("Note (optional)"))
            self.note.setAccessibleName(_tr("Note on: {question}").format(question=text))
            self.note.setStyleSheet("QLineEdit { font-size: 90%; }")
            self.note.textEdited.connect(lambda _t: self._changed(False))
            self.note.editingFinished.connect(self.flush)
            lay.addWidget(self.note)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        lay.addWidget(self.message)

        self.setAccessibleName(accessible)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def _add_pick_button(self, lay: QVBoxLayout, text: str) -> None:
        """A button whose menu ticks the pick list's entries into the list (and out of it)."""
        self.pick_button = QPushButton(_tr("Pick from the list…"), self)
        self.pick_button.setAccessibleName(
            _tr("Pick entries from the list for: {question}").format(question=text)
        )
        self.pick_button.setToolTip(_tr("Tick the entries that apply (Alt+Down in the list)"))
        self.pick_menu = QMenu(self.pick_button)
        self.pick_menu.aboutToShow.connect(self._fill_pick_menu)
        self.pick_button.setMenu(self.pick_menu)
        assert self.plain is not None
        shortcut = QShortcut(QKeySequence("Alt+Down"), self.plain)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_pick_menu)
        row = QHBoxLayout()
        row.addWidget(self.pick_button)
        row.addStretch(1)
        lay.addLayout(row)

    def open_pick_menu(self) -> None:
        """Show the pick menu under its button (from the keyboard; it does not block)."""
        if self.pick_button is not None and self.pick_button.isEnabled():
            below = self.pick_button.rect().bottomLeft()
            self.pick_menu.popup(self.pick_button.mapToGlobal(below))

    def current_suggestions(self) -> Suggestions | None:
        return self.suggestions() if self.question.suggestions is not None else None

    def _fill_pick_menu(self) -> None:
        self.pick_menu.clear()
        found = self.current_suggestions()
        chosen = {str(v).casefold() for v in self.value() or ()}
        if found is None or not found.entries:
            empty = self.pick_menu.addAction(
                _tr("The list is empty: add entries under Catalogues.")
            )
            empty.setEnabled(False)
            return
        for label, description in found.entries:
            action = self.pick_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(label.casefold() in chosen)
            action.setToolTip(description or label)
            action.setStatusTip(description)
            action.toggled.connect(lambda on, lbl=label: self.pick(lbl, on))
        self.pick_menu.setToolTipsVisible(True)

    def pick(self, label: str, chosen: bool = True) -> None:
        """Add a pick-list entry to the list answer (or take it out), and save at once."""
        if self.plain is None or self._read_only:
            return
        items = [str(v) for v in self.value() or ()]
        present = [i for i in items if i.casefold() == label.casefold()]
        if bool(present) == chosen:
            return
        items = [*items, label] if chosen else [i for i in items if i not in present]
        self._loading = True
        try:
            self.plain.setPlainText("\n".join(items))
        finally:
            self._loading = False
        self._changed(True)

    # -- values ---------------------------------------------------------------------------------

    def _radio_choices(self) -> list[tuple[object, str]]:
        q = self.question
        if q.type is QuestionType.YES_NO:
            return [("yes", _tr("Yes")), ("no", _tr("No"))]
        if q.type is QuestionType.GAUGE:
            labels = [t.get(self.language) for t in q.levels]
            return [
                (n, _tr("{level} — {label}").format(level=n, label=labels[n - 1]))
                if n - 1 < len(labels)
                else (n, str(n))
                for n in range(1, 5)
            ]
        return [(o.id, o.label.get(self.language)) for o in q.options]

    def value(self) -> Any:
        kind = self.question.type
        if self.group is not None:
            checked = self.group.checkedButton()
            return checked.property("answer") if checked is not None else None
        if self.combo is not None:
            return self.combo.currentData()
        if kind is QuestionType.MULTIPLE_CHOICE:
            chosen = [str(b.property("answer")) for b in self.buttons if b.isChecked()]
            return chosen or None
        if self.line is not None:
            return self.line.text().strip() or None
        if self.plain is not None:
            text = self.plain.toPlainText()
            if kind is QuestionType.LIST:
                items = [line.strip() for line in text.splitlines() if line.strip()]
                return items or None
            return text.strip() or None
        if self.number is not None:
            return _parse_number(self.number.text_value())
        if self.date_edit is not None:
            d = self.date_edit.date()
            return None if d == NO_DATE else d.toString("yyyy-MM-dd")
        return None

    def note_text(self) -> str:
        return self.note.text() if self.note is not None else ""

    def set_answer(self, answer: Answer | None) -> None:
        """Show a saved answer (loading: no save is triggered)."""
        self._loading = True
        try:
            value = answer.value if answer is not None else None
            if self.group is not None:
                self.group.setExclusive(False)
                for button in self.buttons:
                    button.setChecked(button.property("answer") == value)
                self.group.setExclusive(True)
            elif self.combo is not None:
                index = self.combo.findData(value) if value is not None else 0
                self.combo.setCurrentIndex(max(index, 0))
            elif self.question.type is QuestionType.MULTIPLE_CHOICE:
                chosen = set(value) if isinstance(value, tuple | list) else set()
                for button in self.buttons:
                    button.setChecked(button.property("answer") in chosen)
            elif self.line is not None:
                self.line.setText(str(value) if isinstance(value, str) else "")
            elif self.plain is not None:
                if isinstance(value, tuple | list):
                    self.plain.setPlainText("\n".join(str(v) for v in value))
                else:
                    self.plain.setPlainText(str(value) if isinstance(value, str) else "")
            elif self.number is not None:
                self.number.set_text_value(_format_number(value))
            elif self.date_edit is not None:
                parsed = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else None
                self.date_edit.setDate(
                    parsed if parsed is not None and parsed.isValid() else NO_DATE
                )
            if self.note is not None:
                self.note.setText(answer.note if answer is not None else "")
            self._update_clear()
        finally:
            self._loading = False

    # -- editing ------------------------------------------------------------------------------

    def _on_check(self, box: QCheckBox | QRadioButton, checked: bool) -> None:
        if checked:
            exclusive = bool(box.property("exclusive"))
            for other in self.buttons:
                if other is not box and (exclusive or bool(other.property("exclusive"))):
                    other.setChecked(False)
        self._changed(True)

    def _clear(self) -> None:
        self._loading = True
        try:
            if self.group is not None:
                self.group.setExclusive(False)
                for button in self.buttons:
                    button.setChecked(False)
                self.group.setExclusive(True)
            if self.date_edit is not None:
                self.date_edit.setDate(NO_DATE)
        finally:
            self._loading = False
        self._changed(True)

    def _changed(self, at_once: bool) -> None:
        if self._loading or self._read_only:
            return
        self._update_clear()
        if at_once:
            self.timer.stop()
            self.edited.emit(self, True)
        else:
            self.timer.start()

    def _update_clear(self) -> None:
        if self.clear_button is not None:
            self.clear_button.setVisible(not self._read_only and is_answered(self.value()))

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        """Save now what waits for a pause in typing."""
        if self.timer.isActive():
            self.timer.stop()
            self.edited.emit(self, True)

    def show_error(self, message: str | None) -> None:
        self.error = message
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        self.message.setAccessibleName(message or "")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)
        for widget in (self.combo, self.date_edit, self.pick_button):
            if widget is not None:
                widget.setEnabled(not read_only)
        for edit in (self.line, self.note):
            if edit is not None:
                edit.setReadOnly(read_only)
        if self.note is not None:
            # A read-only questionnaire shows the notes written, not empty note fields.
            self.note.setVisible(not read_only or bool(self.note.text()))
        if self.plain is not None:
            self.plain.setReadOnly(read_only)
        if self.number is not None:
            self.number.setReadOnly(read_only)
        self._update_clear()

    def focus_widget(self) -> QWidget:
        for widget in (self.combo, self.line, self.plain, self.number, self.date_edit):
            if widget is not None:
                return widget
        checked = next((b for b in self.buttons if b.isChecked()), None)
        return checked or (self.buttons[0] if self.buttons else self)

    def set_selected(self, selected: bool) -> None:
        self._set_selected_style(selected)

    def _set_selected_style(self, selected: bool) -> None:
        border = "#2f6fb3" if selected else "#d0d5dc"
        width = 2 if selected else 1
        self.setStyleSheet(
            f"QFrame#question {{ border: {width}px solid {border}; border-radius: 4px; "
            "background: palette(base); }"
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self)
        elif kind == QEvent.Type.FocusOut and watched is self.plain:
            self.flush()
        elif kind == QEvent.Type.MouseButtonPress:
            self.focused.emit(self)
        return False

    def mousePressEvent(self, event: Any) -> None:
        self.focused.emit(self)
        super().mousePressEvent(event)


def _wrapping(label: QLabel) -> None:
    """A word-wrapped label that may get narrower than its longest line in a row."""
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)


def _shown_state(row: Assessment) -> tuple[Any, ...]:
    """What the editor shows of a row (updated_at has only a second's resolution)."""
    return (
        row.status,
        row.answers_json,
        row.title,
        row.owner,
        row.version,
        tuple(row.reviews),
        tuple(row.signoffs),
        row.next_review,
        tuple(row.risks),
        tuple(row.measures),
        tuple(row.action_plan),
        (row.dpo_name, row.dpo_status, row.dpo_opinion),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _range_text(question: Question) -> str:
    if question.min is not None and question.max is not None:
        return _tr("From {min} to {max}").format(min=f"{question.min:g}", max=f"{question.max:g}")
    if question.min is not None:
        return _tr("At least {min}").format(min=f"{question.min:g}")
    return _tr("At most {max}").format(max=f"{question.max:g}")


class GuidancePanel(QScrollArea):
    """What to consider for the selected question, and what it implements (citations)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(_tr("Guidance"))
        content = QWidget(self)
        content.setObjectName("guidance")
        content.setStyleSheet("QWidget#guidance { background: #f3f6fa; }")
        lay = QVBoxLayout(content)
        lay.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel(_tr("Guidance"), content)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.question_label = QLabel(content)
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setStyleSheet("color: #444;")
        self.text = QLabel(content)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)
        self.cites_heading = QLabel(_tr("Legal basis and sources"), content)
        self.cites_heading.setFont(font)
        self.cites_heading.setWordWrap(True)
        self.cites = QLabel(content)
        self.cites.setWordWrap(True)
        self.cites.setTextFormat(Qt.TextFormat.PlainText)
        self.cites.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The pick list a question names in its "suggestions", to compare with.
        self.list_heading = QLabel(content)
        self.list_heading.setFont(font)
        self.list_heading.setWordWrap(True)
        self.list_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list_entries = QLabel(content)
        self.list_entries.setWordWrap(True)
        self.list_entries.setTextFormat(Qt.TextFormat.PlainText)
        self.list_entries.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (
            self.heading,
            self.question_label,
            self.text,
            self.list_heading,
            self.list_entries,
            self.cites_heading,
            self.cites,
        ):
            lay.addWidget(w)
        lay.addStretch(1)
        self.setWidget(content)
        self.show_question(None, "en")

    def show_question(
        self, question: Question | None, language: str, suggestions: Suggestions | None = None
    ) -> None:
        self._show_list(suggestions if question is not None else None)
        if question is None:
            self.question_label.setText("")
            self.text.setText(
                _tr("Select a question to see what to consider and what it is based on.")
            )
            self.cites_heading.hide()
            self.cites.hide()
            return
        self.question_label.setText(question.text.get(language))
        guidance = question.guidance.get(language) if question.guidance is not None else ""
        self.text.setText(guidance or _tr("No guidance for this question."))
        self.cites.setText("\n".join(f"• {c}" for c in question.cites))
        self.cites_heading.setVisible(bool(question.cites))
        self.cites.setVisible(bool(question.cites))
        self.text.setAccessibleName(self.text.text())

    def _show_list(self, suggestions: Suggestions | None) -> None:
        self.list_heading.setVisible(suggestions is not None)
        self.list_entries.setVisible(suggestions is not None)
        if suggestions is None:
            return
        self.list_heading.setText(suggestions.title)
        self.list_entries.setText(
            "\n".join(f"• {label}" for label, _source in suggestions.entries)
            or _tr("No entries yet: add them under Catalogues.")
        )
        self.list_entries.setAccessibleName(self.list_heading.text())
        self.list_entries.setAccessibleDescription(self.list_entries.text())


class ReviewBox(QGroupBox):
    """The reviewer's verdict on one top-level section."""

    submitted = Signal(str, object, str)  # section id, SectionVerdict, comment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id = ""
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[SectionVerdict, QRadioButton] = {}
        for verdict in SectionVerdict:
            radio = QRadioButton(verdict.label, self)
            radio.setAccessibleName(_tr("Verdict: {verdict}").format(verdict=verdict.label))
            self.group.addButton(radio)
            self.radios[verdict] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(_tr("Comment: what should be improved or corrected"))
        self.comment.setAccessibleName(_tr("Reviewer's comment"))
        self.record_button = QPushButton(_tr("Record verdict"), self)
        self.record_button.setAccessibleName(_tr("Record the verdict on this section"))
        self.record_button.clicked.connect(self._submit)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.section_label = QLabel(self)
        self.section_label.setWordWrap(True)
        self.section_label.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.addWidget(self.section_label)
        lay.addLayout(row)
        c_row = QHBoxLayout()
        c_row.addWidget(self.comment, 1)
        c_row.addWidget(self.record_button)
        lay.addLayout(c_row)
        lay.addWidget(self.current)
        self.setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }")

    def show_section(self, section_id: str, title: str, existing: Any, editable: bool) -> None:
        self.section_id = section_id
        self.setTitle(_tr("Reviewer's verdict"))
        self.section_label.setText(_tr("On the section “{section}”:").format(section=title))
        self.setAccessibleName(_tr("Reviewer's verdict on “{section}”").format(section=title))
        self.group.setExclusive(False)
        for verdict, radio in self.radios.items():
            radio.setChecked(existing is not None and existing.verdict == verdict.value)
            radio.setEnabled(editable)
        self.group.setExclusive(True)
        self.comment.setText(existing.comment if existing is not None else "")
        for widget in (*self.radios.values(), self.comment, self.record_button):
            widget.setVisible(editable)
        if existing is not None:
            text = _tr("Recorded: {verdict} by {name}.").format(
                verdict=SectionVerdict(existing.verdict).label, name=existing.by
            )
            if existing.comment:
                text += " " + _tr("Comment: {comment}").format(comment=existing.comment)
            self.current.setText(text)
        else:
            self.current.setText(_tr("No verdict yet."))

    def verdict(self) -> SectionVerdict | None:
        return next((v for v, r in self.radios.items() if r.isChecked()), None)

    def _submit(self) -> None:
        verdict = self.verdict()
        if verdict is None:
            self.current.setText(_tr("Choose a verdict first."))
            return
        self.submitted.emit(self.section_id, verdict, self.comment.text())


class QuestionnaireEditor(QWidget):
    """One assessment open. The page shows it beside the list."""

    assessmentChanged = Signal(str)  # saved something (the list refreshes its row)
    openRequested = Signal(str)  # show another assessment (a new version)
    stateChanged = Signal()

    def __init__(
        self,
        service: AssessmentService,
        prompts: Prompts,
        *,
        actor_name: str = "",
        language: str | None = None,
        subject_name: Callable[[Assessment], str] | None = None,
        suggestions: SuggestionSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.suggestions: SuggestionSource = suggestions or (lambda _source: None)
        self.prompts = prompts
        self.actor_name = actor_name
        self.language = language or ui_language()
        self._subject_name = subject_name or (lambda _row: "")
        self.row: Assessment | None = None
        self.definition: Definition | None = None
        self.answers: dict[str, Answer] = {}
        self.section_id: str | None = None
        self.question_widgets: dict[str, QuestionWidget] = {}
        self._section_headers: dict[str, QWidget] = {}
        self._selected: QuestionWidget | None = None
        self._tree_items: dict[str, QTreeWidgetItem] = {}
        self._page_items: dict[str, QTreeWidgetItem] = {}  # a DPIA's pages after its sections
        self._syncing = False
        self.dialog: SignOffDialog | None = None

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        hint_page = QWidget(self.stack)
        h_lay = QVBoxLayout(hint_page)
        h_lay.addStretch(1)
        self.hint = QLabel(
            _tr("Select an assessment in the list to answer or review its questionnaire."),
            hint_page,
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        h_lay.addWidget(self.hint)
        h_lay.addStretch(2)
        self.stack.addWidget(hint_page)

        page = QWidget(self.stack)
        self.stack.addWidget(page)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 0)
        lay.setSpacing(4)

        top = QHBoxLayout()
        self.title = QLabel(page)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        _wrapping(self.title)
        top.addWidget(self.title, 1)
        self.submit_button = self._button(page, _tr("Submit for review"), self.submit)
        self.start_review_button = self._button(page, _tr("Start review"), self.start_review)
        self.approve_button = self._button(page, _tr("Approve…"), self.approve)
        self.reject_button = self._button(page, _tr("Reject…"), self.reject)
        self.new_version_button = self._button(page, _tr("Start a new version"), self.new_version)
        for button in (
            self.submit_button,
            self.start_review_button,
            self.approve_button,
            self.reject_button,
            self.new_version_button,
        ):
            top.addWidget(button)
        lay.addLayout(top)

        self.info = QLabel(page)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.info)
        meta = QHBoxLayout()
        self.versions = VersionSelector(page)
        self.versions.versionChosen.connect(self._version_chosen)
        version_label = QLabel(_tr("&Version:"), page)
        version_label.setBuddy(self.versions)
        meta.addWidget(version_label)
        meta.addWidget(self.versions)
        # Under each question, what the CNIL PIA software said of it (an imported DPIA).
        self.question_extras: Callable[[Assessment, str, str, QWidget], QWidget | None] = (
            question_panel
        )
        self.imported_button = self._button(
            page, _tr("From the CNIL PIA software…"), self.show_imported_data
        )
        self.imported_button.setToolTip(
            _tr("What the CNIL PIA file held: comments, evaluations, statuses and opinions")
        )
        meta.addWidget(self.imported_button)
        self.imported_aia_button = self._button(
            page, _tr("From the Canada AIA tool…"), self.show_imported_aia
        )
        self.imported_aia_button.setToolTip(
            _tr("What the AIA tool's file held that the questionnaire has no place for")
        )
        meta.addWidget(self.imported_aia_button)
        meta.addStretch(1)
        lay.addLayout(meta)

        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setAccessibleName(_tr("Progress"))
        self.progress_label = QLabel(page)
        self.outcome_label = QLabel(page)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_label.setWordWrap(True)
        _wrapping(self.outcome_label)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addSpacing(16)
        progress_row.addWidget(self.outcome_label, 3)
        lay.addLayout(progress_row)
        self.reasons = QLabel(page)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setStyleSheet("color: #333;")
        lay.addWidget(self.reasons)

        self.banner = QLabel(page)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0b872; border-radius: 4px;"
            " padding: 5px; color: #4a3000; }"
        )
        self.banner.hide()
        lay.addWidget(self.banner)

        self.body = QSplitter(Qt.Orientation.Horizontal, page)
        self.body.setChildrenCollapsible(False)
        self.tree = QTreeWidget(self.body)
        self.tree.setHeaderLabels([_tr("Section"), _tr("Answered")])
        self.tree.setAccessibleName(_tr("Sections of the questionnaire"))
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(170)
        self.tree.currentItemChanged.connect(self._on_tree_item)

        # The questions, or a DPIA's own pages (risks, measures…) in their place.
        from govkit.ui.views.dpia_pages import DpiaPages  # it imports this module's constants

        self.content = QStackedWidget(self.body)
        self.questions_area = QScrollArea(self.content)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setAccessibleName(_tr("Questions"))
        self.questions_area.setMinimumWidth(260)
        self.dpia_pages = DpiaPages(
            service, prompts, section_title=self._section_title, parent=self.content
        )
        self.dpia_pages.saved.connect(self._on_parts_saved)
        self.dpia_pages.edited.connect(self._update_tree_progress)
        self.content.addWidget(self.questions_area)
        self.content.addWidget(self.dpia_pages)
        self.guidance = GuidancePanel(self.body)
        self.guidance.setMinimumWidth(160)
        self.body.addWidget(self.tree)
        self.body.addWidget(self.content)
        self.body.addWidget(self.guidance)
        self.body.setStretchFactor(0, 2)
        self.body.setStretchFactor(1, 5)
        self.body.setStretchFactor(2, 2)
        self.body.setSizes([230, 500, 240])
        lay.addWidget(self.body, 1)

        self.review_box = ReviewBox(page)
        self.review_box.submitted.connect(self._record_verdict)
        self.review_box.hide()

        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_section(s))

    def _button(self, parent: QWidget, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- opening ------------------------------------------------------------------------------

    @property
    def assessment_id(self) -> str | None:
        return self.row.id if self.row is not None else None

    @property
    def read_only(self) -> bool:
        return (
            self.row is None
            or not AssessmentStatus(self.row.status).editable
            or self.versions.is_older(self.row.id)
        )

    def open_assessment(self, assessment_id: str) -> None:
        """Show an assessment (NotFoundError if it is gone)."""
        row = self.service.get(assessment_id)
        same = self.row is not None and self.row.id == assessment_id
        if self.row is not None and not same:
            self.flush_pending()  # what was typed belongs to the assessment being left
        self.row = row
        self.definition = self.service.definition(row)
        self.answers = self.service.answers(row)
        self._update_versions()
        self._build_tree()
        self.dpia_pages.set_assessment(
            row if AssessmentKind(row.kind) is AssessmentKind.DPIA else None, self.read_only
        )
        known = self.section_id in self._tree_items or self.section_id in self._page_items
        keep = self.section_id if same and known else None
        first = keep or next(iter(self._tree_items), None)
        self.section_id = None
        self.stack.setCurrentIndex(1)
        if first is not None:
            self.show_section(first)
        self._update_state()
        self.stateChanged.emit()

    def close_assessment(self) -> None:
        self.row = None
        self.definition = None
        self.section_id = None
        self._clear_questions()
        self.dpia_pages.set_assessment(None, True)
        self.stack.setCurrentIndex(0)
        self.stateChanged.emit()

    def refresh(self) -> None:
        """The assessment changed elsewhere: show it anew unless it is being typed in."""
        if self.row is None:
            return
        try:
            row = self.service.get(self.row.id)
        except NotFoundError:
            self.close_assessment()
            return
        newest = self.versions.newest_id
        self._update_versions()
        if _shown_state(row) == _shown_state(self.row):
            if self.versions.newest_id != newest:  # a new version: this one is older now
                self.open_assessment(row.id)
            return
        if self.has_pending_edits():
            self.row = row
            self._update_state()
            return
        self.open_assessment(row.id)

    def _build_tree(self) -> None:
        assert self.definition is not None
        self._syncing = True
        try:
            self.tree.clear()
            self._tree_items = {}

            def add(section: Section, parent: QTreeWidgetItem | None) -> None:
                item = QTreeWidgetItem([section.title.get(self.language), ""])
                item.setData(0, Qt.ItemDataRole.UserRole, section.id)
                item.setToolTip(0, section.title.get(self.language))
                if parent is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                self._tree_items[section.id] = item
                for child in section.sections:
                    add(child, item)

            for section in self.definition.sections:
                add(section, None)
            self._page_items = {}
            if self.row is not None and AssessmentKind(self.row.kind) is AssessmentKind.DPIA:
                for key in self.dpia_pages.page_keys():
                    item = QTreeWidgetItem([self.dpia_pages.title(key), ""])
                    item.setData(0, Qt.ItemDataRole.UserRole, key)
                    item.setToolTip(0, self.dpia_pages.title(key))
                    self.tree.addTopLevelItem(item)
                    self._page_items[key] = item
            self.tree.expandAll()
        finally:
            self._syncing = False

    # -- sections -----------------------------------------------------------------------------

    def _on_tree_item(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing or current is None:
            return
        section_id = current.data(0, Qt.ItemDataRole.UserRole)
        if section_id and section_id != self.section_id:
            self.show_section(str(section_id))

    def sections_in_order(self) -> list[str]:
        """The sections shown in the navigation, in order (a DPIA's pages last)."""
        shown = [sid for sid, item in self._tree_items.items() if not item.isHidden()]
        return shown + list(self._page_items)

    def move_section(self, step: int) -> None:
        order = self.sections_in_order()
        if not order:
            return
        here = order.index(self.section_id) if self.section_id in order else -1
        target = order[max(0, min(len(order) - 1, here + step))]
        if target != self.section_id:
            self.show_section(target)
            widgets = self._visible_widgets()
            if widgets:
                widgets[0].focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            elif target in self._page_items:
                self.dpia_pages.focus_first(target)

    def show_section(self, section_id: str) -> None:
        """Show the questions of a section (and of its subsections), or a DPIA's page."""
        assert self.definition is not None
        leaving = self.section_id
        self.flush_pending()
        problem = self.dpia_pages.first_problem()
        if leaving in self._page_items and section_id != leaving and problem is not None:
            # A value its page refused stays there, in its field, until it is corrected.
            self._show_page(problem)
            self.dpia_pages.focus_problem(problem)
            return
        if section_id in self._page_items:
            self._show_page(section_id)
            return
        self.content.setCurrentWidget(self.questions_area)
        self.section_id = section_id
        self._syncing = True
        try:
            self.tree.setCurrentItem(self._tree_items[section_id])
        finally:
            self._syncing = False
        self._clear_questions()
        section = self.definition.section(section_id)
        content = QWidget(self.questions_area)
        content.setObjectName("questions")
        lay = QVBoxLayout(content)
        lay.setContentsMargins(4, 4, 10, 10)
        lay.setSpacing(8)
        heading = QLabel(section.title.get(self.language), content)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        lay.addWidget(heading)
        self.not_shown = QLabel(
            _tr("This section does not apply with the answers given so far."), content
        )
        self.not_shown.setWordWrap(True)
        self.not_shown.hide()
        lay.addWidget(self.not_shown)
        top_id = (self.definition.sections_above(section_id) or (section_id,))[0]
        existing = (
            next((r for r in self.row.reviews if r.section == top_id), None)
            if self.row is not None
            else None
        )
        in_review = self.row is not None and self.row.status == AssessmentStatus.UNDER_REVIEW
        if in_review or existing is not None:
            top = self.definition.section(top_id)
            self.review_box.setParent(content)
            self.review_box.show_section(top_id, top.title.get(self.language), existing, in_review)
            self.review_box.show()
            lay.addWidget(self.review_box)
        else:
            self.review_box.hide()
        for sub in section.walk():
            if sub is not section:
                header = QLabel(sub.title.get(self.language), content)
                sub_font = header.font()
                sub_font.setBold(True)
                header.setFont(sub_font)
                header.setWordWrap(True)
                header.setContentsMargins(0, 8, 0, 0)
                self._section_headers[sub.id] = header
                lay.addWidget(header)
            if sub.description is not None:
                description = QLabel(sub.description.get(self.language), content)
                description.setWordWrap(True)
                description.setStyleSheet("color: #444;")
                lay.addWidget(description)
                if sub is not section:
                    self._section_headers[sub.id + "/description"] = description
            for question in sub.questions:
                widget = QuestionWidget(
                    question,
                    self.language,
                    content,
                    suggestions=self._suggestions_of(question),
                )
                widget.set_answer(self.answers.get(question.id))
                widget.set_read_only(self.read_only)
                widget.edited.connect(self._on_edited)
                widget.focused.connect(self._select_question)
                extra = (
                    self.question_extras(
                        self.row, question.id, question.text.get(self.language), widget
                    )
                    if self.row is not None
                    else None
                )
                column = widget.layout()
                if extra is not None and column is not None:
                    column.addWidget(extra)
                self.question_widgets[question.id] = widget
                lay.addWidget(widget)
        lay.addStretch(1)
        self.questions_area.setWidget(content)
        self._update_visibility()
        visible = self._visible_widgets()
        self._select_question(visible[0] if visible else None)

    def _suggestions_of(self, question: Question) -> Callable[[], Suggestions | None] | None:
        source = question.suggestions
        if source is None:
            return None
        return lambda: self.suggestions(source)

    def _show_page(self, key: str) -> None:
        """One of a DPIA's pages after the questionnaire, with its guidance."""
        self.section_id = key
        self._syncing = True
        try:
            self.tree.setCurrentItem(self._page_items[key])
        finally:
            self._syncing = False
        self._clear_questions()
        self.dpia_pages.show_page(key)
        self.content.setCurrentWidget(self.dpia_pages)
        text, cites = self.dpia_pages.guidance(key)
        panel = self.guidance
        panel.question_label.setText(self.dpia_pages.title(key))
        panel.text.setText(text)
        panel.text.setAccessibleName(text)
        panel.cites.setText("\n".join(f"• {c}" for c in cites))
        panel.cites_heading.setVisible(bool(cites))
        panel.cites.setVisible(bool(cites))

    def _section_title(self, section_id: str) -> str:
        """A section's title, for the action plan's origin column (the id if unknown)."""
        if self.definition is not None:
            try:
                return self.definition.section(section_id).title.get(self.language)
            except KeyError:
                pass
        return section_id

    def _on_parts_saved(self, row: Assessment) -> None:
        """A DPIA page saved its risks, measures, plan or opinion."""
        self.row = row
        self._update_state()
        self.assessmentChanged.emit(row.id)

    def _clear_questions(self) -> None:
        self.review_box.setParent(self)
        self.review_box.hide()
        old = self.questions_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.question_widgets = {}
        self._section_headers = {}
        self._selected = None

    def _visible_widgets(self) -> list[QuestionWidget]:
        return [w for w in self.question_widgets.values() if not w.isHidden()]

    def _select_question(self, widget: QuestionWidget | None) -> None:
        if self._selected is widget:
            return
        if self._selected is not None:
            self._selected.set_selected(False)
        self._selected = widget
        if widget is not None:
            widget.set_selected(True)
        self.guidance.show_question(
            widget.question if widget else None,
            self.language,
            widget.current_suggestions() if widget else None,
        )

    @property
    def selected_question(self) -> Question | None:
        return self._selected.question if self._selected is not None else None

    # -- saving -------------------------------------------------------------------------------

    def _on_edited(self, widget: QuestionWidget, _at_once: bool) -> None:
        self.save_question(widget)

    def save_question(self, widget: QuestionWidget) -> bool:
        if self.row is None or self.read_only:
            return True
        qid = widget.question.id
        widget.timer.stop()
        value = widget.value()
        try:
            self.service.answer(self.row.id, qid, value, widget.note_text())
        except ValidationError as exc:
            widget.show_error(exc.problems.get(qid) or str(exc))
            self.stateChanged.emit()
            return False
        except UserFacingError as exc:
            self.prompts.error(_tr("Not saved"), str(exc))
            return False
        widget.show_error(None)
        self._reload_row()
        self._update_state()
        self.assessmentChanged.emit(self.row.id)
        return True

    def _reload_row(self) -> None:
        assert self.row is not None
        self.row = self.service.get(self.row.id)
        self.answers = self.service.answers(self.row)

    def flush_pending(self) -> bool:
        """Save what waits for a pause in typing; False if a value is refused."""
        ok = True
        for widget in list(self.question_widgets.values()):
            if widget.pending:
                ok = self.save_question(widget) and ok
        ok = self.dpia_pages.flush() and ok
        return ok and not any(w.error for w in self.question_widgets.values())

    def has_pending_edits(self) -> bool:
        return self.dpia_pages.pending() or any(
            w.pending or w.error for w in self.question_widgets.values()
        )

    def commit_pending_edits(self) -> bool:
        ok = self.flush_pending()
        page = self.dpia_pages.first_problem()
        if page is not None:
            if self.section_id != page:
                self._show_page(page)
            self.dpia_pages.focus_problem(page)
            return False
        if not ok:
            bad = next((w for w in self.question_widgets.values() if w.error), None)
            if bad is not None:
                self.questions_area.ensureWidgetVisible(bad)
                bad.focus_widget().setFocus()
        return ok

    # -- state ----------------------------------------------------------------------------------

    def _update_visibility(self) -> None:
        assert self.definition is not None
        shown_questions = {q.id for q in visible_questions(self.definition, self.answers)}
        shown_sections = {s.id for s in visible_sections(self.definition, self.answers)}
        for qid, widget in self.question_widgets.items():
            widget.setVisible(qid in shown_questions)
        for key, header in self._section_headers.items():
            header.setVisible(key.split("/")[0] in shown_sections)
        if self.section_id in self._tree_items and hasattr(self, "not_shown"):
            self.not_shown.setVisible(self.section_id not in shown_sections)
        for sid, item in self._tree_items.items():
            item.setHidden(sid not in shown_sections)
        if self._selected is not None and self._selected.isHidden():
            self._select_question(None)

    def _update_tree_progress(self) -> None:
        assert self.definition is not None
        shown = visible_questions(self.definition, self.answers)
        missing = {q.id for q in missing_required(self.definition, self.answers)}
        reviews = {r.section: r for r in self.row.reviews} if self.row is not None else {}
        for sid, item in self._tree_items.items():
            section = self.definition.section(sid)
            inside = {q.id for sub in section.walk() for q in sub.questions}
            qs = [q for q in shown if q.id in inside]
            answered = sum(
                1
                for q in qs
                if q.id in self.answers
                and self.answers[q.id].answered
                and validate_answer(q, self.answers[q.id].value) is None
            )
            n_missing = sum(1 for q in qs if q.id in missing)
            text = f"{answered}/{len(qs)}"
            review = reviews.get(sid)
            mark = VERDICT_MARKS.get(SectionVerdict(review.verdict)) if review else None
            item.setText(1, f"{text} {mark}" if mark else text)
            if n_missing:
                item.setForeground(1, QBrush(QColor(REQUIRED_COLOUR)))
                tip = _tr(
                    "{answered} of {total} answered; {missing} required still missing"
                ).format(answered=answered, total=len(qs), missing=n_missing)
                item.setText(0, section.title.get(self.language) + " *")
            else:
                item.setForeground(1, QBrush())
                tip = _tr("{answered} of {total} answered").format(answered=answered, total=len(qs))
                item.setText(0, section.title.get(self.language))
            if review is not None:
                tip += "\n" + _tr("Review: {verdict}").format(
                    verdict=SectionVerdict(review.verdict).label
                )
            item.setToolTip(1, tip)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, tip)
        for key, item in self._page_items.items():
            text, tip = self.dpia_pages.progress(key)
            item.setText(1, text)
            item.setToolTip(1, tip)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, tip)

    def _update_state(self) -> None:
        if self.row is None or self.definition is None:
            return
        row = self.row
        status = AssessmentStatus(row.status)
        kind = AssessmentKind(row.kind)
        version = _tr(" (version {n})").format(n=row.version) if row.version > 1 else ""
        self.title.setText(f"{row.reference}{version} — {row.title}")
        about = (
            _tr("{kind} · {status} · owner: {owner} · AI system: {subject}")
            if row.subject_type == "ai_system"
            else _tr("{kind} · {status} · owner: {owner} · activity: {subject}")
        )
        self.info.setText(
            about.format(
                kind=kind.label,
                status=status.label,
                owner=row.owner or _tr("nobody"),
                subject=self._subject_name(row),
            )
        )
        self._update_visibility()
        self._update_tree_progress()
        progress = answers_progress(self.definition, self.answers)
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.answered)
        text = _tr("{answered} of {total} answered").format(
            answered=progress.answered, total=progress.total
        )
        if progress.required_missing:
            text += _tr(", {n} required missing").format(n=progress.required_missing)
        self.progress_label.setText(text)
        self.progress_bar.setAccessibleDescription(text)

        evaluation = evaluate_answers(self.definition, self.answers, self.language)
        outcome = evaluation.outcome or evaluation.provisional
        if evaluation.outcome is None and progress.answered == 0:
            outcome = None  # nothing answered yet: "so far" would say nothing true
        if self.definition.outcomes:
            if outcome is None:
                self.outcome_label.setText(_tr("Outcome: not known yet"))
                colour = "#333"
            elif evaluation.outcome is not None:
                self.outcome_label.setText(
                    _tr("Outcome: {outcome}").format(outcome=outcome.label.get(self.language))
                )
                colour = OUTCOME_COLOURS.get(outcome.level, "#333")
            else:
                self.outcome_label.setText(
                    _tr("Outcome so far: {outcome}").format(
                        outcome=outcome.label.get(self.language)
                    )
                )
                colour = OUTCOME_COLOURS.get(outcome.level, "#333")
            self.outcome_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.outcome_label.show()
            reasons = list(evaluation.reasons)
            explanation = (
                outcome.explanation.get(self.language)
                if outcome is not None and outcome.explanation is not None
                else ""
            )
            self.outcome_label.setToolTip(explanation)
            self.reasons.setToolTip(explanation)
            self.reasons.setText(" ".join(reasons))
            self.reasons.setVisible(bool(reasons))
            self.outcome_label.setAccessibleName(self.outcome_label.text())
        else:
            self.outcome_label.hide()
            self.reasons.hide()

        banner = ""
        if status is AssessmentStatus.APPROVED:
            signed = next((s for s in reversed(row.signoffs) if s.decision == "approved"), None)
            banner = _tr(
                "Approved{by}: this version is signed and can no longer be changed. Start a new "
                "version to update it."
            ).format(
                by=_tr(" by {name} ({role})").format(name=signed.name, role=signed.role)
                if signed
                else ""
            )
        elif status is AssessmentStatus.SUBMITTED:
            banner = _tr(
                "Submitted for review: the answers cannot be changed until the review is done."
            )
        elif status is AssessmentStatus.UNDER_REVIEW:
            banner = _tr(
                "Under review: the answers cannot be changed. Give a verdict on each section, "
                "then approve or reject."
            )
        elif status is AssessmentStatus.REJECTED:
            signed = next((s for s in reversed(row.signoffs) if s.decision == "rejected"), None)
            if signed is not None:
                banner = _tr("Rejected by {name}: {reason}").format(
                    name=signed.name, reason=signed.reason
                )
                if signed.requested_changes:
                    banner += "\n" + _tr("Changes requested: {changes}").format(
                        changes=signed.requested_changes
                    )
                banner += "\n" + _tr("Changing an answer reopens it as a draft.")
        older = self.versions.is_older(row.id)
        if older:
            banner = _tr(
                "Version {n} is an older version, kept as it was: it cannot be changed. Choose "
                "the newest in the Version list to work on the assessment."
            ).format(n=row.version)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.banner.setAccessibleName(banner)

        self.submit_button.setVisible(status.editable)
        self.submit_button.setEnabled(progress.required_missing == 0)
        self.submit_button.setToolTip(
            _tr("Answer every required question first.") if progress.required_missing else ""
        )
        self.start_review_button.setVisible(status is AssessmentStatus.SUBMITTED)
        self.approve_button.setVisible(status is AssessmentStatus.UNDER_REVIEW)
        self.reject_button.setVisible(status is AssessmentStatus.UNDER_REVIEW)
        self.new_version_button.setVisible(
            status in (AssessmentStatus.APPROVED, AssessmentStatus.REJECTED)
        )
        if older:
            for button in (self.submit_button, self.new_version_button):
                button.hide()
        self.imported_button.setVisible(imported_pia(row) is not None)
        self.imported_aia_button.setVisible(imported_aia(row) is not None)
        for widget in self.question_widgets.values():
            widget.set_read_only(self.read_only)
        self.dpia_pages.set_read_only(self.read_only)

    def _update_versions(self) -> None:
        if self.row is not None:
            self.versions.set_versions(self.service.versions(self.row.series_id), self.row.id)

    def _version_chosen(self, assessment_id: str) -> None:
        self.openRequested.emit(assessment_id)
        self._update_versions()  # shows the version open (the same if it could not change)

    def show_imported_data(self) -> ImportedDataDialog | None:
        """What the CNIL PIA file of an imported DPIA held, in a dialog to read."""
        pia = imported_pia(self.row) if self.row is not None else None
        if self.row is None or pia is None or self.definition is None:
            return None
        dialog = ImportedDataDialog(self.row, pia, self.definition, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_imported_aia(self) -> ImportedAiaDialog | None:
        """What the AIA tool's file of an imported assessment held beside its answers."""
        aia = imported_aia(self.row) if self.row is not None else None
        if self.row is None or aia is None:
            return None
        dialog = ImportedAiaDialog(self.row, aia, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the workflow ---------------------------------------------------------------------------

    def _step(self, call: Callable[[], Any], title: str) -> Any:
        try:
            result = call()
        except (WorkflowError, ValidationError, UserFacingError) as exc:
            self.prompts.error(title, str(exc))
            return None
        return result

    def _after_step(self) -> None:
        assert self.row is not None
        assessment_id = self.row.id
        self.assessmentChanged.emit(assessment_id)
        self.open_assessment(assessment_id)

    def submit(self) -> None:
        if self.row is None or not self.flush_pending():
            return
        row_id = self.row.id
        if self._step(lambda: self.service.submit(row_id), _tr("Not submitted")) is not None:
            self._after_step()

    def start_review(self) -> None:
        if self.row is None:
            return
        row_id = self.row.id
        if (
            self._step(lambda: self.service.start_review(row_id), _tr("Review not started"))
            is not None
        ):
            self._after_step()

    def _record_verdict(self, section_id: str, verdict: SectionVerdict, comment: str) -> None:
        if self.row is None:
            return
        row_id = self.row.id
        if (
            self._step(
                lambda: self.service.review_section(row_id, section_id, verdict, comment),
                _tr("Verdict not recorded"),
            )
            is not None
        ):
            self._after_step()

    def record_verdict(self, section_id: str, verdict: SectionVerdict, comment: str = "") -> None:
        self._record_verdict(section_id, verdict, comment)

    def _label(self) -> str:
        assert self.row is not None
        return f"{self.row.reference} {self.row.title}"

    def approve(self) -> SignOffDialog | None:
        return self._open_signoff(approve=True)

    def reject(self) -> SignOffDialog | None:
        return self._open_signoff(approve=False)

    def _open_signoff(self, *, approve: bool) -> SignOffDialog | None:
        if self.row is None:
            return None
        previous = next((s for s in reversed(self.row.signoffs) if s.name == self.actor_name), None)
        dialog = SignOffDialog(
            approve=approve,
            assessment_label=self._label(),
            name=self.actor_name,
            role=previous.role if previous is not None else "",
            next_review=self.row.next_review,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._signed(d))
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_a: setattr(self, "dialog", None))
        dialog.open()
        return dialog

    def _signed(self, dialog: SignOffDialog) -> None:
        if self.row is None:
            return
        row_id = self.row.id
        values: Mapping[str, Any] = dialog.values()
        if dialog.approve:
            done = self._step(lambda: self.service.approve(row_id, **values), _tr("Not approved"))
        else:
            done = self._step(lambda: self.service.reject(row_id, **values), _tr("Not rejected"))
        if done is not None:
            self._after_step()

    def new_version(self) -> None:
        if self.row is None:
            return
        row_id = self.row.id
        new = self._step(lambda: self.service.new_version(row_id), _tr("No new version"))
        if new is not None:
            self.assessmentChanged.emit(new.id)
            self.openRequested.emit(new.id)
