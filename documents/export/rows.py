"""Every matching document, in the search's order, read from the database one chunk at a time
(one query for the documents and one for their officials per chunk), so an export of 100,000
rows never holds more than a chunk."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from documents.models import Appearance, Document
from documents.search.abbreviations import expand_abbreviations
from documents.search.highlight import plain_snippet
from documents.search.params import SearchParams
from documents.search.query import parse_query

from .columns import RowContext, build_row

CHUNK_SIZE = 500
LEAD_CHARS = 300  # the snippet of a list without query words: the text's opening


def chunked(values: Iterable[int], size: int) -> Iterator[list[int]]:
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _queryset():
    return Document.objects.select_related("province__successor").defer(
        "raw_text", "segmented", "metadata_evidence", "references"
    )


def _official_names(ids: list[int]) -> dict[int, list[str]]:
    # One flat query instead of prefetch_related: prefetching ties each document and its
    # appearances in reference cycles that only the cyclic GC frees, and memory then grows with
    # the length of the export instead of staying at one chunk.
    names: dict[int, list[str]] = {}
    rows = (
        Appearance.objects.filter(document_id__in=ids)
        .order_by("document_id", "position")
        .values_list("document_id", "official__name")
    )
    for document_id, name in rows:
        names.setdefault(document_id, []).append(name)
    return names


def documents_in_order(ids: Iterable[int], chunk_size: int = CHUNK_SIZE) -> Iterator[Document]:
    """The documents of ``ids`` in that order, each with ``official_names``; an id the database
    no longer has is skipped."""
    queryset = _queryset()
    for chunk in chunked(ids, chunk_size):
        found = queryset.in_bulk(chunk)
        officials = _official_names(chunk)
        for pk in chunk:
            document = found.get(pk)
            if document is not None:
                document.official_names = officials.get(pk, [])
                yield document


class PlainSnippets:
    """The passages the search page would show for a document, as plain text (no <mark>)."""

    def __init__(self, params: SearchParams, folded: bool | None = None):
        parsed = parse_query(params.q)
        # ``folded``: whether the search matched ignoring diacritics (SearchOutcome says so, also
        # when it fell back to that); by default the service's first choice.
        self.folded = folded if folded is not None else not params.exact and not parsed.has_diacritics()
        self.query = expand_abbreviations(parsed)
        self.has_terms = bool(self.query.positive_terms())

    def __call__(self, document: Document) -> str:
        text = document.text or ""
        if not self.has_terms:
            return _lead(text)
        return plain_snippet(text, self.query, self.folded)


def _lead(text: str) -> str:
    squashed = " ".join(text[: LEAD_CHARS * 2].split())
    if len(squashed) <= LEAD_CHARS and len(text) <= LEAD_CHARS * 2:
        return squashed
    cut = squashed[:LEAD_CHARS].rsplit(" ", 1)[0]
    return f"{cut} …"


def iter_rows(ids: Iterable[int], context: RowContext) -> Iterator[tuple[str, ...]]:
    for document in documents_in_order(ids):
        yield build_row(document, context)
