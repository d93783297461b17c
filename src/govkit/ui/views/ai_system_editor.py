"""The editor of an AI system: the generated form, its classification, duties and assessments.

Beside the Details and History tabs of every register record:

- **Classification**: the current EU AI Act classification (tier, Annex III area, reasoning,
  when and by whom, the assessment it came from) and the earlier ones; "Classify…" opens the
  guided classification (:class:`ClassificationWizard`), which starts an AI Act classification
  assessment of the system or continues the one not yet applied, and ends with "Apply the
  result". Redoing it starts a new assessment; the old one and the old result are kept.
- **Duties**: the deployer duties that follow from the classification, each with its status,
  owner and evidence notes, saved as they are changed (``AiSystemService.update_duty``).
- **Assessments**: the system's assessments, each one click away in the Assessments section,
  and "Start an assessment…" (AI ethics, FRIA, algorithmic impact).

Classification and duties change through their own service methods, not the form: they are
recorded in the history but are not on the undo stack.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea, DutyStatus
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.fields import FieldSpec
from govkit.domain.models import AiSystem, Assessment
from govkit.domain.parts import ClassificationRecord
from govkit.services.ai_classification import (
    ClassificationError,
    apply_classification,
    classification_result,
)
from govkit.services.ai_systems import AiSystemService, DutyItem
from govkit.services.assessments import AssessmentService
from govkit.services.registers import controller_service, processor_service
from govkit.storage.errors import NotFoundError, UserFacingError
from govkit.ui.models.assessment_model import kind_short_label
from govkit.ui.models.register_model import format_datetime, tier_text
from govkit.ui.views.questionnaire_editor import QuestionnaireEditor, ui_language
from govkit.ui.views.record_editor import RecordEditor
from govkit.ui.widgets.ai_fields import ActivityInfo, ActivityLinksField, FieldContext, iso_when
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.form import HELP_COLOUR, FieldForm
from govkit.ui.widgets.prompts import Prompts

AI_KINDS = (
    AssessmentKind.AI_ACT_CLASSIFICATION,
    AssessmentKind.AI_ETHICS,
    AssessmentKind.FRIA,
    AssessmentKind.ALGORITHMIC_IMPACT,
)


class VaultFieldContext(FieldContext):
    """The processing activities of the vault's registers, and assessment references."""

    def __init__(self, service: AiSystemService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = service.ctx
        self.controllers = controller_service(self.ctx)
        self.processors = processor_service(self.ctx)
        self._activities: list[ActivityInfo] | None = None

    def activities(self) -> list[ActivityInfo]:
        """Read once with one light query per register (the registers may hold 100,000
        activities), until :meth:`invalidate`."""
        if self._activities is None:
            found: list[ActivityInfo] = []
            for subject_type in ("controller_activity", "processor_activity"):
                bases = ", legal_bases" if subject_type == "controller_activity" else ", '[]'"
                cursor = self.ctx.conn.execute(
                    f"SELECT id, reference, name{bases} FROM {subject_type} "
                    "WHERE archived_at IS NULL ORDER BY reference, name"
                )
                for record_id, reference, name, legal_bases in cursor:
                    found.append(
                        ActivityInfo(
                            subject_type,
                            str(record_id),
                            str(reference or ""),
                            str(name or ""),
                            tuple(json.loads(legal_bases or "[]")),
                        )
                    )
            self._activities = found
        return list(self._activities)

    def invalidate(self) -> None:
        self._activities = None

    def activity(self, subject_type: str, subject_id: str) -> ActivityInfo:
        service = self.controllers if subject_type == "controller_activity" else self.processors
        try:
            record = service.get(subject_id)
        except NotFoundError:
            return ActivityInfo(subject_type, subject_id, "", "", exists=False)
        bases = tuple(getattr(record, "legal_bases", ()))
        return ActivityInfo(
            subject_type,
            subject_id,
            record.reference,
            record.name,
            bases,
            archived=record.archived_at is not None,
        )

    def display(self, spec: FieldSpec, value: Any) -> str | None:
        if spec.name == "classification_assessment_id":
            if not value:
                return self.tr("(classified by hand, without an assessment)")
            try:
                row = AssessmentService(self.ctx).get(str(value))
            except NotFoundError:
                return self.tr("(the assessment was deleted)")
            return f"{row.reference} — {row.title}"
        return None


def _heading(text: str, parent: QWidget, scale: float = 1.1) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button


def outcome_label(service: AssessmentService, row: Assessment, language: str) -> str:
    if not row.outcome:
        return ""
    try:
        definition = service.definition(row)
    except LookupError:
        return row.outcome
    found = next((o for o in definition.outcomes if o.id == row.outcome), None)
    return found.label.get(language) if found is not None else row.outcome


# -- the classification wizard ----------------------------------------------------------------


class ClassificationWizard(QDialog):
    """The AI Act classification of one system, answered in the questionnaire editor, then
    applied to the record. ``applied`` says the record now has the result."""

    applied = Signal(str)  # the assessment id

    def __init__(
        self,
        systems: AiSystemService,
        assessments: AssessmentService,
        prompts: Prompts,
        system_id: str,
        assessment_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.systems = systems
        self.assessments = assessments
        self.system_id = system_id
        self.assessment_id = assessment_id
        self.language = ui_language()
        system = systems.get(system_id)
        self.setWindowTitle(
            self.tr("Classify “{name}” under the EU AI Act").format(name=system.name)
        )
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.intro = QLabel(
            self.tr(
                "Answer the questions section by section (Ctrl+PgDown for the next one). The "
                "questions follow the AI Act: is it an AI system (Art. 3(1)), a prohibited "
                "practice (Art. 5), a high-risk use (Art. 6, Annex III), or does it have to "
                "tell people they deal with AI (Art. 50)? Every answer is saved with the "
                "assessment. When the outcome is known, apply it to the system's record."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.editor = QuestionnaireEditor(
            assessments,
            prompts,
            actor_name=systems.ctx.actor.name,
            language=self.language,
            subject_name=lambda _row: system.name,
            parent=self,
        )
        self.editor.open_assessment(assessment_id)
        self.editor.openRequested.connect(self._follow)
        self.editor.assessmentChanged.connect(self._update)
        self.editor.stateChanged.connect(self._update)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.apply_button = _button(
            self.tr("&Apply the result"), self.tr("Apply the result to the system"), self
        )
        self.apply_button.setToolTip(
            self.tr(
                "Record the tier, the Annex III area and the reasons on the system (Ctrl+Enter)"
            )
        )
        self.close_button = _button(
            self.tr("Close"), self.tr("Close; the answers are kept for later"), self
        )
        self.apply_button.clicked.connect(self.apply_result)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.apply_result)
        bottom = QHBoxLayout()
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.apply_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.editor, 1)
        lay.addLayout(bottom)
        self.resize(1100, 720)
        self._update()

    def _update(self, *_args: object) -> None:
        try:
            result = classification_result(
                self.systems.ctx, self.assessment_id, language=self.language
            )
        except (ClassificationError, NotFoundError) as exc:
            self.result_label.setText(str(exc))
            self.apply_button.setEnabled(False)
            return
        self.result_label.setText(
            self.tr("Result: {outcome} — recorded as “{tier}”.").format(
                outcome=result.outcome_label, tier=tier_text(result.tier, result.annex_area)
            )
        )
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)

    def _follow(self, assessment_id: str) -> None:
        """A new version was started (or an older one chosen) in the questionnaire: go on with
        it; its result is the one applied."""
        self.assessment_id = assessment_id
        self.editor.open_assessment(assessment_id)
        self._update()

    def apply_result(self) -> bool:
        """Record the result on the system; False (and why) if the questionnaire is not done."""
        if not self.editor.commit_pending_edits():
            return False
        self._update()
        if not self.apply_button.isEnabled():
            return False
        try:
            apply_classification(self.systems.ctx, self.assessment_id, language=self.language)
        except UserFacingError as exc:
            self.result_label.setText(str(exc))
            return False
        self.applied.emit(self.assessment_id)
        self.accept()
        return True

    def reject(self) -> None:
        self.editor.commit_pending_edits()
        super().reject()


# -- the tabs ------------------------------------------------------------------------------------


class ClassificationPanel(QScrollArea):
    classifyRequested = Signal()
    openAssessmentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("EU AI Act classification"))
        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(2, 8, 10, 8)
        self.tier_label = _heading("", body, 1.25)
        self.tier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.tier_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.area_label = _text(body)
        self.meta_label = _text(body)
        self.meta_label.setStyleSheet(f"color: {HELP_COLOUR};")
        buttons = QHBoxLayout()
        self.classify_button = _button(
            self.tr("Classify…"), self.tr("Classify the system under the AI Act"), body
        )
        self.classify_button.setToolTip(self.tr("The guided AI Act classification (Ctrl+K)"))
        self.open_button = _button(
            self.tr("Open the assessment"),
            self.tr("Open the classification assessment in the Assessments section"),
            body,
        )
        buttons.addWidget(self.classify_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.pending_label = _text(body)
        self.pending_label.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #e0b872; border-radius: 4px;"
            " padding: 5px; color: #4a3000; }"
        )
        reasoning_heading = _heading(self.tr("Reasoning"), body)
        self.reasoning = QPlainTextEdit(body)
        self.reasoning.setReadOnly(True)
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setAccessibleName(self.tr("Reasoning of the classification"))
        self.reasoning.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        history_heading = _heading(self.tr("Earlier classifications"), body)
        self.history = QTableWidget(0, 4, body)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Classified on"), self.tr("By"), self.tr("Risk tier"), self.tr("Assessment")]
        )
        self.history.setAccessibleName(self.tr("Earlier classifications"))
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.doubleClicked.connect(self._open_earlier)
        self.no_history = _text(body)
        self.no_history.setText(self.tr("None: this is the first classification."))
        lay.addWidget(self.tier_label)
        lay.addWidget(self.area_label)
        lay.addWidget(self.meta_label)
        lay.addLayout(buttons)
        lay.addWidget(self.pending_label)
        lay.addSpacing(6)
        lay.addWidget(reasoning_heading)
        lay.addWidget(self.reasoning, 1)
        lay.addSpacing(6)
        lay.addWidget(history_heading)
        lay.addWidget(self.history)
        lay.addWidget(self.no_history)
        self.setWidget(body)
        self.classify_button.clicked.connect(self.classifyRequested)
        self.open_button.clicked.connect(self._open_current)
        self._assessment_id = ""
        self._earlier: list[ClassificationRecord] = []
        self._references: dict[str, str] = {}

    def show_system(
        self,
        system: AiSystem,
        references: dict[str, str],
        pending: Assessment | None,
        editable: bool,
    ) -> None:
        """``references`` names assessments by id; ``pending`` is a classification assessment
        started but not applied (the button continues it)."""
        self._references = references
        tier = _tier(system.risk_tier)
        self.tier_label.setText(
            self.tr("Risk tier: {tier}").format(tier=tier_text(tier, system.annex_area))
        )
        self.tier_label.setAccessibleName(self.tier_label.text())
        if system.annex_area:
            try:
                area = AnnexIIIArea(system.annex_area).label
            except ValueError:
                area = system.annex_area
            self.area_label.setText(self.tr("Annex III area: {area}").format(area=area))
            self.area_label.show()
        else:
            self.area_label.hide()
        self._assessment_id = system.classification_assessment_id
        if system.classified_at is None:
            self.meta_label.setText(
                self.tr(
                    "Not classified yet. The guided classification asks the questions of the "
                    "AI Act and records the answers with an assessment of the system."
                )
            )
            self.classify_button.setText(self.tr("Classify…"))
        else:
            source = (
                references.get(system.classification_assessment_id, "")
                if system.classification_assessment_id
                else self.tr("classified by hand")
            )
            self.meta_label.setText(
                self.tr("Classified on {when} by {who} ({source}).").format(
                    when=format_datetime(system.classified_at),
                    who=system.classified_by or self.tr("unknown person"),
                    source=source or self.tr("the assessment was deleted"),
                )
            )
            self.classify_button.setText(self.tr("Redo the classification…"))
        if pending is not None:
            self.classify_button.setText(self.tr("Continue the classification…"))
            self.pending_label.setText(
                self.tr(
                    "{reference} was started on {when} and is not applied yet: continue it to "
                    "apply its result."
                ).format(reference=pending.reference, when=format_datetime(pending.created_at))
            )
            self.pending_label.show()
        else:
            self.pending_label.hide()
        self.classify_button.setAccessibleName(self.classify_button.text().rstrip("…"))
        self.classify_button.setEnabled(editable)
        self.open_button.setVisible(
            bool(system.classification_assessment_id)
            and system.classification_assessment_id in references
        )
        self.reasoning.setPlainText(
            system.classification_reasoning or self.tr("(no reasoning recorded)")
        )
        self._earlier = list(reversed(system.classification_history))
        self.history.setRowCount(len(self._earlier))
        for n, record in enumerate(self._earlier):
            cells = (
                iso_when(record.at),
                record.by,
                tier_text(_tier(record.tier), record.annex_area),
                references.get(record.assessment_id, "") if record.assessment_id else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(record.reasoning or text)
                self.history.setItem(n, column, item)
        self.history.setVisible(bool(self._earlier))
        self.no_history.setVisible(not self._earlier)
        rows = max(1, min(len(self._earlier), 6))
        self.history.setFixedHeight(
            self.history.horizontalHeader().sizeHint().height()
            + rows * self.history.verticalHeader().defaultSectionSize()
            + 2 * self.history.frameWidth()
            + 2
        )

    def _open_current(self) -> None:
        if self._assessment_id:
            self.openAssessmentRequested.emit(self._assessment_id)

    def _open_earlier(self, index: Any) -> None:
        if 0 <= index.row() < len(self._earlier):
            assessment_id = self._earlier[index.row()].assessment_id
            if assessment_id in self._references:
                self.openAssessmentRequested.emit(assessment_id)


def _tier(value: str) -> AiRiskTier:
    try:
        return AiRiskTier(value)
    except ValueError:
        return AiRiskTier.NOT_CLASSIFIED


class DutyRow(QFrame):
    """One duty: title, what the AI Act asks (the article), status, owner and evidence."""

    edited = Signal(str, dict)  # duty key, the changed values (status, owner or evidence)

    def __init__(self, item: DutyItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = item.spec.key.value
        self.setObjectName("dutyRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = item.spec.title
        self.setAccessibleName(title)
        self.title = _heading(title, self, 1.0)
        self.text = _text(self)
        self.text.setText(item.spec.text)
        self.text.setStyleSheet(f"color: {HELP_COLOUR};")
        self.text.setToolTip(", ".join(item.spec.articles))
        self.status = QComboBox(self)
        for status in DutyStatus:
            self.status.addItem(status.label, status.value)
        self.status.setAccessibleName(self.tr("{duty}: status").format(duty=title))
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(10)
        self.status.setToolTip(item.spec.text)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Who sees to it (a role or a person)"))
        self.owner.setAccessibleName(self.tr("{duty}: owner").format(duty=title))
        self.evidence = QPlainTextEdit(self)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(
            self.tr("Evidence: what was done, where the documents are")
        )
        self.evidence.setAccessibleName(self.tr("{duty}: evidence notes").format(duty=title))
        line = self.fontMetrics().lineSpacing()
        self.evidence.setMinimumHeight(line * 2 + 14)
        self.evidence.setMaximumHeight(line * 3 + 14)
        self.evidence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        status_label = QLabel(self.tr("Status:"), self)
        status_label.setBuddy(self.status)
        owner_label = QLabel(self.tr("Owner:"), self)
        owner_label.setBuddy(self.owner)
        status_row = QHBoxLayout()
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        owner_row = QHBoxLayout()
        owner_row.addWidget(owner_label)
        owner_row.addWidget(self.owner, 1)
        lay = QVBoxLayout(self)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addLayout(status_row)
        lay.addLayout(owner_row)
        evidence_label = QLabel(self.tr("Evidence notes:"), self)
        evidence_label.setBuddy(self.evidence)
        lay.addWidget(evidence_label)
        lay.addWidget(self.evidence)
        self._item = item
        self.show_item(item)
        self.status.currentIndexChanged.connect(self._on_status)
        self.owner.editingFinished.connect(self._on_owner)
        self.evidence.installEventFilter(self)

    def show_item(self, item: DutyItem) -> None:
        """Show what is stored (fields being typed in keep their text)."""
        self._item = item
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(item.status.value)))
        self.status.blockSignals(False)
        if not self.owner.hasFocus():
            self.owner.setText(item.owner)
        if not self.evidence.hasFocus():
            self.evidence.setPlainText(item.evidence)
        settled = item.status.settled
        self.title.setText(("✓ " if settled else "") + item.spec.title)

    def set_editable(self, editable: bool) -> None:
        self.status.setEnabled(editable)
        self.owner.setReadOnly(not editable)
        self.evidence.setReadOnly(not editable)

    def _on_status(self, _index: int) -> None:
        self.edited.emit(self.key, {"status": str(self.status.currentData())})

    def _on_owner(self) -> None:
        if not self.owner.isReadOnly() and self.owner.text().strip() != self._item.owner:
            self.edited.emit(self.key, {"owner": self.owner.text()})

    def save_evidence(self) -> None:
        text = self.evidence.toPlainText()
        if not self.evidence.isReadOnly() and text.strip() != self._item.evidence:
            self.edited.emit(self.key, {"evidence": text})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.evidence and event.type() == QEvent.Type.FocusOut:
            self.save_evidence()
        return super().eventFilter(watched, event)


class DutiesPanel(QScrollArea):
    dutyEdited = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Deployer duties"))
        body = QWidget(self)
        self.lay = QVBoxLayout(body)
        self.lay.setContentsMargins(2, 8, 10, 8)
        self.count_label = _heading("", body, 1.1)
        self.intro = _text(body)
        self.intro.setStyleSheet(f"color: {HELP_COLOUR};")
        self.lay.addWidget(self.count_label)
        self.lay.addWidget(self.intro)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(8)
        self.lay.addLayout(self.rows_box)
        self.lay.addStretch(1)
        self.setWidget(body)
        self.rows: dict[str, DutyRow] = {}

    def show_duties(self, items: list[DutyItem], tier: AiRiskTier, editable: bool) -> None:
        open_count = sum(1 for i in items if not i.status.settled)
        self.count_label.setText(
            self.tr("{open} of {total} duties open").format(open=open_count, total=len(items))
        )
        self.count_label.setAccessibleName(self.count_label.text())
        intro = self.tr(
            "The duties of the city as deployer that follow from the classification ({tier}). "
            "Changes are saved as you make them and recorded in the history."
        ).format(tier=tier.label)
        if not editable:
            intro += " " + self.tr("The record is archived: the checklist is read-only.")
        self.intro.setText(intro)
        keys = [i.spec.key.value for i in items]
        if keys != list(self.rows):
            for row in self.rows.values():
                row.hide()
                row.deleteLater()
            self.rows = {}
            for item in items:
                row = DutyRow(item, self.widget())
                row.edited.connect(self.dutyEdited)
                self.rows_box.addWidget(row)
                self.rows[row.key] = row
        else:
            for item in items:
                self.rows[item.spec.key.value].show_item(item)
        for row in self.rows.values():
            row.set_editable(editable)

    def flush(self) -> None:
        """Save evidence notes being typed (before the record is left)."""
        for row in self.rows.values():
            if row.evidence.hasFocus():
                row.save_evidence()


class AssessmentsPanel(QWidget):
    openRequested = Signal(str)
    startRequested = Signal(str)  # AssessmentKind value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Assessments of the system"))
        self.intro = _text(self)
        self.intro.setText(
            self.tr(
                "The assessments of this AI system: its AI Act classifications, AI ethics "
                "checklists, fundamental-rights impact assessments (Art. 27) and algorithmic "
                "impact assessments. Open one to answer or review it."
            )
        )
        self.intro.setStyleSheet(f"color: {HELP_COLOUR};")
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Reference"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Outcome"),
            ]
        )
        self.table.setAccessibleName(self.tr("Assessments of the system"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 90, 200, 100)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = _text(self)
        self.empty.setText(self.tr("No assessment of this system yet."))
        self.open_button = _button(self.tr("&Open"), self.tr("Open the selected assessment"), self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Type of assessment to start"))
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(10)
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for kind in AI_KINDS[1:]:
            self.kind_combo.addItem(kind.label, kind.value)
        self.start_button = _button(
            self.tr("Start an assessment…"), self.tr("Start an assessment of the system"), self
        )
        self.start_button.setToolTip(self.tr("Start an assessment of this system (Ctrl+Shift+A)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        start = QHBoxLayout()
        start.addWidget(self.start_button)
        start.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 8, 10, 8)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 3)
        lay.addWidget(self.empty)
        lay.addLayout(buttons)
        lay.addSpacing(8)
        lay.addWidget(_heading(self.tr("Start an assessment of this system"), self, 1.0))
        lay.addWidget(self.kind_combo)
        lay.addLayout(start)
        lay.addStretch(1)
        self.open_button.clicked.connect(self.open_selected)
        self.start_button.clicked.connect(
            lambda: self.startRequested.emit(str(self.kind_combo.currentData()))
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._ids: list[str] = []

    def show_assessments(self, rows: list[tuple[Assessment, str]], editable: bool) -> None:
        """``rows``: each assessment with its outcome's label, oldest first."""
        current = self.selected_id()
        self._ids = [row.id for row, _o in rows]
        self.table.setRowCount(len(rows))
        for n, (row, outcome) in enumerate(rows):
            reference = (
                self.tr("{reference} v{version}").format(
                    reference=row.reference, version=row.version
                )
                if row.version > 1
                else row.reference
            )
            cells = (
                kind_short_label(AssessmentKind(row.kind)),
                reference,
                row.title,
                AssessmentStatus(row.status).label,
                outcome,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, column, item)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if current in self._ids:
            self.table.selectRow(self._ids.index(current))
        self.start_button.setEnabled(editable)
        self.kind_combo.setEnabled(editable)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        n = rows[0].row() if rows else self.table.currentRow()
        return self._ids[n] if 0 <= n < len(self._ids) else None

    def select(self, assessment_id: str) -> bool:
        if assessment_id not in self._ids:
            return False
        self.table.selectRow(self._ids.index(assessment_id))
        return True

    def open_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is not None:
            self.openRequested.emit(assessment_id)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)


# -- the editor ----------------------------------------------------------------------------------


class AiSystemEditor(RecordEditor):
    openAssessmentRequested = Signal(str)  # show it in the Assessments section
    startAssessmentRequested = Signal(str, str)  # AssessmentKind value, AI system id

    service: AiSystemService

    def _make_form(self, pick_lists: PickLists, parent: QWidget) -> FieldForm:
        self.context = VaultFieldContext(self.service, self)
        self.context.openRequested.connect(self.openRecordRequested)
        self.assessment_service = AssessmentService(self.service.ctx)
        self.language = ui_language()
        self.prompts = Prompts(self)
        self.wizard: ClassificationWizard | None = None
        return FieldForm(
            self.service.specs, self.definition.groups, pick_lists, parent, self.context
        )

    def _add_tabs(self) -> None:
        self.classification = ClassificationPanel(self.tabs)
        self.classification.classifyRequested.connect(self.classify)
        self.classification.openAssessmentRequested.connect(self.openAssessmentRequested)
        self.duties = DutiesPanel(self.tabs)
        self.duties.dutyEdited.connect(self.update_duty)
        self.assessments_panel = AssessmentsPanel(self.tabs)
        self.assessments_panel.openRequested.connect(self.openAssessmentRequested)
        self.assessments_panel.startRequested.connect(self._start_requested)
        box = self.form.group_boxes.get("classification")
        layout = box.layout() if box is not None else None
        if box is not None and isinstance(layout, QVBoxLayout):
            hint = _text(box)
            hint.setText(
                self.tr(
                    "The tier, the area and the reasoning are set by the guided classification: "
                    "see the Classification tab (Ctrl+K to classify)."
                )
            )
            hint.setStyleSheet(f"color: {HELP_COLOUR};")
            layout.insertWidget(1, hint)
        self.tabs.addTab(self.classification, self.tr("Classificatio&n"))
        self.tabs.addTab(self.duties, self.tr("Dut&ies"))
        self.tabs.addTab(self.assessments_panel, self.tr("Assess&ments"))
        shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.classify)

    # -- showing ----------------------------------------------------------------------------

    def _show_extras(self, record: Any | None) -> None:
        if record is None:
            return
        system: AiSystem = record
        editable = system.archived_at is None
        rows = self.service.assessments(system.id)
        references = {row.id: row.reference for row in rows}
        pending = self._pending_classification(system, rows)
        self.classification.show_system(system, references, pending, editable)
        self.duties.show_duties(self.service.duty_items(system), _tier(system.risk_tier), editable)
        self.assessments_panel.show_assessments(
            [(row, outcome_label(self.assessment_service, row, self.language)) for row in rows],
            editable,
        )
        open_count = sum(1 for i in self.service.duty_items(system) if not i.status.settled)
        title = self.tr("Dut&ies ({n} open)").format(n=open_count)
        self.tabs.setTabText(
            self.tabs.indexOf(self.duties), title if open_count else self.tr("Dut&ies")
        )

    def _pending_classification(
        self, system: AiSystem, rows: list[Assessment]
    ) -> Assessment | None:
        """The newest classification assessment, if it was started after the current
        classification and is still being answered (a draft, or under review)."""
        applied = {c.assessment_id for c in system.classification_history}
        applied.add(system.classification_assessment_id)
        # Times are kept to the second: one started in the second of the classification counts.
        started_since = [
            r
            for r in rows
            if r.kind == AssessmentKind.AI_ACT_CLASSIFICATION
            and r.id not in applied
            and (system.classified_at is None or r.created_at >= system.classified_at)
        ]
        if not started_since:
            return None
        return max(started_since, key=lambda r: (r.created_at, r.version, r.reference))

    def record_changed(self, record_id: str) -> None:
        if record_id == self._record_id and self._dirty:
            # Keep what is typed, but show the classification and duties as stored.
            try:
                record = self.service.get(record_id)
            except NotFoundError:
                self.record_removed(record_id)
                return
            for spec in self.service.specs:
                if spec.read_only:
                    self._loaded[spec.name] = getattr(record, spec.name)
                    self.form.rows[spec.name].editor.set_value(getattr(record, spec.name))
        super().record_changed(record_id)

    def assessments_changed(self) -> None:
        if self._record_id is None:
            return
        try:
            self._show_extras(self.service.get(self._record_id))
        except NotFoundError:
            return

    def activities_changed(self) -> None:
        """The activity registers changed: names and legal bases of the links as they are."""
        self.context.invalidate()
        row = self.form.rows.get("processing_activities")
        if row is not None and isinstance(row.editor, ActivityLinksField):
            row.editor.refresh()

    # -- classification ---------------------------------------------------------------------

    def classify(self) -> ClassificationWizard | None:
        """Open the guided classification: continue the classification not yet applied, or
        start a new AI Act classification assessment of the system (the old ones stay)."""
        if self._record_id is None or not self.commit():
            return None
        system = self.service.get(self._record_id)
        if system.archived_at is not None:
            return None
        rows = self.service.assessments(system.id)
        pending = self._pending_classification(system, rows)
        if pending is not None:
            assessment_id = pending.id  # continue it (or, answered and approved, apply it)
        else:
            try:
                row = self._new_classification(system)
            except UserFacingError as exc:
                self._show_banner(str(exc))
                return None
            assessment_id = row.id
            self.status.emit(self.tr("{reference} started.").format(reference=row.reference))
        wizard = ClassificationWizard(
            self.service, self.assessment_service, self.prompts, system.id, assessment_id, self
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.applied.connect(self._on_applied_classification)
        wizard.finished.connect(lambda _r: self._after_wizard())
        self.wizard = wizard
        wizard.destroyed.connect(lambda *_a: setattr(self, "wizard", None))
        wizard.open()
        return wizard

    def _new_classification(self, system: AiSystem) -> Assessment:
        """A classification assessment to answer: a new version of the one applied when it was
        approved or rejected, else a new assessment with its answers to start from. The
        earlier assessment stays as it was."""
        service = self.assessment_service
        applied: Assessment | None = None
        if system.classification_assessment_id:
            try:
                applied = service.get(system.classification_assessment_id)
            except NotFoundError:
                applied = None
        if applied is not None and applied.status in (
            AssessmentStatus.APPROVED,
            AssessmentStatus.REJECTED,
        ):
            return service.new_version(applied.id)
        row = service.start(
            AssessmentKind.AI_ACT_CLASSIFICATION, subject_type="ai_system", subject_id=system.id
        )
        if applied is not None:
            for question_id, answer in service.answers(applied).items():
                try:
                    service.answer(row.id, question_id, answer.value, answer.note)
                except (UserFacingError, LookupError):
                    continue  # a question the newer questionnaire asks differently
        return row

    def _on_applied_classification(self, _assessment_id: str) -> None:
        self.runner.settle()
        if self._record_id is not None:
            system = self.service.get(self._record_id)
            self.status.emit(
                self.tr("“{name}” classified: {tier}.").format(
                    name=system.name, tier=tier_text(_tier(system.risk_tier), system.annex_area)
                )
            )

    def _after_wizard(self) -> None:
        self.runner.settle()
        self.assessments_changed()

    # -- duties -----------------------------------------------------------------------------

    def update_duty(self, key: str, values: dict[str, str]) -> bool:
        if self._record_id is None:
            return False
        try:
            self.service.update_duty(self._record_id, key, **values)
        except UserFacingError as exc:
            self._show_banner(self.tr("Not saved: {reason}").format(reason=str(exc)))
            return False
        self.runner.settle()
        return True

    def commit(self) -> bool:
        if hasattr(self, "duties"):
            self.duties.flush()
        return super().commit()

    # -- assessments ------------------------------------------------------------------------

    def _start_requested(self, kind: str) -> None:
        if self._record_id is not None and self.commit():
            self.startAssessmentRequested.emit(kind, self._record_id)

    def show_tab(self, name: str) -> None:
        """Show a tab by name: "details", "classification", "duties", "assessments"."""
        pages = {
            "details": self.scroll_area,
            "classification": self.classification,
            "duties": self.duties,
            "assessments": self.assessments_panel,
            "history": self.history,
        }
        self.tabs.setCurrentWidget(pages[name])


__all__ = ["AiSystemEditor", "ClassificationWizard"]
