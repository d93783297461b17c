"""Table models of a DPIA's parts: its risks, its measures and its action plan.

A DPIA holds a handful of each, so a model keeps the parts (frozen dataclasses) in a plain list
and is reset or told of one changed row by the page that edits them. The tables are read-only:
a part is edited in the form beside its table, which saves through ``AssessmentService``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from govkit.domain.assessment_enums import ActionStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk
from govkit.domain.parts import _Part
from govkit.domain.risk_levels import cell_shade, level_label, risk_title, valid_level

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The part (Risk, Measure, ActionItem) of the row."""

OVERDUE_COLOUR = QColor("#9b1c1c")  # 7.4:1 on white
_Index = QModelIndex | QPersistentModelIndex
P = TypeVar("P", bound=_Part)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RiskModels", text)


class _PartModel(QAbstractTableModel, Generic[P]):
    """The rows are ``parts``; subclasses say what each column shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.parts: list[P] = []

    # -- changing the rows (the page calls these after a save) --------------------------------

    def set_parts(self, parts: Sequence[P]) -> None:
        self.beginResetModel()
        self.parts = list(parts)
        self.endResetModel()

    def replace(self, row: int, part: P) -> None:
        self.parts[row] = part
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def append(self, part: P) -> int:
        row = len(self.parts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.parts.append(part)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.parts[row]
        self.endRemoveRows()

    def refresh_all(self) -> None:
        """Cells that depend on something outside the row changed (e.g. a measure's title)."""
        if self.parts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.parts) - 1, self.columnCount() - 1)
            )

    # -- Qt -----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.parts)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.parts):
            return None
        part = self.parts[index.row()]
        if role == OBJECT_ROLE:
            return part
        return self.cell(index.row(), index.column(), part, role)

    def cell(self, row: int, column: int, part: P, role: int) -> Any:
        raise NotImplementedError

    def titles(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.titles()
            return titles[section] if 0 <= section < len(titles) else None
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def header_tip(self, section: int) -> str | None:
        return None


# -- risks ----------------------------------------------------------------------------------


class RCol(IntEnum):
    NUMBER = 0
    TITLE = 1
    BEFORE = 2
    AFTER = 3
    MEASURES = 4


def _levels_short(severity: int | None, likelihood: int | None) -> str:
    s, lk = valid_level(severity), valid_level(likelihood)
    return f"{s or '–'} / {lk or '–'}"


def _levels_long(severity: int | None, likelihood: int | None) -> str:
    return _tr("Severity {s}, likelihood {l}").format(
        s=level_label(severity), l=level_label(likelihood)
    )


class RiskModel(_PartModel[Risk]):
    """The risks of a DPIA, numbered as on the risk map."""

    def titles(self) -> list[str]:
        return [_tr("No."), _tr("Risk"), _tr("Before"), _tr("After"), _tr("Measures")]

    def header_tip(self, section: int) -> str | None:
        if section == RCol.BEFORE:
            return _tr("Severity / likelihood before the measures (1 to 4)")
        if section == RCol.AFTER:
            return _tr("Severity / likelihood after the measures (1 to 4)")
        if section == RCol.MEASURES:
            return _tr("How many measures treat the risk")
        return None

    def cell(self, row: int, column: int, part: Risk, role: int) -> Any:
        before = (part.severity_before, part.likelihood_before)
        after = (part.severity_after, part.likelihood_after)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RCol.NUMBER:
                return str(row + 1)
            if column == RCol.TITLE:
                return risk_title(part)
            if column == RCol.BEFORE:
                return _levels_short(*before)
            if column == RCol.AFTER:
                return _levels_short(*after)
            if column == RCol.MEASURES:
                return str(len(part.measures))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == RCol.TITLE:
                text = risk_title(part)
                if part.cnil_ref:
                    text += " " + _tr("(one of the CNIL method's three risks)")
                return text
            if column == RCol.BEFORE:
                return _tr("Before the measures: {levels}").format(levels=_levels_long(*before))
            if column == RCol.AFTER:
                return _tr("After the measures: {levels}").format(levels=_levels_long(*after))
            if column == RCol.MEASURES:
                return _tr("{n} measures treat this risk").format(n=len(part.measures))
            if column == RCol.NUMBER and role == Qt.ItemDataRole.AccessibleTextRole:
                return _tr("Risk {n}").format(n=row + 1)
        if role == Qt.ItemDataRole.BackgroundRole and column in (RCol.BEFORE, RCol.AFTER):
            s, lk = before if column == RCol.BEFORE else after
            if valid_level(s) and valid_level(lk):
                return QBrush(QColor(cell_shade(int(s or 0), int(lk or 0))))
        if role == Qt.ItemDataRole.ForegroundRole and column in (RCol.BEFORE, RCol.AFTER):
            s, lk = before if column == RCol.BEFORE else after
            if valid_level(s) and valid_level(lk):
                return QBrush(QColor("#1a1a1a"))  # dark on the light shades, whatever the theme
        if role == Qt.ItemDataRole.TextAlignmentRole and column != RCol.TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- measures -------------------------------------------------------------------------------


class MCol(IntEnum):
    NUMBER = 0
    TITLE = 1
    KIND = 2
    RISKS = 3


class MeasureModel(_PartModel[Measure]):
    """The measures of a DPIA; ``risks_treated`` says how many risks use each one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.risks_treated: Callable[[str], int] = lambda _id: 0

    def titles(self) -> list[str]:
        return [_tr("No."), _tr("Measure"), _tr("State"), _tr("Risks")]

    def header_tip(self, section: int) -> str | None:
        if section == MCol.RISKS:
            return _tr("How many risks the measure treats")
        if section == MCol.KIND:
            return _tr("Existing, or planned (not in place yet)")
        return None

    def cell(self, row: int, column: int, part: Measure, role: int) -> Any:
        kind = _tr("Planned") if part.planned else _tr("Existing")
        treated = self.risks_treated(part.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MCol.NUMBER:
                return str(row + 1)
            if column == MCol.TITLE:
                return part.title or _tr("(untitled measure)")
            if column == MCol.KIND:
                return kind
            if column == MCol.RISKS:
                return str(treated)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == MCol.TITLE:
                return part.description or part.title
            if column == MCol.RISKS:
                return _tr("Treats {n} risks").format(n=treated)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MCol.NUMBER, MCol.RISKS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- the action plan ------------------------------------------------------------------------


class PCol(IntEnum):
    MEASURE = 0
    OWNER = 1
    DUE = 2
    STATUS = 3
    ORIGIN = 4


def parse_due(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def is_overdue(item: ActionItem, today: date) -> bool:
    due = parse_due(item.due)
    return due is not None and due < today and item.status != ActionStatus.DONE.value


def status_label(value: str) -> str:
    try:
        return ActionStatus(value).label
    except ValueError:
        return value


def format_due(text: str) -> str:
    """A due date as the assessments list shows dates (ISO); an unreadable one as stored."""
    due = parse_due(text)
    return due.isoformat() if due is not None else text


class ActionPlanModel(_PartModel[ActionItem]):
    """The action plan; a due date in the past of an item not done is shown as overdue."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = date.today
        self.origin_title: Callable[[str], str] = lambda section: section

    def titles(self) -> list[str]:
        return [
            _tr("Action"),
            _tr("Person in charge"),
            _tr("Due"),
            _tr("Status"),
            _tr("Origin"),
        ]

    def header_tip(self, section: int) -> str | None:
        if section == PCol.ORIGIN:
            return _tr("The section whose review asked for the action")
        return None

    def cell(self, row: int, column: int, part: ActionItem, role: int) -> Any:
        overdue = is_overdue(part, self.today())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PCol.MEASURE:
                return part.measure or _tr("(no action described)")
            if column == PCol.OWNER:
                return part.owner
            if column == PCol.DUE:
                if not part.due:
                    return _tr("No date")
                shown = format_due(part.due)
                return _tr("⚠ {date} overdue").format(date=shown) if overdue else shown
            if column == PCol.STATUS:
                return status_label(part.status)
            if column == PCol.ORIGIN:
                return self.origin_title(part.origin) if part.origin else _tr("By hand")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == PCol.DUE and overdue:
                return _tr("Overdue: due on {date} and not done").format(date=format_due(part.due))
            if column == PCol.ORIGIN:
                if part.origin:
                    return _tr("Asked for by the review of “{section}”").format(
                        section=self.origin_title(part.origin)
                    )
                return _tr("Added to the plan by hand")
            if column == PCol.MEASURE:
                return part.measure
        if role == Qt.ItemDataRole.ForegroundRole and column == PCol.DUE and overdue:
            return QBrush(OVERDUE_COLOUR)
        return None


__all__ = [
    "OBJECT_ROLE",
    "ActionPlanModel",
    "MCol",
    "MeasureModel",
    "PCol",
    "RCol",
    "RiskModel",
    "format_due",
    "is_overdue",
    "parse_due",
    "status_label",
]
