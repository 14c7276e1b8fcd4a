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
from .levels import body_level
from .organizers import held_by_party, held_outside_party
from .scan import KeywordScan
from .spans import Layout

_BCH = r"(?:Ban Chấp hành|BCH)\s+Đảng (?:bộ|ủy|uỷ)(?!\s+các cấp)"
# a Party committee by its name: "Tỉnh ủy", "Quận ủy", "Đảng ủy phường An Lạc", "Đảng ủy xã"
_COMMITTEE = (
    r"(?:(?:Tỉnh|Thành|Huyện|Thị|Quận) (?i:ủy)|Đảng (?i:ủy) (?i:xã|phường|thị trấn|đặc khu)"
    # the Party committees of a bloc, the armed forces or the police (level: other)
    r"|Đảng (?i:ủy) (?:Khối(?: (?i:các cơ quan|cơ quan|doanh nghiệp)(?: (?i:tỉnh|thành phố))?)?"
    r"|Quân sự|Công an|Bộ đội Biên phòng|Biên phòng|các cơ quan))"
)
_UNIT_NAME = (
    r"(?:\s+(?:tỉnh|thành phố|huyện|thị xã|TP\.?|quận|xã|phường|thị trấn|đặc khu))?"
    r"(?:\s+[A-ZĐ0-9][^\s,.;:()]*){0,4}"
)
_KHOA = r"(?:,?\s+(?:khóa|lần thứ)\s+[^\s,.;]+)?(?:,?\s+nhiệm k[ỳì]\s+[\d\s\-–]+)?,?"
_ADVERBS = r"(?:\s+(?:cũng|đã|mới đây|sẽ|đã cũng))*"
_BCH_VERBS = (
    r"(?:họp|thảo luận|tổ chức|tiến hành|bầu|đánh giá|triển khai|cho ý kiến|biểu quyết|thống nhất|"
    r"thẳng thắn|xem xét|ban hành)"
)
_OTHER_KINDS = (
    r"(?i:trực tuyến\s+)?(?i:quán triệt|học tập|sơ kết|tổng kết|công bố|cán bộ chủ chốt|giao chỉ tiêu|"
    r"triển khai|thông tin|báo cáo viên|gặp mặt|tập huấn|nghiên cứu|chuyên đề|biểu dương|tuyên dương|"
    r"khen thưởng|tôn vinh|điển hình|phổ biến)"
)
# a congress cited, prepared, looked back on or announced, not held in the text
_DAI_HOI_REF = re.compile(
    r"(?i:nghị quyết|văn kiện|chào mừng|chuẩn bị|tiến tới|trình|về|thực hiện|sau|dự thảo|phục vụ|"
    r"cho|tổ chức thành công|trước|nhân sự|kết quả|tổng kết|hướng tới|kinh nghiệm|công tác tổ chức|"
    r"tuyên truyền|rút kinh nghiệm|sơ kết)\s*$"
)
_DAI_HOI_NOT_PARTY = re.compile(
    r"\s*(?i:(?:đại biểu\s+)?toàn quốc|(?:X{0,3}(?:IX|IV|V?I{0,3}))\s+của Đảng|Đảng các cấp|"
    r"đảng bộ các cấp|(?:đại biểu\s+)?(?:Hội|Đoàn|Công đoàn|Mặt trận|MTTQ|thi đua|thể dục|TDTT|Cựu))"
)

