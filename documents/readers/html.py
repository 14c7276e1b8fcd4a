"""Saved web pages: the article's visible text, without the site around it.

News and Party web pages wrap a short article in menus, share bars and lists of other articles
("Tin liên quan", "Tin cùng chuyên mục"); indexing those would make every page match every
query. The reader picks the article container, strips boilerplate by tag, by class/id words and
by heading text, and walks the tree iteratively so pathological nesting cannot overflow the stack.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from .base import ReadError, ReadResult, gettext_noop
from .html_hints import find_date, find_title, find_url
from .txt import decode_text

_DROP_TAGS = [
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "form", "button", "select", "input", "textarea", "nav", "aside", "menu", "dialog", "footer",
]  # fmt: skip
_BLOCK_TAGS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "tr", "ul", "center", "body", "caption", "tbody", "thead",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
# Class/id words of boilerplate containers, matched as whole words of "box-related-news"...
_BOILERPLATE_WORDS = {
    "related", "share", "sharing", "social", "comment", "comments", "menu", "breadcrumb",
    "breadcrumbs", "sidebar", "nav", "navbar", "navigation", "banner", "ads", "advert",
    "advertisement", "quangcao", "tags", "print", "rating", "login", "search", "pagination",
    "paging", "subscribe", "newsletter", "popup", "modal", "cookie", "toolbar", "footer",
    "lienquan", "binhluan", "cungchuyenmuc", "tinkhac", "sidebox", "widget",
}  # fmt: skip
# ...and also inside run-together names ("relatednews", "fb-comments-box").
_BOILERPLATE_PARTS = ("related", "comment", "breadcrumb", "sidebar", "social", "lienquan", "binhluan")
# Headings that open a boilerplate block (compared lowercase, without a trailing colon).
_BOILERPLATE_HEADINGS = (
    "tin cùng chuyên mục", "bài cùng chuyên mục", "tin liên quan", "bài viết liên quan",
    "bài liên quan", "tin khác", "các tin khác", "tin bài khác", "xem thêm", "chia sẻ",
    "bình luận", "ý kiến bạn đọc", "gửi bình luận", "ý kiến của bạn", "tin mới nhất",
    "tin đọc nhiều", "đọc nhiều nhất", "tin nổi bật", "từ khóa", "từ khoá",
)  # fmt: skip
_HEADING_LIKE = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "b", "li", "dt", "a", "label"}
_CONTENT_WORDS = ("content", "detail", "article", "body", "entry", "post", "noidung", "chitiet")
_WORDS = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes to str: a BOM or valid UTF-8 first, then the txt detection, then the declared charset
    (old Vietnamese pages often declare iso-8859-1 while using TCVN3 or VNI fonts)."""
    match = _CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii").lower() if match else None
    try:
        codec = codecs.lookup(declared).name if declared else None
    except LookupError:
        codec = None
    try:
        return decode_text(data)
    except ReadError:
        if codec is None:
            raise
    return data.decode(codec, errors="replace"), codec, [f"decoded with the declared charset {declared}"]


def _class_words(tag: Tag) -> set[str]:
    classes = tag.get("class") or []
    names = " ".join([*classes, str(tag.get("id") or "")] if isinstance(classes, list) else [str(classes)])
    return set(_WORDS.findall(names.lower()))


def _is_boilerplate_container(tag: Tag) -> bool:
    words = _class_words(tag)
    if words & _BOILERPLATE_WORDS:
        return True
    return any(part in word for word in words for part in _BOILERPLATE_PARTS)


def _p_text_length(tag: Tag) -> int:
    return sum(len(p.get_text(" ", strip=True)) for p in tag.find_all("p"))


def _content_root(soup: BeautifulSoup) -> Tag:
    """The element holding the article: <article>, <main>, a content container, else <body>."""
    articles = [a for a in soup.find_all("article") if _p_text_length(a) >= 200]
    if articles:
        return max(articles, key=_p_text_length)
    main = (
        soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find(attrs={"itemprop": "articleBody"})
    )
    if isinstance(main, Tag):
        return main
    candidates = [
        tag
        for tag in soup.find_all(["div", "section", "td"])
        if any(word in name for name in _class_words(tag) for word in _CONTENT_WORDS)
        and not _is_boilerplate_container(tag)
    ]
    # The smallest container that still holds (nearly) the most paragraph text.
    scored = [(_p_text_length(tag), tag) for tag in candidates]
    best = max((length for length, _ in scored), default=0)
    if best >= 200:
        return min((tag for length, tag in scored if length >= 0.9 * best), key=lambda t: len(t.get_text()))
    body = soup.find("body")
    return body if isinstance(body, Tag) else soup


def _link_density(tags: list[Tag | NavigableString]) -> float:
    text = sum(len(t.get_text(strip=True)) for t in tags)
    links = sum(len(a.get_text(strip=True)) for t in tags if isinstance(t, Tag) for a in t.find_all("a"))
    links += sum(len(t.get_text(strip=True)) for t in tags if isinstance(t, Tag) and t.name == "a")
    return links / text if text else 1.0


def _own_text(tag: Tag) -> str:
    """Text that identifies a heading: the whole text of small tags, direct strings of a div."""
    if tag.name in _HEADING_LIKE:
        text = tag.get_text(" ", strip=True)
    else:
        text = " ".join(s.strip() for s in tag.find_all(string=True, recursive=False))
    return _SPACES.sub(" ", text).strip().lower()


