"""A document as a reference manager sees it: the fields RIS, BibTeX and CSL-JSON share, taken
from the same documents and in the same order as the spreadsheet rows (rows.py)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from documents.models import Document

from .cells import printable
from .columns import RowContext, citation, issuer, number_phrase, untyped_number
from .rows import ExportDocument, documents_in_order


@dataclass(frozen=True, slots=True)
class Reference:
    pk: int
    title: str
    # (year,), (year, month) or (year, month, day): only what the document's date is known to.
    date_parts: tuple[int, ...]
    publisher: str  # the Party committee that issued the document ("Ban Thường vụ Tỉnh ủy X")
    place: str  # its province
    number: str  # the document's number ("2043-KL/TU")
    genre: str  # the document type, in the language of the request
    url: str  # the permalink
    accessed: datetime.date
    abstract: str  # the passage the search page shows
    citation: str  # the citation the other exports carry, in the language of the request
    province_slug: str

    @property
    def year(self) -> int | None:
        return self.date_parts[0] if self.date_parts else None


def one_line(value: str) -> str:
    """``value`` without control characters and on one line: RIS ends a field at a line end."""
    return " ".join(printable(value).split())


def date_parts(document: Document | ExportDocument) -> tuple[int, ...]:
    date = document.date
    if not date:
        return ()
    if document.date_precision == Document.DatePrecision.YEAR:
        return (date.year,)
    if document.date_precision == Document.DatePrecision.MONTH:
        return (date.year, date.month)
    return (date.year, date.month, date.day)


def _title(document: Document | ExportDocument, genre: str) -> str:
    # A reference manager needs a title; a document without one is named by type and number.
    if document.title:
        return document.title
    if document.number:
        return number_phrase(document.number, genre) if genre else untyped_number(document.number)
    return genre


def build_reference(document: Document | ExportDocument, context: RowContext) -> Reference:
    permalink = context.permalink(document.pk)
    genre = context.doc_types.get(document.doc_type or "", "")
    province = document.province
    return Reference(
        pk=document.pk,
        title=one_line(_title(document, genre)),
        date_parts=date_parts(document),
        publisher=issuer(document),
        place=province.name if province else "",
        number=one_line(document.number or ""),
        genre=genre,
        url=permalink,
        accessed=context.accessed,
        abstract=one_line(context.snippet(document)),
        citation=one_line(citation(document, permalink, context.accessed, context.doc_types)),
        province_slug=province.slug if province else "",
    )


def iter_references(ids: Iterable[int], context: RowContext) -> Iterator[Reference]:
    text_chars = getattr(context.snippet, "text_chars", None)
    for document in documents_in_order(ids, text_chars=text_chars):
        yield build_reference(document, context)
