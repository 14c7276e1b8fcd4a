"""Hostile query strings on the research views (/compare/, /trends/, /directives/ and their
CSV files) and hostile directive numbers in the path: never a 5xx, a 400 names what was wrong."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .fuzzing import FUZZ, SEARCH_PARAMS, UNKNOWN_PARAMS, ensure_corpus, get, values

pytestmark = pytest.mark.django_db

RESEARCH_PARAMS = (*SEARCH_PARAMS, "by", "share", "q", "q")
names = st.one_of(st.sampled_from(RESEARCH_PARAMS), st.sampled_from(UNKNOWN_PARAMS))
pairs = st.lists(
    st.tuples(names, st.one_of(st.sampled_from(("year", "quarter", "1", "0")), values)), max_size=9
)


@pytest.mark.parametrize("path", ["/compare/", "/compare.csv", "/trends/", "/trends.csv", "/directives/"])
@FUZZ
@given(pairs=pairs)
def test_research_views(client, path, pairs):
    ensure_corpus()
    response = get(client, path, pairs)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        body = response.content_bytes.decode()
        assert "không hợp lệ" in body
        assert any(f"“{name}”" in body for name, _value in pairs), body[:300]


@FUZZ
@given(slug=values)
def test_directive_numbers_in_the_path(client, slug):
    ensure_corpus()
    response = get(client, f"/directives/{quote(slug, safe='')}/")
    assert response.status_code in (200, 404)
