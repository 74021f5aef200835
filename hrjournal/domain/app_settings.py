"""How the app protects an open journal: auto-lock, lock on minimise, clipboard clearing,
and how long exports are kept."""

from __future__ import annotations

from dataclasses import dataclass

AUTO_LOCK_RANGE = (1, 120)  # minutes; never "off": an unlocked laptop left behind is the risk
CLIPBOARD_RANGE = (5, 300)  # seconds
EXPORT_EXPIRY_RANGE = (0, 3650)  # days; 0: exports are kept until deleted


@dataclass(frozen=True)
class AppSettings:
    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    clipboard_seconds: int = 30
    export_expiry_days: int = 0

    def problems(self) -> list[str]:
        found = []
        low, high = AUTO_LOCK_RANGE
        if not low <= self.auto_lock_minutes <= high:
            found.append(f"The journal must lock itself after {low} to {high} minutes idle.")
        low, high = CLIPBOARD_RANGE
        if not low <= self.clipboard_seconds <= high:
            found.append(f"Copied text must be cleared after {low} to {high} seconds.")
        low, high = EXPORT_EXPIRY_RANGE
        if not low <= self.export_expiry_days <= high:
            found.append(f"Exports can be deleted after 1 to {high} days, or never (0).")
        return found
