"""The built-in questionnaires: valid against the schema, parsed, complete in every language,
and loaded by version so that an assessment keeps the definition it was made with."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from govkit.assessments import (
    Definition,
    DefinitionError,
    DefinitionNotFound,
    QuestionType,
    Text,
    builtin_definition,
    builtin_definitions,
    builtin_versions,
    load_definition_file,
    parse_definition,
)
from govkit.assessments.loader import builtin_folder, clear_cache

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[3]
SCHEMA_PATH = ROOT / "docs" / "questionnaire.schema.json"
BUILTIN = ROOT / "resources" / "questionnaires"
BUILTIN_FILES = sorted(BUILTIN.glob("*/*.json"))
FILE_IDS = [p.relative_to(BUILTIN).as_posix() for p in BUILTIN_FILES]
CNIL_ARCHITECTURE = ROOT.parent / "shared" / "interop" / "cnil-pia" / "pia_architecture.json"


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_builtin_definitions_are_shipped() -> None:
    assert builtin_folder() == BUILTIN
    assert sorted(p.relative_to(BUILTIN).as_posix() for p in BUILTIN_FILES) == [
        "ai-act-classification/1.json",
        "ai-ethics/1.json",
        "algorithmic-impact/1.json",
        "dpia-screening/1.json",
        "dpia-screening/2.json",
        "dpia/1.json",
        "fria/1.json",
    ]
    assert [(d.id, d.version, d.kind) for d in builtin_definitions()] == [
        ("ai-act-classification", 1, "ai_act_classification"),
        ("ai-ethics", 1, "ai_ethics"),
        ("algorithmic-impact", 1, "algorithmic_impact"),
        ("dpia", 1, "dpia"),
        ("dpia-screening", 2, "dpia_screening"),
        ("fria", 1, "fria"),
    ]


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=FILE_IDS)
def test_builtin_definition_is_valid_against_the_schema(path: Path, validator: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=FILE_IDS)
def test_builtin_definition_parses_and_round_trips(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    definition = load_definition_file(path)
    assert definition.id == path.parent.name
    assert definition.version == int(path.stem)
    assert definition.to_json() == data
    again = parse_definition(definition.to_json(), source="copy kept in an assessment")
    assert again == definition
    assert again.digest == definition.digest


def _texts(definition: Definition) -> list[tuple[str, Text]]:
    found: list[tuple[str, Text]] = [("title", definition.title)]
    if definition.description:
        found.append(("description", definition.description))
    for section in definition.all_sections():
        found.append((f"section {section.id}", section.title))
        if section.description:
            found.append((f"section {section.id} description", section.description))
        for q in section.questions:
            found.append((f"{q.id} text", q.text))
            if q.guidance:
                found.append((f"{q.id} guidance", q.guidance))
            found += [(f"{q.id} option {o.id}", o.label) for o in q.options]
            found += [(f"{q.id} level {i + 1}", level) for i, level in enumerate(q.levels)]
    for outcome in definition.outcomes:
        found.append((f"outcome {outcome.id}", outcome.label))
        if outcome.explanation:
            found.append((f"outcome {outcome.id} explanation", outcome.explanation))
    scoring = definition.scoring
    if scoring:
        found += [(f"score {s.id}", s.label) for s in scoring.scores if s.label]
        found += [(f"override {i}", o.reason) for i, o in enumerate(scoring.overrides) if o.reason]
        if scoring.outcome:
            thresholds = scoring.outcome.thresholds
            found += [(f"threshold {t.outcome}", t.reason) for t in thresholds if t.reason]
    return found


# Definitions that reproduce another publisher's questionnaire, and what their questions cite.
REPRODUCED = {
    "algorithmic-impact": ("Government of Canada AIA v1.0.1, ", "Directive on Automated Decision"),
}

# Words spelt alike in both languages (the Canada AIA's security classification "Secret").
SAME_IN_FRENCH = frozenset({"Secret"})


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=FILE_IDS)
def test_builtin_texts_exist_in_english_and_french(path: Path) -> None:
    definition = load_definition_file(path)
    assert definition.languages == ("en", "fr")
    incomplete = [where for where, text in _texts(definition) if text.languages != ("en", "fr")]
    assert incomplete == []
    identical = [
        where
        for where, text in _texts(definition)
        if text.get("en") == text.get("fr") and text.get("en") not in SAME_IN_FRENCH
    ]
    assert identical == []  # nothing left untranslated


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=FILE_IDS)
def test_every_builtin_question_has_guidance_and_cites(path: Path) -> None:
    definition = load_definition_file(path)
    definition_id = path.parent.name
    sources = ("GDPR ", "EDPB ", "WP29 ", "AI Act ", "ALTAI ", "EU Charter", "Directive (EU) ")
    if definition_id in REPRODUCED:
        sources = REPRODUCED[definition_id]
    for question in definition.all_questions():
        # Our own questionnaires explain every question; a reproduced one keeps its publisher's
        # texts, which guide only some questions.
        assert definition_id in REPRODUCED or question.guidance is not None, question.id
        assert question.cites, question.id
        assert all(c.startswith(sources) for c in question.cites), question.id


def test_screening_covers_the_nine_wp248_criteria() -> None:
    screening = builtin_definition("dpia-screening")
    criteria = screening.section("criteria").questions
    assert len(criteria) == 9
    assert all(q.type is QuestionType.YES_NO and q.required for q in criteria)
    for number, question in enumerate(criteria, start=1):
        assert f"EDPB WP248 rev.01, III.B.a, criterion {number}" in question.cites
    art35_3 = screening.question("art35_3")
    assert art35_3.type is QuestionType.MULTIPLE_CHOICE
    none = art35_3.option("none")
    assert none is not None and none.exclusive
    assert screening.question("authority_list").cites == ("GDPR Art. 35(4)",)
    assert screening.question("reasoning").type is QuestionType.LONG_TEXT
    assert [o.id for o in screening.outcomes] == [
        "no_dpia_needed",
        "dpia_recommended",
        "dpia_required",
    ]


def test_dpia_questions_map_to_the_cnil_pia_ids() -> None:
    dpia = builtin_definition("dpia")
    mapped = {cnil_id: q.id for q in dpia.all_questions() if (cnil_id := q.external_id("cnil_pia"))}
    expected = {"111", "112", "113", "121", "122", "123"}
    expected |= {f"21{i}" for i in range(1, 6)} | {f"22{i}" for i in range(1, 8)}
    assert set(mapped) == expected
    assert dpia.scoring is None and dpia.outcomes == ()
    for cnil_id, question_id in mapped.items():
        question = dpia.question(question_id)
        assert question.type is QuestionType.LONG_TEXT and question.required
        section = dpia.sections_around(question_id)
        assert section[0] == ("context" if cnil_id[0] == "1" else "principles")
    fields = {q.external_id("cnil_pia_field") for q in dpia.all_questions()} - {None}
    assert fields == {
        "concerned_people_searched_opinion",
        "people_names",
        "concerned_people_opinion",
        "concerned_people_searched_content",
    }


@pytest.mark.skipif(not CNIL_ARCHITECTURE.exists(), reason="shared CNIL PIA samples not present")
def test_cnil_ids_exist_in_the_cnil_pia_architecture() -> None:
    architecture = json.loads(CNIL_ARCHITECTURE.read_text(encoding="utf-8"))
    cnil = {
        str(q["id"]): (section["id"], item["id"], q["answer_type"])
        for section in architecture["sections"]
        for item in section["items"]
        for q in item.get("questions", [])
    }
    dpia = builtin_definition("dpia")
    for question in dpia.all_questions():
        cnil_id = question.external_id("cnil_pia")
        if cnil_id is None:
            continue
        section, item, answer_type = cnil[cnil_id]
        assert answer_type == "text"
        assert cnil_id == f"{section}{item}{cnil_id[2]}"
    assert {k for k in cnil if k[0] in "12"} == {
        q.external_id("cnil_pia") for q in dpia.all_questions()
    } - {None}


# -- loader: versions, folder, cache -----------------------------------------------------------


def _copy_builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "questionnaires"
    shutil.copytree(BUILTIN, folder)
    return folder


def test_versions_and_newest(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    assert builtin_versions("dpia-screening", folder=folder) == [1, 2]
    assert builtin_versions("nothing", folder=folder) == []
    assert builtin_versions("../questionnaires", folder=folder) == []
    (folder / "dpia-screening" / "notes.txt").write_text("ignored", encoding="utf-8")
    (folder / "dpia-screening" / "01.json").write_text("{}", encoding="utf-8")
    assert builtin_versions("dpia-screening", folder=folder) == [1, 2]


def test_a_new_version_leaves_version_1_as_it_was(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    v1 = builtin_definition("dpia-screening", 1, folder=folder)
    kept_copy = v1.to_json()  # what an assessment made with v1 stores

    data = json.loads((folder / "dpia-screening" / "1.json").read_text(encoding="utf-8"))
    data["version"] = 3
    data["title"]["en"] = "DPIA screening, third edition"
    data["sections"][0]["questions"].pop()  # criterion 9 dropped in "version 3"
    criteria = data["scoring"]["scores"]["criteria_met"]["count"]["questions"]
    criteria.pop()
    (folder / "dpia-screening" / "3.json").write_text(json.dumps(data), encoding="utf-8")

    assert builtin_versions("dpia-screening", folder=folder) == [1, 2, 3]
    newest = builtin_definition("dpia-screening", folder=folder)
    assert newest.version == 3
    assert newest.title.get() == "DPIA screening, third edition"
    assert builtin_definition("dpia-screening", 1, folder=folder) == v1
    assert builtin_definition("dpia-screening", 1, folder=folder).to_json() == kept_copy
    assert parse_definition(kept_copy, source="assessment 7") == v1
    assert v1.has_question("c9_prevents_rights")
    assert not newest.has_question("c9_prevents_rights")
    newest_of = {d.id: d.version for d in builtin_definitions(folder=folder)}
    assert (newest_of["dpia"], newest_of["dpia-screening"]) == (1, 3)


def test_screening_v2_adds_the_entries_of_the_list_and_keeps_the_rest() -> None:
    v1 = builtin_definition("dpia-screening", 1)
    v2 = builtin_definition("dpia-screening", 2)
    assert builtin_definition("dpia-screening") == v2  # new screenings use the newest
    entries = v2.question("authority_list_entries")
    assert entries.type is QuestionType.LIST and entries.required
    assert entries.cites == ("GDPR Art. 35(4)",)
    assert entries.suggestions == v2.question("authority_list").suggestions
    assert entries.suggestions == "catalogue:dpia_required"
    assert v2.sections_around("authority_list_entries") == ("mandatory",)
    assert not v1.has_question("authority_list_entries")
    assert v1.question("authority_list").suggestions is None
    # Every other question, the scoring and the outcomes are those of version 1.
    same = [
        q for q in v2.all_questions() if q.id not in {"authority_list", "authority_list_entries"}
    ]
    assert same == [q for q in v1.all_questions() if q.id != "authority_list"]
    assert v2.scoring == v1.scoring and v2.outcomes == v1.outcomes
    old, new = v1.question("authority_list"), v2.question("authority_list")
    assert (old.text, old.cites, old.required) == (new.text, new.cites, new.required)


def test_parsed_files_are_cached(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    first = builtin_definition("dpia", folder=folder)
    assert builtin_definition("dpia", 1, folder=folder) is first
    clear_cache()
    assert builtin_definition("dpia", folder=folder) is not first
    assert builtin_definition("dpia", folder=folder) == first


def test_unknown_definition_or_version(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    with pytest.raises(DefinitionNotFound, match="no questionnaire “privacy-audit”"):
        builtin_definition("privacy-audit", folder=folder)
    with pytest.raises(DefinitionNotFound, match="Version 3"):
        builtin_definition("dpia", 3, folder=folder)
    assert builtin_definitions(folder=tmp_path / "missing") == []


def test_a_file_must_match_its_folder_and_name(tmp_path: Path) -> None:
    folder = _copy_builtin(tmp_path)
    data = json.loads((folder / "dpia" / "1.json").read_text(encoding="utf-8"))
    data["version"] = 5
    (folder / "dpia" / "2.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        builtin_definition("dpia", 2, folder=folder)
    assert caught.value.path == "$.version"
    assert "2.json" in str(caught.value)

    (folder / "other").mkdir()
    data["version"] = 1
    (folder / "other" / "1.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DefinitionError, match="the id is 'dpia' but the file is in 'other'"):
        builtin_definition("other", folder=folder)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"id": "x", "id": "y"}', "the key 'id' appears twice"),
        ('{"version": NaN}', "NaN is not allowed"),
        ('{"id": ', "not valid JSON"),
    ],
)
def test_definition_files_are_read_strictly(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "x" / "1.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DefinitionError, match=problem) as caught:
        load_definition_file(path)
    assert str(path) in str(caught.value)


def test_a_non_utf8_file_is_a_definition_error(tmp_path: Path) -> None:
    path = tmp_path / "1.json"
    path.write_bytes(b'{"title": "\xe9"}')
    with pytest.raises(DefinitionError, match="not UTF-8"):
        load_definition_file(path)


def test_to_json_is_a_fresh_copy() -> None:
    definition = builtin_definition("dpia")
    data = definition.to_json()
    data["title"]["en"] = "changed"
    assert definition.to_json()["title"]["en"] != "changed"
