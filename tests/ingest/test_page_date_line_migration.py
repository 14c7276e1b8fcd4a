"""Documents stored before ingestion took the page's date line off their text lose it too."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("documents", "0013_labels_of_appearances_and_citations")]
AFTER = [("documents", "0014_text_without_page_date_line")]
BODY = "Ban Chấp hành Đảng bộ tỉnh chỉ rõ hạn chế."


@pytest.mark.django_db(transaction=True)  # SQLite's schema editor refuses to run inside a transaction
def test_the_migration_takes_the_date_line_off_stored_texts_and_their_segmentation():
    from documents.vietnamese.segment import segment

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    try:
        Document = executor.loader.project_state(BEFORE).apps.get_model("documents", "Document")

        def stored(key: str, text: str):
            return Document._base_manager.create(
                content_hash=key * 64,
                raw_text=f" {text}",
                text=text,
                segmented=segment(text),
                original_name=f"{key}.txt",
                source=f"/{key}",
            )

        dated = stored("a", f"date 2023-04 {BODY}")
        plain = stored("b", f"date là ngày họp. {BODY}")  # a sentence, not the page's line
        alone = stored("c", "date 2024-11")
        executor = MigrationExecutor(connection)
        executor.migrate(AFTER)
        Document = executor.loader.project_state(AFTER).apps.get_model("documents", "Document")
        after = Document._base_manager.get(pk=dated.pk)
        assert (after.text, after.segmented) == (BODY, segment(BODY))
        assert after.raw_text == f" date 2023-04 {BODY}"  # the reader's output as it was
        for kept in (plain, alone):
            again = Document._base_manager.get(pk=kept.pk)
            assert (again.text, again.segmented) == (kept.text, kept.segmented)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
