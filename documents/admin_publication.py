"""The admin's part of publishing (documents/publication.py): the list filter of held and
published documents, and the actions that publish or hold the selected ones."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .publication import publish, unpublish


class PublicationFilter(admin.SimpleListFilter):
    title = _("công bố")
    parameter_name = "cong_bo"

    def lookups(self, request, model_admin):
        return [("0", _("Chờ xem lại, chưa công bố")), ("1", _("Đã công bố"))]

    def queryset(self, request, queryset):
        if self.value() in {"0", "1"}:
            return queryset.filter(published_at__isnull=self.value() == "0")
        return queryset


class PublicationActions:
    """Mixed into the document admin: publish or hold again, index entries following."""

    @admin.action(description=_("Công bố các văn bản đã chọn"))
    def publish_selected(self, request, queryset):
        count = publish(queryset.values_list("pk", flat=True))
        message = ngettext("Đã công bố %(n)d văn bản.", "Đã công bố %(n)d văn bản.", count)
        self.message_user(request, message % {"n": count})

    @admin.action(description=_("Thôi công bố các văn bản đã chọn (chờ xem lại)"))
    def unpublish_selected(self, request, queryset):
        count = unpublish(queryset.values_list("pk", flat=True))
        message = ngettext("Đã thôi công bố %(n)d văn bản.", "Đã thôi công bố %(n)d văn bản.", count)
        self.message_user(request, message % {"n": count})
