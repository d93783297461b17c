"""Writing a govkit DPIA as a PIA file of the CNIL's PIA software, and reading it back.

Round trips start from the CNIL's real example ("Captoo", ``../shared/interop/cnil-pia``;
skipped when the folder is absent) and from a DPIA made in govkit with what the CNIL format
has no field for (a fourth risk, planned measures, notes, an action without a section…).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from govkit.assessments import builtin_definition
from govkit.domain.assessment_enums import AssessmentStatus
from govkit.domain.assessment_parts import ActionItem, Measure, Risk, SectionReview
from govkit.exports.cnil_pia import (
    DB_VERSION,
    build_cnil_pia,
    dpia_to_cnil,
    dumps_cnil_pia,
    js_time,
    text_to_html,
)
from govkit.imports.cnil_pia import (
    DpiaContent,
    PiaComment,
    PlainAnswer,
    cnil_to_dpia,
    parse_cnil_pia,
    read_cnil_pia,
)
from govkit.imports.html_text import html_to_text

EXAMPLE = "2018-02-21-pia-example.json"
NOW = datetime(2025, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)


def mappings() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(CNIL question id -> question id, CNIL pia field -> question id, section -> questions)."""
    definition = builtin_definition("dpia")
    questions: dict[str, str] = {}
    fields: dict[str, str] = {}
    for question in definition.all_questions():
        if cnil := question.external_id("cnil_pia"):
            questions[cnil] = question.id
        if field := question.external_id("cnil_pia_field"):
            fields[field] = question.id
    sections: dict[str, list[str]] = {}
    for section in definition.all_sections():
        held: list[str] = []
        stack = [section]
        while stack:
            current = stack.pop(0)
            held.extend(q.id for q in current.questions)
            stack.extend(current.sections)
        sections[section.id] = held
    return questions, fields, sections


QUESTIONS, FIELDS, SECTIONS = mappings()


def to_cnil(content: DpiaContent, **kwargs: Any) -> dict[str, Any]:
    return dpia_to_cnil(content, QUESTIONS, FIELDS, sections=SECTIONS, now=NOW, **kwargs)


def from_cnil(data: dict[str, Any]) -> DpiaContent:
    """Through the file's bytes, as the CNIL software would hand it back."""
    decoded = json.loads(dumps_cnil_pia(data).decode("utf-8"))
    return cnil_to_dpia(parse_cnil_pia(decoded), QUESTIONS, FIELDS, sections=SECTIONS)


def unordered(items: list[Any]) -> list[str]:
    return sorted(repr(item) for item in items)


def accepted_by_cnil_import(data: dict[str, Any]) -> None:
    """What the PIA software's ``PiaService.importData`` (and the screens it feeds) rely on."""
    assert set(data) == {"pia", "answers", "measures", "evaluations", "comments"}
    pia = data["pia"]
    assert "dbVersion" in pia  # versions 1.x-2.x refuse a file without it
    assert isinstance(pia["name"], str) and pia["name"]
    assert isinstance(pia["status"], int) and 0 <= pia["status"] <= 5
    for key in ("created_at", "updated_at"):
        datetime.fromisoformat(pia[key].replace("Z", "+00:00"))
    assert pia["dpo_status"] in (0, 1, None)
    assert pia["concerned_people_status"] in (0, 1, None)
    assert pia["concerned_people_searched_opinion"] in (True, False, None)
    for key in ("answers", "measures", "evaluations", "comments"):
        assert isinstance(data[key], list)
        ids = [entry["id"] for entry in data[key]]
        assert all(isinstance(i, int) for i in ids) and len(set(ids)) == len(ids)
    for answer in data["answers"]:
        assert isinstance(answer["reference_to"], int)
        assert set(answer["data"]) == {"text", "gauge", "list"}
        assert isinstance(answer["data"]["list"], list)  # the question screen filters it
        assert answer["data"]["text"] is None or isinstance(answer["data"]["text"], str)
    measure_ids = {m["id"] for m in data["measures"]}
    for measure in data["measures"]:
        assert {"title", "content", "placeholder", "created_at"} <= set(measure)
    for evaluation in data["evaluations"]:
        reference = evaluation["reference_to"]
        assert isinstance(reference, str)  # the import calls reference_to.startsWith('3.1')
        assert evaluation["status"] in (0, 1, 2, 3)
        assert set(evaluation["gauges"]) == {"x", "y"}
        if reference.startswith("3.1."):
            assert int(reference.split(".")[2]) in measure_ids
    for comment in data["comments"]:
        assert isinstance(comment["reference_to"], int)
        assert isinstance(comment["for_measure"], bool)
        assert isinstance(comment["description"], str)
        if comment["for_measure"]:
            assert comment["reference_to"] in measure_ids