def _heading_phrase(tag: Tag, text: str) -> tuple[str, bool] | None:
    """(phrase, whole) when ``text`` is a boilerplate heading (whole=True) or a one-line
    "Xem thêm: <link>" (whole=False). A sentence that merely starts with "Chia sẻ ..." is not."""
    cleaned = text.rstrip(" :.»>").strip()
    for phrase in _BOILERPLATE_HEADINGS:
        if cleaned == phrase:
            return phrase, True
        rest = cleaned[len(phrase) :]
        prefixed = cleaned.startswith(phrase) and len(cleaned) < 300 and rest[:1] in (":", " ")
        if prefixed and (rest.startswith(":") or _link_density([tag]) >= 0.5):
            return phrase, False
    return None


def _remove_heading_block(heading: Tag, root: Tag, root_length: int) -> None:
    """Remove a boilerplate heading with the list it introduces."""
    small = max(200, root_length * 0.4)
    block: Tag = heading
    # Climb while the heading is the first thing in its parent: the parent is the box.
    while isinstance(block.parent, Tag) and block.parent is not root:
        parent = block.parent
        first = next((c for c in parent.children if not isinstance(c, NavigableString) or c.strip()), None)
        text_length = len(parent.get_text(strip=True))
        if first is not block or (text_length > small and _link_density([parent]) < 0.5):
            break
        block = parent
    if block is heading:
        following = list(block.next_siblings)
        length = sum(len(t.get_text(strip=True)) for t in following)
        if following and (length <= small or _link_density(following) >= 0.5):
            for sibling in following:
                sibling.extract()
    block.extract()


def _walk(root: Tag, prune: Callable[[Tag], bool]) -> Iterator[Tag]:
    """Tags under ``root`` in document order, iteratively; a tag for which ``prune`` is true is
    yielded but not descended into. (bs4's ``.decomposed`` and ``tag.foo`` lookups search the
    whole subtree, which is quadratic on deeply nested pages: avoided here.)"""
    stack = [child for child in reversed(list(root.children)) if isinstance(child, Tag)]
    while stack:
        tag = stack.pop()
        yield tag
        if not prune(tag):
            stack.extend(child for child in reversed(list(tag.children)) if isinstance(child, Tag))


def _attached(tag: Tag, root: Tag) -> bool:
    """Still inside ``root`` (not in a subtree extracted earlier)."""
    return any(parent is root for parent in tag.parents)


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    if not (_is_boilerplate_container(tag) or (tag.name == "header" and _link_density([tag]) > 0.5)):
        return False
    # A wrapper named "page-with-sidebar" may hold the article itself: keep it.
    return tag.find(["h1", "article"]) is None


def _strip_boilerplate(root: Tag) -> None:
    boilerplate: list[Tag] = []

    def prune(tag: Tag) -> bool:
        if _is_boilerplate(tag):
            boilerplate.append(tag)
            return True
        return False

    for _ in _walk(root, prune):
        pass
    for tag in boilerplate:
        tag.extract()
    root_length = len(root.get_text(strip=True))
    headings = []
    for tag in _walk(root, lambda tag: tag.name in _HEADING_LIKE):
        text = _own_text(tag)
        found = _heading_phrase(tag, text) if text else None
        if found is not None:
            headings.append((tag, found[1]))
    for tag, whole in headings:
        if not _attached(tag, root):
            continue
        if whole:
            _remove_heading_block(tag, root, root_length)
        else:  # a one-line "Xem thêm: <link>" inside the article
            tag.extract()


def _visible_text(root: Tag) -> str:
    """Text with block elements as paragraph breaks, walked with an explicit stack."""
    parts: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            parts.append(node)  # a break marker pushed below
        elif isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
            continue
        elif isinstance(node, NavigableString):
            parts.append(_SPACES.sub(" ", str(node)))
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            block = node.name in _BLOCK_TAGS
            stack.append("\n\n" if block else "")  # popped after the children: closes the block
            stack.extend(reversed(list(node.children)))
            # Cells of a row become "a | b": the separator goes before each cell, the row's
            # leading one is stripped below.
            parts.append("\n\n" if block else " | " if node.name in _CELL_TAGS else "")
    lines = [line.strip(" |") for line in "".join(parts).split("\n")]
    text = "\n".join(line for line in (ln.strip() for ln in lines))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read_html(data: bytes) -> ReadResult:
    text, encoding, warnings = _decode(data)
    try:
        soup = BeautifulSoup(text, "lxml")
        title, url, date = find_title(soup), find_url(soup), find_date(soup)
        root = _content_root(soup)
        # The headline often sits above the <article>: keep it as the text's first line.
        h1 = soup.find("h1")
        outside = isinstance(h1, Tag) and not any(parent is root for parent in h1.parents)
        headline = h1.get_text(" ", strip=True) if outside and isinstance(h1, Tag) else ""
        _strip_boilerplate(root)
        body = _visible_text(root)
    except RecursionError:
        raise ReadError(gettext_noop("trang HTML lồng nhau quá sâu, không đọc được")) from None
    # Only the article's own headline (it matches the title hint), not a site logo in an <h1>.
    same = title is None or headline.lower() in title.lower() or title.lower() in headline.lower()
    if headline and root.name != "body" and same:
        body = f"{headline}\n\n{body}"
    if not body.strip():
        raise ReadError(gettext_noop("trang HTML không có chữ nào hiển thị"))
    return ReadResult(text=body, title=title, url=url, date=date, encoding=encoding, warnings=warnings)
