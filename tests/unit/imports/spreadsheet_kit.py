"""Spreadsheets built in the tests (none of the shared interop files is a spreadsheet)."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]


def write_xlsx(path: Path, sheets: dict[str, Rows]) -> Path:
    """A workbook with one sheet per entry, rows written as given (row 1 first)."""
    wb = Workbook()
    default = wb.active
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.remove(default)
    wb.save(path)
    return path


def write_csv(
    path: Path, rows: Rows, *, delimiter: str = ",", encoding: str = "utf-8", prefix: str = ""
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        f.write(prefix)
        writer = csv.writer(f, delimiter=delimiter)
        for row in rows:
            writer.writerow(row)
    return path


def add_cached_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells the value a spreadsheet program would have saved with them
    (openpyxl itself writes formulas without one)."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    for ref, value in values.items():
        xml, count = re.subn(
            rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
            rf'<c r="{ref}" t="str"><f>\2</f><v>{value}</v></c>',
            xml,
        )
        assert count == 1, ref
    members["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
