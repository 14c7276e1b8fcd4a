"""The level of the Party body that met: province, district, commune or other.

The body is named next to the event: right after it ("Đại hội đại biểu Đảng bộ phường Đông Thành",
"Hội nghị Ban Chấp hành Đảng bộ huyện") or as the subject before it ("Huyện ủy Cam Lâm tổ chức
hội nghị", "Phường Phổ Thạnh tổ chức kỷ niệm"). The words after the event are read first, then the
nearest body before it in the same sentence. A working session is placed at its host, the body
after "làm việc với", when that is a commune or district. Party organisations of agencies, forces,
enterprises and blocs ("Đảng bộ Sở ...", "Đảng ủy UBND tỉnh", "Đảng bộ Khối ...", "Chi bộ ...") are
"other". A city under a province ("Thành ủy Vĩnh Yên") is a district; the centrally run cities are
provinces.
"""

from __future__ import annotations

import re

from documents.vietnamese.normalize import fold

# without diacritics and in lower case: a headline may have lost its marks or be in capitals
_CENTRAL_CITIES = (
    "ha noi", "hai phong", "da nang", "tp.hcm", "tphcm", "ho chi minh", "hcm", "can tho", "hue",
)  # fmt: skip

# ("Ban cán sự đảng Ủy ban nhân dân tỉnh" is the province government's Party group, not an "Đảng ủy")
_OTHER = (
    r"(?i:cấp cơ sở|chi bộ|(?<!cán sự )đảng (?:bộ|ủy) (?:đoàn|khối|các cơ quan|cơ quan|quân sự|công an|"
    r"doanh nghiệp|"
    r"bộ đội|ban|sở|cục|chi cục|ubnd|ủy ban|hđnd|trường|bệnh viện|công ty|tổng công ty|tập đoàn|"
    r"ngân hàng|văn phòng|báo|đài|viện|bộ chỉ huy|biên phòng)|đảng ủy khối)"
)
_COMMUNE = (
    r"(?i:đảng (?:bộ|ủy) (?:xã|phường|thị trấn|đặc khu))"
    r"|\b(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu) (?:[A-ZĐ0-9])"
)
_DISTRICT = (
    r"(?i:huyện ủy|thị ủy|quận ủy|đảng bộ (?:huyện|thị xã|quận))"
    r"|\b(?:[Qq]uận|[Hh]uyện|[Tt]hị xã) (?:[A-ZĐ0-9])|\bQ\.\s?\d|\bBTV(?:HU|QU|TXU)\b"
)
_CITY = (
    r"(?i:thành ủy|đảng bộ thành phố)\s+(?:(?i:thành phố|TP\.?)\s*)?"
    # a name of up to three capitalised words ("Thành ủy TP Hồ Chí Minh"), never what follows it
    r"(?P<city>[^\s,.;:()]+(?:\s+[A-ZĐ][^\s,.;:()]*){0,2})"
)
_PROVINCE = r"(?i:tỉnh ủy|đảng bộ tỉnh|ban chấp hành đảng bộ tỉnh)"

_UNIT = re.compile(
    rf"(?P<other>{_OTHER})|(?P<commune>{_COMMUNE})|(?P<district>{_DISTRICT})|(?P<city_unit>{_CITY})"
    rf"|(?P<province>{_PROVINCE})"
)
_HOST = re.compile(r"(?i:làm việc với)")
_AFTER_CHARS = 60
_NAME_CHARS = 40  # how far an agency's name runs before the committee it belongs to


def _unit_level(m: re.Match[str]) -> str | None:
    """The level a unit's name gives; None for a city left unnamed ("Đảng bộ thành phố lần thứ 8"),
    which is the city the sentence names elsewhere."""
    kind = m.lastgroup
    if m.group("city_unit"):
        city = m.group("city")
        if any(c in fold(m.group("city_unit")).lower() for c in _CENTRAL_CITIES):
            return "province"
        return "district" if city[:1].isupper() else None
    return kind if kind in ("other", "commune", "district") else "province"


def _named_before(sentence: str, end: int) -> str | None:
    before = list(_UNIT.finditer(sentence, 0, end))
    if not before:
        return None
    # "Đảng bộ Ban Nội chính Tỉnh ủy tổ chức ...": the committee named last belongs
    # to the agency's Party organisation named just before it
    if (
        len(before) > 1
        and before[-2].lastgroup == "other"
        and not re.search(r"[,;]", sentence[before[-2].end() : before[-1].start()])
        and before[-1].start() - before[-2].end() <= _NAME_CHARS
    ):
        return "other"
    return _unit_level(before[-1]) or "province"


def body_level(sentence: str, event_start: int, event_end: int, meeting_type: str | None) -> str | None:
    """The level of the body in `sentence` whose event spans [event_start, event_end); None when the
    sentence names no body (a headline: "Hội nghị Ban Thường vụ lần thứ 18")."""
    if meeting_type == "lam_viec":
        host = _HOST.search(sentence)
        if host:
            found = _UNIT.search(sentence, host.end(), host.end() + _AFTER_CHARS)
            # a province's Party group of its government (Ban cán sự đảng UBND tỉnh) is of the
            # province: only a commune, district or bloc host moves the level
            if found and _unit_level(found) in ("commune", "district", "other"):
                return _unit_level(found)
            return _named_before(sentence, host.start()) or ("province" if found else None)
    after = _UNIT.search(sentence, event_start, event_end + _AFTER_CHARS)
    if after and _unit_level(after):
        return _unit_level(after)
    return _named_before(sentence, event_start)


def headline_level(line: str) -> str | None:
    """The level of the first body a headline names: its subject ("Phường Phú Thượng thông tin
    nhanh kết quả Đại hội Đảng bộ thành phố" is the ward's page)."""
    for m in _UNIT.finditer(line):
        level = _unit_level(m)
        if level:
            return level
    return None
