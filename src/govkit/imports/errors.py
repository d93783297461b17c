"""Why a file cannot be imported, in words a non-technical user can act on.

This package sits beside ``storage`` (neither imports the other), so it cannot raise storage's
``UserFacingError`` itself: it raises ``SourceFileError`` and ``services.imports`` turns it into
``ImportFileError`` (a ``UserFacingError``) with the same message and reason.
"""

from __future__ import annotations

from enum import StrEnum

from govkit.i18n import _


class Reason(StrEnum):
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    NOT_SPREADSHEET = "not_spreadsheet"
    WORD = "word"
    POWERPOINT = "powerpoint"
    OPENDOCUMENT = "opendocument"
    XLSB = "xlsb"
    OTHER_ZIP = "other_zip"
    LEGACY_XLS = "legacy_xls"
    OLD_OFFICE = "old_office"
    ENCRYPTED = "encrypted"
    CORRUPT = "corrupt"
    UNPACKS_TOO_LARGE = "unpacks_too_large"
    TOO_MANY_PARTS = "too_many_parts"
    SHEET_NOT_FOUND = "sheet_not_found"
    EMPTY_SHEET = "empty_sheet"
    NO_HEADER = "no_header"
    NO_ROWS = "no_rows"
    TOO_MANY_ROWS = "too_many_rows"
    TOO_MANY_COLUMNS = "too_many_columns"
    BAD_CSV = "bad_csv"
    BAD_MAPPING = "bad_mapping"