@pytest.fixture
def raw(shared_dir: Path) -> dict[str, Any]:
    path = shared_dir / "interop" / "cnil-pia" / EXAMPLE
    if not path.is_file():
        pytest.skip(f"{EXAMPLE} is not in ../shared/interop/cnil-pia")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def example(shared_dir: Path, raw: dict[str, Any]) -> DpiaContent:
    path = shared_dir / "interop" / "cnil-pia" / EXAMPLE
    return cnil_to_dpia(read_cnil_pia(path), QUESTIONS, FIELDS, sections=SECTIONS)


# -- the CNIL's example, there and back -----------------------------------------------------


def test_the_example_exported_again_has_the_cnil_shape(
    example: DpiaContent, raw: dict[str, Any]
) -> None:
    export = build_cnil_pia(example, QUESTIONS, FIELDS, sections=SECTIONS, now=NOW)
    assert export.warnings == ()
    data = export.data
    accepted_by_cnil_import(data)
    assert set(raw["pia"]) <= set(data["pia"])  # every field of the CNIL's own export
    assert data["pia"]["dbVersion"] == DB_VERSION == raw["pia"]["dbVersion"]
    counts = {key: len(data[key]) for key in ("answers", "measures", "evaluations", "comments")}
    assert counts == {"answers": 36, "measures": 23, "evaluations": 40, "comments": 1}
    assert Counter(a["reference_to"] for a in data["answers"]) == Counter(
        a["reference_to"] for a in raw["answers"]
    )
    assert Counter(e["reference_to"] for e in data["evaluations"]) == Counter(
        e["reference_to"] for e in raw["evaluations"]
    )
    assert [m["id"] for m in data["measures"]] == [m["id"] for m in raw["measures"]]


def test_the_example_keeps_every_text_level_verdict_and_opinion(
    example: DpiaContent, raw: dict[str, Any]
) -> None:
    data = to_cnil(example)
    # Answers: the same text (as plain text), levels and lists.
    exported = {a["reference_to"]: a["data"] for a in data["answers"]}
    for answer in raw["answers"]:
        mine = exported[answer["reference_to"]]
        assert html_to_text(mine["text"]) == html_to_text(answer["data"]["text"])
        assert (mine["list"] or []) == (answer["data"]["list"] or [])
        assert (mine["gauge"] or 0) == (answer["data"]["gauge"] or 0)
    # Measures: titles and contents.
    for mine, theirs in zip(data["measures"], raw["measures"], strict=True):
        assert mine["title"] == theirs["title"]
        assert html_to_text(mine["content"]) == html_to_text(theirs["content"])
    # Evaluations: verdicts, comments, action plan, gauges, who is in charge, when.
    evaluations = {e["reference_to"]: e for e in data["evaluations"]}
    for theirs in raw["evaluations"]:
        mine = evaluations[theirs["reference_to"]]
        assert mine["status"] == theirs["status"]
        assert mine["gauges"] == theirs["gauges"]
        for key in ("evaluation_comment", "action_plan_comment"):
            assert html_to_text(mine.get(key)) == html_to_text(theirs.get(key))
        assert mine.get("person_in_charge") == theirs.get("person_in_charge")
        assert mine["estimated_implementation_date"] == theirs["estimated_implementation_date"]
        assert mine["global_status"] == theirs["global_status"] == 2
        assert mine["updated_at"] == theirs["updated_at"]
    # Comments.
    [comment] = data["comments"]
    assert comment["reference_to"] == 212 and comment["for_measure"] is False
    assert comment["description"] == example.comments[0].text
    assert comment["created_at"] == raw["comments"][0]["created_at"]
    # The PIA's fields.
    for key in (
        "name",
        "status",
        "author_name",
        "evaluator_name",
        "validator_name",
        "dpo_status",
        "dpo_opinion",
        "dpos_names",
        "concerned_people_opinion",
        "concerned_people_status",
        "people_names",
        "concerned_people_searched_opinion",
        "concerned_people_searched_content",
        "rejection_reason",
        "applied_adjustments",
        "category",
        "created_at",
        "updated_at",
    ):
        assert data["pia"][key] == raw["pia"][key], key
    assert data["pia"]["rejected_reason"] == "Rapport incomplet"  # as the import reads it


