"""Which documents of a saved search are new: found through the search facade (the one query
path), kept in the search's order."""

from __future__ import annotations

import datetime

from django.http import QueryDict

from documents.models import Document
from documents.search import ParamError, SearchParams, iter_ids

from .models import SavedSearch


def saved_params(saved: SavedSearch) -> SearchParams:
    """The saved search's parameters; ParamError when they no longer read (a facet renamed)."""
    return SearchParams.from_querydict(QueryDict(saved.query))


def _matching(saved: SavedSearch, candidates: set[int]) -> list[int]:
    if not candidates:  # nothing new in the portal: no search to run
        return []
    return [pk for pk in iter_ids(saved_params(saved)) if pk in candidates]


def new_since(saved: SavedSearch, moment: datetime.datetime) -> list[int]:
    """Matches published after ``moment`` (a document held for review counts from its publication)."""
    candidates = set(Document.objects.filter(published_at__gt=moment).values_list("pk", flat=True))
    return _matching(saved, candidates)


def count_new(saved: SavedSearch) -> int | None:
    """How many matches arrived since the user last opened the search; None when it no longer reads."""
    try:
        return len(new_since(saved, saved.last_seen))
    except ParamError:
        return None


def unannounced(saved: SavedSearch) -> list[int]:
    """Matches published after the search was saved that no alert has mailed for it yet.

    Every document published since the search was saved is a candidate, however long ago: what was
    already mailed is excluded by the announcements themselves, not by a window of time, so a
    run after weeks without alerts, or a document that matches only once it is indexed or
    corrected later, still announces each new match exactly once."""
    candidates = set(
        Document.objects.filter(published_at__gt=saved.created)
        .exclude(pk__in=saved.announced.values("document_id"))
        .values_list("pk", flat=True)
    )
    return _matching(saved, candidates)
