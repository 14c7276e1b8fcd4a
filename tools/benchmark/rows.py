"""Writing many generated rows of one model fast: one parameterised INSERT a batch.

``bulk_create`` builds a model instance per row and compiles its SQL value by value; for a
corpus of a million documents that Python work outweighs the database's. Here the columns a
generator sets are passed as they are (through their field when neither text nor whole
numbers), and every other column gets, once a batch, the value a new instance of the model
would be saved with: its default, ``now`` for the automatic timestamps (so a unique column must
be given: the writer refuses it otherwise). Only for generated test data written by one
process: no signals, no ``save()``, the same as ``bulk_create``.
"""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from django.db import connection
from django.db.models import CharField, IntegerField, Max, TextField


class RowWriter:
    """INSERTs rows of ``model`` given as tuples of the fields named by ``columns``."""

    def __init__(self, model, columns: Sequence[str]):
        meta = model._meta
        self.model = model
        self.given = [meta.get_field(name) for name in columns]
        names = set(columns)
        self.others = [f for f in meta.concrete_fields if not f.primary_key and f.name not in names]
        # A column not given gets one value a batch (_defaults): a unique one would repeat it.
        repeated = [f.name for f in self.others if f.unique]
        if repeated:
            raise ValueError(
                f"RowWriter({model.__name__}): {', '.join(repeated)} must be unique, but a column "
                "not given holds one value for a whole batch: give it among the columns"
            )
        # Text, whole numbers and keys to rows numbered by them go to the database as they are;
        # the rest (dates, above all) through their field.
        self.adapted = [i for i, f in enumerate(self.given) if not _as_it_is(f)]
        quote = connection.ops.quote_name
        fields = [*self.given, *self.others]
        # Table and column names from the model, quoted; every value is a parameter.
        self.sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
            quote(meta.db_table),
            ", ".join(quote(f.column) for f in fields),
            ", ".join(["%s"] * len(fields)),
        )

    def _defaults(self) -> tuple:
        """The other columns' values as a new instance saved now would hold them."""
        instance = self.model()
        return tuple(f.get_db_prep_save(f.pre_save(instance, add=True), connection) for f in self.others)

    def _params(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        defaults = self._defaults()
        for row in rows:
            values = list(row)
            for i in self.adapted:
                values[i] = self.given[i].get_db_prep_save(values[i], connection)
            yield (*values, *defaults)

    def insert(self, rows: list[tuple], returning: bool = True) -> list[int]:
        """Inserts ``rows`` in their order; with ``returning``, their primary keys in the same
        order (the keys above the largest before: call it inside a transaction, as the only
        writer of the table)."""
        manager = self.model._base_manager
        last = (manager.aggregate(last=Max("pk"))["last"] or 0) if returning else 0
        with connection.cursor() as cursor:
            cursor.executemany(self.sql, list(self._params(rows)))
        if not returning:
            return []
        pks = list(manager.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True))
        if len(pks) != len(rows):
            raise RuntimeError(
                f"{self.model.__name__}: {len(rows)} rows inserted but {len(pks)} new keys found "
                "(another process wrote to the table)"
            )
        return pks


def _as_it_is(field) -> bool:
    if field.is_relation:
        field = field.target_field
    return isinstance(field, CharField | TextField | IntegerField)


@contextmanager
def sqlite_for_bulk_writing(megabytes: int):
    """While the block runs, on SQLite: a page cache of ``megabytes`` and, unless a transaction
    is already open (SQLite refuses it then), commits that do not wait for the disk (a crash may
    lose the last batches of generated rows, never corrupt the file: the write-ahead log stays).
    Nothing changes on another database."""
    if connection.vendor != "sqlite":
        yield
        return
    pragmas = {"cache_size": -int(megabytes) * 1024}
    if not connection.in_atomic_block:
        pragmas["synchronous"] = 0
    with connection.cursor() as cursor:
        before = {}
        for name, value in pragmas.items():
            cursor.execute(f"PRAGMA {name}")
            before[name] = int(cursor.fetchone()[0])
            cursor.execute(f"PRAGMA {name} = {int(value)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for name, value in before.items():
                cursor.execute(f"PRAGMA {name} = {value}")


def batches_made_aside(make: Callable[[], Iterable], size: int, ahead: int = 2) -> Iterator[list]:
    """``make()``'s items in lists of ``size``, made by a forked child process while this one
    uses the previous lists, at most ``ahead`` lists waiting. One child makes every item, in
    order, so a seeded generator gives the same items as in this process. The child never
    touches the database: a connection copied by the fork stays unused (it leaves by os._exit,
    without closing it)."""
    context = multiprocessing.get_context("fork")
    made = context.Queue(maxsize=ahead)
    child = context.Process(target=_make_into, args=(make, size, made), daemon=True)
    child.start()
    try:
        while True:
            try:
                item = made.get(timeout=5)
            except queue.Empty:
                if not child.is_alive():
                    raise RuntimeError(f"the process making the rows ended (exit {child.exitcode})") from None
                continue
            if item is None:
                return
            if isinstance(item, str):
                raise RuntimeError(f"the process making the rows failed:\n{item}")
            yield item
    finally:
        if child.is_alive():
            child.terminate()
        child.join()


def _make_into(make: Callable[[], Iterable], size: int, made) -> None:
    """In the child: lists of items, then None; a failure's traceback as a string."""
    try:
        batch = []
        for item in make():
            batch.append(item)
            if len(batch) >= size:
                made.put(batch)
                batch = []
        if batch:
            made.put(batch)
        made.put(None)
    except Exception:  # handed to the parent, which raises it
        made.put(traceback.format_exc())
