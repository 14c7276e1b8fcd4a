"""documents.search.bulk (the benchmark's index build: processes preparing, one writing) writes
the same entries as the backends' update, which rebuild_index calls, on every backend: the same
fingerprints (a digest of every prepared field), the same hits in the same order, the same facet
counts, the same "did you mean" lexicon."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from documents.search.bulk import index_all
from documents.search.service import SearchParams, run_search

from .conftest import BACKENDS, using_backend

QUERIES = ("giải phóng mặt bằng", '"Ban Thường vụ"', "chuyen doi so", "Thanh Hóa -thủy", "")


def _outcome(query: str) -> tuple:
    data = QueryDict(mutable=True)
    data["q"] = query
    outcome = run_search(SearchParams.from_querydict(data))
    facets = {
        name: [(value.value, value.count) for value in values] for name, values in outcome.facets.items()
    }
    return outcome.total, [hit.document.pk for hit in outcome.hits], facets, outcome.suggestion


def _state(backend) -> dict:
    return {
        "fingerprints": backend.indexed_fingerprints(),
        "searches": {query: _outcome(query) for query in QUERIES},
        "suggest": backend.written_forms("thanh", limit=20),
    }


@pytest.mark.django_db(transaction=True)  # the preparing processes read committed rows
@pytest.mark.parametrize("workers", [0, 2])
@pytest.mark.parametrize("backend", BACKENDS)
def test_bulk_build_writes_what_update_writes(contract_corpus, tmp_path, backend, workers):
    with using_backend(backend, tmp_path) as search_backend:  # built through backend.update
        updated = _state(search_backend)
        assert len(updated["fingerprints"]) == len(contract_corpus)
        assert all(updated["fingerprints"].values())
        assert updated["searches"]["giải phóng mặt bằng"][0] > 0 and updated["suggest"]

        # Batches of 3: several commits, and workers that prepare while the writer writes.
        assert index_all(workers=workers, batch=3) == len(contract_corpus)
        assert _state(search_backend) == updated


@pytest.mark.django_db
def test_bulk_build_refuses_an_empty_batch(contract_corpus, tmp_path):
    with using_backend("tantivy", tmp_path), pytest.raises(ValueError, match="batch: must be at least 1"):
        index_all(workers=0, batch=0)
