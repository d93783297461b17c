"""``scripts/screenshots.py`` writes every screenshot, at the promised size, and none is blank."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("govkit_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_screenshots_are_written_and_not_blank(qapp: QApplication, tmp_path: Path) -> None:
    script = _load_script()
    assert script.main(["--out", str(tmp_path)]) == 0
    sizes = {name: script.LARGE for name in script.FILES}
    sizes.update({name: script.SMALL for name in script.SMALL_FILES})
    sizes.update({name: script.LARGE for name in script.DPIA_FILES})
    sizes.update({name: script.SMALL for name in script.DPIA_SMALL_FILES})
    sizes.update({name: script.DIALOG for name in script.DIALOG_FILES})
    for name, (width, height) in sizes.items():
        path = tmp_path / name
        assert path.is_file(), name
        image = QImage(str(path))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (width, height), name
        assert _distinct_colours(image) > 20, f"{name} looks blank"
    # The demo shots show data, the empty one the welcome text: they differ.
    empty = QImage(str(tmp_path / "main-window-empty.png"))
    demo = QImage(str(tmp_path / "main-window-demo.png"))
    assert empty != demo
    assert _distinct_colours(demo) > _distinct_colours(empty)
