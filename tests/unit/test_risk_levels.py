"""The risk map's layout, shared by the PDF and the window (no Qt, no reportlab)."""

from __future__ import annotations

from govkit.domain.assessment_parts import Risk
from govkit.domain.risk_levels import (
    cell_shade,
    describe_map,
    describe_move,
    level_label,
    place,
    spots,
    valid_level,
)


def _risk(title: str, before: tuple[int, int] | None, after: tuple[int, int] | None) -> Risk:
    return Risk(
        id=title,
        title=title,
        severity_before=before[0] if before else None,
        likelihood_before=before[1] if before else None,
        severity_after=after[0] if after else None,
        likelihood_after=after[1] if after else None,
    )


def test_levels_and_labels() -> None:
    assert [valid_level(v) for v in (0, 1, 4, 5, True, "2", None)] == [
        None,
        1,
        4,
        None,
        None,
        None,
        None,
    ]
    assert level_label(3) == "3 Significant"
    assert level_label(None) == "not assessed"
    assert cell_shade(1, 1) != cell_shade(4, 4)


def test_spots_put_each_marker_in_its_cell_and_spread_shared_cells() -> None:
    risks = [_risk("a", (3, 3), (2, 1)), _risk("b", (2, 1), (2, 1)), _risk("c", None, (4, 2))]
    found = {(s.number, s.when): s for s in spots(place(risks))}
    assert found[(1, "before")].cell == (3, 3)
    assert (found[(1, "before")].dx, found[(1, "before")].dy) == (0.0, 0.0)
    assert found[(1, "after")].cell == (2, 1)
    # Three markers share the cell (2, 1): none sits on another, all stay inside the cell.
    shared = [s for s in found.values() if s.cell == (2, 1)]
    assert len(shared) == 3
    assert len({(s.dx, s.dy) for s in shared}) == 3
    assert all(abs(s.dx) < 0.5 and abs(s.dy) < 0.5 for s in shared)
    assert (3, "before") not in found and found[(3, "after")].cell == (4, 2)


def test_moves_in_words() -> None:
    moved = _risk("Illegitimate access", (3, 3), (2, 1))
    assert describe_move(1, moved) == (
        "Risk 1, Illegitimate access: before the measures severity 3 Significant, likelihood "
        "3 Significant; after them severity 2 Limited, likelihood 1 Negligible."
    )
    same = _risk("Loss", (2, 2), (2, 2))
    assert "stays at severity 2 Limited, likelihood 2 Limited" in describe_move(2, same)
    unknown = _risk("New", None, None)
    assert "before the measures not assessed; after them not assessed" in describe_move(3, unknown)
    assert describe_map([moved, same]).count("\n") == 1
    assert "no risks" in describe_map([])
