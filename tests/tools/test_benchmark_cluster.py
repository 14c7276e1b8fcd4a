"""The benchmark's measure stage turns OpenSearch's request cache off for the index it measures
(repeated rounds were answered from it), and on again after."""

from __future__ import annotations

import uuid

import pytest

from tests import services
from tools.benchmark.cluster import REQUEST_CACHE, request_cache_off, request_cache_setting


class _Indices:
    """The two calls request_cache_off makes, recorded; the index's settings as a cluster keeps
    them (flat names, as flat_settings=True returns them)."""

    def __init__(self, settings: dict):
        self.settings, self.sent = settings, []

    def get_settings(self, index, name, flat_settings):
        assert (name, flat_settings) == (REQUEST_CACHE, True)
        # A cluster leaves the index out of its answer when no setting of that name is set.
        found = {k: v for k, v in self.settings.items() if k == name and v is not None}
        return {index: {"settings": found}} if found else {}

    def put_settings(self, index, body):
        self.sent.append((index, body))
        self.settings.update(body)


class _Backend:
    index_name = "measured"

    def __init__(self, settings: dict):
        self.conn = type("Conn", (), {})()
        self.conn.indices = _Indices(settings)


@pytest.mark.parametrize("before", [None, "true", "false"])
def test_the_cache_is_off_while_measuring_and_as_it_was_after(before):
    backend = _Backend({} if before is None else {REQUEST_CACHE: before})
    with request_cache_off(backend):
        assert backend.conn.indices.sent == [("measured", {REQUEST_CACHE: False})]
    # None resets the setting to the cluster's default (on); a value set on the index comes back.
    assert backend.conn.indices.sent[1:] == [("measured", {REQUEST_CACHE: before})]


def test_an_embedded_backend_has_no_cache_to_turn_off():
    with request_cache_off(object()):
        pass


@pytest.mark.django_db
def test_on_a_cluster_the_index_is_measured_without_its_request_cache():
    from documents.search.backends.opensearch.engine import OpenSearchBackend

    backend = OpenSearchBackend(
        "default", URL=services.opensearch_url(), INDEX_NAME=f"bench-cache-{uuid.uuid4().hex[:12]}"
    )
    backend.setup()

    def setting() -> str | None:
        return request_cache_setting(backend.conn, backend.index_name)

    try:
        assert setting() is None
        with request_cache_off(backend):
            assert setting() == "false"
        assert setting() is None  # the cluster's default again: on
    finally:
        backend.conn.indices.delete(index=backend.index_name, ignore_unavailable=True)
