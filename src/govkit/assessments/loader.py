"""The definitions govkit ships: ``resources/questionnaires/<id>/<version>.json``.

A shipped version is never edited once released: a change is a new version file beside it.
New assessments use the newest version; an assessment keeps a copy of the definition it was
made with (``Definition.to_json``) and reads it back with ``parse_definition``, so shipping
version 2 changes nothing for assessments made with version 1. Parsed files are cached.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

from govkit.assessments.definition import Definition
from govkit.assessments.errors import DefinitionError, DefinitionNotFound
from govkit.assessments.parser import parse_definition
from govkit.assessments.reading import ID_PATTERN
from govkit.i18n import _
from govkit.paths import resources_dir

_VERSION_FILE = re.compile(r"([1-9][0-9]{0,5})\.json")


def builtin_folder() -> Path:
    return resources_dir() / "questionnaires"


def builtin_versions(definition_id: str, *, folder: Path | None = None) -> list[int]:
    """The versions shipped of a definition, oldest first (empty if there is none)."""
    if not ID_PATTERN.fullmatch(definition_id):
        return []
    directory = (folder or builtin_folder()) / definition_id
    if not directory.is_dir():
        return []
    versions = []
    for path in directory.iterdir():
        match = _VERSION_FILE.fullmatch(path.name)
        if match and path.is_file():
            versions.append(int(match.group(1)))
    return sorted(versions)


def builtin_definition(
    definition_id: str, version: int | None = None, *, folder: Path | None = None
) -> Definition:
    """A shipped definition: ``version``, or the newest when None. ``folder`` is for tests."""
    versions = builtin_versions(definition_id, folder=folder)
    if not versions:
        raise DefinitionNotFound(_("There is no questionnaire “{id}”.").format(id=definition_id))
    if version is None:
        version = versions[-1]
    elif version not in versions:
        raise DefinitionNotFound(
            _("Version {version} of the questionnaire “{id}” is not available.").format(
                version=version, id=definition_id
            )
        )
    path = (folder or builtin_folder()) / definition_id / f"{version}.json"
    definition = load_definition_file(path)
    if definition.id != definition_id:
        _fail(path, "$.id", f"the id is {definition.id!r} but the file is in {definition_id!r}")
    if definition.version != version:
        _fail(path, "$.version", f"the version is {definition.version} but the file is {path.name}")
    return definition


def builtin_definitions(*, folder: Path | None = None) -> list[Definition]:
    """The newest version of every shipped definition, by id."""
    root = folder or builtin_folder()
    if not root.is_dir():
        return []
    ids = sorted(p.name for p in root.iterdir() if builtin_versions(p.name, folder=root))
    return [builtin_definition(definition_id, folder=root) for definition_id in ids]


def load_definition_file(path: Path) -> Definition:
    """Read and parse one definition file (cached by path)."""
    return _load(path.resolve())


def clear_cache() -> None:
    _load.cache_clear()


@cache
def _load(path: Path) -> Definition:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        _fail(path, "$", "the file is not UTF-8 text")
    except OSError as exc:
        _fail(path, "$", f"the file cannot be read ({exc.strerror or exc})")
    return parse_definition(load_json_text(text, source), source=source)


def load_json_text(text: str, source: str) -> Any:
    """Parse JSON strictly: a key twice in one object, NaN or Infinity are DefinitionErrors."""

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise DefinitionError(source, "$", f"the key {key!r} appears twice in one object")
            result[key] = value
        return result

    def constant_hook(name: str) -> Any:
        raise DefinitionError(source, "$", f"{name} is not allowed (numbers must be finite)")

    try:
        return json.loads(text, object_pairs_hook=pairs_hook, parse_constant=constant_hook)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            source, "$", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None


def _fail(path: Path, where: str, problem: str) -> NoReturn:
    raise DefinitionError(str(path), where, problem)
