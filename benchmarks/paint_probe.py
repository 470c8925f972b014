"""The bare window of the start-up benchmark: a QMainWindow with a QTabWidget of labels, nothing else imported.
It prints the time (time.time_ns) of its first completed paint twice (first paint and content painted are the
same here) and exits at once, like the app does with MALI_WAR_EXIT_AFTER_PAINT=1 (desktop/startup_probe.py)."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            QTimer.singleShot(0, self._report)
        return False

    @staticmethod
    def _report():
        now = time.time_ns()
        print(now, now, flush=True)
        os._exit(0)


app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
window = QMainWindow()
tabs = QTabWidget()
for name in ("Overview", "Factions", "People", "Events", "Timeline"):
    tabs.addTab(QLabel(name), name)
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.show()
app.exec()
