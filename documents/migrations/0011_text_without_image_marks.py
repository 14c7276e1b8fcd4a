"""Stored texts lose the empty Markdown image marks ("![]()") a page-to-text converter left in
them: the text reader drops them now (documents.readers.markup_remnants), and documents read
before keep none either. Only the empty mark, which holds no word: the segmentation and the
search index, made from the same text, stay as they are."""

from django.db import migrations

EMPTY_IMAGE = "![]()"


def drop_empty_image_marks(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    marked = Document.objects.filter(text__contains=EMPTY_IMAGE).only("pk", "text")
    for document in marked.iterator(chunk_size=200):
        document.text = document.text.replace(EMPTY_IMAGE, "")
        document.save(update_fields=["text"])


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0010_official_checked"),
    ]

    operations = [
        migrations.RunPython(drop_empty_image_marks, migrations.RunPython.noop),
    ]
