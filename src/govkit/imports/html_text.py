"""HTML fragments (rich-text answers of other tools) to readable plain text.

The CNIL's PIA software keeps its answers, measures and evaluation comments as HTML written by
a rich-text editor: ``<p>``, ``<div>``, ``<br />``, nested ``<ul>``/``<ol>`` lists, ``<strong>``,
entities. govkit keeps plain text, so this turns such a fragment into text a person reads as
the author meant it:

- paragraphs (``<p>``, headings, ``<blockquote>``, ``<pre>``, tables) are separated by a blank
  line; ``<div>``, ``<br>``, list items and table rows start a new line;
- list items become ``- item`` or ``1. item`` lines, nested lists are indented by two spaces
  per level and a list item's further lines are aligned under its text;
- inline markup (``<strong>``, ``<em>``, ``<span>``…) is dropped and its text kept; a link keeps
  its address after the text when the two differ; ``<script>`` and ``<style>`` are dropped;
- entities are decoded, non-breaking spaces become spaces, runs of white space collapse as a
  browser shows them (except in ``<pre>``), at most one blank line is kept in a row.

The parsing is the standard library's ``html.parser``, which accepts any input (broken or
unclosed tags included) without raising. A text without any ``<`` is taken as plain text: its
line breaks are kept and only its entities decoded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "hr", "figure"}
)
_LINES = frozenset(
    {
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "address",
        "tr",
        "dl",
        "dt",
        "dd",
        "caption",
        "center",
        "details",
        "summary",
        "form",
        "fieldset",
        "legend",
    }
)
_DROPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})
_CELLS = frozenset({"td", "th"})
_ASCII_SPACE = " \t\n\r\f"
_HTML_SPACE_RUN = re.compile("[ \t\n\r\f]+")  # HTML's white space only (not U+00A0)
_LINK_SCHEMES = ("http://", "https://", "mailto:")


def html_to_text(fragment: str | None) -> str:
    """Readable plain text of an HTML fragment (see the module's description)."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return _normalise(html.unescape(fragment).replace("\xa0", " ").splitlines())
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    return parser.text()


def _normalise(lines: list[str]) -> str:
    """Trailing spaces gone, at most one blank line in a row, none at either end."""
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


@dataclass
class _ListLevel:
    ordered: bool
    counter: int


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        # The line being built, in pieces (joined once: a long paragraph stays linear).
        self.parts: list[str] = []
        self.has_text = False  # the line holds more than white space
        self.lists: list[_ListLevel] = []
        self.bullet: str | None = None  # prefix of the next line: the start of a list item
        self.hang = ""  # prefix of the other lines inside the current list item
        self.hangs: list[str] = []
        self.item_starts: list[int] = []
        self.blank_before_next = False
        self.cell_count: list[int] = []
        self.links: list[str | None] = []
        self.link_text_start: list[int] = []
        self.pre = 0
        self.dropped = 0

    # -- building lines ---------------------------------------------------------------------

    def _add(self, text: str) -> None:
        if not text:
            return
        if self.blank_before_next and not self.parts:
            if self.lines and self.lines[-1]:
                self.lines.append("")
            self.blank_before_next = False
        self.parts.append(text)
        if not self.has_text and text.replace("\xa0", " ").strip():
            self.has_text = True

    def _ends_with_space(self) -> bool:
        return not self.parts or self.parts[-1].endswith(" ")

    def _end_line(self) -> None:
        """Finish the line being built, if it holds anything."""
        has_text = self.has_text
        text = "".join(self.parts).replace("\xa0", " ").rstrip()
        self.parts = []
        self.has_text = False
        if not has_text:
            return
        prefix = self.bullet if self.bullet is not None else self.hang
        self.bullet = None
        self.lines.append(prefix + text)

    def _break(self) -> None:
        """``<br>``: end the line; a second one in a row leaves a blank line."""
        if self.has_text:
            self._end_line()
        else:
            if self.lines and self.lines[-1] and self.bullet is None:
                self.lines.append("")
            self.parts = []

    def _paragraph(self) -> None:
        at_item_start = self.bullet is not None and not self.has_text
        self._end_line()
        if not at_item_start:  # no blank line between an item's marker and its paragraph
            self.blank_before_next = True

    def _trim_blank_since(self, start: int) -> None:
        while len(self.lines) > start and not self.lines[-1]:
            self.lines.pop()

    # -- the parser's events ----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropped += 1
            return
        if tag == "br":
            self._break()
        elif tag in ("ul", "ol", "menu"):
            self._end_line()
            start = 1
            if tag == "ol":
                value = dict(attrs).get("start")
                if value and value.strip().lstrip("-").isdigit():
                    start = int(value)
            self.lists.append(_ListLevel(ordered=tag == "ol", counter=start))
        elif tag == "li":
            self._start_item()
        elif tag in _PARAGRAPHS:
            self._paragraph()
            if tag == "pre":
                self.pre += 1
            elif tag == "hr":
                self._add("----")
                self._paragraph()
        elif tag in _LINES:
            self._end_line()
            if tag == "tr":
                self.cell_count.append(0)
        elif tag in _CELLS:
            if self.cell_count:
                if self.cell_count[-1]:
                    while self.parts and self.parts[-1].endswith(" "):
                        self.parts[-1] = self.parts[-1].rstrip(" ")
                        if not self.parts[-1]:
                            self.parts.pop()
                    self._add(" | ")
                self.cell_count[-1] += 1
        elif tag == "a":
            href = dict(attrs).get("href") or None
            self.links.append(href)
            self.link_text_start.append(len(self.parts))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if tag in ("ul", "ol", "menu"):
            self._end_line()
            while self.lists and len(self.item_starts) >= len(self.lists):
                self._end_item()  # items left open inside the list end with it
            if self.lists:
                self.lists.pop()
        elif tag == "li":
            self._end_item()
        elif tag in _PARAGRAPHS:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            self._paragraph()
        elif tag in _LINES:
            self._end_line()
            if tag == "tr" and self.cell_count:
                self.cell_count.pop()
        elif tag == "a" and self.links:
            href = self.links.pop()
            start = min(self.link_text_start.pop(), len(self.parts))
            label = "".join(self.parts[start:]).strip()
            if href and href.startswith(_LINK_SCHEMES) and label and label != href:
                shown = href.removeprefix("mailto:")
                if shown != label:
                    self._add(f" ({shown})")

    def handle_data(self, data: str) -> None:
        if self.dropped:
            return
        if self.pre:
            parts = data.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    if self.parts:
                        self._end_line()
                    else:
                        self.lines.append("")
                self._add(part)
            return
        text = _collapse(data)
        if not text.strip(_ASCII_SPACE):
            if not self._ends_with_space():
                self._add(" ")
            return
        if self._ends_with_space():
            text = text.lstrip(_ASCII_SPACE)
        self._add(text)

    # -- list items -------------------------------------------------------------------------

    def _start_item(self) -> None:
        # An unclosed <li> of the same list before this one ends here, as in a browser.
        while self.item_starts and len(self.item_starts) >= max(1, len(self.lists)):
            self._end_item()
        self._end_line()
        if not self.lists:
            self.lists.append(_ListLevel(ordered=False, counter=1))
        level = self.lists[-1]
        indent = "  " * (len(self.lists) - 1)
        if level.ordered:
            marker = f"{level.counter}. "
            level.counter += 1
        else:
            marker = "- "
        self.hangs.append(self.hang)
        self.item_starts.append(len(self.lines))
        self.bullet = indent + marker
        self.hang = indent + " " * len(marker)

    def _end_item(self) -> None:
        self._end_line()
        if not self.item_starts:
            return
        self._trim_blank_since(self.item_starts.pop())
        self.blank_before_next = False  # list items follow each other without blank lines
        self.bullet = None
        self.hang = self.hangs.pop() if self.hangs else ""

    def text(self) -> str:
        self._end_line()
        return _normalise(self.lines)


def _collapse(data: str) -> str:
    """Runs of HTML white space become one space (non-breaking spaces are kept)."""
    return _HTML_SPACE_RUN.sub(" ", data)
