"""Uploads are settled by background jobs, one per file: each file's progress and outcome is a
row (IngestFile); failure reasons are stored as a message id and its values, translated where
shown."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0007_citation"),
    ]

    operations = [
        migrations.AddField(
            model_name="ingestfailure",
            name="reason_params",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AlterField(
            model_name="ingestrun",
            name="origin",
            field=models.CharField(
                default="command",
                help_text="nguồn: command, upload hoặc background",
                max_length=20,
                verbose_name="nguồn gốc",
            ),
        ),
        migrations.CreateModel(
            name="IngestFile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("position", models.PositiveIntegerField(default=0)),
                ("name", models.CharField(max_length=255, verbose_name="tên tệp")),
                ("spool", models.CharField(blank=True, max_length=500)),
                (
                    "stage",
                    models.CharField(
                        choices=[
                            ("queued", "đang chờ"),
                            ("reading", "đang đọc"),
                            ("ocr", "đang nhận dạng chữ (OCR)"),
                            ("storing", "đang lưu và lập chỉ mục"),
                            ("indexed", "đã lập chỉ mục"),
                            ("failed", "lỗi"),
                        ],
                        default="queued",
                        max_length=10,
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        blank=True,
                        help_text="kết quả: ingested, updated, unchanged hoặc failed",
                        max_length=10,
                    ),
                ),
                ("reason", models.TextField(blank=True)),
                ("reason_params", models.JSONField(blank=True, default=dict)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "document",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="documents.document",
                    ),
                ),
                (
                    "run",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="files",
                        to="documents.ingestrun",
                    ),
                ),
            ],
            options={"ordering": ["run", "position"]},
        ),
    ]