# Each pattern with the words (lower case) its matches begin with: it is tried only where they occur.
_PATTERNS: list[tuple[str, str, KeywordScan]] = [
    (
        "other",
        "explicit",
        KeywordScan(r"(?i:hội nghị)\s+" + _OTHER_KINDS + r"|(?i:họp báo)", "hội nghị", "họp báo"),
    ),
    (
        # an inspection or supervision team announcing its decision at the unit it works with
        "lam_viec",
        "explicit",
        KeywordScan(
            r"(?i:hội nghị)\s+(?i:công bố (?:quyết định|kế hoạch)(?: về việc)? (?:kiểm tra|giám sát))",
            "hội nghị",
        ),
    ),
    (
        # a conference that reviews how congresses were held is no congress
        "other",
        "explicit",
        KeywordScan(
            r"(?i:hội nghị)\s+(?i:đánh giá|rút kinh nghiệm|sơ kết|tổng kết)[^.;\n]{0,80}?(?i:đại hội)",
            "hội nghị",
        ),
    ),
    (
        "ban_chap_hanh",
        "explicit",
        KeywordScan(
            r"(?i:hội nghị)(?:\s+(?i:lần thứ)\s+\w+)?\s+(?:(?i:" + _BCH + r")|" + _COMMITTEE + r"(?!\s+viên))"
            r"|(?i:Hội nghị)[^.;\n]{1,40}(?i:Ban Chấp hành Đảng bộ)"
            # "Kỳ họp thứ 15 Ban Chấp hành ...", "Phiên họp thứ 15 của Ban Chấp hành ..."
            r"|(?i:kỳ họp|phiên họp)(?:\s+(?i:thứ)\s+\w+)?\s+(?:(?i:của)\s+)?(?i:" + _BCH + r")",
            "hội nghị",
            "kỳ họp",
            "phiên họp",
        ),
    ),
    (
        "ban_chap_hanh",
        "subject",
        KeywordScan(
            r"(?i:" + _BCH + r")" + _UNIT_NAME + _KHOA + _ADVERBS + r"\s+" + _BCH_VERBS,
            "ban chấp hành",
            "bch",
        ),
    ),
    (
        "ban_thuong_vu",
        "explicit",
        KeywordScan(
            r"(?i:hội nghị)(?:\s+(?i:lần thứ)\s+\w+)?\s+(?i:Ban Thường vụ|BTV)"
            r"|(?i:(?:buổi|cuộc|kỳ|phiên) họp)[^.;\n]{0,40}(?i:của Ban Thường vụ)",
            "hội nghị",
            "buổi họp",
            "cuộc họp",
            "kỳ họp",
            "phiên họp",
        ),
    ),
    (
        "ban_thuong_vu",
        "subject",
        KeywordScan(
            r"(?i:Ban Thường vụ|BTV) "
            + _COMMITTEE
            + _UNIT_NAME
            + _ADVERBS
            + r"\s+(?i:họp|ban hành|tổ chức hội nghị|tổ chức họp|cho ý kiến|thảo luận|nghe|điều động|"
            r"phân công|chỉ định|quyết định|giao ban|thông qua|xem xét|kiểm điểm|biểu quyết)",
            "ban thường vụ",
            "btv",
        ),
    ),
    (
        "thuong_truc",
        "explicit",
        KeywordScan(
            r"(?i:cuộc họp|họp|giao ban|hội nghị)(?:\s+của)?\s+Thường trực " + _COMMITTEE,
            "cuộc họp",
            "họp",
            "giao ban",
            "hội nghị",
        ),
    ),
    (
        "thuong_truc",
        "explicit",
        KeywordScan(
            # "Thường trực Thành ủy, HĐND, UBND thành phố giao ban", "Hội nghị gặp mặt giữa Thường trực
            # Tỉnh ủy và ...": the standing members meet, whoever else sits with them
            r"Thường trực " + _COMMITTEE + r"[^.;\n]{0,60}?\s(?i:giao ban|họp giao ban)"
            r"|(?i:gặp mặt|hội nghị|họp)\s+(?:\w+\s+){0,3}?(?i:giữa|của)\s+"
            r"Thường trực " + _COMMITTEE,
            "thường trực",
            "gặp mặt",
            "hội nghị",
            "họp",
        ),
    ),
    (
        "thuong_truc",
        "subject",
        KeywordScan(
            r"Thường trực "
            + _COMMITTEE
            + _UNIT_NAME
            + _ADVERBS
            + r"\s+(?i:họp|nghe|cho ý kiến|thảo luận|giao ban|thông qua|xem xét|tổ chức (?:cuộc )?họp"
            r"|tổ chức hội nghị)",
            "thường trực",
        ),
    ),
    (
        # the committee itself meets: "Huyện ủy Yên Lạc họp phiên thường kỳ", "Đảng ủy xã An Lạc họp"
        "ban_chap_hanh",
        "subject",
        KeywordScan(
            r"(?<!Thường vụ )(?<!Thường trực )(?<!BTV )"
            + _COMMITTEE
            + _UNIT_NAME
            + _KHOA
            + _ADVERBS
            + r"\s+(?i:họp)(?!\s*(?i:báo|mặt|bàn))",
            "tỉnh",
            "thành",
            "huyện",
            "thị",
            "quận",
            "đảng",
        ),
    ),
    (
        "lam_viec",
        "explicit",
        KeywordScan(
            r"(?i:làm việc với)\s+(?:Ban|lãnh đạo|tập thể|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|"
            r"các|đoàn|Đoàn|UBND|Ủy ban|Sở|Bộ|tỉnh|huyện|thành phố|BAN|LÃNH ĐẠO|"
            r"(?i:ban thường vụ|ban chấp hành|đảng ủy|(?:tỉnh|thành|huyện|quận|thị) ủy|thường trực))"
            r"|(?i:buổi làm việc|làm việc tại (?:Tỉnh|Thành|Huyện|Quận) ủy)",
            "làm việc với",
            "buổi làm việc",
            "làm việc tại",
        ),
    ),
    (
        # a delegation that inspects or works with a committee: "Đoàn kiểm tra số 5 ... công bố"
        "lam_viec",
        "subject",
        KeywordScan(r"(?i:đoàn (?:công tác|kiểm tra|giám sát))", "đoàn"),
    ),
    ("dai_hoi", "explicit", KeywordScan(r"(?i:đại hội)(?!\s*(?:đồng|thể))", "đại hội")),
    (
        # ceremonies, anniversaries, handing over decisions, get-togethers: a Party event that is no
        # meeting of a committee, counted only where the text reports no meeting at all
        "other",
        "ceremony",
        KeywordScan(
            r"(?i:lễ (?:kỷ niệm|dâng hoa|dâng hương|trao|công bố|ra mắt|kết nạp|mít tinh)|buổi lễ|"
            r"kỷ niệm \d+ năm|gặp mặt|trao quyết định|công bố quyết định|tiếp nhận cán bộ|buổi tiếp nhận|"
            r"tổ chức (?:học tập|quán triệt)|trao (?:huy hiệu|tặng))",
            "lễ",
            "buổi lễ",
            "kỷ niệm",
            "gặp mặt",
            "trao",
            "công bố",
            "tiếp nhận",
            "buổi tiếp nhận",
            "tổ chức",
        ),
    ),
    # any conference a Party committee holds ("Huyện ủy tổ chức hội nghị đối thoại ..."): a Party
    # event, counted where no meeting is named (the holder is checked in _events)
    ("other", "held", KeywordScan(r"(?i:hội nghị)", "hội nghị")),
]

