import django.db.models.manager
import django.utils.timezone
from django.db import migrations, models


def published_when_ingested(apps, schema_editor):
    """Documents ingested before review existed were public: published when they came in."""
    document = apps.get_model("documents", "Document")
    document._default_manager.update(published_at=models.F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0011_text_without_image_marks"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="document",
            options={
                "default_manager_name": "with_held",
                "ordering": ["-date", "-id"],
                "verbose_name": "văn bản",
                "verbose_name_plural": "văn bản",
            },
        ),
        migrations.AlterModelManagers(
            name="document",
            managers=[
                ("with_held", django.db.models.manager.Manager()),
            ],
        ),
        migrations.AddField(
            model_name="document",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                db_index=True,
                default=django.utils.timezone.now,
                help_text="Để trống: văn bản chờ cán bộ xem lại, công chúng chưa thấy.",
                null=True,
                verbose_name="công bố lúc",
            ),
        ),
        migrations.RunPython(published_when_ingested, migrations.RunPython.noop),
    ]
