"""What the search service asks of a backend: the contract every backend implements, in
plain values (documents.search.plan), so tantivy, Whoosh and OpenSearch answer alike.
tests/search_contract/ runs the same searches on each and compares the answers."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from haystack import connections

from .plan import BackendPage, BackendRequest, PairCounts


class SearchReader(Protocol):
    """The reading half of the contract: each backend's searcher.py, an object of its own."""

    def search_documents(self, request: BackendRequest) -> BackendPage:
        """One page of the request's matches, its total and its facet counts (plan.facet_groups)."""

    def iter_document_ids(self, request: BackendRequest) -> Iterator[int]:
        """Every match's primary key, in the request's order (the page ignored)."""

    def count_pairs(self, request: BackendRequest, first: str, second: str) -> PairCounts:
        """The matches counted by their values of two single-valued facet fields together
        (the page, the sort and request.facets ignored)."""

    def written_forms(self, prefix: str, limit: int = 50) -> list[tuple[str, int]]:
        """The suggest lexicon's written forms under ``prefix`` (analysis.suggest_key), with
        their document counts: the ``limit`` most frequent, most frequent first."""

    def document_frequencies(self, field: str, terms: list[str]) -> tuple[int, dict[str, int]]:
        """(documents in the index, documents holding each term of ``field``)."""

    def more_like(self, document_id: int, weighted_terms: dict[str, float], limit: int) -> list[int]:
        """Documents sharing the weighted compound words, best first, never the document itself."""

    def indexed_fingerprints(self) -> dict[str, str]:
        """Every indexed document's identifier (haystack's, "documents.document.7") with the
        fingerprint its entry was written with (DocumentIndex.fingerprint; "" for an entry that
        has none). Its keys are what the index holds (check_index --ids-only reads only them)."""


@runtime_checkable
class SearchBackend(SearchReader, Protocol):
    """The whole contract: the reading half (SearchReader) and what only the backend does."""

    def layout_reset(self) -> str:
        """Why the engine started the index empty, if it did since the last rebuild (an index
        of another layout is never misread); "" otherwise. check_index shows it."""

    def prepare_entries(self, index, objects) -> list:
        """The entries of ``objects`` (Documents) as plain, picklable values, made from the rows
        alone: another process may make them (documents.search.bulk). ``update`` is this, then
        ``write_entries``."""

    def write_entries(self, entries: list) -> None:
        """Writes entries ``prepare_entries`` made, each replacing any entry of its identifier."""


# The reading half's methods, in the order SearchReader declares them.
READING = tuple(name for name in vars(SearchReader) if not name.startswith("_"))


def _forward(name: str):
    declared = getattr(SearchReader, name)

    @functools.wraps(declared)  # the signature and docstring stay SearchReader's
    def forward(self, *args, **kwargs):
        return getattr(self.reader, name)(*args, **kwargs)

    return forward


class ReadsThroughReader:
    """How every backend answers the reading half: through ``self.reader``, a SearchReader it
    holds (composition). Haystack makes the backend object itself from the connection's
    options, so the backend stays the one object the service asks; the reader is handed only
    what it reads with (a current searcher, or a way to send a search), never the backend.
    Each reading method forwards to the reader's (made from SearchReader, below)."""

    reader: SearchReader


for _name in READING:
    setattr(ReadsThroughReader, _name, _forward(_name))


def reads_concurrently(backend: SearchBackend) -> bool:
    """Whether two reads of ``backend`` run side by side on two threads rather than queue behind
    each other: tantivy's searches release the GIL (its backend says so with a true
    ``reads_concurrently``); Whoosh's run in Python."""
    return bool(getattr(backend, "reads_concurrently", False))


class NotASearchBackend(TypeError):
    pass


def backend(using: str = "default") -> SearchBackend:
    """The connection's backend, checked against the contract."""
    found = connections[using].get_backend()
    if not isinstance(found, SearchBackend):
        raise NotASearchBackend(
            f"The search connection {using!r} uses {type(found).__name__}, which does not implement "
            "documents.search.contract.SearchBackend: set SEARCH_BACKEND to tantivy, whoosh or opensearch."
        )
    return found
