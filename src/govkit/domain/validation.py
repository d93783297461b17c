"""Rules a record must meet before it is saved; each problem names its field."""

from __future__ import annotations

from datetime import date
from typing import cast

from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.i18n import _

MAX_TEXT = 20_000
MAX_NAME = 300


def validate_record(record: ControllerActivity | ProcessorActivity) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not record.name.strip():
        problems["name"] = _("A name is required.")
    elif len(record.name) > MAX_NAME:
        problems["name"] = _("The name is too long (at most {n} characters).").format(n=MAX_NAME)
    if not record.department.strip():
        problems["department"] = _("The owning department is required.")
    if len(record.reference) > 100:
        problems["reference"] = _("The reference is too long (at most 100 characters).")
    if record.next_review is not None and not (
        date(2000, 1, 1) <= record.next_review <= date(2200, 1, 1)
    ):
        problems["next_review"] = _("The review date is not plausible.")
    for t in record.transfers:
        if not t.country.strip():
            problems["transfers"] = _("Every transfer needs a country or organisation.")
            break
    if record.transfers and record.no_transfers:
        problems["no_transfers"] = _(
            "Transfers are listed, so “no transfers outside the EU/EEA” cannot be ticked."
        )
    for name, value in record.__dict__.items():
        if isinstance(value, str) and len(value) > MAX_TEXT and name not in problems:
            problems[name] = _("This text is too long (at most {n} characters).").format(n=MAX_TEXT)
    if hasattr(record, "no_recipients"):  # a controller activity (or a draft of one)
        record = cast(ControllerActivity, record)
        if record.recipients and record.no_recipients:
            problems["no_recipients"] = _(
                "Recipients are listed, so “no recipients” cannot be ticked."
            )
        if record.art9_conditions and not record.special_categories:
            problems["art9_conditions"] = _(
                "An Art. 9 condition is only needed when special categories are processed."
            )
    return problems
