"""Documents for export and API tests, written the way ingestion writes them."""

from __future__ import annotations

from documents.models import Document
from tests.factories import stored_document


def make_document(text: str, **metadata) -> Document:
    return stored_document(text, source_dir="/export", **metadata)


def make_corpus() -> dict[str, Document]:
    """Nine documents over three provinces, two years, several meeting and document types."""
    docs = {
        "kl_thanh_hoa": make_document(
            "Ban Thường vụ Tỉnh ủy kết luận về công tác giải phóng mặt bằng các dự án trọng điểm.",
            title="Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
            province="Thanh Hóa",
            date="2023-12-05",
            meeting_type="ban_thuong_vu",
            doc_type="thong_bao_ket_luan",
            number="2043-KL/TU",
            officials=[
                {"name": "Đỗ Trọng Hưng", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]},
                {"name": "Nguyễn Doãn Anh", "titles": [], "roles": []},
            ],
        ),
        "news_thanh_hoa": make_document(
            "Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về chuyển đổi số và giải phóng mặt bằng.",
            title='=HYPERLINK("http://evil") Hội nghị Tỉnh ủy',
            province="Thanh Hóa",
            date="2023-06",
            meeting_type="ban_chap_hanh",
            doc_type="news",
            period="quý II/2023",
            officials=[{"name": "Đỗ Trọng Hưng", "titles": [], "roles": []}],
        ),
        "news_thai_binh": make_document(
            "Tỉnh ủy Thái Bình họp bàn về chuyển đổi số trong cải cách hành chính.",
            title="+Hội nghị Tỉnh ủy Thái Bình",
            province="Thái Bình",
            date="2023-04-04",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        ),
        "lam_viec_thai_binh": make_document(
            "Đoàn công tác làm việc với Đảng ủy Khối về giải phóng mặt bằng.",
            title="-Làm việc với Đảng ủy Khối",
            province="Thái Bình",
            date="2024",
            meeting_type="lam_viec",
            doc_type="news",
        ),
        "nghe_an": make_document(
            "Ban Thường vụ Tỉnh ủy Nghệ An kết luận về an ninh trật tự.",
            title="@Kết luận về an ninh",
            province="Nghệ An",
            date="2024-02-01",
            meeting_type="ban_thuong_vu",
            doc_type="ket_luan",
            number="15-KL/TU",
        ),
        "undated": make_document(
            "Thường trực Tỉnh ủy làm việc về chuyển đổi số.",
            title="Thường trực Tỉnh ủy",
            meeting_type="thuong_truc",
        ),
    }
    for number in range(3):
        docs[f"extra_{number}"] = make_document(
            f"Hội nghị lần {number} về giải phóng mặt bằng và xây dựng nông thôn mới.",
            title=f"Hội nghị số {number}",
            province="Nghệ An",
            date=f"2024-0{number + 3}-10",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        )
    return docs
