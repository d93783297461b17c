"""The pick lists: built-in entries plus the ones each city adds."""

from __future__ import annotations

from sqlmodel import col, func, select

from govkit.domain.catalogue_builtin import BUILTIN
from govkit.domain.enums import CatalogueKind
from govkit.domain.models import CatalogueEntry
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, ValidationError

ENTITY = "catalogue_entry"


class CatalogueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def seed_builtins(self) -> None:
        """Fill a new vault's catalogues (no history entries: they are the program's own)."""
        with self.ctx.transaction() as s:
            for kind, labels in BUILTIN.items():
                for position, label in enumerate(labels):
                    s.add(
                        CatalogueEntry(
                            kind=kind.value, label=_(label), builtin=True, position=position
                        )
                    )

    def labels(self, kind: CatalogueKind) -> list[str]:
        return [e.label for e in self.entries(kind)]

    def entries(self, kind: CatalogueKind) -> list[CatalogueEntry]:
        with self.ctx.transaction() as s:
            q = (
                select(CatalogueEntry)
                .where(CatalogueEntry.kind == kind.value)
                .order_by(col(CatalogueEntry.position), col(CatalogueEntry.label))
            )
            return list(s.exec(q))

    def add(self, kind: CatalogueKind, label: str, description: str = "") -> CatalogueEntry:
        label = " ".join(label.split())
        if not label:
            raise ValidationError({"label": _("An entry needs a text.")})
        if len(label) > 300:
            raise ValidationError({"label": _("The entry is too long (at most 300 characters).")})
        with self.ctx.transaction() as s:
            clash = s.exec(
                select(CatalogueEntry).where(
                    CatalogueEntry.kind == kind.value,
                    func.lower(CatalogueEntry.label) == label.lower(),
                )
            ).first()
            if clash is not None:
                raise ValidationError(
                    {"label": _("“{label}” is already in the list.").format(label=label)}
                )
            last = s.exec(
                select(func.max(CatalogueEntry.position)).where(CatalogueEntry.kind == kind.value)
            ).one()
            entry = CatalogueEntry(
                kind=kind.value,
                label=label,
                description=description,
                builtin=False,
                position=(last or 0) + 1,
            )
            s.add(entry)
            s.flush()
            self.ctx.record(
                s,
                entity_type=ENTITY,
                entity_id=str(entry.id),
                entity_label=label,
                action="create",
                changes=[
                    audit_chain.FieldChange("label", None, label),
                    audit_chain.FieldChange("kind", None, kind.value),
                ],
            )
        return entry

    def remove(self, entry_id: int) -> None:
        """Remove a user-added entry (records keep the text they already hold)."""
        with self.ctx.transaction() as s:
            entry = s.get(CatalogueEntry, entry_id)
            if entry is None:
                raise NotFoundError(_("This entry no longer exists."))
            if entry.builtin:
                raise ValidationError({"label": _("Built-in entries cannot be removed.")})
            s.delete(entry)
            self.ctx.record(
                s,
                entity_type=ENTITY,
                entity_id=str(entry_id),
                entity_label=entry.label,
                action="delete",
                changes=[audit_chain.FieldChange("label", entry.label, None)],
            )
