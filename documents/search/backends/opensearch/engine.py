"""OpenSearch as a haystack backend, on the maintained client (opensearch-py).

Haystack's own commands (rebuild_index, update_index, clear_index) and its signal processor write
through ``update`` / ``remove`` / ``clear`` here; its SearchQuerySet only lists the index
(backends/listing.py); the search service reads through the contract's methods
(searcher.OpenSearchSearcher). Writes are refreshed when ``commit`` (haystack's default), so a
search right after a write sees it, as on the embedded backends.

Failing loudly: the index is created with our settings and strict mapping (index_settings), an
existing one is checked against them, a document the cluster refuses stops the batch with its
reason, and an unreachable cluster is SearchUnavailable (failures.py). Haystack's SILENTLY_FAIL
is ignored: an index that silently went missing would be auto-created with default mappings.
"""

from __future__ import annotations

import itertools
import logging
from functools import cached_property

from django.core.exceptions import ImproperlyConfigured
from haystack.backends import BaseEngine, BaseSearchBackend, log_query
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SearchBackendError
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from opensearchpy import OpenSearch, helpers

from documents.search.analysis import compound_terms, suggest_grams
from documents.search.backends.listing import ListingQuery, require_listing
from documents.search.contract import ReadsThroughReader
from documents.search.errors import SearchUnavailable
from documents.search.index_fields import (
    CompoundField,
    SuggestField,
    SyllableField,
    connection_fields,
    fields_with_roles,
)
from documents.vietnamese.normalize import canonical_tones, fold

from . import index_settings, lexicon
from .failures import NO_SHARD_COPY, answering, without_credentials
from .searcher import OpenSearchSearcher
from .vocabulary import MAX_RESULT_WINDOW, PK_FIELD

logger = logging.getLogger("documents.search.opensearch")

# A bulk request's size: a node refuses (429) a request above a tenth of its heap (its
# indexing-pressure limit); the client's default, 100 MB, is above that for heaps under 1 GB,
# and a thousand long documents reach it.
BULK_MAX_BYTES = 8 * 1024 * 1024


class IndexSettingsRejected(SearchBackendError):
    pass


def _unavailable(item: dict) -> bool:
    """A bulk item the cluster could not write for want of a shard copy (HTTP 5xx or 429)."""
    answer = next(iter(item.values()), {}) if isinstance(item, dict) else {}
    status = answer.get("status", 0) if isinstance(answer, dict) else 0
    return isinstance(status, int) and (status >= 500 or status == 429)


