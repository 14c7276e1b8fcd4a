"""meeting_type and level.

The meeting is the first sentence that reports a Party event: an explicit "Hội nghị Ban Chấp hành
Đảng bộ ...", "Hội nghị Ban Thường vụ ...", "cuộc họp của Thường trực ...", "làm việc với ...",
"Đại hội ..." or a body acting ("Ban Chấp hành Đảng bộ tỉnh thảo luận ..."). A congress only cited
("Nghị quyết Đại hội ...", "chuẩn bị Đại hội ...") or a national one is not the meeting. Its
position is the anchor the date, chair and period are read near.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import meeting_dates
from .levels import body_level, headline_level
from .meeting_wordings import DAI_HOI_NOT_PARTY, DAI_HOI_REF, PATTERNS
from .organizers import held_by_party, held_outside_party
from .scan import fold_case
from .spans import Layout
from .stories import opens_another_event
from .written_forms import as_body_writes

# a meeting to come: "sẽ diễn ra", "dự kiến tổ chức", "sẽ khai mạc vào"
_COMING = re.compile(
    r"(?i:sẽ (?:diễn ra|được tổ chức|tổ chức|khai mạc|họp)|dự kiến (?:diễn ra|tổ chức|khai mạc))"
)
_HEADLINE_CHARS = 160
# what an event holds besides its name: the unit a working session is with
_HOST_CHARS = 60
_HOLDER_CHARS = 200
# the line that opens a page's list of other stories
_RELATED_STORIES = re.compile(
    r"\n[ \t>*#•-]*(?i:(?:tin|bài|tin bài|tin tức) (?:liên quan|cùng chuyên mục|khác|đã đưa)"
    r"|xem thêm|đọc thêm|có thể bạn quan tâm)"
)
_HOLDS = re.compile(r"(?i:tổ chức|tiến hành)$")
# how many reports of the meeting are read for its body's level when the first names none
_LEVEL_TRIES = 5
# a meeting cited, not reported: "của Hội nghị ...", "theo ...", "Nghị quyết Hội nghị Ban Chấp hành ...",
# "Sau Hội nghị ..." (a resolution's own heading, in capitals, names its meeting)
# and one being readied: "chuẩn bị nội dung Hội nghị ...", "thống nhất tổ chức Hội nghị ..."
_REFERENCE_BEFORE = re.compile(
    r"(?:(?i:của|kết quả|theo|chuẩn bị(?: nội dung)?(?: cho)?|kế hoạch tổ chức|thống nhất tổ chức"
    r"|dự kiến tổ chức)|[Nn]ghị quyết|[Ss]au)\s*$"
)


@dataclass
class Meeting:
    meeting_type: str | None
    anchor: int | None
    span: str | None
    level: str | None
    level_span: str | None
    kind: str | None = None  # the rule that found it: explicit, subject or ceremony


def _events(text: str, folded: str | None = None) -> list[tuple[int, int, str, str]]:
    found = []
    for meeting_type, kind, pattern in PATTERNS:
        for m in pattern.finditer(text, folded):
            before = text[max(0, m.start() - 30) : m.start()]
            if kind == "held" and not held_by_party(text[max(0, m.start() - 120) : m.start()]):
                continue
            if meeting_type == "dai_hoi":
                if DAI_HOI_REF.search(before) or DAI_HOI_NOT_PARTY.match(text, m.end()):
                    continue
            elif meeting_type != "other" and kind == "explicit" and _REFERENCE_BEFORE.search(before):
                continue
            if "Trung ương" in m.group(0):
                continue
            found.append((m.start(), m.end(), meeting_type, kind))
    # at one place the longest reading wins: "Hội nghị gặp mặt giữa Thường trực Tỉnh ủy" is the
    # standing members' meeting, not only a get-together
    return sorted(found, key=lambda e: (e[0], -e[1]))


def _reported_sentence(text: str, layout: Layout, events: list, page: str) -> int:
    """The sentence that reports the meeting: the first that names an event, skipping a meeting
    announced for later ("sẽ diễn ra vào tháng 7") and, when a sentence that names an event is
    dated with a day ("Sáng 3/4, Ban Thường vụ Tỉnh ủy họp"), the undated headlines of related
    stories listed above it (short lines of their own, after the page's own headline)."""
    sentences = list(dict.fromkeys(layout.sentence_of(e[0]) for e in events))
    spans = {i: layout.sentence_span(layout.sentence_starts[i], len(text)) for i in sentences}
    coming = {i for i in sentences if _COMING.search(text, *spans[i])}
    dated = {layout.sentence_of(c.pos) for c in meeting_dates(page, layout.folded)}
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))

    def related_headline(i: int) -> bool:
        start = spans[i][0]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].strip()
        return (
            start > first_line_end >= 0
            and i not in dated
            and len(line) <= _HEADLINE_CHARS
            and not line.endswith((".", "!", "?", ":"))
        )

    dated_later = any(i in dated and i not in coming for i in sentences)
    for i in sentences:
        if i not in coming and not (dated_later and related_headline(i)):
            return i
    return sentences[0]


