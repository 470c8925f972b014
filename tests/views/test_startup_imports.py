"""Start-up stays light: opening the window imports none of the modules that only some actions need (the
start-up budget is 1.3 times a bare PySide6 window; see benchmarks/startup.py)."""

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.i18n import install
from desktop.store.store import Store
from desktop.views.main_window import MainWindow
install(app, "en")
window = MainWindow(Store(sys.argv[1]))
window.show()
app.processEvents()
late = ("pyqtgraph", "desktop.notebook", "desktop.event_import", "desktop.store.imports", "desktop.exports",
        "desktop.views.event_imports", "desktop.views.pdf_export", "xml.etree.ElementTree", "csv")
print(sorted(name for name in late if name in sys.modules))
"""


def test_the_window_opens_without_the_modules_of_later_actions(fixture_db, tmp_path):
    environment = {"QT_QPA_PLATFORM": "offscreen", "MALI_WAR_USER_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(fixture_db)], capture_output=True, text=True,
                            timeout=120, env=environment, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
