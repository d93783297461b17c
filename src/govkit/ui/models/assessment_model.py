"""The table model of the assessments list: one row per assessment version.

Assessments are few (a few per activity), so the model filters and sorts plain Python lists
itself, like the register model, without a proxy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.services.assessments import AssessmentSummary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The assessment id of the row."""
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The :class:`AssessmentSummary` of the row."""

OVERDUE_COLOUR = QColor("#9b1c1c")  # 7.4:1 on white


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentTableModel", text)


class ACol(IntEnum):
    REFERENCE = 0
    TYPE = 1
    SUBJECT = 2
    STATUS = 3
    OWNER = 4
    NEXT_REVIEW = 5
    OUTCOME = 6


def column_title(col: ACol) -> str:
    titles = {
        ACol.REFERENCE: _tr("Reference"),
        ACol.TYPE: _tr("Type"),
        ACol.SUBJECT: _tr("Activity or AI system"),
        ACol.STATUS: _tr("Status"),
        ACol.OWNER: _tr("Owner"),
        ACol.NEXT_REVIEW: _tr("Next review"),
        ACol.OUTCOME: _tr("Outcome"),
    }
    return titles[col]


def kind_short_label(kind: AssessmentKind) -> str:
    """The kind in the list's Type column."""
    labels = {
        AssessmentKind.DPIA_SCREENING: _tr("Screening"),
        AssessmentKind.DPIA: _tr("DPIA"),
        AssessmentKind.AI_ACT_CLASSIFICATION: _tr("AI Act"),
        AssessmentKind.AI_ETHICS: _tr("AI ethics"),
        AssessmentKind.FRIA: _tr("FRIA"),
        AssessmentKind.ALGORITHMIC_IMPACT: _tr("AIA"),
    }
    return labels[kind]


@dataclass(frozen=True)
class AssessmentFilter:
    text: str = ""
    kind: AssessmentKind | None = None
    status: AssessmentStatus | None = None

    @property
    def is_default(self) -> bool:
        return self == AssessmentFilter()


_DIGITS = re.compile(r"(\d+)")
_STATUS_ORDER = {s: n for n, s in enumerate(AssessmentStatus)}


def _natural_key(value: str) -> tuple[Any, ...]:
    parts = _DIGITS.split(value.casefold())
    return tuple(int(p) if n % 2 else p for n, p in enumerate(parts))


class AssessmentTableModel(QAbstractTableModel):
    """Rows of :class:`AssessmentSummary`; ``subjects`` names the assessed activities and
    ``outcomes`` labels the outcome ids (both set by the page)."""

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.today = today  # replaceable (tests)
        self._all: list[AssessmentSummary] = []
        self._shown: list[AssessmentSummary] = []
        self.subjects: dict[tuple[str, str], str] = {}
        self.outcomes: dict[str, str] = {}
        self.filter = AssessmentFilter()
        self._sort_col = ACol.REFERENCE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- data -----------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[AssessmentSummary],
        subjects: Mapping[tuple[str, str], str] | None = None,
        outcomes: Mapping[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._all = list(rows)
        if subjects is not None:
            self.subjects = dict(subjects)
        if outcomes is not None:
            self.outcomes = dict(outcomes)
        self._refresh()
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def set_filter(self, flt: AssessmentFilter) -> None:
        if flt == self.filter:
            return
        self.beginResetModel()
        self.filter = flt
        self._refresh()
        self.endResetModel()

    def row_at(self, row: int) -> AssessmentSummary:
        return self._shown[row]

    def row_of(self, assessment_id: str) -> int:
        return next((n for n, r in enumerate(self._shown) if r.id == assessment_id), -1)

    def summary(self, assessment_id: str) -> AssessmentSummary | None:
        return next((r for r in self._all if r.id == assessment_id), None)

    def subject_name(self, row: AssessmentSummary) -> str:
        if not row.subject_id:
            return _tr("(not linked to an activity)")
        return self.subjects.get((row.subject_type, row.subject_id), _tr("(activity removed)"))

    def reference_text(self, row: AssessmentSummary) -> str:
        if row.version > 1:
            return _tr("{reference} v{version}").format(
                reference=row.reference, version=row.version
            )
        return row.reference

    def outcome_text(self, row: AssessmentSummary) -> str:
        if not row.outcome:
            return ""
        return self.outcomes.get(row.outcome, row.outcome)

    def _text(self, row: AssessmentSummary, col: ACol) -> str:
        if col is ACol.REFERENCE:
            return self.reference_text(row)
        if col is ACol.TYPE:
            return kind_short_label(row.kind)
        if col is ACol.SUBJECT:
            return self.subject_name(row)
        if col is ACol.STATUS:
            return row.status.label
        if col is ACol.OWNER:
            return row.owner
        if col is ACol.NEXT_REVIEW:
            return row.next_review.isoformat() if row.next_review else ""
        return self.outcome_text(row)

    def _sort_key(self, col: ACol) -> Callable[[AssessmentSummary], Any]:
        if col is ACol.REFERENCE:
            return lambda r: (_natural_key(r.reference), r.version)
        if col is ACol.STATUS:
            return lambda r: _STATUS_ORDER[r.status]
        if col is ACol.NEXT_REVIEW:
            return lambda r: (r.next_review is None, r.next_review or date.max)
        return lambda r: (not self._text(r, col), self._text(r, col).casefold())

    def _passes(self, row: AssessmentSummary) -> bool:
        flt = self.filter
        if flt.kind is not None and row.kind is not flt.kind:
            return False
        if flt.status is not None and row.status is not flt.status:
            return False
        words = flt.text.casefold().split()
        if words:
            haystack = " ".join(
                [row.title, row.reference, *(self._text(row, c) for c in ACol)]
            ).casefold()
            return all(w in haystack for w in words)
        return True

    def _refresh(self) -> None:
        shown = sorted(
            (r for r in self._all if self._passes(r)), key=self._sort_key(self._sort_col)
        )
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            shown.reverse()
        self._shown = shown

    # -- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ACol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return column_title(ACol(section))
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        col = ACol(index.column())
        overdue = col is ACol.NEXT_REVIEW and row.overdue(self.today())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return _tr("The review was due on {date}: this assessment is overdue.").format(
                    date=row.next_review.isoformat() if row.next_review else ""
                )
            if col in (ACol.SUBJECT, ACol.REFERENCE):
                return row.title
            return self._text(row, col) or None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(row, col)
            return _tr("{date} (overdue)").format(date=text) if overdue else text
        if role == ID_ROLE:
            return row.id
        if role == OBJECT_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = [(i, self._shown[i.row()].id, i.column()) for i in self.persistentIndexList()]
        self._sort_col = ACol(column)
        self._sort_order = order
        self._refresh()
        for old, assessment_id, column_ in before:
            row = self.row_of(assessment_id)
            self.changePersistentIndex(old, self.index(row, column_) if row >= 0 else QModelIndex())
        self.layoutChanged.emit()
