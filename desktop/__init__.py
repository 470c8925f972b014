"""Mali War Reference: an offline desktop reference on the Mali War (2012 to today)."""

__version__ = "0.1.0"
