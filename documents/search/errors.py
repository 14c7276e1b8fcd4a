"""The errors a search raises past the backends: a bad parameter (400, naming the parameter) and
a search engine that cannot answer (503, naming the engine and the cause); never a 500."""

from __future__ import annotations

from django.utils.translation import gettext_lazy


class ParamError(ValueError):
    def __init__(self, param: str, message: str):
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


class QueryRefused(ParamError):
    """The search engine refused to run the user's query (too many words for its clause limit, a
    word too long for it): a 400 naming the parameter, like any bad parameter. Raised by a
    backend, after the parameters were read, so portal.middleware turns it into the answer."""


class SearchUnavailable(RuntimeError):
    """The search engine did not answer (a server down, unreachable or without its shards).
    portal.middleware turns it into a 503 page or JSON error and logs the cause.

    ``cause`` is the engine's own account, for the operator (the log, the retry queue): it
    holds the cluster's words, in English. ``summary`` says the same for the reader, in the
    interface's language (a lazy translation)."""

    def __init__(self, engine: str, cause: str, where: str = "", summary=None):
        super().__init__(f"{engine} {where}: {cause}" if where else f"{engine}: {cause}")
        self.engine = engine  # for the page: which engine, not where it runs
        self.cause = cause
        self.where = where  # for the log and the operator: its address
        self.summary = summary if summary is not None else NOT_ANSWERING


NOT_ANSWERING = gettext_lazy("máy chủ không trả lời")