def test_the_example_survives_a_round_trip(example: DpiaContent) -> None:
    again = from_cnil(to_cnil(example))
    assert again.answers == example.answers
    assert again.risks == example.risks
    assert again.measures == example.measures
    assert unordered(again.reviews) == unordered(example.reviews)
    assert unordered(again.action_plan) == unordered(example.action_plan)
    assert again.comments == example.comments
    for name in (
        "title",
        "dpo_name",
        "dpo_opinion",
        "dpo_status",
        "people_status",
        "status",
        "cnil_status",
        "archived",
        "rejection_reason",
        "applied_adjustments",
        "category",
        "author",
        "evaluator",
        "validator",
        "created_at",
        "updated_at",
        "other_answers",
        "notes",
        "warnings",
    ):
        assert getattr(again, name) == getattr(example, name), name
    # And once more: the file written from the round trip is the same file.
    assert to_cnil(again) == to_cnil(example)


# -- a DPIA made in govkit ------------------------------------------------------------------


def govkit_dpia(**changes: Any) -> DpiaContent:
    values: dict[str, Any] = {
        "title": "CCTV at the town hall",
        "answers": {
            "processing": PlainAnswer(
                "Cameras <entrance> & car park.\n\n- entrance\n  - door A\n- car park",
                note="Ask IT\nabout the retention",
            ),
            "legal_basis": PlainAnswer("Art. 6(1)(e) GDPR and the municipal bylaw"),
            "views_sought": PlainAnswer("not_sought", note="Decided by the council"),
            "views_reason": PlainAnswer("Security of the building"),
        },
        "risks": [
            Risk(
                id="risk-access",
                title="Illegitimate access to personal data",
                cnil_ref="3.2",
                impacts=("Stigmatisation",),
                threats=("Misuse by staff",),
                sources=("Staff",),
                measures=("m-access", "m-log"),
                severity_before=3,
                likelihood_before=3,
                severity_after=2,
                likelihood_after=1,
                severity_reason="Images of\nvisitors",
            ),
            Risk(id="risk-modification", title="Unwanted modification of data", cnil_ref="3.3"),
            Risk(id="risk-disappearance", title="Disappearance of data", cnil_ref="3.4"),
            Risk(
                id="r-profiling",
                title="Profiling of residents",
                impacts=("Discrimination",),
                threats=("Face recognition added later",),
                sources=("Vendor",),
                measures=("m-masking",),
                severity_before=4,
                likelihood_before=1,
                severity_after=3,
                likelihood_after=1,
                severity_reason="Line 1\n\nLine 3",
                likelihood_reason="No such software bought",
            ),
        ],
        "measures": [
            Measure(id="m-access", title="Access for two officers", description="Named."),
            Measure(id="m-log", title="Logging"),
            Measure(id="m-masking", title="Masking", description="Windows.", planned=True),
        ],
        "reviews": [
            SectionReview("context", "acceptable", "", "Jonas", "2025-01-02T10:00:00+00:00"),
            SectionReview("legal_basis", "to_correct", "Cite it", "Jonas", "2025-01-02T10:06:00"),
            SectionReview("consultation", "acceptable", "Fine", "Jonas", "2025-01-02T10:07:00"),
            SectionReview("m-log", "improvable", "Keep a year", "Jonas", "2025-01-02T10:08:00"),
        ],
        "action_plan": [
            ActionItem(
                id="a-log", measure="Keep logs a year", owner="IT", origin="m-log", due="2025-06-30"
            ),
            ActionItem(
                id="a-masking",
                measure="Mask the windows",
                owner="Municipal IT",
                due="2025-03-01",
                status="in_progress",
            ),
        ],
        "comments": [
            PiaComment("112", "Who is the processor?", target="responsibilities"),
            PiaComment("7", "Which tool?", for_measure=True, target="m-log"),
        ],
        "dpo_name": "Adaeze Okafor",
        "dpo_opinion": "Fine once the windows are masked.",
        "dpo_status": "favourable",
        "status": AssessmentStatus.REJECTED,
        "rejection_reason": "Masking missing",
        "author": "Katrin Vogel",
        "evaluator": "Jonas Brandt",
        "validator": "Mayor",
        "created_at": datetime(2025, 1, 1, tzinfo=UTC),
        "updated_at": datetime(2025, 1, 3, 12, tzinfo=UTC),
    }
    values.update(changes)
    return DpiaContent(**values)


