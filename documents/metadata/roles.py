"""Normalised roles beside the titles as written: "UVT.Ư Đảng, Bí thư Tỉnh ủy Hà Tĩnh" holds the
roles "Ủy viên Trung ương Đảng" and "Bí thư Tỉnh ủy".

A title is cut into its parts (at commas and dashes), abbreviations are spelled out one way (UBND,
HĐND, BTV, T.Ư ...), and each part is matched against the roles below, most specific first; the
place after a role ("Bí thư Tỉnh ủy Hà Tĩnh") is dropped, it is where the person serves, not what.
A bare "Ủy viên Ban Thường vụ" is of the committee a later part names ("Ủy viên Ban Thường vụ,
Trưởng Ban Tổ chức Tỉnh ủy"). A part that names no known role ("Ủy viên" alone, "nguyên Giám
đốc") gives none: the title as written stays beside it, so nothing is lost.
"""

from __future__ import annotations

import re

_SPELLING = [
    (r"\bUVT\.?\s?Ư\b|\bUVTW\b", "Ủy viên Trung ương"),
    (r"\bT\.?\s?Ư\b|\bTW\b", "Trung ương"),
    (r"Ủy ban nhân dân|\bUBND\b", "UBND"),
    (r"Hội đồng nhân dân|\bHĐND\b", "HĐND"),
    # "UVBTV", "UV BTV", "Ủy viên Thường vụ": a member of the standing committee, however written
    (r"\bUV\s?BTV\b|Ủy viên Thường vụ", "Ủy viên Ban Thường vụ"),
    (r"\bBTV\b", "Ban Thường vụ"),
    (r"\bUBKT\b", "Ủy ban Kiểm tra"),
    (r"\bTUV\b", "Tỉnh ủy viên"),
    (r"\bBCH\b", "Ban Chấp hành"),
    (r"(?:\b[Đđ]oàn )?(?:\bĐBQH\b|đại biểu Quốc hội)", "Đoàn ĐBQH"),
    (r"Mặt trận Tổ quốc Việt Nam|\bMTTQ Việt Nam\b|\bMTTQVN\b", "MTTQ"),
    (r"\bUV\b", "Ủy viên"),
]
_COMMITTEE = r"(Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy"
_PARTY_BOARD = r"(Tổ chức|Tuyên giáo(?: và Dân vận)?|Dân vận|Nội chính|Kinh tế)"
_GOVERNMENT = r"(UBND|HĐND) (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
# (pattern over the spelled-out part, the role it gives); \1 \2 name the committee or the unit
_ROLES = [
    (r"^Tổng Bí thư", "Tổng Bí thư"),
    (r"^Thường trực Ban Bí thư", "Thường trực Ban Bí thư"),
    (r"^Chủ tịch nước", "Chủ tịch nước"),
    (r"^Phó Thủ tướng", "Phó Thủ tướng"),
    (r"^Thủ tướng", "Thủ tướng"),
    (r"^Phó Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội"),
    (r"^Chủ tịch Quốc hội", "Chủ tịch Quốc hội"),
    (r"^Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),
    (r"^Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng"),
    (r"^Ủy viên dự khuyết (?:Ban Chấp hành )?Trung ương", "Ủy viên dự khuyết Trung ương Đảng"),
    (r"^Ủy viên (?:Ban Chấp hành )?Trung ương", "Ủy viên Trung ương Đảng"),
    (r"^Phó Bí thư Thường trực " + _COMMITTEE, r"Phó Bí thư Thường trực \1 ủy"),
    (r"^Phó Bí thư " + _COMMITTEE, r"Phó Bí thư \1 ủy"),
    (r"^Bí thư " + _COMMITTEE, r"Bí thư \1 ủy"),
    (r"^Ủy viên Ban Thường vụ " + _COMMITTEE, r"Ủy viên Ban Thường vụ \1 ủy"),
    (
        r"^Ủy viên Ban Chấp hành Đảng bộ (tỉnh|thành phố|huyện|quận|thị xã|xã|phường)",
        r"Ủy viên Ban Chấp hành Đảng bộ \1",
    ),
    (r"^" + _COMMITTEE + " viên", r"\1 ủy viên"),
    (r"^Chủ nhiệm Ủy ban Kiểm tra " + _COMMITTEE, r"Chủ nhiệm Ủy ban Kiểm tra \1 ủy"),
    (
        r"^Trưởng [Bb]an " + _PARTY_BOARD + " " + _COMMITTEE,
        r"Trưởng ban \1 \2 ủy",
    ),
    (
        r"^Phó Trưởng [Bb]an (?:Thường trực (?:[Bb]an )?)?" + _PARTY_BOARD + " " + _COMMITTEE,
        r"Phó Trưởng ban \1 \2 ủy",
    ),
    (r"^Phó Chủ nhiệm Ủy ban Kiểm tra " + _COMMITTEE, r"Phó Chủ nhiệm Ủy ban Kiểm tra \1 ủy"),
    (r"^Ủy viên Ủy ban Kiểm tra " + _COMMITTEE, r"Ủy viên Ủy ban Kiểm tra \1 ủy"),
    (r"^Chánh Văn phòng " + _COMMITTEE, r"Chánh Văn phòng \1 ủy"),
    (r"^Phó Chủ tịch Thường trực " + _GOVERNMENT, r"Phó Chủ tịch Thường trực \1 \2"),
    (r"^Phó Chủ tịch " + _GOVERNMENT, r"Phó Chủ tịch \1 \2"),
    (r"^Chủ tịch " + _GOVERNMENT, r"Chủ tịch \1 \2"),
    (r"^Chủ tịch Ủy ban MTTQ (tỉnh|thành phố|huyện|quận|xã|phường)", r"Chủ tịch Ủy ban MTTQ \1"),
    (r"^Trưởng Đoàn ĐBQH (tỉnh|thành phố)", r"Trưởng Đoàn ĐBQH \1"),
    (r"^Giám đốc Công an (tỉnh|thành phố)", r"Giám đốc Công an \1"),
]
_COMPILED_SPELLING = [(re.compile(p), s) for p, s in _SPELLING]
_COMPILED_ROLES = [(re.compile(p, re.IGNORECASE), r) for p, r in _ROLES]
_PARTS = re.compile(r"\s*(?:,|;|\s[-–—]\s)\s*")


def _spelled(part: str) -> str:
    part = " ".join(part.split()).replace("Uỷ", "Ủy").replace("uỷ", "ủy")
    for pattern, spelling in _COMPILED_SPELLING:
        part = pattern.sub(spelling, part)
    return part


def _capitalised_unit(role: str) -> str:
    # "Bí thư tỉnh ủy" written in lower case is still "Bí thư Tỉnh ủy"
    return re.sub(r"\b(tỉnh|thành|huyện|quận|thị|đảng) ủy", lambda m: m.group(1).capitalize() + " ủy", role)


# "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy": the standing committee is named once, at
# the end of the title; the bare membership is of that committee. Not when a place follows the
# committee ("UV BTV, Bí thư Thành ủy Vinh"): the person leads that unit and may sit on the
# standing committee above it. Nor a former office's committee ("Ủy viên Ban Thường vụ, nguyên Bí thư
# Huyện ủy"): the person left that committee, the membership is of the one a current office names.
_BARE_STANDING_MEMBER = re.compile(r"^Ủy viên Ban Thường vụ$", re.IGNORECASE)
_COMMITTEE_NAMED = re.compile(r"\b" + _COMMITTEE + r"$")


def _committee_named_later(part: str, later: list[str]) -> str:
    if not _BARE_STANDING_MEMBER.match(part):
        return part
    for other in later:
        if _former(other):
            continue
        committee = _COMMITTEE_NAMED.search(_spelled(other.strip()))
        if committee:
            return f"{part} {committee.group(0)}"
    return part


def _former(part: str) -> bool:
    return part.strip().casefold().startswith(("nguyên ", "cựu "))


def normalise_title(title: str) -> list[str]:
    """The known roles a title as written holds, in its order, each once."""
    roles: list[str] = []
    parts = _PARTS.split(title or "")
    for i, part in enumerate(parts):
        part = _committee_named_later(_spelled(part.strip()), parts[i + 1 :])
        if not part or _former(part):
            continue  # a former office is not held now
        for pattern, role in _COMPILED_ROLES:
            m = pattern.match(part)
            if m:
                found = _capitalised_unit(m.expand(role))
                if found not in roles:
                    roles.append(found)
                break
    return roles


def normalise_titles(titles: list[str]) -> list[str]:
    """The roles of a person's titles as written, read as one title: a later one may name the
    committee an earlier bare membership is of (["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh
    ủy"])."""
    return normalise_title(", ".join(titles))
