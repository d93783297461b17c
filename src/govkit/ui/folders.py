"""Where file dialogs start: the folder the user chose last time, else Documents, else home."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def start_folder(settings: QSettings, key: str) -> Path:
    """The folder remembered under ``key`` if it still exists, else the Documents folder (when
    there is one), else the home folder."""
    folder = str(settings.value(key, "") or "")
    if folder and Path(folder).is_dir():
        return Path(folder)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()
