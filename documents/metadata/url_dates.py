"""What a page's URL says of its date, and whether the URL is this text's at all.

A URL's path dates the page where it is shaped like a date (url_year). It dates the text only when
it is the text's own address: an excerpt may come with the address of a listing, a tag page or
another story (its slug names another event), whose date says nothing of this text's. The slug is
taken as the text's when enough of its specific word pairs stand in the text's head: pairs of the
words every Party page writes ("ban thuong", "thuong vu", "tinh uy", "hoi nghi") are no evidence,
as any other story of a Party committee holds them too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from documents.vietnamese.normalize import fold

# a URL's path dates the page only where it is shaped like a date: "/2020/10/", "/202010/", or an
# article id that starts with a timestamp ("-20230405145035645.htm"); "nhiem-ky-2020-2025" is a term
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?:/|$)|/((?:19|20)\d\d)(0[1-9]|1[0-2])/"
    # not the end of a term run into an article id: "nhiem-ky-2020-2025-11150042.htm"
    r"|(?<!\d)(?<!\d-)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?:\d{4,})?(?!\d)"
)
# the day first, as a slug writes it ("-26-12-2024.html", "-26122024"), once the forms above are not there
_URL_DAY_FIRST = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(-?)(0?[1-9]|1[0-2])\1((?:19|20)\d\d)(?!\d)")
# a date in the query, under a name that says so ("?date=2024-12-26")
_URL_QUERY_DATE = re.compile(r"[?&](?i:date|ngay|publish\w*)=((?:19|20)\d\d)-?(0[1-9]|1[0-2])")
_URL_YEAR_SEGMENT = re.compile(r"/((?:19|20)\d\d)/")
# words of a slug (folded, as URLs write them) and how many of its word pairs the text must hold
_SLUG_WORD = re.compile(r"[a-z]{2,}")
_NOT_SLUG_WORDS = {"html", "htm", "php", "aspx", "post", "news", "tin", "tuc", "www", "vn", "com"}
_SLUG_PAIRS_IN_TEXT = 0.25
# words (folded) that the slugs and texts of nearly every Party page hold: a pair of two of them
# ("ban thuong", "tinh uy", "lam viec") says nothing of which story a slug names
# fmt: off
_COMMON_WORDS = frozenset({
    "tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "uy", "ban", "thuong", "vu", "truc",
    "chap", "hanh", "dang", "bo", "hoi", "nghi", "hop", "lam", "viec", "voi", "dai", "bieu", "to",
    "chuc", "cong", "tac", "dong", "chi", "bi", "thu", "pho", "chu", "tich", "ubnd", "hdnd", "lan",
    "nhiem", "ky", "nam", "ve", "cua", "cac", "va", "tai", "cho", "trong", "trien", "khai",
})
# fmt: on
# a slug made of common words only is the text's when this share of its pairs stands in the head
_COMMON_PAIRS_IN_TEXT = 0.5
_HEAD_CHARS = 5000


def url_year(url: str | None) -> tuple[int, int | None] | None:
    """(year, month or None) from a URL's path ("/2020/10/", "/202010/", "-2019-"), not its host."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?")[0], flags=re.IGNORECASE)
    m = _URL_DATE.search(path)
    if not m:
        other = _URL_DAY_FIRST.search(path)
        if other:
            return int(other.group(3)), int(other.group(2))
        query = _URL_QUERY_DATE.search(url)
        if query:
            return int(query.group(1)), int(query.group(2))
        segment = _URL_YEAR_SEGMENT.search(path)
        return (int(segment.group(1)), None) if segment else None
    year, month = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
    return int(year), int(month)


def url_of_this_text(url: str, text: str) -> bool:
    """Whether the URL is the text's own: at least a quarter of its slug's specific word pairs
    ("giai phong", "yen lac": not two of _COMMON_WORDS) stand in the text's head, or half of its
    pairs when it has fewer than two specific ones. A URL without such words (an article id) is
    taken as the text's."""
    # the slug is the path's last part: the parts before it name the site's sections ("thoi-su")
    slug = url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    words = [w for w in _SLUG_WORD.findall(fold(slug).lower()) if w not in _NOT_SLUG_WORDS]
    pairs = [f"{a} {b}" for a, b in pairwise(words)]
    if len(pairs) < 3:
        return True
    # whole words: "an lac" is not in "tan lac"
    head = " " + " ".join(_SLUG_WORD.findall(fold(text[:_HEAD_CHARS]).lower())) + " "
    specific = [f"{a} {b}" for a, b in pairwise(words) if a not in _COMMON_WORDS or b not in _COMMON_WORDS]
    if len(specific) < 2:
        return sum(f" {pair} " in head for pair in pairs) >= _COMMON_PAIRS_IN_TEXT * len(pairs)
    found = sum(f" {pair} " in head for pair in specific)
    return found >= 1 and found >= _SLUG_PAIRS_IN_TEXT * len(specific)
