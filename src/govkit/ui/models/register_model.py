"""The table model behind a register view: named columns, a sort role and an object role.

Deviation from the architecture notes (``QSortFilterProxyModel`` in front of the model): at
100,000 records a proxy calls a Python ``filterAcceptsRow`` once per row and ``lessThan``
about 1.7 million times per sort, which takes seconds in PySide. This model therefore filters
and sorts *itself*, with plain Python over the precomputed :class:`RecordRow` objects:

* all rows are kept sorted by the current sort column (one ``sorted`` with a key function);
* the choices of the filter bar (department, status, legal basis, archived) are applied once
  with list comprehensions and the result is kept (the "base"), so typing does not repeat them;
* the search is a list comprehension over the base (``word in row.search_text``, every word
  must occur); a keystroke that only extends the text narrows the previous result instead;
* the result keeps the sort order, and descending order is the ascending result reversed.

A search over 100,000 rich records scans about 100 MB of text, which takes longer than one
keystroke should on a slow office PC. The search therefore runs in slices of at most
:data:`SLICE_SECONDS`: a keystroke returns after one slice, the rest continues on the next
turns of the event loop (typing stays fluid; a new keystroke replaces the running search) and
the view changes once, when the result is complete. A search that fits in one slice (every
register of a normal size) is finished before ``set_filter`` returns.

The view sees a flat list of visible rows; ``sort()`` is the ``QAbstractItemModel`` hook, so a
``QTableView`` with sorting enabled drives it by header clicks as usual. Changes reported by
the services are applied one row at a time (:meth:`RegisterTableModel.upsert_row`,
:meth:`RegisterTableModel.remove_row`) rather than by reloading every record.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from govkit.domain.ai_enums import AiPhase, AiRiskTier, AnnexIIIArea
from govkit.domain.assessment_enums import DpiaState
from govkit.domain.enums import ActivityStatus
from govkit.services.registers import RecordRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value a column sorts by (comparable within one column)."""
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The :class:`RecordRow` of the row."""
ID_ROLE = Qt.ItemDataRole.UserRole + 3
"""The record id of the row."""
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 4
"""Completeness as an int 0..100 (for the bar painted by the completeness delegate)."""

OVERDUE_COLOUR = QColor("#9b1c1c")  # 7.4:1 on white
ARCHIVED_COLOUR = QColor("#595959")  # 7.0:1 on white


def _tr(text: str) -> str:
    return QCoreApplication.translate("RegisterTableModel", text)


class Col(IntEnum):
    """The columns, in display order: the short, decisive ones before the long legal texts."""

    REFERENCE = 0
    NAME = 1
    DEPARTMENT = 2
    STATUS = 3
    COMPLETENESS = 4
    NEXT_REVIEW = 5
    LEGAL_BASIS = 6
    UPDATED = 7
    DPIA = 8  # where the activity stands on DPIAs (screening, DPIA), last: saved layouts keep
    # The AI systems register only (hidden in the activity registers); after the others, so
    # that saved layouts keep their meaning.
    PHASE = 9
    TIER = 10  # the AI Act risk tier, with the Annex III point of a high-risk system
    DUTIES = 11  # deployer duties still open


_DIGITS = re.compile(r"(\d+)")
_STATUS_ORDER = {s: n for n, s in enumerate(ActivityStatus)}
_DPIA_ORDER = {s: n for n, s in enumerate(DpiaState)}
_PHASE_ORDER = {s: n for n, s in enumerate(AiPhase)}
# Most serious first when sorting ascending; not classified at the end.
_TIER_ORDER = {
    AiRiskTier.PROHIBITED: 0,
    AiRiskTier.HIGH_RISK: 1,
    AiRiskTier.TRANSPARENCY: 2,
    AiRiskTier.MINIMAL: 3,
    AiRiskTier.NOT_CLASSIFIED: 4,
}


def _text_key(value: str) -> tuple[bool, str]:
    return (not value, value.casefold())


def _natural_key(value: str) -> tuple[bool, tuple[Any, ...]]:
    parts = _DIGITS.split(value.casefold())
    return (not value, tuple(int(p) if n % 2 else p for n, p in enumerate(parts)))


def _review_key(row: RecordRow) -> tuple[bool, date]:
    return (row.next_review is None, row.next_review or date.max)


SORT_KEYS: dict[Col, Callable[[RecordRow], Any]] = {
    Col.REFERENCE: lambda r: _natural_key(r.reference),
    Col.NAME: lambda r: _text_key(r.name),
    Col.DEPARTMENT: lambda r: _text_key(r.department),
    Col.STATUS: lambda r: _STATUS_ORDER[r.status],
    Col.LEGAL_BASIS: lambda r: _text_key("; ".join(r.legal_bases)),
    Col.COMPLETENESS: lambda r: r.completeness.percent,
    Col.NEXT_REVIEW: _review_key,
    Col.UPDATED: lambda r: r.updated_at,
    Col.DPIA: lambda r: _DPIA_ORDER[r.dpia],
    Col.PHASE: lambda r: _PHASE_ORDER[r.ai.phase] if r.ai else -1,
    Col.TIER: lambda r: (_TIER_ORDER[r.ai.tier], r.ai.annex_area) if r.ai else (-1, ""),
    Col.DUTIES: lambda r: (r.ai.duties_open, r.ai.duties_total) if r.ai else (-1, -1),
}


def tier_text(tier: AiRiskTier, annex_area: str) -> str:
    """The tier with the Annex III point of a high-risk system: "High-risk (Art. 6), Annex III
    point 5"."""
    if tier is AiRiskTier.HIGH_RISK and annex_area:
        try:
            point = AnnexIIIArea(annex_area).point
        except ValueError:
            return tier.label
        return _tr("{tier}, Annex III point {point}").format(tier=tier.label, point=point)
    return tier.label


