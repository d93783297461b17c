"""The PDF register report: contents, page numbers, outline, metadata, fonts, long texts.

The text checks read the PDF with poppler's ``pdftotext``/``pdfinfo``/``pdffonts``
(Debian: poppler-utils); they are skipped when poppler is not installed.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from govkit.domain.completeness import controller_completeness, processor_completeness
from govkit.domain.models import ControllerActivity, ProcessorActivity
from govkit.domain.parts import Transfer
from govkit.domain.validation import MAX_TEXT
from govkit.exports import pdf as pdf_module
from govkit.exports.pdf import SUMMARY_CHUNK, write_register_pdf
from govkit.exports.pdf_fonts import covers
from govkit.exports.pdf_values import (
    MISSING_ITEM_FIELDS,
    clean,
    format_datetime,
    markup,
    missing_fields,
)
from govkit.exports.progress import Cancelled, Progress
from govkit.exports.snapshot import RegisterSnapshot
from govkit.i18n import _
from govkit.services import demo
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

PASSPHRASE = "correct horse battery staple"
NAMES = ["Ζωή Παπαδοπούλου", "Олена Коваленко", "Łódź", "Nguyễn Thị Lan", "Søren Ødegård"]

poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


def _workspace(folder: Path, organisation: str = "City of Testville") -> Workspace:
    ws, _key = Workspace.create(
        folder / "register.govkit",
        person_name="Ada Lovelace",
        passphrase=PASSPHRASE,
        organisation_name=organisation,
        kdf=MIN_KDF,
    )
    return ws


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RegisterSnapshot]:
    folder = tmp_path_factory.mktemp("demo-pdf")
    ws = _workspace(folder)
    try:
        demo.populate_demo(ws, activities=45)
        snapshot = take_snapshot(ws)
    finally:
        ws.close()
    out = folder / "register.pdf"
    write_register_pdf(snapshot, out)
    return out, snapshot


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return {
        k.strip(): v.strip() for k, _sep, v in (line.partition(":") for line in out.splitlines())
    }


def _flat(text: str) -> str:
    return " ".join(text.split())


# -- the demo register ---------------------------------------------------------------------------


@poppler
def test_demo_report_has_cover_contents_summary_and_every_record(
    demo_pdf: tuple[Path, RegisterSnapshot],
) -> None:
    pdf, snapshot = demo_pdf
    text = _flat(_text(pdf))
    first = _flat(_text(pdf, "-f", "1", "-l", "1"))
    assert "Record of processing activities" in first
    assert "City of Lindenhaven" in first
    assert snapshot.vault_id in first
    assert "Data protection officer" in first and "Adaeze Okafor" in first
    assert "Exported by Ada Lovelace" in first
    assert "Contents" in _flat(_text(pdf, "-f", "2", "-l", "2"))
    assert "Summary" in text
    for record in [*snapshot.controller_activities, *snapshot.processor_activities]:
        assert record.reference in text
        assert _flat(record.name) in text, record.name
    # Every Art. 30 group heading appears with its article.
    for heading in ("Identification Art. 30(1)(a)", "Retention Art. 30(1)(f)"):
        assert heading in text
    assert "Controllers served Art. 30(2)(a)" in text


@poppler
def test_every_page_says_page_x_of_the_real_total(
    demo_pdf: tuple[Path, RegisterSnapshot],
) -> None:
    pdf, _snapshot = demo_pdf
    total = _pages(pdf)
    assert total > 50
    for page in (1, 2, total // 2, total):
        assert f"Page {page} of {total}" in _flat(_text(pdf, "-f", str(page), "-l", str(page)))


@poppler
def test_table_of_contents_lists_every_activity_with_its_page(
    demo_pdf: tuple[Path, RegisterSnapshot],
) -> None:
    pdf, snapshot = demo_pdf
    contents = _text(pdf, "-layout", "-f", "2", "-l", "3")
    for record in snapshot.controller_activities[::7]:
        match = re.search(
            "^ *" + re.escape(record.reference) + r" .*?[ .]+ ?(\d+)$", contents, re.M
        )
        assert match, (record.reference, contents[:800])
        page = match.group(1)
        assert record.name in _flat(_text(pdf, "-f", page, "-l", page))


def _raw_objects(pdf: Path) -> bytes:
    """The PDF's bytes with its compressed streams inflated (outline and info are plain)."""
    data = pdf.read_bytes()
    inflated = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):
            inflated.append(zlib.decompress(match.group(1)))
    return b"\n".join(inflated)


