"""Response headers every page carries (Django's SecurityMiddleware sets the rest), the 503 a
page gets when the search engine does not answer and the 400 when it refuses the query."""

from __future__ import annotations

import logging

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger("portal.search")

# No inline script or style anywhere in the portal: everything comes from /static/ on this host.
DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = getattr(settings, "PORTAL_CONTENT_SECURITY_POLICY", DEFAULT_CSP)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.csp)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


class SearchUnavailableMiddleware:
    """A search engine that does not answer is a 503 naming the cause, never a 500 stack trace:
    JSON under /api/, a page elsewhere. The log gets the engine's address too.

    A bad parameter found once the search runs (the engine refused the query: QueryRefused) is
    the 400 a bad parameter gets in the views, naming it."""

    RETRY_AFTER_SECONDS = "30"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from documents.search import ParamError, SearchUnavailable

        if isinstance(exception, ParamError):
            return self.bad_parameter(request, exception)
        if not isinstance(exception, SearchUnavailable):
            return None
        logger.error("Search unavailable for %s: %s", request.path, exception)
        # The cause, in the engine's words (English), is for the log above; the reader gets
        # its account in the interface's language.
        message = _("Máy tìm kiếm %(engine)s tạm thời không trả lời (%(reason)s). Vui lòng thử lại sau.") % {
            "engine": exception.engine,
            "reason": exception.summary,
        }
        headers = {"Retry-After": self.RETRY_AFTER_SECONDS}
        if request.path.startswith("/api/"):
            return JsonResponse(
                {"error": {"message": message}},
                status=503,
                headers=headers,
                json_dumps_params={"ensure_ascii": False},
            )
        response = render(request, "503.html", {"message": message}, status=503)
        response["Retry-After"] = self.RETRY_AFTER_SECONDS
        return response

    @staticmethod
    def bad_parameter(request, error):
        message = _("Tham số “%(param)s” không hợp lệ: %(message)s") % {
            "param": error.param,
            "message": error.message,
        }
        if request.path.startswith("/api/") or request.path.endswith(".json"):
            return JsonResponse(
                {"error": {"param": error.param, "message": error.message}},
                status=400,
                json_dumps_params={"ensure_ascii": False},
            )
        context = {"q": request.GET.get("q", "")[:500], "error": message, "error_param": error.param}
        return render(request, "documents/search.html", context, status=400)
