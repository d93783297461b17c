"""How a record's values read in the PDF report: escaped paragraph markup, in small pieces.

Kept apart from the layout (``pdf.py``) so that it can be tested without building a PDF. Every
user-entered text goes through ``markup()``: control characters are dropped and ``&``, ``<``
and ``>`` escaped, so a name such as ``"Müller & Söhne <GmbH>"`` prints as typed and cannot
inject reportlab paragraph markup. A value becomes one piece per line or list item; the layout
cuts pieces taller than a table row at line ends (a row cannot break across pages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any
from xml.sax.saxutils import escape

from govkit.domain.completeness import completeness
from govkit.domain.enums import ActivityStatus, RecipientCategory
from govkit.domain.fields import FieldKind, FieldSpec
from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.domain.parts import ControllerParty, JointController, Recipient, Transfer
from govkit.i18n import N_, _

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
WARNING_SIGN = "\u26a0"  # ⚠, in DejaVu Sans

Record = ControllerActivity | ProcessorActivity


class Look(StrEnum):
    """How a piece is set: plain text, a bullet, an indented detail line, or a marker."""

    TEXT = "text"
    BULLET = "bullet"
    DETAIL = "detail"  # a detail line under a bullet (safeguard, contact, …)
    EMPTY = "empty"  # "—": nothing recorded, not required
    MISSING = "missing"  # nothing recorded, and Art. 30 asks for it


@dataclass(frozen=True)
class Piece:
    markup: str  # reportlab paragraph markup, already escaped
    look: Look = Look.TEXT
    chars: int = 0  # length of the text it shows (to estimate its height)


@dataclass(frozen=True)
class FieldValue:
    spec: FieldSpec
    pieces: tuple[Piece, ...]
    missing: bool  # an Art. 30 item that is not recorded


def clean(text: Any) -> str:
    """``text`` as a str without control characters (line breaks and tabs kept as spaces or
    line breaks), and without lone surrogates that no PDF can encode."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    value = _CONTROL.sub("", value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def markup(text: Any) -> str:
    """Plain text as reportlab paragraph markup (escaped; line breaks kept)."""
    return escape(clean(text)).replace("\n", "<br/>")


def text_pieces(text: Any, look: Look = Look.TEXT) -> list[Piece]:
    """A free text as pieces, one per line (blank lines dropped)."""
    return [
        Piece(escape(line), look, len(line)) for line in clean(text).split("\n") if line.strip()
    ]


def yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_datetime(value: datetime | None) -> str:
    """A time in the computer's time zone with its offset: ``2026-03-01 11:15 (UTC+01:00)``."""
    if value is None:
        return ""
    if value.tzinfo is None:  # stored times are UTC
        value = value.replace(tzinfo=UTC)
    local = value.astimezone()
    offset = local.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{local:%Y-%m-%d %H:%M} ({zone})"


def status_label(value: Any) -> str:
    try:
        return ActivityStatus(value).label
    except ValueError:
        return clean(value)


def is_live(record: Record) -> bool:
    """Not archived and not retired: reviews and missing items still matter."""
    return record.archived_at is None and str(record.status) != ActivityStatus.RETIRED.value


def review_overdue(record: Record, today: date) -> bool:
    return is_live(record) and record.next_review is not None and record.next_review < today


# -- which fields the completeness check finds missing --------------------------------------------

# The completeness check (domain/completeness.py) names missing items with these labels; the
# report flags the fields behind each. A test checks that every label the check can produce is
# here, so a new check cannot go unflagged.
MISSING_ITEM_FIELDS: dict[str, tuple[str, ...]] = {
    N_("Name"): ("name",),
    N_("Owning department"): ("department",),
    N_("Department contact"): ("contact",),
    N_("Purposes"): ("purposes",),
    N_("Legal basis"): ("legal_bases",),
    N_("Categories of data subjects"): ("data_subject_categories",),
    N_("Categories of personal data"): ("data_categories",),
    N_("Recipients (or “no recipients”)"): ("recipients",),
    N_("Transfers (or “no transfers”)"): ("transfers",),
    N_("Retention periods"): ("retention",),
    N_("Security measures"): ("security_measures",),
    N_("Art. 9 condition for special categories"): ("art9_conditions",),
    N_("Art. 10 authority for criminal data"): ("art10_basis",),
    N_("Safeguard for every transfer"): ("transfers",),
    N_("Details of the automated decision"): ("automated_decision_details",),
    N_("Controllers served"): ("controllers",),
    N_("Categories of processing"): ("processing_categories",),
}


def missing_fields(missing_items: Iterable[str]) -> set[str]:
    """The field names behind the (translated) missing items of a completeness check."""
    by_label = {_(label): names for label, names in MISSING_ITEM_FIELDS.items()}
    found: set[str] = set()
    for item in missing_items:
        found.update(by_label.get(item, ()))
    return found


# -- values ---------------------------------------------------------------------------------------


def _detail(label: str, value: str) -> Piece:
    return Piece(f"{escape(label)}: {markup(value)}", Look.DETAIL, len(label) + len(value))


def _missing_detail(label: str) -> Piece:
    text = _("{label}: not recorded").format(label=label)
    return Piece(f"{WARNING_SIGN} {escape(text)}", Look.MISSING, len(text))


