"""The AI systems register in the exports made before it: the full workbook, the PDF report and
the audit pack (which holds both, and the JSON export)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govkit.services.demo_ai import SYSTEMS, populate_demo_ai_systems
from govkit.services.exports import prepare_export
from govkit.services.workspace import Workspace


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    populate_demo_ai_systems(workspace.ctx)
    system = workspace.ai_systems.all()[0]
    workspace.ai_systems.update(system.id, {"internal_notes": "Kept for the auditor"})
    return workspace


def test_full_workbook_has_the_ai_systems_and_their_parts(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    prepare_export(demo, out, format="xlsx").run()
    wb = load_workbook(out, read_only=True)
    for title in ("AI systems", "AI models", "AI data", "AI duties"):
        assert title in wb.sheetnames
    rows = list(wb["AI systems"].iter_rows(values_only=True))
    head = rows[0]
    assert head[:2] == ("Reference", "Name of the AI system")
    assert "Internal notes (never published)" in head  # the organisation's own copy
    assert len(rows) == 1 + len(SYSTEMS)
    first = dict(zip(head, rows[1], strict=False))
    assert first["Reference"] == "AI-001"
    assert first["Risk tier"] == "High-risk (Art. 6)"
    assert first["Phase"] == "In production"
    assert "Human oversight: Done" in first["Deployer duties"]
    duties = list(wb["AI duties"].iter_rows(values_only=True))
    assert duties[0][:5] == ("Reference", "AI system", "Duty", "Articles", "Status")
    assert ("AI-001", "Human oversight") in {(r[0], r[2]) for r in duties[1:]}
    models = {r[2] for r in wb["AI models"].iter_rows(min_row=2, values_only=True)}
    assert "Missing-document estimate" in models
    # The column guide names the new sheets, the importer ignores them.
    about = [r for r in wb["About"].iter_rows(values_only=True) if r and r[0] == "govkit-sheet"]
    assert ("govkit-sheet", "AI systems", "ai_systems") in {tuple(r[:3]) for r in about}


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _text(pdf: Path | bytes) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")


@needs_poppler
def test_pdf_report_has_an_ai_systems_part(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    prepare_export(demo, out, format="pdf").run()
    text = _text(out)
    assert "AI systems EU AI Act" in text
    for values, *_rest in SYSTEMS:
        assert values["name"].split("(")[0].strip()[:30] in text
    # Each system: its fields by group, its tier and its duties with their status.
    assert "Deployer duties" in text and "Human oversight · Done" in text
    assert "High-risk (Art. 6) · 4 duties open" in text and "1 duty open" in text
    assert "Kept for the auditor" in text  # every field, internal ones too
    assert "Not recorded: required by Article 30" not in text.split("AI systems EU AI Act")[-1]


@needs_poppler
def test_audit_pack_carries_the_ai_register(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    prepare_export(demo, out, format="pack").run()
    with zipfile.ZipFile(out) as pack:
        workbook = load_workbook(io.BytesIO(pack.read("register.xlsx")), read_only=True)
        assert "AI systems" in workbook.sheetnames
        assert "AI systems EU AI Act" in _text(pack.read("register.pdf"))
        data = json.loads(pack.read("register.json"))
        assert len(data["ai_systems"]) == len(SYSTEMS)
