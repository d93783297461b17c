"""Qt fixtures shared by the UI tests: test names for the application, fresh settings, runners.

QSettings caches the folder of its native format at first use, so the per-test XDG folders of
the top-level conftest do not isolate it; tests get an INI file in their own tmp folder instead
(``qsettings``) and pass it to the windows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from govkit.services.workspace import Workspace
from govkit.storage.vault import MIN_KDF
from govkit.ui.workers import TaskRunner

PASSPHRASE = "correct horse battery staple"  # as in tests/conftest.py (its ``workspace``)
TEST_ORGANISATION = "govkit-tests"
TEST_APPLICATION = "govkit-tests"


@pytest.fixture(autouse=True)
def test_application_names(qapp: QApplication) -> Iterator[None]:
    """Test names, so that nothing a test writes lands in the real user's settings."""
    before = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName(TEST_ORGANISATION)
    QCoreApplication.setApplicationName(TEST_APPLICATION)
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


@pytest.fixture(autouse=True)
def close_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """Each test starts without windows of an earlier one, and leaves none behind."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.done(0)
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents()
    QApplication.clipboard().clear()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "govkit-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sync_runner(qapp: QApplication) -> TaskRunner:
    """Runs tasks inline: callbacks have run when ``run`` returns."""
    return TaskRunner(synchronous=True)


@pytest.fixture
def thread_runner(qapp: QApplication) -> Iterator[TaskRunner]:
    """Runs tasks on worker threads, as the application does."""
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Create a closed vault (cheap KDF) and return its path."""

    def make(
        name: str = "register.govkit",
        *,
        passphrase: str = PASSPHRASE,
        person: str = "Ada Lovelace",
        organisation: str = "City of Testville",
        setup: Callable[[Workspace], None] | None = None,
    ) -> Path:
        path = tmp_path / name
        ws, _key = Workspace.create(
            path,
            person_name=person,
            passphrase=passphrase,
            organisation_name=organisation,
            kdf=MIN_KDF,
        )
        try:
            if setup is not None:
                setup(ws)
                ws.save()
        finally:
            ws.close()
        return path

    yield make


@pytest.fixture
def forbid_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that would block on a modal ``exec()`` fails at once instead of hanging."""

    def refuse(self: QDialog) -> int:
        raise AssertionError(f"{type(self).__name__}.exec() would block the test")

    monkeypatch.setattr(QDialog, "exec", refuse)


def visible_dialogs(kind: type[QWidget] = QDialog) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
