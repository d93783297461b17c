"""Who may open the vault: add and remove people, change my passphrase, new recovery key.

Also home of ``PassphraseFields``, the "new passphrase twice, with a strength meter" rows that
the unlock window reuses when creating a vault or resetting a passphrase.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govkit.services.passphrase_strength import Strength, estimate, min_length
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.dialogs.recovery_key import RecoveryKeyDialog

if TYPE_CHECKING:  # the storage layer loads after the unlock window is on screen
    from govkit.services.workspace import Workspace
    from govkit.storage.vault import Person

log = logging.getLogger(__name__)

# Bar colours per score; the score is always written out too, colour is never the only cue.
_METER_COLOURS = ("#b3261e", "#c45500", "#8a6d00", "#2e7d32", "#1b5e20")


class PassphraseFields(QObject):
    """A new passphrase typed twice, a strength meter and advice, as rows of a form."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        *,
        label: str | None = None,
        avoid: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self._avoid = list(avoid)
        self.passphrase = QLineEdit(parent)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("Several unrelated words are easy to remember and hard to guess.")
        )
        self.repeat = QLineEdit(parent)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.show_text = QCheckBox(self.tr("Sho&w passphrase"), parent)
        self.show_text.setAccessibleName(self.tr("Show passphrase"))
        self.show_text.toggled.connect(self._show_toggled)

        self.meter = QProgressBar(parent)
        self.meter.setRange(0, 5)  # 0: nothing typed; 1-5: score 0-4
        self.meter.setValue(0)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(parent)
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel(parent)
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Advice"))
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.match = QLabel(parent)
        self.match.setWordWrap(True)
        self.match.setAccessibleName(self.tr("Do the passphrases match?"))

        self._first_label = QLabel(label or self.tr("&New passphrase:"), parent)
        self._first_label.setBuddy(self.passphrase)
        self._repeat_label = QLabel(self.tr("&Repeat it:"), parent)
        self._repeat_label.setBuddy(self.repeat)
        self._strength_row = QWidget(parent)
        row = QHBoxLayout(self._strength_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meter, 1)
        row.addWidget(self.strength_label)

        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._strength = estimate("", avoid=self._avoid)
        self._update()

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self._first_label, self.passphrase)
        form.addRow(self._repeat_label, self.repeat)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Strength:"), self._strength_row)
        form.addRow("", self.advice)
        form.addRow("", self.match)

    def set_avoid(self, words: Iterable[str]) -> None:
        """Words the passphrase should not contain (the person's and the organisation's name)."""
        self._avoid = list(words)
        self._update()

    @property
    def strength(self) -> Strength:
        return self._strength

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be used yet, or None."""
        text = self.passphrase.text()
        if not text:
            return self.tr("Type a new passphrase.")
        if len(text) < min_length():
            return self.tr("The passphrase needs at least {n} characters.").format(n=min_length())
        if self._strength.score == 0:
            return self.tr("This passphrase is too easy to guess. {advice}").format(
                advice=" ".join(self._strength.advice)
            )
        if self.repeat.text() != text:
            return self.tr("The two passphrases are not the same.")
        return None

    def _show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        self._strength = estimate(text, avoid=self._avoid)
        score = self._strength.score if text else 0
        self.meter.setValue(score + 1 if text else 0)
        colour = _METER_COLOURS[score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        label = self._strength.label if text else self.tr("not typed yet")
        self.strength_label.setText(label)
        self.meter.setAccessibleDescription(label)
        self.advice.setText(" ".join(self._strength.advice) if text else "")
        repeat = self.repeat.text()
        if not repeat:
            self.match.setText("")
        elif repeat == text:
            self.match.setText(self.tr("✓ The passphrases match."))
        else:
            self.match.setText(self.tr("✗ The passphrases are not the same yet."))
        self.changed.emit()


def _error_text(exc: UserFacingError) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.problems.values())
    return str(exc)


class _PassphraseDialog(QDialog):
    """Asks for a name (optional) and a new passphrase; ``submit`` does the work."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        intro: str,
        submit: Callable[[str, str], None],
        ask_name: bool,
        avoid: Iterable[str],
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        form = QFormLayout()
        self.name: QLineEdit | None = None
        if ask_name:
            self.name = QLineEdit(self)
            self.name.setAccessibleName(self.tr("Name"))
            self.name.setMaxLength(100)
            name_label = QLabel(self.tr("&Name:"), self)
            name_label.setBuddy(self.name)
            form.addRow(name_label, self.name)
        avoid = list(avoid)
        self.fields = PassphraseFields(self, avoid=avoid)
        if self.name is not None:
            self.name.textChanged.connect(lambda t: self.fields.set_avoid([t, *avoid]))
        self.fields.add_to(form)
        self.fields.changed.connect(self._fit)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        (self.name or self.fields.passphrase).setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit()

    def _fit(self) -> None:
        """Grow when advice or a problem adds lines (wrapped labels need the height)."""
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if self.isVisible() and needed > self.height():
            self.resize(self.width(), needed)

    def _try_accept(self) -> None:
        name = self.name.text().strip() if self.name is not None else ""
        if self.name is not None and not name:
            self.show_error(self.tr("Type the person's name."))
            self.name.setFocus()
            return
        problem = self.fields.problem()
        if problem:
            self.show_error(problem)
            self.fields.passphrase.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._submit(name, self.fields.text())
        except UserFacingError as exc:
            self.show_error(_error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.fields.clear()
        self.accept()


class PeopleDialog(QDialog):
    """The people who may open the vault, and the changes to their keys.

    Every key change is written to the vault file at once (the services save). Questions are
    asked with window-modal boxes opened with ``open()``, so nothing here blocks.
    """

    recoveryKeyShown = Signal(object)  # the RecoveryKeyDialog, so the caller can watch it

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("People who can open this vault"))
        self.subdialog: QDialog | None = None
        self.question: QMessageBox | None = None

        intro = QLabel(
            self.tr(
                "Each person has their own passphrase. The recovery key opens the vault if "
                "every passphrase is forgotten; keep it in a safe place."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People"))
        list_label = QLabel(self.tr("&People:"), self)
        list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.add_button.setAccessibleName(self.tr("Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.passphrase_button = QPushButton(self.tr("Change &my passphrase…"), self)
        self.passphrase_button.setAccessibleName(self.tr("Change my passphrase"))
        self.passphrase_button.clicked.connect(self.change_my_passphrase)
        self.reset_button = QPushButton(self.tr("R&eset passphrase…"), self)
        self.reset_button.setAccessibleName(self.tr("Reset the selected person's passphrase"))
        self.reset_button.clicked.connect(self.reset_selected)
        self.recovery_button = QPushButton(self.tr("New recovery &key…"), self)
        self.recovery_button.setAccessibleName(self.tr("New recovery key"))
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.remove_button,
            self.passphrase_button,
            self.reset_button,
            self.recovery_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.refresh()

    # -- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.workspace.people.current
        selected = self.selected_person()
        self.list.clear()
        for person in self.workspace.people.list():
            text = person.name
            if person.slot_id == current.slot_id:
                text = self.tr("{name} (you)").format(name=person.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setToolTip(
                self.tr("Added on {date}").format(date=person.created.astimezone().date())
            )
            self.list.addItem(item)
            if selected is not None and person.slot_id == selected.slot_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_person(self) -> Person | None:
        item = self.list.currentItem()
        if item is None:
            return None
        person = item.data(Qt.ItemDataRole.UserRole)
        return person if hasattr(person, "slot_id") else None

    def _is_me(self, person: Person | None) -> bool:
        return person is not None and person.slot_id == self.workspace.people.current.slot_id

    @property
    def _with_recovery_key(self) -> bool:
        return self.workspace.people.current.kind == "recovery"

    def _update_buttons(self) -> None:
        person = self.selected_person()
        others = len(self.workspace.people.list()) > 1
        self.remove_button.setEnabled(person is not None and not self._is_me(person) and others)
        self.reset_button.setEnabled(person is not None and not self._is_me(person))
        self.passphrase_button.setEnabled(not self._with_recovery_key)

    def _avoid(self) -> list[str]:
        org = self.workspace.organisation.get().name
        return [self.workspace.people.current.name, org]

    # -- actions -----------------------------------------------------------------------------

    def _open_subdialog(self, dialog: QDialog) -> None:
        self.subdialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._subdialog_closed(dialog))
        dialog.open()

    def _subdialog_closed(self, dialog: QDialog) -> None:
        if self.subdialog is dialog:
            self.subdialog = None
        self.refresh()

    def add_person(self) -> None:
        def submit(name: str, passphrase: str) -> None:
            person = self.workspace.people.add(name, passphrase)
            self.status.setText(
                self.tr("{name} can now open the vault with their own passphrase.").format(
                    name=person.name
                )
            )

        self._open_subdialog(
            _PassphraseDialog(
                self,
                title=self.tr("Add a person"),
                intro=self.tr(
                    "Give a colleague their own passphrase, and tell it to them in person. "
                    "They can change it once they have opened the vault."
                ),
                submit=submit,
                ask_name=True,
                avoid=[self.workspace.organisation.get().name],
                ok_text=self.tr("&Add"),
            )
        )

    def change_my_passphrase(self) -> None:
        def submit(_name: str, passphrase: str) -> None:
            self.workspace.people.change_own_passphrase(passphrase)
            self.status.setText(self.tr("Your passphrase was changed."))

        self._open_subdialog(
            _PassphraseDialog(
                self,
                title=self.tr("Change my passphrase"),
                intro=self.tr(
                    "From now on, open the vault with the new passphrase. Backups saved before "
                    "now still open with the old one."
                ),
                submit=submit,
                ask_name=False,
                avoid=self._avoid(),
                ok_text=self.tr("&Change passphrase"),
            )
        )

    def reset_selected(self) -> None:
        person = self.selected_person()
        if person is None or self._is_me(person):
            return

        def submit(_name: str, passphrase: str) -> None:
            self.workspace.people.reset_passphrase(person.slot_id, passphrase)
            self.status.setText(self.tr("{name} has a new passphrase.").format(name=person.name))

        self._open_subdialog(
            _PassphraseDialog(
                self,
                title=self.tr("Reset {name}'s passphrase").format(name=person.name),
                intro=self.tr(
                    "Give {name} a new passphrase, for example when they have forgotten theirs. "
                    "Tell it to them in person."
                ).format(name=person.name),
                submit=submit,
                ask_name=False,
                avoid=[person.name, self.workspace.organisation.get().name],
                ok_text=self.tr("&Reset passphrase"),
            )
        )

    def _ask(
        self, title: str, text: str, accept_text: str, on_accept: Callable[[], None]
    ) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self
        )
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        accept.setAccessibleName(accept_text.replace("&", ""))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box

        def finished(_result: int) -> None:
            self.question = None
            if box.clickedButton() is accept:
                on_accept()

        box.finished.connect(finished)
        box.open()
        return box

    def remove_selected(self) -> None:
        person = self.selected_person()
        if person is None or self._is_me(person):
            return
        self._ask(
            self.tr("Remove {name}?").format(name=person.name),
            self.tr(
                "{name} will no longer be able to open this vault.\n\n"
                "govkit gives the vault a new key, so {name}'s passphrase opens none of the "
                "versions saved from now on. Copies and backups saved before now still open with "
                "it: delete old copies {name} may have.\n\n"
                "The removal is recorded in the change history."
            ).format(name=person.name),
            self.tr("&Remove {name}").format(name=person.name),
            lambda: self._remove(person),
        )

    def _remove(self, person: Person) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace.people.remove(person.slot_id)
        except UserFacingError as exc:
            self.status.setText(_error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(
            self.tr("{name} can no longer open the vault.").format(name=person.name)
        )
        self.refresh()

    def new_recovery_key(self) -> None:
        self._ask(
            self.tr("Create a new recovery key?"),
            self.tr(
                "The current recovery key will no longer open the vault as saved from now on "
                "(backups saved before now still open with it). The new key is shown once: have "
                "a printer or a safe place ready."
            ),
            self.tr("Create &new recovery key"),
            self._replace_recovery_key,
        )

    def _replace_recovery_key(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            key = self.workspace.people.new_recovery_key()
        except UserFacingError as exc:
            self.status.setText(_error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = RecoveryKeyDialog(key, self.workspace.path, self)
        self._open_subdialog(dialog)
        self.status.setText(self.tr("A new recovery key was created."))
        self.recoveryKeyShown.emit(dialog)

    def close_children(self) -> None:
        """Close the question or sub-dialog still open (the vault is being locked)."""
        if self.question is not None:
            self.question.reject()
        if isinstance(self.subdialog, RecoveryKeyDialog):
            self.subdialog.force_close()
        elif self.subdialog is not None:
            self.subdialog.reject()
