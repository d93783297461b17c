"""The AI systems register's transparency exports: ATRS record, Dutch algorithm register,
public register page and CSV; and what never leaves the vault through them."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from govkit.domain.ai_enums import AiRiskTier, AnnexIIIArea
from govkit.domain.assessment_enums import AssessmentKind, AssessmentStatus
from govkit.domain.models import Assessment
from govkit.exports.ai_public import published_systems
from govkit.exports.interop.atrs import SECTIONS, atrs_json
from govkit.exports.interop.nl_register import (
    CATEGORY_A,
    CATEGORY_B,
    CATEGORY_C,
    ELLIPSIS,
    MAX_LENGTHS,
    nl_entries,
    nl_entry,
)
from govkit.exports.public_register import public_csv, public_html
from govkit.services.assessments import AssessmentService
from govkit.services.demo_ai import SYSTEMS, populate_demo_ai_systems
from govkit.services.exports import ExportError, prepare_export
from govkit.services.snapshots import take_snapshot
from govkit.services.workspace import Workspace

NOTE_MARKER = "SECRET-NOTE-7f3a"
CONTACT_MARKER = "secret.person.91c@internal.example"
ANSWER_MARKER = "DRAFT-ANSWER-b52e"
DRAFT_TITLE = "FRIA being written"
APPROVED_OUTCOME = "Limited impact on fundamental rights"


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    populate_demo_ai_systems(workspace.ctx)
    return workspace


@pytest.fixture
def secretive(workspace: Workspace) -> tuple[Workspace, str]:
    """A system with a marker in its internal notes, an internal contact, a draft FRIA whose
    answer holds a marker, and an approved FRIA."""
    ws = workspace
    system = ws.ai_systems.create(
        {
            "reference": "AI-100",
            "name": "Housing allocation ranking",
            "department": "Housing",
            "description": "Ranks applications for social housing <by need> & urgency.",
            "purpose": "Faster, fairer allocation.",
            "contact": CONTACT_MARKER,
            "contact_internal": True,
            "internal_notes": f"Do not publish: {NOTE_MARKER}",
            "appeal": "Object within six weeks at the housing office.",
            "phase": "production",
            "human_review": '=HYPERLINK("http://evil.example","click")',
        }
    )
    ws.ai_systems.set_classification(
        system.id, AiRiskTier.HIGH_RISK, AnnexIIIArea.ESSENTIAL_SERVICES.value, "Annex III 5(a)."
    )
    service = AssessmentService(ws.ctx)
    draft = service.start(
        AssessmentKind.FRIA, subject_type="ai_system", subject_id=system.id, title=DRAFT_TITLE
    )
    service.answer(draft.id, "processes", f"The process is {ANSWER_MARKER}.")
    approved = service.start(
        AssessmentKind.FRIA, subject_type="ai_system", subject_id=system.id, title="FRIA 2026"
    )
    service.answer(approved.id, "processes", f"Approved text {ANSWER_MARKER}-approved.")
    with ws.ctx.transaction() as s:
        row = s.get(Assessment, approved.id)
        assert row is not None
        row.status = AssessmentStatus.APPROVED
        row.outcome = "rights_low"
        row.approved_at = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    return ws, system.id


def _outputs(ws: Workspace) -> dict[str, str]:
    snap = take_snapshot(ws)
    everything = published_systems(snap)
    public = published_systems(snap, include_retired=False, approved_only=True)
    return {
        "html": public_html(snap, public),
        "csv": public_csv(public),
        "atrs": json.dumps(atrs_json(snap, everything), ensure_ascii=False),
        "nl": json.dumps([e.data for e in nl_entries(snap, everything)], ensure_ascii=False),
    }


def test_nothing_internal_leaves_in_any_public_output(
    secretive: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, _system = secretive
    outputs = _outputs(ws)
    # The files the service writes, including the ATRS workbook.
    for fmt, name in (
        ("atrs", "a.xlsx"),
        ("atrs", "a.json"),
        ("nl-register", "n.json"),
        ("public-html", "p.html"),
        ("public-csv", "p.csv"),
    ):
        prepare_export(ws, tmp_path / name, format=fmt).run()
    workbook = load_workbook(tmp_path / "a.xlsx", read_only=True)
    cells = " ".join(
        str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    outputs["atrs.xlsx"] = cells
    for name in ("a.json", "n.json", "p.html", "p.csv"):
        outputs[name] = (tmp_path / name).read_text(encoding="utf-8-sig")
    for where, text in outputs.items():
        assert NOTE_MARKER not in text, where
        assert CONTACT_MARKER not in text, where
        assert ANSWER_MARKER not in text, where
        assert "Housing allocation ranking" in text, where  # the system itself is there
    # Drafts are never in the public register, only their name and status in the records.
    for where in ("html", "csv", "p.html", "p.csv"):
        assert DRAFT_TITLE not in outputs[where], where
        assert APPROVED_OUTCOME in outputs[where], where
    assert DRAFT_TITLE in outputs["atrs"] and APPROVED_OUTCOME in outputs["atrs"]


def test_approved_outcome_only_for_approved_assessments(secretive: tuple[Workspace, str]) -> None:
    ws, _system_id = secretive
    snap = take_snapshot(ws)
    (system,) = published_systems(snap)
    by_title = {a.title: a for a in system.assessments}
    assert by_title[DRAFT_TITLE].outcome == "" and not by_title[DRAFT_TITLE].approved
    assert by_title["FRIA 2026"].outcome == APPROVED_OUTCOME
    assert by_title["FRIA 2026"].date is not None
    assert by_title["FRIA 2026"].date.isoformat() == "2026-03-02"
    (public,) = published_systems(snap, approved_only=True)
    assert [a.title for a in public.assessments] == ["FRIA 2026"]


# -- the Dutch algorithm register ---------------------------------------------------------------


def test_every_demo_system_validates_against_the_dutch_schema(
    demo: Workspace, shared_dir: Path
) -> None:
    schema = json.loads(
        (shared_dir / "interop" / "nl-algoritmeregister" / "schema.json").read_text("utf-8")
    )
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    snap = take_snapshot(demo)
    entries = nl_entries(snap, published_systems(snap))
    assert len(entries) == len(SYSTEMS)
    for entry in entries:
        errors = [e.message for e in validator.iter_errors(entry.data)]
        assert errors == [], (entry.reference, errors)
    by_ref = {e.reference: e.data for e in entries}
    assert by_ref["AI-001"]["publication_category"] == CATEGORY_A
    assert by_ref["AI-001"]["status"] == "In gebruik"
    assert by_ref["AI-006"]["status"] == "In ontwikkeling"  # an idea
    assert by_ref["AI-007"]["publication_category"] == CATEGORY_C
    assert by_ref["AI-001"]["theme"] == ["Sociale zekerheid"]
    assert by_ref["AI-002"]["theme"] == ["Onderwijs en wetenschap"]
    assert by_ref["AI-001"]["language"] == "nld" and by_ref["AI-001"]["schema"] == "1.0.0"
    assert "anonymised. Sources: The city's case files. Personal data: no." in (
        by_ref["AI-001"]["data"]
    )


def test_dutch_entry_of_one_system_and_of_all(demo: Workspace, tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    job = prepare_export(demo, one, format="nl-register", ai_system="ai-003")
    job.run()
    data = json.loads(one.read_text("utf-8"))
    assert isinstance(data, dict) and data["name"].startswith("Number-plate recognition")
    assert job.systems == 1 and job.warnings  # the start date is always noted
    every = tmp_path / "all.json"
    prepare_export(demo, every, format="nl-register").run()
    assert [e["source_id"] for e in json.loads(every.read_text("utf-8"))] == [
        f"AI-00{n}" for n in range(1, 8)
    ]


def test_dutch_texts_are_shortened_to_the_schema_with_a_warning(
    workspace: Workspace, shared_dir: Path
) -> None:
    workspace.ai_systems.create(
        {
            "reference": "AI-200",
            "name": "N" * 150,
            "department": "Omgeving",
            "description": "Een lange omschrijving. " * 40,
            "contact": "algoritmes@gemeente.example",
            "supplier": "S" * 250,
            "phase": "retired",
        }
    )
    schema = json.loads(
        (shared_dir / "interop" / "nl-algoritmeregister" / "schema.json").read_text("utf-8")
    )
    snap = take_snapshot(workspace)
    (system,) = published_systems(snap)
    entry = nl_entry(snap, system)
    jsonschema.validate(entry.data, schema)
    assert len(entry.data["name"]) == MAX_LENGTHS["name"] and entry.data["name"].endswith(ELLIPSIS)
    assert len(entry.data["description_short"]) <= 399
    assert len(entry.data["supplier"]) <= 199
    assert entry.data["status"] == "Buiten gebruik" and "end_date" in entry.data
    assert entry.data["theme"] == ["Bestuur"]  # nothing in "Omgeving" tells
    text = " ".join(entry.warnings)
    for field in ("name", "description_short", "supplier", "considerations"):
        assert f"“{field}”" in text


def test_profiling_makes_an_impactful_algorithm(workspace: Workspace) -> None:
    activity = workspace.activities.create(
        {
            "reference": "CR-001",
            "name": "Benefit fraud checks",
            "department": "Social",
            "automated_decision": True,
            "legal_bases": ["Art. 6(1)(e) Public task"],
        }
    )
    system = workspace.ai_systems.create({"name": "Signals", "department": "Social"})
    workspace.ai_systems.link_activity(system.id, "controller_activity", activity.id)
    snap = take_snapshot(workspace)
    entry = nl_entry(snap, published_systems(snap)[0])
    assert entry.data["publication_category"] == CATEGORY_B
    assert "Art. 6(1)(e) Public task" in entry.data["legal_basis"]
    assert entry.data["impact_assessments"] == "Geen"


# -- ATRS -----------------------------------------------------------------------------------------


def test_atrs_workbook_follows_the_template_sections(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "atrs.xlsx"
    job = prepare_export(demo, out, format="atrs")
    job.run()
    wb = load_workbook(out)
    assert wb.sheetnames == ["Info", *(s.sheet for s in SECTIONS)]
    owner = wb["2.1 Owner and Responsibility"]
    assert owner["A1"].value == "Tier 2 - Owner and Responsibility"
    headings = [c.value for c in owner[2]]
    assert headings[:2] == ["Ref.", "Field"] and len(headings) == 2 + len(SYSTEMS)
    assert headings[2] == "AI-001 Benefit eligibility pre-check"
    rows = {r[1]: r for r in owner.iter_rows(min_row=3, values_only=True)}
    assert rows["Senior responsible owner"][0] == "2.1.3"
    assert rows["Senior responsible owner"][2] == "Head of Social Services"
    tier1 = {r[1]: r for r in wb["Tier 1 - Overview"].iter_rows(min_row=3, values_only=True)}
    assert tier1["Name"][0] == "1.1" and tier1["Contact email"][0] == "1.4"
    assert owner["C2"].font.bold  # styled like the register's workbooks


def test_atrs_workbook_guards_against_formulas(
    secretive: tuple[Workspace, str], tmp_path: Path
) -> None:
    ws, _system = secretive
    out = tmp_path / "atrs.xlsx"
    prepare_export(ws, out, format="atrs").run()
    sheet = load_workbook(out)["2.3 Decision-Making Process"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value and "HYPERLINK" in c.value)
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value.startswith("=HYPERLINK")


def test_atrs_json_holds_the_same_record(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "atrs.json"
    prepare_export(demo, out, format="atrs", ai_system="AI-001").run()
    data = json.loads(out.read_text("utf-8"))
    assert data["standard"] == "Algorithmic Transparency Recording Standard"
    (record,) = data["records"]
    assert list(record) == [s.key for s in SECTIONS]
    assert record["tier_1"]["name"] == "Benefit eligibility pre-check"
    models = record["tool_specification"]["models"]
    assert [m["name"] for m in models] == ["Eligibility rules 2026", "Missing-document estimate"]
    assert record["owner_and_responsibility"]["external_supplier_involvement"] == "Yes"


def test_atrs_needs_xlsx_or_json(demo: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="xlsx"):
        prepare_export(demo, tmp_path / "atrs.txt", format="atrs")


def test_no_ai_system_to_export_is_an_error(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no AI system"):
        prepare_export(workspace, tmp_path / "p.html", format="public-html")
    with pytest.raises(ExportError, match="AI-009"):
        prepare_export(workspace, tmp_path / "p.html", format="public-html", ai_system="AI-009")


# -- the public register ---------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[int] = []
        self.captions = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "caption":
            self.captions += 1


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_public_page_is_self_contained_and_accessible(demo: Workspace) -> None:
    snap = take_snapshot(demo)
    page = public_html(snap, published_systems(snap, include_retired=False), lang="en")
    parser = _Page()
    parser.feed(page)
    tags = [t for t, _a in parser.tags]
    html_attrs = dict(parser.tags)["html"]
    assert html_attrs["lang"] == "en"
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    assert not any(t == "link" for t in tags)  # no external style sheet
    # No resource is fetched from anywhere: src attributes, @import and url() are absent.
    assert not any("src" in attrs for _t, attrs in parser.tags)
    assert "@import" not in page and not re.search(r"url\(", page)
    assert not re.search(r"""(src|srcset|data)\s*=\s*["']?https?:""", page, re.I)
    # The skip link goes to the main content.
    first_link = next(attrs for t, attrs in parser.tags if t == "a")
    assert (
        first_link["href"] == "#main" and ("main", {"id": "main", "tabindex": "-1"}) in parser.tags
    )
    # One h1, then no heading level skipped.
    assert parser.headings[0] == 1 and parser.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(parser.headings, parser.headings[1:], strict=False))
    assert parser.captions >= 1 and '<th scope="col">' in page
    assert "<dl>" in page and "@media print" in page
    # Text colours on white have at least AA contrast (4.5:1); the body text AAA.
    for colour in set(re.findall(r"color: (#[0-9a-fA-F]{6})", page)):
        assert _contrast(colour, "#ffffff") >= 4.5, colour
    assert _contrast("#1a1a1a", "#ffffff") >= 7
    # Each system's tier in plain words, its appeal route and contact.
    assert "High risk under the EU AI Act" in page
    assert "income-support@lindenhaven.example" in page
    assert 'href="mailto:income-support@lindenhaven.example"' in page


