"""Where govkit finds the files it ships (fonts, translations, questionnaires)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside ``src/`` in a checkout, or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"
