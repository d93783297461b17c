"""File ▸ Verify an audit pack: the GUI face of ``govkit verify PACK.zip``.

An auditor (or the organisation itself, before sending) picks a pack; every member's hash and
the manifest's signature are checked off the GUI thread, and the answer is given in one line
(intact and signed, or not intact and what changed), then in detail. The signing key's
fingerprint is compared with the one the user expects (typed or pasted) and with this vault's
own key, when a vault is open.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govkit.services.signing import PackReport, normalise_fingerprint, verify_pack
from govkit.ui.folders import start_folder
from govkit.ui.workers import Task, TaskControl, TaskRunner, run_with_progress

log = logging.getLogger(__name__)

FOLDER_KEY = "verify_pack/folder"


class VerifyPackDialog(QDialog):
    def __init__(
        self,
        settings: QSettings,
        tasks: TaskRunner,
        *,
        own_fingerprint: str | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.own_fingerprint = own_fingerprint
        self.report: PackReport | None = None
        self.current_task: Task[PackReport] | None = None
        self.setWindowTitle(self.tr("Verify an audit pack"))

        intro = QLabel(
            self.tr(
                "Checks that an audit pack made by govkit is complete and unchanged since it "
                "was signed: every file's fingerprint and the signature of its manifest."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Audit pack file"))
        self.path_edit.setPlaceholderText(self.tr("The .zip file of the pack"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setAccessibleName(self.tr("Browse for the audit pack"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.expected_edit = QLineEdit(self)
        self.expected_edit.setAccessibleName(self.tr("Expected key fingerprint"))
        self.expected_edit.setPlaceholderText(
            self.tr("Optional: the fingerprint the organisation gave you")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pack_label = QLabel(self.tr("&Pack:"), self)
        pack_label.setBuddy(self.path_edit)
        form.addRow(pack_label, path_row)
        expected_label = QLabel(self.tr("&Expected fingerprint:"), self)
        expected_label.setBuddy(self.expected_edit)
        form.addRow(expected_label, self.expected_edit)

        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setAccessibleName(self.tr("Result"))
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the check"))
        self.details.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.verify_button = buttons.addButton(
            self.tr("&Verify"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.verify_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.accepted.connect(self.verify)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.verify)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.resize(640, 300)

        self.path_edit.textChanged.connect(self._update)
        if path is not None:
            self.path_edit.setText(str(path))
        self._update()

    def _update(self) -> None:
        self.verify_button.setEnabled(
            bool(self.path_edit.text().strip()) and self.current_task is None
        )

    def _start_folder(self) -> str:
        return str(start_folder(self.settings, FOLDER_KEY))

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the audit pack"),
            self._start_folder(),
            self.tr("Audit packs (*.zip);;All files (*)"),
        )
        if name:
            self.path_edit.setText(name)
            self.verify()

    def verify(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.current_task is not None:
            return
        expected = self.expected_edit.text().strip() or None
        if expected is not None and not normalise_fingerprint(expected):
            self._show_verdict(
                False,
                self.tr(
                    "“{value}” is not a key fingerprint: it has 64 hexadecimal digits, in "
                    "groups of four."
                ).format(value=expected),
            )
            self.details.setVisible(False)
            return
        path = Path(text).expanduser()
        self.settings.setValue(FOLDER_KEY, str(path.parent))

        def work(_control: TaskControl) -> PackReport:
            return verify_pack(path, expected_fingerprint=expected)

        self.verdict.setText(self.tr("Checking…"))
        task, _dialog = run_with_progress(
            self.tasks,
            self,
            self.tr("Verifying the audit pack…"),
            work,
            on_success=self._show_report,
            on_error=self._failed,
            cancellable=False,
        )
        if not task.delivered:
            self.current_task = task
            task.on_finished(self._finished)
        self._update()

    def _finished(self) -> None:
        self.current_task = None
        self._update()

    def _failed(self, exc: BaseException) -> None:
        log.error("Verifying an audit pack failed", exc_info=exc)
        self._show_verdict(
            False,
            self.tr(
                "The pack could not be checked because of an unexpected problem. The details "
                "are in govkit's log file."
            ),
        )

    def _show_verdict(self, ok: bool, text: str) -> None:
        colour = "#1b5e20" if ok else "#b71c1c"
        mark = "✔" if ok else "✖"
        self.verdict.setText(
            f"<p style='color:{colour}; font-weight:bold'>{mark} {html.escape(text)}</p>"
        )
        self.verdict.setAccessibleDescription(text)

    def _show_report(self, report: PackReport) -> None:
        self.report = report
        lines: list[str] = []
        manifest = report.manifest or {}
        if manifest:
            lines.append(
                self.tr("Organisation: {name}").format(name=manifest.get("organisation") or "—")
            )
            lines.append(self.tr("Vault ID: {id}").format(id=manifest.get("vault_id", "—")))
            lines.append(self.tr("Made: {time}").format(time=manifest.get("created_at", "—")))
        if report.fingerprint:
            lines.append(self.tr("Signing key fingerprint: {fp}").format(fp=report.fingerprint))
        lines.append("")
        lines += [self.tr("ok        {check}").format(check=c) for c in report.checks]
        lines += [self.tr("PROBLEM   {problem}").format(problem=p) for p in report.problems]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(True)
        if not report.ok:
            changed = ", ".join(report.changed)
            text = self.tr("The pack is not intact: {n} problems.").format(n=len(report.problems))
            if changed:
                text += " " + self.tr("Files concerned: {names}.").format(names=changed)
            self._show_verdict(False, text)
            return
        if report.fingerprint_matches:
            text = self.tr("The pack is intact and signed by the expected key.")
        elif (
            self.own_fingerprint is not None
            and report.fingerprint is not None
            and normalise_fingerprint(self.own_fingerprint)
            == normalise_fingerprint(report.fingerprint)
        ):
            text = self.tr("The pack is intact and was signed by the key of the vault open here.")
        else:
            text = self.tr(
                "The pack is intact. To be sure it comes from the organisation, compare the "
                "signing key fingerprint below with the one they gave you."
            )
        self._show_verdict(True, text)
