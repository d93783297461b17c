"""Texts in several languages: English is required, other languages fall back to it."""

from __future__ import annotations

from dataclasses import dataclass

from govkit.assessments.reading import LANGUAGE_PATTERN, Node

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Text:
    """A text per language, e.g. ``{"en": "Purposes", "fr": "Finalités"}``."""

    translations: tuple[tuple[str, str], ...]  # (language, text), sorted by language

    @classmethod
    def of(cls, en: str, **others: str) -> Text:
        return cls(tuple(sorted({DEFAULT_LANGUAGE: en, **others}.items())))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``language`` (``fr-BE`` falls back to ``fr``), else in English."""
        by_language = dict(self.translations)
        for candidate in (language, language.split("-")[0], DEFAULT_LANGUAGE):
            if candidate in by_language:
                return by_language[candidate]
        return ""

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language, _text in self.translations)

    def __str__(self) -> str:
        return self.get(DEFAULT_LANGUAGE)


def parse_text(node: Node, languages: tuple[str, ...]) -> Text:
    members = node.mapping()
    if DEFAULT_LANGUAGE not in members:
        node.fail("an English text ('en') is required")
    translations: list[tuple[str, str]] = []
    for language, value in members.items():
        if language not in languages:
            node.fail(
                f"language {language!r} is not among the definition's languages "
                f"({', '.join(languages)})"
            )
        translations.append((language, value.string()))
    return Text(tuple(sorted(translations)))


def parse_languages(node: Node) -> tuple[str, ...]:
    languages: list[str] = []
    for item in node.items(non_empty=True):
        language = item.string()
        if not LANGUAGE_PATTERN.fullmatch(language):
            item.fail(f"{language!r} is not a language code such as 'en', 'fr' or 'fr-BE'")
        if language in languages:
            item.fail(f"language {language!r} is listed twice")
        languages.append(language)
    if DEFAULT_LANGUAGE not in languages:
        node.fail("the languages must include English ('en')")
    return tuple(languages)
