"""An open vault with its services: what the GUI and the CLI both work with."""

from __future__ import annotations

from pathlib import Path

from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.i18n import _
from govkit.services.ai_systems import AiSystemService
from govkit.services.catalogues import CatalogueService
from govkit.services.context import Actor, ServiceContext
from govkit.services.organisation import OrganisationService
from govkit.services.people import PeopleService, check_new_passphrase
from govkit.services.registers import RecordService, controller_service, processor_service
from govkit.services.settings import SettingsService
from govkit.storage import audit_chain
from govkit.storage.vault import DEFAULT_KDF, KdfParams, SaveJob, Vault


class Workspace:
    """One unlocked vault. Call ``save()`` after changes (the GUI autosaves) and ``close()``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        person = vault.person
        self.ctx = ServiceContext(vault.conn, Actor(person.name, person.slot_id))
        self.activities: RecordService[ControllerActivity] = controller_service(self.ctx)
        self.processor_activities: RecordService[ProcessorActivity] = processor_service(self.ctx)
        self.ai_systems = AiSystemService(self.ctx)
        self.catalogues = CatalogueService(self.ctx)
        self.organisation = OrganisationService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.people = PeopleService(self.ctx, vault)
        self.vault.backups_kept = self.settings.get().backups_kept
        # A new vault's pick lists, and those added to govkit since an older vault was made.
        self.catalogues.seed_builtins()

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def dirty(self) -> bool:
        return self.ctx.dirty

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        person_name: str,
        passphrase: str,
        organisation_name: str = "",
        kdf: KdfParams = DEFAULT_KDF,
    ) -> tuple[Workspace, str]:
        """A new vault with the built-in catalogues; returns it and its recovery key."""
        check_new_passphrase(passphrase)
        vault, recovery_key = Vault.create(
            path, name=person_name.strip() or _("Owner"), passphrase=passphrase, kdf=kdf
        )
        ws = cls(vault)
        try:
            with ws.ctx.transaction() as s:
                ws.ctx.record(
                    s,
                    entity_type="vault",
                    entity_id=vault.vault_id,
                    entity_label=path.name,
                    action="create",
                    changes=[audit_chain.FieldChange("person", None, vault.person.name)],
                )
            if organisation_name.strip():
                ws.organisation.update({"name": organisation_name})
            ws.save()
        except BaseException:
            ws.close()
            raise
        return ws, recovery_key

    @classmethod
    def open(cls, path: Path, secret: str) -> Workspace:
        return cls(Vault.open(path, secret))

    def _check_idle(self) -> None:
        if self.ctx.busy:  # the image would catch a worker's transaction half-way
            raise RuntimeError("cannot save while a worker thread is using the database")

    def save(self) -> None:
        self._check_idle()
        self.vault.backups_kept = self.settings.get().backups_kept
        self.vault.save()
        self.ctx.dirty = False

    def save_as(self, new_path: Path) -> None:
        """Save as a new file and go on working there (see ``Vault.save_as``).

        On failure the workspace stays on its old file and keeps its unsaved changes.
        """
        self._check_idle()
        self.vault.backups_kept = self.settings.get().backups_kept
        self.vault.save_as(new_path)
        self.ctx.dirty = False

    def begin_save(self) -> SaveJob:
        """Serialize now (on this thread); the returned job encrypts and writes anywhere."""
        self._check_idle()
        self.vault.backups_kept = self.settings.get().backups_kept
        job = self.vault.begin_save()
        self.ctx.dirty = False
        return job

    def close(self) -> None:
        self.vault.close()
