"""The shape of a search, decided once for every engine: spelled out here in a little text vocabulary
("field:word", "^boost", OR / AND), so what each clause asks and weighs reads at a glance."""

from __future__ import annotations

from documents.search.query import parse_query
from documents.search.query_shape import QueryShape


def _open(bound) -> str:
    return "*" if bound is None else str(bound)


class SpelledFilters:
    """Filters as text (documents.search.plan's vocabulary)."""

    def any_value(self, field: str, values: list[str]) -> str:
        return f"{field} in ({' | '.join(values)})"

    def number_range(self, field: str, lower: int | None, upper: int | None) -> str:
        return f"{field}:{_open(lower)}..{_open(upper)}"

    def all(self, filters: list[str]) -> str:
        return "(" + " AND ".join(filters) + ")"

    def any(self, filters: list[str]) -> str:
        return "(" + " OR ".join(filters) + ")"


class Spelled:
    """Queries as text."""

    filters = SpelledFilters()

    def word(self, field: str, syllable: str) -> str:
        return f"{field}:{syllable}"

    keyword = word

    def phrase(self, field: str, syllables: list[str]) -> str:
        return f'{field}:"{" ".join(syllables)}"' if len(syllables) > 1 else self.word(field, syllables[0])

    adjacent = phrase  # spelled alike: the shape's intent reads the same (see AdjacencySpelled)

    def near(self, field: str, words: list[list[str]], slop: int) -> str:
        return f'{field}:"{" | ".join(" ".join(word) for word in words)}"~{slop}'

    def any(self, queries: list[str]) -> str:
        return queries[0] if len(queries) == 1 else "(" + " OR ".join(queries) + ")"

    def all(self, queries: list[str]) -> str:
        return queries[0] if len(queries) == 1 else "(" + " AND ".join(queries) + ")"

    def boost(self, query: str, factor: float) -> str:
        return f"{query}^{factor:g}"

    def unscored(self, condition: str) -> str:
        return f"FILTER{condition}"

    def everything(self) -> str:
        return "*"

    def excluding(self, base: str, excluded: str) -> str:
        return f"{base} NOT {excluded}"

    def ranked(self, required: str, ranking: str) -> str:
        return f"{required} RANKED BY {ranking}"


SHAPE = QueryShape(Spelled())


def test_every_word_is_required_exact_or_folded_when_typed_without_marks():
    assert SHAPE.required(parse_query("thanh hoa"), folded=True) == (
        "((text:thanh^2 OR text_folded:thanh) AND (text:hoa^2 OR text_folded:hoa))"
    )
    assert SHAPE.required(parse_query("Thanh Hóa"), folded=False) == "(text:thanh AND text:hóa)"


def test_any_word_when_not_all_are_required_and_exclusions_are_left_out():
    assert SHAPE.required(parse_query("an ninh"), folded=False, match_all=False) == "(text:an OR text:ninh)"
    assert SHAPE.required(parse_query('"Ban Thường vụ" -Nghệ'), folded=False) == (
        'text:"ban thường vụ" NOT text:nghệ'
    )
    assert SHAPE.required(parse_query("-Nghệ"), folded=False) == "* NOT text:nghệ"


def test_ranking_rewards_titles_adjacent_words_compounds_and_restored_forms():
    ranking = SHAPE.ranking(parse_query("Lai Châu"), folded=False, preferred=[])
    assert ranking == ('(title:lai^1.5 OR title:châu^1.5 OR text:"lai châu"^2 OR compounds:lai_châu^1)')
    three = SHAPE.ranking(parse_query("cải cách hành"), folded=False, preferred=[])
    assert 'text:"cải cách hành"^4' in three  # all the words as typed count most
    assert "compounds:cải_cách_hành^1" in three and "compounds:cách_hành^1" in three
    restored = SHAPE.ranking(parse_query("thanh hoa"), folded=True, preferred=[("thanh", "hóa")])
    assert restored.endswith('text:"thanh hóa"^3 OR text:thanh^1.5 OR text:hóa^1.5)')
    # Typed without marks: the compound of the folded form, and of the form as typed.
    assert "compounds_folded:thanh_hoa^1" in restored and "compounds:thanh_hoa^1" in restored


def test_words_typed_one_after_the_other_rank_higher_near_each_other():
    words = _words("kiểm tra", "giám sát", "kiem tra", "giam sat")
    ranking = SHAPE.ranking(parse_query("kiểm tra giám sát", words), folded=False, preferred=[])
    assert 'text:"kiểm tra | giám sát"~30^1' in ranking
    folded = SHAPE.ranking(parse_query("kiem tra giam sat", words), folded=True, preferred=[])
    assert 'text_folded:"kiem tra | giam sat"~30^1' in folded
    # A lone syllable is near something in every document.
    assert "~30" not in SHAPE.ranking(parse_query("kiểm tra tỉnh", words), folded=False, preferred=[])
    # Syllables the index never joins into a word are not words to hold near each other.
    assert "~30" not in SHAPE.ranking(parse_query("kiểm tra giám sát"), folded=False, preferred=[])