# a meeting to come: "sẽ diễn ra", "dự kiến tổ chức", "sẽ khai mạc vào"
_COMING = re.compile(
    r"(?i:sẽ (?:diễn ra|được tổ chức|tổ chức|khai mạc|họp)|dự kiến (?:diễn ra|tổ chức|khai mạc))"
)
_HEADLINE_CHARS = 160
# what an event holds besides its name: the unit a working session is with
_HOST_CHARS = 60
_HOLDER_CHARS = 200
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
    for meeting_type, kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, folded):
            before = text[max(0, m.start() - 30) : m.start()]
            if kind == "held" and not held_by_party(text[max(0, m.start() - 120) : m.start()]):
                continue
            if meeting_type == "dai_hoi":
                if _DAI_HOI_REF.search(before) or _DAI_HOI_NOT_PARTY.match(text, m.end()):
                    continue
            elif meeting_type != "other" and kind == "explicit" and _REFERENCE_BEFORE.search(before):
                continue
            if "Trung ương" in m.group(0):
                continue
            found.append((m.start(), m.end(), meeting_type, kind))
    # at one place the longest reading wins: "Hội nghị gặp mặt giữa Thường trực Tỉnh ủy" is the
    # standing members' meeting, not only a get-together
    return sorted(found, key=lambda e: (e[0], -e[1]))


def _reported_sentence(text: str, layout: Layout, events: list) -> int:
    """The sentence that reports the meeting: the first that names an event, skipping a meeting
    announced for later ("sẽ diễn ra vào tháng 7") and, when a sentence that names an event is
    dated with a day ("Sáng 3/4, Ban Thường vụ Tỉnh ủy họp"), the undated headlines of related
    stories listed above it (short lines of their own, after the page's own headline)."""
    sentences = list(dict.fromkeys(layout.sentence_of(e[0]) for e in events))
    spans = {i: layout.sentence_span(layout.sentence_starts[i], len(text)) for i in sentences}
    coming = {i for i in sentences if _COMING.search(text, *spans[i])}
    dated = {layout.sentence_of(c.pos) for c in meeting_dates(text, layout.folded)}
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
    events = _events(text, layout.folded)
    if not events:
        party = re.search(r"(?i:tỉnh ủy|thành ủy|đảng bộ tỉnh|huyện ủy)", text)
        return Meeting(None, None, None, "province" if party else None, party.group(0) if party else None)
    # a ceremony or a conference known only by its Party holder counts where no meeting is named
    meetings = [e for e in events if e[3] not in ("ceremony", "held")]
    events = meetings or events
    # a state or mass body's event yields to the Party's on the same page
    party = [e for e in events if not _outside_party(text, layout, e[0])]
    events = party or events
    first_sentence = _reported_sentence(text, layout, events)
    same = [e for e in events if layout.sentence_of(e[0]) == first_sentence]
    explicit = [e for e in same if e[3] == "explicit"]
    types = {e[2] for e in explicit}
    if {"ban_chap_hanh", "ban_thuong_vu"} <= types:
        chosen = next(e for e in explicit if e[2] == "ban_chap_hanh")
    else:
        chosen = (explicit or same)[0]
    start, end = layout.sentence_span(chosen[0], len(text))
    sentence = text[start:end]
    level = body_level(sentence, chosen[0] - start, chosen[1] - start, chosen[2])
    span = text[chosen[0] : chosen[1]]
    return Meeting(chosen[2], chosen[0], span, level, sentence.strip()[:200], chosen[3])
