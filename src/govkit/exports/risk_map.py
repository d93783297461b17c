"""The CNIL method's risk map: severity (vertical) against likelihood (horizontal), 1 to 4.

Each risk appears as a numbered marker where it stood before its measures (hollow) and where it
stands after them (filled), an arrow leading from one to the other. A legend beside it lists the
numbers with the risk titles; a risk whose levels are not (all) recorded is listed as "not
assessed" and drawn only where it is known. Which cell and where in it each marker goes is
``govkit.domain.risk_levels`` (the window's map draws the same layout).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from govkit.domain.assessment_parts import Risk
from govkit.domain.risk_levels import (
    LEVEL_LABELS,
    LEVELS,
    LegendLine,
    Placed,
    cell_shade,
    legend,
    level_label,
    place,
    spots,
)
from govkit.exports.pdf_fonts import BOLD, REGULAR
from govkit.i18n import _

NAVY = colors.HexColor("#1f3a5f")
GREY = colors.HexColor("#555555")
GRID = colors.HexColor("#ffffff")

CELL = 24.0 * 2.834645669  # 24 mm in points
AXIS_LABELS = 88.0  # room left of the grid for the severity labels
AXIS_BOTTOM = 46.0  # room under the grid for the likelihood labels
MARKER = 6.5  # radius


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
                canvas.setFillColor(colors.HexColor(cell_shade(severity, likelihood)))
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
        """Where each marker goes (the layout is ``risk_levels.spots``)."""
        out: dict[tuple[int, str], tuple[float, float]] = {}
        for spot in spots(self.placed):
            x0, y0 = self._cell_origin(*spot.cell)
            out[(spot.number, spot.when)] = (
                x0 + CELL / 2 + spot.dx * CELL,
                y0 + CELL / 2 + spot.dy * CELL,
            )
        return out

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
