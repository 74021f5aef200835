"""Overlapping the two halves of moving evidence, on two cores.

Taking a file in is reading and hashing it on one side, encrypting and writing it into the
database on the other; giving it back is decrypting and hashing, then writing the copy. The
C code doing each half releases Python's lock, so running one half in a helper thread a few
chunks ahead of the other makes the whole go at the speed of the slower half, not their sum.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
_POLL_SECONDS = 0.1


def read_ahead(items: Iterator[T], depth: int = 4) -> Iterator[T]:
    """Yield what `items` yields, producing it in a helper thread up to `depth` items ahead.

    An exception in `items` is raised here, in the consumer. If the consumer stops early, the
    helper stops too; at most `depth` items are ever held in memory."""
    buffer: queue.Queue[tuple[bool, object]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(finished: bool, value: object) -> bool:
        while not stop.is_set():
            try:
                buffer.put((finished, value), timeout=_POLL_SECONDS)
            except queue.Full:
                continue
            return True
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(False, item):
                    return
        except BaseException as error:  # handed to the consumer, which raises it
            put(True, error)
            return
        put(True, None)

    helper = threading.Thread(target=produce, name="hrjournal-read-ahead", daemon=True)
    helper.start()
    try:
        while True:
            finished, value = buffer.get()
            if finished:
                if isinstance(value, BaseException):
                    raise value
                return
            yield value  # type: ignore[misc]
    finally:
        stop.set()
        helper.join()
