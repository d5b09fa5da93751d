"""Languages: pick one from the system locale, load MailWizard's and Qt's translations, switch live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from mailwizard.core.resources import resources_dir

# Language names are shown in their own language so anyone can find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
LANGUAGE_CODES = tuple(code for code, _ in LANGUAGES)


def language_for_locale(locale: QLocale) -> str:
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    return "zh_TW" if traditional else "zh_CN"


def system_language() -> str:
    return language_for_locale(QLocale.system())


class LanguageManager(QObject):
    """Installs Qt's translators for one language at a time (which language is the session's to say).

    Signals: ``languageChanged(str)`` after the new translators are installed (Qt has then
    already sent a LanguageChange event to every widget).
    """

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []

    def apply(self, language: str) -> None:
        if language not in LANGUAGE_CODES:
            language = "en"
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(resources_dir() / "translations" / f"mailwizard_{language}.qm")):
                self._translators.append(ours)
            qt = QTranslator(self)  # Qt's own: standard buttons and dialogs
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
            for translator in self._translators:
                app.installTranslator(translator)
        QLocale.setDefault(QLocale({"en": "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}[language]))
        self.languageChanged.emit(language)
