"""Destroying a file we wrote in clear: overwrite, flush, rename, unlink.

Overwriting in place is what a plain filesystem on a spinning disk honours; SSDs and
copy-on-write filesystems may keep the old blocks, which is why the journal itself relies on
destroying its key instead (SECURITY.md). For exports, which are plaintext by nature, the
overwrite is the best a program can do; the random rename hides the file name from the
directory's leftovers. Links are never followed: a path replaced by a link is unlinked, and
what it points to is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

CHUNK = 1024 * 1024
# A file is renamed to this and a random suffix before it is unlinked; a wipe cut short between
# the two leaves such a name (already overwritten), which the next one looks for.
RENAMED_PREFIX = ".hrjournal-shred-"


def _sync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on every platform
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _overwrite(path: Path) -> None:
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except PermissionError:
        # A read-only export (chmod 400) is still ours to destroy: make it writable first.
        os.chmod(path, stat.S_IMODE(os.lstat(path).st_mode) | stat.S_IWUSR)
        descriptor = os.open(path, flags)
    try:
        size = os.fstat(descriptor).st_size
        written = 0
        while written < size:
            written += os.write(descriptor, os.urandom(min(CHUNK, size - written)))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def destroy_file(path: Path, *, folder_depth: int = 0) -> bool:
    """Overwrite `path` with random bytes, then remove it; False if it was not there. A folder
    is refused unless `folder_depth` allows it (a JSON export's attachments are two levels
    deep), and then destroyed file by file, going on past a file that resists. Raises OSError
    (the first problem met) if anything could not be destroyed."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISDIR(mode):
        if folder_depth <= 0:
            raise IsADirectoryError(errno.EISDIR, "a folder where a file was expected")
        problems: list[OSError] = []
        for child in sorted(path.iterdir()):
            try:
                destroy_file(child, folder_depth=folder_depth - 1)
            except OSError as error:
                problems.append(error)
        if problems:
            raise problems[0]
        path.rmdir()
        _sync_directory(path.parent)
        return True
    if stat.S_ISREG(mode):
        _overwrite(path)
        hidden = path.with_name(RENAMED_PREFIX + secrets.token_hex(8))
        os.rename(path, hidden)
        path = hidden
    path.unlink()
    _sync_directory(path.parent)
    return True
