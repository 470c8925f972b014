"""Kiosk mode: nothing to carry off or break, nothing saved, and a fresh session between patrons."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.kiosk import KioskSession
from desktop.views.main_window import MainWindow


@pytest.fixture
def kiosk_window(qtbot, store):
    window = MainWindow(store, kiosk=True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.replaced = True


def _menu_texts(window) -> set[str]:
    texts = set()
    for menu_action in window.menuBar().actions():
        texts |= {a.text().replace("&", "") for a in menu_action.menu().actions()}
    return texts


def test_a_kiosk_window_offers_no_exports_no_quit_and_no_language_switch(kiosk_window):
    texts = _menu_texts(kiosk_window)
    assert "Quit" not in texts and "Full screen" not in texts and "Language" not in texts
    assert not any(text.startswith(("Import", "Remove imported")) for text in texts)
    assert "New session (clears notes and searches)" in texts
    assert not any(b.isVisible() for b in kiosk_window.events_tab.export_buttons.values())
    timeline_buttons = [b for b in kiosk_window.timeline_tab.findChildren(type(kiosk_window.events_tab.export_buttons[
        "csv"])) if b.text().startswith("Export")]
    assert timeline_buttons and not any(b.isVisible() for b in timeline_buttons)
    notebook = kiosk_window.notebook_tab
    assert not notebook.export_button.isVisible() and not notebook.import_button.isVisible()


def test_a_kiosk_window_saves_nothing_and_cannot_be_closed(kiosk_window, user_dir):
    kiosk_window.open_record("faction", "mnla")
    kiosk_window.record_actions.toggle_bookmark()
    kiosk_window.change_text_size(+2)
    assert kiosk_window.notebook.get("faction", "mnla").bookmarked
    assert not user_dir.exists() or list(user_dir.iterdir()) == []
    kiosk_window.close()
    assert kiosk_window.isVisible()


def test_a_new_session_on_request_or_after_idle_minutes(qtbot, store):
    app = QApplication.instance()
    session = KioskSession(app, lambda: MainWindow(store, kiosk=True), idle_minutes=0.002)
    try:
        first = session.window
        first.open_record("faction", "mnla")
        first.record_actions.toggle_bookmark()
        with qtbot.waitSignal(first.destroyed, timeout=3000):
            first.new_session_requested.emit()
        second = session.window
        assert session.sessions == 2 and second.notebook.entries() == [] and second.history.current is None
        assert second.isFullScreen()
        assert not session.idle_timer.isActive()  # nobody there: no reset loop
        QApplication.sendEvent(second, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
        assert session.idle_timer.isActive()
        qtbot.waitUntil(lambda: session.sessions == 3, timeout=3000)  # 0.12 s of idleness later
    finally:
        app.removeEventFilter(session)
        session.window.replaced = True
        session.window.close()
        session.window.deleteLater()


def test_idle_minutes_must_be_positive(capsys):
    from desktop.app import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--kiosk", "--idle-minutes", "0"])
    assert "--idle-minutes must be more than 0" in capsys.readouterr().err
    assert parse_args(["--kiosk", "--language", "fr"]).language == "fr"
