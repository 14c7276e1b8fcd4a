"""Who chaired the meeting (DESIGN.md "Metadata"): the person the text says chủ trì (before it, or
after "chủ trì của" / "dưới sự chủ trì của"; the first of a list of titled names); for a working
session the visiting leader; congresses: none unless the text says who chaired; else who opened
(khai mạc), directed (phát biểu chỉ đạo) or concluded (kết luận).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .scan import KeywordScan
from .spans import Layout
from .stories import opens_another_event

if TYPE_CHECKING:
    from .officials import Mention

# "chủ trì phiên họp UBND", "chủ trì kỳ họp thứ 9 HĐND": a government meeting, not the Party's; a bare
# "chủ trì phiên họp" is the meeting the text reports.
_GOVERNMENT_OBJECT = re.compile(
    r"\s*(?:(?i:cuộc họp|phiên họp|kỳ họp)(?:\s+(?i:thứ|lần thứ)\s+\S+)?"
    r"(?:\s+(?i:thường kỳ|của|tháng \d+))*\s+)?"
    r"(?:Hội đồng|UBND|HĐND|Ủy ban nhân dân|Chính phủ)"
)


_BARE_SESSION = re.compile(r"\s+(?i:phiên họp|kỳ họp)")
_GOVERNMENT_SESSION = re.compile(
    r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Chính phủ)[^.;\n]{0,60}(?i:phiên họp|kỳ họp)"
)
_CHAIRS = KeywordScan(r"(?i:chủ trì)", "chủ trì")


def _chair_sentences(text: str, layout: Layout) -> list[tuple[int, int, int]]:
    """(sentence start, sentence end, position of "chủ trì") for meetings a Party leader chairs."""
    found = []
    for m in _CHAIRS.finditer(text, layout.folded):
        if _GOVERNMENT_OBJECT.match(text, m.end()):
            continue
        s, e = layout.sentence_span(m.start(), len(text))
        found.append((s, e, m.start()))
    return found


def _chairing(
    text: str, people: list[Mention], starts: list[int], sentence: tuple[int, int, int]
) -> list[Mention]:
    """Who a "chủ trì" names: those before it ("A và B chủ trì"), or after it when it says "chủ trì
    của" or when no one stands before it ("Chủ trì hội nghị có đồng chí A")."""
    s, e, pos = sentence
    before = people[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, pos)]
    if before and not re.match(r"(?i:chủ trì)\s+của", text[pos : pos + 20]):
        return before
    return people[bisect.bisect_left(starts, pos + 1) : bisect.bisect_left(starts, e)]


def mark_chairing(text: str, mentions: list[Mention], layout: Layout) -> None:
    starts = [m.start for m in mentions]
    for sentence in _chair_sentences(text, layout)[:200]:
        for m in _chairing(text, mentions, starts, sentence):
            if "chủ trì" not in m.flags:
                m.flags.add("chủ trì")
                m.roles.insert(0, "chủ trì")


def detect_chair(
    text: str, mentions: list[Mention], layout: Layout, meeting_type: str | None, anchor: int | None
) -> tuple[str | None, str | None]:
    """Who chaired: says chủ trì; for a working session the visitor; else opened, directed, concluded."""
    people = [m for m in mentions if "ký" not in m.flags]
    starts = [m.start for m in people]
    sentences = _chair_sentences(text, layout)
    if anchor is not None:
        paragraph = layout.paragraph_of(anchor)
        sentences.sort(key=lambda s: (layout.paragraph_of(s[0]) != paragraph, abs(s[0] - anchor)))
    if anchor is not None:
        # "Chiều cùng ngày, đồng chí ... chủ trì buổi làm việc ...": another event's chair
        own = layout.sentence_of(anchor)
        sentences = [
            s for s in sentences if layout.sentence_of(s[0]) == own or not opens_another_event(text, s[0])
        ]
    for sentence in sentences[:50]:
        # "chủ trì phiên họp" names no body: the sentence before says whose session it is
        if _BARE_SESSION.match(text, sentence[2] + len("chủ trì")) and sentence[0] > 0:
            previous = text[layout.sentence_span(sentence[0] - 1, len(text))[0] : sentence[0]]
            if _GOVERNMENT_SESSION.search(previous):
                continue
        inside = _chairing(text, people, starts, sentence)
        if inside:
            return inside[0].name, text[sentence[0] : sentence[1]].strip()[:200]
    if meeting_type == "dai_hoi":
        return None, None
    if meeting_type == "lam_viec":
        visitor = _visiting_leader(text, people, layout)
        if visitor:
            return visitor
    for flag in ("khai mạc", "chỉ đạo", "kết luận"):
        for m in people:
            if flag in m.flags:
                return m.name, flag
    return None, None


_LEADS_DELEGATION = re.compile(r"(?i:\bdo\s+(?:đồng chí|ông|bà)?\s*)")
_WORKING_SESSION = re.compile(r"(?i:làm việc)")
_DELEGATION_LED = re.compile(
    r"(?i:đoàn (?:công tác|kiểm tra|giám sát|khảo sát))[^.;\n]{0,160}?\bdo\s+(?:(?i:đồng chí|ông|bà)\s+)?"
)


# a page's headline (and a line or two under it) comes before the report's own sentences
_HEADLINE_SENTENCES = 3


def _next_sentence(text: str, layout: Layout, end: int) -> tuple[int, int]:
    """The sentence after the one ending at `end`, past blank lines."""
    while end < len(text) and not text[end].strip():
        end += 1
    return layout.sentence_span(end, len(text)) if end < len(text) else (end, end)


def _visiting_leader(text: str, people: list[Mention], layout: Layout) -> tuple[str, str] | None:
    """The leader of a working session's visiting side, from the first sentence saying "làm việc":
    the person a delegation is led by ("Đoàn công tác ... do X làm trưởng đoàn"), else the first
    person before "làm việc" ("X đã làm việc với ..."), else the first person of the next sentence
    ("Đoàn công tác ... làm việc với xã A. Tham dự có đồng chí X, Bí thư huyện ủy")."""
    for m in _WORKING_SESSION.finditer(text):
        s, e = layout.sentence_span(m.start(), len(text))
        led = _LEADS_DELEGATION.search(text, s, m.start())
        if led:
            after = [p for p in people if led.end() <= p.start <= led.end() + 60]
            if after:
                return after[0].name, text[s:e].strip()[:200]
        before = [p for p in people if s <= p.start < m.start()]
        if before:
            return before[0].name, text[s:e].strip()[:200]
        if any(s <= p.start < e for p in people):
            break
        n_start, n_end = _next_sentence(text, layout, e)
        following = [p for p in people if n_start <= p.start < n_end]
        if following:
            return following[0].name, text[n_start:n_end].strip()[:200]
        # a headline that names no one ("Bí thư Tỉnh ủy làm việc với Đảng ủy xã ..."), followed by
        # a byline: the report's own "làm việc" sentence names the visitor
        if layout.sentence_of(m.start()) > _HEADLINE_SENTENCES:
            break
    # no one named where the text says "làm việc": a delegation's head ("Đoàn kiểm tra ... do ông X,
    # ... làm Trưởng đoàn, công bố quyết định kiểm tra")
    for m in _DELEGATION_LED.finditer(text):
        after = [p for p in people if m.end() <= p.start <= m.end() + 60]
        if after:
            s, e = layout.sentence_span(m.start(), len(text))
            return after[0].name, text[s:e].strip()[:200]
    return None
