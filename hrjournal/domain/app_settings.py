"""How the app protects an open journal: auto-lock, lock on minimise, clipboard clearing."""

from __future__ import annotations

from dataclasses import dataclass

AUTO_LOCK_RANGE = (1, 120)  # minutes; never "off": an unlocked laptop left behind is the risk
CLIPBOARD_RANGE = (5, 300)  # seconds


@dataclass(frozen=True)
class AppSettings:
    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    clipboard_seconds: int = 30

    def problems(self) -> list[str]:
        found = []
        low, high = AUTO_LOCK_RANGE
        if not low <= self.auto_lock_minutes <= high:
            found.append(f"The journal must lock itself after {low} to {high} minutes idle.")
        low, high = CLIPBOARD_RANGE
        if not low <= self.clipboard_seconds <= high:
            found.append(f"Copied text must be cleared after {low} to {high} seconds.")
        return found
