"""Extraction's evidence in the interface's language.

The evidence extraction stores (Document.metadata_evidence) is the text that decided a field,
sometimes with the rule that read it, named in English for the developers ("first sentence",
"ngày 4/4 (the meeting's paragraph; year: the page's date)"). Staff read it on the review pages,
which speak Vietnamese (English when the interface is English): the rule names are translated
here; the document's own words stay as they are. A rule this table does not know yet is shown
as stored.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.metadata.date_evidence import read_date_evidence

RULES = {
    # How the title was found (documents/metadata/titles.py).
    "reader title": gettext_lazy("tiêu đề do bộ đọc tệp cung cấp"),
    "subject line": gettext_lazy("dòng trích yếu"),
    "headline": gettext_lazy("dòng tiêu đề"),
    "first sentence": gettext_lazy("câu đầu tiên"),
    # Which day of the meeting (documents/metadata/dates.py).
    "the closing session": gettext_lazy("phiên bế mạc"),
    "the first day of the range": gettext_lazy("ngày đầu của khoảng ngày"),
    "the preparatory session": gettext_lazy("phiên trù bị"),
    "the opening session": gettext_lazy("phiên khai mạc"),
    "the meeting's paragraph": gettext_lazy("đoạn nói về hội nghị"),
    "the day before the page's date": gettext_lazy("ngày trước ngày của trang"),
    "read month first, as the page's date says": gettext_lazy("đọc tháng trước ngày, như ngày của trang"),
    # Where the year came from (documents/metadata/date_years.py).
    "written": gettext_lazy("ghi cùng ngày, tháng"),
    "the page's date": gettext_lazy("ngày của trang"),
    "the URL": gettext_lazy("địa chỉ trang"),
    "this or the previous sentence": gettext_lazy("câu này hoặc câu trước"),
    "the next sentence": gettext_lazy("câu kế tiếp"),
    "the reporting period": gettext_lazy("kỳ báo cáo"),
    "the congress's term": gettext_lazy("nhiệm kỳ đại hội"),
    "the congress being prepared": gettext_lazy("đại hội đang được chuẩn bị"),
    "the anniversary": gettext_lazy("ngày kỷ niệm"),
    "a full date near in time": gettext_lazy("một ngày đủ ngày tháng năm ở gần"),
    "the page's header date": gettext_lazy("ngày ở đầu trang"),
}

_URL = re.compile(r"^URL (?P<url>\S+)$")


def _rule(name: str) -> str:
    label = RULES.get(name.strip())
    return str(label) if label is not None else name


def readable_evidence(evidence: str) -> str:
    """``evidence`` with the rule names it carries in the interface's language."""
    evidence = evidence.strip()
    if evidence in RULES:
        return _rule(evidence)
    dated = read_date_evidence(evidence)
    if dated:
        return _("%(span)s (%(why)s; năm: %(source)s)") % {
            "span": dated["span"],
            "why": _rule(dated["why"]),
            "source": _rule(dated["source"]),
        }
    address = _URL.match(evidence)
    if address:
        return _("địa chỉ trang %(url)s") % {"url": address["url"]}
    return evidence
