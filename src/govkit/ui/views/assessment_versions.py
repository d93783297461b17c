"""The versions of an assessment, in the questionnaire editor's header.

Every version of a series stays viewable: the selector lists them newest first, each with its
status and sign-off, and choosing one opens it (an older version read-only: it is the record
of what was assessed then).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from govkit.domain.assessment_enums import AssessmentStatus
from govkit.domain.models import Assessment


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionSelector", text)


def version_text(row: Assessment, newest: bool) -> str:
    """The line of one version: "Version 1 — Approved by Mary Smith on 2018-02-21", with
    " (newest)" on the newest when there are several."""
    status = AssessmentStatus(row.status)
    signed = next((s for s in reversed(row.signoffs) if s.decision == status.value), None)
    if signed is not None:
        state = _tr("{status} by {name} on {date}").format(
            status=status.label, name=signed.name or _tr("someone"), date=signed.at[:10]
        )
    else:
        state = status.label
    text = _tr("Version {n} — {state}").format(n=row.version, state=state)
    return _tr("{version} (newest)").format(version=text) if newest else text


class VersionSelector(QComboBox):
    """Every version of the open assessment's series; ``versionChosen`` asks to show one."""

    versionChosen = Signal(str)  # assessment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_tr("Version"))
        self.setToolTip(_tr("Every version of this assessment; an older one opens read-only"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setMinimumContentsLength(14)
        self._filling = False
        self.newest_id: str | None = None
        self.activated.connect(self._activated)

    def set_versions(self, versions: Sequence[Assessment], current_id: str) -> None:
        """Show ``versions`` (any order), newest first, with ``current_id`` selected."""
        ordered = sorted(versions, key=lambda r: r.version, reverse=True)
        self.newest_id = ordered[0].id if ordered else None
        self._filling = True
        try:
            self.clear()
            for row in ordered:
                newest = row.id == self.newest_id and len(ordered) > 1
                self.addItem(version_text(row, newest), row.id)
            self.setCurrentIndex(max(self.findData(current_id), 0))
        finally:
            self._filling = False
        self.setAccessibleDescription(self.currentText())

    def is_older(self, assessment_id: str | None) -> bool:
        """True for a version that a newer one of its series replaced."""
        return assessment_id is not None and self.newest_id not in (None, assessment_id)

    def _activated(self, index: int) -> None:
        if self._filling:
            return
        chosen = self.itemData(index)
        if isinstance(chosen, str):
            self.versionChosen.emit(chosen)
