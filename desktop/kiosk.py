"""Kiosk mode for public terminals: one full-screen window that a patron cannot close, with no exports and a
notebook kept in memory, replaced by a fresh window (a new session) on request or after some idle minutes,
so that the next patron finds nothing of the last one's searches, notes or text size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin}
DEFAULT_IDLE_MINUTES = 3


class KioskSession(QObject):
    """Owns the window of a public terminal. make_window builds a fresh kiosk MainWindow."""

    def __init__(self, app, make_window: Callable[[], QObject], idle_minutes: float = DEFAULT_IDLE_MINUTES,
                 parent=None):
        super().__init__(parent)
        self._make_window = make_window
        self.window = None
        self.sessions = 0
        self.idle_timer = QTimer(self, singleShot=True, interval=int(idle_minutes * 60_000), timeout=self.reset)
        app.installEventFilter(self)
        self.reset()

    def eventFilter(self, watched, event) -> bool:
        # Any input restarts the countdown; after a reset it waits for the next patron's first input.
        if event.type() in INPUT_EVENTS:
            self.idle_timer.start()
        return False

    def reset(self) -> None:
        """Start a new session: a new window, then the old one closed and deleted."""
        old, self.window = self.window, self._make_window()
        self.window.new_session_requested.connect(self.reset)
        screen = self.window.screen()
        if screen is not None:  # a terminal without a window manager ignores "full screen": size it ourselves
            self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.sessions += 1
        if old is not None:
            old.replaced = True
            old.close()
            old.deleteLater()
        self.idle_timer.stop()
