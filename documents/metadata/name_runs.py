"""Where a text may name a person: runs of capitalized words, trimmed to the name they hold.

name_runs() finds every run of two or more capitalized words one space apart ("Bí thư Tỉnh ủy Hà
Tĩnh Hoàng Trung Dũng" holds several); trim_run() drops what is no part of a name — a title's first
words ("Phó Chủ" before "tịch"), a leading title word, a form of address, a place before the name.
officials.py decides which of the trimmed runs are officials, from the words around them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .provinces import lineage
from .spans import NOT_NAMES, SURNAMES, TITLE_WORDS, is_capitalized

# A word, or a name of the Central Highlands written with an apostrophe ("H'Hen", "K'Ré")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# Letters of the Latin blocks (Basic to Extended-B, Extended Additional: all of Vietnamese) that are
# never upper case, and those that are upper or title case. A capitalized word starts with none of
# the first and has none of the second after its first letter, so these classes match every
# capitalized word (and a few others, e.g. with Greek capitals inside, that is_capitalized rejects).
_LATIN_LETTERS = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]
_NEVER_UPPER = "".join(c for c in _LATIN_LETTERS if not c.isupper())
_UPPER_OR_TITLE = "".join(c for c in _LATIN_LETTERS if c.istitle())
_FIRST = rf"[^\W\d_{_NEVER_UPPER}]"
_LOWER = rf"[^\W\d_{_UPPER_OR_TITLE}]*"
_REST = rf"{_LOWER}(?:['’]{_FIRST}{_LOWER})*(?!['’]?[^\W\d_])"
# Two or more such words separated by single spaces, from a word start (not after a letter, nor
# after a letter and an apostrophe: "H'Hen" is one word). The word-start lookbehinds come after the
# first letter so the regex starts with a character class, which sre scans for in C.
_CANDIDATE_RUN = re.compile(rf"{_FIRST}(?<![^\W\d_].)(?<![^\W\d_]['’].){_REST}(?: {_FIRST}{_REST})+")
_TITLE_PAIRS = {
    ("Ủy", "viên"), ("Bí", "thư"), ("Chủ", "tịch"), ("Chủ", "nhiệm"), ("Trưởng", "ban"),
    ("Trưởng", "đoàn"), ("Chánh", "văn"), ("Tỉnh", "ủy"), ("Thành", "ủy"), ("Huyện", "ủy"),
    ("Giám", "đốc"), ("Thủ", "tướng"), ("Bộ", "trưởng"), ("Ban", "chấp"), ("Ban", "thường"),
    ("Đảng", "ủy"), ("Phó", "bí"), ("Phó", "chủ"), ("Phó", "trưởng"), ("Phó", "giám"),
}  # fmt: skip
_TITLE_LEADS = {"Phó", "Tổng", "Nguyên", "Tân", "Ủy", "Thường", "Bí", "Chủ"}


def _capitalized(word: str) -> bool:
    """ "Nguyễn", "H'Hen", "K'Ré" yes: each part of a word an apostrophe joins is capitalized."""
    if "'" not in word and "’" not in word:
        return is_capitalized(word)
    return all(is_capitalized(part) for part in re.split("['’]", word))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    from .provinces import _places

    return frozenset(lineage()["aliases"]) | frozenset(_places()[1]) | NOT_NAMES


def name_runs(text: str):
    """Maximal runs of two or more capitalized words separated by single spaces: [(run, following)].

    `run` is the words' matches, `following` the next word after the run (the one that ends it) or
    None at the end of the text. A shorter run never names anyone, so it is not produced. The
    candidate regex finds, in C, every stretch of single-space separated words that might all be
    capitalized; is_capitalized then decides word by word, as a loop over all words would.
    """
    for candidate in _CANDIDATE_RUN.finditer(text):
        run: list[re.Match[str]] = []
        for word in WORD.finditer(text, candidate.start(), candidate.end()):
            if _capitalized(word.group(0)):
                run.append(word)
                continue
            if len(run) >= 2:
                yield run, word
            run = []
        if len(run) >= 2:
            # a capitalized word after a single space would have extended the candidate
            yield run, WORD.search(text, candidate.end())


def trim_run(
    run: list[re.Match[str]], following: re.Match[str] | None, places: frozenset[str]
) -> list[re.Match[str]]:
    words = [m.group(0) for m in run]
    # trailing title start: "Lê Quốc Phong Ủy" + "viên", "... Phó Chủ" + "tịch"
    if following is not None and len(words) > 1 and (words[-1], following.group(0)) in _TITLE_PAIRS:
        run, words = run[:-1], words[:-1]
        while len(words) > 1 and words[-1] in _TITLE_LEADS:
            run, words = run[:-1], words[:-1]
    while run and words[0] in TITLE_WORDS and words[0] not in SURNAMES:
        run, words = run[1:], words[1:]
    # "Ông Đặng Xuân Phong" at a sentence start: the form of address, not the surname Ông
    if len(words) >= 3 and words[0] in ("Ông", "Bà") and words[1] in SURNAMES:
        run, words = run[1:], words[1:]
    # a leading place: "Hà Tĩnh Hoàng Trung Dũng", "Thanh Hóa Lê Anh Xuân"
    for size in (4, 3, 2, 1):
        if len(words) > size + 1 and " ".join(words[:size]) in places:
            run, words = run[size:], words[size:]
            break
    if words and words[0] not in SURNAMES:
        later = [i for i, w in enumerate(words) if w in SURNAMES and i <= len(words) - 2]
        if later:
            run, words = run[later[0] :], words[later[0] :]
    # a name of five words may hold a title's or a place's words before it, unless it is an Ê Đê
    # man's ("Y Thanh Hà Niê Kđăm": Y, the given names, the family's)
    if len(words) >= 5 and words[0] != "Y":
        later = [i for i, w in enumerate(words) if w in SURNAMES and 2 <= i <= len(words) - 2]
        if later:
            run, words = run[later[-1] :], words[later[-1] :]
    return run
