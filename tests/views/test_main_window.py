"""The window opens with every tab; the Overview shows the infobox; links and history move between records."""

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QWidget

from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_title_tabs_and_menus(window):
    assert window.windowTitle() == "Mali War Reference"
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Overview", "Factions", "People", "Events", "Timeline", "Map", "My notes"]
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Go", "Help"]


def test_overview_shows_belligerents_commanders_and_figures(window):
    text = window.overview_tab.page.toPlainText()
    for expected in ("National Movement for the Liberation of Azawad", "Al-Qaeda in the Islamic Maghreb",
                     "France", "Supported by:", "Iyad Ag Ghaly", "Abdelhamid Abou Zeid", "12,150",
                     "374,000", "A test source"):
        assert expected in text


def test_overview_links_open_records_and_history_goes_back(window, qtbot):
    window.overview_tab.page.anchorClicked.emit(QUrl("mwr://person/iyad-ag-ghaly"))
    assert window.current_view() is window.people_tab
    assert "Iyad ag Ghali" in window.people_tab.page.toPlainText()
    window.people_tab.page.anchorClicked.emit(QUrl("mwr://faction/aqim"))
    assert window.current_view() is window.factions_tab
    assert "AQMI" in window.factions_tab.page.toPlainText()
    window.go_back()
    assert window.current_view() is window.people_tab
    assert window.forward_action.isEnabled()
    window.go_forward()
    assert window.current_view() is window.factions_tab


def test_place_links_open_a_place_page(window):
    window.events_tab.show_record("2013-01-28-timbuktu")
    window.events_tab.page.anchorClicked.emit(QUrl("mwr://place/timbuktu"))
    assert "Tombouctou" in window.events_tab.page.toPlainText()


def test_unknown_record_link_is_reported_not_raised(window):
    window.overview_tab.page.anchorClicked.emit(QUrl("mwr://faction/no-such-faction"))
    assert "No record" in window.statusBar().currentMessage()


def test_event_page_shows_fatality_range_and_sources(window):
    window.open_record("event", "2012-01-17-menaka")
    text = window.events_tab.page.toPlainText()
    assert "5 (2–10)" in text and "A test source" in text and "https://example.org/test" in text


def test_text_size_changes_is_remembered_and_resets(window, qtbot, store, user_dir):
    original = QApplication.font()
    before = original.pointSizeF()
    window.change_text_size(+2)
    assert QApplication.font().pointSizeF() == before + 2
    QApplication.setFont(original)  # as at a new start
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert QApplication.font().pointSizeF() == before + 2 and (user_dir / "settings.json").exists()
    again.reset_text_size()
    assert QApplication.font().pointSizeF() == before


def test_tabs_are_built_only_when_needed(window, qtbot):
    qtbot.waitUntil(lambda: window._lazy["overview"].is_built)
    assert not window._lazy["timeline"].is_built
    window.tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: window._lazy["timeline"].is_built)
    assert window.timeline_tab.plots.events_plot is not None


def test_every_control_has_an_accessible_name(window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    unnamed = [w for w in window.findChildren(QWidget)
               if w.focusPolicy() != w.focusPolicy().NoFocus and w.isVisibleTo(window)
               and not w.accessibleName() and type(w).__name__ in
               {"QLineEdit", "QListView", "RecordBrowser", "QTabWidget", "QTextBrowser", "QComboBox", "QTreeView",
                "QTableView", "QSpinBox", "QDateEdit", "QPushButton", "ChoiceButton", "LineageView"}]
    assert unnamed == []


def test_copy_citation_names_record_sources_and_data_version(window):
    assert window.record_actions.copy_citation() is None  # nothing open yet
    window.open_record("person", "iyad-ag-ghaly")
    text = window.record_actions.copy_citation()
    assert text.startswith('"Iyad Ag Ghaly." Mali War Reference') and "data version test-1" in text
    assert "(person iyad-ag-ghaly)" in text and "1. A test source. Test publisher" in text
    assert QApplication.clipboard().text() == text


def test_about_names_versions_hash_and_credits(store, qtbot):
    from desktop.views.about_dialog import AboutDialog

    dialog = AboutDialog(store.meta(), store.counts())
    qtbot.addWidget(dialog)
    text = dialog.findChild(__import__("PySide6.QtWidgets").QtWidgets.QTextBrowser).toPlainText()
    assert "test-1" in text and store.meta().content_hash in text
    assert "GeoNames" in text and "Natural Earth" in text and "never connects to a network" in text


def test_the_page_on_show_is_saved_as_a_pdf_with_its_citation(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    assert window.open_record("faction", "mnla")
    target = tmp_path / "mnla.pdf"
    assert window.record_actions.save_page_as_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data
    assert not list(tmp_path.glob("*.part"))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not window.record_actions.save_page_as_pdf(tmp_path / "missing-folder" / "x.pdf")
    assert warnings and "could not be written" in warnings[0]


def test_saving_a_pdf_needs_a_page(window):
    window.tabs.setCurrentIndex(4)  # the timeline has no page
    window.record_actions.choose_pdf_file()
    assert "Open a record first" in window.statusBar().currentMessage()
