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


def test_the_dpia_list_has_sourced_builtins_and_takes_the_authoritys_entries(
    ctx: ServiceContext,
) -> None:
    from govkit.domain.catalogue_builtin import BUILTIN, BUILTIN_DESCRIPTIONS

    cats = CatalogueService(ctx)
    kind = CatalogueKind.DPIA_REQUIRED
    assert kind.label == "Processing that always requires a DPIA (your authority's list)"
    entries = cats.entries(kind)
    assert [e.label for e in entries] == list(BUILTIN[kind])
    assert "Large-scale processing of health data" in cats.labels(kind)
    assert set(BUILTIN_DESCRIPTIONS) == set(BUILTIN[kind])
    for entry in entries:
        assert entry.builtin and entry.description == BUILTIN_DESCRIPTIONS[entry.label]
        assert "GDPR Art. 35(4)" in entry.description and "WP248" in entry.description
    own = cats.add(kind, "Processing of data of people in a women's refuge")
    assert cats.labels(kind)[-1] == own.label
    with pytest.raises(ValidationError):
        cats.remove(entries[0].id or 0)  # built-ins stay, as in every pick list
    assert own.id is not None
    cats.remove(own.id)
    assert own.label not in cats.labels(kind)
    CatalogueService(ctx).seed_builtins()  # seeding again adds nothing
    assert cats.labels(kind) == list(BUILTIN[kind])


def test_questions_name_a_catalogue_as_suggestions() -> None:
    from govkit.services.catalogues import suggestion_kind

    assert suggestion_kind("catalogue:dpia_required") is CatalogueKind.DPIA_REQUIRED
    assert suggestion_kind("catalogue:system") is CatalogueKind.SYSTEM
    assert suggestion_kind("catalogue:from_a_later_govkit") is None
    assert suggestion_kind("register:ai_systems") is None
    assert suggestion_kind(None) is None
