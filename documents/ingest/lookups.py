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

from django.db.models import Q

from documents.models import Appearance, Official, Province
from documents.official_rows import free_slug
from documents.vietnamese.names import person_key, tidy_person_name

from .identity import Placement, place, same_person

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


def _placements(official: Official) -> list[Placement]:
    """Where and when the documents already stored show this person serving."""
    rows = Appearance.objects.filter(official=official).values_list(
        "titles", "document__province__name", "document__date"
    )
    return [place(titles, province, day.year if day else None) for titles, province, day in rows]


def _namesake_key(key: str, namesakes: list[Official]) -> str:
    """ "nguyễn văn a" for the first of a name, then "nguyễn văn a~2", "~3", ..."""
    if not namesakes:
        return key
    taken = [
        int(o.key.rsplit("~", 1)[1]) for o in namesakes if "~" in o.key and o.key.rsplit("~", 1)[1].isdigit()
    ]
    return f"{key}~{max([1, *taken]) + 1}"


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

    def official(
        self,
        name: str | None,
        titles: list[str] | tuple[str, ...] = (),
        province: str | None = None,
        year: int | None = None,
    ) -> Official | None:
        """The person of that name who can have served where and when this mention places them
        (identity.py), created when none can: a namesake gets the key "<name key>~2"."""
        if not name or not name.strip():
            return None
        tidy = tidy_person_name(name)[:_NAME_LENGTH]
        key = person_key(tidy)
        placement = place(titles, province, year)
        cached = (key, placement)
        found = self._officials.get(cached)
        if found is None:
            namesakes = list(
                Official.objects.filter(Q(key=key) | Q(key__startswith=f"{key}~")).order_by("pk")
            )
            found = next((o for o in namesakes if same_person(_placements(o), placement, o.checked)), None)
            if found is None:
                found = self._create(tidy, _namesake_key(key, namesakes))
            self._officials[cached] = found
        return found

    def _create(self, tidy: str, key: str) -> Official:
        self._new_keys.append(key)
        return Official.objects.create(name=tidy, key=key, slug=free_slug(tidy))

    def keep_new(self) -> None:
        """The transaction that created the new officials committed: they are real rows now."""
        self._new_keys.clear()

    def drop_new(self) -> None:
        """The transaction rolled back: forget the officials it created."""
        dropped = set(self._new_keys)
        for cached in [c for c in self._officials if self._officials[c].key in dropped]:
            del self._officials[cached]
        self._new_keys.clear()
