"""How crawlers and browsers find the portal: /robots.txt, /sitemap.xml (django.contrib.sitemaps)
and /opensearch.xml (a browser's search bar searches the portal)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from documents.models import Document, Province

# Generated lists and machine interfaces: each search would be a new address for a crawler, and
# exports and the API are rate-limited for people, not for indexing.
DISALLOWED = ("/search/export", "/search/feed", "/api/", "/upload/", "/admin/", "/accounts/", "/account/")
DAY = 24 * 60 * 60


@require_safe
@cache_control(max_age=DAY, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED), ""]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=DAY, public=True)
def opensearch_xml(request):
    context = {"search_url": request.build_absolute_uri(reverse("documents:search"))}
    return render(
        request,
        "opensearch.xml",
        context,
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    limit = 10_000

    def items(self):
        return Document.objects.order_by("pk").only("pk", "updated_at")

    def lastmod(self, document):
        return document.updated_at


class ProvinceSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Province.objects.order_by("name").only("slug")

    def location(self, province):
        return reverse("documents:province", args=[province.slug])


class PageSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "documents:home",
            "documents:search",
            "documents:provinces",
            "documents:officials",
            "documents:about",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "provinces": ProvinceSitemap, "documents": DocumentSitemap}
