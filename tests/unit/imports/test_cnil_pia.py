"""Reading PIA files of the CNIL's PIA software, and HTML answers as plain text.

The real example ("Captoo", exported by the CNIL's PIA software) is read from
``../shared/interop/cnil-pia``; those tests are skipped when the folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from govkit.assessments import builtin_definition
from govkit.domain.assessment_enums import AssessmentStatus, SectionVerdict
from govkit.imports.cnil_pia import (
    MAX_FILE_BYTES,
    CnilPia,
    CnilPiaError,
    DpiaContent,
    PlainAnswer,
    Problem,
    cnil_to_dpia,
    item_sections,
    looks_like_cnil_pia,
    parse_cnil_pia,
    read_cnil_pia,
)
from govkit.imports.errors import Reason, SourceFileError
from govkit.imports.html_text import html_to_text

EXAMPLE = "2018-02-21-pia-example.json"


# -- mappings, as the service builds them from the questionnaire ---------------------------


def mappings() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """(CNIL question id -> question id, CNIL pia field -> question id, section -> questions)."""
    definition = builtin_definition("dpia")
    questions: dict[str, str] = {}
    fields: dict[str, str] = {}
    for question in definition.all_questions():
        cnil = question.external_id("cnil_pia")
        field = question.external_id("cnil_pia_field")
        if cnil:
            questions[cnil] = question.id
        if field:
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


def convert(pia: CnilPia, **kwargs: Any) -> DpiaContent:
    return cnil_to_dpia(pia, QUESTIONS, FIELDS, sections=SECTIONS, **kwargs)


@pytest.fixture
def example_path(shared_dir: Path) -> Path:
    path = shared_dir / "interop" / "cnil-pia" / EXAMPLE
    if not path.is_file():
        pytest.skip(f"{EXAMPLE} is not in ../shared/interop/cnil-pia")
    return path


@pytest.fixture
def raw(example_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(example_path.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def example(example_path: Path) -> DpiaContent:
    return convert(read_cnil_pia(example_path))


def write_json(tmp_path: Path, data: object, name: str = "pia.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def minimal(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "pia": {"dbVersion": 201707071818, "name": "Small", "status": 0},
        "answers": [],
        "measures": [],
        "evaluations": [],
        "comments": [],
    }
    data.update(extra)
    return data


# -- the mappings themselves ------------------------------------------------------------------


def test_the_questionnaire_maps_every_cnil_question_of_parts_1_and_2() -> None:
    expected = {"111", "112", "113", "121", "122", "123"}
    expected |= {"211", "212", "213", "214", "215"}
    expected |= {"221", "222", "223", "224", "225", "226", "227"}
    assert set(QUESTIONS) == expected
    assert set(FIELDS) == {
        "concerned_people_searched_opinion",
        "people_names",
        "concerned_people_opinion",
        "concerned_people_searched_content",
    }
    assert item_sections(QUESTIONS, SECTIONS) == {
        "1.1": "overview",
        "1.2": "data_processes",
        "2.1": "proportionality",
        "2.2": "rights",
    }


# -- the real example -----------------------------------------------------------------------


def test_the_example_is_recognised_and_read_whole(example_path: Path) -> None:
    assert looks_like_cnil_pia(example_path)
    pia = read_cnil_pia(example_path)
    assert pia.name == "Captoo"
    assert pia.source == EXAMPLE
    assert len(pia.answers) == 36
    assert len(pia.measures) == 23
    assert len(pia.evaluations) == 40
    assert len(pia.comments) == 1
    assert pia.other_keys == ()


def test_every_text_answer_becomes_the_answer_to_its_question(
    example: DpiaContent, raw: dict[str, Any]
) -> None:
    text_answers = [a for a in raw["answers"] if str(a["reference_to"]) in QUESTIONS]
    assert len(text_answers) == 18
    for answer in text_answers:
        question = QUESTIONS[str(answer["reference_to"])]
        expected = html_to_text(answer["data"]["text"])
        assert expected
        assert example.answers[question] == PlainAnswer(value=expected)
        assert "<" not in expected  # no markup left
    # 111: <div>s and <strong>s of the CNIL's rich-text editor are plain text now.
    assert example.answers["processing"].value.startswith(  # type: ignore[union-attr]
        "Le PIA porte sur le moniteur de sommeil Captoo, produit par la société Dreamland qui"
    )
    # 121 is a nested list.
    assert "\n- Données fournies par l'utilisateur :\n  - Données: adresse électronique" in str(
        example.answers["data"].value
    )
    assert example.other_answers == {}


def test_every_risk_answer_is_kept_in_the_three_risks(
    example: DpiaContent, raw: dict[str, Any]
) -> None:
    risk_answers = [a for a in raw["answers"] if str(a["reference_to"]) not in QUESTIONS]
    assert len(risk_answers) == 18
    by_ref = {str(a["reference_to"]): a["data"] for a in risk_answers}
    risks = {r.cnil_ref: r for r in example.risks}
    assert [(r.id, r.cnil_ref) for r in example.risks] == [
        ("risk-access", "3.2"),
        ("risk-modification", "3.3"),
        ("risk-disappearance", "3.4"),
    ]
    assert [r.title for r in example.risks] == [
        "Illegitimate access to personal data",
        "Unwanted modification of data",
        "Disappearance of data",
    ]
    titles = {m.id: m.title for m in example.measures}
    for ref, base in (("3.2", "32"), ("3.3", "33"), ("3.4", "34")):
        risk = risks[ref]
        assert risk.impacts == tuple(by_ref[base + "1"]["list"])
        assert risk.threats == tuple(by_ref[base + "2"]["list"])
        assert risk.sources == tuple(by_ref[base + "3"]["list"])
        assert tuple(titles[m] for m in risk.measures) == tuple(by_ref[base + "4"]["list"])
        assert risk.severity_before == by_ref[base + "5"]["gauge"]
        assert risk.likelihood_before == by_ref[base + "6"]["gauge"]
        assert risk.severity_reason == html_to_text(by_ref[base + "5"]["text"])
        assert risk.likelihood_reason == html_to_text(by_ref[base + "6"]["text"])
    # Levels before the measures (the gauges 325/326…) and after them (the evaluator's
    # gauges on the evaluation of 3.2; 3.3 and 3.4 have none).
    assert (risks["3.2"].severity_before, risks["3.2"].likelihood_before) == (3, 4)
    assert (risks["3.2"].severity_after, risks["3.2"].likelihood_after) == (3, 1)
    assert (risks["3.3"].severity_after, risks["3.3"].likelihood_after) == (None, None)
    assert (risks["3.4"].severity_before, risks["3.4"].likelihood_before) == (2, 2)


def test_every_measure_is_kept_with_its_cnil_id(example: DpiaContent, raw: dict[str, Any]) -> None:
    assert len(example.measures) == 23
    for measure, source in zip(example.measures, raw["measures"], strict=True):
        assert measure.id == f"cnil-{source['id']}"
        assert measure.title == source["title"]
        assert measure.description == html_to_text(source["content"])
        assert measure.description
        assert not measure.planned
    networks = next(m for m in example.measures if m.id == "cnil-113")
    assert networks.description == (
        "Les réseaux suivants sont mis en oeuvre :\n"
        "- réseau privé du client ;\n- Internet ;\n- réseau privé BETA."
    )


def test_every_evaluation_becomes_a_review(example: DpiaContent, raw: dict[str, Any]) -> None:
    assert len(example.reviews) == 40
    verdicts = {1: "to_correct", 2: "improvable", 3: "acceptable"}
    for review, source in zip(example.reviews, raw["evaluations"], strict=True):
        assert review.verdict == verdicts[source["status"]]
        assert review.comment == html_to_text(source.get("evaluation_comment"))
        assert review.by == "Eric Vincent"
        assert review.at.startswith(source["updated_at"][:19])
    sections = {
        source["reference_to"]: review.section
        for review, source in zip(example.reviews, raw["evaluations"], strict=True)
    }
    assert sections["1.1"] == "overview"
    assert sections["1.2"] == "data_processes"
    assert sections["2.1.211"] == "purposes"
    assert sections["2.2.227"] == "transfers"
    assert sections["3.1.101"] == "cnil-101"
    assert sections["3.2"] == "risk-access"
    assert sections["3.3"] == "risk-modification"
    assert sections["3.4"] == "risk-disappearance"
    measure_ids = {m.id for m in example.measures}
    assert all(
        review.section in measure_ids
        for review in example.reviews
        if review.section.startswith("cnil-")
    )
    counts = {v.value: sum(r.verdict == v.value for r in example.reviews) for v in SectionVerdict}
    assert counts == {"acceptable": 16, "improvable": 24, "to_correct": 0}


def test_action_plan_comments_become_the_action_plan(
    example: DpiaContent, raw: dict[str, Any]
) -> None:
    with_plan = [e for e in raw["evaluations"] if e.get("action_plan_comment")]
    assert len(with_plan) == len(example.action_plan) == 24
    reviews = {r.section for r in example.reviews}
    for item, source in zip(example.action_plan, with_plan, strict=True):
        assert item.id == f"cnil-action-{source['id']}"
        assert item.measure == html_to_text(source["action_plan_comment"])
        assert item.origin in reviews
        assert item.owner == (source.get("person_in_charge") or "")
        assert item.due == ""
        assert item.status == "planned"
    access = next(i for i in example.action_plan if i.origin == "risk-access")
    assert access.measure.startswith("Les mesures correctives suivantes doivent être mises")
    assert "\n- mettre en oeuvre des mesures de chiffrement des données stockées en base ;" in (
        access.measure
    )


def test_the_comment_is_kept(example: DpiaContent, raw: dict[str, Any]) -> None:
    assert len(example.comments) == 1
    comment = example.comments[0]
    assert comment.reference_to == "212"
    assert comment.target == "legal_basis"
    assert not comment.for_measure
    description = raw["comments"][0]["description"]
    assert comment.text == "\n".join(line.rstrip() for line in description.split("\n")).strip()
    assert comment.created_at == "2018-02-21T13:21:35.620000+00:00"


def test_the_pia_fields_opinions_and_status(example: DpiaContent) -> None:
    assert example.title == "Captoo"
    assert example.author == "Elisabeth York"
    assert example.evaluator == "Eric Vincent"
    assert example.validator == "Mary Smith"
    assert example.dpo_name == "Michael Thomas (DPO)"
    assert example.dpo_opinion.startswith("L’analyse menée montre qu’avec la mise en place")
    assert example.dpo_status == "favourable"
    # The views of the people concerned are the questionnaire's Art. 35(9) questions.
    assert example.answers["views_sought"] == PlainAnswer("sought")
    assert example.answers["views_people"] == PlainAnswer("Les clients potentiels")
    assert str(example.answers["views"].value).startswith("Le panel de clients interrogé")
    assert "views_reason" not in example.answers  # empty in the file
    assert example.people_status == "favourable"
    # Status 3: signed validation.
    assert example.status is AssessmentStatus.APPROVED
    assert example.cnil_status == 3
    assert not example.archived
    assert example.rejection_reason == "Rapport incomplet"
    assert any("signed validation" in note for note in example.notes)
    assert any("Mary Smith" in note for note in example.notes)
    assert any("could be implemented" in note for note in example.notes)
    assert any("Rapport incomplet" in note for note in example.notes)
    assert example.created_at is not None and example.created_at.isoformat() == (
        "2018-02-20T15:25:41.845000+00:00"
    )
    assert example.updated_at is not None and example.updated_at.year == 2018
    assert example.warnings == []


def test_without_sections_item_reviews_keep_the_cnil_reference(example_path: Path) -> None:
    content = cnil_to_dpia(read_cnil_pia(example_path), QUESTIONS, FIELDS)
    assert {"cnil-1.1", "cnil-1.2"} <= {r.section for r in content.reviews}
    assert "purposes" in {r.section for r in content.reviews}


def test_without_a_field_mapping_the_views_are_kept_as_notes(example_path: Path) -> None:
    content = cnil_to_dpia(read_cnil_pia(example_path), QUESTIONS)
    assert "views" not in content.answers
    assert any(n.endswith("Les clients potentiels") for n in content.notes)
    assert any("Le panel de clients interrogé" in n for n in content.notes)


# -- recognising and refusing files ---------------------------------------------------------


def test_looks_like_cnil_pia(tmp_path: Path) -> None:
    assert looks_like_cnil_pia(write_json(tmp_path, minimal()))
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf \n" + json.dumps(minimal()).encode())
    assert looks_like_cnil_pia(bom)
    assert not looks_like_cnil_pia(write_json(tmp_path, [minimal()], "list.json"))
    assert not looks_like_cnil_pia(write_json(tmp_path, {"format": "govkit-register"}, "g.json"))
    csv = tmp_path / "register.csv"
    csv.write_text("name,purpose\nPayroll,pay\n", encoding="utf-8")
    assert not looks_like_cnil_pia(csv)
    assert not looks_like_cnil_pia(tmp_path / "missing.json")
    assert not looks_like_cnil_pia(tmp_path)


def refused(path: Path, **kwargs: Any) -> CnilPiaError:
    with pytest.raises(CnilPiaError) as caught:
        read_cnil_pia(path, **kwargs)
    error = caught.value
    assert isinstance(error, SourceFileError)
    assert path.name in str(error)
    assert "Traceback" not in str(error)
    return error


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", Problem.EMPTY),
        (b"  \n\t", Problem.EMPTY),
        (b"\xff\xfe\x00{\x00", Problem.NOT_TEXT),
        (b"PK\x03\x04\x14\x00\x08\x00\x08\x00\xb7\x8c", Problem.NOT_TEXT),
        (b"name;purpose\nPayroll;pay\n", Problem.NOT_JSON),
        (b'{"pia": {}, "answers": [', Problem.NOT_JSON),
        (b'{"pia": {"status": NaN}, "answers": []}', Problem.NOT_JSON),
        (b"[" * 200_000 + b"]" * 200_000, Problem.NOT_JSON),
        (b'[{"pia": {}, "answers": []}]', Problem.NOT_PIA),
        (b'"pia"', Problem.NOT_PIA),
        (b'{"format": "govkit-answers", "answers": {}}', Problem.NOT_PIA),
        (b'{"name": "x"}', Problem.NOT_PIA),
    ],
)
def test_files_that_are_not_pia_exports_are_refused(
    tmp_path: Path, content: bytes, problem: Problem
) -> None:
    path = tmp_path / "suspect.json"
    path.write_bytes(content)
    assert refused(path).problem is problem


def test_a_missing_key_is_named(tmp_path: Path) -> None:
    data = minimal()
    del data["answers"]
    error = refused(write_json(tmp_path, data))
    assert error.problem is Problem.NOT_PIA
    assert "“answers”" in str(error)
    data = minimal()
    del data["pia"]
    assert "“pia”" in str(refused(write_json(tmp_path, data)))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"pia": []}, "pia"),
        ({"answers": {"0": {}}}, "answers"),
        ({"answers": ["text"]}, "answers[0]"),
        ({"answers": [{"data": {"text": "x"}}]}, "answers[0].reference_to"),
        ({"answers": [{"reference_to": 111, "data": "x"}]}, "answers[0].data"),
        ({"answers": [{"reference_to": 111, "data": {"list": "a"}}]}, "answers[0].data.list"),
        ({"answers": [{"reference_to": 325, "data": {"gauge": "high"}}]}, "answers[0].data"),
        ({"answers": [{"reference_to": 111, "data": {"text": ["x"]}}]}, "answers[0].data"),
        ({"measures": [None]}, "measures[0]"),
        ({"evaluations": [{"reference_to": "1.1", "gauges": [1, 2]}]}, "evaluations[0].gauges"),
        ({"evaluations": [{"status": 3}]}, "evaluations[0].reference_to"),
        ({"comments": [{"reference_to": True, "description": "x"}]}, "comments[0]"),
        ({"comments": "none"}, "comments"),
    ],
)
def test_damaged_exports_are_refused_saying_where(
    tmp_path: Path, change: dict[str, Any], where: str
) -> None:
    error = refused(write_json(tmp_path, minimal(**change)))
    assert error.problem is Problem.DAMAGED
    assert error.reason is Reason.CORRUPT
    assert where in str(error)


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.json"
    with big.open("wb") as f:
        f.write(b'{"pia": {}, "answers": []}')
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written to the disk
    error = refused(big)
    assert error.problem is Problem.TOO_LARGE
    assert error.reason is Reason.TOO_LARGE
    assert "20 MB" in str(error)
    small_limit = refused(write_json(tmp_path, minimal()), max_bytes=50)
    assert small_limit.problem is Problem.TOO_LARGE


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    assert refused(tmp_path / "gone.json").problem is Problem.NOT_FOUND
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert refused(folder).problem is Problem.NOT_PIA


def test_messages_are_translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("govkit.i18n._translate", lambda _context, text: "«fr» " + text)
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    assert str(refused(path)).startswith("«fr» ")


# -- leniency and warnings ------------------------------------------------------------------


def test_nulls_and_number_strings_of_other_versions_are_accepted(tmp_path: Path) -> None:
    data = minimal(measures=None, evaluations=None, comments=None)
    data["answers"] = [
        {"reference_to": "111", "data": {"text": "<p>Hello</p>", "gauge": "0", "list": None}},
        {"reference_to": 325, "data": {"text": None, "gauge": "3", "list": []}},
        {"reference_to": 112, "data": None},
    ]
    data["pia"]["status"] = "2"
    data["pia"]["dpo_status"] = 0
    content = convert(read_cnil_pia(write_json(tmp_path, data)))
    assert content.answers == {"processing": PlainAnswer("Hello")}
    assert content.risks[0].severity_before == 3
    assert content.status is AssessmentStatus.APPROVED
    assert content.dpo_status == "unfavourable"
    assert content.measures == [] and content.reviews == [] and content.comments == []


@pytest.mark.parametrize(
    ("code", "status", "archived"),
    [
        (0, AssessmentStatus.DRAFT, False),
        (1, AssessmentStatus.REJECTED, False),
        (2, AssessmentStatus.APPROVED, False),
        (3, AssessmentStatus.APPROVED, False),
        (4, AssessmentStatus.DRAFT, True),
        (5, AssessmentStatus.UNDER_REVIEW, False),
    ],
)
def test_cnil_statuses(code: int, status: AssessmentStatus, archived: bool) -> None:
    data = minimal()
    data["pia"]["status"] = code
    content = convert(parse_cnil_pia(data))
    assert (content.status, content.cnil_status, content.archived) == (status, code, archived)
    assert content.notes and content.notes[0].startswith("In the CNIL's PIA software")


def test_an_unknown_status_is_a_draft_with_a_warning() -> None:
    data = minimal()
    data["pia"]["status"] = 9
    content = convert(parse_cnil_pia(data))
    assert content.status is AssessmentStatus.DRAFT
    assert any("“9”" in w for w in content.warnings)


def test_what_cannot_be_placed_is_kept_and_said() -> None:
    data = minimal(attachments=[{"name": "signed.pdf"}])
    data["pia"].update(structure_id=4, structure_name="Smart city", author_name="")
    data["pia"]["user_pias"] = [
        {"role": "author", "user": {"firstname": "Ada", "lastname": "Lovelace"}},
        {"role": "author", "user": {"email": "bob@example.org"}},
    ]
    data["answers"] = [
        {"reference_to": 911, "data": {"text": "<b>Custom</b> question", "list": []}},
        {"reference_to": 324, "data": {"list": ["Encryption", "Not a measure"]}},
        {"reference_to": 321, "data": {"text": "<p>stray text</p>", "list": ["Loss"]}},
        {"reference_to": 111, "data": {"text": "first"}},
        {"reference_to": 111, "data": {"text": "second"}},
    ]
    data["measures"] = [{"id": 7, "title": "Encryption", "content": "<p>AES</p>"}]
    data["evaluations"] = [
        {"reference_to": "3.1.99", "status": 3},
        {"reference_to": "5.1", "status": 2, "evaluation_comment": "odd"},
        {"reference_to": "2.1.211", "status": 0, "evaluation_comment": "<p>half done</p>"},
        {"reference_to": "2.1.212", "status": 0},
        {"reference_to": "1.1", "status": 3, "gauges": {"x": 2, "y": 1}},
        {"reference_to": "2.1.213", "status": 7},
        {
            "reference_to": "2.1.214",
            "status": 2,
            "action_plan_comment": "Fix it",
            "estimated_implementation_date": "next spring",
        },
    ]
    content = convert(parse_cnil_pia(data, source="odd.json"))
    assert content.other_answers == {"911": "Custom question"}
    assert content.answers["processing"] == PlainAnswer("first")
    assert content.author == "Ada Lovelace, bob@example.org"
    access = content.risks[0]
    assert access.impacts == ("Loss",)
    assert access.measures == ("cnil-7", "cnil-tag-2")
    assert content.measures[1].title == "Not a measure"
    sections = [r.section for r in content.reviews]
    assert sections == ["cnil-3.1.99", "cnil-5.1", "overview", "accuracy"]
    assert content.comments[0].text == "half done"
    assert content.comments[0].target == "purposes"
    assert content.action_plan[0].due == ""
    text = "\n".join(content.warnings)
    for expected in (
        "911",
        "Not a measure",
        "question 321 has a text",
        "answers question 111 twice",
        "measure 99",
        "“5.1”",
        "“2.1.211” had not been given a verdict",
        "An evaluation had not been started",
        "“1.1” has severity and likelihood levels",
        "unknown status (7)",
        "“next spring”",
        "custom structure (“Smart city”)",
        "“attachments”",
    ):
        assert expected in text, expected


def test_implementation_dates_and_people_in_charge() -> None:
    data = minimal()
    data["evaluations"] = [
        {
            "reference_to": ref,
            "status": 2,
            "action_plan_comment": "<p>Do it</p>",
            "estimated_implementation_date": due,
            "person_in_charge": "  IT   team ",
            "id": n,
        }
        for n, (ref, due) in enumerate(
            [("2.1.211", "2018-03-01T00:00:00.000Z"), ("2.1.212", "2018-04-02"), ("3.2", None)]
        )
    ]
    content = convert(parse_cnil_pia(data))
    assert [(a.due, a.owner, a.origin) for a in content.action_plan] == [
        ("2018-03-01", "IT team", "purposes"),
        ("2018-04-02", "IT team", "legal_basis"),
        ("", "IT team", "risk-access"),
    ]


# -- HTML answers as plain text -------------------------------------------------------------


def test_html_lists_nest_and_number() -> None:
    fragment = (
        "<p>Intro&nbsp;:</p><ul><li><strong>First</strong> point<ul><li>sub &amp; more"
        "</li><li>sub two<br />continued</li></ul></li><li>Second</li></ul>"
        '<ol start="3"><li>three</li><li>four<ol><li>a</li></ol></li></ol><p>End.</p>'
    )
    assert html_to_text(fragment) == (
        "Intro :\n"
        "\n"
        "- First point\n"
        "  - sub & more\n"
        "  - sub two\n"
        "    continued\n"
        "- Second\n"
        "3. three\n"
        "4. four\n"
        "  1. a\n"
        "\n"
        "End."
    )


def test_html_entities_breaks_and_paragraphs() -> None:
    assert html_to_text("a&lt;b&gt; &eacute;t&#233; &#x41; &quot;q&quot; &amp;amp;") == (
        'a<b> été A "q" &amp;'
    )
    assert html_to_text("<div>one</div><div>two<br>three<br><br>four</div>") == (
        "one\ntwo\nthree\n\nfour"
    )
    assert html_to_text("<p>one</p>\n\n<p>  two   words\n here </p><h2>Title</h2>x") == (
        "one\n\ntwo words here\n\nTitle\n\nx"
    )
    assert html_to_text("<em>a</em><strong>b</strong> <span>c</span>") == "ab c"


def test_html_that_is_not_text_is_dropped() -> None:
    assert html_to_text("<style>p {color: red}</style><p>shown</p><script>alert(1)</script>") == (
        "shown"
    )
    assert html_to_text('<p><a href="https://cnil.fr/x">the CNIL</a></p>') == (
        "the CNIL (https://cnil.fr/x)"
    )
    assert html_to_text('<a href="https://cnil.fr">https://cnil.fr</a>') == "https://cnil.fr"
    assert html_to_text('<a href="mailto:dpo@city.example">dpo@city.example</a>') == (
        "dpo@city.example"
    )
    assert html_to_text('<a href="javascript:x()">click</a>') == "click"
    assert (
        html_to_text(
            "<table><tr><th>A</th> <th>B</th></tr><tr><td>1</td><td>2</td></tr></table>after"
        )
        == "A | B\n1 | 2\n\nafter"
    )
    assert html_to_text("<pre>  keep\n    this</pre>") == "  keep\n    this"


def test_broken_html_still_gives_text() -> None:
    assert html_to_text("<ul><li>one<li>two</ul>after") == "- one\n- two\nafter"
    assert html_to_text("<ul><li>a<ul><li>b</ul><li>c</ul>") == "- a\n  - b\n- c"
    assert html_to_text("</li></ul><p>unopened</b> <i>unclosed") == "unopened unclosed"
    assert html_to_text("<p attr='x>y'>text</p><!-- a comment --><br/>") == "text"
    assert html_to_text("a < b and c > d") == "a < b and c > d"
    assert html_to_text("<li>alone</li>") == "- alone"
    for junk in ("<", "<<>>", "</", "<!", "<?xml?>", "&#xffffffff;", "<a href=", "<ul>" * 50):
        assert isinstance(html_to_text(junk), str)


def test_plain_text_keeps_its_lines() -> None:
    assert html_to_text(None) == ""
    assert html_to_text("") == ""
    assert html_to_text("Line one\r\nLine two &amp; more\n\n\n\nLast  ") == (
        "Line one\nLine two & more\n\nLast"
    )
