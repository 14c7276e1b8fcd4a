"""What the OpenSearch client's errors mean to the portal, said once for every call.

A cluster that does not answer (down, unreachable, overloaded, without the index's shards,
refusing our credentials) is SearchUnavailable: the page says so with a 503 and the log names
the cause. A request the cluster refuses as malformed is a SearchBackendError: our bug, loud.
Nothing is swallowed (haystack's SILENTLY_FAIL is never honoured here).
"""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit, urlunsplit

from haystack.exceptions import SearchBackendError
from opensearchpy.exceptions import (
    AuthenticationException,
    AuthorizationException,
    ConnectionError,
    TransportError,
)

from documents.search.errors import SearchUnavailable

ENGINE = "OpenSearch"


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


@contextlib.contextmanager
def answering(where: str):
    """Turn the client's errors on a call to the cluster at ``where`` into the portal's."""
    try:
        yield
    except ConnectionError as error:  # ConnectionTimeout included
        cause = f"no answer from the cluster ({type(error).__name__})"
        raise SearchUnavailable(ENGINE, cause, where) from error
    except (AuthenticationException, AuthorizationException) as error:
        cause = f"the cluster refused the portal's credentials ({error.status_code})"
        raise SearchUnavailable(ENGINE, cause, where) from error
    except TransportError as error:
        status = error.status_code if isinstance(error.status_code, int) else 0
        if status >= 500 or status == 429:
            cause = f"HTTP {status}, {reason(error)}"
            raise SearchUnavailable(ENGINE, cause, where) from error
        raise SearchBackendError(
            f"OpenSearch at {where} refused a request: HTTP {status}, {reason(error)}"
        ) from error
