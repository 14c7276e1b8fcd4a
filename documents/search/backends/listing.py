"""What haystack's own SearchQuerySet may ask of our backends: a listing of what the index holds,
by model, in pages. Haystack's commands need it (``update_index --remove`` compares the listing
with the database); the portal searches through documents.search, never through SearchQuerySet,
so a text query here is refused rather than guessed at.
"""

from __future__ import annotations

from haystack.backends import BaseSearchQuery
from haystack.exceptions import SearchBackendError

MATCH_ALL = "*"


class ListingQuery(BaseSearchQuery):
    def matching_all_fragment(self) -> str:
        return MATCH_ALL

    def build_query_fragment(self, field, filter_type, value):
        raise SearchBackendError(
            "SearchQuerySet only lists the index here; search through documents.search.search()."
        )


def require_listing(query_string: str | None) -> None:
    """Refuse anything but the listing ``ListingQuery`` builds."""
    if (query_string or MATCH_ALL).strip() not in (MATCH_ALL, "*:*"):
        raise SearchBackendError(
            f"Cannot search {query_string!r} through haystack here; search through documents.search.search()."
        )