class OpenSearchBackend(ReadsThroughReader, BaseSearchBackend):
    """Options: URL (one node, or several separated by commas), INDEX_NAME, optional SHARDS,
    REPLICAS, TIMEOUT (seconds) and RETRIES."""

    def __init__(self, connection_alias, **options):
        super().__init__(connection_alias, **options)
        urls = [u.strip() for u in str(options.get("URL") or "").split(",") if u.strip()]
        if not urls or not options.get("INDEX_NAME"):
            raise ImproperlyConfigured(
                f"The search connection {connection_alias!r} needs URL (OPENSEARCH_URL) and INDEX_NAME "
                "(OPENSEARCH_INDEX) for OpenSearch."
            )
        self.index_name = options["INDEX_NAME"]
        self.where = f"{', '.join(without_credentials(u) for u in urls)} (index {self.index_name})"
        self.shards = options.get("SHARDS")
        self.replicas = options.get("REPLICAS")
        self.silently_fail = False
        # Several nodes: a request that finds one down is retried on the next.
        self.conn = OpenSearch(
            hosts=urls,
            timeout=self.timeout,
            max_retries=int(options.get("RETRIES", 3)),
            retry_on_timeout=True,
            retry_on_status=(502, 503, 504),
        )
        self.setup_complete = False
        self._expected = None

    @cached_property
    def reader(self) -> OpenSearchSearcher:
        return OpenSearchSearcher(self.send_search)

    def send_search(self, body: dict, **params) -> dict:
        # The index may not exist yet: setup creates it with our mapping (or checks the one there).
        if not self.setup_complete:
            self.setup()
        # A shard with no copy answering fails the search (a 503 saying so) rather than
        # leaving its documents out of the hits and the counts unnoticed.
        with answering(self.where, query_param="q"):
            return self.conn.search(
                index=self.index_name, body=body, allow_partial_search_results=False, **params
            )

    # --- the index and its settings ---------------------------------------------------------
    def expected_body(self) -> dict:
        if self._expected is None:
            fields = connection_fields(self.connection_alias)
            self._expected = index_settings.index_body(fields, self.shards, self.replicas)
        return self._expected

    def setup(self):
        """Create the index with our settings, or check that the existing one has them."""
        expected = self.expected_body()
        with answering(self.where):
            if not self.conn.indices.exists(index=self.index_name):
                self._create(expected)
            self._check(expected)
        self.setup_complete = True

    def _create(self, expected: dict) -> None:
        try:
            self.conn.indices.create(index=self.index_name, body=expected)
        except SearchBackendError:
            raise
        except Exception as error:
            if getattr(error, "error", "") == "resource_already_exists_exception":
                return  # another process created it meanwhile: _check reads what it made
            status = getattr(error, "status_code", None)
            if isinstance(status, int) and 400 <= status < 500:
                raise IndexSettingsRejected(
                    f"OpenSearch at {self.where} refused the portal's index settings "
                    f"(HTTP {status}: {getattr(error, 'info', error)}); the index was not created."
                ) from error
            raise
        logger.info("Created the OpenSearch index %s", self.where)

    def _check(self, expected: dict) -> None:
        settings = self.conn.indices.get_settings(index=self.index_name)
        mappings = self.conn.indices.get_mapping(index=self.index_name)
        # An alias may name the index: the answer is keyed by the index behind it.
        ((_, found_settings),) = settings.items()
        ((_, found_mappings),) = mappings.items()
        missing = index_settings.differences(
            expected, found_settings["settings"].get("index", {}), found_mappings.get("mappings", {})
        )
        if missing:
            raise IndexSettingsRejected(
                f"The OpenSearch index {self.where} lacks the portal's analysis or mapping "
                f"({', '.join(missing)}): it was made by something else or by an older portal. "
                "Rebuild it (manage.py rebuild_index) or set OPENSEARCH_INDEX to a new name."
            )

    def _ready(self) -> None:
        # Checked on every write: an index deleted by another process (rebuild_index elsewhere)
        # must be created again with our mapping, not auto-created by the cluster with its own.
        with answering(self.where):
            present = self.setup_complete and self.conn.indices.exists(index=self.index_name)
        if not present:
            self.setup()

    # --- writing ----------------------------------------------------------------------------
    @cached_property
    def _fields(self) -> list[tuple[str, object]]:
        return fields_with_roles(connection_fields(self.connection_alias), "the OpenSearch mapping")

    def prepare_entry(self, index, obj) -> dict:
        """The index entry: text in canonical form, ready compound words and suggestion terms,
        each field made as its role (its class, documents.search.index_fields) says."""
        prepared = dict(index.full_prepare(obj))
        for name, field in self._fields:
            if isinstance(field, SyllableField):
                text = canonical_tones(prepared.get(name) or "")
                prepared[name] = fold(text) if field.folded else text
            elif isinstance(field, CompoundField):
                prepared[name] = compound_terms(prepared.get(name) or "", folded=field.folded)
            elif isinstance(field, SuggestField):
                # The lexicon goes to its own fields (lexicon.py), not to the suggest field itself.
                prepared.update(lexicon.spread(suggest_grams(prepared.pop(name, None) or "")))
        prepared[PK_FIELD] = int(prepared[DJANGO_ID])
        return prepared

    def prepare_entries(self, index, objects) -> list[dict]:
        """Each object's entry as plain values, made from the rows alone, so other processes can
        make them (documents.search.bulk) for this one to write."""
        return [self.prepare_entry(index, obj) for obj in objects]

    def update(self, index, iterable, commit=True):
        self._write_actions((self.prepare_entry(index, obj) for obj in iterable), commit)

    def write_entries(self, entries: list[dict]) -> None:
        """Writes prepared entries (refreshed once written), each replacing any of its identifier."""
        self._write_actions(iter(entries), commit=True)

    def _write_actions(self, entries, commit: bool) -> None:
        self._ready()
        actions = (
            {"_op_type": "index", "_index": self.index_name, "_id": entry[ID], "_source": entry}
            for entry in entries
        )
        with answering(self.where):
            try:
                helpers.bulk(
                    self.conn,
                    actions,
                    chunk_size=self.batch_size,
                    max_chunk_bytes=BULK_MAX_BYTES,
                    max_retries=3,
                )
            except helpers.BulkIndexError as error:
                first = error.errors[0] if error.errors else {}
                if error.errors and all(_unavailable(item) for item in error.errors):
                    # Shards without a live copy (a node down, its replicas not yet promoted):
                    # the cluster's state, not the documents'; the caller may retry.
                    cause = f"{len(error.errors)} document(s) not written; the first: {first}"
                    raise SearchUnavailable("OpenSearch", cause, self.where, NO_SHARD_COPY) from error
                raise SearchBackendError(
                    f"OpenSearch at {self.where} refused {len(error.errors)} document(s); the first: {first}"
                ) from error
            if commit:
                self.conn.indices.refresh(index=self.index_name)

    def remove(self, obj_or_string, commit=True):
        self._ready()
        with answering(self.where):
            self.conn.delete(index=self.index_name, id=get_identifier(obj_or_string), ignore=404)
            if commit:
                self.conn.indices.refresh(index=self.index_name)

    def clear(self, models=None, commit=True):
        with answering(self.where):
            if not models:
                self.conn.indices.delete(index=self.index_name, ignore_unavailable=True)
                self.setup_complete = False
                return
            if not self.conn.indices.exists(index=self.index_name):
                return
            kinds = [get_model_ct(model) for model in models]
            self.conn.delete_by_query(
                index=self.index_name,
                body={"query": {"terms": {DJANGO_CT: kinds}}},
                refresh=bool(commit),
                conflicts="proceed",
            )

    # --- haystack's own SearchQuerySet: a listing, for its commands (see backends/listing.py) ---
    @log_query
    def search(self, query_string, **kwargs):
        require_listing(query_string)
        models = kwargs.get("models") or ()
        query = {"terms": {DJANGO_CT: [get_model_ct(m) for m in models]}} if models else {"match_all": {}}
        body = {
            "query": query,
            "sort": [{DJANGO_CT: {"order": "asc"}}, {PK_FIELD: {"order": "asc"}}],
            "_source": False,
            "docvalue_fields": [DJANGO_ID],
        }
        start = int(kwargs.get("start_offset") or 0)
        end = kwargs.get("end_offset")
        total = int(
            self.send_search({"query": query, "size": 0, "track_total_hits": True})["hits"]["total"]["value"]
        )
        end = total if end is None else min(int(end), total)
        if end <= MAX_RESULT_WINDOW:
            hits = self.send_search({**body, "from": start, "size": max(0, end - start)})["hits"]["hits"]
        else:
            hits = list(itertools.islice(self.reader.walk({**body, "track_total_hits": False}), start, end))
        result_class = kwargs.get("result_class") or SearchResult
        results = []
        for hit in hits:
            app_label, model_name, pk = hit["_id"].split(".")
            results.append(result_class(app_label, model_name, pk, 1.0))
        return {"results": results, "hits": total, "facets": {}, "spelling_suggestion": None}

    def more_like_this(self, model_instance, additional_query_string=None, result_class=None, **kwargs):
        from documents.search.key_terms import key_terms

        segmented = getattr(model_instance, "segmented", "") or ""
        terms = key_terms(segmented, lambda ts: self.document_frequencies("compounds", ts))
        ids = self.more_like(model_instance.pk, terms, int(kwargs.get("end_offset") or 5))
        result_class = result_class or SearchResult
        meta = model_instance._meta
        results = [result_class(meta.app_label, meta.model_name, str(pk), 1.0) for pk in ids]
        return {"results": results, "hits": len(results)}

    def layout_reset(self) -> str:
        """Never: an index of another mapping is refused (IndexSettingsRejected)."""
        return ""

    def build_schema(self, fields):
        return "text", index_settings.mapping(fields)


class OpenSearchEngine(BaseEngine):
    backend = OpenSearchBackend
    query = ListingQuery
