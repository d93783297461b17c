"""Which column feeds which field: a mapping the user can check, correct, save and reuse."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from govkit.i18n import _
from govkit.imports.headings import IGNORE, fields_for, normalise
from govkit.imports.table import CONTROLLER, REGISTERS

FORMAT = "govkit-import-mapping"
VERSION = 1


class MappingFormatError(ValueError):
    """A mapping that is not well formed; the message says what is wrong."""


@dataclass(frozen=True)
class ColumnMapping:
    """Source column heading -> field name (or None / "ignore": the column is not imported).

    ``register`` says which register the rows go to ("controller" or "processor");
    ``defaults`` gives a value (as text, read like a cell) for fields no column fills, e.g.
    the owning department when the spreadsheet has no such column.
    """

    columns: dict[str, str | None]
    register: str = CONTROLLER
    defaults: dict[str, str] = field(default_factory=dict)

    def field_for(self, heading: str) -> str | None:
        value = self.columns.get(heading)
        return None if value in (None, "", IGNORE) else value

    def mapped(self) -> dict[str, str]:
        """The columns that are imported: heading -> field."""
        return {h: f for h, f in self.columns.items() if f not in (None, "", IGNORE)}  # type: ignore[misc]

    def problems(self) -> list[str]:
        """What makes this mapping unusable for its register (translated), or []."""
        allowed = set(fields_for(self.register))
        found = []
        for heading, name in self.mapped().items():
            if name not in allowed:
                found.append(
                    _("Column “{heading}” is matched to “{field}”, which {register} lack.").format(
                        heading=heading, field=name, register=register_label(self.register)
                    )
                )
        for name in self.defaults:
            if name not in allowed:
                found.append(
                    _("There is no field “{field}” to give a value to.").format(field=name)
                )
        return found

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "register": self.register,
            "columns": {h: (f if f not in ("", IGNORE) else None) for h, f in self.columns.items()},
        }
        if self.defaults:
            data["defaults"] = dict(self.defaults)
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str | bytes | Mapping[str, Any]) -> ColumnMapping:
        """Read a mapping saved by ``to_json``, or a plain JSON object of heading -> field.

        Raises ``MappingFormatError`` (a ValueError) saying what is wrong.
        """
        if isinstance(text, Mapping):
            data: Any = text
        else:
            try:
                data = json.loads(text)
            except (ValueError, UnicodeDecodeError) as exc:
                raise MappingFormatError(_("not JSON: {detail}").format(detail=exc)) from None
        if not isinstance(data, Mapping):
            raise MappingFormatError(_("a JSON object was expected"))
        if "columns" in data or data.get("format") == FORMAT:
            version = data.get("version", VERSION)
            if not isinstance(version, int) or version > VERSION:
                raise MappingFormatError(
                    _("made by a newer govkit (version {v})").format(v=version)
                )
            columns = data.get("columns", {})
            register = data.get("register", CONTROLLER)
            defaults = data.get("defaults", {})
        else:
            columns, register, defaults = data, CONTROLLER, {}
        if not isinstance(columns, Mapping) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in columns.items()
        ):
            raise MappingFormatError(_("the columns must map headings to field names"))
        if register not in REGISTERS:
            raise MappingFormatError(_("unknown register “{r}”").format(r=register))
        if not isinstance(defaults, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in defaults.items()
        ):
            raise MappingFormatError(_("the defaults must map field names to texts"))
        allowed = set(fields_for(register)) | {IGNORE}
        unknown = sorted({v for v in columns.values() if v and v not in allowed})
        if unknown:
            raise MappingFormatError(_("unknown fields: {names}").format(names=", ".join(unknown)))
        return cls(
            {k: (None if v in (None, "", IGNORE) else v) for k, v in columns.items()},
            register,
            dict(defaults),
        )


def register_label(register: str) -> str:
    return (
        _("processor activities (Art. 30(2))")
        if register != CONTROLLER
        else _("controller activities (Art. 30(1))")
    )


def headings_key(headings: Iterable[str]) -> str:
    """A key for a set of headings (order and spelling details aside): saved mappings are
    found again by it when the same spreadsheet layout is imported next time."""
    names = sorted({normalise(h) for h in headings if normalise(h)})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:32]
