"""Translations: the window speaks Bahasa Indonesia whatever the system locale.

Source strings are English (``self.tr``); ``resources/translations/melayani_id.qm`` holds
the Indonesian.  Qt ships no Indonesian for its own dialogs, so ``qtbase_id.qm`` is ours
too, written by hand for the Qt strings the app shows (buttons, context menus, print and
file dialogs).  Installing or removing a translator sends every widget a LanguageChange
event; the widgets re-read their texts then, so a language setting applies live.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from melayani_desk.paths import resource

CATALOGS = ("melayani", "qtbase")
LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_installed: list[QTranslator] = []


def translations_dir():
    return resource("translations")


def install(language: str) -> list[str]:
    """Switch the running application to ``language`` ("id" or "en").

    Returns the catalogs that were loaded (empty for English, the source language).
    Missing catalogs are not fatal: the window then shows the English source text.
    """
    app = _app()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang, country = LOCALES.get(language, LOCALES["id"])
    QLocale.setDefault(QLocale(lang, country))
    loaded: list[str] = []
    if language == "en":
        return loaded
    folder = str(translations_dir())
    for catalog in CATALOGS:
        translator = QTranslator(app)
        if translator.load(f"{catalog}_id", folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(catalog)
    return loaded


def install_file(qm_path: str) -> bool:
    """Install one extra .qm (used by the pseudo-locale test)."""
    app = _app()
    translator = QTranslator(app)
    if not translator.load(qm_path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def reset() -> None:
    """Remove our translators and the default locale (tests restore the process this way)."""
    app = _app()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def _app() -> QCoreApplication:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication: create it before installing translations")
    return app
