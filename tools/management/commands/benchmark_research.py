"""manage.py benchmark_research [--docs N | --existing] [--rounds R]

Run it with a scratch PORTAL_DATA_DIR: it holds the database's write lock while it runs.

Creates N synthetic documents (benchmark_export's corpus, in a temporary index, in a transaction
rolled back at the end) with citations, then prints one JSON line: the median server time of each
research view through Django's test client, in ms of wall clock and of this process's CPU time,
and of the two ways to count /compare/'s table (one two-level facet of the search in the engine,
which the view uses, and one faceted search per province).

With --existing it measures the documents already in the database and the index instead (a
corpus `manage.py benchmark --keep` left, pointed at by DATABASE_URL and PORTAL_DATA_DIR):
building 100,000 documents takes far longer than measuring them. The citations are added to
them all the same, in the transaction rolled back at the end.
"""

from __future__ import annotations

import json
import time
from contextlib import nullcontext

from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished
from django.db import close_old_connections, transaction

from documents.models import Document
from tools.benchmark.research import (
    add_citations,
    engine_way_ms,
    facet_alternative_ms,
    indexed_documents,
    matches,
    measure_views,
)

from .benchmark_export import _temporary_index, create_documents


class Command(BaseCommand):
    help = "Median server time of /compare/, /trends/ and /directives/ on N synthetic documents."

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=10_000, help="documents to create (default 10000)")
        parser.add_argument("--rounds", type=int, default=7, help="timed requests per view (median)")
        parser.add_argument("--text-chars", type=int, default=1500, help="characters of text per document")
        parser.add_argument(
            "--existing",
            action="store_true",
            help="measure the documents already in the database and its index instead of creating --docs",
        )

    def handle(self, *args, docs: int, rounds: int, text_chars: int, existing: bool, **options):
        if docs < 1 or rounds < 1:
            raise CommandError("--docs and --rounds must be positive")
        # A finished request closes the database connection, and with it the transaction that
        # holds the synthetic documents.
        request_finished.disconnect(close_old_connections)
        try:
            with nullcontext() if existing else _temporary_index(), transaction.atomic():
                started = time.perf_counter()
                if existing:
                    docs = Document.objects.count()
                    if not docs:
                        raise CommandError("--existing: the database holds no document")
                    indexed = indexed_documents()
                    if indexed != docs:
                        # An index of another layout starts empty: timing it would time nothing.
                        raise CommandError(
                            f"--existing: the search index holds {indexed} of the database's {docs} "
                            "documents; run manage.py rebuild_index --noinput first"
                        )
                else:
                    create_documents(docs, text_chars)
                citations = add_citations()
                self.stderr.write(
                    f"{'found' if existing else 'created and indexed'} {docs} documents, "
                    f"added {citations} citations, in {time.perf_counter() - started:.1f} s"
                )
                line = {"docs": docs, "rounds": rounds, "matches": matches(), **measure_views(rounds)}
                line["count_pairs_in_engine_ms"] = engine_way_ms(rounds)
                line["count_facets_per_province_ms"] = facet_alternative_ms(rounds)
                self.stdout.write(json.dumps(line, ensure_ascii=False))
                transaction.set_rollback(True)
        finally:
            request_finished.connect(close_old_connections)
