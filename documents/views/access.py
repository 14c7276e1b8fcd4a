"""Who may use the staff pages (upload, review)."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def staff_required(view):
    """Anonymous visitors go to the login page; a logged-in non-staff user gets 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied(_("Chỉ cán bộ quản trị được tải tệp lên và công bố văn bản."))
        return view(request, *args, **kwargs)

    return wrapper
