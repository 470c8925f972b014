"""mali-war --self-test: open the bundled database, check its content against the hash recorded when it was
built, build every tab offscreen, and print a one-line verdict."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def run_self_test(database: Path) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed: an installer's check runs headless
    began = time.perf_counter()
    from desktop.store.database import StoreError
    from desktop.store.store import Store

    try:
        store = Store(database)
        if not store.content_is_intact():
            return _verdict(False, f"the content of {database} does not match the hash recorded at build time")
        from PySide6.QtWidgets import QApplication

        from desktop.views.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = MainWindow(store)
        for number in range(window.tabs.count()):
            window.tabs.widget(number).content  # noqa: B018 - builds the tab
        counts = store.counts()
        app.processEvents()
        from desktop.i18n import read_ts, ts_path

        french = len(read_ts(ts_path("fr")))  # the translation file travels with the program
        if not french:
            return _verdict(False, f"the French translation {ts_path('fr')} holds no message")
    except StoreError as error:
        return _verdict(False, str(error))
    except Exception as error:  # the verdict must be one line whatever broke
        return _verdict(False, f"{type(error).__name__}: {error}")
    meta = store.meta()
    return _verdict(True, f"data {meta.data_version}, hash {meta.content_hash[:12]} intact, "
                          f"{counts['factions']} factions, {counts['people']} people, {counts['events']} events, "
                          f"{window.tabs.count()} tabs built, {french} French messages, "
                          f"in {time.perf_counter() - began:.1f} s")


def _verdict(passed: bool, detail: str) -> int:
    print(f"mali-war self-test {'passed' if passed else 'FAILED'}: {detail}")
    return 0 if passed else 1
