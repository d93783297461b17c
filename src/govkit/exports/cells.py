"""Cell values that spreadsheet programs will not execute (formula injection, OWASP ASVS V1.2.10).

A register holds text typed by people and pasted from e-mails; a value such as
``=HYPERLINK("http://evil.example", "Click")`` or ``@SUM(1+1)*cmd|' /C calc'!A0`` must reach the
reader of an export as the text it is, never as a formula that Excel or LibreOffice evaluates.

- In CSV, ``neutralise`` prefixes such a value with an apostrophe (the OWASP advice); the
  CSV writer still quotes per RFC 4180.
- In xlsx, the value is kept exactly and written as a text cell with the "quote prefix" flag
  (``exports/xlsx.py``), so it round-trips unchanged and stays text when edited in Excel.

``clean_text`` removes the control characters XML cannot hold (a vertical tab pasted from a
word processor would otherwise make the whole export fail).
"""

from __future__ import annotations

import re

# A value starting with one of these is read as a formula (or a DDE command) by spreadsheets.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\x00")

# Characters XML 1.0 cannot represent (tab, line feed and carriage return are allowed).
ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Excel shows a text cell holding exactly one of these as an error value unless it is typed text.
ERROR_LITERALS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})

EXCEL_MAX_TEXT = 32_767  # characters in one cell


def is_formula_like(value: str) -> bool:
    """True when a spreadsheet would treat ``value`` as a formula if typed or imported."""
    return bool(value) and value[0] in FORMULA_TRIGGERS


def neutralise(value: str) -> str:
    """``value`` made safe for a CSV cell: an apostrophe before a formula trigger.

    Spreadsheets then show the text as typed (the apostrophe is visible in some programs,
    which is the accepted price of safety). Values that are not formula-like are unchanged.
    """
    return "'" + value if is_formula_like(value) else value


def clean_text(value: str) -> str:
    """``value`` without the control characters an xlsx file cannot hold."""
    return ILLEGAL_XML.sub("", value) if ILLEGAL_XML.search(value) else value
