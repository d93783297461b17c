"""How complete a record is: a bar in the register table and a panel in the editor.

The percentage is always written out; the bar and its colour are a second cue only.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.completeness import Completeness
from govkit.ui.models.register_model import PERCENT_ROLE

COMPLETE = QColor("#2e7d32")
PARTIAL = QColor("#b26a00")
LOW = QColor("#b3261e")
TRACK = QColor("#e3e3e3")


def bar_colour(percent: int) -> QColor:
    if percent >= 100:
        return COMPLETE
    if percent >= 60:
        return PARTIAL
    return LOW


class CompletenessDelegate(QStyledItemDelegate):
    """Paints a thin bar under the percentage text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        percent = index.data(PERCENT_ROLE)
        if not isinstance(percent, int):
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        margin = 6
        height = 4
        track = QRect(
            rect.left() + margin,
            rect.bottom() - height - 2,
            max(0, rect.width() - 2 * margin),
            height,
        )
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setBrush(TRACK if not selected else QColor(255, 255, 255, 120))
        painter.drawRect(track)
        done = QRect(track)
        done.setWidth(round(track.width() * min(percent, 100) / 100))
        painter.setBrush(bar_colour(percent))
        painter.drawRect(done)
        painter.restore()


class CompletenessPanel(QWidget):
    """Percentage, bar and the list of Art. 30 items still missing."""

    def __init__(self, parent: QWidget | None = None, *, art30: bool = True) -> None:
        super().__init__(parent)
        self.art30 = art30  # False: the AI systems register (its items are not Art. 30's)
        self.setObjectName("completenessPanel")
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Completeness"))
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(4)
        lay.addWidget(self.title)
        lay.addWidget(self.bar)
        lay.addWidget(self.missing)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QWidget#completenessPanel { background: #f3f6fa; "
            "border: 1px solid #c9d3df; border-radius: 4px; }"
        )

    def show_completeness(self, c: Completeness) -> None:
        text = (
            self.tr("Completeness: {percent} % ({done} of {total} Art. 30 items)")
            if self.art30
            else self.tr("Completeness: {percent} % ({done} of {total} items of the register)")
        )
        self.title.setText(text.format(percent=c.percent, done=c.done, total=c.total))
        self.bar.setValue(c.percent)
        colour = bar_colour(c.percent).name()
        self.bar.setStyleSheet(
            f"QProgressBar {{ background: {TRACK.name()}; border: none; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
        if c.complete:
            self.missing.setText(self.tr("Every item the register needs is filled in."))
        else:
            self.missing.setText(
                self.tr("Still missing: {items}").format(items="; ".join(c.missing))
            )
        self.bar.setAccessibleDescription(self.title.text())
        self.setAccessibleName(self.title.text())
