"""The controller's identity (Art. 30(1)(a)), one per vault."""

from __future__ import annotations

from collections.abc import Mapping

from govkit.domain.fields import ORGANISATION_FIELDS
from govkit.domain.models import Organisation
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import ValidationError

ENTITY = "organisation"
_FIELDS = tuple(f.name for f in ORGANISATION_FIELDS)


class OrganisationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> Organisation:
        with self.ctx.transaction() as s:
            return s.get(Organisation, 1) or Organisation()

    def update(self, values: Mapping[str, str]) -> Organisation:
        unknown = set(values) - set(_FIELDS)
        if unknown:
            raise ValidationError({k: _("This field cannot be set.") for k in unknown})
        with self.ctx.transaction() as s:
            org = s.get(Organisation, 1) or Organisation()
            before = {f: getattr(org, f) for f in _FIELDS}
            for key, value in values.items():
                setattr(org, key, (value or "").strip())
            if not org.name:
                raise ValidationError({"name": _("The organisation's name is required.")})
            changes = [
                audit_chain.FieldChange(f, before[f], getattr(org, f))
                for f in _FIELDS
                if before[f] != getattr(org, f)
            ]
            if changes:
                s.add(org)
                self.ctx.record(
                    s,
                    entity_type=ENTITY,
                    entity_id="1",
                    entity_label=org.name,
                    action="update",
                    changes=changes,
                )
        return org
