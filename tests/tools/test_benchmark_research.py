"""manage.py benchmark_research: one JSON line with every research view's time, on documents it
creates or on those already in the database (--existing), nothing left behind either way."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import QueryDict
from django.test import override_settings
from haystack import connections

from documents.models import Citation, Document
from documents.search import SearchParams
from documents.search import search as run_search
from tests.corpora import research_corpus
from tools.benchmark.research import QUERIES, urls

pytestmark = pytest.mark.django_db


def _run(*args) -> dict:
    out = io.StringIO()
    call_command("benchmark_research", *args, "--rounds", "1", stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


def _total(q: str) -> int:
    data = QueryDict(mutable=True)
    data["q"] = q
    return run_search(SearchParams.from_querydict(data)).total


def test_benchmark_research_times_every_view_on_documents_it_creates_and_rolls_back():
    line = _run("--docs", "40", "--text-chars", "200")
    assert line["docs"] == 40
    for name in urls():
        assert line[name]["ms"] > 0 and line[name]["cpu_ms"] >= 0, name
    assert set(line["matches"]) == set(QUERIES) and all(n > 0 for n in line["matches"].values())
    assert Document.objects.count() == 0 and Citation.objects.count() == 0


def test_benchmark_research_existing_measures_the_documents_already_there():
    research_corpus()
    citations = Citation.objects.count()
    # A deployment's rate limits would refuse the second request: the benchmark times the views.
    with override_settings(PORTAL_RATE_LIMITS=dict.fromkeys(("/compare", "/trends", "/directives"), "1/60")):
        line = _run("--existing")
    assert line["docs"] == Document.objects.count() == 12
    assert line["matches"] == {q: _total(q) for q in QUERIES}
    assert all(line[name]["ms"] > 0 for name in urls())
    assert Citation.objects.count() == citations  # the added citations are rolled back


def test_benchmark_research_existing_refuses_an_empty_database():
    with pytest.raises(CommandError, match="--existing"):
        _run("--existing")


def test_benchmark_research_existing_refuses_an_index_that_lacks_documents():
    research_corpus()
    connections["default"].get_backend().clear()
    with pytest.raises(CommandError, match="0 of the database's 12 documents"):
        _run("--existing")
