"""A user's saved searches, and the documents each has already announced by e-mail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NAME_MAX_CHARS = 100
QUERY_MAX_CHARS = 2000


class SavedSearch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_searches",
        verbose_name=_("người dùng"),
    )
    name = models.CharField(_("tên"), max_length=NAME_MAX_CHARS)
    # The search page's query string without its paging: what /search/? is opened with.
    query = models.CharField(_("tham số tìm kiếm"), max_length=QUERY_MAX_CHARS, blank=True)
    # The interface language the search was saved in: the alerts are written in it.
    language = models.CharField(_("ngôn ngữ"), max_length=10, default="vi")
    created = models.DateTimeField(_("lưu lúc"), default=timezone.now)
    last_seen = models.DateTimeField(_("xem lần cuối"), default=timezone.now)
    last_alerted = models.DateTimeField(_("gửi thư lần cuối"), null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("tìm kiếm đã lưu")
        verbose_name_plural = _("tìm kiếm đã lưu")
        constraints = [
            models.UniqueConstraint(fields=("user", "name"), name="one_saved_search_name_per_user")
        ]

    def __str__(self) -> str:
        return self.name

    def search_url(self) -> str:
        url = reverse("documents:search")
        return f"{url}?{self.query}" if self.query else url


class AnnouncedDocument(models.Model):
    """A document an alert has mailed for a saved search: never mailed for it again, whatever
    re-indexing or re-ingesting does to the document's dates."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="announced")
    document = models.ForeignKey("documents.Document", on_delete=models.CASCADE, related_name="+")
    announced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("văn bản đã báo")
        verbose_name_plural = _("văn bản đã báo")
        constraints = [
            models.UniqueConstraint(fields=("saved_search", "document"), name="announce_a_document_once")
        ]

    def __str__(self) -> str:
        return f"{self.saved_search_id}: {self.document_id}"
