"""Guard against a PySide6 fault: 6.12.0 on Python 3.11 drops a reference to None on every call of a void C++
method and aborts the interpreter after some thousands of calls. Run it in a child process so an abort fails
this test instead of killing the test session."""

import subprocess
import sys

PROGRAM = """
import sys
from PySide6.QtCore import QRectF
rect = QRectF(0, 0, 1, 1)
before = sys.getrefcount(None)
for _ in range(100_000):
    rect.setWidth(2.0)
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_leak_references_to_none():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip())) < 1000