def test_a_govkit_dpia_is_written_for_the_cnil() -> None:
    export = build_cnil_pia(govkit_dpia(), QUESTIONS, FIELDS, sections=SECTIONS, now=NOW)
    data = export.data
    accepted_by_cnil_import(data)
    assert export.warnings == ()
    pia = data["pia"]
    assert pia["name"] == "CCTV at the town hall"
    assert pia["status"] == 1
    assert pia["created_at"] == "2025-01-01T00:00:00.000Z"
    assert pia["updated_at"] == "2025-01-03T12:00:00.000Z"
    assert pia["concerned_people_searched_opinion"] is False
    assert pia["concerned_people_searched_content"] == "Security of the building"
    assert pia["people_names"] == "" and pia["concerned_people_opinion"] == ""
    assert (pia["dpo_status"], pia["concerned_people_status"]) == (1, None)
    assert pia["rejection_reason"] == pia["rejected_reason"] == "Masking missing"
    answers = {a["reference_to"]: a["data"] for a in data["answers"]}
    assert answers[111]["text"] == (
        "<p>Cameras &lt;entrance&gt; &amp; car park.</p>"
        "<p>- entrance<br />&nbsp;&nbsp;- door A<br />- car park</p>"
    )
    assert answers[324] == {
        "text": None,
        "gauge": None,
        "list": ["Access for two officers", "Logging"],
    }
    assert answers[325] == {"text": "<p>Images of<br />visitors</p>", "gauge": 3, "list": []}
    assert answers[326] == {"text": None, "gauge": 3, "list": []}
    assert set(answers) == {111, 212, 321, 322, 323, 324, 325, 326}
    measures = {m["id"]: m for m in data["measures"]}
    assert [m["title"] for m in data["measures"]] == [
        "Access for two officers",
        "Logging",
        "Masking",
    ]
    assert measures[3]["content"] == "<p>Windows.</p><p>[govkit: planned measure]</p>"
    evaluations = {e["reference_to"]: e for e in data["evaluations"]}
    assert list(evaluations) == ["1.1", "1.2", "2.1.212", "3.1.2", "3.2"]
    assert evaluations["2.1.212"]["status"] == 1
    assert evaluations["3.1.2"]["status"] == 2
    assert evaluations["3.1.2"]["action_plan_comment"] == "<p>Keep logs a year</p>"
    assert evaluations["3.1.2"]["person_in_charge"] == "IT"
    assert evaluations["3.1.2"]["estimated_implementation_date"] == "2025-06-30T00:00:00.000Z"
    assert evaluations["3.2"]["status"] == 0 and evaluations["3.2"]["global_status"] == 0
    assert evaluations["3.2"]["gauges"] == {"x": 2, "y": 1}
    comments = data["comments"]
    assert [(c["reference_to"], c["for_measure"]) for c in comments] == [
        (112, False),
        (2, True),
        (321, False),
        (111, False),
        (111, False),
        (111, False),
        (111, False),
    ]
    texts = [c["description"] for c in comments]
    assert texts[2].startswith("[govkit risk] ")
    assert "\nTitle: Profiling of residents\nImpacts:\n  - Discrimination\n" in texts[2]
    assert "\nMeasures:\n  - Masking\n" in texts[2]
    assert "\nSeverity reason:\n  Line 1\n\n  Line 3\n" in texts[2]
    assert texts[3].startswith("[govkit note] ") and "Question: processing" in texts[3]
    assert texts[4].startswith("[govkit note] ") and "Question: views_sought" in texts[4]
    assert texts[5].startswith("[govkit review] ") and "Section: consultation" in texts[5]
    assert texts[6].startswith("[govkit action] ") and "Owner: Municipal IT" in texts[6]


