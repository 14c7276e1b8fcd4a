"""Cited numbers: parsed into kind and issuer, and the migration that moved the JSON lists to
Citation rows (and back)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from documents.ingest.citations import CitedNumber, cited_numbers, parse_cited


@pytest.mark.parametrize(
    ("written", "number", "kind", "issuer"),
    [
        ("18-NQ/TW", "18-NQ/TW", "NQ", "TW"),
        ("2043-KL/TU", "2043-KL/TU", "KL", "TU"),
        (" 35 - QĐ/TW ", "35-QĐ/TW", "QĐ", "TW"),
        ("12-tb/tu", "12-TB/TU", "TB", "TU"),
        ("05-CT/BCS-ĐU", "05-CT/BCS-ĐU", "CT", "BCS-ĐU"),
        ("Quy định 08", "Quy định 08", "", ""),
        ("12-TB/TU<script>", "12-TB/TU<script>", "", ""),
    ],
)
def test_a_cited_number_is_split_into_kind_and_issuer(written, number, kind, issuer):
    assert parse_cited(written) == CitedNumber(number, kind, issuer)


def test_cited_numbers_drop_blanks_repeats_and_what_is_not_text():
    numbers = cited_numbers(["18-NQ/TW", "", None, 17, "18-nq/tw", "x" * 100], max_length=60)
    assert [c.number for c in numbers] == ["18-NQ/TW", "x" * 60]


@pytest.mark.django_db(transaction=True)  # SQLite's schema editor refuses to run inside a transaction
def test_the_migration_moves_reference_lists_to_rows_and_back():
    executor = MigrationExecutor(connection)
    before, after = [("documents", "0006_rate_counter")], [("documents", "0007_citation")]
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps
        Document = old.get_model("documents", "Document")
        common = {"raw_text": "t", "text": "t", "original_name": "a.txt", "source": "/x"}
        citing = Document.objects.create(
            content_hash="a" * 64, references=["18-NQ/TW", "2043-KL/TU", "18-NQ/TW"], **common
        )
        silent = Document.objects.create(content_hash="b" * 64, references=[], **common)

        executor = MigrationExecutor(connection)
        executor.migrate(after)
        new = executor.loader.project_state(after).apps
        Citation = new.get_model("documents", "Citation")
        rows = Citation.objects.order_by("position").values_list("document_id", "number", "kind", "issuer")
        assert list(rows) == [(citing.pk, "18-NQ/TW", "NQ", "TW"), (citing.pk, "2043-KL/TU", "KL", "TU")]
        assert not Citation.objects.filter(document_id=silent.pk).exists()

        executor = MigrationExecutor(connection)
        executor.migrate(before)  # and back: the lists again
        Document = executor.loader.project_state(before).apps.get_model("documents", "Document")
        assert Document.objects.get(pk=citing.pk).references == ["18-NQ/TW", "2043-KL/TU"]
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