def tier_short_text(tier: AiRiskTier, annex_area: str) -> str:
    """The tier in the AI systems table's narrow column: "High-risk (Annex III 5)"."""
    if tier is AiRiskTier.HIGH_RISK:
        try:
            point = AnnexIIIArea(annex_area).point if annex_area else None
        except ValueError:
            point = None
        if point is not None:
            return _tr("High-risk (Annex III {point})").format(point=point)
        return _tr("High-risk")
    short = {
        AiRiskTier.NOT_CLASSIFIED: lambda: _tr("Not classified"),
        AiRiskTier.PROHIBITED: lambda: _tr("Prohibited (Art. 5)"),
        AiRiskTier.TRANSPARENCY: lambda: _tr("Transparency (Art. 50)"),
        AiRiskTier.MINIMAL: lambda: _tr("Minimal risk"),
    }
    return short[tier]()


def duties_text(open_count: int, total: int) -> str:
    if total == 0:
        return _tr("none")
    if open_count == 0:
        return _tr("all {total} settled").format(total=total)
    return _tr("{open} of {total} open").format(open=open_count, total=total)


_DPIA_TIPS: dict[DpiaState, Callable[[], str]] = {
    DpiaState.NOT_SCREENED: lambda: _tr(
        "Not screened: nobody has checked yet whether this activity needs a DPIA."
    ),
    DpiaState.NO_DPIA_NEEDED: lambda: _tr("The screening found that no DPIA is needed."),
    DpiaState.DPIA_REQUIRED: lambda: _tr(
        "The screening found that a DPIA is required (Art. 35), and none has been started."
    ),
    DpiaState.DPIA_IN_PROGRESS: lambda: _tr("A DPIA is being written or reviewed."),
    DpiaState.DPIA_APPROVED: lambda: _tr("The DPIA has been approved."),
}


