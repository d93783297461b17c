"""The risk map in the window: the 4 × 4 severity/likelihood grid with each risk's move.

It draws the layout of ``govkit.domain.risk_levels`` (the PDF's map draws the same one): a
hollow numbered marker where a risk stood before its measures, a filled one where it stands
after them and an arrow between the two. The legend goes beside the grid when there is room and
under it otherwise; the grid keeps square cells at any size. Screen readers get the map in
words as the widget's accessible description (one sentence per risk).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from govkit.domain.assessment_parts import Risk
from govkit.domain.risk_levels import (
    LEVEL_LABELS,
    LEVELS,
    Cell,
    When,
    cell_shade,
    describe_map,
    place,
    risk_title,
    spots,
)
from govkit.i18n import _

NAVY = QColor("#1f3a5f")
GREY = QColor("#444444")
LEGEND_MIN_WIDTH = 190.0  # the legend goes beside the grid when it gets at least this much
MARGIN = 8.0


@dataclass(frozen=True)
class Marker:
    """One marker as drawn: which risk, before or after, its cell and its centre."""

    number: int
    when: When
    cell: Cell  # (severity, likelihood)
    centre: QPointF


class RiskMapWidget(QWidget):
    """Paints the map of ``risks``; call :meth:`set_risks` when they change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.risks: list[Risk] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 170)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it with Tab
        self.setAccessibleName(self.tr("Risk map"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._update_description()

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def set_risks(self, risks: Sequence[Risk]) -> None:
        self.risks = list(risks)
        self._update_description()
        self.update()

    def description(self) -> str:
        return describe_map(self.risks)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())

    # -- geometry -----------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        bold = QFont(self.font())
        bold.setBold(True)
        return small, bold

    def layout_rects(self) -> tuple[QRectF, QRectF]:
        """The grid's rectangle (square cells) and the legend's, for the current size."""
        width, height = float(self.width()), float(self.height())
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        left = max(metrics.horizontalAdvance(_(label)) for label in LEVEL_LABELS) + line * 2.4
        bottom = line * 3.4
        legend_lines = 3 + 1.5 * len(self.risks)  # heading, key, titles (some on 2 lines)
        legend_height = line * 1.35 * legend_lines + MARGIN
        room_h = height - bottom - MARGIN * 2
        # Beside: the grid's side is limited by the height and by the legend's width; below:
        # by the width and by the legend's height. The larger grid wins.
        side_beside = min(room_h, width - left - LEGEND_MIN_WIDTH - MARGIN * 3)
        side_below = min(width - left - MARGIN * 2, room_h - legend_height)
        beside = side_beside >= side_below
        side = max(side_beside if beside else side_below, LEVELS * 24.0)
        grid = QRectF(left + MARGIN, MARGIN, side, side)
        if beside:
            legend = QRectF(
                grid.right() + MARGIN * 3, MARGIN, width - grid.right() - MARGIN * 4, height
            )
        else:
            top = grid.bottom() + bottom
            legend = QRectF(MARGIN, top, width - MARGIN * 2, max(height - top, 0.0))
        return grid, legend

    def cell_rect(self, severity: int, likelihood: int) -> QRectF:
        grid, _legend = self.layout_rects()
        cell = grid.width() / LEVELS
        return QRectF(
            grid.left() + (likelihood - 1) * cell,
            grid.top() + (LEVELS - severity) * cell,
            cell,
            cell,
        )

    def markers(self) -> list[Marker]:
        """Every marker with its cell and centre, as painted."""
        out = []
        for spot in spots(place(self.risks)):
            rect = self.cell_rect(*spot.cell)
            centre = QPointF(
                rect.center().x() + spot.dx * rect.width(),
                rect.center().y() - spot.dy * rect.height(),
            )
            out.append(Marker(spot.number, spot.when, spot.cell, centre))
        return out

    def marker_at(self, number: int, when: When) -> Marker | None:
        return next((m for m in self.markers() if m.number == number and m.when == when), None)

    def _radius(self) -> float:
        grid, _legend = self.layout_rects()
        cell = grid.width() / LEVELS
        return max(7.0, min(13.0, cell / 8))

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            grid, legend = self.layout_rects()
            self._paint_grid(painter, grid)
            self._paint_markers(painter)
            self._paint_legend(painter, legend)
            if self.hasFocus():
                pen = QPen(self.palette().highlight().color(), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    def _paint_grid(self, painter: QPainter, grid: QRectF) -> None:
        small, bold = self._fonts()
        painter.setPen(QPen(QColor("#ffffff"), 2))
        for severity in range(1, LEVELS + 1):
            for likelihood in range(1, LEVELS + 1):
                painter.setBrush(QColor(cell_shade(severity, likelihood)))
                painter.drawRect(self.cell_rect(severity, likelihood))
        metrics = QFontMetricsF(small)
        line = metrics.height()
        painter.setPen(GREY)
        for level in range(1, LEVELS + 1):
            row = self.cell_rect(level, 1)
            label_box = QRectF(0, row.top(), row.left() - 6, row.height())
            painter.setFont(bold)
            painter.drawText(
                label_box.adjusted(0, 0, 0, -line / 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
            painter.setFont(small)
            painter.drawText(
                label_box.adjusted(0, line, 0, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _(LEVEL_LABELS[level - 1]),
            )
            column = self.cell_rect(1, level)
            painter.setFont(bold)
            painter.drawText(
                QRectF(column.left(), grid.bottom() + 2, column.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                str(level),
            )
            painter.setFont(small)
            word = QFontMetricsF(small).elidedText(
                _(LEVEL_LABELS[level - 1]), Qt.TextElideMode.ElideRight, column.width() + 4
            )
            painter.drawText(
                QRectF(column.left() - 4, grid.bottom() + 2 + line, column.width() + 8, line),
                Qt.AlignmentFlag.AlignCenter,
                word,
            )
        painter.setPen(NAVY)
        painter.setFont(bold)
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 2 + line * 2.1, grid.width(), line),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Likelihood →"),
        )
        painter.save()
        painter.translate(line * 0.7, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -line / 2, grid.height(), line),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Severity →"),
        )
        painter.restore()

    def _paint_markers(self, painter: QPainter) -> None:
        radius = self._radius()
        markers = self.markers()
        by_key = {(m.number, m.when): m for m in markers}
        painter.setPen(QPen(NAVY, 1.6))
        for risk_number in range(1, len(self.risks) + 1):
            start, end = by_key.get((risk_number, "before")), by_key.get((risk_number, "after"))
            if start is not None and end is not None and start.cell != end.cell:
                self._arrow(painter, start.centre, end.centre, radius)
        for marker in markers:
            self._marker(painter, marker.centre, marker.number, marker.when == "after", radius)

    def _marker(
        self, painter: QPainter, centre: QPointF, number: int, filled: bool, radius: float
    ) -> None:
        _small, bold = self._fonts()
        bold.setPointSizeF(max(6.0, radius * 0.9))
        painter.setPen(QPen(NAVY, 1.6))
        painter.setBrush(NAVY if filled else QColor("#ffffff"))
        painter.drawEllipse(centre, radius, radius)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff") if filled else NAVY)
        box = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))

    def _arrow(self, painter: QPainter, start: QPointF, end: QPointF, radius: float) -> None:
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length <= 2 * radius + 4:
            return
        ux, uy = dx / length, dy / length
        s = QPointF(start.x() + ux * (radius + 1), start.y() + uy * (radius + 1))
        e = QPointF(end.x() - ux * (radius + 2), end.y() - uy * (radius + 2))
        head = radius * 0.9
        painter.setPen(QPen(NAVY, 1.6))
        painter.drawLine(s, QPointF(e.x() - ux * head * 0.8, e.y() - uy * head * 0.8))
        path = QPainterPath(e)
        path.lineTo(e.x() - ux * head - uy * head * 0.55, e.y() - uy * head + ux * head * 0.55)
        path.lineTo(e.x() - ux * head + uy * head * 0.55, e.y() - uy * head - ux * head * 0.55)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NAVY)
        painter.drawPath(path)

    def _paint_legend(self, painter: QPainter, legend: QRectF) -> None:
        if legend.width() < 40 or legend.height() < 20:
            return
        small, bold = self._fonts()
        metrics = QFontMetricsF(small)
        line = metrics.height() * 1.35
        radius = min(self._radius(), metrics.height() / 2)
        x, y = legend.left(), legend.top()
        painter.setFont(bold)
        painter.setPen(NAVY)
        painter.drawText(QPointF(x, y + metrics.ascent()), self.tr("Legend"))
        y += line
        key = [(False, self.tr("before the measures")), (True, self.tr("after the measures"))]
        for filled, text in key:
            self._marker(painter, QPointF(x + radius, y + line / 2 - 2), 1, filled, radius)
            painter.setFont(small)
            painter.setPen(GREY)
            room = legend.width() - radius * 2 - 6
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QPointF(x + radius * 2 + 6, y + metrics.ascent()), shown)
            y += line
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        for number, risk in enumerate(self.risks, 1):
            if y + line > legend.bottom() + 1:
                break
            painter.setFont(bold)
            painter.setPen(NAVY)
            painter.drawText(QPointF(x, y + metrics.ascent()), f"{number}")
            painter.setFont(small)
            painter.setPen(GREY)
            # A title wraps onto a second line; a longer one is cut there.
            box = QRectF(x + 20, y, max(legend.width() - 24, 20.0), metrics.height() * 2.05)
            needed = metrics.boundingRect(box, flags, risk_title(risk)).height()
            text = risk_title(risk)
            if needed > box.height():  # longer than two lines: one line, cut
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
                needed = metrics.height()
            painter.drawText(box, flags, text)
            y += max(line, min(needed, box.height()) + line - metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()


__all__ = ["Marker", "RiskMapWidget"]
