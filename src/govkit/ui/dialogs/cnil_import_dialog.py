"""File ▸ Import a CNIL PIA file: the GUI face of ``govkit import VAULT PIA.json``.

Choose (or drop) the JSON file a PIA was exported to from the CNIL's PIA software; govkit reads
it on a worker (``import_cnil_pia(..., dry_run=True)``) and shows what the DPIA will hold:
its title, risks, measures, answers, comments, evaluations, actions, and the notes and
warnings of the conversion. A file that is not a PIA export, is damaged or too big is
explained on the page. The DPIA may be linked to an activity of the register (the one of the
PIA's name is proposed). Import creates it (on a worker, one transaction) and ``imported``
tells the window which assessment to open.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from govkit.services.cnil_pia import CnilImport, import_cnil_pia
from govkit.services.workspace import Workspace
from govkit.ui.dialogs.file_import_dialog import NOT_LINKED, FileImportDialog, ImportTexts
from govkit.ui.dialogs.import_dialog import ERROR_STYLE

LISTED = 12  # risks and measures named in the preview; the rest counted


class CnilImportDialog(FileImportDialog[CnilImport]):
    """Preview a CNIL PIA file, choose the activity, import it as a DPIA."""

    def _texts(self) -> ImportTexts:
        return ImportTexts(
            title=self.tr("Import a CNIL PIA file"),
            intro=self.tr(
                "Makes a DPIA of a PIA exported from the CNIL's PIA software (its .json "
                "file): the answers, risks, measures, evaluations, comments and opinions are "
                "kept. Nothing is written until you press Import."
            ),
            file_placeholder=self.tr("Choose the PIA's .json file, or drop it here"),
            file_name=self.tr("CNIL PIA file to import"),
            choose_name=self.tr("Choose the CNIL PIA file"),
            choose_caption=self.tr("Choose the CNIL PIA file to import"),
            file_filter=self.tr("CNIL PIA files (*.json);;All files (*)"),
            subject_label=self.tr("&Activity assessed:"),
            subject_name=self.tr("Activity the DPIA assesses"),
            import_name=self.tr("Import the PIA as a DPIA"),
            what="a CNIL PIA file",
        )

    # -- the activities -------------------------------------------------------------------

    def _subjects(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for subject_type, service, kind in (
            ("controller_activity", self.workspace.activities, self.tr("controller")),
            ("processor_activity", self.workspace.processor_activities, self.tr("processor")),
        ):
            rows = sorted(
                (r for r in service.rows() if not r.archived),
                key=lambda r: (r.name or r.reference).casefold(),
            )
            for row in rows:
                text = self.tr("{name} ({reference}, as {kind})").format(
                    name=row.name or row.reference, reference=row.reference, kind=kind
                )
                out.append((text, f"{subject_type}/{row.id}"))
        return out

    def _proposal(self, result: CnilImport) -> tuple[tuple[str, str], str]:
        """The controller activity of the PIA's name (else none)."""
        name = result.content.title if result.subject_name else ""
        wanted = " ".join(name.split()).casefold()
        if wanted:
            for record_id, label in self.workspace.activities.names().items():
                if " ".join(label.split()).casefold() == wanted and self.choose_subject(
                    "controller_activity", record_id
                ):
                    return (
                        ("controller_activity", record_id),
                        self.tr("Proposed because the activity has the PIA's name."),
                    )
        return NOT_LINKED, self.tr(
            "No activity of the register has the PIA's name. Choose the one it assesses, "
            "or link it later."
        )

    # -- the file ---------------------------------------------------------------------------

    def _dry_run(self, workspace: Workspace, path: Path) -> CnilImport:
        return import_cnil_pia(workspace, path, dry_run=True)

    def _import(self, workspace: Workspace, path: Path, subject: tuple[str, str]) -> CnilImport:
        return import_cnil_pia(workspace, path, subject=subject)

    def _assessment_id(self, result: CnilImport) -> str:
        assert result.assessment is not None
        return result.assessment.id

    def preview_html(self, result: CnilImport) -> str:
        """What the DPIA will hold, as rich text."""
        content = result.content
        out: list[str] = [
            "<h3 style='margin: 0 0 6px 0'>{}</h3>".format(
                html.escape(self.tr("A DPIA “{title}” will be created").format(title=content.title))
            )
        ]
        counts = [
            (self.tr("Answers"), len(content.answers)),
            (self.tr("Risks"), len(content.risks)),
            (self.tr("Measures"), len(content.measures)),
            (self.tr("Evaluations"), len(content.reviews)),
            (self.tr("Actions of the action plan"), len(content.action_plan)),
            (self.tr("Comments"), len(content.comments)),
        ]
        out.append(
            "<table>"
            + "".join(
                f"<tr><td style='padding: 1px 16px 1px 0'>{html.escape(label)}</td>"
                f"<td align='right'><b>{self.locale().toString(n)}</b></td></tr>"
                for label, n in counts
            )
            + "</table>"
        )

        def listing(title: str, names: Sequence[str]) -> None:
            if not names:
                return
            shown = [html.escape(n) for n in names[:LISTED]]
            if len(names) > LISTED:
                shown.append(html.escape(self.tr("and {n} more").format(n=len(names) - LISTED)))
            out.append(f"<p style='margin: 8px 0 2px 0'><b>{html.escape(title)}</b></p>")
            out.append("<ul style='margin-top: 0'>" + "".join(f"<li>{s}</li>" for s in shown))
            out.append("</ul>")

        listing(self.tr("Risks"), [r.title for r in content.risks])
        if content.measures:
            out.append(f"<p style='margin: 8px 0 2px 0'><b>{html.escape(self.tr('Measures'))}</b>")
            out.append("<br>" + html.escape(", ".join(m.title for m in content.measures)) + "</p>")
        status = [self.tr("It will be imported as “{status}”.").format(status=content.status.label)]
        if content.dpo_name or content.dpo_opinion:
            status.append(
                self.tr("The DPO's opinion is kept (given by {name}).").format(
                    name=content.dpo_name or self.tr("no name given")
                )
            )
        listing(self.tr("From the PIA software"), [*status, *content.notes])
        if content.warnings:
            out.append(
                f"<p style='margin: 8px 0 2px 0; {ERROR_STYLE}'><b>"
                f"{html.escape(self.tr('Warnings'))}</b></p>"
            )
            out.append(
                "<ul style='margin-top: 0'>"
                + "".join(f"<li>{html.escape(w)}</li>" for w in content.warnings)
                + "</ul>"
            )
        return "".join(out)
