"""The organisation profile: the controller's identity, Art. 30(1)(a)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from govkit.domain.fields import ORGANISATION_FIELDS, GroupSpec
from govkit.i18n import N_
from govkit.services.context import ChangeEvent
from govkit.services.organisation import OrganisationService
from govkit.storage.errors import UserFacingError, ValidationError
from govkit.ui.undo import CommandRunner, UndoHooks, UpdateOrganisationCommand
from govkit.ui.widgets.fields import PickLists
from govkit.ui.widgets.form import ERROR_COLOUR, FieldForm

ORGANISATION_GROUP = GroupSpec("organisation", N_("Controller"), N_("Art. 30(1)(a)"))


class OrganisationPage(QWidget):
    stateChanged = Signal()
    status = Signal(str)

    def __init__(
        self,
        service: OrganisationService,
        pick_lists: PickLists,
        runner: CommandRunner,
        hooks: UndoHooks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.hooks = hooks
        self._loaded: dict[str, Any] = {}
        self._dirty = False
        self._loading = False

        title = QLabel(self.tr("Organisation profile"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Who is responsible for the processing: your organisation, its representative and "
                "its data protection officer. Every export of the register starts with these "
                "details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"QLabel {{ color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #e4a5a0;"
            " border-radius: 4px; padding: 6px; font-weight: bold; }"
        )
        self.banner.hide()
        self.form = FieldForm(ORGANISATION_FIELDS, (ORGANISATION_GROUP,), pick_lists, self)
        self.form.setMaximumWidth(760)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget(scroll)
        h_lay = QVBoxLayout(holder)
        h_lay.setContentsMargins(0, 0, 10, 0)
        h_lay.addWidget(self.form)
        scroll.setWidget(holder)

        self.apply_button = QPushButton(self.tr("&Apply changes"), self)
        self.apply_button.setAccessibleName(self.tr("Apply changes to the organisation profile"))
        self.apply_button.setToolTip(self.tr("Save the changes (Ctrl+Enter)"))
        self.discard_button = QPushButton(self.tr("Dis&card changes"), self)
        self.discard_button.setAccessibleName(
            self.tr("Discard changes to the organisation profile")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.apply_button)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addWidget(self.banner)
        lay.addWidget(scroll, 1)
        lay.addLayout(buttons)

        self.apply_button.clicked.connect(self.commit_pending_edits)
        self.discard_button.clicked.connect(self.reload)
        self.form.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        org = self.service.get()
        self._loading = True
        try:
            self._loaded = {s.name: getattr(org, s.name) for s in ORGANISATION_FIELDS}
            self.form.set_values(self._loaded)
            self.form.clear_problems()
            self.banner.hide()
        finally:
            self._loading = False
        self._set_dirty(False)

    def apply_changes(self, _events: list[ChangeEvent]) -> None:
        if not self._dirty:
            self.reload()

    def has_pending_edits(self) -> bool:
        return self._dirty

    def commit_pending_edits(self) -> bool:
        if not self._dirty:
            return True
        changed = self.form.changed_values(self._loaded)
        command = UpdateOrganisationCommand(
            self.service,
            {k: self._loaded[k] for k in changed},
            changed,
            self.tr("Change the organisation profile"),
            self.hooks,
        )
        try:
            self.runner.run(command)
        except ValidationError as exc:
            unplaced = self.form.show_problems(exc.problems)
            text = self.tr("Not saved yet: please correct the fields marked below.")
            if unplaced:
                text += "\n" + "\n".join(unplaced.values())
            self.banner.setText(text)
            self.banner.show()
            first = self.form.first_problem()
            if first is not None:
                first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except UserFacingError as exc:
            self.banner.setText(self.tr("Not saved: {reason}").format(reason=str(exc)))
            self.banner.show()
            return False
        self.reload()
        self.status.emit(self.tr("Organisation profile saved."))
        return True

    def focus_first_field(self) -> None:
        next(iter(self.form.rows.values())).editor.focus_widget().setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _on_changed(self) -> None:
        if not self._loading:
            self._set_dirty(bool(self.form.changed_values(self._loaded)))

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.apply_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        if changed:
            self.stateChanged.emit()
