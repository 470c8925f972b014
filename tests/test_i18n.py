"""French: the translation file is complete and current, its placeholders match, and the window speaks it."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import i18n
from desktop.labels import VOCABULARY, label
from desktop.store.content import (
    ACTOR_ROLES,
    EVENT_TYPES,
    FACTION_KINDS,
    FATES,
    PLACE_KINDS,
    RELATION_TYPES,
    ROLE_KIND_RULES,
)
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}|%n")


@pytest.fixture(autouse=True)
def no_translator_left(qapp):
    """install() parents its translators to the app: remove them, so other tests read the source strings."""
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


@pytest.fixture
def french(qapp):
    assert i18n.install(qapp, "fr") == "fr"


def test_the_setting_resolves_to_a_shown_language():
    assert i18n.resolve("auto", "fr_ML") == "fr" and i18n.resolve("auto", "bm_ML") == "en"
    assert i18n.resolve("en", "fr_FR") == "en" and i18n.resolve("fr", "en_GB") == "fr"
    assert i18n.resolve("klingon", "fr_FR") == "en"


def test_every_message_of_the_code_is_translated_and_keeps_its_placeholders(tmp_path):
    """lupdate over the code finds nothing new: the file is current; every message has its French."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    copy = tmp_path / "fr.ts"
    shutil.copy(i18n.ts_path("fr"), copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"], cwd=ROOT,
                   check=True, capture_output=True)
    assert "unfinished" not in copy.read_text(encoding="utf-8")
    messages = i18n.read_ts(copy)
    assert messages == i18n.read_ts(i18n.ts_path("fr"))
    for (context, source), french in messages.items():
        for form in french if isinstance(french, list) else [french]:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source)


def test_every_value_of_the_content_vocabularies_has_a_label():
    role_kinds = {kind for kind, _ in ROLE_KIND_RULES} | {"other"}
    values = set(EVENT_TYPES) | FACTION_KINDS | PLACE_KINDS | ACTOR_ROLES | RELATION_TYPES | FATES | role_kinds
    assert values <= set(VOCABULARY)


def test_french_labels_plurals_and_english_fallback(french):
    assert label("battle") == "bataille" and label("claimed by") == "revendiqué par"
    assert label("a value no list has") == "a value no list has"
    assert QCoreApplication.translate("EventsTab", "%n event(s)", "", 1) == "1 événement"
    assert QCoreApplication.translate("EventsTab", "%n event(s)", "", 3) == "3 événements"


def test_the_window_speaks_french(french, qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Fichier", "Édition", "Affichage", "Aller", "Aide"]
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Vue d'ensemble", "Factions", "Personnes", "Événements", "Chronologie", "Carte", "Mes notes"]


def test_a_broken_translation_file_leaves_english(qapp, monkeypatch, tmp_path, capsys):
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n, "ts_path", lambda language: broken)
    assert i18n.install(qapp, "fr") == "en"
    assert "could not be read" in capsys.readouterr().err
    assert label("battle") == "battle"


def test_choosing_a_language_is_remembered_for_the_next_start(qtbot, store, user_dir):
    from desktop.settings import Settings

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.language_actions["fr"].trigger()
    assert Settings.load(user_dir).language == "fr"
    assert window.language_actions["fr"].isChecked() and not window.language_actions["auto"].isChecked()
    assert "prochain démarrage" in window.statusBar().currentMessage()


def test_english_plurals_read_naturally(qapp):
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("EventsTab", "%n event(s)", "", 1) == "1 event"
    assert QCoreApplication.translate("EventsTab", "%n event(s)", "", 548) == "548 events"
    assert QCoreApplication.translate("EventsTab", "Events") == "Events"
