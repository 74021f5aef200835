"""All-or-nothing writes.

The connection is in autocommit mode; every write goes through `transaction`, which begins one
(or, inside another, a savepoint) and undoes everything if anything in it fails. An import of
ten thousand records and a single save are the same kind of unit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

from hrjournal.vault.database import Connection

_savepoints = itertools.count()


@contextmanager
def transaction(connection: Connection) -> Iterator[None]:
    if connection.in_transaction:
        name = f"sp{next(_savepoints)}"
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            connection.execute(f"ROLLBACK TO {name}")
            connection.execute(f"RELEASE {name}")
            raise
        connection.execute(f"RELEASE {name}")
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
