"""GET /search/feed.atom: an Atom feed of the documents newest to the portal matching a search.

"New" means newly ingested (created_at), not newest by document date: a subscriber wants to
hear of a 2019 conclusion archived today, and a document date is often known only to the
month or year. Ids grow with ingestion, so the newest matches are the largest ids of the
search's list, found in one pass in constant memory.
"""

from __future__ import annotations

import dataclasses
import heapq
import re

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from documents.export.columns import date_phrase, issuer, number_phrase
from documents.export.record import search_query_string
from documents.labels import DOC_TYPE_LABELS, MEETING_TYPE_LABELS
from documents.models import Document
from documents.search import SORT_NEWEST, ParamError, SearchParams, facet_named
from documents.search import iter_ids as iter_document_ids

FEED_SIZE = 50
SUMMARY_CHARS = 400
PORTAL_NAME = gettext_lazy("Cổng tra cứu văn bản Đảng")
# Characters XML 1.0 cannot hold (Django's feed writer raises on them): a typed query or a
# document's text may carry them, so they are dropped from every text the feed shows.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _with_query(url: str, query_string: str) -> str:
    return f"{url}?{query_string}" if query_string else url


@dataclasses.dataclass
class FeedQuery:
    params: SearchParams
    query_string: str


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def author_name(self, obj: FeedQuery) -> str:
        return str(PORTAL_NAME)

    def get_object(self, request, query: FeedQuery):
        return query

    def title(self, obj: FeedQuery) -> str:
        parts = [f"“{obj.params.q}”"] if obj.params.q else []
        for name, values in obj.params.filters.items():
            facet = facet_named(name)
            shown = [facet.label(value) for value in values] if facet else values
            parts.append(f"{facet.title if facet else name}: {', '.join(shown)}")
        what = "; ".join(parts) if parts else _("tất cả văn bản")
        return _xml_text(_("Văn bản mới – %(what)s – %(portal)s") % {"what": what, "portal": PORTAL_NAME})

    def subtitle(self, obj: FeedQuery) -> str:
        return _("Các văn bản mới được đưa lên cổng khớp với tìm kiếm này, mới nhất trước.")

    def link(self, obj: FeedQuery) -> str:
        return _with_query(reverse("documents:search"), obj.query_string)

    def feed_url(self, obj: FeedQuery) -> str:
        return _with_query(reverse("documents:search_feed"), obj.query_string)

    def items(self, obj: FeedQuery):
        ids = iter_document_ids(dataclasses.replace(obj.params, sort=SORT_NEWEST))
        newest = heapq.nlargest(FEED_SIZE, ids)
        return list(
            Document.objects.filter(pk__in=newest)
            .select_related("province")
            .defer("raw_text", "segmented", "metadata_evidence")
            .order_by("-created_at", "-pk")
        )

    def item_title(self, item: Document) -> str:
        return _xml_text(str(item))

    def item_description(self, item: Document) -> str:
        facts = [
            date_phrase(item),
            item.province.name if item.province_id else "",
            str(MEETING_TYPE_LABELS.get(item.meeting_type, "")) if item.meeting_type else "",
            str(DOC_TYPE_LABELS.get(item.doc_type, "")) if item.doc_type else "",
            number_phrase(item.number) if item.number else "",
        ]
        text = " ".join((item.text or "")[: SUMMARY_CHARS * 2].split())[:SUMMARY_CHARS]
        line = " · ".join(fact for fact in facts if fact)
        html = f"<p>{escape(line)}</p><p>{escape(text)} …</p>" if line else f"<p>{escape(text)} …</p>"
        return _xml_text(html)

    def item_pubdate(self, item: Document):
        return item.created_at

    def item_updateddate(self, item: Document):
        return item.updated_at

    def item_author_name(self, item: Document) -> str | None:
        return _xml_text(issuer(item)) or None

    def item_categories(self, item: Document) -> list[str]:
        categories = [item.province.name] if item.province_id else []
        if item.meeting_type:
            categories.append(str(MEETING_TYPE_LABELS.get(item.meeting_type, item.meeting_type)))
        return [_xml_text(category) for category in categories]


@require_safe
def search_feed(request):
    try:
        params = SearchParams.from_querydict(request.GET)
    except ParamError as error:
        return HttpResponse(
            _("Tham số “%(param)s” không hợp lệ: %(message)s")
            % {"param": error.param, "message": error.message}
            + "\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    query = FeedQuery(params=params, query_string=search_query_string(request.GET))
    return SearchFeed()(request, query=query)
