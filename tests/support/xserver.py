"""A virtual X server (Xvfb) for tests that need a real display, not Qt's offscreen one."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

XVFB = shutil.which("Xvfb")


@contextmanager
def virtual_display() -> Iterator[str]:
    """A fresh Xvfb on a free display number, listening on its Unix socket only; its name
    (":99") while it runs."""
    if XVFB is None:
        raise RuntimeError("Xvfb is not installed (Debian: xvfb xauth)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    try:
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
