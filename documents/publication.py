"""Publishing: an uploaded document is held for staff review (``Document.published_at`` empty)
until staff publish it; unpublishing holds it again. A held document is invisible to the public
(``Document.objects`` leaves it out, and the search index does not hold it): publishing writes
its index entry, unpublishing removes it, both after the database commits and through the
index's write path, so a search engine that does not answer gets the write from the retry queue.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from documents.models import Appearance, Document, Official, published
from documents.search import sync_documents


def publish(pks: Iterable[int]) -> int:
    """Publish the held documents among ``pks``; returns how many were held."""
    return _change(pks, held=True, published_at=timezone.now())


def unpublish(pks: Iterable[int]) -> int:
    """Hold the published documents among ``pks`` again; returns how many were published."""
    return _change(pks, held=False, published_at=None)


def _change(pks: Iterable[int], *, held: bool, published_at) -> int:
    with transaction.atomic():
        rows = Document.with_held.filter(pk__in=list(pks), published_at__isnull=held)
        changed = list(rows.select_for_update().values_list("pk", flat=True))
        Document.with_held.filter(pk__in=changed).update(published_at=published_at, updated_at=timezone.now())
        transaction.on_commit(lambda: sync_documents(changed))
    return len(changed)


def public_officials():
    """Officials the public may see: not those named in held documents alone (their names are
    extraction not yet reviewed)."""
    named_in_held = Appearance.objects.exclude(published("document")).values("official_id")
    named_in_public = Appearance.objects.filter(published("document")).values("official_id")
    return Official.objects.exclude(Q(pk__in=named_in_held) & ~Q(pk__in=named_in_public))
