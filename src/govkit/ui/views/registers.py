"""The registers the main window shows, described once each.

Adding a register (the AI register, assessments) means adding one :class:`RegisterDefinition`
to :data:`REGISTERS` whose service has the ``RecordService`` shape (rows, get, new, create,
update, duplicate, archive, unarchive, delete, restore, history, departments, specs): the
sidebar entry, table, filters, editor, history and undo all follow from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from govkit.domain.fields import AI_SYSTEM_GROUPS, CONTROLLER_GROUPS, PROCESSOR_GROUPS, GroupSpec
from govkit.ui.models.register_model import Col

if TYPE_CHECKING:
    from govkit.services.registers import RecordService
    from govkit.services.workspace import Workspace
    from govkit.ui.views.record_editor import RecordEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("Registers", text)


@dataclass(frozen=True)
class RegisterDefinition:
    key: str  # stable, used for saved view state
    service: Callable[[Workspace], RecordService[Any]]
    groups: tuple[GroupSpec, ...]
    title: Callable[[], str]  # sidebar entry and page heading
    new_title: Callable[[], str]  # editor heading of an unsaved record
    new_action: Callable[[], str]  # button text
    empty_title: Callable[[], str]
    empty_text: Callable[[], str]  # two plain sentences: what the register is for
    add_first: Callable[[], str]
    select_hint: Callable[[], str]
    no_match: Callable[[], str]
    hidden_columns: tuple[Col, ...] = field(default=())
    legal_basis_filter: bool = True
    ai_filters: bool = False  # phase and risk tier (the AI systems register)
    # The columns' order on screen when no layout was saved (default: the Col order).
    column_order: tuple[Col, ...] = field(default=())
    completeness_items: Callable[[], str] = field(default=lambda: _tr("Art. 30 items"))
    # The editor class (default: RecordEditor), built with the RecordEditor arguments.
    editor: Callable[..., RecordEditor] | None = None


_ACTIVITY_ONLY = (Col.PHASE, Col.TIER, Col.DUTIES)


def _ai_editor(*args: Any, **kwargs: Any) -> RecordEditor:
    from govkit.ui.views.ai_system_editor import AiSystemEditor

    return AiSystemEditor(*args, **kwargs)


REGISTERS: tuple[RegisterDefinition, ...] = (
    RegisterDefinition(
        key="controller_activities",
        service=lambda ws: ws.activities,
        groups=CONTROLLER_GROUPS,
        title=lambda: _tr("Processing activities (Art. 30(1))"),
        new_title=lambda: _tr("New processing activity"),
        new_action=lambda: _tr("New processing activity"),
        empty_title=lambda: _tr("Your record of processing activities"),
        empty_text=lambda: _tr(
            "This register lists each activity in which your organisation uses personal data: "
            "what for, about whom, who receives the data and how long they are kept. Keeping "
            "it is required by Article 30 of the GDPR, and it shows residents that their data "
            "are handled with care."
        ),
        add_first=lambda: _tr("Add your first processing activity"),
        select_hint=lambda: _tr(
            "Select a processing activity in the list to see and edit it, or add a new one."
        ),
        no_match=lambda: _tr("No processing activity matches your search and filters."),
        hidden_columns=_ACTIVITY_ONLY,
    ),
    RegisterDefinition(
        key="processor_activities",
        service=lambda ws: ws.processor_activities,
        groups=PROCESSOR_GROUPS,
        title=lambda: _tr("Processor activities (Art. 30(2))"),
        new_title=lambda: _tr("New processor activity"),
        new_action=lambda: _tr("New processor activity"),
        empty_title=lambda: _tr("Your record as a processor"),
        empty_text=lambda: _tr(
            "This register lists the services your organisation performs with personal data "
            "on behalf of other controllers, such as payroll or hosting for neighbouring "
            "towns. Article 30(2) of the GDPR requires it whenever you act as a processor."
        ),
        add_first=lambda: _tr("Add your first processor activity"),
        select_hint=lambda: _tr(
            "Select a processor activity in the list to see and edit it, or add a new one."
        ),
        no_match=lambda: _tr("No processor activity matches your search and filters."),
        hidden_columns=(Col.LEGAL_BASIS, *_ACTIVITY_ONLY),
        legal_basis_filter=False,
    ),
    RegisterDefinition(
        key="ai_systems",
        service=lambda ws: ws.ai_systems,
        groups=AI_SYSTEM_GROUPS,
        title=lambda: _tr("AI systems"),
        new_title=lambda: _tr("New AI system"),
        new_action=lambda: _tr("New AI system"),
        empty_title=lambda: _tr("Your register of AI systems"),
        empty_text=lambda: _tr(
            "This register lists the AI systems your organisation uses or plans: what each "
            "one does, who is responsible, the data it relies on and where it stands under the "
            "EU AI Act. A guided classification finds its risk tier, and the deployer duties "
            "that follow are tracked here with their evidence."
        ),
        add_first=lambda: _tr("Add your first AI system"),
        select_hint=lambda: _tr(
            "Select an AI system in the list to see and edit it, or add a new one."
        ),
        no_match=lambda: _tr("No AI system matches your search and filters."),
        hidden_columns=(Col.LEGAL_BASIS, Col.DPIA, Col.UPDATED),
        legal_basis_filter=False,
        ai_filters=True,
        # The tier and the open duties first: they are what the register is looked at for.
        column_order=(
            Col.REFERENCE,
            Col.NAME,
            Col.TIER,
            Col.DUTIES,
            Col.PHASE,
            Col.DEPARTMENT,
            Col.COMPLETENESS,
            Col.NEXT_REVIEW,
            Col.STATUS,
            Col.LEGAL_BASIS,
            Col.UPDATED,
            Col.DPIA,
        ),
        completeness_items=lambda: _tr("register items"),
        editor=_ai_editor,
    ),
)
