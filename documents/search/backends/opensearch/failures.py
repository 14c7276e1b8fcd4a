"""What the OpenSearch client's errors mean to the portal, said once for every call.

A cluster that does not answer (down, unreachable, overloaded, without the index's shards,
refusing our credentials) is SearchUnavailable: the page says so with a 503 and the log names
the cause. A search the cluster refuses (HTTP 4xx, or a 500 whose cause is the query's size: more words
than its clause limit) is QueryRefused, a 400 naming the query parameter, with the cluster's
words in the log. Any other refused request (a write, a mapping) is a SearchBackendError: our
bug, loud. Nothing is swallowed (haystack's SILENTLY_FAIL is never honoured here).
"""

from __future__ import annotations

import contextlib
import logging
from urllib.parse import urlsplit, urlunsplit

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from haystack.exceptions import SearchBackendError
from opensearchpy.exceptions import (
    AuthenticationException,
    AuthorizationException,
    ConnectionError,
    TransportError,
)

from documents.search.errors import QueryRefused, SearchUnavailable

ENGINE = "OpenSearch"
# The reader's account of each kind of failure (the log keeps the cluster's own words).
NO_ANSWER = gettext_lazy("cụm máy chủ không trả lời")
CREDENTIALS = gettext_lazy("cụm máy chủ từ chối thông tin đăng nhập của cổng")
NO_INDEX = gettext_lazy("chỉ mục tìm kiếm chưa được tạo")
CLUSTER_ERROR = gettext_lazy("cụm máy chủ báo lỗi hoặc đang quá tải")
NO_SHARD_COPY = gettext_lazy("một phần chỉ mục tạm thời không có bản sao nào hoạt động")
logger = logging.getLogger("documents.search")

# Causes that say the query is too large for the cluster: the user's to shorten, not a fault.
TOO_LARGE = {
    "too_many_clauses",
    "too_many_nested_clauses",
    "too_complex_to_determinize_exception",
    "max_bytes_length_exceeded_exception",
}


def without_credentials(url: str) -> str:
    """``url`` as it may appear in a page or a log: no user name or password."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def reason(error: TransportError) -> str:
    """The cluster's own words for an error, else the client's."""
    info = error.info if isinstance(error.info, dict) else {}
    cause = info.get("error", {})
    if isinstance(cause, dict):
        root = (cause.get("root_cause") or [cause])[0]
        if root.get("reason"):
            return f"{root.get('type', 'error')}: {root['reason']}"
    return str(error.error or error)


def causes(error: TransportError) -> set[str]:
    """Every error type the cluster named for ``error``: root causes, the chain of causes and
    the shards' failures."""
    info = error.info if isinstance(error.info, dict) else {}
    found: set[str] = set()
    pending = [info.get("error")]
    while pending:
        cause = pending.pop()
        if not isinstance(cause, dict):
            continue
        found.add(str(cause.get("type", "")))
        pending += [cause.get("caused_by"), *(cause.get("root_cause") or ())]
        pending += [
            failure.get("reason") for failure in cause.get("failed_shards") or () if isinstance(failure, dict)
        ]
    found.discard("")
    return found


def _refused_query(error: TransportError, status: int, where: str, param: str) -> QueryRefused:
    logger.warning(
        "OpenSearch at %s refused the query in %r: HTTP %s, %s", where, param, status, reason(error)
    )
    if causes(error) & TOO_LARGE:
        message = _("câu tìm kiếm quá dài hoặc có quá nhiều từ đối với máy tìm kiếm; hãy bớt từ.")
    else:
        message = _("máy tìm kiếm không chạy được câu tìm kiếm này; hãy viết lại câu tìm kiếm.")
    return QueryRefused(param, message)


@contextlib.contextmanager
def answering(where: str, query_param: str | None = None):
    """Turn the client's errors on a call to the cluster at ``where`` into the portal's.

    ``query_param``: the call runs the user's search, written in that parameter; a query the
    cluster refuses is then the parameter's fault (QueryRefused).
    """
    try:
        yield
    except ConnectionError as error:  # ConnectionTimeout included
        cause = f"no answer from the cluster ({type(error).__name__})"
        raise SearchUnavailable(ENGINE, cause, where, NO_ANSWER) from error
    except (AuthenticationException, AuthorizationException) as error:
        cause = f"the cluster refused the portal's credentials ({error.status_code})"
        raise SearchUnavailable(ENGINE, cause, where, CREDENTIALS) from error
    except TransportError as error:
        status = error.status_code if isinstance(error.status_code, int) else 0
        if status == 404 and "index_not_found_exception" in causes(error):
            cause = "the portal's index is missing (manage.py rebuild_index creates it)"
            raise SearchUnavailable(ENGINE, cause, where, NO_INDEX) from error
        if query_param and ((400 <= status < 500 and status != 429) or causes(error) & TOO_LARGE):
            raise _refused_query(error, status, where, query_param) from error
        if status >= 500 or status == 429:
            cause = f"HTTP {status}, {reason(error)}"
            raise SearchUnavailable(ENGINE, cause, where, CLUSTER_ERROR) from error
        raise SearchBackendError(
            f"OpenSearch at {where} refused a request: HTTP {status}, {reason(error)}"
        ) from error
