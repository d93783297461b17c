"""Column types for values SQLite has no type for: lists of strings and of structured parts."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from govkit.domain.parts import _Part


class StringList(TypeDecorator[list[str]]):
    """A list of strings, stored as a JSON array."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return json.dumps([str(v) for v in (value or [])], ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return [str(v) for v in json.loads(value)] if value else []


class PartList(TypeDecorator[list[Any]]):
    """A list of frozen dataclass parts (recipients, transfers…), stored as a JSON array."""

    impl = Text
    cache_ok = True

    def __init__(self, part_type: type[_Part]) -> None:
        super().__init__()
        self.part_type = part_type

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        items = [
            v.to_dict() if isinstance(v, _Part) else self.part_type.from_dict(v).to_dict()
            for v in (value or [])
        ]
        return json.dumps(items, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any]:
        return [self.part_type.from_dict(d) for d in json.loads(value)] if value else []
