"""The demo vault: a register full of made-up examples to try govkit without risk.

It lives in the user's data folder, is created on first use with a fixed, published passphrase,
and holds no real data, so the passphrase may be printed and prefilled.
"""

from __future__ import annotations

from pathlib import Path

from govkit.i18n import _
from govkit.storage.kdf import DEFAULT_KDF, KdfParams

DEMO_PASSPHRASE = "govkit-demo-2026"
DEMO_FILE_NAME = "demo.govkit"
DEMO_ACTIVITIES = 40


def demo_vault_path(data_dir: Path) -> Path:
    return data_dir / DEMO_FILE_NAME


def ensure_demo_vault(
    path: Path, *, kdf: KdfParams = DEFAULT_KDF, activities: int = DEMO_ACTIVITIES
) -> bool:
    """Create the demo vault at ``path`` unless a file is there; True if it was created.

    A half-made demo vault (the examples failed to load) is removed again, so that the next
    start tries afresh instead of opening an empty register.
    """
    if path.exists():
        return False
    # Imported here: the desktop shows its window before loading the storage layer.
    from govkit.services.demo import populate_demo
    from govkit.services.workspace import Workspace
    from govkit.storage.vault import Vault

    path.parent.mkdir(parents=True, exist_ok=True)
    # The examples bring their own organisation profile (an invented city).
    ws, _recovery_key = Workspace.create(
        path,
        person_name=_("Demo user"),
        passphrase=DEMO_PASSPHRASE,
        kdf=kdf,
    )
    try:
        populate_demo(ws, activities=activities)
        ws.save()
    except BaseException:
        ws.close()
        Vault.discard_files(path)
        raise
    ws.close()
    return True
