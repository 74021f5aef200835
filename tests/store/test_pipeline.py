from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from hrjournal.store.pipeline import read_ahead


def test_items_arrive_in_order_and_all_of_them() -> None:
    assert list(read_ahead(iter(range(1000)), depth=3)) == list(range(1000))


def test_an_error_in_the_producer_is_raised_in_the_consumer() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise OSError("disk gone")

    items = read_ahead(failing())
    assert next(items) == 1
    with pytest.raises(OSError, match="disk gone"):
        next(items)


def test_a_consumer_that_stops_early_stops_the_producer() -> None:
    produced = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    before = threading.active_count()
    for item in read_ahead(endless(), depth=2):
        if item == 5:
            break
    assert threading.active_count() == before
    assert len(produced) <= 5 + 2 + 2  # never more than the buffer ahead


def test_the_producer_runs_in_another_thread() -> None:
    threads = set()

    def recording() -> Iterator[int]:
        for n in range(3):
            threads.add(threading.get_ident())
            yield n

    list(read_ahead(recording()))
    assert threading.get_ident() not in threads
