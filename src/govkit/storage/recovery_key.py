"""Recovery keys: 32 random bytes written as ``GKRK-XXXX-XXXX-…`` for the office safe.

The key is base32 (RFC 4648, 52 characters in 13 groups of 4). Reading it back is lenient:
any case, with or without the prefix, dashes or spaces, and the digits 0, 1 and 8 (which base32
never uses) are taken for the letters O, I and B they are mistaken for.
"""

from __future__ import annotations

import base64
import re
import secrets

PREFIX = "GKRK"
KEY_BYTES = 32
_CHARS = 52  # ceil(32 * 8 / 5)
_GROUP = 4
_SEPARATORS = re.compile(r"[\s\-_.]+")
_BASE32 = re.compile(r"[A-Z2-7]+")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def generate() -> str:
    """A fresh recovery key, formatted for display."""
    return format_key(secrets.token_bytes(KEY_BYTES))


def format_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    groups = [text[i : i + _GROUP] for i in range(0, len(text), _GROUP)]
    return "-".join([PREFIX, *groups])


def parse(secret: str) -> bytes | None:
    """The 32 key bytes if ``secret`` looks like a recovery key, else None."""
    text = _SEPARATORS.sub("", secret).upper()
    if text.startswith(PREFIX) and len(text) == len(PREFIX) + _CHARS:
        text = text[len(PREFIX) :]
    text = text.translate(_LOOKALIKES)
    if len(text) != _CHARS or not _BASE32.fullmatch(text):
        return None
    return base64.b32decode(text + "=" * (-len(text) % 8))


def is_recovery_key(secret: str) -> bool:
    return parse(secret) is not None
