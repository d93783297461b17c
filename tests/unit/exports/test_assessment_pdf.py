"""The PDF report of one assessment: cover, sections, risks and their map, sign-offs, pages.

Text checks read the PDF with poppler's ``pdftotext``/``pdfinfo`` and are skipped when
poppler-utils is not installed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from govkit.domain.assessment_enums import AssessmentKind
from govkit.domain.assessment_parts import Risk, SignOff
from govkit.exports import assessment_pdf
from govkit.exports.assessment_pdf import write_assessment_pdf
from govkit.exports.assessment_snapshot import AssessmentSnapshot, SectionSnapshot
from govkit.exports.progress import Cancelled, Progress
from govkit.exports.risk_map import RiskMap, legend, place
from govkit.services.assessment_snapshots import take_assessment_snapshot
from govkit.services.assessments import AssessmentService
from govkit.services.demo import populate_demo
from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF

poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, AssessmentSnapshot]]:
    folder = tmp_path_factory.mktemp("assessment-pdf")
    ws, _key = Workspace.create(
        folder / "demo.govkit",
        person_name="Ada Lovelace",
        passphrase="correct horse battery staple",
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    try:
        populate_demo(ws, today=date(2026, 3, 1))
        found = {s.reference: s.id for s in AssessmentService(ws.ctx).summaries()}
        yield {ref: take_assessment_snapshot(ws, found[ref]) for ref in found}
    finally:
        ws.close()


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout


def _info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, encoding="utf-8", check=True
    ).stdout
    return {k.strip(): v.strip() for k, _s, v in (line.partition(":") for line in out.splitlines())}


def _raw_objects(pdf: Path) -> bytes:
    """The PDF's bytes with its compressed streams inflated (outline and info are plain)."""
    data = pdf.read_bytes()
    inflated = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        with contextlib.suppress(zlib.error):
            inflated.append(zlib.decompress(match.group(1)))
    return b"\n".join(inflated)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _story_has_map(snapshot: AssessmentSnapshot) -> bool:
    report = assessment_pdf._Report(snapshot, Progress())
    story: list[Flowable] = report.story()
    return any(isinstance(f, RiskMap) for f in story)


