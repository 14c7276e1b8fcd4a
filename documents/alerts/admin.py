from django.contrib import admin

from .models import SavedSearch


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ("name", "user", "query", "created", "last_seen", "last_alerted")
    list_filter = ("language",)
    search_fields = ("name", "user__username", "query")
    raw_id_fields = ("user",)
    readonly_fields = ("created", "last_alerted")
