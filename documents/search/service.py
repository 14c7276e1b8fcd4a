"""Running a search: the functions behind the facade (documents.search: search, iter_ids,
related). The plan is built from the parameters, a backend of the contract answers it, and the
answer becomes documents, snippets, labelled facet values and notes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from documents.models import Document

from . import query as q
from .abbreviations import expand_abbreviations
from .contract import SearchBackend, backend
from .facets import BY_FIELD, BY_PARAM, COUNTED
from .highlight import snippet
from .key_terms import key_terms
from .params import ParamError, SearchParams
from .plan import BackendRequest
from .suggest import Suggestion, suggest

logger = logging.getLogger(__name__)

__all__ = [
    "ParamError",
    "SearchOutcome",
    "SearchParams",
    "iter_document_ids",
    "related_documents",
    "run_search",
]


def _note_text(code: str) -> str:
    return {
        q.NOTE_TRUNCATED: _("Câu tìm kiếm đã được cắt còn %(n)d ký tự đầu.") % {"n": q.MAX_QUERY_CHARS},
        q.NOTE_TOO_MANY_TERMS: _("Chỉ dùng %(n)d từ đầu tiên của câu tìm kiếm.") % {"n": q.MAX_TERMS},
        q.NOTE_ONLY_EXCLUSIONS: _("Câu tìm kiếm chỉ có từ loại trừ: hiển thị mọi văn bản còn lại."),
        q.NOTE_NOTHING_SEARCHABLE: _("Câu tìm kiếm không có chữ hoặc số nào để tìm."),
    }.get(code, code)


@dataclass
class SearchHit:
    document: Document
    snippet: SafeString
    score: float | None = None


@dataclass
class FacetValue:
    value: str
    count: int
    label: str
    selected: bool = False


@dataclass
class SearchOutcome:
    params: SearchParams
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    suggestion: str | None = None
    notes: list[str] = field(default_factory=list)
    accent_insensitive: bool = False
    _request: BackendRequest | None = field(default=None, repr=False)
    _using: str = "default"

    @property
    def page(self) -> int:
        return self.params.page

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.total // self.params.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    def iter_ids(self) -> Iterator[int]:
        """Every matching document id, in this outcome's order."""
        if self._request is None:
            return iter(())
        return _backend(self._using).iter_document_ids(self._request)


def _backend(using: str) -> SearchBackend:
    return backend(using)


@dataclass
class _Plan:
    parsed: q.ParsedQuery
    request: BackendRequest
    suggestion: Suggestion | None
    may_fall_back: bool


def _plan(params: SearchParams, using: str, facets: bool) -> _Plan:
    parsed = q.parse_query(params.q)
    typed_without_diacritics = not parsed.has_diacritics()
    backend = _backend(using)
    suggestion = None
    if not params.exact and typed_without_diacritics and parsed.clauses:
        suggestion = suggest(params.q, backend.written_forms)
    request = BackendRequest(
        query=expand_abbreviations(parsed),
        folded=not params.exact and typed_without_diacritics,
        preferred=suggestion.groups if suggestion else [],
        filters={BY_PARAM[name].field: values for name, values in params.filters.items()},
        date_from=_yyyymmdd(params.date_from),
        date_to=_yyyymmdd(params.date_to),
        sort=params.sort,
        page=params.page,
        page_size=params.page_size,
        facets=tuple(facet.field for facet in COUNTED) if facets else (),
    )
    may_fall_back = not params.exact and not typed_without_diacritics
    return _Plan(parsed, request, suggestion, may_fall_back)


def _yyyymmdd(value) -> int | None:
    return value.year * 10000 + value.month * 100 + value.day if value else None


def _fallbacks(plan: _Plan):
    """Ways to widen a search that found nothing, in order, with the note that says so."""
    steps = []
    if plan.may_fall_back and plan.request.query.clauses:
        # Typed with diacritics, but a mistyped mark should not mean an empty page.
        steps.append(
            (
                lambda request: setattr(request, "folded", True),
                _("Không có văn bản khớp đúng dấu; đang hiển thị kết quả không phân biệt dấu."),
            )
        )
    if len(plan.request.query.clauses) > 1:
        steps.append(
            (
                lambda request: setattr(request, "match_all", False),
                _("Không có văn bản chứa đủ mọi từ; đang hiển thị văn bản chứa nhiều từ nhất."),
            )
        )
    return steps


def run_search(params: SearchParams, *, using: str = "default", facets: bool = True) -> SearchOutcome:
    """One page of results with snippets, facet counts (whole values) and a suggestion."""
    plan = _plan(params, using, facets)
    backend = _backend(using)
    request = plan.request
    notes = [_note_text(code) for code in plan.parsed.notes]
    page = backend.search_documents(request)
    for relax, note in _fallbacks(plan):
        if page.total:
            break
        relax(request)
        page = backend.search_documents(request)
        if page.total:
            notes.append(note)
    documents = (
        Document.objects.filter(pk__in=[hit.id for hit in page.hits])
        .select_related("province")
        .defer("raw_text", "segmented", "metadata_evidence")
        .in_bulk()
    )
    hits = [
        SearchHit(
            document=documents[hit.id],
            snippet=snippet(documents[hit.id].text, request.query, request.folded),
            score=hit.score,
        )
        for hit in page.hits
        if hit.id in documents
    ]
    return SearchOutcome(
        params=params,
        total=page.total,
        hits=hits,
        facets=_facet_values(params, page.facets),
        suggestion=plan.suggestion.text if plan.suggestion else None,
        notes=notes,
        accent_insensitive=request.folded,
        _request=request,
        _using=using,
    )


def _facet_values(
    params: SearchParams, counts: dict[str, list[tuple[str, int]]]
) -> dict[str, list[FacetValue]]:
    """The counts of each facet, by parameter name, each value with its label and whether the
    search selected it. A selected value no document has any more is kept, with 0, so the page
    can still offer to remove it."""
    facets: dict[str, list[FacetValue]] = {}
    for index_field, values in counts.items():
        facet = BY_FIELD[index_field]
        selected = params.selected(facet.param)
        found = [
            FacetValue(value=value, count=count, label=facet.label(value), selected=value in selected)
            for value, count in values
        ]
        counted = {v.value for v in found}
        found += [
            FacetValue(value=value, count=0, label=facet.label(value), selected=True)
            for value in selected
            if value not in counted
        ]
        facets[facet.param] = found
    return facets


def iter_document_ids(params: SearchParams, *, using: str = "default") -> Iterator[int]:
    """Every document id matching ``params`` (page ignored), in the requested order."""
    plan = _plan(params, using, facets=False)
    backend = _backend(using)
    for relax, _note in _fallbacks(plan):
        if next(iter(backend.iter_document_ids(plan.request)), None) is not None:
            break
        relax(plan.request)
    return backend.iter_document_ids(plan.request)


def related_documents(document: Document, *, limit: int = 5, using: str = "default") -> list[Document]:
    """Documents sharing ``document``'s key compound words, most related first."""
    backend = _backend(using)
    terms = key_terms(document.segmented or "", lambda ts: backend.document_frequencies("compounds", ts))
    ids = backend.more_like(document.pk, terms, limit)
    found = Document.objects.filter(pk__in=ids).select_related("province").in_bulk()
    return [found[pk] for pk in ids if pk in found]