def column_title(col: Col) -> str:
    titles = {
        Col.REFERENCE: _tr("Reference"),
        Col.NAME: _tr("Name"),
        Col.DEPARTMENT: _tr("Department"),
        Col.STATUS: _tr("Status"),
        Col.LEGAL_BASIS: _tr("Legal basis"),
        Col.COMPLETENESS: _tr("Complete"),
        Col.NEXT_REVIEW: _tr("Next review"),
        Col.UPDATED: _tr("Updated"),
        Col.DPIA: _tr("DPIA"),
        Col.PHASE: _tr("Phase"),
        Col.TIER: _tr("Risk tier"),
        Col.DUTIES: _tr("Open duties"),
    }
    return titles[col]


@dataclass(frozen=True)
class RowFilter:
    """What the register shows: search text (all words must occur) and the filter choices."""

    text: str = ""
    department: str | None = None
    status: ActivityStatus | None = None
    legal_basis: str | None = None
    show_archived: bool = False
    phase: AiPhase | None = None  # the AI systems register only
    tier: AiRiskTier | None = None

    @property
    def needle(self) -> str:
        return " ".join(self.text.casefold().split())

    @property
    def is_default(self) -> bool:
        return self == RowFilter()

    def same_except_text(self, other: RowFilter) -> bool:
        return (
            self.department,
            self.status,
            self.legal_basis,
            self.show_archived,
            self.phase,
            self.tier,
        ) == (
            other.department,
            other.status,
            other.legal_basis,
            other.show_archived,
            other.phase,
            other.tier,
        )


SearchJob = Generator[None, None, tuple[list[RecordRow] | None, list[RecordRow]]]
"""A search in chunks; returns the rows passing the choices (if it had to find them) and the
rows passing the whole filter."""


def passes_choices(row: RecordRow, flt: RowFilter) -> bool:
    """Whether ``row`` passes the filter bar's choices (everything but the search text)."""
    return (
        (flt.show_archived or not row.archived)
        and (flt.department is None or row.department == flt.department)
        and (flt.status is None or row.status is flt.status)
        and (flt.legal_basis is None or flt.legal_basis in row.legal_bases)
        and (flt.phase is None or (row.ai is not None and row.ai.phase is flt.phase))
        and (flt.tier is None or (row.ai is not None and row.ai.tier is flt.tier))
    )


def filter_choices(rows: Sequence[RecordRow], flt: RowFilter) -> list[RecordRow]:
    """The rows passing the filter bar's choices, in the order of ``rows``."""
    out = list(rows)
    if not flt.show_archived:
        out = [r for r in out if not r.archived]
    if flt.department is not None:
        dep = flt.department
        out = [r for r in out if r.department == dep]
    if flt.status is not None:
        status = flt.status
        out = [r for r in out if r.status is status]
    if flt.legal_basis is not None:
        basis = flt.legal_basis
        out = [r for r in out if basis in r.legal_bases]
    if flt.phase is not None or flt.tier is not None:
        out = [r for r in out if passes_choices(r, flt)]
    return out


def search(
    rows: Sequence[RecordRow], words: Sequence[str], choices: RowFilter | None = None
) -> SearchJob:
    """Filter ``rows`` a chunk at a time, yielding after each chunk.

    With ``choices``, the rows are first narrowed to those passing the filter bar's choices
    (returned too, to be kept); then to those containing every word.
    """
    base: list[RecordRow] | None = None
    out = list(rows)
    if choices is not None:
        base = []
        for start in range(0, len(out), SEARCH_CHUNK):
            base.extend(
                [r for r in out[start : start + SEARCH_CHUNK] if passes_choices(r, choices)]
            )
            yield
        out = list(base)  # the result is changed later; the kept base must not change with it
    for word in words:
        found: list[RecordRow] = []
        for start in range(0, len(out), SEARCH_CHUNK):
            found.extend([r for r in out[start : start + SEARCH_CHUNK] if word in r.search_text])
            yield
        out = found
    return base, out


