"""Whatever a user types, the service and the page answer without an error."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.models import Document
from documents.search.service import SearchParams, run_search
from tests.factories import DocumentFactory

pieces = st.one_of(
    st.text(max_size=6),
    st.sampled_from(['"', "-", " ", "OR", "NOT", "UBND", "TU", "thanh", "hoá", "đ", "<b>", "%", "\\", "'"]),
)


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(pieces, max_size=30).map("".join), st.booleans())
def test_run_search_never_raises(client, query, exact):
    if not Document.objects.exists():
        DocumentFactory(raw_text="Ban Thường vụ Tỉnh ủy Thanh Hóa họp về giải phóng mặt bằng.")
    data = QueryDict(mutable=True)
    data["q"] = query
    if exact:
        data["exact"] = "1"
    outcome = run_search(SearchParams.from_querydict(data))
    assert outcome.total >= 0
    for hit in outcome.hits:
        assert "<b>" not in str(hit.snippet).replace("<mark>", "").replace("</mark>", "")
    assert client.get("/search/", data).status_code == 200
