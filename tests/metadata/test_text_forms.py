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


# Each form as a change of a text, so that every base text below can be written in each.
FORMS = [
    ("Unicode NFD", lambda t: unicodedata.normalize("NFD", t)),
    ("old tone placement", lambda t: t.replace("ủy", "uỷ").replace("Hóa", "Hoá")),
    ("old tones in NFD", lambda t: unicodedata.normalize("NFD", t.replace("ủy", "uỷ"))),
    ("non-breaking spaces everywhere", lambda t: t.replace(" ", "\u00a0")),
    ("a non-breaking space before the day", lambda t: t.replace("Sáng 26/12/2024", "Sáng\u00a026/12/2024")),
    ("a line break inside the date", lambda t: t.replace("26/12/2024", "26/12/\n2024")),
    ("a line break after the time word", lambda t: t.replace("Sáng 26/12", "Sáng\n26/12")),
    (
        "a line break in a date in words",
        lambda t: t.replace("Sáng 26/12/2024", "Sáng ngày 26 tháng\n12 năm 2024"),
    ),
    (
        "a line break inside the committee's name",
        lambda t: t.replace(
            "Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12. ",
            "Ban Thường vụ\nTỉnh ủy Thanh Hóa họp phiên thường kỳ tháng 12. ",
        ),
    ),
    ("ALL-CAPS headline", lambda t: t.replace(HEADLINE, HEADLINE.upper(), 1)),
    ("ALL-CAPS time word", lambda t: t.replace("Sáng 26/12/2024", "SÁNG 26/12/2024")),
    ("Windows line ends", lambda t: t.replace("\n", "\r\n")),
    ("blank lines between paragraphs", lambda t: t.replace("\n", "\n\n\n")),
    ("a byte-order mark and zero-width spaces", lambda t: "\ufeff" + t.replace("Tỉnh ủy", "Tỉnh\u200b ủy")),
    ("uneven spaces around the slashes", lambda t: t.replace("26/12/2024", "26 /12/ 2024")),
    ("en dashes in the date", lambda t: t.replace("26/12/2024", "26–12–2024")),
    ("one sentence a line", lambda t: t.replace(". ", ".\n")),
    ("the Icelandic eth for Đ and đ", lambda t: t.replace("Đ", "\u00d0").replace("đ", "\u00f0")),
]
VARIANTS = [pytest.param(form(PLAIN), id=name) for name, form in FORMS]


@pytest.mark.parametrize("text", VARIANTS)
def test_a_text_form_reads_as_the_plain_form(text):
    assert _fields(text) == _fields(PLAIN)


# The same report with its month named, and with its day in words too, in every form above and in
# the forms a name takes: the same fields as the plain form.
NAMED_MONTH = PLAIN.replace("Sáng 26/12/2024", "Sáng ngày 26 tháng Mười Hai năm 2024")
DAY_IN_WORDS = PLAIN.replace("Sáng 26/12/2024", "Sáng ngày hai mươi sáu tháng mười hai năm 2024")
NAME_FORMS = [
    ("the month's name in capitals", lambda t: t.replace("Mười Hai", "MƯỜI HAI")),
    ("a line break inside the month's name", lambda t: t.replace("Mười Hai", "Mười\nHai")),
    ("a line break after tháng", lambda t: t.replace("tháng Mười", "tháng\nMười")),
    (
        "the whole date in capitals",
        lambda t: t.replace("ngày 26 tháng Mười Hai năm", "NGÀY 26 THÁNG MƯỜI HAI NĂM"),
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(form(base), id=f"{base_name}, {name}")
        for base_name, base in (("month named", NAMED_MONTH), ("day in words", DAY_IN_WORDS))
        for name, form in [("as written", lambda t: t), *FORMS, *NAME_FORMS]
    ],
)
def test_a_date_in_words_reads_as_the_plain_form(text):
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