def test_a_govkit_dpia_comes_back_from_the_cnil() -> None:
    content = govkit_dpia()
    again = from_cnil(to_cnil(content))
    assert again.answers == content.answers
    assert again.warnings == []
    # Measures get the CNIL's numbers as ids; all else about them is kept.
    ids = {"m-access": "cnil-1", "m-log": "cnil-2", "m-masking": "cnil-3"}
    assert [(m.id, m.title, m.description, m.planned) for m in again.measures] == [
        (ids[m.id], m.title, m.description, m.planned) for m in content.measures
    ]
    renumbered = [replace(r, measures=tuple(ids[m] for m in r.measures)) for r in content.risks]
    assert again.risks == renumbered  # the fourth risk included
    # A review of a whole section comes back as the reviews of its CNIL items.
    sections = {r.section: r for r in again.reviews}
    assert set(sections) == {"overview", "data_processes", "legal_basis", "consultation", "cnil-2"}
    assert sections["overview"].verdict == sections["data_processes"].verdict == "acceptable"
    assert sections["legal_basis"] == SectionReview(
        "legal_basis", "to_correct", "Cite it", "Jonas Brandt", "2025-01-02T10:06:00+00:00"
    )
    assert sections["consultation"] == content.reviews[2]  # kept in a comment, as it was
    plan = {a.measure: a for a in again.action_plan}
    assert plan["Mask the windows"] == content.action_plan[1]
    assert plan["Keep logs a year"].origin == "cnil-2"
    assert (plan["Keep logs a year"].owner, plan["Keep logs a year"].due) == ("IT", "2025-06-30")
    assert [(c.reference_to, c.text, c.for_measure, c.target) for c in again.comments] == [
        ("112", "Who is the processor?", False, "responsibilities"),
        ("2", "Which tool?", True, "cnil-2"),
    ]
    assert (again.status, again.rejection_reason) == (AssessmentStatus.REJECTED, "Masking missing")
    assert (again.dpo_name, again.dpo_opinion, again.dpo_status) == (
        content.dpo_name,
        content.dpo_opinion,
        content.dpo_status,
    )
    assert (again.author, again.evaluator, again.validator) == (
        "Katrin Vogel",
        "Jonas Brandt",
        "Mayor",
    )
    assert (again.created_at, again.updated_at) == (content.created_at, content.updated_at)


def test_a_section_review_gives_its_verdict_to_each_cnil_question() -> None:
    content = govkit_dpia(
        reviews=[
            SectionReview("principles", "improvable", "Publish the positions", "J", ""),
            SectionReview("legal_basis", "acceptable", "", "J", ""),
        ],
        action_plan=[ActionItem(id="a1", measure="Publish the positions", origin="principles")],
    )
    data = to_cnil(content)
    evaluations = {e["reference_to"]: e for e in data["evaluations"]}
    principles = [ref for ref in evaluations if ref.startswith("2.")]
    assert len(principles) == 12
    assert evaluations["2.1.212"]["status"] == 3  # the precise review wins
    assert all(evaluations[r]["status"] == 2 for r in principles if r != "2.1.212")
    with_plan = [r for r in principles if "action_plan_comment" in evaluations[r]]
    assert with_plan == ["2.1.211"]  # the action is written once


def test_approximations_are_warned() -> None:
    content = govkit_dpia(
        answers={"views_sought": PlainAnswer("not_appropriate")},
        risks=[Risk(id="risk-access", title="Access", cnil_ref="3.2", measures=("gone",))],
        reviews=[
            SectionReview("legal_basis", "", "", "J", ""),
            SectionReview("legal_basis", "acceptable", "first", "J", ""),
            SectionReview("legal_basis", "to_correct", "second", "J", ""),
        ],
        action_plan=[
            ActionItem(id="a1", measure="One", owner="A", due="2025-05-01", origin="legal_basis"),
            ActionItem(id="a2", measure="Two", owner="B", due="2025-04-01", origin="legal_basis"),
        ],
        comments=[PiaComment("nowhere", "Lost?", target="")],
        other_answers={"911": "Custom answer", "x.y": "unwritable"},
    )
    export = build_cnil_pia(content, QUESTIONS, FIELDS, sections=SECTIONS, now=NOW)
    warnings = "\n".join(export.warnings)
    for expected in (
        "“not appropriate” is written as “not sought”",
        "refers to a measure that does not exist (gone)",
        "A review of “legal_basis” has no verdict",
        "2 actions of the action plan belong to “2.1.212”",
        "A comment on “nowhere” has no place",
        "“x.y” cannot be written back",
    ):
        assert expected in warnings, expected
    data = export.data
    accepted_by_cnil_import(data)
    [evaluation] = [e for e in data["evaluations"] if e["reference_to"] == "2.1.212"]
    assert evaluation["evaluation_comment"] == "<p>first</p>"
    assert evaluation["action_plan_comment"] == "<p>One</p><p>Two</p>"
    assert evaluation["person_in_charge"] == "A, B"
    assert evaluation["estimated_implementation_date"] == "2025-04-01T00:00:00.000Z"
    assert any(c["description"].startswith("[govkit review]") for c in data["comments"])
    assert data["answers"][-1]["reference_to"] == 911
    again = from_cnil(data)
    assert again.other_answers == {"911": "Custom answer"}
    assert {r.comment for r in again.reviews} == {"first", "second"}


