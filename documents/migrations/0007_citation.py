"""A document's cited numbers become Citation rows instead of a JSON list on the document
(matched by text before); the lists already stored are moved, and moved back on reversal."""

import django.db.models.deletion
from django.db import migrations, models

from documents.ingest.citations import cited_numbers  # pure parsing, no model of its own


def lists_to_rows(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    Citation = apps.get_model("documents", "Citation")
    rows = []
    for pk, numbers in Document.objects.exclude(references=[]).values_list("pk", "references").iterator():
        if not isinstance(numbers, list):
            continue
        for position, cited in enumerate(cited_numbers(numbers, 60)):
            rows.append(
                Citation(
                    document_id=pk,
                    number=cited.number,
                    kind=cited.kind,
                    issuer=cited.issuer,
                    position=position,
                )
            )
        if len(rows) >= 5000:
            Citation.objects.bulk_create(rows)
            rows = []
    Citation.objects.bulk_create(rows)


def rows_to_lists(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    Citation = apps.get_model("documents", "Citation")
    lists = {}
    for document_id, number in Citation.objects.order_by("document_id", "position").values_list(
        "document_id", "number"
    ):
        lists.setdefault(document_id, []).append(number)
    for document_id, numbers in lists.items():
        Document.objects.filter(pk=document_id).update(references=numbers)


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0006_rate_counter"),
    ]

    operations = [
        migrations.CreateModel(
            name="Citation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("number", models.CharField(db_index=True, max_length=60, verbose_name="số được dẫn")),
                ("kind", models.CharField(blank=True, db_index=True, max_length=10, verbose_name="loại")),
                (
                    "issuer",
                    models.CharField(
                        blank=True, db_index=True, max_length=20, verbose_name="cơ quan ban hành"
                    ),
                ),
                ("position", models.PositiveIntegerField(default=0, help_text="Thứ tự trong văn bản.")),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="citations",
                        to="documents.document",
                    ),
                ),
            ],
            options={
                "ordering": ["document", "position"],
                "constraints": [
                    models.UniqueConstraint(fields=("document", "number"), name="one_citation_per_number")
                ],
            },
        ),
        migrations.RunPython(lists_to_rows, rows_to_lists),
        migrations.RemoveField(model_name="document", name="references"),
    ]
