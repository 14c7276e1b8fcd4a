"""Every matching document, in the search's order, read from the database one chunk at a time
(one query for the documents and one for their officials per chunk), so an export of 100,000
rows never holds more than a chunk."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.db.models import F
from django.db.models.functions import Substr

from documents.display import display_title
from documents.models import Appearance, Document, Province, date_display, date_iso
from documents.search import ON_DOCUMENT, SearchParams, query_marks

from .columns import RowContext, build_row

CHUNK_SIZE = 500
LEAD_CHARS = 300  # the snippet of a list without query words: the text's opening


def chunked(values: Iterable[int], size: int) -> Iterator[list[int]]:
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


@dataclass(slots=True)
class ExportDocument:
    """The fields of a Document that a row shows, read as plain values: building 100,000 model
    instances (and a province and its successor for each) costs more than writing their rows."""

    pk: int
    title: str
    date: datetime.date | None
    date_precision: str | None
    province: Province | None
    level: str | None
    meeting_type: str | None
    doc_type: str | None
    number: str | None
    period: str | None
    text: str  # the whole text, or only its opening when the snippet needs no more
    official_names: list[str] = field(default_factory=list)
    # The fields of the facets over the document's own fields (search.ON_DOCUMENT), by name.
    facet_fields: dict[str, object] = field(default_factory=dict)

    def __getattr__(self, name: str):
        # Only called for names that are not slots: a facet reads its field as from a Document.
        if name == "facet_fields":  # not set yet (copy, unpickling): no lookup through itself
            raise AttributeError(name)
        try:
            return self.facet_fields[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def display_title(self) -> str:
        return display_title(self.title, self.text)

    @property
    def date_display(self) -> str:
        return date_display(self.date, self.date_precision)

    @property
    def date_iso(self) -> str | None:
        return date_iso(self.date, self.date_precision)


_FIELDS = ("pk", "title", "date", "date_precision", "province_id", "level", "meeting_type", "doc_type")
_MORE_FIELDS = ("number", "period")
_FACET_FIELDS = tuple(dict.fromkeys(facet.document_field for facet in ON_DOCUMENT))


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


def documents_in_order(
    ids: Iterable[int], chunk_size: int = CHUNK_SIZE, text_chars: int | None = None
) -> Iterator[ExportDocument]:
    """The documents of ``ids`` in that order, with their officials' names and their text (only
    the first ``text_chars`` characters when given); an id the database no longer has is skipped.
    Two queries per chunk (documents, officials) after one for the ~100 provinces."""
    provinces = Province.objects.select_related("successor").in_bulk()
    text = Substr("text", 1, text_chars) if text_chars else F("text")
    queryset = Document.objects.annotate(export_text=text).values_list(
        *_FIELDS, *_MORE_FIELDS, *_FACET_FIELDS, "export_text"
    )
    for chunk in chunked(ids, chunk_size):
        found = {row[0]: row for row in queryset.filter(pk__in=chunk).order_by()}
        officials = _official_names(chunk)
        for pk in chunk:
            row = found.get(pk)
            if row is None:
                continue
            _pk, title, date, precision, province_id, level, meeting, doc_type, number, period = row[:10]
            facet_values, body = row[10:-1], row[-1]
            yield ExportDocument(
                pk=pk,
                title=title,
                date=date,
                date_precision=precision,
                province=provinces.get(province_id),
                level=level,
                meeting_type=meeting,
                doc_type=doc_type,
                number=number,
                period=period,
                text=body or "",
                official_names=officials.get(pk, []),
                facet_fields=dict(zip(_FACET_FIELDS, facet_values, strict=True)),
            )


class PlainSnippets:
    """The passages the search page would show for a document, as plain text (no <mark>)."""

    def __init__(self, params: SearchParams, folded: bool | None = None):
        # ``folded``: whether the search matched ignoring diacritics (SearchOutcome says so).
        self.marks = query_marks(params.q, exact=params.exact, folded=folded)
        self.folded = self.marks.folded
        self.has_terms = bool(self.marks.terms)
        # How much of each text the snippets need (None: all of it). One character more than
        # the lead reads tells a text that goes on from one that ends there.
        self.text_chars = None if self.has_terms else LEAD_CHARS * 2 + 1

    def __call__(self, document: Document | ExportDocument) -> str:
        text = document.text or ""
        if not self.has_terms:
            return _lead(text)
        return self.marks.plain_snippet(text)


def _lead(text: str) -> str:
    squashed = " ".join(text[: LEAD_CHARS * 2].split())
    if len(squashed) <= LEAD_CHARS and len(text) <= LEAD_CHARS * 2:
        return squashed
    cut = squashed[:LEAD_CHARS].rsplit(" ", 1)[0]
    return f"{cut} …"


def iter_rows(ids: Iterable[int], context: RowContext) -> Iterator[tuple[str, ...]]:
    text_chars = getattr(context.snippet, "text_chars", None)
    for document in documents_in_order(ids, text_chars=text_chars):
        yield build_row(document, context)
