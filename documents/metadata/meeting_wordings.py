"""The wordings of each meeting type: which words report a Party body's meeting of which kind.

Each entry of PATTERNS is (meeting type, kind, scan): "explicit" names the meeting ("Hội nghị Ban
Thường vụ ..."), "subject" a body acting ("Ban Chấp hành Đảng bộ tỉnh thảo luận ..."), "ceremony"
and "held" a Party event that is no committee's meeting. meeting_types.py chooses among the events
found; the congress checks (DAI_HOI_REF, DAI_HOI_NOT_PARTY) say which congresses are not held in
the text or not the Party's.
"""

from __future__ import annotations

import re

from .scan import KeywordScan

_BCH = r"(?:Ban Chấp hành|BCH)\s+Đảng (?:bộ|ủy|uỷ)(?!\s+các cấp)"
# a Party committee by its name: "Tỉnh ủy", "Quận ủy", "Đảng ủy phường An Lạc", "Đảng ủy xã"
_COMMITTEE = (
    r"(?:(?:Tỉnh|Thành|Huyện|Thị|Quận) (?i:ủy)|Đảng (?i:ủy) (?i:xã|phường|thị trấn|đặc khu)"
    # the Party committees of a bloc, the armed forces or the police (level: other)
    r"|Đảng (?i:ủy) (?:Khối(?: (?i:các cơ quan|cơ quan|doanh nghiệp)(?: (?i:tỉnh|thành phố))?)?"
    r"|Quân sự|Công an|Bộ đội Biên phòng|Biên phòng|các cơ quan))"
)
# the words a _COMMITTEE match can begin with, lower case (KeywordScan looks for them)
_COMMITTEE_STARTS = ("tỉnh", "thành", "huyện", "thị", "quận", "đảng")
# a unit's name, with the mark of the 2025 reorganisation a page may give it: "Tỉnh ủy Hưng Yên
# (mới)", the merged province's new committee, "Tỉnh ủy Thái Bình (cũ)", a former one
_UNIT_NAME = (
    r"(?:\s+(?:tỉnh|thành phố|huyện|thị xã|TP\.?|quận|xã|phường|thị trấn|đặc khu))?"
    r"(?:\s+[A-ZĐ0-9][^\s,.;:()]*){0,4}(?:\s*\((?i:mới|cũ)\))?"
    # a joint meeting names the other units beside it: "Ban Thường vụ Tỉnh ủy Thái Bình và Hưng
    # Yên họp liên tịch", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang, Bắc Ninh tổ chức hội nghị"
    r"(?:\s*(?:,|và|với)\s+(?:(?:tỉnh|thành phố|huyện)\s+)?[A-ZĐ][^\s,.;:()]*"
    r"(?:\s+[A-ZĐ0-9][^\s,.;:()]*){0,3}(?:\s*\((?i:mới|cũ)\))?){0,2}"
)
_KHOA = r"(?:,?\s+(?:khóa|lần thứ)\s+[^\s,.;]+)?(?:,?\s+nhiệm k[ỳì]\s+[\d\s\-–]+)?,?"
_ADVERBS = r"(?:\s+(?:cũng|đã|mới đây|sẽ|đã cũng))*"
_BCH_VERBS = (
    r"(?:họp|thảo luận|tổ chức|tiến hành|bầu|đánh giá|triển khai|cho ý kiến|biểu quyết|thống nhất|"
    r"thẳng thắn|xem xét|ban hành|tổng kết|sơ kết|kiểm điểm|nghe|thông qua)"
)
_OTHER_KINDS = (
    r"(?i:trực tuyến\s+)?(?i:quán triệt|học tập|sơ kết|tổng kết|công bố|cán bộ chủ chốt|giao chỉ tiêu|"
    r"triển khai|thông tin|báo cáo viên|gặp mặt|tập huấn|nghiên cứu|chuyên đề|biểu dương|tuyên dương|"
    r"khen thưởng|tôn vinh|điển hình|phổ biến)"
)
# a congress cited, prepared, looked back on or announced, not held in the text
DAI_HOI_REF = re.compile(
    r"(?i:nghị quyết|văn kiện|chào mừng|chuẩn bị|tiến tới|trình|về|thực hiện|sau|dự thảo|phục vụ|"
    r"cho|tổ chức thành công|trước|nhân sự|kết quả|tổng kết|hướng tới|kinh nghiệm|công tác tổ chức|"
    r"tuyên truyền|rút kinh nghiệm|sơ kết)\s*$"
)
DAI_HOI_NOT_PARTY = re.compile(
    r"\s*(?i:(?:đại biểu\s+)?toàn quốc|(?:X{0,3}(?:IX|IV|V?I{0,3}))\s+của Đảng|Đảng các cấp|"
    r"đảng bộ các cấp|(?:đại biểu\s+)?(?:Hội|Đoàn|Công đoàn|Mặt trận|MTTQ|thi đua|thể dục|TDTT|Cựu))"
)

