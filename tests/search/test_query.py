"""The query parser: tolerant of anything a user types, and the grammar it promises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.search.abbreviations import expand_abbreviations
from documents.search.backends.whoosh.vocabulary import ranking_query, required_query
from documents.search.query import MAX_TERMS, NOTE_ONLY_EXCLUSIONS, NOTE_TRUNCATED, parse_query


def clauses(text: str) -> list[list[tuple[str, bool]]]:
    return [[(t.text, t.phrase) for t in c.alternatives] for c in parse_query(text).clauses]


def test_words_all_required():
    assert clauses("giải phóng mặt bằng") == [
        [("giải", False)],
        [("phóng", False)],
        [("mặt", False)],
        [("bằng", False)],
    ]


def test_quoted_phrase_and_exclusion():
    parsed = parse_query('"giải phóng mặt bằng" -"Thanh Hoá" -dự')
    assert [(t.text, t.phrase) for t in parsed.positive_terms()] == [("giải phóng mặt bằng", True)]
    assert [t.text for t in parsed.excluded] == ["thanh hóa", "dự"]


def test_or_joins_neighbours():
    assert clauses("Nghệ OR Long An") == [[("nghệ", False), ("long", False)], [("an", False)]]


def test_unbalanced_quote_runs_to_the_end():
    assert clauses('"ban thường vụ') == [[("ban thường vụ", True)]]


def test_lone_operators_are_ignored():
    assert clauses("OR - AND -- NOT") == []
    assert clauses("OR tỉnh OR") == [[("tỉnh", False)]]


def test_only_exclusions_is_noted():
    assert NOTE_ONLY_EXCLUSIONS in parse_query("-tỉnh").notes


def test_long_queries_are_cut_with_a_note():
    parsed = parse_query("tỉnh ủy " * 1000)
    assert NOTE_TRUNCATED in parsed.notes
    parsed = parse_query(" ".join(f"w{i}" for i in range(100)))
    assert len(parsed.clauses) == MAX_TERMS


def test_html_sql_and_emoji_are_just_text():
    # One chunk without spaces is kept together, as a phrase of its syllables.
    assert clauses("<script>alert(1)</script>") == [[("script alert 1 script", True)]]
    assert clauses("'; DROP TABLE documents; --") == [
        [("drop", False)],
        [("table", False)],
        [("documents", False)],
    ]
    assert clauses("😀🎉") == []


def test_abbreviations_expand_both_ways():
    expanded = expand_abbreviations(parse_query("UBND tỉnh"))
    assert [(t.text, t.exact) for t in expanded.clauses[0].alternatives] == [
        ("ubnd", True),
        ("ủy ban nhân dân", False),
    ]
    reverse = expand_abbreviations(parse_query("uỷ ban nhân dân tỉnh"))
    assert [t.text for t in reverse.clauses[0].alternatives] == ["ủy ban nhân dân", "ubnd"]
    assert [t.text for t in expand_abbreviations(parse_query("HĐND")).clauses[0].alternatives] == [
        "hđnd",
        "hội đồng nhân dân",
    ]


def test_two_letter_abbreviations_need_capitals():
    assert len(expand_abbreviations(parse_query("TU")).clauses[0].alternatives) == 2
    assert len(expand_abbreviations(parse_query("tu dưỡng")).clauses[0].alternatives) == 1


query_text = st.lists(
    st.one_of(
        st.text(max_size=8),
        st.sampled_from(
            ['"', "-", " ", "OR", "AND", "NOT", "(", ")", "*", ":", "đ", "ủy", "UBND", "\n", "\x00"]
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(query_text)
def test_parser_never_raises_and_builds_valid_queries(text):
    parsed = expand_abbreviations(parse_query(text))
    for term in parsed.positive_terms() + parsed.excluded:
        assert term.syllables and all(term.syllables)
    for folded in (False, True):
        required_query(parsed, folded)
        ranking_query(parsed, folded, [])
