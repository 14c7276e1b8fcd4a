"""check_index finds rows missing from the index and entries with no row, and --fix repairs both."""

from __future__ import annotations

import time

import pytest
from django.core.management import call_command
from django.db.models.signals import post_delete, post_save

from documents.index_check import check_index
from documents.models import Document
from tests.commands import run_command

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[int, str]:
    code, out, _ = run_command("check_index", *args)
    return code, out


def test_agreeing_index_is_reported_clean(ingested_samples):
    code, out = run()
    assert code == 0 and "database 5, index 5" in out and "agree" in out


def test_missing_and_extra_entries_are_found_and_repaired(ingested_samples):
    from django.apps import apps

    processor = apps.get_app_config("haystack").signal_processor
    # Change the database behind the index's back: one row deleted, one row added, unseen.
    processor.teardown()
    try:
        gone = Document.objects.order_by("pk").first()
        gone_pk = gone.pk
        gone.delete()
        added = Document.objects.order_by("pk").last()
        added.pk, added.content_hash, added.source = None, "f" * 64, "/elsewhere/copy.txt"
        added.save()
    finally:
        processor.setup()
    assert post_save.has_listeners(Document) and post_delete.has_listeners(Document)

    report = check_index()
    assert report.missing == [added.pk] and report.extra == [gone_pk]
    code, out = run()
    assert code == 1 and "missing from index 1, extra in index 1" in out and "--fix" in out

    code, out = run("--fix")
    assert code == 0 and "repaired" in out
    assert check_index().consistent


@pytest.mark.django_db(transaction=True)  # the rebuild's worker processes read committed rows
def test_rebuild_with_worker_processes_indexes_everything(ingested_samples):
    # `rebuild_index --workers N`: processes prepare their batches side by side and take turns
    # at the single writer; every row must end up in the index exactly once.
    call_command("rebuild_index", interactive=False, workers=2, batchsize=2, verbosity=0)
    # This process sees other processes' commits once its reader reloads (tantivy reloads on a
    # timer of its own).
    deadline = time.monotonic() + 10
    code, out = run()
    while code != 0 and time.monotonic() < deadline:
        time.sleep(0.2)
        code, out = run()
    assert code == 0 and "database 5, index 5" in out, out


def test_rebuild_index_speaks_one_language(ingested_samples):
    # haystack names the model by its verbose name, Vietnamese in the default language.
    code, out, _ = run_command("rebuild_index", "--noinput")
    assert code == 0 and "Indexing 5 documents" in out and "văn bản" not in out


def test_rebuild_index_counts_the_rows_the_build_lists(ingested_samples):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        code, out, _ = run_command("rebuild_index", "--noinput", "--workers", "0", "-v", "2")
    assert code == 0 and out.splitlines()[0] == "Indexing 5 documents"
    assert "indexed 5 of 5" in out and "indexed 0" not in out
    assert not [query for query in queries if "COUNT(" in query["sql"].upper()]


def test_an_index_started_empty_for_a_new_layout_is_reported(ingested_samples):
    from pathlib import Path

    from haystack import connections

    from documents.search.backends.tantivy import engine
    from documents.search.backends.tantivy.schema import layout_of

    backend = connections["default"].get_backend()
    if not isinstance(backend, engine.TantivySearchBackend):
        pytest.skip("only tantivy starts an index of another layout empty")

    # The index was written before the facet "term" was added to the registry.
    fields = dict(connections["default"].get_unified_index().all_searchfields())
    fields.pop("term")
    Path(backend.path, engine.VERSION_FILE).write_text(layout_of(fields).version)
    engine._forget(backend.path)
    code, out = run()
    assert code == 1 and "missing from index 5" in out
    assert "started empty" in out and "rebuild_index" in out
    assert '(facets: +"term")' in out
