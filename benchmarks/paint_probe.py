"""Child process of startup.py: start either the app or a bare PySide6 window, print the time (time.time_ns)
of the first completed paint of its main window and of the first paint with the tab's content built (the app
builds its tabs right after the first paint; the bare window has its labels from the start), then exit at once.

    python benchmarks/paint_probe.py bare
    python benchmarks/paint_probe.py app DATABASE
"""

import os
import sys
import time


def exit_after_first_paint(app) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    def content_built(window) -> bool:
        lazy = getattr(window, "_lazy", None)
        return lazy is None or lazy["overview"].is_built

    class FirstPaint(QObject):
        first: int | None = None

        def eventFilter(self, watched, event):
            if event.type() != QEvent.Type.Paint or not watched.isWidgetType():
                return False
            window = watched.window()
            if not isinstance(window, QMainWindow):
                return False
            if self.first is None and watched is window:
                QTimer.singleShot(0, self._first_done)
            if content_built(window) and self.first is not None:
                # Report once this paint (and anything queued with it) has been handled.
                QTimer.singleShot(0, lambda: (print(self.first, time.time_ns(), flush=True), os._exit(0)))
            return False

        def _first_done(self):
            self.first = self.first or time.time_ns()
            window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
            if content_built(window):
                print(self.first, self.first, flush=True)
                os._exit(0)

    app._first_paint = FirstPaint()
    app.installEventFilter(app._first_paint)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    app = QApplication(sys.argv[:1])
    exit_after_first_paint(app)
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Overview", "Factions", "People", "Events", "Timeline"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    window.show()
    app.exec()


def application(database: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop import app as desktop_app

    app = QApplication(sys.argv[:1])  # main() reuses this instance
    exit_after_first_paint(app)
    sys.exit(desktop_app.main(["--database", database]))


if __name__ == "__main__":
    bare() if sys.argv[1] == "bare" else application(sys.argv[2])
