"""Which documents of the portal cite the central directives, and when: the data of
/directives/ and /directives/<number>/."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _

from documents.models import Citation, Document, Province
from documents.slugs import vietnamese_slug

from .counting import SINCE_2025, province_names
from .directives import Directive, describe
from .periods import YEAR, Slot, axis, period_key

# Issuers that describe() places at the centre, as a database filter (see issuer_level).
CENTRAL_ISSUERS = Q(issuer__endswith="TW") | Q(issuer__in=("BCT", "BBT", "ĐUCA"))


@dataclass
class CitedDirective:
    directive: Directive
    title: str  # of a portal document bearing that number, else ""
    document_id: int | None
    provinces: int
    documents: int
    first: datetime.date | None
    last: datetime.date | None


@dataclass
class _Tally:
    documents: int = 0
    provinces: set = field(default_factory=set)
    first: datetime.date | None = None
    last: datetime.date | None = None

    def add(self, province_id: int | None, date: datetime.date | None) -> None:
        self.documents += 1  # a document cites a number once (Citation's unique constraint)
        if province_id is not None:
            self.provinces.add(province_id)
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)


def _where_and_when() -> dict[int, tuple[int | None, datetime.date | None]]:
    """Every published document's province and date. Read on their own, not joined to each
    citation: the database's index on (province, date) holds them all, where a join reads each
    citing document's row, and a row holds the document's whole text. The documents held for
    review (few) are left out through their own index."""
    held = set(Document.with_held.filter(published_at__isnull=True).values_list("pk", flat=True))
    rows = Document.with_held.values_list("pk", "province_id", "date").order_by()
    return {
        pk: (province_id, date)
        for pk, province_id, date in rows.iterator(chunk_size=20_000)
        if pk not in held
    }


def central_directives(among: Collection[int] | None = None) -> list[CitedDirective]:
    """Every central number the documents ``among`` (ids; None: every document) cite, with who
    (provinces as at the time) and when. One reading of the central citations, tallied here:
    the same arithmetic whether a search chose the documents or not."""
    where = _where_and_when()
    rows = Citation.objects.filter(CENTRAL_ISSUERS).values_list("number", "document_id").order_by()
    tallies: dict[str, _Tally] = {}
    for number, document_id in rows.iterator(chunk_size=20_000):
        # A document added between the two readings waits for the next one.
        if document_id in where and (among is None or document_id in among):
            tallies.setdefault(number, _Tally()).add(*where[document_id])
    found = {}
    for number, tally in tallies.items():
        directive = describe(number)
        if directive is None or not directive.is_central:
            continue
        found[number] = CitedDirective(
            directive, "", None, len(tally.provinces), tally.documents, tally.first, tally.last
        )
    bearers = (
        Document.objects.filter(number__in=list(found))
        .order_by("date", "pk")
        .values_list("number", "pk", "title")
    )
    for number, pk, title in bearers:
        if found[number].document_id is None:
            found[number].title, found[number].document_id = title, pk
    return list(found.values())


@dataclass
class Citing:
    """The documents citing one number, and the provinces (in one boundary) that never did."""

    documents: list[Document]
    province_of: dict[int, str | None]  # document id → province name in the boundary
    never: list[str]
    bearer: Document | None  # the portal's document bearing the number, if it has one


def citing_documents(number: str, boundary: str) -> Citing:
    documents = list(
        Document.objects.filter(citations__number=number)
        # What the matrix and its links read: a much cited number has thousands of documents.
        .only("pk", "title", "date", "date_precision", "province_id")
        .order_by("date", "pk")
        .distinct()
    )
    names = province_names(boundary)
    province_of = {d.pk: names.get(d.province_id) if d.province_id else None for d in documents}
    cited = set(province_of.values())
    field = "since_2025" if boundary == SINCE_2025 else "before_2025"
    everyone = Province.objects.filter(**{field: True}).values_list("name", flat=True)
    never = sorted((n for n in everyone if n not in cited), key=vietnamese_slug)
    bearer = (
        Document.objects.filter(number=number).only("pk", "title", "number").order_by("date", "pk").first()
    )
    return Citing(documents, province_of, never, bearer)


@dataclass
class MatrixRow:
    province: str | None
    cells: list[list[Document]]  # one list per column; empty for a gap column

    @property
    def label(self) -> str:
        return self.province or _("Không rõ tỉnh, thành")


@dataclass
class Matrix:
    """Provinces by years, each cell the citing documents. The columns are the axis' slots
    (gaps included) and, when some citing document has no date, one more (key None)."""

    columns: list[Slot]
    rows: list[MatrixRow]


def citing_matrix(citing: Citing) -> Matrix:
    cells: dict[tuple, list[Document]] = {}
    for document in citing.documents:
        year = document.date.year if document.date else None
        key = (citing.province_of[document.pk], period_key(YEAR, year, None, document.date_precision))
        cells.setdefault(key, []).append(document)
    columns = axis({period for (_p, period) in cells if period}, YEAR)
    if any(period is None for (_p, period) in cells):
        columns.append(Slot(None))
    provinces = sorted({p for (p, _period) in cells}, key=lambda n: (n is None, vietnamese_slug(n or "")))
    rows = [
        MatrixRow(province, [[] if slot.is_gap else cells.get((province, slot.key), []) for slot in columns])
        for province in provinces
    ]
    return Matrix(columns, rows)
