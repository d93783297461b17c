"""About govkit: version, licence, the open vault, and the promise to stay offline."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from govkit import __version__

LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


class AboutDialog(QDialog):
    def __init__(
        self,
        *,
        vault_id: str | None = None,
        vault_path: Path | None = None,
        log_path: Path | None = None,
        signing_fingerprint: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About govkit"))

        title = QLabel(f"<h2>govkit {html.escape(__version__)}</h2>", self)
        title.setAccessibleName(self.tr("govkit version {version}").format(version=__version__))
        purpose = QLabel(
            self.tr(
                "A register of processing activities and other data-governance records for "
                "local government, kept in one encrypted file."
            ),
            self,
        )
        purpose.setWordWrap(True)
        offline = QLabel(
            "<b>{}</b>".format(
                html.escape(
                    self.tr("govkit never uses the network; everything stays on this computer.")
                )
            ),
            self,
        )
        offline.setWordWrap(True)
        offline.setAccessibleName(
            self.tr("govkit never uses the network; everything stays on this computer.")
        )

        facts = [
            (self.tr("Version"), __version__),
            (self.tr("Licence"), self.tr("European Union Public Licence {id}").format(id=LICENCE)),
        ]
        if vault_path is not None:
            facts.append((self.tr("Vault file"), str(vault_path)))
        if vault_id is not None:
            facts.append((self.tr("Vault ID"), vault_id))
            # What an auditor compares with the key in a pack (govkit verify --fingerprint).
            facts.append(
                (
                    self.tr("Audit-pack signing key"),
                    signing_fingerprint
                    or self.tr("not made yet: it is made with the first audit pack"),
                )
            )
        if log_path is not None:
            facts.append((self.tr("Log file"), str(log_path)))
        facts.append(
            (
                self.tr("Built with"),
                self.tr("Python {python}, Qt {qt}, PySide6 {pyside}").format(
                    python=platform.python_version(), qt=qVersion(), pyside=pyside_version
                ),
            )
        )
        rows = "".join(
            f"<tr><td style='padding-right: 12px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in facts
        )
        self.facts = QLabel(f"<table>{rows}</table>", self)
        self.facts.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.facts.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Details"))
        self.facts.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in facts))

        # The address is shown, not linked: govkit opens no browser and no connection.
        licence = QLabel(
            self.tr(
                "govkit is free software under the European Union Public Licence 1.2: you may "
                "use, study, share and improve it. The licence text: {url}"
            ).format(url=LICENCE_URL),
            self,
        )
        licence.setWordWrap(True)
        licence.setTextFormat(Qt.TextFormat.PlainText)
        licence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        licence.setAccessibleName(self.tr("Licence"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addWidget(offline)
        layout.addWidget(self.facts)
        layout.addWidget(licence)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        close.setFocus()

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers)."""
        return " ".join(
            label.accessibleDescription() or label.text() for label in self.findChildren(QLabel)
        )
