"""The fast scans give exactly the matches of the plain regexes they stand for."""

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from documents.metadata import (
    chair,
    dates,
    meeting_types,
    meeting_wordings,
    name_runs,
    numbers,
    officials,
    periods,
    provinces,
    spans,
)
from documents.metadata.scan import KeywordScan, fold_case, names_pattern
from documents.vietnamese.normalize import normalize_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def _keyword_scans() -> dict[str, KeywordScan]:
    scans = {}
    for module in (dates, meeting_types, meeting_wordings, periods, officials, name_runs, chair):
        for name, value in vars(module).items():
            if isinstance(value, KeywordScan):
                scans[f"{module.__name__}.{name}"] = value
    for meeting_type, kind, scan in meeting_wordings.PATTERNS:
        scans[f"meeting_types {meeting_type}/{kind}"] = scan
    return scans


SCANS = _keyword_scans()
START_LETTERS = sorted({letter for scan in SCANS.values() for word in scan.starts for letter in word})


def _samples() -> list[str]:
    return [normalize_text(path.read_text(encoding="utf-8-sig")) for path in sorted(SAMPLES.glob("*.txt"))]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


# --- fold_case ------------------------------------------------------------------------------------


def test_fold_case_keeps_every_position():
    # no character lowers to nothing, so an equal length means one character for one character
    assert len(fold_case(EVERY_CHARACTER)) == len(EVERY_CHARACTER)


@pytest.mark.parametrize("letter", START_LETTERS)
def test_fold_case_gives_the_letter_for_whatever_ignorecase_matches(letter):
    equal = re.findall("(?i:" + re.escape(letter) + ")", EVERY_CHARACTER)
    assert {fold_case(c) for c in equal} == {letter}


def test_start_words_are_folded():
    assert SCANS, "no KeywordScan found"
    for name, scan in SCANS.items():
        assert scan.starts or scan.also, name
        for word in scan.starts:
            assert word and fold_case(word) == word, (name, word)


# --- KeywordScan ----------------------------------------------------------------------------------

# pieces of the texts the scans look at, in every case, with the letters (?i) treats specially
_PIECES = sorted(
    {word for scan in SCANS.values() for word in scan.starts}
    | {
        " ", "  ", "\n", "\t", ",", ".", ":", ";", "/", "-", "–", "(", ")", "0", "5", "12", "2024",
        "2020-2025", "năm", "tháng", "đầu", "ngày", "lần thứ", "tám", "XIX", "IV", "khóa", "của",
        "Ban Thường vụ", "Ban Chấp hành", "Đảng bộ", "tỉnh", "Tỉnh", "Thành", "Huyện", "Thị", "ủy",
        "Tỉnh ủy", "Thường trực", "thường kỳ", "họp", "thảo luận", "nghe", "Quảng Ninh", "Trung ương",
        "toàn quốc", "đồng", "Hai", "bảy", "İ", "ſ", "ı", "K", "Ð", "HỘI NGHỊ", "ĐẠI HỘI", "Chủ Nhật",
    }
)  # fmt: skip
_CASES = [str, str.upper, str.lower, str.title, str.capitalize, str.swapcase]
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_CASES)).map(lambda p: p[1](p[0])), max_size=30
).map("".join)

_TRICKY = [
    "",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15, khóa XIX ngày 12/3/2024.",
    "HỘI NGHỊ BAN THƯỜNG VỤ TỈNH ỦY; Sáng 5-6/7 và ngày 20 tháng 10 năm 2023; từ ngày 3 đến 5/8",
    "Từ ngày 3 đến ngày 5 tháng 8 năm 2022; (12-14/9/2021) Chiều 8 và 9/10. ſáng 4/5, TỐI 6/7",
    "Thứ Hai, 04/04/2023\n12/3/2024\nx 1/2/2023\n  3/4/2025",
    "sángày 5/3 nay 4/4 ngày ngày 3 tháng 4",
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025; ĐẠI HỘI XIV ĐẢNG BỘ; Đại hội đồng",
    "6 tháng đầu năm 2023, 123 tháng, quý II/2024, thường kỳ tháng 5/2024, 9 tháng cuối năm",
    "nhiệm vụ năm 2024; TRONG NĂM 2023; kế hoạch năm 2025-2030; NHIỆM KỲ 2020 - 2025",
    "chủ trì CHỦ TRÌ Chủ trì của; cuộc họp của Thường trực Tỉnh ủy; giao ban Thường trực Huyện ủy",
    "làm việc với Ban Thường vụ; LÀM VIỆC VỚI LÃNH ĐẠO; kỳ họp của Ban Thường vụ; BTV Tỉnh ủy họp",
]


