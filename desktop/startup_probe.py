"""For the start-up benchmark of an installed (frozen) program: with MALI_WAR_EXIT_AFTER_PAINT=1 the app
prints the time (time.time_ns) of its main window's first completed paint and of the first paint with the
tab's content built, then exits at once. Nothing happens without the variable."""

from __future__ import annotations

import os
import time

ENVIRONMENT_VARIABLE = "MALI_WAR_EXIT_AFTER_PAINT"


def install_if_requested(app, window) -> None:
    if os.environ.get(ENVIRONMENT_VARIABLE) != "1":
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        first: int | None = None

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.window() is window:
                if self.first is None and watched is window:
                    self.first = time.time_ns()
                elif self.first is not None and window._lazy["overview"].is_built:
                    QTimer.singleShot(0, lambda: (print(self.first, time.time_ns(), flush=True), os._exit(0)))
            return False

    app._startup_probe = FirstPaint()
    app.installEventFilter(app._startup_probe)