def test_public_page_escapes_everything(secretive: tuple[Workspace, str]) -> None:
    ws, _system = secretive
    snap = take_snapshot(ws)
    page = public_html(snap, published_systems(snap, approved_only=True))
    assert "&lt;by need&gt; &amp; urgency" in page
    assert "<by need>" not in page


def test_retired_systems_only_when_asked(demo: Workspace, tmp_path: Path) -> None:
    system = demo.ai_systems.all()[0]
    demo.ai_systems.update(system.id, {"phase": "retired"})
    out = tmp_path / "p.csv"
    job = prepare_export(demo, out, format="public-csv")
    job.run()
    assert job.systems == len(SYSTEMS) - 1 and system.name not in out.read_text("utf-8-sig")
    job = prepare_export(demo, out, format="public-csv", include_retired=True)
    job.run()
    assert job.systems == len(SYSTEMS) and system.name in out.read_text("utf-8-sig")


def test_public_csv_is_excel_ready_rfc_4180(secretive: tuple[Workspace, str]) -> None:
    ws, _system = secretive
    snap = take_snapshot(ws)
    text = public_csv(published_systems(snap, approved_only=True))
    assert text.startswith("\ufeff")
    assert text.count("\r\n") == 2  # heading and one row; line breaks inside quotes
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    head, row = rows
    assert len(head) == len(row)
    values = dict(zip(head, row, strict=True))
    assert values["Name of the AI system"] == "Housing allocation ranking"
    assert values["Contact"] == ""  # internal
    assert values["Human review and override"].startswith("'=HYPERLINK")  # neutralised
    assert values["Risk tier"] == "High-risk (Art. 6)"
    assert APPROVED_OUTCOME in values["Impact assessments done"]