@pytest.mark.parametrize(
    ("status", "cnil_status", "archived", "code"),
    [
        (AssessmentStatus.DRAFT, None, False, 0),
        (AssessmentStatus.SUBMITTED, None, False, 0),
        (AssessmentStatus.UNDER_REVIEW, None, False, 0),
        (AssessmentStatus.UNDER_REVIEW, 5, False, 5),
        (AssessmentStatus.APPROVED, None, False, 2),
        (AssessmentStatus.APPROVED, 2, False, 2),
        (AssessmentStatus.APPROVED, 3, False, 3),
        (AssessmentStatus.APPROVED, 0, False, 2),
        (AssessmentStatus.REJECTED, None, False, 1),
        (AssessmentStatus.DRAFT, 4, True, 4),
    ],
)
def test_statuses(
    status: AssessmentStatus, cnil_status: int | None, archived: bool, code: int
) -> None:
    content = govkit_dpia(status=status, cnil_status=cnil_status, archived=archived)
    assert to_cnil(content)["pia"]["status"] == code


def test_an_empty_dpia_is_still_a_file_the_cnil_imports() -> None:
    data = dpia_to_cnil(DpiaContent(), QUESTIONS)
    accepted_by_cnil_import(data)
    assert data["pia"]["name"] == "Untitled DPIA"
    assert data["answers"] == data["measures"] == data["evaluations"] == data["comments"] == []
    assert data["pia"]["concerned_people_searched_opinion"] is None


def test_the_file_is_utf8_json_and_the_same_for_the_same_content() -> None:
    content = govkit_dpia(title="Vidéoprotection « mairie »")
    first = dumps_cnil_pia(to_cnil(content))
    assert first == dumps_cnil_pia(to_cnil(content))
    assert "Vidéoprotection « mairie »".encode() in first
    assert json.loads(first.decode("utf-8"))["pia"]["name"] == "Vidéoprotection « mairie »"


def test_js_time() -> None:
    assert js_time(NOW) == "2025-05-06T07:08:09.123Z"
    assert js_time(datetime(2018, 2, 20, 15, 25, 41, 845000)) == "2018-02-20T15:25:41.845Z"


def test_text_to_html_escapes_and_breaks_lines() -> None:
    assert text_to_html("") == ""
    assert text_to_html("a < b & \"c\" 'd'") == "<p>a &lt; b &amp; \"c\" 'd'</p>"
    assert text_to_html("one\ntwo\n\n\nthree  \r\n  four") == (
        "<p>one<br />two</p><p>three<br />&nbsp;&nbsp;four</p>"
    )
    assert text_to_html("<script>alert(1)</script>") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Plain sentence.",
        "Two lines\nof one paragraph",
        "Para one.\n\nPara two & <three>.",
        "Intro:\n- first\n  - nested\n    continued\n- second\n1. one\n2. two",
        "  indented start\n\n\u00e9t\u00e9 \u00ab guillemets \u00bb",
    ],
)
def test_text_survives_html_and_back(text: str) -> None:
    normalised = "\n".join(line.rstrip() for line in text.split("\n"))
    while "\n\n\n" in normalised:
        normalised = normalised.replace("\n\n\n", "\n\n")
    assert html_to_text(text_to_html(text)) == normalised.strip("\n").rstrip()