class SourceFileError(Exception):
    """A file that cannot be imported; ``str(exc)`` says why and what to do."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f}"


def not_found(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.NOT_FOUND,
        _(
            "“{name}” was not found. It may have been moved, renamed or deleted, or the drive "
            "holding it is not connected."
        ).format(name=name),
    )


def unreadable(name: str, detail: str) -> SourceFileError:
    return SourceFileError(
        Reason.UNREADABLE,
        _(
            "“{name}” could not be read ({detail}). Check that you may open the file and that "
            "no other program is writing it, then try again."
        ).format(name=name, detail=detail),
    )


def empty_file(name: str) -> SourceFileError:
    return SourceFileError(Reason.EMPTY_FILE, _("“{name}” is empty.").format(name=name))


def too_large(name: str, size: int, limit: int) -> SourceFileError:
    return SourceFileError(
        Reason.TOO_LARGE,
        _(
            "“{name}” is {size} MB; govkit imports files of up to {limit} MB. Remove the sheets "
            "and pictures that are not part of the register, or split it, then try again."
        ).format(name=name, size=_mb(size), limit=_mb(limit)),
    )


def not_spreadsheet(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.NOT_SPREADSHEET,
        _(
            "“{name}” is not a spreadsheet govkit can read. Save the register as an Excel "
            "workbook (.xlsx) or as CSV, then import that file."
        ).format(name=name),
    )


def wrong_document(name: str, reason: Reason) -> SourceFileError:
    kinds = {
        Reason.WORD: _("a Word document"),
        Reason.POWERPOINT: _("a PowerPoint presentation"),
        Reason.OTHER_ZIP: _("a zip archive of other files"),
    }
    return SourceFileError(
        reason,
        _(
            "“{name}” is {kind}, not an Excel workbook, although its name ends in .xlsx. Open "
            "the register itself in Excel and save it as .xlsx or .csv."
        ).format(name=name, kind=kinds[reason]),
    )


def opendocument(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.OPENDOCUMENT,
        _(
            "“{name}” is an OpenDocument file (LibreOffice). Open it in LibreOffice or Excel, "
            "save it as an Excel workbook (.xlsx) or CSV, and import that."
        ).format(name=name),
    )


def xlsb(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.XLSB,
        _(
            "“{name}” is an Excel binary workbook (.xlsb), which govkit cannot read. Open it in "
            "Excel and save it as “Excel Workbook (.xlsx)”, then import that."
        ).format(name=name),
    )


def legacy_xls(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.LEGACY_XLS,
        _(
            "“{name}” is in the old Excel 97–2003 format (.xls). Open it in Excel or LibreOffice, "
            "save it as “Excel Workbook (.xlsx)”, then import that."
        ).format(name=name),
    )


def old_office(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.OLD_OFFICE,
        _(
            "“{name}” is an old-format Office document, not an Excel workbook. Open the "
            "register in Excel and save it as .xlsx or .csv."
        ).format(name=name),
    )


def encrypted(name: str) -> SourceFileError:
    return SourceFileError(
        Reason.ENCRYPTED,
        _(
            "“{name}” is protected with a password, so govkit cannot read it. Open it in Excel, "
            "remove the password (File › Info › Protect Workbook › Encrypt with Password, then "
            "clear it), save, and import it again."
        ).format(name=name),
    )


def corrupt(name: str, detail: str = "") -> SourceFileError:
    message = _(
        "“{name}” is damaged or incomplete and cannot be read as a workbook. Open it in Excel "
        "(which may repair it), save it again, and import the saved copy."
    ).format(name=name)
    if detail:
        message += " " + _("(Details: {detail})").format(detail=detail)
    return SourceFileError(Reason.CORRUPT, message)


def unpacks_too_large(name: str, limit: int) -> SourceFileError:
    return SourceFileError(
        Reason.UNPACKS_TOO_LARGE,
        _(
            "“{name}” unpacks to far more data than a register holds (over {limit} MB), so "
            "govkit does not open it: it may be damaged or made to harm the computer. Ask "
            "whoever sent it for a plain copy of the register."
        ).format(name=name, limit=_mb(limit)),
    )


def too_many_parts(name: str, limit: int) -> SourceFileError:
    return SourceFileError(
        Reason.TOO_MANY_PARTS,
        _(
            "“{name}” is made of more than {limit} parts, far more than a workbook needs, so "
            "govkit does not open it. Ask whoever sent it for a plain copy of the register."
        ).format(name=name, limit=f"{limit:,}"),
    )


def sheet_not_found(name: str, sheet: str, sheets: list[str]) -> SourceFileError:
    return SourceFileError(
        Reason.SHEET_NOT_FOUND,
        _("“{name}” has no sheet called “{sheet}”. Its sheets are: {sheets}.").format(
            name=name, sheet=sheet, sheets=", ".join(f"“{s}”" for s in sheets)
        ),
    )


def empty_sheet(name: str, sheet: str | None) -> SourceFileError:
    if sheet is None:
        return SourceFileError(
            Reason.EMPTY_SHEET, _("“{name}” holds no rows at all.").format(name=name)
        )
    return SourceFileError(
        Reason.EMPTY_SHEET,
        _(
            "The sheet “{sheet}” of “{name}” is empty. If the register is on another sheet, "
            "choose that one."
        ).format(name=name, sheet=sheet),
    )


def no_header(name: str, sheet: str | None) -> SourceFileError:
    where = f"“{name}”" if sheet is None else f"“{sheet}” (“{name}”)"
    return SourceFileError(
        Reason.NO_HEADER,
        _(
            "No row of column headings was found in {where}. The register needs one row naming "
            "its columns (for example “Name”, “Purpose”, “Legal basis”) above the activities."
        ).format(where=where),
    )


def no_rows(name: str, sheet: str | None) -> SourceFileError:
    where = f"“{name}”" if sheet is None else f"“{sheet}” (“{name}”)"
    return SourceFileError(
        Reason.NO_ROWS,
        _(
            "{where} has column headings but no activities below them. If the register is on "
            "another sheet, choose that one."
        ).format(where=where),
    )


def too_many_rows(name: str, limit: int) -> SourceFileError:
    return SourceFileError(
        Reason.TOO_MANY_ROWS,
        _(
            "“{name}” has more than {limit} rows; govkit imports at most {limit} activities at "
            "once. Split the register into several files and import them one after the other."
        ).format(name=name, limit=f"{limit:,}"),
    )


def too_many_columns(name: str, limit: int) -> SourceFileError:
    return SourceFileError(
        Reason.TOO_MANY_COLUMNS,
        _(
            "“{name}” has more than {limit} columns, more than a register has. Remove the "
            "columns that are not part of the register, then try again."
        ).format(name=name, limit=limit),
    )


def bad_csv(name: str, line: int, detail: str) -> SourceFileError:
    return SourceFileError(
        Reason.BAD_CSV,
        _(
            "“{name}” could not be read as a CSV file (line {line}: {detail}). Open it in a "
            "spreadsheet program, save it again as CSV or .xlsx, and import that."
        ).format(name=name, line=line, detail=detail),
    )


def bad_mapping(name: str, detail: str) -> SourceFileError:
    return SourceFileError(
        Reason.BAD_MAPPING,
        _(
            "“{name}” is not a column mapping govkit can use ({detail}). A mapping file is "
            "saved by govkit's import, or written by hand as a JSON object of column headings "
            "and field names."
        ).format(name=name, detail=detail),
    )
