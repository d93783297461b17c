"""The DPIA's own pages after its questionnaire: measures, risks, risk map, action plan, DPO.

The questionnaire editor lists these pages in its section navigation (with their progress) and
shows them in place of the questions. They share one copy of the assessment: a page saves
through ``AssessmentService.update`` and, when the service takes it, every other page shows the
new content (the risk map follows the risks as they are rated). A refusal is shown inline on
the page that made it, the value staying in its field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.assessment_enums import ActionStatus
from govkit.domain.models import Assessment
from govkit.domain.risk_levels import describe_map, level_label, place
from govkit.services.assessments import AssessmentService
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.models.risk_model import is_overdue
from govkit.ui.views.dpia_risks_page import (
    ActionPlanPage,
    MeasuresPage,
    PartListPage,
    RisksPage,
    heading_label,
    help_label,
    list_edit,
    message_label,
)
from govkit.ui.views.questionnaire_editor import SAVE_DELAY_MS
from govkit.ui.widgets.prompts import Prompts
from govkit.ui.widgets.risk_map import RiskMapWidget

MEASURES = "dpia:measures"
RISKS = "dpia:risks"
RISK_MAP = "dpia:risk_map"
ACTION_PLAN = "dpia:action_plan"
DPO_OPINION = "dpia:dpo_opinion"
PAGE_KEYS = (MEASURES, RISKS, RISK_MAP, ACTION_PLAN, DPO_OPINION)
MOVES_MIN_HEIGHT = 380  # the risk map page shows the moves in words from this height on


def _tr(text: str) -> str:
    return QCoreApplication.translate("DpiaPages", text)


def page_title(key: str) -> str:
    return {
        MEASURES: _tr("Measures"),
        RISKS: _tr("Risks"),
        RISK_MAP: _tr("Risk map"),
        ACTION_PLAN: _tr("Action plan"),
        DPO_OPINION: _tr("DPO's opinion"),
    }[key]


def _guidance(key: str) -> tuple[str, list[str]]:
    """What the guidance panel says beside a page, and what it is based on."""
    levels = _tr(
        "Severity: how badly the people concerned would be affected.\n"
        "1 Negligible: they would not be affected or only by a few inconveniences.\n"
        "2 Limited: significant inconveniences they can overcome despite a few difficulties.\n"
        "3 Significant: serious consequences they could overcome only with real difficulties.\n"
        "4 Maximum: serious or even irreversible consequences they may not overcome.\n\n"
        "Likelihood: how easily the risk sources could make the threats happen.\n"
        "1 Negligible: it does not seem possible.\n"
        "2 Limited: it seems difficult.\n"
        "3 Significant: it seems possible.\n"
        "4 Maximum: it seems extremely easy."
    )
    cnil = _tr("CNIL, PIA methodology and knowledge bases (2018)")
    texts = {
        MEASURES: (
            _tr(
                "List the measures that protect the people concerned: those in place and those "
                "planned. Mark a measure as planned until it is in place; the action plan says "
                "who puts it in place and by when."
            ),
            [_tr("GDPR Art. 35(7)(d)"), cnil],
        ),
        RISKS: (levels, [_tr("GDPR Art. 35(7)(c)"), cnil]),
        RISK_MAP: (
            _tr(
                "Each risk appears twice: a hollow marker where it stood before the measures "
                "and a filled one where it stands after them, with an arrow for the move. "
                "Risks towards the top right are the most serious; the measures should bring "
                "each one down and to the left."
            ),
            [cnil],
        ),
        ACTION_PLAN: (
            _tr(
                "Give every action a person in charge and a due date. An action past its due "
                "date that is not done is marked overdue."
            ),
            [cnil],
        ),
        DPO_OPINION: (
            _tr(
                "The controller seeks the advice of the data protection officer when carrying "
                "out a DPIA. Record who gave it, whether it is favourable and what it says."
            ),
            [_tr("GDPR Art. 35(2)"), _tr("GDPR Art. 39(1)(c)")],
        ),
    }
    return texts[key]


class RiskMapPage(QWidget):
    """The risk map with the moves in words under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(heading_label(_tr("Risk map"), self))
        self.map = RiskMapWidget(self)
        lay.addWidget(self.map, 1)
        self.moves = QLabel(self)
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        self.moves.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.moves_area = QScrollArea(self)
        self.moves_area.setWidgetResizable(True)
        self.moves_area.setWidget(self.moves)
        self.moves_area.setAccessibleName(_tr("The risks' moves in words"))
        self.moves_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.moves_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 8)
        self.moves_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lay.addWidget(self.moves_area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Short of height the map needs it all (the moves stay its tooltip and description).
        super().resizeEvent(event)
        self.moves_area.setVisible(event.size().height() >= MOVES_MIN_HEIGHT)

    def load(self, row: Assessment | None) -> None:
        risks = list(row.risks) if row is not None else []
        self.map.set_risks(risks)
        self.moves.setText(describe_map(risks))


class DpoOpinionPage(QWidget):
    """Who the DPO is, whether the opinion is favourable and what it says."""

    edited = Signal()

    def __init__(self, host: DpiaPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.read_only = True
        self.error: str | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(4, 4, 8, 8)
        lay.addWidget(heading_label(_tr("DPO's opinion"), content))
        lay.addWidget(
            help_label(
                _tr(
                    "The data protection officer's advice on this DPIA: whether the processing "
                    "may go ahead with the measures and the action plan."
                ),
                content,
            )
        )
        self.message = message_label(content)
        lay.addWidget(self.message)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_edit = QLineEdit(content)
        self.name_edit.setAccessibleName(_tr("Name of the data protection officer"))
        self.name_edit.textEdited.connect(lambda _t: self.changed(False))
        self.name_edit.editingFinished.connect(self.flush)
        label = QLabel(_tr("&Data protection officer"), content)
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        for value, text in (
            ("", _tr("Not given yet")),
            ("favourable", _tr("Favourable")),
            ("unfavourable", _tr("Unfavourable")),
        ):
            radio = QRadioButton(text, content)
            radio.setAccessibleName(_tr("Opinion: {status}").format(status=text))
            self.group.addButton(radio)
            self.radios[value] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.group.buttonClicked.connect(lambda _b: self.changed(True))
        status_label = QLabel(_tr("Opinion"), content)
        form.addRow(status_label, row)
        self.opinion_edit = list_edit(content, _tr("Text of the DPO's opinion"), 8)
        self.opinion_edit.textChanged.connect(lambda: self.changed(False))
        self.opinion_edit.installEventFilter(self)
        label = QLabel(_tr("&Text of the opinion"), content)
        label.setBuddy(self.opinion_edit)
        form.addRow(label, self.opinion_edit)
        lay.addLayout(form)
        lay.addStretch(1)
        scroll.setWidget(content)

    def form_widgets(self) -> list[QWidget]:
        return [self.name_edit, *self.radios.values(), self.opinion_edit]

    def status(self) -> str:
        return next((v for v, r in self.radios.items() if r.isChecked()), "")

    def load(self, row: Assessment | None) -> None:
        self.timer.stop()
        self.show_error(None)
        self._loading = True
        try:
            self.name_edit.setText(row.dpo_name if row is not None else "")
            status = row.dpo_status if row is not None else ""
            self.radios.get(status, self.radios[""]).setChecked(True)
            self.opinion_edit.setPlainText(row.dpo_opinion if row is not None else "")
        finally:
            self._loading = False

    def values(self) -> dict[str, Any]:
        return {
            "dpo_name": self.name_edit.text().strip(),
            "dpo_status": self.status(),
            "dpo_opinion": self.opinion_edit.toPlainText().strip(),
        }

    def changed(self, at_once: bool) -> None:
        if self._loading or self.read_only:
            return
        if at_once:
            self.save()
        else:
            self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def save(self) -> bool:
        self.timer.stop()
        row = self.host.row
        if row is None or self.read_only:
            return True
        values = self.values()
        if self.error is None and all(getattr(row, k) == v for k, v in values.items()):
            return True
        problem = self.host.save(values, self)
        self.show_error(problem)
        self.edited.emit()
        return problem is None

    def flush(self) -> bool:
        if self.timer.isActive():
            self.save()
        return self.error is None

    def show_error(self, problem: str | None) -> None:
        self.error = problem
        self.message.setText(problem or "")
        self.message.setVisible(bool(problem))
        self.message.setAccessibleName(problem or "")

    def focus_problem(self) -> None:
        self.name_edit.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.name_edit.setReadOnly(read_only)
        self.opinion_edit.setReadOnly(read_only)
        for radio in self.radios.values():
            radio.setEnabled(not read_only)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched is self.opinion_edit:
            self.flush()
        return False


class DpiaPages(QStackedWidget):
    """The pages of a DPIA after its questionnaire, one shown at a time."""

    saved = Signal(object)  # the Assessment as the service returned it
    edited = Signal()  # saved or refused: the navigation's progress may change

    def __init__(
        self,
        service: AssessmentService,
        prompts: Prompts,
        *,
        section_title: Callable[[str], str] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.prompts = prompts
        self.today = today
        self._row: Assessment | None = None
        self.read_only = True
        self.setAccessibleName(_tr("DPIA pages"))
        self.measures_page = MeasuresPage(self, self)
        self.risks_page = RisksPage(self, self)
        self.map_page = RiskMapPage(self)
        self.plan_page = ActionPlanPage(self, self)
        self.plan_page.plan_model.today = today
        self.plan_page.plan_model.origin_title = section_title or (lambda section: section)
        self.dpo_page = DpoOpinionPage(self, self)
        self.pages: dict[str, QWidget] = {
            MEASURES: self.measures_page,
            RISKS: self.risks_page,
            RISK_MAP: self.map_page,
            ACTION_PLAN: self.plan_page,
            DPO_OPINION: self.dpo_page,
        }
        for page in self.pages.values():
            self.addWidget(page)
        for editing in self._editing_pages():
            editing.edited.connect(self.edited.emit)

    def _editing_pages(self) -> list[PartListPage[Any] | DpoOpinionPage]:
        return [self.measures_page, self.risks_page, self.plan_page, self.dpo_page]

    @property
    def row(self) -> Assessment | None:
        return self._row

    def page_keys(self) -> tuple[str, ...]:
        return PAGE_KEYS

    def title(self, key: str) -> str:
        return page_title(key)

    # -- showing --------------------------------------------------------------------------------

    def set_assessment(self, row: Assessment | None, read_only: bool) -> None:
        self._row = row
        self.read_only = read_only
        for page in self.pages.values():
            self._load(page, row)
            if isinstance(page, PartListPage | DpoOpinionPage):
                page.set_read_only(read_only)

    def _load(self, page: QWidget, row: Assessment | None) -> None:
        if isinstance(page, PartListPage | DpoOpinionPage | RiskMapPage):
            page.load(row)

    def set_read_only(self, read_only: bool) -> None:
        if read_only == self.read_only:
            return
        self.read_only = read_only
        for page in self._editing_pages():
            page.set_read_only(read_only)

    def show_page(self, key: str) -> None:
        self.setCurrentWidget(self.pages[key])

    def focus_first(self, key: str) -> None:
        """Keyboard focus on the page's first control (its table, the map, the DPO's name)."""
        page = self.pages[key]
        if isinstance(page, PartListPage):
            page.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif isinstance(page, RiskMapPage):
            page.map.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif isinstance(page, DpoOpinionPage):
            page.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def guidance(self, key: str) -> tuple[str, list[str]]:
        return _guidance(key)

    # -- saving ---------------------------------------------------------------------------------

    def save(self, values: Mapping[str, Any], source: QWidget) -> str | None:
        """Save through the service; the message of a refusal, or None when saved."""
        if self._row is None:
            return _tr("No assessment is open.")
        try:
            row = self.service.update(self._row.id, values)
        except ValidationError as exc:
            return "\n".join(exc.problems.values()) if exc.problems else str(exc)
        except UserFacingError as exc:
            return str(exc)
        self._row = row
        for page in self.pages.values():
            if page is not source:
                self._load(page, row)
        if source is self.measures_page:
            self.measures_page.model.refresh_all()
        self.saved.emit(row)
        return None

    def pending(self) -> bool:
        return any(p.pending or p.error for p in self._editing_pages())

    def flush(self) -> bool:
        ok = True
        for page in self._editing_pages():
            ok = page.flush() and ok
        return ok

    def first_problem(self) -> str | None:
        """The key of a page whose value is refused, if any."""
        for key, page in self.pages.items():
            if isinstance(page, PartListPage | DpoOpinionPage) and page.error:
                return key
        return None

    def focus_problem(self, key: str) -> None:
        page = self.pages[key]
        if isinstance(page, PartListPage | DpoOpinionPage):
            page.focus_problem()

    # -- progress in the navigation ---------------------------------------------------------------

    def progress(self, key: str) -> tuple[str, str]:
        """The navigation's "Answered" column for a page, and its longer description."""
        row = self._row
        if row is None:
            return "", ""
        today = self.today()
        if key == MEASURES:
            planned = sum(1 for m in row.measures if m.planned)
            return str(len(row.measures)), _tr("{n} measures, {planned} of them planned").format(
                n=len(row.measures), planned=planned
            )
        if key == RISKS:
            assessed = sum(1 for p in place(row.risks) if p.assessed)
            return f"{assessed}/{len(row.risks)}", _tr(
                "{assessed} of {total} risks rated before and after the measures"
            ).format(assessed=assessed, total=len(row.risks))
        if key == RISK_MAP:
            rated = [r for r in row.risks if r.severity_after and r.likelihood_after]
            if not rated:
                return "", _tr("No risk is rated after the measures yet")
            highest = max(rated, key=lambda r: (r.severity_after or 0) + (r.likelihood_after or 0))
            return "", _tr("Highest risk after the measures: severity {s}, likelihood {l}").format(
                s=level_label(highest.severity_after), l=level_label(highest.likelihood_after)
            )
        if key == ACTION_PLAN:
            done = sum(1 for a in row.action_plan if a.status == ActionStatus.DONE.value)
            overdue = sum(1 for a in row.action_plan if is_overdue(a, today))
            text = f"{done}/{len(row.action_plan)}" + (" ⚠" if overdue else "")
            tip = _tr("{done} of {total} actions done").format(
                done=done, total=len(row.action_plan)
            )
            if overdue:
                tip += "; " + _tr("{n} overdue").format(n=overdue)
            return text, tip
        if key == DPO_OPINION:
            if row.dpo_status:
                label = _tr("Favourable") if row.dpo_status == "favourable" else _tr("Unfavourable")
                return "✓", _tr("Opinion given: {status}").format(status=label)
            return "–", _tr("No opinion yet")
        return "", ""


__all__ = ["PAGE_KEYS", "DpiaPages", "page_title"]
