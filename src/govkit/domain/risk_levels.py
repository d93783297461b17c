"""The CNIL method's risk levels and the risk map's layout, shared by the window and the PDF.

Severity and likelihood go from 1 to 4 with the same four words on both scales. The risk map
puts severity on the vertical axis and likelihood on the horizontal one; each risk has a
numbered marker where it stood before its measures and where it stands after them. This module
says which cell each marker is in, where inside the cell (markers sharing a cell are spread),
how a cell is shaded and how each move reads as text; the PDF (``exports/risk_map.py``) and the
window (``ui/widgets/risk_map.py``) only draw it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from govkit.domain.assessment_parts import Risk
from govkit.i18n import N_, _

LEVELS = 4
# CNIL, "PIA – Knowledge bases" (2018): the same four words for both scales.
LEVEL_LABELS = (N_("Negligible"), N_("Limited"), N_("Significant"), N_("Maximum"))

# Cells from green (negligible severity and likelihood) to red (maximum both), by their sum.
SHADES = {
    2: "#cfe8cf",
    3: "#dcedc8",
    4: "#f2f0c2",
    5: "#fbe3b5",
    6: "#f8cfa9",
    7: "#f2b3a6",
    8: "#ea9a92",
}

When = Literal["before", "after"]
Cell = tuple[int, int]  # (severity, likelihood)


def cell_shade(severity: int, likelihood: int) -> str:
    """The colour (``#rrggbb``) of a cell of the map."""
    return SHADES[severity + likelihood]


@dataclass(frozen=True)
class Placed:
    number: int
    before: Cell | None  # (severity, likelihood)
    after: Cell | None

    @property
    def assessed(self) -> bool:
        return self.before is not None and self.after is not None


def valid_level(value: object) -> int | None:
    """The level if it is one of 1-4, else None."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 1 <= value <= LEVELS else None


def _point(severity: int | None, likelihood: int | None) -> Cell | None:
    s, lk = valid_level(severity), valid_level(likelihood)
    return (s, lk) if s is not None and lk is not None else None


def place(risks: Sequence[Risk]) -> list[Placed]:
    """The risks numbered from 1 in their order, with the cells they stand in."""
    return [
        Placed(
            number,
            _point(r.severity_before, r.likelihood_before),
            _point(r.severity_after, r.likelihood_after),
        )
        for number, r in enumerate(risks, 1)
    ]


@dataclass(frozen=True)
class Spot:
    """Where one marker goes: its cell, and its offset from the cell's centre in cell widths
    (``dx`` to the right, ``dy`` upwards)."""

    number: int
    when: When
    cell: Cell
    dx: float
    dy: float


SPREAD_STEP = 1 / 3.4  # distance between markers sharing a cell, in cell widths


def spots(placed: Sequence[Placed]) -> list[Spot]:
    """Every marker of the map; markers sharing a cell are spread over a 2 × 2 or 3 × 3
    pattern (more than nine in one cell overlap rather than overflow)."""
    by_cell: dict[Cell, list[tuple[int, When]]] = {}
    for item in placed:
        for when, cell in (("before", item.before), ("after", item.after)):
            if cell is not None:
                by_cell.setdefault(cell, []).append((item.number, when))  # type: ignore[arg-type]
    out: list[Spot] = []
    for cell, markers in by_cell.items():
        if len(markers) == 1:
            number, when = markers[0]
            out.append(Spot(number, when, cell, 0.0, 0.0))
            continue
        columns = 2 if len(markers) <= 4 else 3
        rows = -(-len(markers) // columns)
        for index, (number, when) in enumerate(markers):
            row, column = divmod(index, columns)
            dx = (column - (columns - 1) / 2) * SPREAD_STEP * (1.25 if columns == 2 else 1)
            dy = ((rows - 1) / 2 - row) * SPREAD_STEP * (1.25 if rows == 2 else 1)
            if rows > 3:
                dy *= 3 / rows
            out.append(Spot(number, when, cell, dx, dy))
    return out


@dataclass(frozen=True)
class LegendLine:
    number: int
    title: str
    before: str  # "Severity 3 Significant" and "Likelihood 2 Limited" on two lines, or
    # "not assessed"
    after: str
    assessed: bool  # both positions are known


def level_label(value: int | None) -> str:
    """``3 Significant``; "not assessed" for a missing level."""
    level = valid_level(value)
    return f"{level} {_(LEVEL_LABELS[level - 1])}" if level else _("not assessed")


def _position(severity: int | None, likelihood: int | None) -> str:
    if _point(severity, likelihood) is None:
        return _("not assessed")
    return _("Severity {s}\nLikelihood {l}").format(
        s=level_label(severity), l=level_label(likelihood)
    )


def risk_title(risk: Risk) -> str:
    return risk.title.strip() or _("(untitled risk)")


def legend(risks: Sequence[Risk]) -> list[LegendLine]:
    """The legend's lines: number, title, and where the risk stands before and after."""
    return [
        LegendLine(
            item.number,
            risk_title(risk),
            _position(risk.severity_before, risk.likelihood_before),
            _position(risk.severity_after, risk.likelihood_after),
            item.assessed,
        )
        for item, risk in zip(place(risks), risks, strict=True)
    ]


def describe_move(number: int, risk: Risk) -> str:
    """One risk's move in words, for readers who cannot see the map."""
    title = risk_title(risk)
    before = _point(risk.severity_before, risk.likelihood_before)
    after = _point(risk.severity_after, risk.likelihood_after)

    def where(cell: Cell | None) -> str:
        if cell is None:
            return _("not assessed")
        return _("severity {s}, likelihood {l}").format(
            s=level_label(cell[0]), l=level_label(cell[1])
        )

    if before is not None and before == after:
        return _("Risk {n}, {title}: stays at {where} after the measures.").format(
            n=number, title=title, where=where(before)
        )
    return _("Risk {n}, {title}: before the measures {before}; after them {after}.").format(
        n=number, title=title, before=where(before), after=where(after)
    )


def describe_map(risks: Sequence[Risk]) -> str:
    """The whole map in words: one sentence per risk."""
    if not risks:
        return _("The map is empty: this assessment has no risks yet.")
    return "\n".join(describe_move(n, r) for n, r in enumerate(risks, 1))


__all__ = [
    "LEVELS",
    "LEVEL_LABELS",
    "SHADES",
    "LegendLine",
    "Placed",
    "Spot",
    "cell_shade",
    "describe_map",
    "describe_move",
    "legend",
    "level_label",
    "place",
    "risk_title",
    "spots",
    "valid_level",
]
