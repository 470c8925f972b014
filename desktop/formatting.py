"""How numbers and ranges read on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q


def number(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def value_range(low: float | None, best: float | None, high: float | None) -> str:
    """'5', '5 (2–10)', '2–10', '1,000+', 'up to 500' or ''."""
    if best is not None:
        bounds = f" ({number(low)}–{number(high)})" if low is not None and high is not None and low != high else ""
        return number(best) + bounds
    if low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if low is not None:
        return f"{number(low)}+"
    return Q.translate("Formatting", "up to {0}").format(number(high)) if high is not None else ""
