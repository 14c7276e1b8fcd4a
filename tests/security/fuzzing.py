"""What the fuzz tests share: hypothesis settings, the parameter names and hostile values they
send, a small corpus, and a GET that reads the whole body and fails on a 5xx."""

from __future__ import annotations

import os
from urllib.parse import urlencode

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from documents.models import Document
from tests.factories import DocumentFactory

# FUZZ_EXAMPLES=1000 for a longer hunt than the suite's default.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "70"))
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

SEARCH_PARAMS = (
    "q",
    "province",
    "province_current",
    "year",
    "quarter",
    "month",
    "date",
    "date_from",
    "date_to",
    "meeting_type",
    "doc_type",
    "official",
    "level",
    "sort",
    "page",
    "page_size",
    "exact",
    "boundaries",
)
UNKNOWN_PARAMS = ("facet_q", "format", "callback", "__proto__", "id", "q[]", "page[size]", "", "utm_source")

SPECIAL_VALUES = (
    "",
    " ",
    "0",
    "-1",
    "1",
    "2",
    "99999999999999999999",
    "1e3",
    "NaN",
    "²",
    "١٢",
    "2023",
    "2023-Q1",
    "2023-Q5",
    "2023-02",
    "2023-13",
    "2023-02-29",
    "2024-02-29",
    "0000-00-00",
    "9999-12-31",
    "2023-1-1",
    "relevance",
    "newest",
    "oldest",
    "time",
    "current",
    "ban_chap_hanh",
    "ket_luan",
    "province",
    "true",
    "on",
    "Thanh Hóa",
    "Hà Nội",
    "Ngô Đông Hải",
    "' OR 1=1 --",
    "'; DROP TABLE documents_document; --",
    '" OR ""="',
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "{% debug %}",
    "%s %n %x",
    "\\",
    '"',
    "-",
    "OR",
    "NOT",
    "*",
    "?",
    "(",
    ")",
    "a:b",
    "field:value",
    "\u202e\u200b\ufeff",
    "👩‍👩‍👧‍👦🇻🇳",
    "Ⅻ",
    "ﬁ",
    "x" * 2000,
    "Đảng " * 400,
    '"' * 2000,
    "-" * 2000,
)

# Any text without NUL or surrogates (neither survives a real query string).
free_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
control_text = st.text(alphabet=st.characters(min_codepoint=1, max_codepoint=0x9F), max_size=40)
long_text = st.builds(
    lambda piece, n: (piece * n)[:2000],
    st.text(min_size=1, max_size=5).filter(lambda s: "\x00" not in s),
    st.just(2000),
)
values = st.one_of(
    st.sampled_from(SPECIAL_VALUES),
    free_text,
    control_text,
    long_text.filter(lambda s: all(not 0xD800 <= ord(c) <= 0xDFFF for c in s)),
)
names = st.one_of(
    st.sampled_from(SEARCH_PARAMS), st.sampled_from(SEARCH_PARAMS), st.sampled_from(UNKNOWN_PARAMS)
)
query_pairs = st.lists(st.tuples(names, values), max_size=8)


def ensure_corpus() -> None:
    """Four documents (created once per test function; hypothesis examples share the database)."""
    if Document.objects.exists():
        return
    DocumentFactory(
        original_name="thanh-hoa.txt",
        raw_text="Ban Thường vụ Tỉnh ủy Thanh Hóa họp bàn về giải phóng mặt bằng. UBND tỉnh báo cáo.",
        title="Hội nghị Ban Thường vụ Tỉnh ủy Thanh Hóa",
        province_name="Thanh Hóa",
        dated="2023-09-29",
        meeting_type="ban_thuong_vu",
        doc_type="thong_bao_ket_luan",
        level="province",
        number="12-TB/TU",
        officials=[{"name": "Đỗ Trọng Hưng", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]}],
        chair_name="Đỗ Trọng Hưng",
    )
    DocumentFactory(
        original_name="thai-binh.txt",
        raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh Thái Bình lần thứ 15 về chuyển đổi số.",
        title="Kết luận Hội nghị Tỉnh ủy Thái Bình",
        province_name="Thái Bình",
        dated="2023-04",
        meeting_type="ban_chap_hanh",
        doc_type="ket_luan",
        number="104-KL/TU",
        cited=["12-TB/TU"],
        officials=[{"name": "Ngô Đông Hải", "titles": ["Bí thư Tỉnh ủy"], "roles": ["kết luận"]}],
    )
    DocumentFactory(
        original_name="ha-noi.txt",
        raw_text="Thành ủy Hà Nội làm việc với quận Hoàn Kiếm về cải cách hành chính.",
        title="Thành ủy Hà Nội làm việc",
        province_name="Hà Nội",
        dated="2021",
        meeting_type="lam_viec",
    )
    DocumentFactory(original_name="khong-ngay.txt", raw_text="Văn bản không có ngày, tỉnh hay loại.")


def get(client, path: str, pairs=()):
    """GET ``path`` with the pairs as its query string; the whole body is read (streams too)."""
    url = f"{path}?{urlencode(list(pairs))}" if pairs else path
    response = client.get(url)
    if response.streaming:
        response.content_bytes = b"".join(response.streaming_content)
    else:
        response.content_bytes = response.content
    assert response.status_code < 500, (url, response.status_code)
    return response
