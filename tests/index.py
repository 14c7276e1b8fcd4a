"""What the test's search index holds, asked through the search service."""

from __future__ import annotations

from django.http import QueryDict

from documents.search.service import SearchParams, iter_document_ids


def indexed_ids() -> set[int]:
    """The ids of every document the index answers an empty search with."""
    return set(iter_document_ids(SearchParams.from_querydict(QueryDict(""))))
