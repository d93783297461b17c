"""Wrong, broken and hostile files: each gets its own clear message, nothing crashes."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from spreadsheet_kit import add_cached_values, write_xlsx

from govkit.imports import errors
from govkit.imports.errors import Reason, SourceFileError
from govkit.imports.reader import read_source
from govkit.imports.safety import Limits, check_workbook_zip, sniff
from govkit.services.imports import ImportFileError, read_table
from govkit.storage.errors import UserFacingError

HEADINGS = ["Name", "Business function", "Purpose of processing", "Lawful basis"]
ROW = ["Payroll", "Human resources", "Pay staff", "Contract"]


def reason_of(path: Path, **kw: Any) -> tuple[Reason, str]:
    with pytest.raises(ImportFileError) as caught:
        read_table(path, **kw)
    error = caught.value
    assert isinstance(error, UserFacingError)
    message = str(error)
    assert path.name in message  # every message names the file
    return Reason(error.reason), message


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def good_workbook(path: Path) -> Path:
    return write_xlsx(path, {"Register": [HEADINGS, ROW]})


def test_missing_file(tmp_path: Path) -> None:
    reason, message = reason_of(tmp_path / "nowhere.xlsx")
    assert reason is Reason.NOT_FOUND and "was not found" in message


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert reason_of(tmp_path / "empty.xlsx")[0] is Reason.EMPTY_FILE


def test_word_document_renamed_xlsx(tmp_path: Path) -> None:
    path = zip_with(
        tmp_path / "register.xlsx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
    )
    reason, message = reason_of(path)
    assert reason is Reason.WORD
    assert "Word document" in message and "not an Excel workbook" in message


def test_powerpoint_and_other_zips_renamed_xlsx(tmp_path: Path) -> None:
    pptx = zip_with(tmp_path / "a.xlsx", {"ppt/presentation.xml": b"<p/>"})
    assert reason_of(pptx)[0] is Reason.POWERPOINT
    other = zip_with(tmp_path / "b.xlsx", {"photo.jpg": b"\xff\xd8"})
    assert reason_of(other)[0] is Reason.OTHER_ZIP


def test_opendocument_and_binary_workbooks(tmp_path: Path) -> None:
    ods = zip_with(
        tmp_path / "register.ods",
        {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
    )
    reason, message = reason_of(ods)
    assert reason is Reason.OPENDOCUMENT and "LibreOffice" in message
    xlsb = zip_with(tmp_path / "register.xlsb", {"xl/workbook.bin": b"\x00"})
    assert reason_of(xlsb)[0] is Reason.XLSB


def test_password_protected_workbook(tmp_path: Path) -> None:
    import msoffcrypto.format.ooxml as ooxml

    plain = good_workbook(tmp_path / "plain.xlsx")
    protected = tmp_path / "protected.xlsx"
    with plain.open("rb") as source, protected.open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("Secret-2026", target)
    assert protected.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    reason, message = reason_of(protected)
    assert reason is Reason.ENCRYPTED
    assert "password" in message and "remove the password" in message


def test_legacy_xls_and_other_old_office_files(tmp_path: Path) -> None:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    xls = tmp_path / "register.xls"
    xls.write_bytes(header + "Workbook".encode("utf-16-le") + b"\x00" * 64)
    reason, message = reason_of(xls)
    assert reason is Reason.LEGACY_XLS and "97–2003" in message
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(header + "Workbook".encode("utf-16-le"))
    assert reason_of(renamed)[0] is Reason.LEGACY_XLS
    doc = tmp_path / "minutes.xlsx"
    doc.write_bytes(header + "WordDocument".encode("utf-16-le"))
    assert reason_of(doc)[0] is Reason.OLD_OFFICE


def test_corrupt_workbooks(tmp_path: Path) -> None:
    data = good_workbook(tmp_path / "good.xlsx").read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    reason, message = reason_of(truncated)
    assert reason is Reason.CORRUPT and "damaged" in message
    garbage = zip_with(
        tmp_path / "garbage.xlsx",
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<<not xml"},
    )
    assert reason_of(garbage)[0] is Reason.CORRUPT


def test_not_a_spreadsheet_at_all(tmp_path: Path) -> None:
    png = tmp_path / "scan.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    assert reason_of(png)[0] is Reason.NOT_SPREADSHEET


def test_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    """A member that claims to unpack to 2 GB is refused before openpyxl sees it."""
    path = good_workbook(tmp_path / "bomb.xlsx")
    data = bytearray(path.read_bytes())
    target = b"xl/worksheets/sheet1.xml"
    start = 0
    while (at := data.find(b"PK\x01\x02", start)) >= 0:  # central directory entries
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == target:
            struct.pack_into("<I", data, at + 24, 2_000_000_000)
        start = at + 4
    path.write_bytes(bytes(data))
    reason, message = reason_of(path)
    assert reason is Reason.UNPACKS_TOO_LARGE and "may be damaged or made to harm" in message


def test_zip_bomb_by_compression_ratio(tmp_path: Path) -> None:
    members = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b" " * 30_000_000,  # 30 MB of spaces: ratio ~1000
    }
    path = zip_with(tmp_path / "ratio.xlsx", members)
    assert path.stat().st_size < 200_000
    assert reason_of(path)[0] is Reason.UNPACKS_TOO_LARGE


def test_too_many_zip_members(tmp_path: Path) -> None:
    path = zip_with(
        tmp_path / "parts.xlsx", {"xl/workbook.xml": b"<w/>", **{f"x/{i}": b"" for i in range(20)}}
    )
    with pytest.raises(SourceFileError) as caught:
        check_workbook_zip(path, Limits(max_members=10))
    assert caught.value.reason is Reason.TOO_MANY_PARTS


def test_file_size_limit(tmp_path: Path) -> None:
    path = good_workbook(tmp_path / "big.xlsx")
    with pytest.raises(SourceFileError) as caught:
        sniff(path, Limits(max_file_bytes=1_000))
    assert caught.value.reason is Reason.TOO_LARGE
    assert "govkit imports files of up to" in str(caught.value)


def test_empty_sheet_no_header_and_no_rows(xlsx: Any) -> None:
    empty = xlsx({"Register": []}, "empty-sheet.xlsx")
    reason, message = reason_of(empty)
    assert reason is Reason.EMPTY_SHEET and "“Register”" in message
    numbers = xlsx({"Register": [[1, 2, 3], [4, 5, 6]]}, "numbers.xlsx")
    reason, message = reason_of(numbers)
    assert reason is Reason.NO_HEADER and "column headings" in message
    headings_only = xlsx({"Register": [HEADINGS]}, "headings.xlsx")
    assert reason_of(headings_only)[0] is Reason.NO_ROWS


def test_sheet_not_found_lists_the_sheets(xlsx: Any) -> None:
    path = xlsx({"Register": [HEADINGS, ROW], "Notes": [["x"]]})
    reason, message = reason_of(path, sheet="Registre")
    assert reason is Reason.SHEET_NOT_FOUND and "“Register”, “Notes”" in message


def test_row_and_column_limits(xlsx: Any, tmp_path: Path) -> None:
    many = xlsx({"Register": [HEADINGS, *([ROW] * 30)]}, "rows.xlsx")
    with pytest.raises(SourceFileError) as caught:
        read_source(many, limits=Limits(max_rows=25))
    assert caught.value.reason is Reason.TOO_MANY_ROWS
    wide = xlsx({"Register": [HEADINGS, [*ROW, *(["x"] * 30)]]}, "wide.xlsx")
    with pytest.raises(SourceFileError) as caught:
        read_source(wide, limits=Limits(max_columns=20))
    assert caught.value.reason is Reason.TOO_MANY_COLUMNS
    # A cell far to the right costs nothing (rows are not read 16,384 columns wide); the
    # sheet's stored size says it is there, and the user is told.
    wb = Workbook()
    ws = wb.active
    ws.append(HEADINGS)
    ws.append(ROW)
    ws["XFD2"] = "far away"
    wb.save(tmp_path / "far.xlsx")
    table = read_source(tmp_path / "far.xlsx")
    assert len(table.headings) == 4
    assert any("columns after column GS were not read" in w for w in table.warnings)


def test_long_runs_of_empty_rows_stop_reading(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADINGS)
    ws.append(ROW)
    ws["A60"] = "Lost"  # after more empty rows than the limit allows
    wb.save(tmp_path / "gap.xlsx")
    table = read_source(tmp_path / "gap.xlsx", limits=Limits(max_empty_run=20))
    assert [r.number for r in table.rows] == [2]
    assert any("Reading stopped at row 22" in w for w in table.warnings)


def test_formulas_are_never_run(tmp_path: Path) -> None:
    """A formula yields the value saved with it; one without a saved value is reported."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADINGS)
    ws.append(['=UPPER("payroll")', "Human resources", "Pay staff", "Contract"])
    ws.append(["Library loans", '=CONCAT("Lib","rary")', '=WEBSERVICE("http://x")', "Task"])
    path = tmp_path / "formulas.xlsx"
    wb.save(path)
    add_cached_values(path, {"A2": "PAYROLL"})
    table = read_table(path)
    assert table.rows[0].values[0] == "PAYROLL"
    assert table.rows[1].values[1] is None and table.rows[1].values[2] is None
    assert table.formula_cells == {3: ("B3", "C3")}
    assert any("3 cells hold formulas" in w for w in table.warnings)
    assert any("no saved value" in w and "B3, C3" in w for w in table.warnings)


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    """A workbook part with a "billion laughs" DTD is reported as damaged, not expanded."""
    good = good_workbook(tmp_path / "good.xlsx")
    with zipfile.ZipFile(good) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    sheet = members["xl/worksheets/sheet1.xml"]
    members["xl/worksheets/sheet1.xml"] = bomb + sheet[sheet.index(b"<worksheet") :].replace(
        b"Payroll", b"&lol2;"
    )
    path = zip_with(tmp_path / "lolz.xlsx", members)
    assert reason_of(path)[0] is Reason.CORRUPT


def test_every_reason_has_its_own_message() -> None:
    messages = {
        errors.not_found("f.xlsx"),
        errors.empty_file("f.xlsx"),
        errors.too_large("f.xlsx", 60_000_000, 50_000_000),
        errors.not_spreadsheet("f.xlsx"),
        errors.wrong_document("f.xlsx", Reason.WORD),
        errors.opendocument("f.xlsx"),
        errors.xlsb("f.xlsx"),
        errors.legacy_xls("f.xlsx"),
        errors.old_office("f.xlsx"),
        errors.encrypted("f.xlsx"),
        errors.corrupt("f.xlsx"),
        errors.unpacks_too_large("f.xlsx", 1),
        errors.too_many_parts("f.xlsx", 1),
        errors.empty_sheet("f.xlsx", "S"),
        errors.no_header("f.xlsx", "S"),
        errors.no_rows("f.xlsx", "S"),
        errors.too_many_rows("f.xlsx", 1),
        errors.too_many_columns("f.xlsx", 1),
        errors.bad_csv("f.xlsx", 1, "x"),
    }
    assert len({str(m) for m in messages}) == len(messages)
    assert len({m.reason for m in messages}) == len(messages)
    assert all(isinstance(m, SourceFileError) for m in messages)
