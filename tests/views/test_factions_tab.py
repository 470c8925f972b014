"""The Factions tab groups factions as the infobox does, filters them, and draws a clickable family tree."""

import pytest
from PySide6.QtCore import Qt

from desktop.views.factions_tab import FactionsTab


@pytest.fixture
def tab(qtbot, store):
    tab = FactionsTab(store)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_grouped_by_period_then_side(tab):
    model = tab.model
    periods = [model.item(r).text() for r in range(model.rowCount())]
    assert periods == ["2012–2013", "2013–2022/23"]
    first = model.item(0)
    assert [first.child(r).text() for r in range(first.rowCount())] == [
        "Mali and its allies", "Azawad movements", "Jihadist groups"]
    second = model.item(1)
    assert "France — supporter" in second.child(0).child(0).text()
    assert tab.visible_faction_ids().count("aqim") == 2  # in both periods


def test_filters_by_kind_and_by_any_name(tab):
    tab.kind_choice.setCurrentIndex(tab.kind_choice.findData("jihadist group"))
    assert set(tab.visible_faction_ids()) == {"aqim"}
    tab.kind_choice.setCurrentIndex(0)
    tab.filter_edit.setText("aqmi")  # the French acronym
    assert set(tab.visible_faction_ids()) == {"aqim"}
    tab.filter_edit.setText("liberation")  # "libération" in the French name, typed without accent
    assert set(tab.visible_faction_ids()) == {"mnla"}


def test_selecting_shows_page_and_family_tree(tab, qtbot):
    with qtbot.waitSignal(tab.record_shown):
        tab.show_record("mnla")
    assert "Tuareg separatist" in tab.page.toPlainText()
    labels = [box.target.id for box in tab.lineage.boxes]
    assert labels == ["mnla"]  # the fixture has no lineage relation for the MNLA


@pytest.fixture
def lineage_tab(qtbot, tmp_path):
    """The tab over the fixture plus one lineage relation: the MNLA split from AQIM."""
    from desktop.store.build import write_database
    from desktop.store.content import load_content
    from desktop.store.store import Store
    from tests.fixture_data import fixture_content, write_data

    content = fixture_content()
    content["relations/main.yaml"].append(
        {"from": "mnla", "to": "aqim", "type": "split from", "start": "2011", "sources": ["test-source"]})
    path = tmp_path / "db.sqlite"
    write_database(load_content(write_data(tmp_path / "data", content)), path)
    tab = FactionsTab(Store(path))
    qtbot.addWidget(tab)
    tab.show_record("mnla")
    return tab


def test_family_tree_boxes_are_links(qtbot, lineage_tab):
    tab = lineage_tab
    parent = next(box for box in tab.lineage.boxes if box.target.id == "aqim")
    assert parent.x() < next(box for box in tab.lineage.boxes if box.target.id == "mnla").x()
    with qtbot.waitSignal(tab.record_activated) as signal:
        point = tab.lineage.mapFromScene(parent.sceneBoundingRect().center())
        qtbot.mouseClick(tab.lineage.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == ["faction", "aqim"]


def test_the_filter_models_pass_qtmodeltester(qtmodeltester, tab):
    tab.filter_edit.setText("a")
    qtmodeltester.check(tab.proxy)


def test_family_tree_works_with_the_keyboard(qtbot, lineage_tab):
    tab = lineage_tab
    qtbot.keyClick(tab.lineage, Qt.Key.Key_Right)
    with qtbot.waitSignal(tab.record_activated) as signal:
        qtbot.keyClick(tab.lineage, Qt.Key.Key_Return)
    assert signal.args == ["faction", "aqim"]
