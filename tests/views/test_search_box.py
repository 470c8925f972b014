from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow


def test_ctrl_k_search_then_enter_opens_the_record(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    box = window.search_box
    box.focus()
    qtbot.keyClicks(box.edit, "AQMI")
    qtbot.waitUntil(lambda: box.results.count() > 0)
    assert box.results.item(0).text() == "Factions"
    assert "Al-Qaeda in the Islamic Maghreb" in box.results.currentItem().text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.current_view() is window.factions_tab
    assert "AQIM" in window.factions_tab.page.toPlainText()


def test_hostile_text_shows_no_results_and_no_error(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    box = window.search_box
    box.edit.setText('"(NEAR AND * -')
    box._timer.stop()
    box.run_search()
    assert box.results.count() == 0 and not box.results.isVisible()
