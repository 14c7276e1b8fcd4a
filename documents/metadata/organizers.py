"""Who holds an event a text reports: a Party committee, or a body outside the Party.

A conference a Party committee holds is a Party event whatever it is called ("Huyện ủy tổ chức hội
nghị đối thoại ..."): it counts as one (other) where the page names no meeting.

A page often reports a state or mass body's event beside a Party meeting ("UBND tỉnh tổ chức hội
nghị triển khai ...", "Hội Nông dân tỉnh tổ chức Đại hội ...", "Chủ tịch UBND tỉnh làm việc với
UBND huyện ..."). The Party meeting is the one the metadata describes, so such an event yields to
any Party event on the page. An event is outside the Party when the words before it in its
sentence (who holds it) name a state or mass body and nothing of the Party — "Phó Bí thư Tỉnh ủy,
Chủ tịch UBND tỉnh chủ trì hội nghị" is a Party leader's, "Đảng ủy Công an tỉnh" a Party body's;
for a working session the unit worked with counts too ("làm việc với UBND huyện").
"""

from __future__ import annotations

import re

# The mass organisations and the Front have a Ban Chấp hành, a Ban Thường vụ, a Bí thư and a centre
# of their own: "Ban Chấp hành Tỉnh đoàn", "Ban Thường vụ Hội Nông dân tỉnh", "Bí thư Chi đoàn",
# "Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn". Those words are the Party's only when no such
# body follows them.
_MASS_BODY_AFTER = (
    r"(?!\s+(?i:trung ương\s+)?(?i:(?:tỉnh |thành |huyện |quận |thị |chi |xã |phường )?đoàn|công đoàn"
    r"|(?:tổng )?liên đoàn|hội(?! nghị)|ủy ban (?:mặt trận|mttq)|uỷ ban (?:mặt trận|mttq)|mặt trận|mttq)"
    r"(?!\w))"
)
# the Party's bodies and offices: any of them in the holder's words makes the event the Party's
_PARTY = re.compile(
    r"(?i:đảng|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|cấp ủy|ban tuyên giáo|ban tổ chức|ban dân vận"
    r"|ban nội chính|ủy ban kiểm tra|bộ chính trị)"
    r"|(?i:ban thường vụ|ban chấp hành|bí thư|trung ương)" + _MASS_BODY_AFTER
)
# a Party committee holding what follows: "Tỉnh ủy tổ chức", "Đảng ủy xã An Lạc đã tổ chức trực tuyến"
_HELD_BY_PARTY = re.compile(
    r"(?:(?:Tỉnh|Thành|Huyện|Thị|Quận) (?i:ủy)|Đảng (?i:ủy)|Đảng bộ|Ủy ban Kiểm tra)[^.;\n]{0,80}?"
    r"\s(?i:tổ chức|tiến hành)\s+(?i:trực tuyến\s+)?$"
)
# state bodies, the Front and the mass organisations (by name, so "Hội nghị" is no "Hội")
_OUTSIDE = re.compile(
    r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở|Công an|Bộ Chỉ huy|Cục|Chi cục"
    r"|Chính phủ|Quốc hội|Bộ (?!Chính trị)|Mặt trận|MTTQ|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn Thanh niên"
    # the Youth Union's centre ("Ban Chấp hành Trung ương Đoàn"), and its cells ("Chi đoàn")
    r"|Trung ương Đoàn(?!\w)|Chi đoàn|Đoàn TNCS"
    r"|Liên đoàn Lao động|Công đoàn|Hội (?:Nông dân|Cựu chiến binh|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Chữ thập đỏ"
    r"|Người cao tuổi|Khuyến học|Luật gia|Nhà báo|Doanh nhân|Doanh nghiệp|Văn học|Cựu Thanh niên))"
)


def held_outside_party(holder: str, event: str = "") -> bool:
    """Whether an event is a state or mass body's: `holder` is its sentence up to the event (who
    holds it), `event` the event's words and what follows them (the unit a session is with)."""
    words = holder + " " + event
    return bool(_OUTSIDE.search(words)) and not _PARTY.search(words)


# the verb _HELD_BY_PARTY ends with: most conferences, classes and ceremonies a page names are not
# right after it, and this short check spares them the long search for a committee
_HOLDING_VERB = re.compile(r"(?i:tổ chức|tiến hành)\s+(?i:trực tuyến\s+)?$")
_VERB_CHARS = 30


def held_by_party(before: str) -> bool:
    """Whether the words just before an event (`before`) say a Party committee holds it."""
    return bool(_HOLDING_VERB.search(before[-_VERB_CHARS:]) and _HELD_BY_PARTY.search(before))
