"""Checks an untrusted file passes before any parser touches it.

A spreadsheet to import comes from anywhere (e-mail, a colleague's share, a consultant). Before
openpyxl opens it, govkit checks what it really is (by its first bytes, not its name), its size,
and, for a zip-based workbook, the zip's table of contents: how many members, how much they
unpack to and how strongly they are compressed (a "zip bomb" of 1 MB can unpack to gigabytes,
and openpyxl has no limits of its own). Python's ``zipfile`` never yields more than a member's
declared size, so checking the declared sizes bounds what any later reader can get.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from govkit.imports import errors

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a zip (or an empty zip)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, .doc, encrypted OOXML


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50_000_000  # the file as stored
    max_unpacked_bytes: int = 600_000_000  # all members of an xlsx, unpacked
    max_members: int = 10_000
    max_ratio: int = 150  # unpacked : packed, for members large enough to matter
    ratio_floor: int = 10_000_000  # members unpacking to less than this are not ratio-checked
    max_rows: int = 100_000
    max_columns: int = 200
    max_empty_run: int = 10_000  # consecutive empty rows after which reading stops


DEFAULT_LIMITS = Limits()
TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".tab"})


def sniff(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """``"xlsx"`` or ``"csv"``, or raise ``SourceFileError`` saying what the file is instead."""
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise errors.not_spreadsheet(name)
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise errors.not_found(name) from None
    except PermissionError as exc:
        raise errors.unreadable(name, exc.strerror or str(exc)) from None
    except OSError as exc:
        raise errors.unreadable(name, exc.strerror or str(exc)) from None
    if size == 0:
        raise errors.empty_file(name)
    if size > limits.max_file_bytes:
        raise errors.too_large(name, size, limits.max_file_bytes)
    if head.startswith(ZIP_MAGIC):
        check_workbook_zip(path, limits)
        return "xlsx"
    if head == OLE2_MAGIC:
        raise _ole2_error(path)
    if path.suffix.lower() in TEXT_SUFFIXES or _looks_like_text(path):
        return "csv"
    raise errors.not_spreadsheet(name)


def _looks_like_text(path: Path) -> bool:
    """Text without NUL bytes (or UTF-16 with its byte-order mark): probably CSV."""
    with path.open("rb") as f:
        sample = f.read(4096)
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in sample and (b"," in sample or b";" in sample or b"\t" in sample)


def _ole2_error(path: Path) -> errors.SourceFileError:
    """An OLE2 compound file: a password-protected workbook, a legacy .xls, or another old
    Office file. Told apart by the names of the streams in its directory (UTF-16 names)."""
    data = path.read_bytes()

    def has_stream(stream: str) -> bool:
        return stream.encode("utf-16-le") in data

    if has_stream("EncryptedPackage") or has_stream("EncryptionInfo"):
        return errors.encrypted(path.name)
    if has_stream("WordDocument") or has_stream("PowerPoint Document"):
        return errors.old_office(path.name)
    if has_stream("Workbook") or has_stream("Book"):
        return errors.legacy_xls(path.name)
    if path.suffix.lower() in (".xls", ".xlt"):
        return errors.legacy_xls(path.name)
    return errors.old_office(path.name)


def check_workbook_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise unless ``path`` is a zip that is an xlsx workbook of sane proportions."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise errors.corrupt(name, str(exc)) from None
    except OSError as exc:
        raise errors.unreadable(name, exc.strerror or str(exc)) from None
    if len(infos) > limits.max_members:
        raise errors.too_many_parts(name, limits.max_members)
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        raise errors.xlsb(name)
    if "xl/workbook.xml" not in names:
        raise _not_a_workbook(path, names)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise errors.encrypted(name)
        total += info.file_size
        if total > limits.max_unpacked_bytes:
            raise errors.unpacks_too_large(name, limits.max_unpacked_bytes)
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise errors.unpacks_too_large(name, limits.max_unpacked_bytes)


def _not_a_workbook(path: Path, names: set[str]) -> errors.SourceFileError:
    name = path.name
    if "word/document.xml" in names:
        return errors.wrong_document(name, errors.Reason.WORD)
    if "ppt/presentation.xml" in names:
        return errors.wrong_document(name, errors.Reason.POWERPOINT)
    if "mimetype" in names and "content.xml" in names:
        return errors.opendocument(name)
    if "[Content_Types].xml" in names:
        return errors.corrupt(name)  # an Office package without a workbook part
    return errors.wrong_document(name, errors.Reason.OTHER_ZIP)
