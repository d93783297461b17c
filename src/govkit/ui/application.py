"""Start the desktop application: ``run_gui`` is what ``govkit gui`` calls.

It sets up the QApplication (names, Fusion style with an accessible palette), the translators for
the system's language, logging to a file in the user's data folder (the Windows launcher has no
console), an exception hook that logs a bug and tells the user without a traceback, and then hands
over to the ``AppController``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSettings,
    QStandardPaths,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from govkit import APP_NAME, __version__
from govkit.i18n import set_translator
from govkit.ui.controller import AppController
from govkit.ui.workers import TaskRunner

log = logging.getLogger("govkit")

ORGANISATION_NAME = "govkit"
ORGANISATION_DOMAIN = "govkit.eu"
# White text on this blue has a contrast of 5.6:1 (WCAG AA asks 4.5:1; Fusion's default
# #308cc6 has 3.7:1). It reads on light and dark window colours alike.
HIGHLIGHT = QColor("#2369b3")
HIGHLIGHTED_TEXT = QColor("#ffffff")
MIN_CONTRAST = 4.5
LOG_FILE = "govkit.log"


# -- colours -----------------------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _readable_blend(text: QColor, base: QColor) -> QColor:
    """The faintest mix of ``text`` into ``base`` that still has AA contrast on ``base``."""
    for step in range(40, 101, 5):
        t = step / 100
        colour = QColor.fromRgbF(
            text.redF() * t + base.redF() * (1 - t),
            text.greenF() * t + base.greenF() * (1 - t),
            text.blueF() * t + base.blueF() * (1 - t),
        )
        if contrast_ratio(colour, base) >= MIN_CONTRAST:
            return colour
    return QColor(text)


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with selection and placeholder colours that meet WCAG AA contrast."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, HIGHLIGHT)
        result.setColor(group, QPalette.ColorRole.HighlightedText, HIGHLIGHTED_TEXT)
        base = result.color(group, QPalette.ColorRole.Base)
        text = result.color(group, QPalette.ColorRole.Text)
        result.setColor(group, QPalette.ColorRole.PlaceholderText, _readable_blend(text, base))
        link = result.color(group, QPalette.ColorRole.Link)
        if contrast_ratio(link, base) < MIN_CONTRAST:
            result.setColor(group, QPalette.ColorRole.Link, _readable_blend(link, text))
    return result


# -- set-up ------------------------------------------------------------------------------------


def configure_application(app: QApplication) -> None:
    """Names (they decide where QSettings and the data folder live) and the look."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("govkit")
    QGuiApplication.setDesktopFileName("govkit")
    app.setStyle("Fusion")
    app.setPalette(accessible_palette(app.style().standardPalette()))


def resources_dir() -> Path:
    """The ``resources`` folder: beside the package, in a frozen build, or in the checkout."""
    candidates: list[Path] = []
    if os.environ.get("GOVKIT_RESOURCES"):
        candidates.append(Path(os.environ["GOVKIT_RESOURCES"]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve()
    candidates += [here.parents[1] / "resources", here.parents[3] / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """govkit's own catalogue and Qt's for ``locale``, where they exist; returns those loaded.

    ``QTranslator.load(locale, …)`` tries the locale's UI languages with fallbacks
    (``de_AT`` → ``de``). The Qt-free packages translate through the same catalogues.
    """
    installed: list[QTranslator] = []
    sources = (
        ("govkit", str(resources_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder, ".qm"):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("Loaded translation %s for %s", translator.filePath(), locale.name())
        else:
            translator.deleteLater()
    set_translator(QCoreApplication.translate)
    return installed


def user_data_dir() -> Path:
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to ``<data>/logs/govkit.log`` (rotated). Never log secrets or register content."""
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    log.info("govkit %s starting (Python %s)", __version__, sys.version.split()[0])
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_exception_hook(log_path: Path) -> None:
    """A bug is logged with its traceback; the user gets a plain message, never a traceback."""

    showing: list[QMessageBox] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("Unhandled error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None or showing:
            return  # one message at a time; every error is in the log
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Something went wrong"),
            QCoreApplication.translate(
                "Application",
                "govkit ran into an unexpected problem. Your last saved changes are safe in the "
                "vault file. If something looks wrong, close govkit and open it again.\n\n"
                "The details were written to {path}; please send that file to whoever supports "
                "govkit for you.",
            ).format(path=log_path),
        )
        showing.append(box)
        try:
            box.exec()
        finally:
            showing.clear()

    sys.excepthook = hook


def _announce_demo(path: Path, passphrase: str) -> None:
    """Print where the demo vault is and its (public) passphrase, when there is a console."""
    if sys.stdout is None:
        return
    print(
        QCoreApplication.translate(
            "Application", "govkit demo vault: {path}\nPassphrase: {passphrase}"
        ).format(path=path, passphrase=passphrase),
        flush=True,
    )


def run_gui(vault: Path | None, *, demo: bool = False) -> int:
    """Run the desktop application until the user quits; returns the exit code."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    data_dir = user_data_dir()
    log_path = setup_logging(data_dir)
    qInstallMessageHandler(_qt_message)
    install_exception_hook(log_path)
    install_translators(app, QLocale.system())
    app.setQuitOnLastWindowClosed(False)  # the controller decides when govkit is done

    runner = TaskRunner(app)
    controller = AppController(runner=runner, settings=QSettings(), log_path=log_path, parent=app)
    controller.finished.connect(app.exit)
    if demo:
        from govkit.services.demo_vault import DEMO_PASSPHRASE, demo_vault_path

        path = demo_vault_path(data_dir)
        _announce_demo(path, DEMO_PASSPHRASE)
        controller.start_demo(path, DEMO_PASSPHRASE)
    else:
        controller.start(vault.expanduser().absolute() if vault is not None else None)
    code = app.exec()
    log.info("govkit exiting with code %s", code)
    return code
