"""Child process of startup.py: start either the app or a bare PySide6 window, print the time of the first
completed paint of its main window (time.time_ns) and exit at once.

    python benchmarks/paint_probe.py bare
    python benchmarks/paint_probe.py app DATABASE
"""

import os
import sys
import time


def exit_after_first_paint(app) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                # Report once this paint (and anything queued with it) has been handled.
                QTimer.singleShot(0, lambda: (print(time.time_ns(), flush=True), os._exit(0)))
            return False

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
