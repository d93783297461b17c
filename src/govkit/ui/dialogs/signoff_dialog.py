"""Signing off an assessment under review: approving it (name, role, next review date) or
rejecting it (name, role, reason, requested changes).

The dialog only collects and checks what is typed; the page calls the service once the dialog
is accepted. It refuses to close while something required is missing, and says what.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from govkit.ui.widgets.form import ERROR_COLOUR


class SignOffDialog(QDialog):
    """``approve=True``: approval; else rejection. Read :meth:`values` after ``accepted``."""

    def __init__(
        self,
        *,
        approve: bool,
        assessment_label: str,
        name: str = "",
        role: str = "",
        next_review: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.approve = approve
        self.setWindowTitle(
            self.tr("Approve the assessment") if approve else self.tr("Reject the assessment")
        )
        self.setModal(True)
        self.setMinimumWidth(460)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        if approve:
            intro.setText(
                self.tr(
                    "You sign off “{assessment}”. Your name, role and the time are recorded with "
                    "a fingerprint of its content; the approved version cannot be changed "
                    "afterwards."
                ).format(assessment=assessment_label)
            )
        else:
            intro.setText(
                self.tr(
                    "You reject “{assessment}”. Say why and what should change: the owner can "
                    "then rework it and submit it again."
                ).format(assessment=assessment_label)
            )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(self.tr("Name of the person signing"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.role_edit = QLineEdit(role, self)
        self.role_edit.setAccessibleName(self.tr("Role of the person signing"))
        self.role_edit.setPlaceholderText(self.tr("e.g. Data protection officer"))
        form.addRow(self.tr("&Role:"), self.role_edit)

        self.review_edit = QDateEdit(self)
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("yyyy-MM-dd")
        self.review_edit.setAccessibleName(self.tr("Next review date"))
        self.no_review_box = QCheckBox(self.tr("No review date"), self)
        self.no_review_box.setAccessibleName(self.tr("No review date"))
        self.no_review_box.toggled.connect(self.review_edit.setDisabled)
        when = next_review or date.today().replace(year=date.today().year + 1)
        self.review_edit.setDate(QDate(when.year, when.month, when.day))
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_edit, 1)
        review_row.addWidget(self.no_review_box)

        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for the rejection"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.changes_edit = QPlainTextEdit(self)
        self.changes_edit.setTabChangesFocus(True)
        self.changes_edit.setAccessibleName(self.tr("Changes requested"))
        self.changes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        if approve:
            form.addRow(self.tr("Next re&view:"), review_row)
            self.reason_edit.hide()
            self.changes_edit.hide()
        else:
            form.addRow(self.tr("Re&ason:"), self.reason_edit)
            form.addRow(self.tr("Changes &requested:"), self.changes_edit)
            self.review_edit.hide()
            self.no_review_box.hide()

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Approve") if approve else self.tr("Reject"))
        ok.setAccessibleName(ok.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        (self.role_edit if name and not role else self.name_edit).setFocus()

    def problem(self) -> str | None:
        if not self.name_edit.text().strip() or not self.role_edit.text().strip():
            return self.tr("Enter the name and role of the person signing.")
        if not self.approve and not self.reason_edit.toPlainText().strip():
            return self.tr("Give the reason for the rejection.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()

    def next_review(self) -> date | None:
        if not self.approve or self.no_review_box.isChecked():
            return None
        d = self.review_edit.date()
        return date(d.year(), d.month(), d.day())

    def values(self) -> dict[str, object]:
        """The keyword arguments of ``AssessmentService.approve`` or ``reject``."""
        name = self.name_edit.text().strip()
        role = self.role_edit.text().strip()
        if self.approve:
            return {"name": name, "role": role, "next_review": self.next_review()}
        return {
            "name": name,
            "role": role,
            "reason": self.reason_edit.toPlainText().strip(),
            "requested_changes": self.changes_edit.toPlainText().strip(),
        }
