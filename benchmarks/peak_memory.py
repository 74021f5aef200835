"""The peak resident memory of this process, for the benchmarks that report it."""

from __future__ import annotations

import resource
from pathlib import Path


def peak_mb() -> float:
    """Read from /proc where there is one: getrusage's maximum survives exec, so a child
    started by a big parent (the benchmarks' sides are) would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
