"""What a cited document number says: "18-NQ/TW" is resolution (NQ) number 18 of the Central
Committee (TW); "/TU" a provincial committee, "/HU" a district one, "/ĐU" a Party committee of
another kind. Splitting the number is documents.ingest.citations' job; here each part is named,
the issuer placed at its level, and the number turned into a URL slug and back.

Pure: no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from documents.ingest.citations import parse_cited

# The kinds of Party document by their abbreviation (as parse_cited leaves it: upper case).
KINDS = {
    "NQ": _("Nghị quyết"),
    "KL": _("Kết luận"),
    "CT": _("Chỉ thị"),
    "QĐ": _("Quyết định"),
    "QĐI": _("Quy định"),
    "QC": _("Quy chế"),
    "TB": _("Thông báo"),
    "HD": _("Hướng dẫn"),
    "KH": _("Kế hoạch"),
    "CTR": _("Chương trình"),
    "BC": _("Báo cáo"),
    "CV": _("Công văn"),
    "TTR": _("Tờ trình"),
}
# Issuers whose level is fixed by their abbreviation.
ISSUERS = {
    "TW": _("Ban Chấp hành Trung ương"),
    "BCT": _("Bộ Chính trị"),
    "BBT": _("Ban Bí thư"),
    "VPTW": _("Văn phòng Trung ương Đảng"),
    "BTCTW": _("Ban Tổ chức Trung ương"),
    "BTGTW": _("Ban Tuyên giáo Trung ương"),
    "BTGDVTW": _("Ban Tuyên giáo và Dân vận Trung ương"),
    "BDVTW": _("Ban Dân vận Trung ương"),
    "BNCTW": _("Ban Nội chính Trung ương"),
    "BKTTW": _("Ban Kinh tế Trung ương"),
    "UBKTTW": _("Ủy ban Kiểm tra Trung ương"),
    "ĐUCA": _("Đảng ủy Công an Trung ương"),
    "QUTW": _("Quân ủy Trung ương"),
    "TU": _("Tỉnh ủy, Thành ủy"),
    "HU": _("Huyện ủy"),
    "QU": _("Quận ủy"),
    "TXU": _("Thị xã ủy"),
    "TPU": _("Thành phố ủy"),
    "ĐU": _("Đảng ủy"),
    "BCS": _("Ban cán sự đảng"),
    "ĐĐ": _("Đảng đoàn"),
}
CENTRAL = "central"
PROVINCIAL = "provincial"
DISTRICT = "district"
GRASSROOTS = "grassroots"
OTHER = "other"
LEVELS = {
    CENTRAL: _("Trung ương"),
    PROVINCIAL: _("Cấp tỉnh"),
    DISTRICT: _("Cấp huyện"),
    GRASSROOTS: _("Đảng ủy, ban cán sự, đảng đoàn"),
    OTHER: _("Khác"),
}
_LEVEL_OF_ISSUER = {"TU": PROVINCIAL, "HU": DISTRICT, "QU": DISTRICT, "TXU": DISTRICT, "TPU": DISTRICT}
_SLUG = re.compile(r"^([0-9]{1,6})-([A-ZĐ]{1,6})-([A-ZĐ][A-ZĐ\-]{0,19})$")


def issuer_level(issuer: str) -> str:
    """Where an issuer stands: every "…TW" and the Politburo and Secretariat are central."""
    if not issuer:
        return OTHER
    if issuer in ("TW", "BCT", "BBT") or issuer.endswith("TW") or issuer == "ĐUCA":
        return CENTRAL
    if issuer in _LEVEL_OF_ISSUER:
        return _LEVEL_OF_ISSUER[issuer]
    if issuer.startswith(("ĐU", "BCS", "ĐĐ")):
        return GRASSROOTS
    return OTHER


@dataclass(frozen=True)
class Directive:
    number: str  # "18-NQ/TW"
    serial: str  # "18"
    kind: str  # "NQ"
    issuer: str  # "TW"

    @property
    def kind_label(self) -> str:
        return str(KINDS.get(self.kind, self.kind))

    @property
    def issuer_label(self) -> str:
        return str(ISSUERS.get(self.issuer, self.issuer))

    @property
    def level(self) -> str:
        return issuer_level(self.issuer)

    @property
    def is_central(self) -> bool:
        return self.level == CENTRAL

    @property
    def slug(self) -> str:
        return number_slug(self.number)

    def sort_key(self) -> tuple:
        """Kind, then the number as a number (2 before 18), then the issuer."""
        return (self.kind, int(self.serial), self.issuer)


def describe(number: str) -> Directive | None:
    """The parts of a cited number; None when it is not of the form number-KIND/ISSUER."""
    parsed = parse_cited(number)
    if not parsed.kind:
        return None
    serial = parsed.number.split("-", 1)[0]
    return Directive(parsed.number, serial, parsed.kind, parsed.issuer)


def number_slug(number: str) -> str:
    """ "18-NQ/TW" → "18-NQ-TW": the slash cannot stand in a path segment."""
    return number.replace("/", "-")


def number_from_slug(slug: str) -> str | None:
    """ "18-NQ-TW" (any case) → "18-NQ/TW"; None for anything that is not such a slug."""
    found = _SLUG.match(slug.strip().upper())
    if not found:
        return None
    serial, kind, issuer = found.groups()
    return f"{serial}-{kind}/{issuer}"
