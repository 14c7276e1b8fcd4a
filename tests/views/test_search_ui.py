"""Facet links built from one encoded query string are the links toggle_url builds."""

from __future__ import annotations

from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.search.params import SearchParams
from documents.views.search_ui import adding_link, toggle_url

values = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
facets = st.sampled_from(["province", "province_current", "official"])
keys = st.sampled_from(["q", "province", "official", "page", "sort"])


@given(
    pairs=st.lists(st.tuples(keys, values), max_size=6),
    name=facets,
    value=values,
)
@settings(max_examples=300, deadline=None)
def test_adding_a_value_gives_toggle_urls_link(pairs, name, value):
    query = QueryDict(mutable=True)
    for key, text in pairs:
        query.appendlist(key, "newest" if key == "sort" else "2" if key == "page" else text)
    params = SearchParams.from_querydict(query)
    if value in params.selected(name):
        return  # adding_link is only used for values not selected yet
    assert adding_link(query, params, name)(value) == toggle_url(query, params, name, value)
