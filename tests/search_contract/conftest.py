"""The corpus the contract suite indexes into each backend (tests/search_contract/backends.py)."""

from __future__ import annotations

import pytest

from tests.factories import DocumentFactory
from tests.search_contract.backends import SAMPLES

# name, text, title, province, date, meeting_type, doc_type, level, officials
_WRITTEN = [
    (
        "gpmb",
        "Ban Thường vụ Tỉnh ủy yêu cầu đẩy nhanh công tác giải phóng mặt bằng các dự án trọng điểm.",
        "Kết luận về giải phóng mặt bằng",
        "Thanh Hóa",
        "2023-04-04",
        "ban_thuong_vu",
        "ket_luan",
        "province",
        ("Đỗ Trọng Hưng", "Nguyễn Doãn Anh"),
    ),
    (
        "old_tones",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hoá. Uỷ ban nhân dân tỉnh báo cáo về chuyển đổi số.",
        "",
        "Thanh Hóa",
        "2023-06",
        "ban_chap_hanh",
        "news",
        "province",
        ("Đỗ Trọng Hưng",),
    ),
    (
        "ubnd",
        "UBND tỉnh và HĐND tỉnh Nghệ An bàn về an ninh trật tự, bảo đảm an ninh chính trị.",
        "",
        "Nghệ An",
        "2024",
        "lam_viec",
        "news",
        "province",
        (),
    ),
    (
        "long_an",
        "Tỉnh Long An triển khai xây dựng nông thôn mới, mặt bằng sản xuất được mở rộng.",
        "",
        "Long An",
        "2022-10-10",
        "ban_chap_hanh",
        "news",
        "province",
        (),
    ),
    (
        "lai_chau",
        "Tỉnh ủy Lai Châu họp bàn cải cách hành chính và chuyển đổi số trong cơ quan đảng.",
        "Lai Châu đẩy mạnh cải cách hành chính",
        "Lai Châu",
        "2021-03-15",
        "ban_thuong_vu",
        "thong_bao_ket_luan",
        "province",
        ("Giàng Páo Mỷ",),
    ),
    (
        "gia_lai",
        "Gia Lai và Châu Đốc ký kết hợp tác; đoàn công tác làm việc với huyện về đất đai.",
        "",
        "Gia Lai",
        "2020-08-20",
        "lam_viec",
        "news",
        "district",
        (),
    ),
    (
        "undated",
        "Thông báo kết luận số 2043-KL/TU về công tác cán bộ, không ghi ngày tháng.",
        "Thông báo kết luận 2043-KL/TU",
        None,
        None,
        None,
        "thong_bao_ket_luan",
        None,
        (),
    ),
]
SAMPLE_META = [
    ("Hà Tĩnh", "2023-09-12", "ban_chap_hanh", "news"),
    ("Hà Tĩnh", "2022-12-01", "ban_thuong_vu", "news"),
    ("Thanh Hóa", "2024-01-05", "thuong_truc", "news"),
    (None, "2019-05", "dai_hoi", "news"),
    ("Nghệ An", "2021-07-30", "ban_chap_hanh", "ket_luan"),
]


@pytest.fixture
def contract_corpus(db):
    """The bundled sample documents plus documents written for the tests, by name."""
    from django.apps import apps
    from django.db import transaction

    signal_processor = apps.get_app_config("haystack").signal_processor

    documents = {}
    # Each backend indexes the corpus itself (using_backend); the default index needs no copy.
    signal_processor.teardown()
    with transaction.atomic():
        for name, text, title, prov, date, meeting, doc_type, level, officials in _WRITTEN:
            documents[name] = DocumentFactory(
                raw_text=text,
                title=title,
                province_name=prov,
                dated=date,
                meeting_type=meeting,
                doc_type=doc_type,
                level=level,
                officials=officials,
                original_name=name,
            )
        for path, (prov, date, meeting, doc_type) in zip(
            sorted(SAMPLES.glob("*.txt")), SAMPLE_META, strict=False
        ):
            documents[path.stem[:3]] = DocumentFactory(
                raw_text=path.read_text(encoding="utf-8"),
                title="",
                province_name=prov,
                dated=date,
                meeting_type=meeting,
                doc_type=doc_type,
                original_name=path.stem,
            )
    signal_processor.setup()
    return documents
