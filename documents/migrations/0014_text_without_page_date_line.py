"""Stored texts lose the page's date line (" date 2023-04 ...") the crawler writes before a page's
text: ingestion takes it off now (documents.ingest.prepare.without_date_line), and documents read
before lose it too. The line held words the index holds, so the segmentation is made again from
the text without it, as ingestion makes it; those documents' index entries are then stale until
`manage.py check_index --fix` (README's upgrade note). The raw text keeps the line."""

from django.db import migrations


def drop_page_date_lines(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    # Stored texts are normalized (no leading space): a date line starts the text.
    dated = Document._base_manager.filter(text__startswith="date ").only("pk", "text", "segmented")
    if not dated.exists():
        return  # a new database: the segmenter is not loaded for nothing
    from documents.ingest.prepare import without_date_line
    from documents.vietnamese.segment import segment

    for document in dated.iterator(chunk_size=200):
        body = without_date_line(document.text)
        if body == document.text or not body.strip():
            continue  # "date" begins a sentence, or the line is all there is: left as it was
        document.text, document.segmented = body, segment(body)
        document.save(update_fields=["text", "segmented"])


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0013_labels_of_appearances_and_citations"),
    ]

    operations = [
        migrations.RunPython(drop_page_date_lines, migrations.RunPython.noop),
    ]
