"""Highlighting by regex over the stored text: tone placements, folding, phrases, escaping, bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from documents.search.highlight import (
    SNAP_CHARS,
    _render_pieces,
    _snap_end,
    _snap_start,
    find_matches,
    plain_snippet,
    render_marked,
    snippet,
)
from documents.search.query import parse_query


def marked_words(text: str, q: str, folded: bool = False) -> list[str]:
    return [text[a:b] for a, b, _ in find_matches(text, parse_query(q).positive_terms(), folded)]


def test_either_tone_placement_and_any_case_is_found():
    text = "Tỉnh ủy Thanh Hoá họp; THANH HÓA phát triển; thanh hóa."
    assert marked_words(text, "Thanh Hóa") == ["Thanh", "Hoá", "THANH", "HÓA", "thanh", "hóa"]


def test_accent_insensitive_matches_every_accented_form_and_d_stroke():
    text = "Đảng bộ huyện Đông Sơn đề ra giải pháp giải phóng mặt bằng."
    assert marked_words(text, "dang bo", folded=True) == ["Đảng", "bộ"]
    assert marked_words(text, '"giai phong mat bang"', folded=True) == ["giải", "phóng", "mặt", "bằng"]
    assert marked_words(text, "giai phong", folded=False) == []


def test_a_phrase_needs_its_words_together_and_a_syllable_needs_its_edges():
    text = "hành chính công; cải cách hành chính; chính hành"
    assert marked_words(text, '"cải cách hành chính"') == ["cải", "cách", "hành", "chính"]
    assert marked_words("Nghệ An, an ninh, ban, anh", "an") == ["An", "an"]


def _words(*known):
    known = {tuple(w.split()) for w in known}
    return lambda candidates: {c for c in candidates if c in known}


def test_a_lone_folded_syllable_is_not_marked_when_the_query_had_several():
    text = "Thanh Hóa tổ chức Giải Bóng rổ; Văn phòng Tỉnh ủy; huyện Thiệu Hóa; thanh hoa."
    assert marked_words(text, "giai phong mat bang", folded=True) == []
    assert marked_words(text, "thanh hoa", folded=True) == ["Thanh", "Hóa", "thanh", "hoa"]
    # A query of one syllable marks it wherever it is; so does a syllable typed with its marks.
    assert marked_words(text, "hoa", folded=True) == ["Hóa", "Hóa", "hoa"]
    assert marked_words(text, "Hóa tỉnh") == ["Hóa", "Tỉnh", "Hóa"]


def test_a_word_is_marked_where_its_syllables_stand_together():
    text = "Giải Bóng rổ, giải pháp mới; giải phóng mặt bằng; phóng viên."
    parsed = parse_query("giải phóng mặt bằng", _words("giải phóng", "mặt bằng"))
    found = [text[a:b] for a, b, _ in find_matches(text, parsed.positive_terms(), folded=False)]
    assert found == ["giải", "phóng", "mặt", "bằng"]
    # Runs of the query's words may cross a space, a hyphen or a comma, not a sentence's end.
    assert marked_words("Đà Nẵng - Quảng Nam. Nẵng", "nang quang", folded=True) == ["Nẵng", "Quảng"]


def test_snippet_escapes_everything_but_its_marks():
    text = 'Hội nghị <script>alert("x")</script> bàn "chuyển đổi số" & <b>cải cách</b>.'
    html = str(snippet(text, parse_query("chuyển đổi số")))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "<mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark>" in html


def test_snippet_picks_passages_with_the_most_query_words():
    filler = " ".join(["văn bản"] * 200)
    text = f"{filler} kinh tế tăng trưởng. {filler} kinh tế và xã hội cùng phát triển. {filler}"
    html = str(snippet(text, parse_query("kinh tế xã hội")))
    assert "<mark>xã</mark> <mark>hội</mark>" in html
    assert html.startswith("…") and html.endswith("…")


def test_a_huge_line_without_spaces_gives_a_bounded_snippet():
    text = "x" * 2_000_000 + " tỉnh ủy " + "y" * 2_000_000
    html = str(snippet(text, parse_query("tỉnh ủy")))
    assert "<mark>tỉnh</mark> <mark>ủy</mark>" in html
    assert len(html) < 1000  # passage edges move at most a few characters to find a space


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=400), q=st.text(max_size=60), folded=st.booleans())
def test_any_text_and_query_give_escaped_html(text, q, folded):
    html = str(snippet(text, parse_query(q), folded))
    stripped = html.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped and ">" not in stripped
    matches = find_matches(text, parse_query(q).positive_terms(), folded)
    assert all(0 <= a < b <= len(text) for a, b, _ in matches)
    assert "<" not in render_marked(text, []).replace("&lt;", "")


@st.composite
def text_and_matches(draw):
    """A text and non-overlapping matches in it, in order, of its words (as find_matches gives)
    or of any characters (white space and the renderer's stand-ins included)."""
    text = draw(st.text(alphabet=st.sampled_from("ab tế\n\t<&\x02\x03"), max_size=80))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    matches = [(a, b, 0) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    start = draw(st.integers(0, len(text)))
    return text, matches, start, draw(st.integers(start, len(text)))


@settings(max_examples=300, deadline=None)
@given(case=text_and_matches(), keep=st.booleans())
def test_a_passage_rendered_whole_is_the_passage_rendered_piece_by_piece(case, keep):
    text, matches, start, end = case
    inside = [(a, b) for a, b, _ in matches if a >= start and b <= end]
    assert render_marked(text, matches, start, end, keep_whitespace=keep) == _render_pieces(
        text, inside, start, end, keep
    )


def test_the_renderers_stand_ins_in_a_text_are_escaped_text_not_marks():
    text = "a\x02b kinh tế \x03 c"
    html = render_marked(text, find_matches(text, parse_query("kinh tế").positive_terms(), False))
    assert html == "a\x02b <mark>kinh</mark> <mark>tế</mark> \x03 c"


def test_plain_snippet_is_the_same_passages_without_markup():
    text = (
        "Mở đầu. " + "văn bản " * 100 + 'Bàn về "giải phóng mặt bằng" & <tái định cư>. ' + "kết thúc " * 100
    )
    parsed = parse_query("giải phóng mặt bằng")
    html = str(snippet(text, parsed))
    plain = plain_snippet(text, parsed)
    assert "<mark>" not in plain and '"giải phóng mặt bằng" & <tái định cư>' in plain
    assert plain == html.replace("<mark>", "").replace("</mark>", "").replace("&amp;", "&").replace(
        "&lt;", "<"
    ).replace("&gt;", ">").replace("&quot;", '"')


def test_snippets_show_no_markdown_image_marks_of_a_text_stored_with_them():
    # A page saved as text through a Markdown converter, stored before the reader dropped them.
    text = "![]() |\n| Ông Nguyễn Văn A phát biểu tại hội nghị tổng kết công tác dân vận. |\n![ảnh](x.jpg)"
    parsed = parse_query("dân vận")
    html, plain = str(snippet(text, parsed)), plain_snippet(text, parsed)
    for shown in (html, plain):
        assert "![" not in shown and "]()" not in shown and "x.jpg" not in shown
    assert "công tác <mark>dân</mark> <mark>vận</mark>" in html
    assert "ảnh" in plain  # an image's alt text describes it: kept


def _snap_start_by_steps(text: str, start: int) -> int:
    limit = max(0, start - SNAP_CHARS)
    moved = start
    while moved > limit and not text[moved - 1].isspace():
        moved -= 1
    return moved if moved == 0 or text[moved - 1].isspace() else start


def _snap_end_by_steps(text: str, end: int) -> int:
    limit = min(len(text), end + SNAP_CHARS)
    while end < limit and not text[end].isspace():
        end += 1
    return end


@given(
    text=st.text(alphabet=st.sampled_from("ab ,.\n\t\u00a0\u2003\x1cđ"), max_size=120),
    where=st.integers(min_value=0, max_value=130),
)
@settings(max_examples=500, deadline=None)
def test_passage_edges_move_to_word_boundaries_as_stepping_through_the_text_would(text, where):
    where = min(where, len(text))
    assert _snap_start(text, where) == _snap_start_by_steps(text, where)
    assert _snap_end(text, where) == _snap_end_by_steps(text, where)