# Each pattern with the words (lower case) its matches begin with: it is tried only where they occur.
PATTERNS: list[tuple[str, str, KeywordScan]] = [
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
            r"(?i:hội nghị)(?:\s+(?i:lần thứ)\s+\w+)?(?:\s+(?i:liên tịch)(?:\s+(?i:giữa))?)?"
            r"\s+(?i:Ban Thường vụ|BTV)"
            r"|(?i:(?:buổi|cuộc|kỳ|phiên) họp)[^.;\n]{0,40}(?i:của Ban Thường vụ)"
            # "Tỉnh ủy họp Ban Thường vụ cho ý kiến ...": the committee convenes its standing members
            r"|(?i:họp Ban Thường vụ|họp BTV)",
            "hội nghị",
            "họp",
            "buổi họp",
            "cuộc họp",
            "kỳ họp",
            "phiên họp",
        ),
    ),
    (
        "ban_thuong_vu",
        "subject",
        # (the committee's initials: "BTVTU" the province's, "BTVHU" a district's)
        KeywordScan(
            # "Ban Thường vụ hai Tỉnh ủy ...": the standing committees of two provinces meeting jointly
            r"(?:(?i:Ban Thường vụ|BTV) (?:(?i:hai|ba|các) )?"
            + _COMMITTEE
            + _UNIT_NAME
            + r"|BTV(?:TU|HU|QU|TXU|ĐU)(?!\w)"
            + _UNIT_NAME
            + ")"
            + _ADVERBS
            + r"\s+(?i:họp|ban hành|tổ chức hội nghị|tổ chức (?:phiên |cuộc |buổi )?họp|cho ý kiến|thảo luận"
            r"|nghe|điều động|phân công|chỉ định|quyết định|giao ban|tổ chức giao ban|thông qua|xem xét"
            r"|kiểm điểm|biểu quyết)",
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
            # (whoever sits with them may be a long list: "Thường trực Tỉnh ủy cùng Thường trực HĐND
            # tỉnh, lãnh đạo UBND tỉnh và lãnh đạo các sở, ban, ngành họp giao ban")
            r"Thường trực " + _COMMITTEE + r"[^.;\n]{0,160}?\s(?i:giao ban|họp giao ban)"
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
            *_COMMITTEE_STARTS,
        ),
    ),
    (
        "lam_viec",
        "explicit",
        KeywordScan(
            r"(?i:làm việc với)\s+(?:Ban|lãnh đạo|tập thể|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|"
            r"các|đoàn|Đoàn|UBND|Ủy ban|Sở|Bộ|tỉnh|huyện|thành phố|BAN|LÃNH ĐẠO|"
            r"(?i:ban thường vụ|ban chấp hành|đảng ủy|(?:tỉnh|thành|huyện|quận|thị) ủy|thường trực))"
            r"|(?i:buổi làm việc|làm việc tại (?:Tỉnh|Thành|Huyện|Quận) ủy)"
            # a leader's visit to a unit: "đến thăm và làm việc tại xã Tân Lập", "kiểm tra, làm việc
            # tại huyện Yên Lạc"
            r"|(?i:làm việc tại (?:Đảng bộ|Đảng ủy|xã|phường|thị trấn|đặc khu|huyện|quận|thị xã))",
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
    # any conference, seminar, contest, ceremony or class a Party committee holds ("Huyện ủy tổ
    # chức hội nghị đối thoại ...", "Tỉnh ủy tổ chức Hội thảo khoa học", "Ban Tổ chức Tỉnh ủy tổ
    # chức lớp bồi dưỡng"): a Party event, counted where no meeting is named (the holder is checked
    # in _events)
    (
        "other",
        "held",
        KeywordScan(
            r"(?i:hội nghị|hội thảo|hội thi|lễ|lớp|tọa đàm|toạ đàm)(?!\w)",
            "hội nghị",
            "hội thảo",
            "hội thi",
            "lễ",
            "lớp",
            "tọa đàm",
            "toạ đàm",
        ),
    ),
    # a committee studying or passing on a resolution itself: "Tỉnh ủy Yên Bái quán triệt, triển
    # khai thực hiện Nghị quyết ..."
    (
        "other",
        "ceremony",
        KeywordScan(
            _COMMITTEE + _UNIT_NAME + r",?\s+(?i:quán triệt|học tập, quán triệt|nghiên cứu, học tập)",
            *_COMMITTEE_STARTS,
        ),
    ),
]
