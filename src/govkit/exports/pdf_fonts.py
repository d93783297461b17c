"""The fonts of govkit's PDF reports: DejaVu Sans from ``resources/fonts``, embedded.

The 14 standard PDF fonts cannot show Greek or Cyrillic, so reports embed (subsets of) the
TrueType fonts govkit ships. reportlab keeps registered fonts in a process-wide table; they are
registered once, under a lock, since exports run in worker threads.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from govkit.i18n import _
from govkit.paths import resources_dir

FAMILY = "GovkitSans"
REGULAR = "GovkitSans"
BOLD = "GovkitSans-Bold"
ITALIC = "GovkitSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissingError(Exception):
    """govkit's own font files are missing or damaged: the installation is incomplete.

    ``str(exc)`` is a message for the user (the services layer turns it into a user-facing
    error; ``exports`` may not import ``storage``)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            _(
                "The PDF report cannot be made: the font file “{name}” that govkit ships is "
                "missing or damaged ({reason}). Reinstall govkit or ask your IT service."
            ).format(name=path.name, reason=reason)
        )


@dataclass(frozen=True)
class Fonts:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> Fonts:
    """Register the report fonts with reportlab (once per process) and return their names."""
    global _registered
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, filename in _FILES.items():
                path = folder / filename
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except (OSError, TTFError) as exc:
                    raise FontMissingError(path, str(exc) or type(exc).__name__) from exc
            # <b> and <i> inside paragraphs pick the bold and oblique faces.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD)
            _registered = True
    return Fonts()


def covers(text: str) -> bool:
    """True when the regular font has a glyph for every character of ``text``."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    glyphs = font.face.charToGlyph  # type: ignore[attr-defined]
    return all(ord(c) in glyphs or c.isspace() for c in text)
