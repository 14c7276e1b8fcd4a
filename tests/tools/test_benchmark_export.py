"""manage.py benchmark_export: one JSON line per format, every row exported, nothing left behind."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from documents.models import Document

pytestmark = pytest.mark.django_db


def test_benchmark_export_measures_each_format_and_rolls_back():
    out = io.StringIO()
    call_command(
        "benchmark_export", docs=30, text_chars=200, no_tracemalloc=True, stdout=out, stderr=io.StringIO()
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["format"] for line in lines] == ["csv", "xlsx", "json"]
    for line in lines:
        assert line["rows"] == 30 and line["rows_per_s"] > 0 and line["bytes"] > 0
        assert line["peak_rss_mb"] > 0
    assert Document.objects.count() == 0
