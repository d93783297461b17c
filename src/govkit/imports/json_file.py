"""Reading a JSON file saved by another tool, defensively: size, encoding, strict JSON.

The CNIL's PIA exports and the Canada AIA tool's save files are read the same way; only what
the user is told differs, so each format passes its own messages (``JsonFileMessages``) and
turns a ``JsonFileError`` into its own error type.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govkit.i18n import _
from govkit.imports import errors
from govkit.imports.errors import Reason, SourceFileError

# The ``problem`` of a JsonFileError: the same values as the formats' own Problem enums.
NOT_FOUND = "not_found"
UNREADABLE = "unreadable"
EMPTY = "empty"
TOO_LARGE = "too_large"
NOT_TEXT = "not_text"
NOT_JSON = "not_json"
DAMAGED = "damaged"
WRONG_KIND = "wrong_kind"  # e.g. a folder: the caller names its own problem for it


@dataclass(frozen=True)
class JsonFileMessages:
    """What to tell the user about a file of one format; each gets the file's name first."""

    wrong_kind: Callable[[str], str]  # a folder, not a file of this format
    too_large: Callable[[str, str, str], str]  # name, its size in MB, the limit in MB
    not_text: Callable[[str], str]  # not UTF-8
    not_json: Callable[[str, ValueError | RecursionError], str]  # name, what json said
    # Refuse a key repeated in an object (name, key); None lets the last one win, as json does.
    repeated_key: Callable[[str, str], str] | None = None


class JsonFileError(Exception):
    def __init__(self, problem: str, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.reason = reason
        self.message = message


def read_json_file(path: Path, *, max_bytes: int, messages: JsonFileMessages) -> Any:
    """The decoded JSON of the file at ``path``, at most ``max_bytes`` long, or JsonFileError.

    NaN and Infinity are refused (they are not JSON); so is nesting too deep to decode.
    """
    name = path.name
    try:
        if path.is_dir():
            raise JsonFileError(WRONG_KIND, Reason.UNREADABLE, messages.wrong_kind(name))
        size = path.stat().st_size
        if size > max_bytes:
            raise JsonFileError(
                TOO_LARGE, Reason.TOO_LARGE, messages.too_large(name, mb(size), mb(max_bytes))
            )
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise _from(errors.not_found(name), NOT_FOUND) from None
    except OSError as exc:
        raise _from(errors.unreadable(name, exc.strerror or str(exc)), UNREADABLE) from None
    if len(raw) > max_bytes:  # grew while being read
        raise JsonFileError(
            TOO_LARGE,
            Reason.TOO_LARGE,
            _("“{name}” is larger than {limit} MB; govkit does not read it.").format(
                name=name, limit=mb(max_bytes)
            ),
        )
    if not raw.strip():
        raise _from(errors.empty_file(name), EMPTY)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JsonFileError(NOT_TEXT, Reason.CORRUPT, messages.not_text(name)) from None
    hook = _no_repeats if messages.repeated_key is not None else None
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=hook)
    except _RepeatedKey as exc:
        assert messages.repeated_key is not None
        raise JsonFileError(DAMAGED, Reason.CORRUPT, messages.repeated_key(name, exc.key)) from None
    except (ValueError, RecursionError) as exc:
        raise JsonFileError(NOT_JSON, Reason.CORRUPT, messages.not_json(name, exc)) from None


def mb(size: int) -> str:
    """A size in megabytes as the messages show it."""
    return f"{size / 1_000_000:.0f}" if size >= 1_000_000 else f"{size / 1_000_000:.2f}"


def _from(error: SourceFileError, problem: str) -> JsonFileError:
    return JsonFileError(problem, error.reason, str(error))


def _refuse_constant(name: str) -> Any:
    raise ValueError(_("{value} is not a number JSON allows").format(value=name))


class _RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _RepeatedKey(key)
        out[key] = value
    return out
