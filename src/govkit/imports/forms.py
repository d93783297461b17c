"""Workbooks that keep one activity per sheet, as a form: labels down one column, values beside.

The CNIL's model register ("registre des activités de traitement") is laid out this way: a
summary sheet, then one "fiche" per processing activity, with "Nom / sigle", "Finalité
principale", "Sous-finalité 1"… in column A and the answers in column B; many French cities
keep their register so, and govkit's ``cnil`` layout writes it too. Each form sheet becomes one
row of a table whose headings are the labels (in the order first met), so that the rest of the
import (mapping, preview, import) works as for any table.

A sheet is a form when the first text cell of its rows names register fields (at least
``MIN_LABELS`` exactly, as headings would): a register laid out as a table has activity names,
not field names, down its first column. A fiche whose name was left empty is still a form (the
preview then says the name is missing, naming the sheet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from govkit.i18n import _
from govkit.imports.headings import HeadingIndex
from govkit.imports.table import CellValue

FORM_ROWS = 300  # rows of a sheet read when looking for a form (a CNIL fiche has ~45)
MIN_LABELS = 3  # labels naming a field exactly before a sheet counts as a form
MAX_LABEL = 300  # longer text is an answer, not a label


@dataclass(frozen=True)
class Form:
    """One form sheet: its (label, value) pairs with a value, in sheet order."""

    sheet: str
    position: int  # 1-based, among the workbook's worksheets
    pairs: tuple[tuple[str, CellValue], ...]
    register: str  # the register its labels belong to (controller or processor activities)


def form_pairs(
    rows: Iterator[tuple[int, tuple[Any, ...]]], cell: Callable[[Any], CellValue]
) -> list[tuple[str, CellValue]] | None:
    """(label, value) of each row whose first filled cell is a label with a filled cell to its
    right; None when the sheet is longer than a form."""
    pairs: list[tuple[str, CellValue]] = []
    for number, values in rows:
        if number > FORM_ROWS:
            return None
        cells = [cell(v) for v in values]
        filled = [(i, c) for i, c in enumerate(cells) if c is not None and c != ""]
        if len(filled) < 2:
            continue  # a title, a section heading or an unanswered question
        (_i, label), (_j, value) = filled[0], filled[1]
        if not isinstance(label, str) or len(label) > MAX_LABEL:
            continue
        pairs.append((" ".join(label.split()), value))
    return pairs


def is_form(pairs: Sequence[tuple[str, CellValue]] | None, index: HeadingIndex) -> bool:
    if not pairs:
        return False
    exact = {m.field for m in (index.match(label) for label, _v in pairs) if m.how == "exact"}
    exact.discard(None)
    return len(exact) >= MIN_LABELS


def forms_table(
    forms: Sequence[Form],
) -> tuple[tuple[str, ...], list[tuple[Form, list[CellValue]]]]:
    """Headings (every label, "(2)" after one repeated within a sheet) and one row per form:
    the form and the values under the headings."""
    headings: list[str] = []
    at: dict[str, int] = {}
    keyed: list[tuple[Form, dict[str, CellValue]]] = []
    for form in forms:
        seen: dict[str, int] = {}
        values: dict[str, CellValue] = {}
        for label, value in form.pairs:
            folded = label.casefold()
            seen[folded] = seen.get(folded, 0) + 1
            heading = label if seen[folded] == 1 else f"{label} ({seen[folded]})"
            key = heading.casefold()
            if key not in at:
                at[key] = len(headings)
                headings.append(heading)
            values[key] = value
        keyed.append((form, values))
    rows = [(form, [values.get(h.casefold()) for h in headings]) for form, values in keyed]
    return tuple(headings), rows


def forms_warning(count: int, summary: str | None) -> str:
    if summary:
        return _(
            "Each of the {n} sheets laid out as a form (label and answer side by side) was read "
            "as one activity. To import the summary sheet “{sheet}” instead, choose it."
        ).format(n=count, sheet=summary)
    return _(
        "Each of the {n} sheets laid out as a form (label and answer side by side) was read as "
        "one activity."
    ).format(n=count)
