"""The admin: where staff correct what extraction got wrong.

A field changed here is remembered in Document.edited_fields, and re-ingesting the same file
keeps the correction. The review list (filter "Cần xem lại") shows the documents with fields
extraction doubts (Document.review_fields, from documents.metadata.confidence) that no one has
checked: correcting a field, or confirming the values with the list's action, checks it.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .admin_publication import PublicationActions, PublicationFilter
from .extraction_review import field_label, field_rows
from .ingest.store import EDITABLE_FIELDS
from .metadata.confidence import fields_to_review
from .models import Appearance, Citation, Document, IngestFailure, IngestFile, IngestRun, Official, Province
from .official_rows import merge_officials, split_by_province


def _really_changed(form, name: str) -> bool:
    """form.changed_data reports an empty JSON list as changed on every save (Django's JSON form
    field treats [] as empty on one side only); compare the values themselves."""
    before, after = form.initial.get(name), form.cleaned_data.get(name)
    after = getattr(after, "pk", after)
    return (before or None) != (after or None)


class NeedsReviewFilter(admin.SimpleListFilter):
    title = _("cần xem lại")
    parameter_name = "can_xem_lai"

    def lookups(self, request, model_admin):
        return [("1", _("Có trường trích xuất đáng ngờ chưa ai xem")), ("0", _("Không còn trường nào"))]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.exclude(review_fields=[])
        if self.value() == "0":
            return queryset.filter(review_fields=[])
        return queryset


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "titles", "roles", "position"]


class CitationInline(admin.TabularInline):
    model = Citation
    extra = 0
    fields = ["number", "kind", "issuer", "position"]


# The field of Document.edited_fields that a correction in each inline stands for.
_INLINE_FIELDS = {Appearance: "officials", Citation: "references"}


@admin.register(Document)
class DocumentAdmin(PublicationActions, admin.ModelAdmin):
    list_display = [
        "__str__",
        "date",
        "province",
        "meeting_type",
        "doc_type",
        "level",
        "number",
        "to_review",
        "published_at",
        "created_at",
    ]
    list_filter = [
        PublicationFilter,
        NeedsReviewFilter,
        "province",
        "meeting_type",
        "doc_type",
        "level",
        "date_precision",
        ("date", admin.DateFieldListFilter),
    ]
    search_fields = ["title", "number", "original_name", "source"]
    date_hierarchy = "date"
    autocomplete_fields = ["province", "chair", "signer"]
    inlines = [AppearanceInline, CitationInline]
    # Source URLs typed without a scheme are web pages; https is the safe assumption.
    formfield_overrides = {models.URLField: {"form_class": forms.URLField, "assume_scheme": "https"}}
    readonly_fields = [
        "content_hash",
        "original_name",
        "source",
        "original_file",
        "edited_fields",
        "extraction_detail",
        "metadata_evidence",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "doc_type",
                    "number",
                    ("date", "date_precision"),
                    "province",
                    "level",
                    "published_at",
                ]
            },
        ),
        (
            _("Hội nghị"),
            {"fields": ["meeting_type", "term", "session_no", "period", "chair", "signer"]},
        ),
        (_("Nội dung"), {"classes": ["collapse"], "fields": ["text", "raw_text", "segmented"]}),
        (
            _("Nguồn gốc"),
            {
                "fields": [
                    "original_name",
                    "source",
                    "source_url",
                    "original_file",
                    "content_hash",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
        (_("Trích xuất"), {"fields": ["extraction_detail", "edited_fields"]}),
        (_("Căn cứ (dữ liệu gốc)"), {"classes": ["collapse"], "fields": ["metadata_evidence"]}),
    ]
    actions = ["confirm_reviewed", "publish_selected", "unpublish_selected"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and obj.review_fields:
            # the extraction table first, its doubtful fields marked: what a reviewer came for
            extraction = [fs for fs in fieldsets if "extraction_detail" in fs[1]["fields"]]
            return extraction + [fs for fs in fieldsets if fs not in extraction]
        return fieldsets

    @admin.display(description=_("cần xem lại"))
    def to_review(self, obj):
        """Each doubtful field by its label with extraction's confidence as a percentage, as the
        document's extraction table writes them; ";" apart, as a label may hold a comma."""
        confidence = obj.metadata_confidence or {}
        return "; ".join(
            f"{capfirst(field_label(name))} ({confidence[name]:.0%})"
            if name in confidence
            else capfirst(field_label(name))
            for name in obj.review_fields or []
        )

    @admin.display(description=_("siêu dữ liệu trích xuất"))
    def extraction_detail(self, obj):
        """What extraction found for each field, its confidence and evidence: the table the upload
        report shows before publishing, here before and after."""
        # the admin has none of the portal's styles: the mark stands on a line of its own, in bold
        doubtful = format_html('<br><strong class="doubtful">{}</strong>', _("cần xem lại"))
        rows = [
            (
                format_html("{}{}", capfirst(row.label), doubtful if row.doubtful else ""),
                row.value or "—",
                f"{row.confidence:.0%}" if row.confidence is not None else "—",
                row.evidence or "—",
            )
            for row in field_rows(obj)
        ]
        head = (_("Trường"), _("Giá trị trích xuất"), _("Độ tin cậy"), _("Căn cứ trong văn bản"))
        return format_html(
            "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>",
            format_html_join("", '<th scope="col">{}</th>', ((label,) for label in head)),
            format_html_join("", '<tr><th scope="row">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>', rows),
        )

    @admin.action(description=_("Đã xem: giữ các giá trị hiện có của những trường đáng ngờ"))
    def confirm_reviewed(self, request, queryset):
        """A confirmed value is kept like a correction: re-ingesting the file does not replace it."""
        count = 0
        for document in queryset.exclude(review_fields=[]):
            document.edited_fields = sorted(set(document.edited_fields or []) | set(document.review_fields))
            document.review_fields = []
            document.save(update_fields=["edited_fields", "review_fields"])
            count += 1
        self.message_user(
            request,
            ngettext("Đã xác nhận %(n)d văn bản.", "Đã xác nhận %(n)d văn bản.", count) % {"n": count},
        )

    def save_model(self, request, obj, form, change):
        if change:
            corrected = {
                "date" if name == "date_precision" else name
                for name in form.changed_data
                if _really_changed(form, name)
            }
            obj.edited_fields = sorted(set(obj.edited_fields or []) | (corrected & set(EDITABLE_FIELDS)))
            obj.review_fields = fields_to_review(obj.metadata_confidence or {}, obj.edited_fields)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if change and formset.has_changed():
            obj = form.instance
            obj.edited_fields = sorted(set(obj.edited_fields or []) | {_INLINE_FIELDS[formset.model]})
            obj.save(update_fields=["edited_fields"])
        super().save_formset(request, form, formset, change)


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "before_2025", "since_2025", "successor", "successor_since"]
    list_filter = ["kind", "before_2025", "since_2025"]
    search_fields = ["name", "aliases"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    """Who is who: extraction splits namesakes by where and when they served
    (documents/ingest/identity.py); staff merge one person's rows or split namesakes here."""

    list_display = ["name", "key", "provinces", "checked"]
    list_filter = ["checked"]
    search_fields = ["name", "key"]
    readonly_fields = ["key"]
    actions = ["merge", "split"]

    @admin.display(description=_("tỉnh"))
    def provinces(self, obj):
        names = obj.appearances.exclude(document__province=None).values_list(
            "document__province__name", flat=True
        )
        return ", ".join(sorted(set(names)))

    @admin.action(description=_("Gộp thành một người (giữ dòng tạo trước)"))
    def merge(self, request, queryset):
        rows = list(queryset.order_by("pk"))
        if len(rows) < 2:
            self.message_user(request, _("Chọn ít nhất hai dòng để gộp."), level=messages.WARNING)
            return
        merged = merge_officials(rows[0], rows[1:])
        self.message_user(
            request,
            ngettext("Đã gộp %(n)d dòng vào %(name)s.", "Đã gộp %(n)d dòng vào %(name)s.", merged)
            % {"n": merged, "name": rows[0].name},
        )

    @admin.action(description=_("Tách theo tỉnh (mỗi tỉnh một người)"))
    def split(self, request, queryset):
        created = sum(len(split_by_province(official)) for official in queryset)
        self.message_user(
            request,
            ngettext("Đã tạo %(n)d người mới.", "Đã tạo %(n)d người mới.", created) % {"n": created},
        )


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    list_display = ["official", "document", "position"]
    list_filter = ["document__province"]
    search_fields = ["official__name", "document__title"]
    autocomplete_fields = ["official", "document"]


class IngestFailureInline(admin.TabularInline):
    model = IngestFailure
    extra = 0
    can_delete = False
    fields = readonly_fields = ["path", "message", "created_at"]


class IngestFileInline(admin.TabularInline):
    model = IngestFile
    extra = 0
    can_delete = False
    fields = readonly_fields = ["position", "name", "stage", "status", "document", "message"]


@admin.register(IngestRun)
class IngestRunAdmin(admin.ModelAdmin):
    list_display = [
        "pk",
        "started_at",
        "finished_at",
        "status",
        "origin",
        "ingested",
        "updated",
        "unchanged",
        "failed",
    ]
    list_filter = ["status", "origin"]
    readonly_fields = [f.name for f in IngestRun._meta.fields]
    inlines = [IngestFileInline, IngestFailureInline]


@admin.register(IngestFailure)
class IngestFailureAdmin(admin.ModelAdmin):
    list_display = ["path", "message", "run", "created_at"]
    list_filter = ["run__origin"]
    search_fields = ["path", "reason"]