def test_outline_has_sections_and_one_bookmark_per_activity(
    demo_pdf: tuple[Path, RegisterSnapshot],
) -> None:
    pdf, snapshot = demo_pdf
    raw = _raw_objects(pdf)
    assert b"/Outlines" in raw and b"/PageMode /UseOutlines" in raw
    titles = re.findall(rb"/Title \(((?:[^()\\]|\\.)*)\)", raw)
    assert b"Summary" in titles and b"Contents" in titles
    assert rb"Processing activities \(Art. 30\(1\)\)" in titles
    record = snapshot.controller_activities[0]
    assert f"{record.reference} {record.name}".encode() in titles
    outline_items = raw.count(b"/Parent ")
    records = len(snapshot.controller_activities) + len(snapshot.processor_activities)
    assert outline_items >= records + 4


@poppler
def test_document_properties_and_language(demo_pdf: tuple[Path, RegisterSnapshot]) -> None:
    pdf, _snapshot = demo_pdf
    info = _info(pdf)
    assert info["Title"] == "Record of processing activities — City of Lindenhaven"
    assert info["Author"] == "Ada Lovelace"
    assert "Article 30" in info["Subject"]
    assert info["Creator"].startswith("govkit ")
    assert "GDPR" in info["Keywords"]
    assert b"/Lang (en)" in _raw_objects(pdf)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_only_embedded_fonts(demo_pdf: tuple[Path, RegisterSnapshot]) -> None:
    pdf, _snapshot = demo_pdf
    lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        name, *_rest = line.split()
        emb = line.split()[-5]
        assert "DejaVuSans" in name and emb == "yes", line


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_pages_render(demo_pdf: tuple[Path, RegisterSnapshot], tmp_path: Path) -> None:
    pdf, _snapshot = demo_pdf
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "4", str(pdf), str(tmp_path / "p")],
        check=True,
        capture_output=True,
    )
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == 4 and all(p.stat().st_size > 1000 for p in pngs)


# -- hard content --------------------------------------------------------------------------------


@pytest.fixture
def hard_register(tmp_path: Path) -> Iterator[Workspace]:
    ws = _workspace(tmp_path, organisation="Łódź & <Söhne> — Олена Коваленко")
    ws.organisation.update({"dpo_name": "Ζωή Παπαδοπούλου", "address": "ул. Шевченка 1\nKyiv"})
    yield ws
    ws.close()


def _long_text() -> str:
    words = [f"w{i:05d}" for i in range(1, 4000)]
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > MAX_TEXT:
            break
        text += word + (". " if int(word[1:]) % 9 == 0 else " ")
    text = text.rstrip()
    return text + "." * (MAX_TEXT - len(text))


@poppler
def test_long_description_is_printed_whole_across_pages(
    hard_register: Workspace, tmp_path: Path
) -> None:
    description = _long_text()
    assert len(description) == MAX_TEXT
    hard_register.activities.create(
        {
            "reference": "LONG-1",
            "name": "Long description",
            "department": "Archives",
            "description": description,
            "retention": "Ten years",
        }
    )
    out = tmp_path / "long.pdf"
    write_register_pdf(take_snapshot(hard_register), out)
    found = re.findall(r"w\d{5}", _text(out))
    expected = re.findall(r"w\d{5}", description)
    assert found == expected  # every word, once, in order: nothing cut or repeated
    assert _pages(out) >= 8
    assert "Ten years" in _text(out)


@poppler
def test_names_in_greek_cyrillic_and_latin_print_as_typed(
    hard_register: Workspace, tmp_path: Path
) -> None:
    hard_register.activities.create(
        {
            "reference": "N-1",
            "name": "Kinder & <Jugend> " + " · ".join(NAMES),
            "department": "Δήμος & <x>",
            "contact": "Олена Коваленко <olena@example.org>",
            "purposes": ["p & q <r>", "</para><b>not markup</b>"],
            "recipients": [{"category": "processor", "name": "A&B <Ltd>"}],
            "transfers": [{"country": "Україна", "recipient": "R&D", "safeguard": ""}],
            "notes": "control\x00\x07chars\x1b[31m, বাংলা and an emoji 😀 stay harmless",
        }
    )
    out = tmp_path / "names.pdf"
    write_register_pdf(take_snapshot(hard_register), out)
    text = _flat(_text(out))
    for name in NAMES:
        assert covers(name)
        assert name in text
    for literal in ("A&B <Ltd>", "p & q <r>", "</para><b>not markup</b>", "Δήμος & <x>"):
        assert literal in text
    assert "Łódź & <Söhne> — Олена Коваленко" in _flat(_text(out, "-f", "1", "-l", "1"))
    assert "Safeguard: not recorded" in text


