"""The engine-neutral plan: filters, facet groups and the effective sort, spelled as text so the
rules every backend follows can be read (and broken) here."""

from __future__ import annotations

from documents.search.plan import (
    BackendRequest,
    FilterPlan,
    effective_sort,
    facet_groups,
    ordered_counts,
)
from documents.search.query import parse_query


class TextFilters:
    def any_value(self, field, values):
        return f"{field} in ({' | '.join(values)})"

    def number_range(self, field, lower, upper):
        return (
            f"{lower if lower is not None else '-inf'} <= {field} <= {upper if upper is not None else 'inf'}"
        )

    def all(self, filters):
        return " AND ".join(filters)

    def any(self, filters):
        return "(" + " OR ".join(f"({one})" for one in filters) + ")"


PLAN = FilterPlan(TextFilters())


def request(q="", **kwargs) -> BackendRequest:
    return BackendRequest(query=parse_query(q), **kwargs)


def test_values_of_one_facet_are_alternatives_and_facets_all_apply():
    selected = request(filters={"province": ["Thanh Hóa", "Nghệ An"], "level": ["province"]})
    assert PLAN.combined(selected) == "province in (Thanh Hóa | Nghệ An) AND level in (province)"


def test_a_date_range_keeps_documents_whose_span_overlaps_it_and_never_undated_ones():
    ranged = request(date_from=20230401, date_to=20230630)
    assert PLAN.parts(ranged) == ["20230401 <= date_end <= inf", "1 <= date_start <= 20230630"]


def test_a_term_of_office_keeps_documents_overlapping_it_and_undated_ones():
    # The same overlap as a date range's, one end open or both closed.
    assert PLAN.overlapping(20140101, None) == ["20140101 <= date_end <= inf"]
    assert PLAN.overlapping_or_undated(20140101, 20191231) == (
        "((20140101 <= date_end <= inf AND 1 <= date_start <= 20191231) OR (0 <= date_start <= 0))"
    )


def test_nothing_to_filter_is_no_filter():
    assert PLAN.combined(request(filters={"province": []})) is None


def test_a_facet_with_a_selection_is_counted_without_it():
    selected = request(
        filters={"province": ["Thanh Hóa"], "officials": ["Đỗ Trọng Hưng"]},
        facets=("province", "year", "officials"),
    )
    assert facet_groups(selected) == [
        (("year",), ()),
        (("province",), ("province",)),
        (("officials",), ("officials",)),
    ]
    assert PLAN.combined(selected, skip=("province",)) == "officials in (Đỗ Trọng Hưng)"
    assert facet_groups(request(facets=("province", "level"))) == [(("province", "level"), ())]


def test_without_words_relevance_means_newest_first():
    assert effective_sort(request("")) == "newest"
    assert effective_sort(request("", sort="oldest")) == "oldest"
    assert effective_sort(request("tỉnh ủy")) == "relevance"


def test_counts_most_frequent_first_then_by_value_without_empty_values():
    assert ordered_counts([("b", 2), ("", 9), ("a", 2), (None, 4), ("c", 5)]) == [
        ("c", 5),
        ("a", 2),
        ("b", 2),
    ]