def _outside_party(text: str, layout: Layout, start: int) -> bool:
    s_start, s_end = layout.sentence_span(start, len(text))
    # Who holds an event is named just before it: a bounded window keeps a page without sentence
    # breaks from being scanned again from its start for every event.
    holder = text[max(s_start, start - _HOLDER_CHARS) : start]
    return held_outside_party(holder, text[start : min(s_end, start + _HOST_CHARS)])


def detect_meeting(text: str, layout: Layout) -> Meeting:
    """The meeting type, where the text reports it (anchor), and the level of its Party body."""
    # the words as a body writes them (a headline in capitals or without marks; same positions)
    page, text = text, as_body_writes(text)
    folded = layout.folded if text == page else fold_case(text)
    # a state or mass body's event yields to the Party's on the same page, even to a Party ceremony;
    # a page that reports only such events reports no Party meeting (the gold's null)
    # (a conference "held" is found by its Party holder: it is the Party's without a check)
    events = [e for e in _events(text, folded) if e[3] == "held" or not _outside_party(text, layout, e[0])]
    events = _before_related_stories(text, events)
    events = _not_other_events(text, layout, events)
    if not events:
        party = re.search(r"(?i:tỉnh ủy|thành ủy|đảng bộ tỉnh|huyện ủy)", text)
        return Meeting(None, None, None, "province" if party else None, party.group(0) if party else None)
    # a ceremony or a conference known only by its Party holder counts where no meeting is named
    meetings = [e for e in events if e[3] not in ("ceremony", "held")]
    events = meetings or events
    first_sentence = _reported_sentence(text, layout, events, page)
    same = [e for e in events if layout.sentence_of(e[0]) == first_sentence]
    explicit = [e for e in same if e[3] == "explicit"]
    types = {e[2] for e in explicit}
    if {"ban_chap_hanh", "ban_thuong_vu"} <= types:
        chosen = next(e for e in explicit if e[2] == "ban_chap_hanh")
    else:
        chosen = (explicit or same)[0]
    chosen = _executive_holding(text, same, chosen) or chosen
    level, level_span = _level(text, page, layout, chosen, events)
    span = page[chosen[0] : chosen[1]]
    return Meeting(chosen[2], chosen[0], span, level, level_span, chosen[3])


def _before_related_stories(text: str, events: list) -> list:
    """The events before a page's list of other stories ("Tin liên quan", "Xem thêm"), when it
    reports any: the headlines listed there are other pages' meetings."""
    related = _RELATED_STORIES.search(text)
    if related is None:
        return events
    before = [e for e in events if e[0] < related.start()]
    return before or events


def _not_other_events(text: str, layout: Layout, events: list) -> list:
    """The events but those of sentences telling another event of the day ("Chiều cùng ngày, đồng
    chí ... làm việc với ..."), when any other is left: the report's own comes first."""
    own = [
        e for e in events if not opens_another_event(text, layout.sentence_starts[layout.sentence_of(e[0])])
    ]
    return own or events


def _executive_holding(text: str, same: list, chosen: tuple) -> tuple | None:
    """The Ban Chấp hành that holds the chosen conference itself ("Ban Chấp hành Đảng bộ xã tổ chức
    Hội nghị học tập, quán triệt Nghị quyết ..."): the gold counts its own conference as its meeting,
    while one a committee's name holds ("Tỉnh ủy tổ chức Hội nghị quán triệt") stays other."""
    if chosen[2] != "other" or chosen[3] != "explicit":
        return None
    for event in same:
        if (
            event[2] == "ban_chap_hanh"
            and event[3] == "subject"
            and event[1] <= chosen[0]
            and not text[event[1] : chosen[0]].strip()
            and _HOLDS.search(text, event[0], event[1])
        ):
            return event
    return None


def _level(text: str, page: str, layout: Layout, chosen: tuple, events: list) -> tuple[str, str]:
    """The level of the chosen event's body; where its sentence names none, the first body the
    page's headline names (its subject: "Phường Phú Thượng triển khai ..."), else the body a later
    report of the same kind of event names (a headline "Hội nghị Ban Thường vụ lần thứ 18" over a
    report that says whose)."""
    start, end = layout.sentence_span(chosen[0], len(text))
    level = body_level(text[start:end], chosen[0] - start, chosen[1] - start, chosen[2])
    if level:
        return level, page[start:end].strip()[:200]
    sentence = page[start:end].strip()[:200]
    head_start = len(text) - len(text.lstrip())
    head_end = text.find("\n", head_start)
    head_end = len(text) if head_end < 0 else head_end
    if head_end - head_start <= _HEADLINE_CHARS and not start <= head_start < end:
        level = headline_level(text[head_start:head_end])
        if level:
            return level, page[head_start:head_end].strip()
    later = {}  # the first event of the chosen kind in each later sentence
    for e in events:
        if e[2] == chosen[2] and layout.sentence_of(e[0]) > layout.sentence_of(chosen[0]):
            later.setdefault(layout.sentence_of(e[0]), e)
    for event in list(later.values())[:_LEVEL_TRIES]:
        start, end = layout.sentence_span(event[0], len(text))
        level = body_level(text[start:end], event[0] - start, event[1] - start, event[2])
        if level:
            return level, page[start:end].strip()[:200]
    return "province", sentence
