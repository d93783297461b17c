"""Every visible string can be translated: Qt-free `_()` strings and ui `tr()` strings alike."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from govkit import i18n
from govkit.domain.fields import CONTROLLER_FIELDS, field_map

ROOT = Path(__file__).resolve().parents[2]


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extractor_finds_qt_free_strings() -> None:
    texts = {text for text, _path, _line in _script().qt_free_strings()}  # type: ignore[attr-defined]
    assert "Retention periods or criteria" in texts  # domain/fields.py, N_()
    assert "A name is required." in texts  # domain/validation.py, _()
    assert "Categories of data subjects" in texts


def test_extractor_finds_strings_of_ui_tr_helpers() -> None:
    found = {(c, t) for c, t, _p, _l in _script().helper_strings()}  # type: ignore[attr-defined]
    assert ("History", "No changes recorded yet.") in found  # views/history.py, _tr()
    assert any(context == "RegisterTableModel" for context, _text in found)
    assert any(context == "Prompts" for context, _text in found)


@pytest.fixture
def french(qapp: object, tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "govkit_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>govkit</name><message><source>Retention periods or criteria</source>"
        "<translation>Durées de conservation ou critères</translation></message></context>"
        "</TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), str(ts), "-qm", str(tmp_path / "govkit_fr.qm")],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "govkit_fr.qm"))
    QCoreApplication.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.set_translator(lambda _context, text: text)


def test_installed_catalogue_translates_qt_free_labels(french: None) -> None:
    assert field_map(CONTROLLER_FIELDS)["retention"].label == "Durées de conservation ou critères"
    assert field_map(CONTROLLER_FIELDS)["purposes"].label == "Purposes"  # untranslated: unchanged


def test_update_script_writes_catalogues(tmp_path: Path) -> None:
    written = _script().update(tmp_path, ["de"])  # type: ignore[attr-defined]
    content = written[0].read_text(encoding="utf-8")
    assert "<source>Retention periods or criteria</source>" in content
    assert "<source>No changes recorded yet.</source>" in content  # a ui _tr() helper string
    assert (tmp_path / "govkit_de.qm").exists()
