"""A small corpus for page tests: the shipped samples plus documents written for the tests,
with partial dates, several provinces (one merged in 2025) and more than ten officials."""

from __future__ import annotations

import io

from django.core.management import call_command

from documents.models import Document
from tests.views.test_pages import make_document

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khánh", "Long", "Mai", "Nam", "Phúc", "Quang", "Sơn"]

WRITTEN = [
    # (province, date, meeting_type, doc_type, title, text)
    (
        "Thanh Hóa",
        "2023-04-04",
        "ban_chap_hanh",
        "news",
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        "Hội nghị bàn về chuyển đổi số và giải phóng mặt bằng các dự án trọng điểm.",
    ),
    (
        "Thanh Hóa",
        "2023-09",
        "ban_thuong_vu",
        "thong_bao_ket_luan",
        "Thông báo kết luận của Ban Thường vụ",
        "Ban Thường vụ Tỉnh ủy kết luận về công tác giải phóng mặt bằng quý III.",
    ),
    (
        "Thanh Hóa",
        "2023",
        "thuong_truc",
        "ket_luan",
        "Kết luận của Thường trực Tỉnh ủy năm 2023",
        "Thường trực Tỉnh ủy kết luận về chuyển đổi số trong cơ quan Đảng.",
    ),
    (
        "Thái Bình",
        "2022-11-20",
        "ban_chap_hanh",
        "nghi_quyet",
        "Nghị quyết Hội nghị Tỉnh ủy Thái Bình",
        "Nghị quyết về phát triển nông nghiệp và chuyển đổi số ở nông thôn.",
    ),
    (
        "Thái Bình",
        "2024-02-15",
        "lam_viec",
        "news",
        "Đoàn công tác làm việc với Huyện ủy Vũ Thư",
        "Buổi làm việc bàn về giải phóng mặt bằng đường ven biển.",
    ),
    (
        "Nghệ An",
        "2021-06-01",
        "dai_hoi",
        "news",
        "Đại hội Đảng bộ huyện Nghi Lộc",
        "Đại hội xác định khâu đột phá là cải cách hành chính và chuyển đổi số.",
    ),
    (
        "Hà Giang",
        "2024-07-10",
        "ban_thuong_vu",
        "bao_cao",
        "Báo cáo sơ kết 6 tháng của Tỉnh ủy Hà Giang",
        "Báo cáo về xây dựng nông thôn mới và giảm nghèo bền vững.",
    ),
]


def official_names(count: int = 14) -> list[str]:
    return [
        f"{SURNAMES[i % len(SURNAMES)]} {MIDDLE_NAMES[i % len(MIDDLE_NAMES)]} {GIVEN[i % len(GIVEN)]}"
        for i in range(count)
    ]


def build_corpus(samples_dir, *, with_samples: bool = True) -> list[Document]:
    if with_samples:
        call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    names = official_names()
    written = []
    for index, (province, date, meeting, doc_type, title, text) in enumerate(WRITTEN):
        # The first document names every official, so the official facet needs "more".
        people = names if index == 0 else [names[index]]
        written.append(
            make_document(
                name=f"viet-cho-test-{index}.txt",
                digest=f"{index + 1:02d}" * 32,
                text=f"{title}\n{text}",
                title=title,
                province=province,
                date=date,
                meeting_type=meeting,
                doc_type=doc_type,
                level="province",
                officials=[{"name": n, "titles": ["Bí thư Tỉnh ủy"], "roles": []} for n in people],
                chair=people[0],
            )
        )
    return written