def test_an_empty_query_matches_everything_unranked():
    assert SHAPE.matching(parse_query(""), folded=False, match_all=True, preferred=[]) == "*"
    assert SHAPE.matching(parse_query("đảng"), folded=False, match_all=True, preferred=[]) == (
        "text:đảng RANKED BY title:đảng^1.5"
    )


def _words(*known: str):
    forms = {tuple(word.split()) for word in known}
    return lambda candidates: {c for c in candidates if c in forms}


def test_a_word_typed_after_or_ranks_its_syllables_together_as_the_first_word_does():
    parsed = parse_query("quy hoạch OR kế hoạch", _words("quy hoạch", "kế hoạch"))
    ranking = SHAPE.ranking(parsed, folded=False, preferred=[])
    assert 'text:"quy hoạch"^2' in ranking and "compounds:quy_hoạch^1" in ranking
    assert 'text:"kế hoạch"^2' in ranking and "compounds:kế_hoạch^1" in ranking


def test_an_expansion_earns_no_ranking_of_the_words_as_typed():
    from documents.search.abbreviations import expand_abbreviations

    ranking = SHAPE.ranking(expand_abbreviations(parse_query("HĐND")), folded=False, preferred=[])
    assert 'text:"hội đồng"^2' not in ranking and "compounds:hội_đồng_nhân^1" not in ranking


def test_a_term_of_office_typed_ranks_documents_dated_within_it():
    from documents.search.numbers import expand_numbers

    ranking = SHAPE.ranking(parse_query("đại hội nhiệm kỳ 2015-2020"), folded=False, preferred=[])
    # From the year before its first (the congresses opening it) to the year before its last:
    # the date range filter's overlap (documents.search.plan), or undated, as a condition.
    words = '(text:đại OR text:hội OR text:nhiệm OR text:kỳ OR text:"2015 2020")'
    dated = "FILTER((date_end:20140101..* AND date_start:1..20191231) OR date_start:0..0)"
    assert f"({dated} AND {words})^4" in ranking
    spaced = expand_numbers(parse_query("đại hội nhiệm kỳ 2015 2020"))
    assert dated in SHAPE.ranking(spaced, folded=False, preferred=[])
    for not_a_term in ("báo cáo 2015 - 2030", "lần thứ 2015-2016x", "năm 2015", "quý 2-2020"):
        assert "FILTER" not in SHAPE.ranking(parse_query(not_a_term), folded=False, preferred=[])


def test_adjacency_follows_the_text_as_typed():
    from documents.search.abbreviations import expand_abbreviations

    # Two abbreviations typed side by side are adjacent as typed.
    ranking = SHAPE.ranking(expand_abbreviations(parse_query("TP HCM")), folded=False, preferred=[])
    assert 'text:"tp hcm"^2' in ranking
    # A word typed again after an OR stays beside the word before it; the OR ends the run.
    parsed = parse_query("sáp nhập tỉnh OR hợp nhất tỉnh", _words("sáp nhập", "hợp nhất"))
    ranking = SHAPE.ranking(parsed, folded=False, preferred=[])
    assert 'text:"sáp nhập tỉnh"^4' in ranking and 'text:"hợp nhất tỉnh"^4' in ranking
    assert 'text:"tỉnh hợp"' not in ranking
    # An exclusion ends a run too.
    assert 'text:"phóng dự"' not in SHAPE.ranking(parse_query('giải phóng -"Long An" dự án'), False, [])


class AdjacencySpelled(Spelled):
    def adjacent(self, field: str, syllables: list[str]) -> str:
        return f"{field}:<{' '.join(syllables)}>"


def test_words_typed_side_by_side_rank_by_adjacency_and_a_quoted_phrase_still_requires_its_phrase():
    # An engine may read "adjacent as typed" more cheaply than a phrase (tantivy: pair terms);
    # what a quote requires stays the phrase itself.
    shape = QueryShape(AdjacencySpelled())
    parsed = parse_query('"Ban Thường vụ" họp')
    assert shape.required(parsed, folded=False) == '(text:"ban thường vụ" AND text:họp)'
    ranking = shape.ranking(parsed, folded=False, preferred=[("thường", "vụ")])
    assert "text:<ban thường vụ họp>^4" in ranking and "text:<vụ họp>^2" in ranking
    assert 'text:"' not in ranking
    assert "text:<thường vụ>^3" in ranking  # a restored written form
    folded = shape.ranking(parse_query("ban thuong vu"), folded=True, preferred=[])
    assert "(text:<ban thuong vu>^2 OR text_folded:<ban thuong vu>)^4" in folded
