"""The database rows the store step points documents to: provinces and officials, each looked
up once per batch, and the officials already known (given to the pure prepare step as a map).

A report names a province and a handful of officials, and a batch names the same ones again and
again: looking each up per document was a large share of a document's database write.

Officials created inside a document's transaction are remembered only once it commits (see
``keep_new``/``drop_new``): after a rollback the row is gone and must not be handed to the next
document. Rows that exist are trusted for the length of a batch; an official deleted meanwhile in
the admin makes that document's write fail with a reason, as any database error does.
"""

from __future__ import annotations

from documents.models import Appearance, Official, Province
from documents.slugs import vietnamese_slug
from documents.vietnamese.names import person_key, tidy_person_name

_NAME_LENGTH = Official._meta.get_field("name").max_length


def known_officials_by_province() -> dict[str, str]:
    """person key → province, for officials whose documents all name one province."""
    provinces: dict[str, set[str]] = {}
    rows = Appearance.objects.filter(document__province__isnull=False).values_list(
        "official__key", "document__province__name"
    )
    for key, province in rows.iterator():
        provinces.setdefault(key, set()).add(province)
    return {key: names.pop() for key, names in provinces.items() if len(names) == 1}


class Lookups:
    def __init__(self) -> None:
        self._provinces: dict[str, Province] | None = None
        self._officials: dict[str, Official] = {}
        self._new_keys: list[str] = []

    def province(self, name: str | None) -> Province | None:
        if self._provinces is None:
            # About a hundred rows of reference data, loaded by a migration: read them all once.
            self._provinces = {p.name: p for p in Province.objects.all()}
        return self._provinces.get(name or "")

    def official(self, name: str | None) -> Official | None:
        """The official of that name, created when new."""
        if not name or not name.strip():
            return None
        tidy = tidy_person_name(name)[:_NAME_LENGTH]
        key = person_key(tidy)
        found = self._officials.get(key)
        if found is None:
            found = next(iter(Official.objects.filter(key=key)[:1]), None) or self._create(tidy, key)
            self._officials[key] = found
        return found

    def _create(self, tidy: str, key: str) -> Official:
        base = vietnamese_slug(tidy)
        slug, n = base, 1
        while Official.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        self._new_keys.append(key)
        return Official.objects.create(name=tidy, key=key, slug=slug)

    def keep_new(self) -> None:
        """The transaction that created the new officials committed: they are real rows now."""
        self._new_keys.clear()

    def drop_new(self) -> None:
        """The transaction rolled back: forget the officials it created."""
        for key in self._new_keys:
            self._officials.pop(key, None)
        self._new_keys.clear()
