"""Undo and redo of register changes: each command calls the services, never the database.

A command is *run once* before it goes on the stack (:meth:`CommandRunner.run`): if the service
refuses (invalid input, a reference already in use), the error reaches the caller and nothing is
pushed. Later undo/redo calls that fail (the record was meanwhile changed so that the old values
clash, say) report the message through :class:`UndoHooks` and drop the command from the stack,
rather than raising inside Qt.

Pairs: create ↔ delete (via ``Snapshot``/``restore``, so the record keeps its id and history),
update ↔ update with the values from before, archive ↔ unarchive, delete ↔ restore.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.services.organisation import OrganisationService
from govkit.services.registers import RecordService, Snapshot
from govkit.storage.errors import UserFacingError

Record = ControllerActivity | ProcessorActivity
Service = RecordService[Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


@dataclass
class UndoHooks:
    """How commands talk back to the window after an undo or redo."""

    error: Callable[[str], None]
    """Show a message (the command could not be undone or redone)."""
    done: Callable[[str, str | None], None]
    """A register changed: entity type and the record to show (None when it is gone)."""


class ServiceCommand(QUndoCommand):
    """A change made through a service; ``first()`` makes it, ``redo()``/``undo()`` replay it."""

    def __init__(self, text: str, hooks: UndoHooks) -> None:
        super().__init__(text)
        self.hooks = hooks
        self._pushed = False

    def first(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); first() already ran
            self._pushed = True
            return
        self._guarded(self.apply, _tr("The change could not be redone: {reason}"))

    def undo(self) -> None:
        self._guarded(self.revert, _tr("The change could not be undone: {reason}"))

    def _guarded(self, action: Callable[[], None], message: str) -> None:
        try:
            action()
        except UserFacingError as exc:
            self.setObsolete(True)
            self.hooks.error(message.format(reason=str(exc)))


class CreateRecordCommand(ServiceCommand):
    """A new record (from the form, or a duplicate); undo deletes it, redo restores it."""

    def __init__(
        self, service: Service, make: Callable[[], Record], text: str, hooks: UndoHooks
    ) -> None:
        super().__init__(text, hooks)
        self.service = service
        self._make = make
        self.record_id = ""
        self._snapshot: Snapshot | None = None

    def first(self) -> None:
        self.record_id = self._make().id

    def apply(self) -> None:
        assert self._snapshot is not None
        self.service.restore(self._snapshot)
        self.hooks.done(self.service.entity_type, self.record_id)

    def revert(self) -> None:
        self._snapshot = self.service.delete(self.record_id)
        self.hooks.done(self.service.entity_type, None)


class UpdateRecordCommand(ServiceCommand):
    def __init__(
        self,
        service: Service,
        record_id: str,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        text: str,
        hooks: UndoHooks,
    ) -> None:
        super().__init__(text, hooks)
        self.service = service
        self.record_id = record_id
        self.before = dict(before)
        self.after = dict(after)

    def first(self) -> None:
        self.service.update(self.record_id, self.after)

    def apply(self) -> None:
        self.service.update(self.record_id, self.after)
        self.hooks.done(self.service.entity_type, self.record_id)

    def revert(self) -> None:
        self.service.update(self.record_id, self.before)
        self.hooks.done(self.service.entity_type, self.record_id)


class ArchiveRecordCommand(ServiceCommand):
    def __init__(
        self, service: Service, record_id: str, archive: bool, text: str, hooks: UndoHooks
    ) -> None:
        super().__init__(text, hooks)
        self.service = service
        self.record_id = record_id
        self.archive = archive

    def _set(self, archived: bool) -> None:
        if archived:
            self.service.archive(self.record_id)
        else:
            self.service.unarchive(self.record_id)

    def first(self) -> None:
        self._set(self.archive)

    def apply(self) -> None:
        self._set(self.archive)
        self.hooks.done(self.service.entity_type, self.record_id)

    def revert(self) -> None:
        self._set(not self.archive)
        self.hooks.done(self.service.entity_type, self.record_id)


class DeleteRecordCommand(ServiceCommand):
    def __init__(self, service: Service, record_id: str, text: str, hooks: UndoHooks) -> None:
        super().__init__(text, hooks)
        self.service = service
        self.record_id = record_id
        self._snapshot: Snapshot | None = None

    def first(self) -> None:
        self._snapshot = self.service.delete(self.record_id)

    def apply(self) -> None:
        self._snapshot = self.service.delete(self.record_id)
        self.hooks.done(self.service.entity_type, None)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.service.restore(self._snapshot)
        self.hooks.done(self.service.entity_type, self.record_id)


class UpdateOrganisationCommand(ServiceCommand):
    def __init__(
        self,
        service: OrganisationService,
        before: Mapping[str, str],
        after: Mapping[str, str],
        text: str,
        hooks: UndoHooks,
    ) -> None:
        super().__init__(text, hooks)
        self.service = service
        self.before = dict(before)
        self.after = dict(after)

    def first(self) -> None:
        self.service.update(self.after)

    def apply(self) -> None:
        self.service.update(self.after)
        self.hooks.done("organisation", "1")

    def revert(self) -> None:
        self.service.update(self.before)
        self.hooks.done("organisation", "1")


class CommandRunner:
    """Runs a command once and, if the service accepted it, puts it on the undo stack."""

    def __init__(
        self, stack: QUndoStack, hooks: UndoHooks, after: Callable[[], None] = lambda: None
    ) -> None:
        self.stack = stack
        self.hooks = hooks
        self._after = after

    def settle(self) -> None:
        """Bring the views up to date after a change made outside the undo stack (the AI Act
        classification, a duty's progress)."""
        self._after()

    def run(self, command: ServiceCommand) -> None:
        """Raises the service's UserFacingError (nothing changed, nothing pushed)."""
        try:
            command.first()
        finally:
            self._after()
        self.stack.push(command)
