"""Entry point of the frozen program (PyInstaller runs this file)."""

import sys

from desktop.app import main

sys.exit(main())
