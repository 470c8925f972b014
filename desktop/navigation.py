"""Back/forward history of visited records, as plain data (no Qt)."""

from __future__ import annotations

Target = tuple[str, str]  # (kind, record id)


class History:
    """A browser-like history: visiting after going back drops the forward entries."""

    def __init__(self) -> None:
        self._entries, self._index = [], -1

    def visit(self, target: Target) -> None:
        if self.current == target:
            return
        del self._entries[self._index + 1:]
        self._entries.append(target)
        self._index = len(self._entries) - 1

    @property
    def current(self) -> Target | None:
        return self._entries[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._entries) - 1

    def back(self) -> Target | None:
        if self.can_go_back():
            self._index -= 1
        return self.current

    def forward(self) -> Target | None:
        if self.can_go_forward():
            self._index += 1
        return self.current
