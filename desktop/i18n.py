"""The interface in the user's language. English is written in the code; French comes from
resources/i18n/mali-war_fr.ts, the Qt Linguist file translators edit, read directly so that the repository
holds no compiled .qm file. Qt's own dialogs (file chooser, message boxes) use the qtbase translation Qt ships."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from desktop import paths

LANGUAGES = ("auto", "en", "fr")  # auto: French when the system's language is French, else English
TRANSLATED = ("fr",)


def resolve(language: str, system_locale: str | None = None) -> str:
    """The language to show for a setting: 'en' or one of TRANSLATED."""
    if language == "auto":
        system = (system_locale or QLocale.system().name())[:2]
        return system if system in TRANSLATED else "en"
    return language if language in TRANSLATED else "en"


def ts_path(language: str) -> Path:
    return paths.resources_dir() / "i18n" / f"mali-war_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """{(context, source): translation}; plural messages map to their list of forms. Unfinished and empty
    translations are left out, so Qt shows the English text for them."""
    import xml.etree.ElementTree as ElementTree  # only paid for when a translation is used

    messages: dict[tuple[str, str], str | list[str]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms if message.get("numerus") == "yes" else (translation.text or "")
            if text:
                messages[(name, message.findtext("source", ""))] = text
    return messages


class TsTranslator(QTranslator):
    """A QTranslator over the messages of a .ts file."""

    def __init__(self, messages: dict[tuple[str, str], str | list[str]], plural_form, parent=None):
        super().__init__(parent)
        self._messages, self._plural_form = messages, plural_form

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self._messages.get((context, source))
        if isinstance(text, list):
            return text[min(self._plural_form(n), len(text) - 1)]
        return text  # None: not translated here, Qt keeps the English text

    def isEmpty(self) -> bool:
        return not self._messages


class EnglishPlurals(QTranslator):
    """English needs no translation file, only its plurals: "%n event(s)" reads "1 event", "2 events"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if n < 0 or "%n" not in source or "(s)" not in source:
            return None
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def french_plural(n: int) -> int:
    return 0 if n <= 1 else 1  # "0 événement", "1 événement", "2 événements"


PLURAL_FORMS = {"fr": french_plural}


def install(app, language: str) -> str:
    """Install the translators for a language setting; returns the language shown. A missing or unreadable
    translation file leaves the interface in English rather than stopping the program."""
    shown = resolve(language)
    if shown == "en":
        app.installTranslator(EnglishPlurals(app))
        return shown
    try:
        messages = read_ts(ts_path(shown))
    except (OSError, SyntaxError) as error:  # ElementTree's ParseError is a SyntaxError
        import sys

        print(f"mali-war: the {shown} translation could not be read ({error}); showing English", file=sys.stderr)
        return install(app, "en")
    translator = TsTranslator(messages, PLURAL_FORMS[shown], app)
    app.installTranslator(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{shown}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    QLocale.setDefault(QLocale(shown))
    return shown
