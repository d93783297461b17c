"""The CNIL method's risk map: severity (vertical) against likelihood (horizontal), 1 to 4.

Each risk appears as a numbered marker where it stood before its measures (hollow) and where it
stands after them (filled), an arrow leading from one to the other. A legend beside it lists the
numbers with the risk titles; a risk whose levels are not (all) recorded is listed as "not
assessed" and drawn only where it is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from govkit.domain.assessment_parts import Risk
from govkit.exports.pdf_fonts import BOLD, REGULAR
from govkit.i18n import N_, _

LEVELS = 4
# CNIL, "PIA – Knowledge bases" (2018): the same four words for both scales.
LEVEL_LABELS = (N_("Negligible"), N_("Limited"), N_("Significant"), N_("Maximum"))

# Cells from green (negligible severity and likelihood) to red (maximum both), by their sum.
_SHADES = {
    2: "#cfe8cf",
    3: "#dcedc8",
    4: "#f2f0c2",
    5: "#fbe3b5",
    6: "#f8cfa9",
    7: "#f2b3a6",
    8: "#ea9a92",
}
NAVY = colors.HexColor("#1f3a5f")
GREY = colors.HexColor("#555555")
GRID = colors.HexColor("#ffffff")

CELL = 24.0 * 2.834645669  # 24 mm in points
AXIS_LABELS = 88.0  # room left of the grid for the severity labels
AXIS_BOTTOM = 46.0  # room under the grid for the likelihood labels
MARKER = 6.5  # radius


@dataclass(frozen=True)
class Placed:
    number: int
    before: tuple[int, int] | None  # (severity, likelihood)
    after: tuple[int, int] | None

    @property
    def assessed(self) -> bool:
        return self.before is not None and self.after is not None


def _level(value: int | None) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= LEVELS else None


def _point(severity: int | None, likelihood: int | None) -> tuple[int, int] | None:
    s, lk = _level(severity), _level(likelihood)
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
class LegendLine:
    number: int
    title: str
    before: str  # "Severity 3 Significant" and "Likelihood 2 Limited" on two lines, or
    # "not assessed"
    after: str
    assessed: bool  # both positions are known


def _position(severity: int | None, likelihood: int | None) -> str:
    if _point(severity, likelihood) is None:
        return _("not assessed")
    return _("Severity {s}\nLikelihood {l}").format(
        s=level_label(severity), l=level_label(likelihood)
    )


def legend(risks: Sequence[Risk]) -> list[LegendLine]:
    """The legend's lines: number, title, and where the risk stands before and after."""
    return [
        LegendLine(
            item.number,
            risk.title.strip() or _("(untitled risk)"),
            _position(risk.severity_before, risk.likelihood_before),
            _position(risk.severity_after, risk.likelihood_after),
            item.assessed,
        )
        for item, risk in zip(place(risks), risks, strict=True)
    ]


def level_label(value: int | None) -> str:
    """``3 Significant``; "not assessed" for a missing level."""
    level = _level(value)
    return f"{level} {_(LEVEL_LABELS[level - 1])}" if level else _("not assessed")


