"""What an assessment imported from a save file of Canada's AIA tool brought that its
questionnaire has no place for, shown in the editor.

"From the Canada AIA tool…" in the editor's header opens ``ImportedAiaDialog``: the file, the
tool's version, the scores at import, the answers kept beside the questionnaire (questions of
other versions of the tool, values that are not among a question's options), translations of
unknown questions, the tool's own conversions and the import's warnings. They are read from the
assessment by ``services.canada_aia.imported_aia``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.models import Assessment
from govkit.services.canada_aia import ImportedAia


def _tr(text: str) -> str:
    return QCoreApplication.translate("AiaExtras", text)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def imported_aia_html(aia: ImportedAia) -> str:
    """Everything the AIA file brought beside the answers, as rich text."""
    out: list[str] = []

    def heading(text: str) -> None:
        out.append(f"<h3 style='margin: 12px 0 4px 0'>{html.escape(text)}</h3>")

    def listing(entries: Sequence[str]) -> None:
        out.append(
            "<ul style='margin-top: 0'>"
            + "".join(f"<li>{html.escape(e)}</li>" for e in entries)
            + "</ul>"
        )

    heading(_tr("The AIA file"))
    facts = [(_tr("File"), aia.file), (_tr("Saved by the AIA tool version"), aia.aia_version)]
    f = aia.figures_at_import
    for label, score, maximum in (
        (_tr("Raw impact score at import"), "raw_impact", "raw_impact_max"),
        (_tr("Mitigation score at import"), "mitigation", "mitigation_max"),
    ):
        if score in f and maximum in f:
            facts.append(
                (
                    label,
                    _tr("{score} out of {maximum}").format(
                        score=_number(f[score]), maximum=_number(f[maximum])
                    ),
                )
            )
    if "current" in f:
        facts.append((_tr("Current score at import"), _number(f["current"])))
    if "impact_level" in f:
        facts.append((_tr("Impact level at import"), _number(f["impact_level"])))
    out.append(
        "<table>"
        + "".join(
            f"<tr><td style='padding: 1px 12px 1px 0'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in facts
            if v
        )
        + "</table>"
    )
    heading(_tr("Answers kept beside the questionnaire ({n})").format(n=len(aia.unplaced)))
    if aia.unplaced:
        out.append(
            "<p style='margin: 0 0 4px 0'>{}</p>".format(
                html.escape(
                    _tr(
                        "The questionnaire has no place for these answers of the file: they "
                        "are kept as they were and are not scored."
                    )
                )
            )
        )
        listing([u.line() for u in aia.unplaced])
    else:
        out.append(
            "<p style='margin: 0'>{}</p>".format(
                html.escape(_tr("None: every answer of the file is in the questionnaire."))
            )
        )
    if aia.translations:
        heading(_tr("Translations of questions the questionnaire does not have"))
        listing([f"{name}: {text}" for name, text in sorted(aia.translations.items())])
    if aia.conversions:
        heading(_tr("Changed as the AIA tool does when it opens the file"))
        listing(list(aia.conversions))
    if aia.warnings:
        heading(_tr("Warnings of the import"))
        listing(list(aia.warnings))
    return "".join(out)


class ImportedAiaDialog(QDialog):
    """What an assessment imported from the Canada AIA tool brought beside its answers."""

    def __init__(self, row: Assessment, aia: ImportedAia, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = _tr("{reference} from the Canada AIA tool").format(reference=row.reference)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            _tr(
                "What the AIA tool's file held for “{title}” that the questionnaire has no "
                "place for, kept as it was in the file. The other answers are in the "
                "assessment itself."
            ).format(title=row.title),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(_tr("Data from the Canada AIA tool"))
        self.browser.setOpenLinks(False)
        self.browser.setHtml(imported_aia_html(aia))
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
        self.resize(720, 560)
