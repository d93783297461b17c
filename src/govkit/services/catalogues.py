"""The pick lists: built-in entries plus the ones each city adds."""

from __future__ import annotations

from sqlmodel import col, func, select

from govkit.assessments import suggestion_catalogue
from govkit.domain.catalogue_builtin import BUILTIN, BUILTIN_DESCRIPTIONS
from govkit.domain.enums import CatalogueKind
from govkit.domain.models import CatalogueEntry
from govkit.i18n import _
from govkit.services.context import ServiceContext
from govkit.storage import audit_chain
from govkit.storage.errors import NotFoundError, ValidationError

ENTITY = "catalogue_entry"


def suggestion_kind(source: str | None) -> CatalogueKind | None:
    """The pick list a questionnaire question's ``suggestions`` names (such as
    ``"catalogue:dpia_required"``); None for none, or for a catalogue this version does not
    know (a questionnaire kept in an assessment may come from a later govkit)."""
    name = suggestion_catalogue(source)
    if name is None:
        return None
    try:
        return CatalogueKind(name)
    except ValueError:
        return None


class CatalogueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def seed_builtins(self) -> None:
        """Give every catalogue that has no built-in entry yet the program's own.

        A new vault gets them all; a vault made before a catalogue existed gets that
        catalogue's entries when it is opened (built-in entries cannot be removed, so a kind
        without any has never been seeded). No history entries: they are the program's own;
        and nothing is marked unsaved, since seeding again on the next opening gives the same.
        """
        with self.ctx.transaction() as s:
            seeded = set(
                s.exec(select(CatalogueEntry.kind).where(col(CatalogueEntry.builtin)).distinct())
            )
            for kind, labels in BUILTIN.items():
                if kind.value in seeded:
                    continue
                taken = {
                    label.casefold()
                    for label in s.exec(
                        select(CatalogueEntry.label).where(CatalogueEntry.kind == kind.value)
                    )
                }
                for position, label in enumerate(labels):
                    if _(label).casefold() in taken:
                        continue
                    description = BUILTIN_DESCRIPTIONS.get(label)
                    s.add(
                        CatalogueEntry(
                            kind=kind.value,
                            label=_(label),
                            description=_(description) if description else "",
                            builtin=True,
                            position=position,
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
