"""Language: French by default (and on a French system), English on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

SUPPORTED = ("fr", "en")
DEFAULT = "fr"


def choose_language(requested: str | None, system: QLocale | None = None) -> str:
    """The requested language, else the system's if supported, else French."""
    if requested in SUPPORTED:
        return requested
    name = (system or QLocale.system()).name()[:2]
    return name if name == "en" else DEFAULT


def translations_dir() -> Path:
    return resource_path("translations")


def install_translator(
    app: QCoreApplication, lang: str, with_qt: bool = True
) -> QTranslator | None:
    """Source strings are English; every other language comes from a .qm file."""
    if lang == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(str(translations_dir() / f"tourdetable_{lang}.qm")):
        return None
    app.installTranslator(translator)
    if with_qt:
        install_qt_catalogue(app, lang)
    return translator


def install_qt_catalogue(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Qt's own words (Yes, No, Cancel, the file dialogs) in the same language:
    from Qt's translations, or a copy beside ours in a bundle."""
    qt = QTranslator(app)
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        translations_dir(),
    ):
        if qt.load(f"qtbase_{lang}", str(folder)):
            app.installTranslator(qt)
            return qt
    return None
