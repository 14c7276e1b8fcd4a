"""Finding regex matches without trying the regex at every position of a text.

sre jumps straight to the possible first characters of a regex that starts with literals or a
character class. A regex starting with (?i:...), a lookbehind or a long alternation is instead
tried at every position, which made metadata extraction cost milliseconds per document. The
helpers here give exactly the matches of the plain regexes at a fraction of the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Letters that (?i) equates with an ASCII letter but str.lower() does not turn into it: İ lowers to
# two characters ("i̇"), ſ and ı stay as they are. tests/metadata/test_scan.py checks over every
# code point that fold_case maps each letter (?i) equates with a start word's letter to that letter.
_LOWER_FIRST = (("İ", "i"), ("ſ", "s"), ("ı", "i"))


def fold_case(text: str) -> str:
    """The text in lower case as (?i) compares letters, position for position (same length)."""
    for letter, plain in _LOWER_FIRST:
        if letter in text:
            text = text.replace(letter, plain)
    return text.lower()


class KeywordScan:
    """A regex whose every match begins with one of a few words, tried only where they occur.

    `starts` are those words in lower case: "(?i:hội nghị)..." begins with "hội nghị". str.find
    looks for them in the folded text (fold_case(text): same positions, and a (?i) match of a word
    is that word there); `also`, a regex matching one character, finds other places in it (a
    number before "tháng"). The pattern is tried at each place in text order, skipping places
    inside the previous match as finditer does. Every match begins at such a place, so the matches
    are pattern.finditer's. The pattern must not match the empty string.
    """

    def __init__(self, pattern: str, *starts: str, also: str | None = None) -> None:
        self.pattern = re.compile(pattern)
        self.starts = starts
        self.also = re.compile(also) if also else None

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """Matches in text; `folded` is fold_case(text) when the caller has it already."""
        end = 0
        for place in self._places(fold_case(text) if folded is None else folded):
            if place < end:
                continue
            match = self.pattern.match(text, place)
            if match:
                end = match.end()
                yield match

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """The first match, as pattern.search(text)."""
        return next(self.finditer(text, folded), None)

    def _places(self, folded: str) -> list[int]:
        places = {m.start() for m in self.also.finditer(folded)} if self.also else set()
        for word in self.starts:
            place = folded.find(word)
            while place >= 0:
                places.add(place)
                place = folded.find(word, place + 1)
        return sorted(places)


def names_pattern(names: Iterable[str], not_after: str) -> re.Pattern[str]:
    """The longest of `names` that stands alone: not right after `not_after`, not before a letter.

    Matches exactly what (?<!not_after)(?:name|...)(?!\\w) matches with the names longest first,
    but is shaped as a trie ("Th(?:anh Hóa|ái Bình)"): at each position only the names sharing the
    text's next letters are tried, not hundreds of alternatives. Each branch starts with its first
    letter and checks `not_after` just behind that letter, so the regex starts with literals and sre
    skips to the possible first letters in C. Names are literal, non-empty text.
    """
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    branches = [
        re.escape(char) + rf"(?<!{not_after}{re.escape(char)})" + _trie_regex(child)
        for char, child in trie.items()
    ]
    return re.compile("(?:" + "|".join(branches) + r")(?!\w)")


def _trie_regex(node: dict) -> str:
    """The alternatives below a trie node; a name ending here is tried last, so longer names win."""
    ends_here = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends_here:
        return branches[0]
    return "(?:" + "|".join(branches + ([""] if ends_here else [])) + ")"