@poppler
def test_empty_register_builds_a_short_report(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    try:
        snapshot = take_snapshot(ws)
    finally:
        ws.close()
    out = tmp_path / "empty.pdf"
    result = write_register_pdf(snapshot, out)
    text = _flat(_text(out))
    assert result.pages == _pages(out) >= 3
    assert "No processing activities are recorded." in text
    assert "No activities as processor are recorded." in text
    assert f"Page 1 of {result.pages}" in text


@poppler
def test_missing_art30_items_are_flagged_and_empty_optional_ones_are_not(
    tmp_path: Path,
) -> None:
    ws = _workspace(tmp_path)
    try:
        ws.activities.create({"reference": "D-1", "name": "Draft", "department": "IT"})
        ws.activities.create(
            {
                "reference": "R-1",
                "name": "Retired draft",
                "department": "IT",
                "status": "retired",
                "next_review": date.today() - timedelta(days=10),
            }
        )
        snapshot = take_snapshot(ws)
    finally:
        ws.close()
    out = tmp_path / "draft.pdf"
    write_register_pdf(snapshot, out)
    text = _flat(_text(out))
    assert "Art. 30 items not recorded (9)" in text
    assert text.count("Not recorded: required by Article 30") >= 9
    # A retired record is history: nothing flagged, no overdue review.
    retired = text[text.rindex("R-1 Retired draft") :]
    assert "Not recorded: required" not in retired[:1500]
    assert "overdue" not in retired[:1500]


@poppler
def test_large_summaries_are_cut_into_chunks(
    demo_pdf: tuple[Path, RegisterSnapshot], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert SUMMARY_CHUNK <= 1000  # the shared notes: one 100k-row table takes minutes and GBs
    _pdf, snapshot = demo_pdf
    monkeypatch.setattr(pdf_module, "SUMMARY_CHUNK", 10)
    out = tmp_path / "chunked.pdf"
    write_register_pdf(snapshot, out)
    text = _text(out, "-layout")
    header = r"Reference +Name +Department +Status +Complete +Next review"
    # 45 + 5 records in chunks of 10: six tables, each with its own header row.
    assert len(re.findall(header, text)) >= 6
    for record in snapshot.controller_activities:
        assert record.reference in text


def test_cancelling_stops_the_build(
    demo_pdf: tuple[Path, RegisterSnapshot], tmp_path: Path
) -> None:
    _pdf, snapshot = demo_pdf
    calls: list[int] = []
    progress = Progress()

    def report(done: int, total: int, message: str) -> None:
        calls.append(done)
        if len(calls) == 3:
            progress.cancel()

    progress.report = report
    with pytest.raises(Cancelled):
        write_register_pdf(snapshot, tmp_path / "never.pdf", progress=progress)
    assert len(calls) == 3


def test_progress_reaches_every_record(
    demo_pdf: tuple[Path, RegisterSnapshot], tmp_path: Path
) -> None:
    _pdf, snapshot = demo_pdf
    seen: list[tuple[int, int]] = []
    write_register_pdf(
        snapshot,
        tmp_path / "p.pdf",
        progress=Progress(report=lambda d, t, _m: seen.append((d, t))),
    )
    assert seen and all(0 <= d <= t for d, t in seen)
    assert seen[-1][0] > len(snapshot.controller_activities)


# -- values ----------------------------------------------------------------------------------------


def test_markup_escapes_and_drops_control_characters() -> None:
    assert markup("A&B <b>x</b>") == "A&amp;B &lt;b&gt;x&lt;/b&gt;"
    assert markup("line 1\nline 2") == "line 1<br/>line 2"
    assert clean("a\x00b\x07c\x1b[31m\u2028d\ud800") == "abc[31md?"


def test_every_missing_item_the_completeness_check_can_name_is_flagged() -> None:
    bare = controller_completeness(ControllerActivity())
    conditional = controller_completeness(
        ControllerActivity(
            special_categories=["Health data"],
            criminal_data=True,
            transfers=[Transfer(country="X")],
            automated_decision=True,
        )
    )
    processor = processor_completeness(ProcessorActivity())
    labels = {*bare.missing, *conditional.missing, *processor.missing}
    known = {_(label) for label in MISSING_ITEM_FIELDS}
    assert labels <= known, labels - known
    assert missing_fields(conditional.missing) >= {
        "art9_conditions",
        "art10_basis",
        "transfers",
        "automated_decision_details",
    }


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (not on Windows)")
def test_times_are_shown_in_local_time_with_their_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Dhaka")
    time.tzset()
    try:
        moment = datetime(2026, 3, 1, 10, 15, tzinfo=UTC)
        assert format_datetime(moment) == "2026-03-01 16:15 (UTC+06:00)"
        assert format_datetime(moment.replace(tzinfo=None)) == "2026-03-01 16:15 (UTC+06:00)"
    finally:
        monkeypatch.undo()
        time.tzset()
