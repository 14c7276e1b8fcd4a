"""officials' regex scans against the straightforward loops and searches they replace."""

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from documents.metadata import name_runs, officials
from documents.metadata.spans import is_capitalized
from documents.vietnamese.normalize import normalize_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# a word, or one an apostrophe joins ("H'Hen", "K'Ré"): capitalized when each part is
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _capitalized(word):
    return all(is_capitalized(part) for part in re.split("['’]", word))


def _reference_runs(text):
    """Every word in turn: a run grows while words are capitalized and one space apart."""
    run = []
    for m in _WORD.finditer(text):
        if _capitalized(m.group(0)) and (not run or text[run[-1].end() : m.start()] == " "):
            run.append(m)
            continue
        if run:
            yield run, m
        run = [m] if _capitalized(m.group(0)) else []
    if run:
        yield run, None


def _as_spans(runs):
    return [([m.span() for m in run], following.span() if following else None) for run, following in runs]


def _check_runs(text):
    expected = [(run, following) for run, following in _reference_runs(text) if len(run) >= 2]
    assert _as_spans(name_runs.name_runs(text)) == _as_spans(expected)


# words that are capitalized, or nearly: all caps, title-case and upper-case letters inside,
# non-Latin letters (uncased, Greek, Cyrillic), letters (?i) or str methods treat specially
_WORDS = [
    "Nguyễn", "Văn", "An", "A", "Y", "Ông", "Bà", "HĐND", "TP", "nguyên", "đồng", "chí", "Ủy", "ủy",
    "Đặng", "ĐẶNG", "McLean", "Lê2", "Hà_Nội", "ǅemal", "ǅ", "Ǆ", "ǆ", "Σίσυφος", "ΣΊΣΥΦΟΣ", "Москва",
    "Aб", "Aǅ", "Aª", "ª", "A一", "一", "Ⅻ", "Ⅻi", "ⅻ", "Aⅰ", "Ⓐbc", "𝐀bc", "𝐀", "Aʰ", "İstanbul",
    "ſ", "Aſ", "ß", "Aß", "ẞ", "K", "Ab²", "²", "Ąę", "Ḁb", "A\u0301b", "Ǉubljana", "ǈubljana",
    "H'Hen", "K’Ré", "H'hen", "'An", "Ab'", "A''B",
]  # fmt: skip
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\t", ", ", ".", " - ", "\u00a0", "1", "_", "", "(", " «", "'", "’"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=25).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
@example("Ông Đặng Xuân Phong, Phó Bí thư Tỉnh ủy.  Bà Nguyễn Thị  Hoa chủ trì")
@example("NGUYỄN VĂN A và Trần Văn2 Bình Lê Văn_Cường Ab Aǅ Cd Ef")
@example("Ab Cd")
@example("Đồng chí H'Hen Niê và Điểu K’Ré, Ksor'Phước Hà 'An Bình' A''B Cd")
@example("xAb Cd Ef1 Gh Ij")
def test_runs_match_the_word_loop(text):
    _check_runs(text)


def test_runs_match_the_word_loop_on_samples():
    for path in sorted(SAMPLES.glob("*.txt")):
        _check_runs(normalize_text(path.read_text(encoding="utf-8-sig")))


def _reference_title_chain(pre_run):
    """What find_officials tested before: the chain anywhere in pre_run, then its last word."""
    words_before = _WORD.findall(pre_run[-40:])
    tail = words_before[-1] if words_before else ""
    chain = officials._TITLE_BEFORE.search(pre_run)
    return chain if chain and (tail in officials._TAIL_WORDS or tail.isupper()) else None


_TITLE_PIECES = [
    "Bí thư", "Tỉnh ủy", "Phó", "Chủ tịch", "UBND", "HĐND", "tỉnh", "Hà Tĩnh", "Trưởng ban", "Thượng tướng",
    "UVT.Ư", "GS", "TS", "nguyên", "đồng chí", "phát biểu", " ", " ", ", ", ".", ". ", ".\n", "x.y", ";",
    ":", "(", ")", "\n", " - ", "a", "Thủ tướng Chính phủ", "Ủy viên Trung ương",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=25).map("".join))
@example("- Đ/c Phó Chánh VPTU phụ trách TH,\n")
@example("Bí thư Tỉnh ủy.\n")
@example("Phó Bí thư Tỉnh ủy.")
@example("Phó Bí thư\n\n")
def test_title_chain_before_matches_the_full_search(pre_run):
    found, expected = officials._title_chain_before(pre_run), _reference_title_chain(pre_run)
    assert (found and found.span()) == (expected and expected.span())
