"""Running a search: the functions behind the facade (documents.search: search, iter_ids,
related). The plan is built from the parameters, a backend of the contract answers it, and the
answer becomes documents, snippets, labelled facet values and notes."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from documents.models import Document
from documents.vietnamese.normalize import fold

from . import query as q
from .abbreviations import expand_abbreviations, is_expansion
from .contract import SearchBackend, backend
from .facets import BY_FIELD, BY_PARAM, COUNTED
from .highlight import QueryMarks, snippet
from .key_terms import key_terms
from .numbers import expand_numbers
from .params import ParamError, SearchParams
from .plan import BackendRequest
from .suggest import Suggestion, suggest
from .synonyms import expand_synonyms, is_curated_form
from .tiered import FIRST, complete_total, iter_tiered_ids, search_tiers
from .tiers import missing_words

logger = logging.getLogger(__name__)

__all__ = [
    "ParamError",
    "SearchOutcome",
    "SearchParams",
    "iter_document_ids",
    "query_marks",
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
    # 1: holds every word of the query; 2: most of them, and ``missing`` are the ones it lacks.
    tier: int = FIRST
    missing: list[str] = field(default_factory=list)


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
    # The query with its typos corrected, whose results are listed instead of the query as typed
    # (params.q), which no document holds in full; None when the list is the typed query's.
    corrected_query: str | None = None
    notes: list[str] = field(default_factory=list)
    accent_insensitive: bool = False
    # How many documents of ``total`` each tier holds (documents.search.tiers): every word,
    # most of them, some of them.
    tier_totals: list[int] = field(default_factory=list)
    _request: BackendRequest | None = field(default=None, repr=False)
    _using: str = "default"

    @property
    def complete_total(self) -> int:
        """Documents with every word of the query (they come first)."""
        return self.tier_totals[0] if self.tier_totals else self.total

    @property
    def partial_total(self) -> int:
        """Documents with only some of the words, after those."""
        return self.total - self.complete_total

    @property
    def most_total(self) -> int:
        """Documents with most of the words (the second tier)."""
        return self.tier_totals[1] if len(self.tier_totals) > 1 else 0

    @property
    def some_total(self) -> int:
        """Documents with fewer words still (the last tier of a short list)."""
        return self.partial_total - self.most_total

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
        return iter_tiered_ids(_backend(self._using), self._request)


def _backend(using: str) -> SearchBackend:
    return backend(using)


@dataclass
class _Plan:
    parsed: q.ParsedQuery
    request: BackendRequest
    suggestion: Suggestion | None
    may_fall_back: bool


def _word_test(backend: SearchBackend) -> q.WordTest:
    """Syllable sequences the index holds as compound words (in any document), and the forms
    of the curated synonyms and abbreviations (a word the segmentation never joined, such as
    "hợp nhất", is still one word when the project's own lists name it)."""

    def words(candidates: list[tuple[str, ...]]) -> set[tuple[str, ...]]:
        curated = {c for c in candidates if is_curated_form(c) or is_expansion(c)}
        keys = {"_".join(fold(s) for s in syllables): syllables for syllables in candidates}
        _total, frequencies = backend.document_frequencies("compounds_folded", list(keys))
        return curated | {keys[key] for key, count in frequencies.items() if count and key in keys}

    return words


def query_marks(
    q: str, *, exact: bool = False, folded: bool | None = None, using: str = "default"
) -> QueryMarks:
    """The query's words to mark in a text, read with the index's words as the search reads them."""
    return QueryMarks(q, exact=exact, folded=folded, is_word=_word_test(_backend(using)))


def _expanded(parsed: q.ParsedQuery) -> q.ParsedQuery:
    """The query with its synonyms, abbreviations and numbers' other forms, ranked below it."""
    return expand_numbers(expand_abbreviations(expand_synonyms(parsed)))


def _plan(params: SearchParams, using: str, facets: bool) -> _Plan:
    backend = _backend(using)
    parsed = q.parse_query(params.q, _word_test(backend))
    typed_without_diacritics = not parsed.has_diacritics()
    suggestion = None
    if not params.exact and typed_without_diacritics and parsed.clauses:
        suggestion = suggest(params.q, backend.written_forms)
    request = BackendRequest(
        query=_expanded(parsed),
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


def _corrected_total(backend: SearchBackend, request: BackendRequest, suggestion: Suggestion) -> int:
    """How many documents hold every word of the query with its typos corrected."""
    parsed = q.parse_query(suggestion.text, _word_test(backend))
    corrected = dataclasses.replace(request, query=_expanded(parsed), folded=False, preferred=[], facets=())
    return complete_total(backend, corrected)


def _lists_correction(params: SearchParams, typed: Callable[[], int], corrected: Callable[[], int]) -> bool:
    """Whether the list shown is the typo correction's rather than the typed query's: as web
    search engines do, when no document holds every word typed and some hold every corrected
    word (the page then offers the query as typed, ``as_typed``). The counts are asked for only
    as far as needed."""
    return not params.as_typed and typed() == 0 and corrected() > 0


def _as_corrected(params: SearchParams, suggestion: Suggestion) -> SearchParams:
    # as_typed: the corrected words are the corpus's own, there is nothing left to correct.
    return dataclasses.replace(params, q=suggestion.text, as_typed=True)


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
    return steps


def run_search(params: SearchParams, *, using: str = "default", facets: bool = True) -> SearchOutcome:
    """One page of results with snippets, facet counts (whole values) and a suggestion."""
    plan = _plan(params, using, facets)
    notes = [_note_text(code) for code in plan.parsed.notes]
    if q.NOTE_NOTHING_SEARCHABLE in plan.parsed.notes:
        # Only punctuation or emoji: "everything" would be no answer to what was typed.
        return SearchOutcome(params=params, total=0, hits=[], facets={}, notes=notes)
    backend = _backend(using)
    request = plan.request
    page = search_tiers(backend, request)
    for relax, note in _fallbacks(plan):
        if page.total:
            break
        relax(request)
        page = search_tiers(backend, request)
        if page.total:
            notes.append(note)
    suggestion = plan.suggestion
    if suggestion and suggestion.corrected:
        typed = page.tier_totals[0] if page.tier_totals else page.total
        corrected = _corrected_total(backend, request, suggestion)
        if _lists_correction(params, lambda: typed, lambda: corrected):
            outcome = run_search(_as_corrected(params, suggestion), using=using, facets=facets)
            return dataclasses.replace(
                outcome, params=params, suggestion=None, corrected_query=suggestion.text
            )
        if corrected <= typed:
            suggestion = None  # a correction that finds no more is not proposed
    documents = (
        Document.objects.filter(pk__in=[hit.id for hit, _tier in page.hits])
        .select_related("province")
        .defer("raw_text", "segmented", "metadata_evidence")
    )
    if any(tier != FIRST for _hit, tier in page.hits):
        # what a lower tier's result lacks is judged on what the index searched: text and names
        documents = documents.prefetch_related("appearances__official")
    documents = documents.in_bulk()
    hits = [
        SearchHit(
            document=documents[hit.id],
            snippet=snippet(documents[hit.id].text, request.query, request.folded),
            score=hit.score,
            tier=tier,
            missing=[]
            if tier == FIRST
            else missing_words(
                request.query,
                [documents[hit.id].title, documents[hit.id].text, *documents[hit.id].metadata_names()],
                request.folded,
            ),
        )
        for hit, tier in page.hits
        if hit.id in documents
    ]
    return SearchOutcome(
        params=params,
        total=page.total,
        tier_totals=page.tier_totals,
        hits=hits,
        facets=_facet_values(params, page.facets),
        suggestion=suggestion.text if suggestion else None,
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
    if q.NOTE_NOTHING_SEARCHABLE in plan.parsed.notes:
        return iter(())
    backend = _backend(using)
    suggestion = plan.suggestion
    if (
        suggestion
        and suggestion.corrected
        and _lists_correction(
            params,
            lambda: complete_total(backend, plan.request),
            lambda: _corrected_total(backend, plan.request, suggestion),
        )
    ):
        return iter_document_ids(_as_corrected(params, suggestion), using=using)
    for relax, _note in _fallbacks(plan):
        if next(iter_tiered_ids(backend, plan.request), None) is not None:
            break
        relax(plan.request)
    return iter_tiered_ids(backend, plan.request)


def related_documents(document: Document, *, limit: int = 5, using: str = "default") -> list[Document]:
    """Documents sharing ``document``'s key compound words, most related first."""
    backend = _backend(using)
    terms = key_terms(document.segmented or "", lambda ts: backend.document_frequencies("compounds", ts))
    ids = backend.more_like(document.pk, terms, limit)
    found = Document.objects.filter(pk__in=ids).select_related("province").in_bulk()
    return [found[pk] for pk in ids if pk in found]