@pytest.mark.parametrize("name", sorted(SCANS))
def test_keyword_scan_matches_the_plain_regex_on_samples(name):
    scan = SCANS[name]
    for text in [*_samples(), *_TRICKY]:
        assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
        assert _spans(scan.finditer(text, fold_case(text))) == _spans(scan.pattern.finditer(text))
        found = scan.search(text)
        expected = scan.pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("sángày 5/3")
@example("ſáng 5/3, İ")
def test_keyword_scan_matches_the_plain_regex(text):
    for name, scan in SCANS.items():
        assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text)), name


# --- names_pattern --------------------------------------------------------------------------------


def _plain_alternation(names, not_after: str) -> re.Pattern[str]:
    """What names_pattern replaces: every name, longest first."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(rf"(?<!{not_after})(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w])")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="aAb .-", min_size=1, max_size=5), min_size=1, max_size=8, unique=True),
    st.text(alphabet="aAb .-x\n1", max_size=40),
    st.sampled_from([r"\w", r"[\w.]"]),
)
@example(["Hà", "Hà Nội", "Hà Nam"], "Hà Nội, Hà Nam, Hà Nộii, .Hà, xHà", r"[\w.]")
def test_names_pattern_matches_the_alternation(names, text, not_after):
    fast, plain = names_pattern(names, not_after), _plain_alternation(names, not_after)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_province_patterns_match_the_alternations():
    aliases = [a for a in provinces.lineage()["aliases"] if a not in provinces._NOT_ALIASES]
    places = provinces._places()[1]
    mentions, plain_mentions = provinces._mention_pattern(), _plain_alternation(aliases, r"[\w.]")
    place_pattern, plain_places = provinces._places()[0], _plain_alternation(places, r"\w")
    texts = [*_samples(), " ".join(aliases), ".".join(aliases), "x".join(places), "\n".join(places)]
    for text in texts:
        for fast, plain in ((mentions, plain_mentions), (place_pattern, plain_places)):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_canonical_province_is_the_first_alias_with_the_same_key():
    table = provinces.lineage()["aliases"]

    def first_alias(name):
        wanted = provinces._key(name)
        same_key = (canonical for alias, canonical in table.items() if provinces._key(alias) == wanted)
        return next(same_key, None)

    names = [*table, *(a.lower() for a in table), *(a.replace(" ", "  ") for a in table), "Atlantis", "-"]
    for name in names:
        assert provinces.canonical_province(name) == first_alias(name), name


# --- regexes reshaped to start with a character class ---------------------------------------------

_PARTY_NUMBER_BEFORE = re.compile(r"(?<![\w/\-])(\d{1,5}[a-z]?-[A-ZĐ]{1,6}(?:/[A-ZĐ]{1,8}){1,2})(?![\w/])")
_SENTENCE_END_BEFORE = re.compile(r"[.!?…](?=\s)|\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-/aAKLTUĐ .\n", max_size=40))
@example("2043-KL/TU, 17-NQ/TU/TW x1-NQ/TU /5-NQ/TU -5-NQ/TU 123456-NQ/TU 12a-TB/HU")
def test_party_number_matches_the_lookbehind_regex(text):
    assert _spans(numbers.PARTY_NUMBER.finditer(text)) == _spans(_PARTY_NUMBER_BEFORE.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?…\n \ta", max_size=30))
@example("a. b.\nc!d? …\n.")
def test_sentence_end_matches_the_alternation(text):
    assert [m.span() for m in spans._SENTENCE_END.finditer(text)] == [
        m.span() for m in _SENTENCE_END_BEFORE.finditer(text)
    ]
