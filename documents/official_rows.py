"""Staff decisions on who is who: merge the rows of one person, split a row that joins namesakes.

Extraction decides identity from where and when a name served (documents/ingest/identity.py) and
can be wrong both ways: a secretary rotated to another province becomes two rows, two namesakes
in one province stay one. These operations fix that from the admin; the rows they leave are
marked checked so that the next ingest keeps the decision.
"""

from __future__ import annotations

from django.db import transaction

from .models import Appearance, Document, Official
from .slugs import vietnamese_slug


@transaction.atomic
def merge_officials(keep: Official, others: list[Official]) -> int:
    """Move the appearances, chairs and signatures of `others` to `keep` and delete them; a
    document that named both keeps one appearance. Returns how many rows were merged away."""
    others = [o for o in others if o.pk != keep.pk]
    for other in others:
        already = set(keep.appearances.values_list("document_id", flat=True))
        Appearance.objects.filter(official=other, document_id__in=already).delete()
        Appearance.objects.filter(official=other).update(official=keep)
        Document.with_held.filter(chair=other).update(chair=keep)
        Document.with_held.filter(signer=other).update(signer=keep)
        other.delete()
    keep.checked = True
    keep.save(update_fields=["checked"])
    return len(others)


@transaction.atomic
def split_by_province(official: Official) -> list[Official]:
    """One row per province the person's documents name: the province with the most documents
    keeps this row, each other one gets a new row ("<key>~2", ...). Documents without a province
    stay. Returns the new rows."""
    by_province: dict[int, list[int]] = {}
    for document_id, province_id in official.appearances.filter(document__province__isnull=False).values_list(
        "document_id", "document__province_id"
    ):
        by_province.setdefault(province_id, []).append(document_id)
    ordered = sorted(by_province.items(), key=lambda item: (-len(item[1]), item[0]))
    created = []
    base = official.key.split("~", 1)[0]
    taken = Official.objects.filter(key__startswith=f"{base}~").count() + 1
    for _province, document_ids in ordered[1:]:
        taken += 1
        while Official.objects.filter(key=f"{base}~{taken}").exists():
            taken += 1
        row = Official.objects.create(
            name=official.name, key=f"{base}~{taken}", slug=free_slug(official.name), checked=True
        )
        Appearance.objects.filter(official=official, document_id__in=document_ids).update(official=row)
        Document.with_held.filter(chair=official, pk__in=document_ids).update(chair=row)
        Document.with_held.filter(signer=official, pk__in=document_ids).update(signer=row)
        created.append(row)
    official.checked = True
    official.save(update_fields=["checked"])
    return created


def free_slug(name: str) -> str:
    """The name's slug, numbered ("-2", "-3") when taken."""
    base = vietnamese_slug(name)
    slug, n = base, 1
    while Official.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
