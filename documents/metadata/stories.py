"""The story a meeting is reported in, on a page that lists several stories.

A listing page (a section's latest news, a day's round-up) runs one story after another, each
opening with its own dated lead ("Chiều 19/8, đồng chí ... làm việc với ...", "Sáng ngày 25/8,
Đoàn ..."). The gold's convention annotates such a page for its Party meeting only, so the officials
are read from that meeting's story, not from every story on the page. A report of one meeting
also opens paragraphs with a day ("Chiều 5/3, hội nghị thảo luận ..."), but there the meeting
itself is the subject that goes on: such a lead continues the story before it. And a page whose
meeting is named before any dated lead (in its headline) reports one story.

Within one story, a sentence opening "Chiều cùng ngày, ..." or "Trước đó, ..." tells another event
than the meeting (opens_another_event): its meeting and its chair are not the story's.
"""

from __future__ import annotations

import bisect
import re

# a line that opens with a time word and a day/month: "Chiều 19/8,", "Sáng ngày 25/8,", "Ngày 20.8,"
_LEAD = re.compile(
    r"(?m:^[ \t>*#\-•]*(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:(?:ngày|nay|qua)\s+)?\(?"
    r"\d{1,2}\s*[/.\-]\s*\d{1,2}\b\)?)"
)
# the meeting goes on after the lead: "Chiều 5/3, hội nghị thảo luận ...", "Sáng 6/3, tại phiên bế mạc"
_CONTINUES = re.compile(
    r"[\s,]*(?:(?i:tại|trong|tiếp tục)\s+)?(?i:hội nghị|phiên|kỳ họp|đại hội|cuộc họp|buổi làm việc)\b"
)
MIN_LEADS = 3
# a sentence that opens on another event the report goes on to tell: "Chiều cùng ngày, ...",
# "Trước đó, ..." (unless the meeting itself goes on: "Chiều cùng ngày, hội nghị thảo luận ...")
_ANOTHER_EVENT = re.compile(
    r"[\s>*#•-]*(?i:(?:sáng|chiều|tối|trưa) cùng ngày|cùng ngày|trước đó|ngày hôm sau|hôm sau)\s*,?"
)


def opens_another_event(text: str, sentence_start: int) -> bool:
    """Whether the sentence at `sentence_start` tells another event than the one before it."""
    m = _ANOTHER_EVENT.match(text, sentence_start)
    return bool(m) and not _CONTINUES.match(text, m.end())


def story_span(text: str, anchor: int | None) -> tuple[int, int] | None:
    """(start, end) of the story holding the anchor on a listing page, or None for a page that
    reports one story (or has no anchor)."""
    if anchor is None:
        return None
    leads = [m for m in _LEAD.finditer(text) if not _CONTINUES.match(text, m.end())]
    if len(leads) < MIN_LEADS or anchor < leads[0].start():
        return None
    starts = [m.start() for m in leads]
    i = bisect.bisect_right(starts, anchor) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)
