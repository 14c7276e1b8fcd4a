"""Labels only, no change to the tables: the officials and citations a document names are labelled
in the interface's language in the admin (they were the English field names)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0012_publication"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="appearance",
            options={
                "ordering": ["document", "position"],
                "verbose_name": "lần được nêu tên",
                "verbose_name_plural": "cán bộ được nêu tên",
            },
        ),
        migrations.AlterModelOptions(
            name="citation",
            options={
                "ordering": ["document", "position"],
                "verbose_name": "số hiệu được dẫn",
                "verbose_name_plural": "số hiệu được dẫn",
            },
        ),
        migrations.AlterField(
            model_name="appearance",
            name="document",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="appearances",
                to="documents.document",
                verbose_name="văn bản",
            ),
        ),
        migrations.AlterField(
            model_name="appearance",
            name="official",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="appearances",
                to="documents.official",
                verbose_name="cán bộ",
            ),
        ),
        migrations.AlterField(
            model_name="appearance",
            name="roles",
            field=models.JSONField(blank=True, default=list, verbose_name="vai trò"),
        ),
        migrations.AlterField(
            model_name="appearance",
            name="titles",
            field=models.JSONField(blank=True, default=list, verbose_name="chức danh (như văn bản ghi)"),
        ),
        migrations.AlterField(
            model_name="citation",
            name="document",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="citations",
                to="documents.document",
                verbose_name="văn bản",
            ),
        ),
        migrations.AlterField(
            model_name="citation",
            name="position",
            field=models.PositiveIntegerField(
                default=0, help_text="Thứ tự trong văn bản.", verbose_name="thứ tự"
            ),
        ),
    ]
