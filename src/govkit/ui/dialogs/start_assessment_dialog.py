"""Starting an assessment: its type (DPIA screening, DPIA, AI questionnaires…), its subject
and a title. A DPIA screening or DPIA assesses a processing activity; the AI questionnaires
(AI Act classification, AI ethics, FRIA, algorithmic impact) an AI system of the register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from govkit.assessments import builtin_definition
from govkit.domain.assessment_enums import AssessmentKind
from govkit.services.assessments import startable_kinds
from govkit.ui.views.questionnaire_editor import ui_language
from govkit.ui.widgets.form import ERROR_COLOUR


@dataclass(frozen=True)
class ActivityChoice:
    subject_type: str  # "controller_activity", "processor_activity" or "ai_system"
    subject_id: str
    name: str
    reference: str = ""


AI_KINDS = frozenset(
    {
        AssessmentKind.AI_ACT_CLASSIFICATION,
        AssessmentKind.AI_ETHICS,
        AssessmentKind.FRIA,
        AssessmentKind.ALGORITHMIC_IMPACT,
    }
)


def subject_type_for(kind: AssessmentKind) -> str:
    """What a kind assesses: "ai_system" for the AI questionnaires, else an activity."""
    return "ai_system" if kind in AI_KINDS else "activity"


class StartAssessmentDialog(QDialog):
    """Read :attr:`kind`, :meth:`subject` and :meth:`title_text` after ``accepted``."""

    def __init__(
        self,
        activities: Sequence[ActivityChoice],
        *,
        ai_systems: Sequence[ActivityChoice] = (),
        kind: AssessmentKind | None = None,
        subject_type: str | None = None,
        subject_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start an assessment"))
        self.setModal(True)
        self.setMinimumWidth(600)
        self._all_activities = list(activities)
        self._ai_systems = list(ai_systems)
        self._activities = self._all_activities
        self._title_edited = False
        self._setting_title = False

        # What the chosen questionnaire is for: its definition's description.
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.intro.setMinimumHeight(self.intro.fontMetrics().lineSpacing() * 5)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Type of assessment"))
        for value in startable_kinds():
            self.kind_combo.addItem(value.label, value.value)
        if kind is not None and self.kind_combo.findData(kind.value) >= 0:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

        self.activity_combo = QComboBox(self)
        self.activity_combo.setAccessibleName(self.tr("Activity to assess"))
        self.activity_combo.setEditable(True)
        self.activity_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.activity_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type to search…"))
        self.activity_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.activity_combo.setMinimumContentsLength(30)
        self._activities = self._choices_for(self.kind)
        self._fill_subjects()
        completer = self.activity_combo.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        index = -1
        if subject_id is not None:
            asked = subject_type or "controller_activity"
            if (asked == "ai_system") != (self.kind in AI_KINDS):
                # The subject decides: an AI system gets an AI questionnaire and vice versa.
                wanted = AssessmentKind.AI_ETHICS if asked == "ai_system" else None
                wanted = wanted or AssessmentKind.DPIA_SCREENING
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(wanted.value))
                self._activities = self._choices_for(self.kind)
                self._fill_subjects()
            index = self.activity_combo.findData(f"{asked}:{subject_id}")
        # An activity asked for but not offered (archived, deleted): the user chooses.
        self.activity_combo.setCurrentIndex(index if index >= 0 or subject_id is not None else 0)

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the assessment"))
        self.title_edit.textEdited.connect(self._on_title_edited)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.subject_label = QLabel(self)
        self.subject_label.setBuddy(self.activity_combo)
        form.addRow(self.tr("&Type:"), self.kind_combo)
        form.addRow(self.subject_label, self.activity_combo)
        form.addRow(self.tr("T&itle:"), self.title_edit)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        ok.setAccessibleName(self.tr("Start the assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.kind_combo.currentIndexChanged.connect(self._update_title)
        self.kind_combo.currentIndexChanged.connect(self._update_intro)
        self.activity_combo.currentIndexChanged.connect(self._update_title)
        self._update_title()
        self._update_intro()
        self._update_subject_state()

    def _choices_for(self, kind: AssessmentKind) -> list[ActivityChoice]:
        return self._ai_systems if kind in AI_KINDS else self._all_activities

    def _fill_subjects(self) -> None:
        self.activity_combo.blockSignals(True)
        try:
            self.activity_combo.clear()
            for choice in self._activities:
                prefix = (
                    self.tr("Processor: ") if choice.subject_type == "processor_activity" else ""
                )
                label = f"{prefix}{choice.reference} {choice.name}".strip()
                self.activity_combo.addItem(label, f"{choice.subject_type}:{choice.subject_id}")
        finally:
            self.activity_combo.blockSignals(False)

    def _on_kind(self, _index: int) -> None:
        choices = self._choices_for(self.kind)
        if choices is self._activities:
            return
        self._activities = choices
        self._fill_subjects()
        self.activity_combo.setCurrentIndex(0 if choices else -1)
        self._update_subject_state()

    def _update_subject_state(self) -> None:
        ai = self.kind in AI_KINDS
        self.subject_label.setText(self.tr("AI s&ystem:") if ai else self.tr("&Activity:"))
        self.activity_combo.setAccessibleName(
            self.tr("AI system to assess") if ai else self.tr("Activity to assess")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self._activities:
            self.message.setText(
                self.tr("The register has no AI system yet: add one before assessing it.")
                if ai
                else self.tr("The register has no activity yet: add one before assessing it.")
            )
            self.message.show()
            ok.setEnabled(False)
        else:
            self.message.hide()
            ok.setEnabled(True)

    @property
    def kind(self) -> AssessmentKind:
        return AssessmentKind(self.kind_combo.currentData())

    def subject(self) -> tuple[str, str] | None:
        """The chosen activity, if the text in the box names one."""
        text = self.activity_combo.currentText()
        index = self.activity_combo.currentIndex()
        if index < 0 or self.activity_combo.itemText(index) != text:
            index = self.activity_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        data = str(self.activity_combo.itemData(index) or "")
        subject_type, _sep, subject_id = data.partition(":")
        return (subject_type, subject_id) if subject_id else None

    def select_activity(self, subject_type: str, subject_id: str) -> bool:
        index = self.activity_combo.findData(f"{subject_type}:{subject_id}")
        if index >= 0:
            self.activity_combo.setCurrentIndex(index)
        return index >= 0

    def title_text(self) -> str:
        return self.title_edit.text().strip()

    def _activity_name(self) -> str:
        subject = self.subject()
        if subject is None:
            return ""
        found = next(
            (a for a in self._activities if (a.subject_type, a.subject_id) == subject), None
        )
        return found.name if found is not None else ""

    def _on_title_edited(self, _text: str) -> None:
        self._title_edited = True

    def _update_title(self, *_args: object) -> None:
        if self._title_edited:
            return
        name = self._activity_name()
        short = self._short_kind(self.kind)
        self.title_edit.setText(
            self.tr("{kind}: {activity}").format(kind=short, activity=name) if name else ""
        )
        self.title_edit.setCursorPosition(0)
        line = self.activity_combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    def _short_kind(self, kind: AssessmentKind) -> str:
        """The kind at the start of a proposed title ("DPIA: Parking permits")."""
        labels = {
            AssessmentKind.DPIA_SCREENING: self.tr("DPIA screening"),
            AssessmentKind.DPIA: self.tr("DPIA"),
            AssessmentKind.AI_ACT_CLASSIFICATION: self.tr("AI Act classification"),
            AssessmentKind.AI_ETHICS: self.tr("AI ethics checklist"),
            AssessmentKind.FRIA: self.tr("FRIA"),
            AssessmentKind.ALGORITHMIC_IMPACT: self.tr("Algorithmic impact assessment"),
        }
        return labels[kind]

    def _update_intro(self, *_args: object) -> None:
        definition = builtin_definition(self.kind.definition_id)
        description = definition.description or definition.title
        self.intro.setText(description.get(ui_language()))

    def accept(self) -> None:
        if self.subject() is None:
            self.message.setText(
                self.tr("Choose the AI system to assess from the list.")
                if self.kind in AI_KINDS
                else self.tr("Choose the activity to assess from the list.")
            )
            self.message.show()
            self.activity_combo.setFocus()
            return
        super().accept()
