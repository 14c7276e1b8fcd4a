"""A haystack backend for tantivy (Rust search engine): our analyzer, whole-value facets, one writer.

Haystack's own commands (rebuild_index, update_index, clear_index) work through update / remove /
clear / search; the search service asks the backend-neutral methods, which the backend answers
through its reader (searcher.TantivySearcher) exactly as the Whoosh backend answers them. The
index lives in the connection's PATH.

Writing: tantivy allows one IndexWriter per index directory (a lock file keeps other processes
out); inside a process a lock serializes writers. Each write commits, waits for its merges and
lets the writer go, so another process (an ingest job next to the web server) can write next.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import threading
from functools import cached_property
from pathlib import Path

import tantivy
from haystack.backends import BaseEngine, BaseSearchBackend, log_query
from haystack.constants import DJANGO_CT
from haystack.exceptions import SearchBackendError, SkipDocument
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from tantivy import Occur, Query

from documents.search.backends.listing import ListingQuery, require_listing
from documents.search.backends.writer_lock import open_writer_patiently, write_lock
from documents.search.contract import ReadsThroughReader
from documents.search.index_fields import connection_fields

from .schema import (
    ID,
    Layout,
    build_schema,
    entry_fields,
    layout_change,
    layout_of,
    legacy_version,
    register_analyzers,
)
from .searcher import TantivySearcher

logger = logging.getLogger(__name__)

VERSION_FILE = "portal-schema-version"
# Written when an index of another layout was started empty: check_index says so until the
# next rebuild (clear) removes it.
RESET_FILE = "portal-layout-reset"

# One opened Index per directory and process (its reader and searchers are reused). Keyed by
# process id too: a forked child (`update_index --workers N`) opens its own, never the parent's.
_INDEXES: dict[tuple[int, str], tantivy.Index] = {}
_REGISTRY_LOCK = threading.Lock()


def _forget(path: str) -> None:
    with _REGISTRY_LOCK:
        _INDEXES.pop((os.getpid(), path), None)


# Commits of at least this many documents get a second indexing thread (writer_threads_for).
BULK_COMMIT = 500


class TantivySearchBackend(ReadsThroughReader, BaseSearchBackend):
    # tantivy releases the GIL while it searches: two reads of one page may overlap
    # (documents.search.contract.reads_concurrently).
    reads_concurrently = True

    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        path = connection_options.get("PATH")
        if not path:
            raise SearchBackendError(f"The '{connection_alias}' search connection needs a PATH for tantivy.")
        self.path = os.path.abspath(path)
        self.heap_bytes = int(connection_options.get("WRITER_HEAP_MB", 128)) * 1_000_000
        # Indexing threads; by default chosen per commit (writer_threads_for).
        self.writer_threads = connection_options.get("WRITER_THREADS")

    @cached_property
    def layout(self) -> Layout:
        """Read from the field classes of the connection's indexes (DocumentIndex)."""
        return layout_of(connection_fields(self.connection_alias))

    @cached_property
    def schema(self) -> tantivy.Schema:
        return build_schema(self.layout)

    @cached_property
    def reader(self) -> TantivySearcher:
        return TantivySearcher(self.searcher, self.schema, self.layout)

    # --- the index ------------------------------------------------------------------------------
    def _open(self) -> tantivy.Index:
        directory = Path(self.path)
        directory.mkdir(parents=True, exist_ok=True)
        # Every server process opens the index at start-up: the check-and-rebuild below runs
        # under an exclusive file lock, and the version file is replaced atomically, so one
        # process can never see another's half-written version file and wipe a good index.
        with open(directory.parent / f".{directory.name}.open-lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            version_file = directory / VERSION_FILE
            version = self.layout.version
            if tantivy.Index.exists(self.path):
                written = version_file.read_text().strip() if version_file.exists() else version
                if written == legacy_version(self.layout):
                    written = version  # this layout, as generation 6 named it: kept, file rewritten
                if written != version or not tantivy.Index.is_compatible(self.path):
                    self._start_again(directory, written, version)
            index = tantivy.Index(self.schema, self.path, reuse=True)
            register_analyzers(index)
            if not version_file.exists() or version_file.read_text().strip() != version:
                partial = version_file.with_name(VERSION_FILE + ".partial")
                partial.write_text(version)
                partial.replace(version_file)
        return index

    def _start_again(self, directory: Path, written: str, version: str) -> None:
        """The index is derived data: one of another layout is started empty, never misread,
        and the reason kept for check_index (layout_reset) until the index is rebuilt."""
        change = layout_change(written, version) if written != version else "tantivy cannot read it"
        reason = (
            f"The search index at {self.path} was started empty: its layout is not this version's "
            f"({change}). Run `manage.py rebuild_index`."
        )
        logger.error(reason)
        shutil.rmtree(directory)
        directory.mkdir(parents=True)
        (directory / RESET_FILE).write_text(reason)

    def layout_reset(self) -> str:
        """Why the index was started empty, if its layout changed since the last rebuild."""
        reset = Path(self.path, RESET_FILE)
        return reset.read_text() if reset.exists() else ""

    @property
    def index(self) -> tantivy.Index:
        key = (os.getpid(), self.path)
        with _REGISTRY_LOCK:
            found = _INDEXES.get(key)
        if found is not None and Path(self.path, VERSION_FILE).exists():
            return found
        with write_lock(self.path):
            with _REGISTRY_LOCK:
                found = _INDEXES.get(key)
            if found is None or not Path(self.path, VERSION_FILE).exists():
                found = self._open()
                with _REGISTRY_LOCK:
                    _INDEXES[key] = found
        return found

    def searcher(self) -> tantivy.Searcher:
        """The current searcher; the reader follows commits (ours at once, other processes' when
        tantivy's reader next reloads)."""
        return self.index.searcher()

    # --- writing --------------------------------------------------------------------------------
    def writer_threads_for(self, documents: int) -> int:
        """Each indexing thread writes its own segment per commit. For the commits of an ingest
        (up to 100 documents) the extra segments cost more CPU to flush and merge than a second
        thread saves, and the segmenting workers keep the cores busy anyway. The 1,000-document
        commits of a rebuild are large enough for the second thread to pay for its segments
        (``manage.py benchmark`` measures index builds)."""
        if self.writer_threads is not None:
            return int(self.writer_threads)
        return min(2, os.cpu_count() or 1) if documents >= BULK_COMMIT else 1

    def _writer(self, index: tantivy.Index, documents: int) -> tantivy.IndexWriter:
        threads = self.writer_threads_for(documents)
        return open_writer_patiently(
            self.path,
            lambda: index.writer(heap_size=self.heap_bytes, num_threads=threads),
            lambda error: isinstance(error, ValueError) and "Lock" in str(error),
        )

    def _write(self, work, documents: int = 1) -> None:
        index = self.index
        with write_lock(self.path):
            writer = self._writer(index, documents)
            try:
                changed = work(writer)
                if changed:
                    writer.commit()
                else:
                    writer.rollback()
            except BaseException:
                writer.rollback()
                writer.wait_merging_threads()
                raise
            writer.wait_merging_threads()  # also releases the writer and its lock
            if changed:
                index.reload()

    def prepare_entries(self, index, objects) -> list[tuple[str, dict]]:
        """(identifier, fields) of each object's entry: plain values, made from the rows alone,
        so other processes can make them (documents.search.bulk) for this one to write."""
        entries = []
        for obj in objects:
            try:
                prepared = index.full_prepare(obj)
            except SkipDocument:
                continue
            entries.append((prepared[ID], entry_fields(self.layout, prepared)))
        return entries

    def write_entries(self, entries: list[tuple[str, dict]]) -> None:
        """Writes prepared entries in one commit, each replacing any entry of its identifier."""
        if not entries:
            return
        documents = [
            (identifier, tantivy.Document.from_dict(fields, self.schema)) for identifier, fields in entries
        ]

        def work(writer) -> bool:
            for identifier, document in documents:
                writer.delete_documents_by_term("id", identifier)
                writer.add_document(document)
            return True

        self._write(work, documents=len(documents))

    def update(self, index, iterable, commit=True):
        # Entries are prepared before the writer is taken (most of the time of indexing goes
        # there): processes of `update_index --workers N` prepare side by side and queue only
        # to write.
        self.write_entries(self.prepare_entries(index, iterable))

    def remove(self, obj_or_string, commit=True):
        identifier = get_identifier(obj_or_string)

        def work(writer) -> bool:
            writer.delete_documents_by_term("id", identifier)
            return True

        self._write(work)

    def clear(self, models=None, commit=True):
        if models is None:
            self.delete_index()
            return
        cts = [get_model_ct(model) for model in models]

        def work(writer) -> bool:
            for ct in cts:
                writer.delete_documents_by_term(DJANGO_CT, ct)
            return True

        self._write(work)

    def delete_index(self):
        def work(writer) -> bool:
            writer.delete_all_documents()
            return True

        self._write(work)
        Path(self.path, RESET_FILE).unlink(missing_ok=True)

    # --- haystack's own SearchQuerySet: a listing, for its commands (see backends/listing.py) ---
    @log_query
    def search(self, query_string, **kwargs):
        require_listing(query_string)
        searcher = self.searcher()
        query = Query.all_query()
        models = kwargs.get("models") or ()
        if models:
            kinds = [Query.term_query(self.schema, DJANGO_CT, get_model_ct(m)) for m in models]
            query = Query.boolean_query([(Occur.Should, kind) for kind in kinds])
        start = int(kwargs.get("start_offset") or 0)
        end = kwargs.get("end_offset")
        limit = (int(end) - start) if end is not None else max(1, searcher.num_docs)
        result = searcher.search(query, limit=max(1, limit), offset=start, count=True)
        result_class = kwargs.get("result_class") or SearchResult
        results = []
        for score, address in result.hits:
            app_label, model_name, pk = searcher.doc(address).get_first("id").split(".")
            results.append(result_class(app_label, model_name, pk, score))
        return {"results": results, "hits": result.count, "facets": {}, "spelling_suggestion": None}

    def more_like_this(self, model_instance, additional_query_string=None, result_class=None, **kwargs):
        from documents.search.key_terms import key_terms

        segmented = getattr(model_instance, "segmented", "") or ""
        terms = key_terms(segmented, lambda ts: self.document_frequencies("compounds", ts))
        ids = self.more_like(model_instance.pk, terms, int(kwargs.get("end_offset") or 5))
        result_class = result_class or SearchResult
        meta = model_instance._meta
        results = [result_class(meta.app_label, meta.model_name, str(pk), 1.0) for pk in ids]
        return {"results": results, "hits": len(results)}

    def build_schema(self, fields):
        return "text", self.schema


class TantivyEngine(BaseEngine):
    backend = TantivySearchBackend
    query = ListingQuery
