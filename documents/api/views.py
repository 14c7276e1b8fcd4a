"""JSON views over the search service and the documents, with plain Django.

Every error is JSON: 400 {"error": {"param", "message"}} for a bad parameter, 404, 405 and 503
{"error": {"message"}} (503: the search engine does not answer, from portal.middleware).
The shapes are the ones documents/api/openapi.py declares.
"""

from __future__ import annotations

import dataclasses
import functools

from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from documents.models import Document
from documents.search import MAX_PAGE, MAX_PAGE_SIZE, ParamError, SearchOutcome, SearchParams, document_facets
from documents.search import search as run_search

from .openapi import build_schema

ALLOWED_METHODS = ("GET", "HEAD")


def _error(status: int, message: str, param: str | None = None, headers: dict | None = None) -> JsonResponse:
    body = {"message": message} if param is None else {"param": param, "message": message}
    return JsonResponse(
        {"error": body}, status=status, headers=headers, json_dumps_params={"ensure_ascii": False}
    )


def _ok(data: dict) -> JsonResponse:
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def json_get(view):
    """GET and HEAD only, answered in JSON; other methods get a JSON 405."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ALLOWED_METHODS:
            return _error(
                405,
                _("Phương thức %(method)s không được hỗ trợ.") % {"method": request.method},
                headers={"Allow": ", ".join(ALLOWED_METHODS)},
            )
        return view(request, *args, **kwargs)

    return wrapper


def _params(request) -> SearchParams:
    return SearchParams.from_querydict(request.GET)


def _page_link(request, outcome: SearchOutcome, page: int) -> str:
    data = request.GET.copy()
    data["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{data.urlencode()}")


def _facets(outcome: SearchOutcome) -> dict:
    return {
        name: [{"value": v.value, "count": v.count, "label": v.label, "selected": v.selected} for v in values]
        for name, values in outcome.facets.items()
    }


def _result(request, hit) -> dict:
    return {**_summary(request, hit.document, str(hit.snippet)), "tier": hit.tier, "missing": hit.missing}


def _summary(request, document: Document, snippet: str) -> dict:
    province = document.province
    return {
        "id": document.pk,
        "title": document.display_title,
        "title_extracted": document.title_extracted,
        "date": document.date_iso,
        "province": province.name if province else None,
        "province_current": province.current.name if province else None,
        "meeting_type": document.meeting_type,
        "doc_type": document.doc_type,
        "level": document.level,
        **document_facets(document),
        "number": document.number,
        "url": request.build_absolute_uri(document.get_absolute_url()),
        "api_url": request.build_absolute_uri(reverse("documents:api_document", args=[document.pk])),
        "snippet": snippet,
    }


@json_get
def search(request):
    try:
        params = _params(request)
    except ParamError as error:
        return _error(400, error.message, error.param)
    outcome = run_search(params)
    return _ok(
        {
            "count": outcome.total,
            "page": outcome.page,
            "page_size": params.page_size,
            "num_pages": outcome.num_pages,
            "next": (
                _page_link(request, outcome, outcome.page + 1)
                if outcome.has_next and outcome.page < MAX_PAGE
                else None
            ),
            "previous": _page_link(request, outcome, outcome.page - 1) if outcome.has_previous else None,
            "results": [_result(request, hit) for hit in outcome.hits],
            "facets": _facets(outcome),
            "suggestion": outcome.suggestion,
            "corrected_query": outcome.corrected_query,
            "notes": [str(note) for note in outcome.notes],
            "tier_counts": outcome.tier_totals,
        }
    )


@json_get
def facets(request):
    try:
        params = _params(request)
    except ParamError as error:
        return _error(400, error.message, error.param)
    outcome = run_search(dataclasses.replace(params, page=1, page_size=1))
    return _ok({"count": outcome.total, "facets": _facets(outcome)})


def _date_time(value) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


@json_get
def document(request, pk: int):
    found = (
        Document.objects.select_related("province__successor", "chair", "signer")
        .defer("raw_text", "segmented", "metadata_evidence")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        return _error(404, _("Không có văn bản nào mang mã %(id)s.") % {"id": pk})
    appearances = found.appearances.select_related("official").order_by("position")
    province = found.province
    data = {
        "id": found.pk,
        "title": found.display_title,
        "title_extracted": found.title_extracted,
        "doc_type": found.doc_type,
        "number": found.number,
        "date": found.date_iso,
        "date_precision": found.date_precision,
        "province": province.name if province else None,
        "province_current": province.current.name if province else None,
        "level": found.level,
        "meeting_type": found.meeting_type,
        **document_facets(found),
        "session_no": found.session_no,
        "period": found.period,
        "chair": found.chair.name if found.chair else None,
        "signer": found.signer.name if found.signer else None,
        "officials": [
            {
                "name": appearance.official.name,
                "titles": list(appearance.titles or []),
                "roles": list(appearance.roles or []),
            }
            for appearance in appearances
        ],
        "references": [citation.number for citation in found.citations.all()],
        "text": found.text,
        "url": request.build_absolute_uri(found.get_absolute_url()),
        "original_url": (
            request.build_absolute_uri(reverse("documents:original", args=[found.pk]))
            if found.original_file
            else None
        ),
        "source_url": found.source_url,
        "original_name": found.original_name,
        "created_at": _date_time(found.created_at),
        "updated_at": _date_time(found.updated_at),
    }
    return _ok(data)


def not_found(request, rest: str):
    """Any other address under /api/ (a document id that is not a number, say): a JSON 404."""
    return _error(404, _("Không có tài nguyên API nào tại /api/%(rest)s.") % {"rest": rest})


@json_get
def openapi(request):
    return _ok(build_schema(server_url=request.build_absolute_uri("/"), max_page_size=MAX_PAGE_SIZE))