@poppler
def test_approved_dpia_prints_answers_risks_map_plan_and_signoffs(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = snapshots["DPIA-001"]
    out = tmp_path / "dpia.pdf"
    result = write_assessment_pdf(snap, out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert result.pages > 1
    info = _info(out)
    assert int(info["Pages"]) == result.pages
    assert "DPIA-001" in info["Title"] and info["Author"] == "Ada Lovelace"
    assert info["Creator"].startswith("govkit")

    cover = _flat(_text(out, "-f", "1", "-l", "1"))
    for expected in (
        "City of Lindenhaven",
        "CCTV on the central station square",
        "DPIA-001 version 1",
        "Approved",
        "Katrin Vogel",
        snap.vault_id,
        snap.content_hash[:40],
    ):
        assert expected in cover, expected
    assert "Contents" in _flat(_text(out, "-f", "2", "-l", "2"))

    text = _flat(_text(out))
    for section in snap.sections:
        assert _flat(section.title) in text
        for question in section.questions:
            for line in question.answer.split("\n"):
                assert _flat(line) in text, line
    for risk in snap.risks:
        assert risk.title in text
    assert "Risk map" in text and "Likelihood" in text and "Severity" in text
    assert "Mask the windows of homes on cameras 4 and 7" in text
    assert "Publish the camera positions on the city website" in text
    assert "The residual risks are acceptable once the masking is in place." in text
    assert "Jonas Brandt" in text and "Head of the public order department" in text
    assert "Improvable" in text and "Versions" in text
    last = _flat(_text(out, "-f", str(result.pages), "-l", str(result.pages)))
    assert f"Page {result.pages} of {result.pages}" in last


def test_outline_bookmarks_and_language(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    out = tmp_path / "dpia.pdf"
    write_assessment_pdf(snapshots["DPIA-001"], out)
    raw = _raw_objects(out)
    assert b"/Outlines" in raw and b"/PageMode /UseOutlines" in raw
    assert b"/Lang (en)" in raw
    titles = re.findall(rb"/Title \(((?:[^()\\]|\\.)*)\)", raw)
    for title in (b"Cover", b"Contents", b"Context", b"Overview", b"Risks", b"Risk map"):
        assert title in titles, title
    assert b"Sign-offs" in titles and b"Versions" in titles


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_only_embedded_fonts(snapshots: dict[str, AssessmentSnapshot], tmp_path: Path) -> None:
    out = tmp_path / "dpia.pdf"
    write_assessment_pdf(snapshots["DPIA-001"], out)
    lines = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert "DejaVuSans" in line.split()[0] and line.split()[-5] == "yes", line


@poppler
def test_screening_prints_its_outcome_and_reasons(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = snapshots["SCR-001"]
    out = tmp_path / "screening.pdf"
    result = write_assessment_pdf(snap, out)
    assert result.pages > 1
    text = _flat(_text(out))
    assert "Outcome" in text and "DPIA required" in text
    for reason in snap.outcome_reasons:
        assert _flat(reason) in text
    assert "Cameras film a public square around the clock." in text
    assert "Adaeze Okafor" in text
    assert not _story_has_map(snap)


@poppler
@pytest.mark.parametrize("reference", ["DPIA-001", "DPIA-002", "SCR-001"])
def test_no_page_is_left_blank(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path, reference: str
) -> None:
    out = tmp_path / "report.pdf"
    result = write_assessment_pdf(snapshots[reference], out)
    for page in range(1, result.pages + 1):
        lines = [x for x in _text(out, "-f", str(page), "-l", str(page)).splitlines() if x.strip()]
        assert len(lines) > 4, f"page {page} holds only its header and footer"


def test_dpia_story_has_the_map_and_no_risks_means_no_map(
    snapshots: dict[str, AssessmentSnapshot],
) -> None:
    snap = snapshots["DPIA-001"]
    assert _story_has_map(snap)
    assert not _story_has_map(dataclasses.replace(snap, risks=()))


@poppler
def test_dpia_without_risks_prints_without_the_map(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = dataclasses.replace(snapshots["DPIA-001"], risks=())
    out = tmp_path / "no-risks.pdf"
    write_assessment_pdf(snap, out)
    text = _flat(_text(out))
    assert "No risks are recorded." in text
    assert "Risk map" not in text


def _with_answer(snap: AssessmentSnapshot, question_id: str, answer: str) -> AssessmentSnapshot:
    sections: list[SectionSnapshot] = []
    for section in snap.sections:
        questions = tuple(
            dataclasses.replace(q, answer=answer) if q.id == question_id else q
            for q in section.questions
        )
        sections.append(dataclasses.replace(section, questions=questions))
    return dataclasses.replace(snap, sections=tuple(sections))


@poppler
def test_long_answer_flows_over_pages_without_losing_a_word(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    words = [f"w{n:05d}" for n in range(1, 2860)]  # 20,000 characters
    answer = " ".join(words)
    assert len(answer) >= 20_000
    # The DPO's opinion sits in a table: its row splits across pages too.
    opinion = [f"o{n:05d}" for n in range(1, 2860)]
    snap = _with_answer(snapshots["DPIA-001"], "processing", answer)
    snap = dataclasses.replace(snap, dpo_opinion=" ".join(opinion))
    out = tmp_path / "long.pdf"
    result = write_assessment_pdf(snap, out)
    short = write_assessment_pdf(snapshots["DPIA-001"], tmp_path / "short.pdf")
    assert result.pages >= short.pages + 4
    text = _text(out)
    assert re.findall(r"w\d{5}", text) == words
    assert re.findall(r"o\d{5}", text) == opinion


@poppler
def test_greek_and_cyrillic_names_print_as_typed(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    base = snapshots["DPIA-001"]
    snap = dataclasses.replace(
        base,
        organisation_name="Δήμος Αθηναίων",
        owner="Олена Коваленко",
        risks=(dataclasses.replace(base.risks[0], title="Κίνδυνος διαρροής"), *base.risks[1:]),
        signoffs=(
            SignOff(
                decision="approved",
                name="Ζωή Παπαδοπούλου",
                role="Начальник отдела",
                at="2026-03-01T10:00:00+00:00",
                content_hash="ab" * 32,
            ),
        ),
    )
    out = tmp_path / "names.pdf"
    write_assessment_pdf(snap, out)
    text = _flat(_text(out))
    for name in (
        "Δήμος Αθηναίων",
        "Олена Коваленко",
        "Κίνδυνος διαρροής",
        "Ζωή Παπαδοπούλου",
        "Начальник отдела",
    ):
        assert name in text, name


@poppler
def test_markup_in_values_prints_as_typed(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    snap = _with_answer(snapshots["SCR-001"], "c1_evaluation_scoring", "Müller & Söhne <GmbH>")
    out = tmp_path / "markup.pdf"
    write_assessment_pdf(snap, out)
    assert "Müller & Söhne <GmbH>" in _flat(_text(out))


def test_cancelling_stops_the_build(
    snapshots: dict[str, AssessmentSnapshot], tmp_path: Path
) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        write_assessment_pdf(snapshots["DPIA-001"], tmp_path / "x.pdf", progress=progress)


def test_risk_map_places_markers_and_lists_unassessed_risks() -> None:
    risks = [
        Risk(
            id="r1",
            title="Access",
            severity_before=3,
            likelihood_before=4,
            severity_after=2,
            likelihood_after=1,
        ),
        Risk(id="r2", title="Loss", severity_before=2, likelihood_before=2),
        Risk(id="r3", title="", severity_before=9, likelihood_before=1),
    ]
    placed = place(risks)
    assert placed[0].before == (3, 4) and placed[0].after == (2, 1) and placed[0].assessed
    assert placed[1].before == (2, 2) and placed[1].after is None and not placed[1].assessed
    assert placed[2].before is None  # 9 is off the scale
    lines = legend(risks)
    assert [line.number for line in lines] == [1, 2, 3]
    assert lines[0].before == "Severity 3 Significant\nLikelihood 4 Maximum"
    assert lines[1].after == "not assessed"
    assert lines[2].title == "(untitled risk)" and lines[2].before == "not assessed"
    width, height = RiskMap(risks).wrap(500, 800)
    assert 0 < width < 500 and 0 < height < 800


@poppler
def test_ai_act_classification_prints_its_class_and_the_ai_act_keywords(tmp_path: Path) -> None:
    ws, _key = Workspace.create(
        tmp_path / "ai.govkit",
        person_name="Ada Lovelace",
        passphrase="correct horse battery staple",
        organisation_name="City of Testville",
        kdf=MIN_KDF,
    )
    try:
        activity = ws.activities.create({"name": "Benefit pre-check", "department": "Social"}).id
        service = AssessmentService(ws.ctx)
        row = service.start(
            AssessmentKind.AI_ACT_CLASSIFICATION,
            subject_type="controller_activity",
            subject_id=activity,
        )
        service.answer(row.id, "ai_infers", "yes")
        service.answer(row.id, "ai_autonomy", "yes")
        service.answer(row.id, "art5_c_social_scoring", "yes", note="Ranks residents")
        snap = take_assessment_snapshot(ws, row.id)
    finally:
        ws.close()
    assert snap.reference == "AIC-001"
    out = tmp_path / "classification.pdf"
    write_assessment_pdf(snap, out)
    text = _flat(_text(out))
    assert "EU AI Act classification" in text and "Prohibited practice" in text
    assert "Article 5(1)(c) AI Act" in text and "Ranks residents" in text
    assert not _story_has_map(snap)
    info = _info(out)
    assert "AI Act" in info["Keywords"] and "GDPR" not in info["Keywords"]