class RiskMap(Flowable):
    """The 4 × 4 map with every risk's markers and arrows (no legend: see ``assessment_pdf``)."""

    def __init__(self, risks: Sequence[Risk]) -> None:
        super().__init__()
        self.placed = place(risks)
        self.hAlign = "CENTER"
        self.width = AXIS_LABELS + LEVELS * CELL + 8
        self.height = AXIS_BOTTOM + LEVELS * CELL + 8

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _cell_origin(self, severity: int, likelihood: int) -> tuple[float, float]:
        return AXIS_LABELS + (likelihood - 1) * CELL, AXIS_BOTTOM + (severity - 1) * CELL

    def draw(self) -> None:
        self._grid()
        self._axes()
        spots = self._spots()
        canvas = self.canv
        for item in self.placed:
            if item.before and item.after and item.before != item.after:
                self._arrow(spots[(item.number, "before")], spots[(item.number, "after")])
        for (number, when), (x, y) in spots.items():
            filled = when == "after"
            canvas.setLineWidth(1.2)
            canvas.setStrokeColor(NAVY)
            canvas.setFillColor(NAVY if filled else colors.white)
            canvas.circle(x, y, MARKER, stroke=1, fill=1)
            canvas.setFillColor(colors.white if filled else NAVY)
            canvas.setFont(BOLD, 7.5)
            canvas.drawCentredString(x, y - 2.7, str(number))

    def _grid(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(1.5)
        for severity in range(1, LEVELS + 1):
            for likelihood in range(1, LEVELS + 1):
                x, y = self._cell_origin(severity, likelihood)
                canvas.setFillColor(colors.HexColor(_SHADES[severity + likelihood]))
                canvas.rect(x, y, CELL, CELL, stroke=1, fill=1)

    def _axes(self) -> None:
        canvas = self.canv
        canvas.setFillColor(GREY)
        for level in range(1, LEVELS + 1):
            x, y = self._cell_origin(level, 1)
            canvas.setFont(BOLD, 8)
            canvas.drawRightString(AXIS_LABELS - 6, y + CELL / 2 + 1, str(level))
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(AXIS_LABELS - 6, y + CELL / 2 - 9, _(LEVEL_LABELS[level - 1]))
            x, _y = self._cell_origin(1, level)
            canvas.setFont(BOLD, 8)
            canvas.drawCentredString(x + CELL / 2, AXIS_BOTTOM - 12, str(level))
            canvas.setFont(REGULAR, 7.5)
            canvas.drawCentredString(x + CELL / 2, AXIS_BOTTOM - 22, _(LEVEL_LABELS[level - 1]))
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 8.5)
        canvas.drawCentredString(
            AXIS_LABELS + LEVELS * CELL / 2, AXIS_BOTTOM - 38, _("Likelihood →")
        )
        canvas.saveState()
        canvas.translate(12, AXIS_BOTTOM + LEVELS * CELL / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, _("Severity →"))
        canvas.restoreState()

    def _spots(self) -> dict[tuple[int, str], tuple[float, float]]:
        """Where each marker goes: markers sharing a cell are spread over a 3 × 3 pattern."""
        by_cell: dict[tuple[int, int], list[tuple[int, str]]] = {}
        for item in self.placed:
            for when, cell in (("before", item.before), ("after", item.after)):
                if cell is not None:
                    by_cell.setdefault(cell, []).append((item.number, when))
        spots: dict[tuple[int, str], tuple[float, float]] = {}
        step = CELL / 3.4
        for (severity, likelihood), markers in by_cell.items():
            x0, y0 = self._cell_origin(severity, likelihood)
            cx, cy = x0 + CELL / 2, y0 + CELL / 2
            if len(markers) == 1:
                spots[markers[0]] = (cx, cy)
                continue
            columns = 2 if len(markers) <= 4 else 3
            rows = -(-len(markers) // columns)
            for index, marker in enumerate(markers):
                row, column = divmod(index, columns)
                dx = (column - (columns - 1) / 2) * step * (1.25 if columns == 2 else 1)
                dy = ((rows - 1) / 2 - row) * step * (1.25 if rows == 2 else 1)
                if rows > 3:  # more than nine markers in a cell: overlap rather than overflow
                    dy *= 3 / rows
                spots[marker] = (cx + dx, cy + dy)
        return spots

    def _arrow(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        canvas = self.canv
        (x1, y1), (x2, y2) = start, end
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        if length <= 2 * MARKER + 4:
            return
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        sx, sy = x1 + ux * (MARKER + 1), y1 + uy * (MARKER + 1)
        ex, ey = x2 - ux * (MARKER + 1.5), y2 - uy * (MARKER + 1.5)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1)
        canvas.line(sx, sy, ex - ux * 5, ey - uy * 5)
        head = canvas.beginPath()
        head.moveTo(ex, ey)
        head.lineTo(ex - ux * 6 - uy * 3.2, ey - uy * 6 + ux * 3.2)
        head.lineTo(ex - ux * 6 + uy * 3.2, ey - uy * 6 - ux * 3.2)
        head.close()
        canvas.setFillColor(NAVY)
        canvas.drawPath(head, stroke=0, fill=1)


__all__ = [
    "LEVELS",
    "LEVEL_LABELS",
    "LegendLine",
    "Placed",
    "RiskMap",
    "legend",
    "level_label",
    "place",
]
