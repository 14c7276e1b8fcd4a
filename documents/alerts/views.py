"""/account/searches/: a signed-in user's saved searches. Saving and changing them are POSTs
(CSRF-checked); another user's search is a 404, never a 403 that would confirm it exists."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from .forms import NameForm, SaveSearchForm
from .matching import count_new
from .models import SavedSearch


def _own(request, pk: int) -> SavedSearch:
    return get_object_or_404(SavedSearch, pk=pk, user=request.user)


def _list_page(request, *, save_form=None, rename: tuple[int, NameForm] | None = None, status=200):
    searches = list(SavedSearch.objects.filter(user=request.user))
    rows = []
    for saved in searches:
        form = rename[1] if rename and rename[0] == saved.pk else NameForm(user=request.user, instance=saved)
        if not form.is_bound:
            form.initial = {"name": saved.name}
        rows.append({"saved": saved, "new": count_new(saved), "form": form})
    context = {"rows": rows, "save_form": save_form}
    return render(request, "alerts/searches.html", context, status=status)


@login_required
def searches(request):
    if request.method == "POST":
        return _save(request)
    if request.method not in ("GET", "HEAD"):
        return _list_page(request, status=405)
    return _list_page(request)


def _save(request):
    form = SaveSearchForm(request.POST, user=request.user)
    if not form.is_valid():
        return _list_page(request, save_form=form, status=400)
    saved = SavedSearch.objects.create(
        user=request.user,
        name=form.cleaned_data["name"],
        query=form.cleaned_data["query"],
        language=translation.get_language() or "vi",
    )
    messages.success(request, _("Đã lưu tìm kiếm “%(name)s”.") % {"name": saved.name})
    return redirect("alerts:searches")


@login_required
@require_safe
def open_search(request, pk: int):
    saved = _own(request, pk)
    saved.last_seen = timezone.now()
    saved.save(update_fields=["last_seen"])
    return redirect(saved.search_url())


@login_required
@require_POST
def rename(request, pk: int):
    saved = _own(request, pk)
    form = NameForm(request.POST, user=request.user, instance=saved)
    if not form.is_valid():
        return _list_page(request, rename=(saved.pk, form), status=400)
    saved.name = form.cleaned_data["name"]
    saved.save(update_fields=["name"])
    messages.success(request, _("Đã đổi tên thành “%(name)s”.") % {"name": saved.name})
    return redirect("alerts:searches")


@login_required
@require_POST
def delete(request, pk: int):
    saved = _own(request, pk)
    saved.delete()
    messages.success(request, _("Đã xóa tìm kiếm “%(name)s”.") % {"name": saved.name})
    return redirect("alerts:searches")
