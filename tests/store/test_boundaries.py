"""The store, the series computations and the plain-data modules import no Qt: they run without a display."""

import subprocess
import sys

PROGRAM = """
import sys
import desktop.store.build, desktop.store.store, desktop.store.lineage, desktop.plots.series
import desktop.text, desktop.navigation, desktop.settings, desktop.citation
print(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6", "pyqtgraph"))))
"""


def test_store_and_series_import_no_qt():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
