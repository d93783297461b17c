"""The one translation hook for the Qt-free packages.

Strings a user sees that are produced outside ``ui/`` are wrapped in ``_()``. The desktop
application installs Qt's translator here at start-up (``set_translator``), so the same
``.ts``/``.qm`` catalogues serve both worlds; the CLI keeps the identity function until a
language is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "govkit"

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def set_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def _(text: str) -> str:
    """Translate a user-visible string."""
    return _translate(CONTEXT, text)


def N_(text: str) -> str:
    """Mark a string for translation without translating it now (module-level tables)."""
    return text
