"""Reading save files of Canada's AIA tool: the shape, the limits, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkit.imports.canada_aia import (
    CanadaAiaError,
    Problem,
    describe_value,
    looks_like_canada_aia,
    read_canada_aia,
)

SAVED = {
    "version": "v1.0.1",
    "currentPage": 3,
    "data": {
        "projectDetailsTitle": "Housing benefit",
        "projectDetailsPhase": "item1",
        "riskProfile1": "item1-3",
        "businessDrivers1": ["item1", "item2"],
        "projectDetailsDescription": "Pre-check",
    },
    "translationsOnResult": {"projectDetailsDescription": "Vérification préalable"},
}


def write(tmp_path: Path, content: str | bytes, name: str = "AIA Results.json") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_a_save_file_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(SAVED))
    assert looks_like_canada_aia(path)
    aia = read_canada_aia(path)
    assert (aia.version, aia.current_page, aia.source) == ("v1.0.1", 3, "AIA Results.json")
    assert aia.data["businessDrivers1"] == ("item1", "item2")
    assert aia.data["riskProfile1"] == "item1-3"
    assert aia.translations == {"projectDetailsDescription": "Vérification préalable"}
    assert aia.other_keys == () and aia.conversions == ()


def test_a_byte_order_mark_and_extra_keys_are_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + json.dumps(SAVED | {"completed": True}).encode())
    aia = read_canada_aia(path)
    assert aia.other_keys == ("completed",)


def test_the_tools_own_conversions_of_older_files(tmp_path: Path) -> None:
    old = {
        "version": "v0.9.1",
        "data": {"aboutSystem1": ["item6-1", "item2"], "impact4": "Benefit eligibility"},
        "translationsOnResult": {"impact4": "Admissibilité"},
        "currentPage": 1,
    }
    aia = read_canada_aia(write(tmp_path, json.dumps(old)))
    assert aia.data == {
        "aboutSystem1": ("item6", "item2"),
        "decisionSector3": "Benefit eligibility",
    }
    assert aia.translations == {"decisionSector3": "Admissibilité"}
    assert len(aia.conversions) == 2


@pytest.mark.parametrize(
    ("content", "problem", "words"),
    [
        ("", Problem.EMPTY, "is empty"),
        ("{not json", Problem.NOT_JSON, "not valid JSON (line 1, column 2)"),
        ('{"data": {"a": NaN}, "currentPage": 1}', Problem.NOT_JSON, "not valid JSON"),
        (b"\xff\xfe{\x00", Problem.NOT_TEXT, "not a text file"),
        ('{"pia": {}, "answers": []}', Problem.NOT_AIA, "not a file saved by the Government"),
        ("[1, 2]", Problem.NOT_AIA, "AIA Results.json"),
        ('{"data": [], "currentPage": 1}', Problem.NOT_AIA, "“data”"),
        ('{"data": {"a": "x", "a": "y"}}', Problem.DAMAGED, "the key “a” appears twice"),
        ('{"data": {}, "currentPage": "three"}', Problem.DAMAGED, "page number"),
        ('{"data": {}, "version": 7}', Problem.DAMAGED, "version"),
        ('{"data": {"q": [{"x": 1}]}}', Problem.DAMAGED, "the answer “q”"),
        ('{"data": {}, "translationsOnResult": {"q": 3}}', Problem.DAMAGED, "translation"),
        ('{"data": {}, "translationsOnResult": []}', Problem.DAMAGED, "translationsOnResult"),
        ("[" * 100_000 + "]" * 100_000, Problem.NOT_JSON, "nested too deeply"),
    ],
)
def test_broken_files_say_what_is_wrong(
    tmp_path: Path, content: str | bytes, problem: Problem, words: str
) -> None:
    path = write(tmp_path, content)
    with pytest.raises(CanadaAiaError) as caught:
        read_canada_aia(path)
    assert caught.value.problem is problem
    assert words in str(caught.value)
    assert "AIA Results.json" in str(caught.value)  # names the file


def test_limits(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(SAVED))
    with pytest.raises(CanadaAiaError) as caught:
        read_canada_aia(path, max_bytes=100)
    assert caught.value.problem is Problem.TOO_LARGE
    many = {"data": {f"q{i}": "x" for i in range(5001)}, "currentPage": 0}
    with pytest.raises(CanadaAiaError, match="5001 answers"):
        read_canada_aia(write(tmp_path, json.dumps(many)))
    long = {"data": {"q": "x" * 1_000_001}, "currentPage": 0}
    with pytest.raises(CanadaAiaError, match="too long"):
        read_canada_aia(write(tmp_path, json.dumps(long)))


def test_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(CanadaAiaError) as caught:
        read_canada_aia(tmp_path / "nowhere.json")
    assert caught.value.problem is Problem.NOT_FOUND
    with pytest.raises(CanadaAiaError) as caught:
        read_canada_aia(tmp_path)
    assert caught.value.problem is Problem.NOT_AIA
    assert not looks_like_canada_aia(tmp_path / "nowhere.json")


def test_looks_like_tells_it_from_other_json_and_spreadsheets(tmp_path: Path) -> None:
    cnil = write(tmp_path, json.dumps({"pia": {"name": "x"}, "answers": []}), "pia.json")
    assert not looks_like_canada_aia(cnil)
    assert not looks_like_canada_aia(write(tmp_path, b"PK\x03\x04....", "book.xlsx"))
    assert not looks_like_canada_aia(write(tmp_path, "Name,Department\n", "r.csv"))


def test_values_described_for_people() -> None:
    assert describe_value(("item1", "item2")) == "item1, item2"
    assert describe_value(True) == "yes" and describe_value(None) == ""
    assert describe_value({"b": 1, "a": 2}) == '{"a": 2, "b": 1}'
