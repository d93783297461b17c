"""The save-state indicator of the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from govkit.ui.save_state import SaveState


class SaveIndicator(QLabel):
    """Says in words whether the vault file holds every change (colour is only a second cue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setMargin(2)
        self._state = SaveState.SAVED
        self._detail = ""
        self.set_state(SaveState.SAVED)

    @property
    def state(self) -> SaveState:
        return self._state

    def set_state(self, state: SaveState, detail: str = "") -> None:
        self._state = state
        self._detail = detail
        if state is SaveState.SAVED:
            text, colour = self.tr("✓ All changes saved"), "#1d6b2f"
        elif state is SaveState.SAVING:
            text, colour = self.tr("Saving…"), ""
        elif state is SaveState.PENDING:
            text, colour = self.tr("Unsaved changes"), ""
        else:
            reason = detail or self.tr("unknown reason")
            text, colour = self.tr("⚠ Not saved: {reason}").format(reason=reason), "#9b1c1c"
        self.setText(text)
        self.setToolTip(detail if state is SaveState.FAILED else "")
        self.setStyleSheet(
            f"QLabel#saveIndicator {{ color: {colour}; font-weight: bold; }}" if colour else ""
        )
        self.setAccessibleName(self.tr("Save state: {text}").format(text=text))
