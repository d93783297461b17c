"""Reading a definition's JSON data strictly into frozen dataclasses.

Every malformed value raises a ``DefinitionError`` naming the source, the JSON path and the
problem; unknown keys are errors too (a misspelt ``"requried"`` must not pass silently). The
cross-references (conditions, scores, outcomes) and cycles are checked by ``checks.py``.
"""

from __future__ import annotations

import json
import re

from govkit.assessments.checks import check_definition
from govkit.assessments.conditions import parse_condition
from govkit.assessments.definition import (
    CHOICE_TYPES,
    GAUGE_LEVELS,
    SUGGESTIONS_PATTERN,
    Definition,
    Option,
    Outcome,
    Question,
    QuestionType,
    Section,
)
from govkit.assessments.reading import Node
from govkit.assessments.scoring import parse_scoring
from govkit.assessments.texts import Text, parse_languages, parse_text

KIND_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}")


def parse_definition(data: object, source: str = "<definition>") -> Definition:
    """The definition in ``data`` (parsed JSON); ``source`` names it in error messages."""
    root = Node(data, "$", source)
    fields = root.fields(
        ("id", "version", "kind", "title", "languages", "sections"),
        ("description", "scoring", "outcomes"),
    )
    languages = parse_languages(fields["languages"])
    kind = fields["kind"].string()
    if not KIND_PATTERN.fullmatch(kind):
        fields["kind"].fail(f"{kind!r} is not a kind such as 'dpia_screening'")
    reader = _Reader(languages)
    definition = Definition(
        id=fields["id"].identifier(),
        version=fields["version"].integer(minimum=1),
        kind=kind,
        title=reader.text(fields["title"]),
        languages=languages,
        sections=tuple(reader.section(item) for item in fields["sections"].items(non_empty=True)),
        description=reader.optional_text(fields.get("description")),
        scoring=parse_scoring(fields["scoring"], languages) if "scoring" in fields else None,
        outcomes=tuple(reader.outcome(item) for item in _list(fields.get("outcomes"))),
        source_json=json.dumps(data, ensure_ascii=False),
    )
    check_definition(definition, source)
    return definition


def _list(node: Node | None) -> list[Node]:
    return node.items() if node is not None else []


class _Reader:
    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    def text(self, node: Node) -> Text:
        return parse_text(node, self.languages)

    def optional_text(self, node: Node | None) -> Text | None:
        return None if node is None else self.text(node)

    def section(self, node: Node) -> Section:
        fields = node.fields(
            ("id", "title"), ("description", "cites", "condition", "questions", "sections")
        )
        questions = tuple(self.question(item) for item in _list(fields.get("questions")))
        sections = tuple(self.section(item) for item in _list(fields.get("sections")))
        if not questions and not sections:
            node.fail("a section needs questions or subsections")
        return Section(
            id=fields["id"].identifier(),
            title=self.text(fields["title"]),
            description=self.optional_text(fields.get("description")),
            cites=_cites(fields.get("cites")),
            condition=parse_condition(fields["condition"]) if "condition" in fields else None,
            questions=questions,
            sections=sections,
        )

    def question(self, node: Node) -> Question:
        fields = node.fields(
            ("id", "type", "text"),
            (
                "guidance",
                "cites",
                "required",
                "options",
                "min",
                "max",
                "levels",
                "condition",
                "note",
                "weight",
                "external_ids",
                "suggestions",
            ),
        )
        type_name = fields["type"].string()
        try:
            kind = QuestionType(type_name)
        except ValueError:
            fields["type"].fail(
                f"unknown question type {type_name!r} "
                f"(known: {', '.join(t.value for t in QuestionType)})"
            )
        self._check_type_keys(node, kind, fields)
        low = fields["min"].number() if "min" in fields else None
        high = fields["max"].number() if "max" in fields else None
        if low is not None and high is not None and low > high:
            fields["max"].fail(f"'max' ({high:g}) is below 'min' ({low:g})")
        options = tuple(self.option(item, kind) for item in _list(fields.get("options")))
        levels = tuple(self.text(item) for item in _list(fields.get("levels")))
        if kind is QuestionType.GAUGE and len(levels) != GAUGE_LEVELS:
            fields["levels"].fail(f"a gauge needs exactly {GAUGE_LEVELS} levels")
        return Question(
            id=fields["id"].identifier(),
            type=kind,
            text=self.text(fields["text"]),
            guidance=self.optional_text(fields.get("guidance")),
            cites=_cites(fields.get("cites")),
            required=fields["required"].boolean() if "required" in fields else False,
            options=options,
            min=low,
            max=high,
            levels=levels,
            condition=parse_condition(fields["condition"]) if "condition" in fields else None,
            note=fields["note"].boolean() if "note" in fields else True,
            weight=fields["weight"].number(minimum=0.0) if "weight" in fields else 1.0,
            external_ids=_external_ids(fields.get("external_ids")),
            suggestions=_suggestions(fields.get("suggestions")),
        )

    @staticmethod
    def _check_type_keys(node: Node, kind: QuestionType, fields: dict[str, Node]) -> None:
        if kind in CHOICE_TYPES:
            if "options" not in fields:
                node.fail(f"a {kind.value} question needs 'options'")
            fields["options"].items(non_empty=True)
        elif "options" in fields:
            fields["options"].fail(f"a {kind.value} question has no options")
        for key in ("min", "max"):
            if key in fields and kind is not QuestionType.NUMBER:
                fields[key].fail(f"'{key}' applies to number questions, not {kind.value}")
        if kind is QuestionType.GAUGE and "levels" not in fields:
            node.fail("a gauge question needs 'levels' (a label for each of the 4 levels)")
        if kind is not QuestionType.GAUGE and "levels" in fields:
            fields["levels"].fail(f"'levels' applies to gauge questions, not {kind.value}")

    def option(self, node: Node, kind: QuestionType) -> Option:
        fields = node.fields(("id", "label"), ("score", "exclusive"))
        exclusive = fields["exclusive"].boolean() if "exclusive" in fields else False
        if exclusive and kind is not QuestionType.MULTIPLE_CHOICE:
            fields["exclusive"].fail("'exclusive' applies to multiple_choice options")
        return Option(
            id=fields["id"].identifier(),
            label=self.text(fields["label"]),
            score=fields["score"].number() if "score" in fields else None,
            exclusive=exclusive,
        )

    def outcome(self, node: Node) -> Outcome:
        fields = node.fields(("id", "label", "level"), ("explanation",))
        return Outcome(
            id=fields["id"].identifier(),
            label=self.text(fields["label"]),
            level=fields["level"].integer(minimum=0),
            explanation=self.optional_text(fields.get("explanation")),
        )


def _cites(node: Node | None) -> tuple[str, ...]:
    return tuple(item.string() for item in _list(node))


def _suggestions(node: Node | None) -> str | None:
    if node is None:
        return None
    source = node.string()
    if not SUGGESTIONS_PATTERN.fullmatch(source):
        node.fail(f"{source!r} is not a source of suggestions such as 'catalogue:dpia_required'")
    return source


def _external_ids(node: Node | None) -> tuple[tuple[str, str], ...]:
    if node is None:
        return ()
    pairs: list[tuple[str, str]] = []
    for scheme, value in node.mapping().items():
        Node(scheme, value.path, value.source).identifier()
        pairs.append((scheme, value.string()))
    return tuple(pairs)
