"""The History tab: who changed what and when, written for people rather than machines."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from govkit.domain.enums import ActivityStatus, ChangeAction
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.domain.models import ChangeEntry
from govkit.domain.parts import PART_TYPES
from govkit.storage.audit_chain import FieldChange, changes_of
from govkit.ui.models.register_model import format_date, format_datetime

ARROW = "→"


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def field_label(name: str, specs: dict[str, FieldSpec]) -> str:
    spec = specs.get(name)
    if spec is not None:
        return spec.label
    if name == "archived_at":
        return _tr("Archived on")
    return name.replace("_", " ").capitalize()


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def format_value(name: str, value: Any, specs: dict[str, FieldSpec]) -> str:
    """One stored value as a reader would write it: lists joined, parts summarised."""
    if _empty(value):
        return _tr("(empty)")
    spec = specs.get(name)
    kind = spec.kind if spec else None
    if name in PART_TYPES and isinstance(value, list):
        part_type = PART_TYPES[name]
        parts = [part_type.from_dict(v) if isinstance(v, dict) else v for v in value]
        if kind is FieldKind.AI_DUTIES:
            return "; ".join(_duty_text(p) for p in parts)
        if kind is FieldKind.CLASSIFICATIONS:
            return "; ".join(_classification_text(p) for p in parts)
        return "; ".join(p.summary() for p in parts)
    if kind is FieldKind.OPTION and spec is not None and spec.options is not None:
        try:
            return str(spec.options(value).label)  # type: ignore[attr-defined]
        except ValueError:
            return str(value)
    if kind is FieldKind.DATETIME and isinstance(value, str):
        try:
            return format_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if kind is FieldKind.STATUS or name == "status":
        try:
            return ActivityStatus(value).label
        except ValueError:
            return str(value)
    if kind is FieldKind.BOOL or isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if kind is FieldKind.DATE and isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if name == "archived_at" and isinstance(value, str):
        try:
            return format_datetime(datetime.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _duty_text(duty: Any) -> str:
    """An AI Act duty of the checklist: "Human oversight: Done, owner …"."""
    from govkit.domain.ai_enums import DutyStatus
    from govkit.domain.ai_rules import duty_spec

    spec = duty_spec(duty.key)
    title = spec.title if spec is not None else duty.key
    try:
        status = DutyStatus(duty.status).label
    except ValueError:
        status = duty.status
    text = _tr("{duty}: {status}").format(duty=title, status=status)
    if duty.owner:
        text += " " + _tr("(owner: {owner})").format(owner=duty.owner)
    return text


def _classification_text(record: Any) -> str:
    from govkit.domain.ai_enums import AiRiskTier

    try:
        tier = AiRiskTier(record.tier).label
    except ValueError:
        tier = record.tier
    return _tr("{tier} ({date})").format(tier=tier, date=record.at[:10]) if record.at else tier


def action_label(action: str) -> str:
    try:
        return ChangeAction(action).label
    except ValueError:
        return action


LONG = 70  # characters: longer values are shown on lines of their own


def change_lines(change: FieldChange, action: str, specs: dict[str, FieldSpec]) -> list[str]:
    """``Label: before → after`` (``Label: value`` when a record was created or removed).

    When the two values are long (a retention rule, a description) they are put on lines of
    their own, "Before: …" and "After: …", instead of one long line with an arrow.
    """
    label = field_label(change.field, specs)
    before = format_value(change.field, change.before, specs)
    after = format_value(change.field, change.after, specs)
    if action in (ChangeAction.CREATE, ChangeAction.RESTORE):
        return [_tr("{field}: {value}").format(field=label, value=after)]
    if action == ChangeAction.DELETE:
        return [_tr("{field}: {value}").format(field=label, value=before)]
    if len(before) + len(after) > LONG:
        return [
            _tr("{field}:").format(field=label),
            _tr("Before: {value}").format(value=before),
            _tr("After: {value}").format(value=after),
        ]
    return [
        _tr("{field}: {before} {arrow} {after}").format(
            field=label, before=before, after=after, arrow=ARROW
        )
    ]


def change_line(change: FieldChange, action: str, specs: dict[str, FieldSpec]) -> str:
    return "\n".join(change_lines(change, action, specs))


def entry_heading(entry: ChangeEntry) -> str:
    return _tr("{when} — {who} — {action}").format(
        when=format_datetime(entry.at),
        who=entry.actor or _tr("unknown person"),
        action=action_label(entry.action),
    )


def history_html(entries: Iterable[ChangeEntry], specs: dict[str, FieldSpec]) -> str:
    parts: list[str] = []
    for entry in entries:
        parts.append(f"<h4 style='margin-bottom:2px'>{html.escape(entry_heading(entry))}</h4>")
        if entry.action in (ChangeAction.ARCHIVE, ChangeAction.UNARCHIVE):
            continue
        items = []
        for change in changes_of(entry):
            first, *rest = change_lines(change, entry.action, specs)
            text = html.escape(first).replace("\n", "<br>")
            for line in rest:
                text += "<br>&nbsp;&nbsp;&nbsp;" + html.escape(line).replace("\n", "<br>")
            items.append(f"<li>{text}</li>")
        if items:
            parts.append(f"<ul style='margin-top:0'>{''.join(items)}</ul>")
    if not parts:
        return f"<p>{html.escape(_tr('No changes recorded yet.'))}</p>"
    return "".join(parts)


class HistoryView(QTextBrowser):
    """Read-only, selectable, keyboard-scrollable history of one record."""

    def __init__(self, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {s.name: s for s in specs}
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Change history"))
        self.setAccessibleDescription(
            self.tr("Every change to this record: when, who, and each field before and after.")
        )

    def show_entries(self, entries: list[ChangeEntry]) -> None:
        self.setHtml(history_html(entries, self.specs))

    def clear_entries(self) -> None:
        self.setHtml(history_html([], self.specs))
