"""One user's alert e-mail: for each saved search with new matches, its name, how many, a link
to the search and the first documents, written in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from documents.export.columns import date_phrase
from documents.models import Document

from .models import SavedSearch

LISTED_PER_SEARCH = 20  # the rest are one click away, on the search page


@dataclass
class SearchNews:
    saved: SavedSearch
    ids: list[int]  # the new matches, in the search's order


def absolute(path: str) -> str:
    return f"{settings.PORTAL_BASE_URL}{path}"


def _listed(ids: list[int]) -> list[dict]:
    shown = ids[:LISTED_PER_SEARCH]
    documents = Document.objects.select_related("province").defer("raw_text", "segmented").in_bulk(shown)
    items = []
    for pk in shown:
        document = documents.get(pk)
        if document is None:
            continue
        facts = [date_phrase(document), document.province.name if document.province_id else ""]
        items.append(
            {
                "title": str(document),
                "facts": ", ".join(fact for fact in facts if fact),
                "url": absolute(reverse("documents:detail", args=[pk])),
            }
        )
    return items


def user_language(news: list[SearchNews]) -> str:
    """The language the user last saved a search in; Vietnamese when none is known."""
    latest = max((item.saved for item in news), key=lambda saved: saved.created)
    known = {code for code, _name in settings.LANGUAGES}
    return latest.language if latest.language in known else "vi"


def render_digest(news: list[SearchNews]) -> tuple[str, str]:
    """(subject, plain-text body) in the user's language."""
    with translation.override(user_language(news)):
        total = sum(len(item.ids) for item in news)
        subject = ngettext(
            "%(count)d văn bản mới khớp với tìm kiếm đã lưu của bạn",
            "%(count)d văn bản mới khớp với tìm kiếm đã lưu của bạn",
            total,
        ) % {"count": total}
        sections = [
            {
                "name": item.saved.name,
                "count": len(item.ids),
                "more": max(0, len(item.ids) - LISTED_PER_SEARCH),
                "search_url": absolute(item.saved.search_url()),
                "documents": _listed(item.ids),
            }
            for item in news
        ]
        body = render_to_string(
            "alerts/digest.txt",
            {
                "sections": sections,
                "manage_url": absolute(reverse("alerts:searches")),
                "portal": _portal_name(),
            },
        )
    return subject, body


def _portal_name() -> str:
    return _("Cổng tra cứu văn bản Đảng")
