"""The register table model: columns, roles, filtering, sorting and single-row updates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from govkit.domain.completeness import Completeness
from govkit.domain.enums import ActivityStatus
from govkit.services.registers import RecordRow
from govkit.ui.models import register_model
from govkit.ui.models.register_model import (
    ID_ROLE,
    OBJECT_ROLE,
    PERCENT_ROLE,
    SORT_ROLE,
    Col,
    RegisterTableModel,
    RowFilter,
    apply_filter,
    format_date,
)

TODAY = date(2026, 6, 1)


def make_row(
    n: int,
    *,
    name: str = "",
    reference: str = "",
    department: str = "Housing",
    status: ActivityStatus = ActivityStatus.ACTIVE,
    legal: tuple[str, ...] = (),
    review: date | None = None,
    archived: bool = False,
    missing: int = 0,
    text: str = "",
) -> RecordRow:
    name = name or f"Activity {n}"
    return RecordRow(
        id=f"id{n}",
        reference=reference or f"CR-{n}",
        name=name,
        department=department,
        status=status,
        legal_bases=legal,
        next_review=review,
        updated_at=datetime(2026, 1, 1, 12, 0, tzinfo=UTC).replace(minute=n % 60),
        archived=archived,
        completeness=Completeness(tuple(f"item {i}" for i in range(missing)), 10),
        search_text=f"{name} {reference} {department} {text}".casefold(),
    )


@pytest.fixture
def model(qapp: object) -> RegisterTableModel:
    m = RegisterTableModel(today=lambda: TODAY)
    m.set_rows(
        [
            make_row(
                1,
                name="Parking permits",
                department="Parking and mobility",
                legal=("Art. 6(1)(e) Public task",),
                review=date(2026, 1, 1),
                missing=2,
                text='[{"name": "permit printing company"}]',
            ),
            make_row(
                2,
                name="Library loans",
                department="Library",
                status=ActivityStatus.DRAFT,
                legal=("Art. 6(1)(b) Contract",),
            ),
            make_row(
                10,
                name="CCTV at the town hall",
                department="Public safety and CCTV",
                review=date(2027, 5, 1),
                missing=5,
            ),
            make_row(
                3,
                name="Old payroll",
                department="Human resources",
                archived=True,
                status=ActivityStatus.RETIRED,
            ),
        ]
    )
    return m


def names(model: RegisterTableModel) -> list[str]:
    return [model.index(r, Col.NAME).data() for r in range(model.rowCount())]


def test_named_columns_and_roles(model: RegisterTableModel) -> None:
    assert model.columnCount() == len(Col) == 12
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Col]
    assert headers == [
        "Reference",
        "Name",
        "Department",
        "Status",
        "Complete",
        "Next review",
        "Legal basis",
        "Updated",
        "DPIA",
        "Phase",
        "Risk tier",
        "Open duties",
    ]
    index = model.index(model.row_of("id1"), Col.NAME)
    row = index.data(OBJECT_ROLE)
    assert isinstance(row, RecordRow) and row.id == "id1"
    assert index.data(ID_ROLE) == "id1"
    assert model.index(index.row(), Col.REFERENCE).data(SORT_ROLE) == (False, ("cr-", 1, ""))
    assert model.index(index.row(), Col.LEGAL_BASIS).data() == "Art. 6(1)(e) Public task"
    dpia = model.index(index.row(), Col.DPIA)
    assert dpia.data() == "Not screened" and "needs a DPIA" in dpia.data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_completeness_column_has_percent_tooltip_and_bar_value(model: RegisterTableModel) -> None:
    n = model.row_of("id1")
    cell = model.index(n, Col.COMPLETENESS)
    assert cell.data() == "80 %"
    assert cell.data(PERCENT_ROLE) == 80
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Still missing: item 0, item 1"
    full = model.index(model.row_of("id2"), Col.COMPLETENESS)
    assert full.data(Qt.ItemDataRole.ToolTipRole) == "All Art. 30 items are filled in."


def test_overdue_review_is_highlighted_in_words_and_colour(model: RegisterTableModel) -> None:
    overdue = model.index(model.row_of("id1"), Col.NEXT_REVIEW)
    when = format_date(date(2026, 1, 1))
    assert overdue.data() == f"⚠ {when}"
    assert overdue.data(Qt.ItemDataRole.AccessibleTextRole) == f"{when}, overdue"
    assert "Overdue" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    future = model.index(model.row_of("id10"), Col.NEXT_REVIEW)
    assert (
        future.data()
        == future.data(Qt.ItemDataRole.AccessibleTextRole)
        == format_date(date(2027, 5, 1))
    )
    assert future.data(Qt.ItemDataRole.ForegroundRole) is None


def test_archived_rows_hidden_until_asked_for(model: RegisterTableModel) -> None:
    assert "Old payroll" not in names(model)
    model.set_filter(RowFilter(show_archived=True))
    assert "Old payroll" in names(model)
    assert model.index(model.row_of("id3"), Col.STATUS).data() == "Retired (archived)"


def test_each_filter(model: RegisterTableModel) -> None:
    model.set_filter(RowFilter(department="Library"))
    assert names(model) == ["Library loans"]
    model.set_filter(RowFilter(status=ActivityStatus.ACTIVE))
    assert sorted(names(model)) == ["CCTV at the town hall", "Parking permits"]
    model.set_filter(RowFilter(legal_basis="Art. 6(1)(b) Contract"))
    assert names(model) == ["Library loans"]
    model.set_filter(RowFilter(status=ActivityStatus.RETIRED, show_archived=True))
    assert names(model) == ["Old payroll"]
    model.set_filter(RowFilter())
    assert model.rowCount() == 3


def test_search_matches_any_field_and_every_word(model: RegisterTableModel) -> None:
    model.set_filter(RowFilter(text="PRINTING"))
    assert names(model) == ["Parking permits"]
    model.set_filter(RowFilter(text="town   cctv"))
    assert names(model) == ["CCTV at the town hall"]
    model.set_filter(RowFilter(text="town library"))
    assert names(model) == []


def test_typing_narrows_then_widening_searches_everything_again(model: RegisterTableModel) -> None:
    for text in ("l", "li", "lib"):
        model.set_filter(RowFilter(text=text))
    assert names(model) == ["Library loans"]
    model.set_filter(RowFilter(text="l"))  # backspace: not a narrowing, full search again
    assert set(names(model)) == {"Library loans", "Parking permits", "CCTV at the town hall"}


def test_sort_by_each_column(model: RegisterTableModel) -> None:
    model.sort(Col.REFERENCE)
    assert [model.index(r, Col.REFERENCE).data() for r in range(3)] == ["CR-1", "CR-2", "CR-10"]
    model.sort(Col.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, Col.REFERENCE).data() for r in range(3)] == ["CR-10", "CR-2", "CR-1"]
    model.sort(Col.NAME)
    assert names(model) == ["CCTV at the town hall", "Library loans", "Parking permits"]
    model.sort(Col.COMPLETENESS)
    assert names(model)[0] == "CCTV at the town hall"
    model.sort(Col.NEXT_REVIEW)
    assert names(model) == ["Parking permits", "CCTV at the town hall", "Library loans"]
    model.sort(Col.STATUS)
    assert names(model)[0] == "Library loans"  # draft before active
    for col in Col:
        model.sort(col)
        keys = [model.index(r, col).data(SORT_ROLE) for r in range(model.rowCount())]
        assert keys == sorted(keys), col


def test_filter_keeps_sort_order(model: RegisterTableModel) -> None:
    model.sort(Col.NAME, Qt.SortOrder.DescendingOrder)
    model.set_filter(RowFilter(text="a"))
    assert names(model) == sorted(names(model), reverse=True)


def test_upsert_and_remove_keep_selection_on_the_same_record(model: RegisterTableModel) -> None:
    model.sort(Col.NAME)
    tracked = QPersistentModelIndex(model.index(model.row_of("id2"), Col.NAME))
    model.upsert_row(make_row(4, name="Allotment gardens"))  # sorts before "Library loans"
    assert names(model)[0] == "Allotment gardens"
    assert tracked.isValid() and tracked.data() == "Library loans"
    model.upsert_row(make_row(2, name="Library loans and fines", department="Library"))
    assert tracked.data() == "Library loans and fines"
    model.upsert_row(make_row(1, name="Zoo tickets"))  # moves to the end
    assert names(model)[-1] == "Zoo tickets"
    assert tracked.data() == "Library loans and fines"
    model.remove_row("id4")
    assert "Allotment gardens" not in names(model)
    assert tracked.data() == "Library loans and fines"
    model.remove_row("id2")
    assert not tracked.isValid()
    assert model.total == 3


def test_upsert_of_a_row_that_no_longer_matches_hides_it(model: RegisterTableModel) -> None:
    model.set_filter(RowFilter(department="Library"))
    model.upsert_row(make_row(2, name="Library loans", department="Culture and sport"))
    assert model.rowCount() == 0
    model.upsert_row(make_row(2, name="Library loans", department="Library"))
    assert names(model) == ["Library loans"]


def test_apply_filter_is_plain_python() -> None:
    rows = [make_row(n) for n in range(5)]
    assert apply_filter(rows, RowFilter(text="activity 3")) == [rows[3]]
    assert apply_filter(rows, RowFilter()) == rows


def test_a_long_search_runs_in_slices_and_a_new_keystroke_replaces_it(
    model: RegisterTableModel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_model, "SLICE_SECONDS", 0.0)  # one chunk per slice
    monkeypatch.setattr(register_model, "SEARCH_CHUNK", 1)
    before = names(model)
    with qtbot.waitSignal(model.searchingChanged, check_params_cb=lambda running: running):
        model.set_filter(RowFilter(text="town"))
    assert model.searching
    assert model.filter.text == "town"
    assert names(model) == before  # the view changes once, when the result is complete
    model.set_filter(RowFilter(text="library"))  # typed on: replaces the running search
    qtbot.waitUntil(lambda: not model.searching)
    assert names(model) == ["Library loans"]
    model.set_filter(RowFilter(text="lib"))
    model.finish_search()
    assert names(model) == ["Library loans"]


def test_a_filter_choice_is_applied_in_slices_too(
    model: RegisterTableModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_model, "SLICE_SECONDS", 0.0)
    monkeypatch.setattr(register_model, "SEARCH_CHUNK", 1)
    model.set_filter(RowFilter(department="Library"))
    assert model.searching
    model.finish_search()
    assert names(model) == ["Library loans"]
    model.set_filter(RowFilter(department="Library", text="loans"))
    model.finish_search()
    assert names(model) == ["Library loans"]
    model.upsert_row(make_row(8, name="Reading room", department="Library"))
    model.set_filter(RowFilter(department="Library"))
    model.finish_search()
    assert sorted(names(model)) == ["Library loans", "Reading room"]


def test_changes_during_a_search_are_not_lost(
    model: RegisterTableModel, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_model, "SLICE_SECONDS", 0.0)
    monkeypatch.setattr(register_model, "SEARCH_CHUNK", 1)
    model.set_filter(RowFilter(text="loans"))
    assert model.searching
    model.upsert_row(make_row(7, name="Book loans", department="Library"))
    model.remove_row("id2")
    model.finish_search()
    assert names(model) == ["Book loans"]


def test_reset_and_empty_model(qapp: object) -> None:
    m = RegisterTableModel()
    assert m.rowCount() == 0 and m.total == 0
    assert m.data(QModelIndex()) is None
    m.set_rows([make_row(1)])
    assert m.rowCount() == 1 and m.visible_ids() == ["id1"]
    m.set_rows([])
    assert m.rowCount() == 0