def apply_filter(rows: Sequence[RecordRow], flt: RowFilter) -> list[RecordRow]:
    """The rows ``flt`` lets through, in the order of ``rows`` (plain Python, no Qt)."""
    job = search(filter_choices(rows, flt), flt.needle.split())
    while True:
        try:
            next(job)
        except StopIteration as done:
            return list(done.value[1])


SLICE_SECONDS = 0.04
"""How long one slice of a search may take before the event loop gets its turn."""
SEARCH_CHUNK = 2000
"""Rows searched between two looks at the clock."""


class RegisterTableModel(QAbstractTableModel):
    """Rows of one register, filtered and sorted in Python (see the module docstring)."""

    searchingChanged = Signal(bool)  # True while a search runs in slices, False when done

    def __init__(self, parent: Any = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._all: dict[str, RecordRow] = {}
        self._sorted: list[RecordRow] = []  # every row, ascending by the sort column
        self._sorted_stale = False  # re-sort before use (after a sort of the shown rows only)
        self._base: list[RecordRow] | None = None  # rows passing the choices of _base_filter
        self._base_filter = RowFilter()
        self._matched: list[RecordRow] = []  # what _applied lets through, ascending
        self._visible: list[RecordRow] = []  # what the view shows (matched, maybe reversed)
        self._applied = RowFilter()  # the filter _matched reflects
        self._filter = RowFilter()  # the filter asked for (a search may still be running)
        self._job: SearchJob | None = None
        self._job_filter = RowFilter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        self._sort_col = Col.REFERENCE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._legal_bases: set[str] = set()
        self._date_format = date_format()
        self._bold: QFont | None = None
        # What the completeness column counts (the AI systems register sets its own words).
        self.completeness_tip = _tr("How many Art. 30 items are filled in")

    # -- loading and incremental changes ------------------------------------------------

    def set_rows(self, rows: Iterable[RecordRow]) -> None:
        """Replace every row (a full reload)."""
        self._stop_search()
        self.beginResetModel()
        self._all = {r.id: r for r in rows}
        self._legal_bases = {b for r in self._all.values() for b in r.legal_bases}
        self._sorted = sorted(self._all.values(), key=self._key)
        self._sorted_stale = False
        self._base = None
        flt = self._filter
        self._applied = replace(flt, text="") if flt.needle else flt
        self._matched = list(self._base_rows(self._applied))
        self._visible = self._ordered(self._matched)
        self.endResetModel()
        if self._filter.needle:
            self._start_search(self._filter)

    def upsert_row(self, row: RecordRow) -> None:
        """Add a new row or replace the row with the same id, keeping filter and sort."""
        key = self._key
        old = self._all.get(row.id)
        self._all[row.id] = row
        self._legal_bases.update(row.legal_bases)
        same_key = old is not None and key(old) == key(row)
        if not self._sorted_stale:
            _replace_sorted(self._sorted, old, row, key, lambda r: True)
        if self._base is not None:
            base_filter = self._base_filter
            _replace_sorted(self._base, old, row, key, lambda r: passes_choices(r, base_filter))
        was_shown = old is not None and self._lets_through(old)
        now_shown = self._lets_through(row)
        if was_shown and now_shown and same_key:
            # Same place in the view: a plain dataChanged leaves the view's state alone.
            assert old is not None
            m = _index_in(self._matched, old, key)
            self._matched[m] = row
            n = m if self._ascending else len(self._matched) - 1 - m
            self._visible[n] = row
            self.dataChanged.emit(self.index(n, 0), self.index(n, len(Col) - 1))
        elif was_shown or now_shown:

            def changed() -> list[RecordRow]:
                matched = list(self._matched)
                if was_shown:
                    assert old is not None
                    del matched[_index_in(matched, old, key)]
                if now_shown:
                    bisect.insort_right(matched, row, key=key)
                return matched

            self._relayout(changed)
        if self._job is not None:  # the running search started before this change
            self._start_search(self._filter)

    def remove_row(self, record_id: str) -> None:
        old = self._all.get(record_id)
        if old is None:
            return
        key = self._key
        n = self.row_of(record_id)
        del self._all[record_id]
        if not self._sorted_stale:
            del self._sorted[_index_in(self._sorted, old, key)]
        if self._base is not None and passes_choices(old, self._base_filter):
            del self._base[_index_in(self._base, old, key)]
        if n >= 0:
            self.beginRemoveRows(QModelIndex(), n, n)
            m = n if self._ascending else len(self._matched) - 1 - n
            del self._matched[m]
            self._visible = self._ordered(self._matched)
            self.endRemoveRows()
        if self._job is not None:
            self._start_search(self._filter)

    # -- filtering and sorting ------------------------------------------------------------

    @property
    def filter(self) -> RowFilter:
        """The filter asked for (the shown rows follow once a running search is done)."""
        return self._filter

    @property
    def searching(self) -> bool:
        return self._job is not None

    def set_filter(self, flt: RowFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        if flt == self._applied:
            self._stop_search()
            return
        self._start_search(flt)

    def finish_search(self) -> None:
        """Run a search in slices to its end now (tests, benchmarks, before reading rows)."""
        while self._job is not None:
            self._continue_search(until_done=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = Col(column)
        if col == self._sort_col:
            if order != self._sort_order:
                self._sort_order = order
                self._relayout(lambda: self._matched)
            return
        self._sort_col = col
        self._sort_order = order
        key = self._key
        # Only the shown rows are sorted now; the rest when a filter next needs them.
        self._sorted_stale = True
        self._base = None
        self._relayout(lambda: sorted(self._matched, key=key))
        if self._job is not None:
            self._start_search(self._filter)

    @property
    def sort_column(self) -> Col:
        return self._sort_col

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- the search -----------------------------------------------------------------------

    def _base_rows(self, flt: RowFilter) -> list[RecordRow]:
        """The rows passing ``flt``'s choices, ascending (kept until a choice changes)."""
        if self._sorted_stale:
            self._sorted = sorted(self._all.values(), key=self._key)
            self._sorted_stale = False
            self._base = None
        if self._base is None or not self._base_filter.same_except_text(flt):
            self._base = filter_choices(self._sorted, flt)
            self._base_filter = flt
        return self._base

    def _start_search(self, flt: RowFilter) -> None:
        """Begin filtering for ``flt``; finished at once if it fits in one slice."""
        applied = self._applied
        narrowing = (
            flt.same_except_text(applied)
            and applied.needle
            and flt.needle.startswith(applied.needle)
        )
        words = flt.needle.split()
        if narrowing:
            job = search(self._matched, words)
        else:
            if self._sorted_stale:
                self._sorted = sorted(self._all.values(), key=self._key)
                self._sorted_stale = False
                self._base = None
            if self._base is not None and self._base_filter.same_except_text(flt):
                job = search(self._base, words)
            else:  # a choice changed: find the rows passing it in the same slices
                job = search(self._sorted, words, choices=flt)
        was_running = self._job is not None
        self._job = job
        self._job_filter = flt
        self._continue_search()
        if self._job is not None and not was_running:
            self.searchingChanged.emit(True)

    def _next_slice(self) -> None:
        self._continue_search()

    def _continue_search(self, *, until_done: bool = False) -> None:
        job = self._job
        if job is None:
            return
        deadline = None if until_done else time.perf_counter() + SLICE_SECONDS
        try:
            next(job)  # at least one chunk per slice, however short the slice
            while deadline is None or time.perf_counter() < deadline:
                next(job)
        except StopIteration as done:
            self._job = None
            self._timer.stop()
            base, result = done.value
            if base is not None:
                self._base = base
                self._base_filter = self._job_filter
            self._applied = self._job_filter
            self._relayout(lambda: result)
            self.searchingChanged.emit(False)
            return
        self._timer.start()

    def _stop_search(self) -> None:
        if self._job is not None:
            self._job = None
            self._timer.stop()
            self.searchingChanged.emit(False)

    # -- reading --------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def legal_bases_in_use(self) -> set[str]:
        return set(self._legal_bases)

    def row_at(self, n: int) -> RecordRow:
        return self._visible[n]

    def row_by_id(self, record_id: str) -> RecordRow | None:
        return self._all.get(record_id)

    def row_of(self, record_id: str) -> int:
        """The shown position of a record, or -1 when it is filtered out or unknown."""
        row = self._all.get(record_id)
        return -1 if row is None else self._position_of(row)

    def visible_ids(self) -> list[str]:
        return [r.id for r in self._visible]

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Col):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return column_title(Col(section))
            if role == Qt.ItemDataRole.ToolTipRole and section == Col.COMPLETENESS:
                return self.completeness_tip
            if role == Qt.ItemDataRole.ToolTipRole and section == Col.DUTIES:
                return _tr("AI Act deployer duties still to do or in progress")
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._visible[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if col == Col.NEXT_REVIEW and self._overdue(row):
                return _tr("{date}, overdue").format(date=self._review_date(row))
            return self._display(row, col)
        if role == SORT_ROLE:
            return SORT_KEYS[col](row)
        if role == OBJECT_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == PERCENT_ROLE and col == Col.COMPLETENESS:
            return row.completeness.percent
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.NEXT_REVIEW and self._overdue(row):
                return QBrush(OVERDUE_COLOUR)
            if row.archived:
                return QBrush(ARCHIVED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and col == Col.NEXT_REVIEW and self._overdue(row):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Col.COMPLETENESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- helpers ------------------------------------------------------------------------------

    @property
    def _ascending(self) -> bool:
        return self._sort_order == Qt.SortOrder.AscendingOrder

    @property
    def _key(self) -> Callable[[RecordRow], Any]:
        return SORT_KEYS[self._sort_col]

    def _ordered(self, matched: list[RecordRow]) -> list[RecordRow]:
        return matched if self._ascending else matched[::-1]

    def _lets_through(self, row: RecordRow) -> bool:
        """Whether the shown (applied) filter lets ``row`` through."""
        flt = self._applied
        return passes_choices(row, flt) and all(w in row.search_text for w in flt.needle.split())

    def _relayout(self, compute: Callable[[], list[RecordRow]]) -> None:
        """Recompute the shown rows, keeping selection and current row on their records."""
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        old = [
            (self._visible[i.row()] if 0 <= i.row() < len(self._visible) else None, i.column())
            for i in old_indexes
        ]
        self._matched = compute()
        self._visible = self._ordered(self._matched)
        if old_indexes:
            new_indexes = []
            for row, column in old:
                n = self._position_of(row) if row is not None else -1
                new_indexes.append(self.index(n, column) if n >= 0 else QModelIndex())
            self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _position_of(self, row: RecordRow) -> int:
        """Where a row object is shown now, or -1 (a binary search, not a scan)."""
        current = self._all.get(row.id)
        if current is None or not self._lets_through(current):
            return -1
        try:
            m = _index_in(self._matched, current, self._key)
        except IndexError:
            return -1
        return m if self._ascending else len(self._matched) - 1 - m

    def _overdue(self, row: RecordRow) -> bool:
        return row.next_review is not None and not row.archived and row.next_review < self._today()

    def _display(self, row: RecordRow, col: Col) -> str:
        if col == Col.REFERENCE:
            return row.reference
        if col == Col.NAME:
            return row.name
        if col == Col.DEPARTMENT:
            return row.department
        if col == Col.STATUS:
            if row.archived:
                return _tr("{status} (archived)").format(status=row.status.label)
            return row.status.label
        if col == Col.LEGAL_BASIS:
            return "; ".join(row.legal_bases)
        if col == Col.COMPLETENESS:
            return _tr("{percent} %").format(percent=row.completeness.percent)
        if col == Col.NEXT_REVIEW:
            # Overdue: a warning sign besides colour and weight (not colour alone).
            text = self._review_date(row)
            return f"⚠ {text}" if self._overdue(row) else text
        if col == Col.DPIA:
            return row.dpia.label
        if col in (Col.PHASE, Col.TIER, Col.DUTIES):
            ai = row.ai
            if ai is None:
                return ""
            if col == Col.PHASE:
                return ai.phase.label
            if col == Col.TIER:
                return tier_short_text(ai.tier, ai.annex_area)
            return duties_text(ai.duties_open, ai.duties_total)
        return format_datetime(row.updated_at, self._date_format)

    def _review_date(self, row: RecordRow) -> str:
        if row.next_review is None:
            return ""
        return format_date(row.next_review, self._date_format)

    def _tooltip(self, row: RecordRow, col: Col) -> str | None:
        if col == Col.TIER and row.ai is not None:
            text = tier_text(row.ai.tier, row.ai.annex_area)
            if row.ai.annex_area:
                try:
                    return f"{text}\n{AnnexIIIArea(row.ai.annex_area).label}"
                except ValueError:
                    return text
            return text
        if col == Col.COMPLETENESS:
            if row.completeness.complete:
                if row.ai is not None:
                    return _tr("Every item the register needs is filled in.")
                return _tr("All Art. 30 items are filled in.")
            return _tr("Still missing: {items}").format(items=", ".join(row.completeness.missing))
        if col == Col.NEXT_REVIEW and self._overdue(row):
            if row.ai is not None:
                return _tr("Overdue: the review date has passed. Please review this AI system.")
            return _tr("Overdue: the review date has passed. Please review this activity.")
        if col == Col.NAME and row.name:
            return row.name
        if col == Col.LEGAL_BASIS and row.legal_bases:
            return "\n".join(row.legal_bases)
        if col == Col.DPIA:
            return _DPIA_TIPS[row.dpia]()
        return None


def _replace_sorted(
    rows: list[RecordRow],
    old: RecordRow | None,
    new: RecordRow,
    key: Callable[[RecordRow], Any],
    keeps: Callable[[RecordRow], bool],
) -> None:
    """Put ``new`` in place of ``old`` in ``rows`` (sorted by ``key``) if ``keeps`` it."""
    was = old is not None and keeps(old)
    now = keeps(new)
    if old is not None and was and now and key(old) == key(new):
        rows[_index_in(rows, old, key)] = new
        return
    if old is not None and was:
        del rows[_index_in(rows, old, key)]
    if now:
        bisect.insort_right(rows, new, key=key)


def _index_in(rows: list[RecordRow], row: RecordRow, key: Callable[[RecordRow], Any]) -> int:
    """The index of ``row`` (by id) in ``rows`` sorted by ``key``: bisect, then step over ties.

    Raises IndexError if it is not there.
    """
    i = bisect.bisect_left(rows, key(row), key=key)
    record_id = row.id
    while rows[i].id != record_id:
        i += 1
        if key(rows[i]) != key(row):
            raise IndexError(record_id)
    return i


# -- date formatting shared by the register views -----------------------------------------


def _locale_date_format() -> str:
    from PySide6.QtCore import QLocale

    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no language set: ISO dates, not "1 01 2024"
        return "yyyy-MM-dd"
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def _long_year(fmt: str | None) -> str:
    """A short date format with a four-digit year (unambiguous in every country)."""
    fmt = fmt or "yyyy-MM-dd"
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_format() -> str:
    return _long_year(_locale_date_format())


def format_date(value: date, fmt: str | None = None) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(QDate(value.year, value.month, value.day), fmt or date_format())


def format_datetime(value: datetime, fmt: str | None = None) -> str:
    """A UTC (or naive UTC) time in the user's local time zone and locale."""
    from PySide6.QtCore import QLocale

    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    local = aware.astimezone()
    qdt = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    loc = QLocale()
    time_fmt = (
        "HH:mm"
        if loc.language() == QLocale.Language.C
        else loc.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return loc.toString(qdt, f"{fmt or date_format()} {time_fmt}")
