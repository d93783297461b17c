"""How an AI system's values read in the register's PDF report (escaped pieces, as
``pdf_values`` does for activities)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from govkit.domain.ai_enums import AiPhase, DutyStatus, RegisterKind
from govkit.domain.ai_rules import duty_spec, open_duties
from govkit.domain.completeness import ai_system_completeness
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.domain.models import AiSystem
from govkit.domain.parts import (
    ActivityLink,
    AiDataset,
    AiDuty,
    AiModel,
    ClassificationRecord,
    RegisterEntry,
)
from govkit.exports.ai_public import dataset_use_label, model_line, tier_label
from govkit.exports.pdf_values import (
    FieldValue,
    Look,
    Piece,
    clean,
    format_date,
    format_datetime,
    markup,
    status_label,
    text_pieces,
    yes_no,
)
from govkit.i18n import N_, _

# The items of the AI systems' completeness check and the fields behind each.
AI_MISSING_ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    N_("Name"): ("name",),
    N_("Owning department"): ("department",),
    N_("Description in plain language"): ("description",),
    N_("Purpose"): ("purpose",),
    N_("Contact"): ("contact",),
    N_("Senior responsible owner"): ("senior_responsible_owner",),
    N_("How it fits the decision process"): ("decision_process",),
    N_("Human review and override"): ("human_review",),
    N_("How people can appeal or object"): ("appeal",),
    N_("System inputs"): ("inputs",),
    N_("System outputs"): ("outputs",),
    N_("Models"): ("models",),
    N_("Development and operational data"): ("datasets",),
    N_("EU AI Act classification"): ("risk_tier",),
    N_("Terms of access to data"): ("data_access_terms",),
    N_("Monitoring"): ("monitoring",),
    N_("Reasoning of the classification"): ("classification_reasoning",),
}


def _detail(label: str, value: str) -> Piece:
    return Piece(f"{escape(label)}: {markup(value)}", Look.DETAIL, len(label) + len(value))


def model_pieces(items: Sequence[AiModel]) -> list[Piece]:
    return [Piece(markup(model_line(m)), Look.BULLET, len(model_line(m))) for m in items]


def dataset_pieces(items: Sequence[AiDataset]) -> list[Piece]:
    pieces: list[Piece] = []
    for d in items:
        head = f"<b>{escape(dataset_use_label(d.use))}</b>"
        if d.description.strip():
            head += f" · {markup(d.description)}"
        pieces.append(Piece(head, Look.BULLET, len(d.description) + 30))
        if d.sources.strip():
            pieces.append(_detail(_("Sources"), d.sources))
        pieces.append(_detail(_("Personal data"), yes_no(d.personal_data)))
        if d.special_categories.strip():
            pieces.append(_detail(_("Special categories"), d.special_categories))
    return pieces


def link_pieces(items: Sequence[ActivityLink], names: dict[str, str]) -> list[Piece]:
    pieces: list[Piece] = []
    for link in items:
        name = names.get(link.subject_id, _("an activity not in this export"))
        pieces.append(Piece(markup(name), Look.BULLET, len(name)))
        if link.note.strip():
            pieces.append(_detail(_("Note"), link.note))
    return pieces


def register_pieces(items: Sequence[RegisterEntry]) -> list[Piece]:
    pieces: list[Piece] = []
    for entry in items:
        try:
            register = RegisterKind(entry.register).label
        except ValueError:
            register = clean(entry.register)
        text = " · ".join(v for v in (entry.identifier, entry.url) if v.strip()) or "—"
        pieces.append(
            Piece(f"<b>{escape(register)}</b>: {markup(text)}", Look.BULLET, len(text) + 30)
        )
    return pieces


def duty_status_label(status: str) -> str:
    try:
        return DutyStatus(status).label
    except ValueError:
        return clean(status)


def duty_pieces(items: Sequence[AiDuty]) -> list[Piece]:
    pieces: list[Piece] = []
    for duty in items:
        spec = duty_spec(duty.key)
        title = spec.title if spec is not None else duty.key
        articles = ", ".join(spec.articles) if spec is not None else ""
        status = duty_status_label(duty.status)
        colour = "#1b5e20" if duty.status in ("done", "not_applicable") else "#a61b1b"
        head = f'<b>{markup(title)}</b> · <font color="{colour}">{escape(status)}</font>'
        if articles:
            head += f" <font color='#555555'>({escape(articles)})</font>"
        pieces.append(Piece(head, Look.BULLET, len(title) + len(status) + len(articles)))
        if duty.owner.strip():
            pieces.append(_detail(_("Owner"), duty.owner))
        if duty.evidence.strip():
            pieces.append(_detail(_("Evidence"), duty.evidence))
    return pieces


def classification_pieces(items: Sequence[ClassificationRecord]) -> list[Piece]:
    pieces: list[Piece] = []
    for c in items:
        text = " · ".join(v for v in (c.at[:10], tier_label(c.tier), clean(c.by)) if v)
        pieces.append(Piece(markup(text), Look.BULLET, len(text)))
        if c.reasoning.strip():
            pieces.append(_detail(_("Reasoning"), c.reasoning))
    return pieces


def ai_value_pieces(
    spec: FieldSpec, value: Any, *, today: date, names: dict[str, str]
) -> list[Piece]:
    """The pieces of one field of an AI system (empty list: nothing recorded)."""
    kind = spec.kind
    if kind is FieldKind.OPTION:
        if not value:
            return []
        label = value
        if spec.options is not None:
            try:
                label = getattr(spec.options(value), "label", value)
            except ValueError:
                label = value
        return [Piece(markup(label), Look.TEXT, len(str(label)))]
    if kind is FieldKind.DATETIME:
        if value is None:
            return []
        text = format_datetime(value)
        return [Piece(escape(text), Look.TEXT, len(text))]
    if kind is FieldKind.AI_MODELS:
        return model_pieces(value or [])
    if kind is FieldKind.AI_DATASETS:
        return dataset_pieces(value or [])
    if kind is FieldKind.ACTIVITY_LINKS:
        return link_pieces(value or [], names)
    if kind is FieldKind.REGISTER_ENTRIES:
        return register_pieces(value or [])
    if kind is FieldKind.AI_DUTIES:
        return duty_pieces(value or [])
    if kind is FieldKind.CLASSIFICATIONS:
        return classification_pieces(value or [])
    if kind is FieldKind.DATE:
        return [Piece(escape(format_date(value)), Look.TEXT, 10)] if value else []
    if kind is FieldKind.BOOL:
        text = yes_no(bool(value))
        return [Piece(escape(text), Look.TEXT, len(text))]
    if kind is FieldKind.STATUS:
        text = status_label(value)
        return [Piece(markup(text), Look.TEXT, len(text))]
    return text_pieces(value)


def ai_field_values(
    system: AiSystem, specs: Sequence[FieldSpec], *, today: date, names: dict[str, str]
) -> tuple[list[FieldValue], tuple[str, ...]]:
    """Every field of ``system`` in ``specs`` order, and the items its check finds missing."""
    check = ai_system_completeness(system)
    live = system.archived_at is None and system.phase != AiPhase.RETIRED.value
    by_label = {_(label): names_ for label, names_ in AI_MISSING_ITEM_FIELDS.items()}
    flagged: set[str] = set()
    if live:
        for item in check.missing:
            flagged.update(by_label.get(item, ()))
    values = [
        FieldValue(
            spec,
            tuple(ai_value_pieces(spec, getattr(system, spec.name), today=today, names=names)),
            spec.name in flagged,
        )
        for spec in specs
    ]
    return values, check.missing


def open_duty_count(system: AiSystem) -> int:
    return open_duties(system.duties)
