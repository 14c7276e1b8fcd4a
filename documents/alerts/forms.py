"""What a user submits to save or rename a search, checked before anything is written."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from documents.export.record import search_query_string
from documents.search import ParamError, SearchParams

from .models import NAME_MAX_CHARS, QUERY_MAX_CHARS, SavedSearch


class NameForm(forms.Form):
    name = forms.CharField(
        label=_("Tên tìm kiếm"),
        max_length=NAME_MAX_CHARS,
        error_messages={
            "required": _("Hãy đặt tên cho tìm kiếm."),
            "max_length": _("Tên dài quá: tối đa %(limit_value)d ký tự (đang có %(show_value)d)."),
        },
    )

    def __init__(self, *args, user, instance: SavedSearch | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.instance = instance

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        taken = SavedSearch.objects.filter(user=self.user, name=name)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("Bạn đã có một tìm kiếm tên “%(name)s”.") % {"name": name})
        return name


class SaveSearchForm(NameForm):
    query = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_query(self) -> str:
        query = search_query_string(QueryDict(self.cleaned_data["query"]))
        if len(query) > QUERY_MAX_CHARS:
            raise forms.ValidationError(
                _("Tìm kiếm dài quá để lưu (tối đa %(limit)d ký tự).") % {"limit": QUERY_MAX_CHARS}
            )
        try:
            SearchParams.from_querydict(QueryDict(query))
        except ParamError as error:
            raise forms.ValidationError(
                _("Tham số “%(param)s” không hợp lệ: %(message)s")
                % {"param": error.param, "message": error.message}
            ) from error
        return query
