"""Strict reading of JSON data with the path of every value, for precise DefinitionErrors."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NoReturn

from govkit.assessments.errors import DefinitionError

# Ids of definitions, sections, questions, options, outcomes and scores. A definition id is
# also a folder name, so no slash, no leading dot.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class Node:
    """One value of the JSON data, where it is (``path``) and which definition it belongs to."""

    value: object
    path: str
    source: str

    def fail(self, problem: str) -> NoReturn:
        raise DefinitionError(self.source, self.path, problem)

    def _child(self, value: object, suffix: str) -> Node:
        return Node(value, self.path + suffix, self.source)

    def fields(self, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Node]:
        """An object's members; unknown and missing keys are errors (typos must not pass)."""
        if not isinstance(self.value, dict):
            self.fail(f"expected an object, found {describe(self.value)}")
        allowed = set(required) | set(optional)
        for key in self.value:
            if not isinstance(key, str) or key not in allowed:
                self.fail(f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
        for key in required:
            if key not in self.value:
                self.fail(f"missing key {key!r}")
        return {key: self._child(value, f".{key}") for key, value in self.value.items()}

    def mapping(self) -> dict[str, Node]:
        """An object used as a map (keys are data, e.g. score names or languages)."""
        if not isinstance(self.value, dict):
            self.fail(f"expected an object, found {describe(self.value)}")
        for key in self.value:
            if not isinstance(key, str):
                self.fail(f"keys must be texts, found {describe(key)}")
        return {k: self._child(v, f".{k}") for k, v in self.value.items()}

    def items(self, *, non_empty: bool = False) -> list[Node]:
        if not isinstance(self.value, list):
            self.fail(f"expected a list, found {describe(self.value)}")
        if non_empty and not self.value:
            self.fail("the list must not be empty")
        return [self._child(v, f"[{i}]") for i, v in enumerate(self.value)]

    def string(self) -> str:
        if not isinstance(self.value, str) or not self.value.strip():
            self.fail(f"expected a non-empty text, found {describe(self.value)}")
        return self.value

    def identifier(self) -> str:
        text = self.string()
        if not ID_PATTERN.fullmatch(text):
            self.fail(
                f"{text!r} is not a valid id (letters, digits, '_', '.', '-'; "
                "starting with a letter or digit; at most 64 characters)"
            )
        return text

    def boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail(f"expected true or false, found {describe(self.value)}")
        return self.value

    def integer(self, minimum: int | None = None) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.fail(f"expected a whole number, found {describe(self.value)}")
        if minimum is not None and self.value < minimum:
            self.fail(f"must be at least {minimum}, found {self.value}")
        return self.value

    def number(self, minimum: float | None = None, maximum: float | None = None) -> float:
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            self.fail(f"expected a number, found {describe(self.value)}")
        number = float(self.value)
        if not math.isfinite(number):
            self.fail("expected a finite number")
        if minimum is not None and number < minimum:
            self.fail(f"must be at least {minimum:g}, found {number:g}")
        if maximum is not None and number > maximum:
            self.fail(f"must be at most {maximum:g}, found {number:g}")
        return number

    def scalar(self) -> str | float:
        """A text or a number (what a question's answer may be compared with)."""
        if isinstance(self.value, str):
            return self.value
        return self.number()


def describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value[:40]!r}" if value.strip() else "an empty text"
    return f"the number {value!r}" if isinstance(value, int | float) else type(value).__name__
