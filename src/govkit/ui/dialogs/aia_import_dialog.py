"""File ▸ Import a Canada AIA file: the GUI face of ``govkit import VAULT "AIA Results.json"``.

Choose (or drop) the file the Government of Canada's Algorithmic Impact Assessment tool saved;
govkit reads it on a worker (``import_canada_aia(..., dry_run=True)``) and shows what the
assessment will hold: the project's title and phase, the raw impact score and the mitigation
score out of their maxima, the current score, the impact level with what the Directive on
Automated Decision-Making requires at that level, and how many answers are kept, how many have
no place in the questionnaire (kept beside it) and the warnings. The assessment may be linked to
an AI system of the register (the one of the project's name is proposed). The machinery (file,
worker, errors, import) is ``FileImportDialog``'s.
"""

from __future__ import annotations

import html
from pathlib import Path

from govkit.assessments import builtin_definition
from govkit.domain.assessment_enums import AssessmentKind
from govkit.services.canada_aia import PHASE_QUESTION, AiaImport, import_canada_aia
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.file_import_dialog import NOT_LINKED, FileImportDialog, ImportTexts
from govkit.ui.dialogs.import_dialog import ERROR_STYLE
from govkit.ui.views.questionnaire_editor import ui_language

SUBJECT_TYPE = "ai_system"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class AiaImportDialog(FileImportDialog[AiaImport]):
    """Preview an AIA save file, choose the AI system, import it as an AIA."""

    def _texts(self) -> ImportTexts:
        return ImportTexts(
            title=self.tr("Import a Canada AIA file"),
            intro=self.tr(
                "Makes an algorithmic impact assessment of a file saved by the Government of "
                "Canada's Algorithmic Impact Assessment tool (“AIA Results.json”): the answers "
                "are kept and scored as the tool scores them. Nothing is written until you "
                "press Import."
            ),
            file_placeholder=self.tr("Choose the AIA tool's .json file, or drop it here"),
            file_name=self.tr("Canada AIA file to import"),
            choose_name=self.tr("Choose the Canada AIA file"),
            choose_caption=self.tr("Choose the Canada AIA file to import"),
            file_filter=self.tr("AIA save files (*.json);;All files (*)"),
            subject_label=self.tr("&AI system assessed:"),
            subject_name=self.tr("AI system the assessment is about"),
            import_name=self.tr("Import the file as an algorithmic impact assessment"),
            what="a Canada AIA file",
        )

    # -- the AI systems ---------------------------------------------------------------------

    def _subjects(self) -> list[tuple[str, str]]:
        rows = sorted(
            (r for r in self.workspace.ai_systems.rows() if not r.archived),
            key=lambda r: (r.name or r.reference).casefold(),
        )
        return [
            (
                self.tr("{name} ({reference})").format(
                    name=row.name or row.reference, reference=row.reference
                ),
                f"{SUBJECT_TYPE}/{row.id}",
            )
            for row in rows
        ]

    def _proposal(self, result: AiaImport) -> tuple[tuple[str, str], str]:
        """The AI system of the project's name (else none)."""
        for record_id, name in self.workspace.ai_systems.names().items():
            if _same(name, result.title) and self.choose_subject(SUBJECT_TYPE, record_id):
                return (
                    (SUBJECT_TYPE, record_id),
                    self.tr("Proposed because the AI system has the project's name."),
                )
        return NOT_LINKED, self.tr(
            "No AI system of the register has the project's name. Choose the one it assesses, "
            "or link it later."
        )

    # -- the file ---------------------------------------------------------------------------

    def _dry_run(self, workspace: Workspace, path: Path) -> AiaImport:
        return import_canada_aia(workspace, path, dry_run=True)

    def _import(self, workspace: Workspace, path: Path, subject: tuple[str, str]) -> AiaImport:
        subject_type, subject_id = subject
        return import_canada_aia(workspace, path, subject_type=subject_type, subject_id=subject_id)

    def _assessment_id(self, result: AiaImport) -> str:
        assert result.assessment is not None
        return result.assessment.id

    def _phase(self, result: AiaImport) -> str:
        definition = builtin_definition(AssessmentKind.ALGORITHMIC_IMPACT.definition_id)
        answer = result.converted.answers.get(PHASE_QUESTION)
        option = (
            definition.question(PHASE_QUESTION).option(answer.value)
            if answer is not None and isinstance(answer.value, str)
            else None
        )
        return option.label.get(ui_language()) if option is not None else self.tr("not answered")

    def preview_html(self, result: AiaImport) -> str:
        """What the assessment will hold, as rich text."""
        f = result.figures
        language = ui_language()
        out: list[str] = [
            "<h3 style='margin: 0 0 6px 0'>{}</h3>".format(
                html.escape(
                    self.tr("An algorithmic impact assessment “{title}” will be created").format(
                        title=result.title
                    )
                )
            )
        ]
        rows = [
            (self.tr("Project phase"), self._phase(result)),
            (
                self.tr("Raw impact score"),
                self.tr("{score} out of {maximum}").format(
                    score=_number(f.raw_impact), maximum=_number(f.raw_impact_max)
                ),
            ),
            (
                self.tr("Mitigation score"),
                self.tr("{score} out of {maximum}").format(
                    score=_number(f.mitigation), maximum=_number(f.mitigation_max)
                ),
            ),
            (
                self.tr("Current score"),
                (
                    self.tr("{score} (the raw score reduced by 15 %)")
                    if f.reduced
                    else self.tr("{score} (no reduction: mitigation below 80 %)")
                ).format(score=_number(f.current)),
            ),
        ]
        if f.level is not None:
            label = f.level.label.get(language)
            rows.append(
                (
                    self.tr("Impact level"),
                    label if f.complete else self.tr("{level} (so far)").format(level=label),
                )
            )
        out.append(
            "<table>"
            + "".join(
                f"<tr><td style='padding: 1px 16px 1px 0'>{html.escape(k)}</td>"
                f"<td><b>{html.escape(v)}</b></td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        if f.level is not None and f.level.explanation is not None:
            text = f.level.explanation.get(language).strip()
            out.append(
                f"<p style='margin: 8px 0 0 0; color: #444'>"
                f"{html.escape(text).replace(chr(10), '<br>')}</p>"
            )
        unplaced = result.converted.unplaced
        warnings = result.converted.warnings
        counts = [
            (self.tr("Answers kept"), len(result.converted.answers)),
            (self.tr("Answers with no place in the questionnaire"), len(unplaced)),
            (self.tr("Warnings"), len(warnings)),
        ]
        out.append(
            "<table style='margin-top: 6px'>"
            + "".join(
                f"<tr><td style='padding: 1px 16px 1px 0'>{html.escape(label)}</td>"
                f"<td align='right'><b>{self.locale().toString(n)}</b></td></tr>"
                for label, n in counts
            )
            + "</table>"
        )
        if unplaced:
            out.append(
                "<p style='margin: 8px 0 2px 0'><b>{}</b></p>".format(
                    html.escape(
                        self.tr("Kept beside the questionnaire (in the assessment, not scored)")
                    )
                )
            )
            out.append(
                "<ul style='margin-top: 0'>"
                + "".join(f"<li>{html.escape(u.line())}</li>" for u in unplaced)
                + "</ul>"
            )
        notes = list(result.file.conversions)
        if notes:
            out.append(
                "<p style='margin: 8px 0 2px 0'><b>{}</b></p>".format(
                    html.escape(self.tr("As the AIA tool does when it opens the file"))
                )
            )
            out.append(
                "<ul style='margin-top: 0'>"
                + "".join(f"<li>{html.escape(n)}</li>" for n in notes)
                + "</ul>"
            )
        if warnings:
            out.append(
                f"<p style='margin: 8px 0 2px 0; {ERROR_STYLE}'><b>"
                f"{html.escape(self.tr('Warnings'))}</b></p>"
            )
            out.append(
                "<ul style='margin-top: 0'>"
                + "".join(f"<li>{html.escape(w)}</li>" for w in warnings)
                + "</ul>"
            )
        return "".join(out)