def _bold_head(name: str, fallback: str) -> str:
    return f"<b>{markup(name)}</b>" if name.strip() else f"<i>{escape(fallback)}</i>"


def recipient_pieces(items: Sequence[Recipient]) -> list[Piece]:
    pieces = []
    for r in items:
        try:
            category = RecipientCategory(r.category).label
        except ValueError:
            category = clean(r.category)
        head = (
            f"<b>{markup(r.name)}</b> · {escape(category)}" if r.name.strip() else escape(category)
        )
        pieces.append(Piece(head, Look.BULLET, len(r.name) + len(category)))
    return pieces


def transfer_pieces(items: Sequence[Transfer]) -> list[Piece]:
    pieces: list[Piece] = []
    for t in items:
        head = _bold_head(t.country, _("Country not recorded"))
        if t.recipient.strip():
            head += f" · {markup(t.recipient)}"
        pieces.append(Piece(head, Look.BULLET, len(t.country) + len(t.recipient)))
        if t.safeguard.strip():
            pieces.append(_detail(_("Safeguard"), t.safeguard))
        else:
            pieces.append(_missing_detail(_("Safeguard")))
        if t.documentation.strip():
            pieces.extend(_long_detail(_("Documentation"), t.documentation))
    return pieces


def _long_detail(label: str, value: str) -> list[Piece]:
    parts = text_pieces(value, Look.DETAIL)
    if not parts:
        return []
    first = parts[0]
    return [
        Piece(f"{escape(label)}: {first.markup}", Look.DETAIL, first.chars + len(label)),
        *parts[1:],
    ]


def joint_controller_pieces(items: Sequence[JointController]) -> list[Piece]:
    pieces: list[Piece] = []
    for j in items:
        pieces.append(Piece(_bold_head(j.name, _("Name not recorded")), Look.BULLET, len(j.name)))
        if j.contact.strip():
            pieces.append(_detail(_("Contact"), j.contact))
        if j.responsibilities.strip():
            pieces.extend(_long_detail(_("Responsibilities"), j.responsibilities))
    return pieces


def controller_party_pieces(items: Sequence[ControllerParty]) -> list[Piece]:
    pieces: list[Piece] = []
    for c in items:
        pieces.append(Piece(_bold_head(c.name, _("Name not recorded")), Look.BULLET, len(c.name)))
        for label, value in (
            (_("Contact"), c.contact),
            (_("Representative"), c.representative),
            (_("Data protection officer"), c.dpo),
        ):
            if value.strip():
                pieces.append(_detail(label, value))
    return pieces


def _parts(kind: FieldKind, value: Any) -> list[Piece]:
    items = list(value or [])
    if kind is FieldKind.RECIPIENTS:
        return recipient_pieces(items)
    if kind is FieldKind.TRANSFERS:
        return transfer_pieces(items)
    if kind is FieldKind.JOINT_CONTROLLERS:
        return joint_controller_pieces(items)
    return controller_party_pieces(items)


def value_pieces(spec: FieldSpec, value: Any, *, today: date, record: Record) -> list[Piece]:
    """The pieces showing ``value`` of the field ``spec`` (empty list: nothing recorded)."""
    kind = spec.kind
    if kind is FieldKind.BOOL:
        text = yes_no(bool(value))
        return [Piece(escape(text), Look.TEXT, len(text))]
    if kind is FieldKind.STATUS:
        text = status_label(value)
        if record.archived_at is not None:
            text += " · " + _("archived on {date}").format(date=format_date(record.archived_at))
        return [Piece(markup(text), Look.TEXT, len(text))]
    if kind is FieldKind.DATE:
        if value is None:
            return []
        text = format_date(value)
        if spec.name == "next_review" and review_overdue(record, today):
            flag = _("overdue")
            return [
                Piece(
                    f'{escape(text)} <font color="#a61b1b"><b>{WARNING_SIGN} {escape(flag)}</b>'
                    "</font>",
                    Look.TEXT,
                    len(text) + len(flag),
                )
            ]
        return [Piece(escape(text), Look.TEXT, len(text))]
    if kind is FieldKind.LIST:
        pieces = []
        for item in value or []:
            text = clean(item).replace("\n", " ")
            if text.strip():
                pieces.append(Piece(escape(text), Look.BULLET, len(text)))
        return pieces
    if kind in (
        FieldKind.RECIPIENTS,
        FieldKind.TRANSFERS,
        FieldKind.JOINT_CONTROLLERS,
        FieldKind.CONTROLLERS,
    ):
        return _parts(kind, value)
    return text_pieces(value)


def field_values(
    record: Record, specs: Sequence[FieldSpec], *, today: date
) -> tuple[list[FieldValue], tuple[str, ...]]:
    """Every field of ``record`` in ``specs`` order, and the missing Art. 30 items (labels)."""
    check = completeness(record)
    flagged = missing_fields(check.missing) if is_live(record) else set()
    values = []
    for spec in specs:
        pieces = value_pieces(spec, getattr(record, spec.name), today=today, record=record)
        values.append(FieldValue(spec, tuple(pieces), spec.name in flagged))
    return values, check.missing
