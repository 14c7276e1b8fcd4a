"""Documents stored before the text reader dropped empty Markdown image marks lose them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True)  # SQLite's schema editor refuses to run inside a transaction
def test_the_migration_drops_empty_image_marks_from_stored_texts_only():
    executor = MigrationExecutor(connection)
    before, after = [("documents", "0010_official_checked")], [("documents", "0011_text_without_image_marks")]
    executor.migrate(before)
    try:
        Document = executor.loader.project_state(before).apps.get_model("documents", "Document")
        raw = "Hội nghị tỉnh ủy\n![]() |\n| Đồng chí Bí thư phát biểu. |"
        marked = Document.objects.create(
            content_hash="a" * 64, raw_text=raw, text=raw, original_name="a.txt", source="/a"
        )
        plain = Document.objects.create(
            content_hash="b" * 64, raw_text="x", text="Giá [1] (ghi chú)", original_name="b.txt", source="/b"
        )
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        Document = executor.loader.project_state(after).apps.get_model("documents", "Document")
        stored = Document.objects.get(pk=marked.pk)
        assert stored.text == "Hội nghị tỉnh ủy\n |\n| Đồng chí Bí thư phát biểu. |"
        assert stored.raw_text == raw  # the reader's output as it was
        assert Document.objects.get(pk=plain.pk).text == "Giá [1] (ghi chú)"
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
