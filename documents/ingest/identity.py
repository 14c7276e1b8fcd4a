"""Whether a name in a new document is a person the portal already knows, or a namesake (pure).

A person is a name plus where and when they served. Each mention is placed by its titles as
written and by its document's province and year:

- local: a title names a committee or a people's council or committee below the centre ("Bí thư
  Tỉnh ủy", "Phó Chủ tịch UBND huyện", "Tỉnh ủy viên"): the person serves in that document's
  province;
- central: a title names a central body and none a local one ("Ủy viên Bộ Chính trị, Thủ tướng",
  "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"): the person serves the whole country, and visits
  any province;
- unplaced: no title, or none of either kind ("Ủy viên", "đồng chí").

Two mentions of one name are two people when both are local in different provinces, or when a
local one comes in a year after a central one (careers rise from a province to the centre, not
back). Anything else is one person: an unplaced mention joins the first person of that name.
Rotations between provinces exist (luân chuyển): staff merge the two rows in the admin, and split
a row that joins two namesakes by province (documents/official_rows.py); the rows they touched are
marked checked, and a later mention of a checked person joins the row that served in its province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LOCAL = re.compile(
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị) (?i:ủy)|Đảng (?i:ủy) (?i:xã|phường|thị trấn|đặc khu)"
    r"|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|MTTQ|Ủy ban MTTQ)"
    r" (?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
)
_CENTRAL = re.compile(
    r"Bộ Chính trị|Ban Bí thư|Tổng Bí thư|Chủ tịch nước|Thủ tướng|Quốc hội|Chính phủ|Bộ trưởng|"
    r"Thứ trưởng|Kiểm tra Trung ương|Ban [^,;]{0,30}Trung ương|Văn phòng Trung ương"
)


@dataclass(frozen=True)
class Placement:
    """Where and when one mention shows its person serving."""

    kind: str | None  # "local", "central", or None when the titles say neither
    province: str | None
    year: int | None


def place(titles: list[str] | tuple[str, ...], province: str | None, year: int | None) -> Placement:
    written = ", ".join(titles or [])
    if _LOCAL.search(written):
        return Placement("local", province, year)
    if _CENTRAL.search(written):
        return Placement("central", None, year)
    return Placement(None, province, year)


def _clash(a: Placement, b: Placement) -> bool:
    if a.kind == b.kind == "local":
        return bool(a.province and b.province and a.province != b.province)
    if {a.kind, b.kind} == {"local", "central"}:
        local, central = (a, b) if a.kind == "local" else (b, a)
        return bool(local.year and central.year and local.year > central.year)
    return False


def same_person(known: list[Placement], new: Placement, checked: bool = False) -> bool:
    """Whether a mention placed at `new` can be the person already seen at `known`. A person
    staff merged or split (`checked`) takes a local mention only in a province its documents
    name: a merged row keeps both provinces' mentions, a split row its own province's."""
    provinces = {seen.province for seen in known if seen.province}
    if checked and new.kind == "local" and provinces:
        return new.province in provinces
    return not any(_clash(seen, new) for seen in known)
