"""The people directory: A-Z, search over names and aliases with accents ignored, and filters."""

import pytest

from desktop.views.people_tab import PeopleTab


@pytest.fixture
def tab(qtbot, store):
    tab = PeopleTab(store)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def names(tab):
    return [tab.proxy.index(r, 0).data() for r in range(tab.row_count())]


def test_a_to_z(tab):
    assert names(tab) == ["Abdelhamid Abou Zeid", "Iyad Ag Ghaly"]


@pytest.mark.parametrize("typed", ["ghali", "GHALI", "ag ghaly", "Ghâli"])
def test_search_over_names_and_aliases(tab, typed):
    tab.search_edit.setText(typed)
    assert names(tab) == ["Iyad Ag Ghaly"]


def test_filters(tab):
    tab.fate_choice.setCurrentIndex(tab.fate_choice.findData("killed"))
    assert names(tab) == ["Abdelhamid Abou Zeid"]
    tab.fate_choice.setCurrentIndex(0)
    tab.faction_choice.setCurrentIndex(tab.faction_choice.findData("aqim"))
    assert names(tab) == ["Iyad Ag Ghaly"]
    tab.role_choice.setCurrentIndex(tab.role_choice.findData("leader"))
    assert names(tab) == ["Iyad Ag Ghaly"]


def test_enter_opens_the_first_match(tab, qtbot):
    tab.search_edit.setText("zeid")
    with qtbot.waitSignal(tab.record_shown):
        tab.search_edit.returnPressed.emit()
    assert "A commander." in tab.page.toPlainText()


def test_the_filter_model_passes_qtmodeltester(qtmodeltester, tab):
    tab.search_edit.setText("ag")
    qtmodeltester.check(tab.proxy)
