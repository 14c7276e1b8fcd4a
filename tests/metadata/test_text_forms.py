"""The wording-variation suite for text forms: one report written in the forms real pages mix
(Unicode NFD, old tone placement, non-breaking spaces, lines broken inside a date or a committee's
name, ALL-CAPS headlines, a URL without diacritics) must give the metadata its plain form gives.

Each case goes through what ingestion does (normalize_text, then extract_metadata): DESIGN.md
("Metadata") asks the same date, meeting type, level, province and chair of every form.
"""

import unicodedata

import pytest

from documents.metadata import extract_metadata
from documents.vietnamese.normalize import normalize_text

HEADLINE = "Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12"
BODY = (
    "Sáng 26/12/2024, Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12. "
    "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị. "
    "Hội nghị cho ý kiến về công tác cán bộ và nhiệm vụ trọng tâm sắp tới."
)
PLAIN = f"{HEADLINE}\n{BODY}"
FIELDS = ("date", "meeting_type", "level", "province", "chair")


def _fields(text, url=None):
    meta = extract_metadata(normalize_text(text), source_url=url)
    return {field: getattr(meta, field) for field in FIELDS}


def test_the_plain_form_reads_fully():
    assert _fields(PLAIN) == {
        "date": "2024-12-26",
        "meeting_type": "ban_thuong_vu",
        "level": "province",
        "province": "Thanh Hóa",
        "chair": "Nguyễn Văn An",
    }


VARIANTS = [
    pytest.param(unicodedata.normalize("NFD", PLAIN), id="Unicode NFD"),
    pytest.param(PLAIN.replace("ủy", "uỷ").replace("Hóa", "Hoá"), id="old tone placement"),
    pytest.param(unicodedata.normalize("NFD", PLAIN.replace("ủy", "uỷ")), id="old tones in NFD"),
    pytest.param(PLAIN.replace(" ", "\u00a0"), id="non-breaking spaces everywhere"),
    pytest.param(
        PLAIN.replace("Sáng 26/12/2024", "Sáng\u00a026/12/2024"), id="a non-breaking space before the day"
    ),
    pytest.param(PLAIN.replace("26/12/2024", "26/12/\n2024"), id="a line break inside the date"),
    pytest.param(PLAIN.replace("Sáng 26/12", "Sáng\n26/12"), id="a line break after the time word"),
    pytest.param(
        PLAIN.replace("Sáng 26/12/2024", "Sáng ngày 26 tháng\n12 năm 2024"),
        id="a line break in a date in words",
    ),
    pytest.param(
        PLAIN.replace(
            "Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12. ",
            "Ban Thường vụ\nTỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12. ",
        ),
        id="a line break inside the committee's name",
    ),
    pytest.param(f"{HEADLINE.upper()}\n{BODY}", id="ALL-CAPS headline"),
    pytest.param(PLAIN.replace("Sáng 26/12/2024", "SÁNG 26/12/2024"), id="ALL-CAPS time word"),
    pytest.param(PLAIN.replace("\n", "\r\n"), id="Windows line ends"),
    pytest.param(PLAIN.replace("\n", "\n\n\n"), id="blank lines between paragraphs"),
    pytest.param(
        "\ufeff" + PLAIN.replace("Tỉnh ủy", "Tỉnh\u200b ủy"), id="a byte-order mark and zero-width spaces"
    ),
    pytest.param(PLAIN.replace("26/12/2024", "26 /12/ 2024"), id="uneven spaces around the slashes"),
    pytest.param(PLAIN.replace("26/12/2024", "26–12–2024"), id="en dashes in the date"),
    pytest.param(PLAIN.replace(". ", ".\n"), id="one sentence a line"),
    pytest.param(PLAIN.replace("Đ", "\u00d0").replace("đ", "\u00f0"), id="the Icelandic eth for Đ and đ"),
]


@pytest.mark.parametrize("text", VARIANTS)
def test_a_text_form_reads_as_the_plain_form(text):
    assert _fields(text) == _fields(PLAIN)


@pytest.mark.parametrize(
    "url",
    [
        "https://baothanhhoa.vn/thoi-su/2024/12/ban-thuong-vu-tinh-uy-thanh-hoa-hop-phien-thuong-ky.html",
        "https://baothanhhoa.vn/ban-thuong-vu-tinh-uy-thanh-hoa-hop-phien-thuong-ky-20241226101500.htm",
        "https://example.vn/tin-tuc/Ban-Thuong-vu-Tinh-uy-Thanh-Hoa-hop-phien-thuong-ky-t12-2024",
    ],
)
def test_a_url_without_diacritics_changes_nothing_the_text_gives(url):
    assert _fields(PLAIN, url) == _fields(PLAIN)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://baothanhhoa.vn/thoi-su/2024/12/ban-thuong-vu-tinh-uy-thanh-hoa-hop-phien-thuong-ky.html",
            "2024-12-26",
        ),
        (
            "https://baothanhhoa.vn/ban-thuong-vu-tinh-uy-thanh-hoa-hop-phien-thuong-ky-20241226101500.htm",
            "2024-12-26",
        ),
        ("https://baothanhhoa.vn/Ban-Thuong-Vu-Tinh-Uy-Thanh-Hoa-Hop-Phien-Thuong-Ky/2024/12/", "2024-12-26"),
    ],
)
def test_the_url_supplies_the_year_the_text_leaves_out(url, expected):
    text = PLAIN.replace("26/12/2024", "26/12")
    assert _fields(text, url)["date"] == expected


def test_a_congress_written_with_the_icelandic_eth():
    text = (
        "Ngày 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025 khai mạc."
    )
    with_eth = text.replace("Đ", "\u00d0").replace("đ", "\u00f0")
    meta = extract_metadata(normalize_text(with_eth))
    assert (meta.meeting_type, meta.term, meta.date) == ("dai_hoi", "XIX", "2020-10-14")
