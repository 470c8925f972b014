"""Timeline plots: series.py turns store rows into numpy arrays (no Qt); the widgets draw them with pyqtgraph."""
