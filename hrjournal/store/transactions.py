"""All-or-nothing writes.

The connection is in autocommit mode; every write goes through `transaction`, which begins one
(or, inside another, a savepoint) and undoes everything if anything in it fails. An import of
ten thousand records and a single save are the same kind of unit.

When the disk fills or fails, SQLite has often rolled the whole transaction back itself; the
undo is then skipped, and the error reaches the user as one sentence (disk full, damaged
journal) rather than as the undo's own complaint.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

from hrjournal.vault.database import (
    Connection,
    DatabaseError,
    IntegrityError,
    database_path,
    translate_error,
)

_savepoints = itertools.count()


def _in_transaction(connection: Connection) -> bool:
    return bool(connection.in_transaction)


@contextmanager
def transaction(connection: Connection) -> Iterator[None]:
    if connection.in_transaction:
        name = f"sp{next(_savepoints)}"
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if _in_transaction(connection):
                connection.execute(f"ROLLBACK TO {name}")
                connection.execute(f"RELEASE {name}")
            raise
        connection.execute(f"RELEASE {name}")
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
        connection.execute("COMMIT")
    except BaseException as error:
        if _in_transaction(connection):  # SQLite may have rolled back already
            connection.execute("ROLLBACK")
        # A constraint failing is a fault in the program, reported as such; the rest is the
        # disk or the file.
        if isinstance(error, DatabaseError) and not isinstance(error, IntegrityError):
            raise translate_error(error, database_path(connection)) from None
        raise
