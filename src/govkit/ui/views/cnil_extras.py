"""What a DPIA imported from the CNIL's PIA software brought that its questionnaire has no
field for, shown in the editor.

- Under each question: the CNIL evaluator's evaluation of it and the comments on it
  (``question_panel``, the questionnaire editor's hook).
- "From the CNIL PIA software…" in the editor's header opens ``ImportedDataDialog``: the file,
  the people and dates, the PIA's status, the DPO's and the people concerned's opinions, every
  evaluation and comment (on questions, sections, risks and measures), answers to questions
  the questionnaire does not have, and the import's notes and warnings.

What the CNIL file held is read from the assessment by ``services.cnil_pia.imported_pia``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govkit.assessments import Definition
from govkit.domain.assessment_enums import SectionVerdict
from govkit.domain.assessment_parts import SectionReview
from govkit.domain.models import Assessment
from govkit.imports.cnil_pia import PiaComment
from govkit.services.cnil_pia import ImportedPia, imported_pia

PANEL_STYLE = (
    "QFrame#cnilPanel { background: #eef4fb; border: 1px solid #b9cde6; border-radius: 4px; }"
)
HEADING_COLOUR = "#1d4a7a"  # 8.3:1 on the panel's background


def _tr(text: str) -> str:
    return QCoreApplication.translate("CnilExtras", text)


def _when(value: str) -> str:
    """An ISO date-time as a date ("2018-02-21"), or the text itself."""
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return value


def _verdict(value: str) -> str:
    try:
        return SectionVerdict(value).label
    except ValueError:
        return value


def _opinion(value: str) -> str:
    labels = {"favourable": _tr("Favourable"), "unfavourable": _tr("Unfavourable")}
    return labels.get(value, value)


def _rich(text: str) -> str:
    """Plain text (with its line breaks) as rich text."""
    return html.escape(text.strip()).replace("\n", "<br>")


def review_text(review: SectionReview) -> str:
    """An evaluation in words: "Improvable (Eric Vincent, 2018-02-20): the comment"."""
    who = ", ".join(p for p in (review.by, _when(review.at)) if p)
    head = _verdict(review.verdict) + (f" ({who})" if who else "")
    return f"{head}: {review.comment.strip()}" if review.comment.strip() else head


def comment_text(comment: PiaComment) -> str:
    when = _when(comment.created_at)
    return f"({when}) {comment.text.strip()}" if when else comment.text.strip()


def question_review(row: Assessment, question_id: str) -> SectionReview | None:
    """The CNIL evaluation of one question (the CNIL evaluates some questions one by one)."""
    return next((r for r in row.reviews if r.section == question_id), None)


class CnilQuestionPanel(QFrame):
    """Under a question: its CNIL evaluation and the comments on it, as written there."""

    def __init__(
        self,
        question_text: str,
        review: SectionReview | None,
        comments: Sequence[PiaComment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cnilPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.review = review
        self.comments = list(comments)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(3)
        heading = QLabel(_tr("From the CNIL PIA software"), self)
        heading.setStyleSheet(f"color: {HEADING_COLOUR}; font-weight: bold;")
        lay.addWidget(heading)
        parts: list[str] = []
        if review is not None:
            parts.append(_tr("Evaluation: {text}").format(text=review_text(review)))
        for comment in self.comments:
            parts.append(_tr("Comment: {text}").format(text=comment_text(comment)))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setText("\n\n".join(parts))
        lay.addWidget(self.text)
        name = _tr("From the CNIL PIA software, on: {question}").format(question=question_text)
        self.setAccessibleName(name)
        self.text.setAccessibleName(name)
        self.text.setAccessibleDescription(self.text.text())


def question_panel(
    row: Assessment, question_id: str, question_text: str, parent: QWidget
) -> CnilQuestionPanel | None:
    """The panel to show under a question, or None when the CNIL said nothing about it."""
    pia = imported_pia(row)
    comments = pia.comments_on(question_id) if pia is not None else []
    review = question_review(row, question_id) if pia is not None else None
    if review is None and not comments:
        return None
    return CnilQuestionPanel(question_text, review, comments, parent)


def target_label(row: Assessment, definition: Definition, target: str, language: str) -> str:
    """What an evaluation or a comment is about, in words."""
    if definition.has_question(target):
        return _tr("Question: {text}").format(text=definition.question(target).text.get(language))
    if any(s.id == target for s in definition.all_sections()):
        return _tr("Section: {title}").format(title=definition.section(target).title.get(language))
    risk = next((r for r in row.risks if r.id == target), None)
    if risk is not None:
        return _tr("Risk: {title}").format(title=risk.title)
    measure = next((m for m in row.measures if m.id == target), None)
    if measure is not None:
        return _tr("Measure: {title}").format(title=measure.title)
    return _tr("CNIL item {reference}").format(reference=target) if target else _tr("The PIA")


def imported_data_html(
    row: Assessment, pia: ImportedPia, definition: Definition, language: str
) -> str:
    """Everything the CNIL file brought, as rich text for ``ImportedDataDialog``."""
    out: list[str] = []

    def heading(text: str) -> None:
        out.append(f"<h3 style='margin: 12px 0 4px 0'>{html.escape(text)}</h3>")

    def facts(pairs: Sequence[tuple[str, str]]) -> None:
        rows = "".join(
            f"<tr><td style='padding: 1px 12px 1px 0'><b>{html.escape(k)}</b></td>"
            f"<td>{_rich(v)}</td></tr>"
            for k, v in pairs
            if v.strip()
        )
        if rows:
            out.append(f"<table>{rows}</table>")

    def items(entries: Sequence[tuple[str, str]]) -> None:
        """(what it is about, text) as a list."""
        out.append(
            "<ul style='margin-top: 0'>"
            + "".join(
                f"<li><b>{html.escape(about)}</b><br>{_rich(text)}</li>" for about, text in entries
            )
            + "</ul>"
        )

    heading(_tr("The PIA file"))
    facts(
        [
            (_tr("File"), pia.file),
            (_tr("Category"), pia.category),
            (_tr("Author"), pia.author),
            (_tr("Evaluator"), pia.evaluator),
            (_tr("Validator"), pia.validator),
            (_tr("Created"), _when(pia.created_at)),
            (_tr("Last changed"), _when(pia.updated_at)),
        ]
    )
    if pia.notes:
        heading(_tr("Status in the CNIL PIA software"))
        out.append("".join(f"<p style='margin: 2px 0'>{_rich(n)}</p>" for n in pia.notes))

    heading(_tr("Opinions"))
    facts(
        [
            (_tr("DPO"), row.dpo_name),
            (_tr("DPO's opinion"), _opinion(row.dpo_status)),
            (_tr("DPO's comments"), row.dpo_opinion),
            (_tr("Opinion of the people concerned"), _opinion(pia.people_status)),
            (_tr("Reason for refusal"), pia.rejection_reason),
            (_tr("Adjustments made"), pia.applied_adjustments),
        ]
    )

    if row.reviews:
        heading(_tr("Evaluations ({n})").format(n=len(row.reviews)))
        items(
            [
                (target_label(row, definition, r.section, language), review_text(r))
                for r in row.reviews
            ]
        )
    if pia.comments:
        heading(_tr("Comments ({n})").format(n=len(pia.comments)))
        items(
            [
                (
                    target_label(row, definition, c.target or c.reference_to, language),
                    comment_text(c),
                )
                for c in pia.comments
            ]
        )
    if pia.other_answers:
        heading(_tr("Answers to questions this questionnaire does not have"))
        items(
            [
                (_tr("CNIL question {reference}").format(reference=ref), text)
                for ref, text in sorted(pia.other_answers.items())
            ]
        )
    if pia.warnings:
        heading(_tr("Warnings of the import"))
        items([(_tr("Warning"), w) for w in pia.warnings])
    return "".join(out)


class ImportedDataDialog(QDialog):
    """Everything an imported DPIA brought from the CNIL PIA software, to read."""

    def __init__(
        self,
        row: Assessment,
        pia: ImportedPia,
        definition: Definition,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = _tr("{reference} from the CNIL PIA software").format(reference=row.reference)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            _tr(
                "What the CNIL's PIA software recorded for “{title}”, kept as it was in the "
                "file. The answers, risks, measures and action plan are in the DPIA itself."
            ).format(title=row.title),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(_tr("Data from the CNIL PIA software"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(imported_data_html(row, pia, definition, language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(_tr("Close"))
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.setMinimumSize(420, 320)
        self.resize(720, 640)
