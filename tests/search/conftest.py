"""Documents for search tests, stored as ingestion stores them (text normalized, segmentation stored)."""

from __future__ import annotations

import pytest

from tests.factories import DocumentFactory


@pytest.fixture
def corpus(db):
    """A small corpus covering diacritics, tone placement, abbreviations and facets."""
    return {
        "gpmb_exact": DocumentFactory(
            raw_text="Ban Thường vụ Tỉnh ủy yêu cầu đẩy nhanh công tác giải phóng mặt bằng "
            "các dự án trọng điểm.",
            title="Kết luận về giải phóng mặt bằng",
            province_name="Thanh Hóa",
            dated="2023-04-04",
            meeting_type="ban_thuong_vu",
            doc_type="ket_luan",
            officials=["Đỗ Trọng Hưng", "Nguyễn Doãn Anh"],
        ),
        "old_tones": DocumentFactory(
            raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hoá. "
            "Uỷ ban nhân dân tỉnh báo cáo về chuyển đổi số.",
            province_name="Thanh Hóa",
            dated="2023-06",
            meeting_type="ban_chap_hanh",
            doc_type="news",
            officials=["Đỗ Trọng Hưng"],
        ),
        "ubnd": DocumentFactory(
            raw_text="UBND tỉnh và HĐND tỉnh Nghệ An bàn về an ninh trật tự, bảo đảm an ninh chính trị.",
            province_name="Nghệ An",
            dated="2024",
            meeting_type="lam_viec",
            doc_type="news",
        ),
        "long_an": DocumentFactory(
            raw_text="Tỉnh Long An triển khai xây dựng nông thôn mới, mặt bằng sản xuất được mở rộng.",
            province_name="Long An",
            dated="2022-10-10",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        ),
    }


@pytest.fixture
def whoosh_engine(isolated_data_dir):
    """For tests of the Whoosh backend's own machinery (its lock file, its kept searchers),
    whatever the default backend is."""
    from haystack import connections

    entry = dict(connections.connections_info["default"])
    entry["ENGINE"] = "documents.search.backends.whoosh.engine.VietnameseWhooshEngine"
    entry["PATH"] = str(isolated_data_dir / "whoosh-index")
    connections.connections_info["default"] = entry
    connections.reload("default")
    yield
