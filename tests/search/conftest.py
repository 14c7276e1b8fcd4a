"""Documents for search tests, built directly (text normalized, segmentation stored)."""

from __future__ import annotations

import pytest

from tests.factories import province_named, segmented_document

# Shared with the contract suite (tests/factories.py); re-exported for the tests of this package.
make_document = segmented_document
province = province_named


@pytest.fixture
def corpus(db):
    """A small corpus covering diacritics, tone placement, abbreviations and facets."""
    return {
        "gpmb_exact": make_document(
            "Ban Thường vụ Tỉnh ủy yêu cầu đẩy nhanh công tác giải phóng mặt bằng các dự án trọng điểm.",
            title="Kết luận về giải phóng mặt bằng",
            province="Thanh Hóa",
            date="2023-04-04",
            meeting_type="ban_thuong_vu",
            doc_type="ket_luan",
            officials=["Đỗ Trọng Hưng", "Nguyễn Doãn Anh"],
        ),
        "old_tones": make_document(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hoá. Uỷ ban nhân dân tỉnh báo cáo về chuyển đổi số.",
            province="Thanh Hóa",
            date="2023-06",
            meeting_type="ban_chap_hanh",
            doc_type="news",
            officials=["Đỗ Trọng Hưng"],
        ),
        "ubnd": make_document(
            "UBND tỉnh và HĐND tỉnh Nghệ An bàn về an ninh trật tự, bảo đảm an ninh chính trị.",
            province="Nghệ An",
            date="2024",
            meeting_type="lam_viec",
            doc_type="news",
        ),
        "long_an": make_document(
            "Tỉnh Long An triển khai xây dựng nông thôn mới, mặt bằng sản xuất được mở rộng.",
            province="Long An",
            date="2022-10-10",
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
    entry["ENGINE"] = "documents.search.whoosh_backend.VietnameseWhooshEngine"
    entry["PATH"] = str(isolated_data_dir / "whoosh-index")
    connections.connections_info["default"] = entry
    connections.reload("default")
    yield
