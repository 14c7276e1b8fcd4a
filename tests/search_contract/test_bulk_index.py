"""documents.search.bulk (the index build of rebuild_index and the benchmark: processes
preparing, one writing) writes the same entries as the backends' update, which update_index
calls, on every backend: the same fingerprints (a digest of every prepared field), the same hits
in the same order, the same facet counts, the same "did you mean" lexicon."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.http import QueryDict

from documents.search.bulk import index_all
from documents.search.service import SearchParams, run_search
from tests.search_contract.backends import BACKENDS, using_backend

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


@pytest.mark.django_db(transaction=True)  # the preparing processes fork from this one
@pytest.mark.parametrize("backend", BACKENDS)
def test_rebuild_index_builds_what_haystacks_rebuild_built(contract_corpus, tmp_path, backend):
    with using_backend(backend, tmp_path, rebuild=False) as search_backend:
        # haystack's rebuild_index was these two commands.
        call_command("clear_index", interactive=False, verbosity=0)
        call_command("update_index", verbosity=0)
        before = _state(search_backend)
        assert len(before["fingerprints"]) == len(contract_corpus)

        search_backend.clear()  # what rebuild_index writes, not what was there
        out = io.StringIO()
        call_command("rebuild_index", interactive=False, workers=2, batchsize=3, verbosity=2, stdout=out)
        assert _state(search_backend) == before
        # Batch by batch through the bulk build (haystack's own prints "indexed 1 - 3 of ...").
        total = len(contract_corpus)
        assert f"Indexing {total} documents" in out.getvalue() and f"indexed 3 of {total}" in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"batchsize": 0}, "--batch-size"),
        ({"workers": -1}, "--workers"),
        ({"max_retries": 0}, "--max-retries"),
        ({"commit": False}, "--nocommit"),
        ({"using": ["nowhere"]}, "--using"),
    ],
)
def test_rebuild_index_refuses_what_it_cannot_do_and_leaves_the_index(
    contract_corpus, tmp_path, options, named
):
    with using_backend("tantivy", tmp_path) as search_backend:
        before = search_backend.indexed_fingerprints()
        with pytest.raises(CommandError, match=named):
            call_command("rebuild_index", interactive=False, verbosity=0, **options)
        assert search_backend.indexed_fingerprints() == before and before


@pytest.mark.django_db
def test_rebuild_index_asks_first_and_a_no_leaves_the_index(contract_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    with using_backend("tantivy", tmp_path) as search_backend:
        before = search_backend.indexed_fingerprints()
        out = io.StringIO()
        call_command("rebuild_index", stdout=out)
        assert "No action taken" in out.getvalue()
        assert search_backend.indexed_fingerprints() == before and before


@pytest.mark.django_db
def test_a_batch_whose_write_fails_is_written_again_up_to_the_attempts(
    contract_corpus, tmp_path, monkeypatch
):
    monkeypatch.setattr("documents.search.bulk.time.sleep", lambda seconds: None)
    with using_backend("tantivy", tmp_path) as search_backend:
        engine = type(search_backend)
        write = engine.write_entries
        failures = []

        def fails_once_a_batch(self, entries):
            if len(failures) % 2 == 0:
                failures.append(len(entries))
                raise OSError("the disk is busy")
            failures.append(0)
            return write(self, entries)

        monkeypatch.setattr(engine, "write_entries", fails_once_a_batch)
        assert index_all(workers=0, batch=5, attempts=2) == len(contract_corpus)
        assert len(search_backend.indexed_fingerprints()) == len(contract_corpus)
        failures.clear()
        with pytest.raises(OSError, match="the disk is busy"):
            index_all(workers=0, batch=5, attempts=1)
