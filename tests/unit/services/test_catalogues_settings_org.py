from __future__ import annotations

import pytest

from govkit.domain.enums import CatalogueKind
from govkit.services.catalogues import CatalogueService
from govkit.services.context import ServiceContext
from govkit.services.organisation import OrganisationService
from govkit.services.settings import SettingsService, VaultSettings
from govkit.storage.errors import ValidationError


def test_builtin_catalogues_are_seeded(ctx: ServiceContext) -> None:
    cats = CatalogueService(ctx)
    for kind in CatalogueKind:
        assert cats.labels(kind), kind
    assert "Art. 6(1)(e) Public task or official authority" in cats.labels(
        CatalogueKind.LEGAL_BASIS
    )
    assert "Health data" in cats.labels(CatalogueKind.SPECIAL_CATEGORY)


def test_user_extends_and_removes_catalogue_entries(ctx: ServiceContext) -> None:
    cats = CatalogueService(ctx)
    entry = cats.add(CatalogueKind.DATA_SUBJECT, "  Market   traders ")
    assert cats.labels(CatalogueKind.DATA_SUBJECT)[-1] == "Market traders"
    with pytest.raises(ValidationError):
        cats.add(CatalogueKind.DATA_SUBJECT, "market TRADERS")
    with pytest.raises(ValidationError):
        cats.add(CatalogueKind.DATA_SUBJECT, "   ")
    builtin = cats.entries(CatalogueKind.DATA_SUBJECT)[0]
    with pytest.raises(ValidationError):
        cats.remove(builtin.id or 0)
    assert entry.id is not None
    cats.remove(entry.id)
    assert "Market traders" not in cats.labels(CatalogueKind.DATA_SUBJECT)


def test_organisation_profile_updates_with_history(ctx: ServiceContext) -> None:
    org = OrganisationService(ctx)
    assert org.get().name == ""
    org.update({"name": "Ville de Dschang", "dpo_name": "Amina Nkemdirim"})
    assert org.get().dpo_name == "Amina Nkemdirim"
    with pytest.raises(ValidationError):
        org.update({"name": " "})
    assert org.get().name == "Ville de Dschang"
    with pytest.raises(ValidationError):
        org.update({"secret_field": "x"})
    entries = ctx.conn.execute(
        "SELECT action FROM change_entry WHERE entity_type='organisation'"
    ).fetchall()
    assert entries == [("update",)]


def test_settings_defaults_limits_and_history(ctx: ServiceContext) -> None:
    settings = SettingsService(ctx)
    assert settings.get() == VaultSettings(idle_lock_minutes=10, backups_kept=3, autosave_seconds=2)
    assert settings.update(idle_lock_minutes=5).idle_lock_minutes == 5
    with pytest.raises(ValidationError) as err:
        settings.update(backups_kept=0, idle_lock_minutes=999)
    assert set(err.value.problems) == {"backups_kept", "idle_lock_minutes"}
    assert settings.get().idle_lock_minutes == 5
