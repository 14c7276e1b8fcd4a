"""Who works on an upload's file or a command's run, and since when: recovery finds the work of
a process that died (documents.ingest.recovery)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0008_ingest_files"),
    ]

    operations = [
        migrations.AddField(
            model_name="ingestfile",
            name="attempts",
            field=models.PositiveSmallIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="ingestfile",
            name="claimed_by",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="ingestfile",
            name="heartbeat",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="ingestrun",
            name="claimed_by",
            field=models.CharField(blank=True, max_length=200),
        ),
        migrations.AddField(
            model_name="ingestfile",
            name="ocr_pages",
            field=models.PositiveIntegerField(default=0),
        ),
    ]
