"""Corpora that several test packages share, built with the factories.

page_corpus: documents for the pages (views and browser tests): partial dates, several provinces
(Thái Bình merged into Hưng Yên in 2025) and more officials than a facet panel shows.
export_corpus: nine documents for the export, feed and API tests, with titles a spreadsheet
would take for formulas.
"""

from __future__ import annotations

import io

from django.core.management import call_command

from documents.models import Document
from tests.factories import DocumentFactory, as_if_committed

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


def page_corpus(samples_dir, *, with_samples: bool = True) -> list[Document]:
    """The written documents (returned), after the shipped samples when ``with_samples``."""
    if with_samples:
        with as_if_committed():
            call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    names = official_names()
    written = []
    for index, (province, date, meeting, doc_type, title, text) in enumerate(WRITTEN):
        # The first document names every official, so the official facet needs "more".
        people = names if index == 0 else [names[index]]
        written.append(
            DocumentFactory(
                original_name=f"viet-cho-test-{index}.txt",
                raw_text=f"{title}\n{text}",
                title=title,
                province_name=province,
                dated=date,
                meeting_type=meeting,
                doc_type=doc_type,
                level="province",
                officials=[{"name": n, "titles": ["Bí thư Tỉnh ủy"], "roles": []} for n in people],
                chair_name=people[0],
            )
        )
    return written


def export_corpus() -> dict[str, Document]:
    """Nine documents over three provinces, two years, several meeting and document types."""
    docs = {
        "kl_thanh_hoa": DocumentFactory(
            raw_text="Ban Thường vụ Tỉnh ủy kết luận về công tác giải phóng mặt bằng các dự án trọng điểm.",
            title="Thông báo kết luận của Ban Thường vụ Tỉnh ủy",
            province_name="Thanh Hóa",
            dated="2023-12-05",
            meeting_type="ban_thuong_vu",
            doc_type="thong_bao_ket_luan",
            number="2043-KL/TU",
            officials=[
                {"name": "Đỗ Trọng Hưng", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]},
                {"name": "Nguyễn Doãn Anh", "titles": [], "roles": []},
            ],
        ),
        "news_thanh_hoa": DocumentFactory(
            raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về chuyển đổi số và giải phóng mặt bằng.",
            title='=HYPERLINK("http://evil") Hội nghị Tỉnh ủy',
            province_name="Thanh Hóa",
            dated="2023-06",
            meeting_type="ban_chap_hanh",
            doc_type="news",
            period="quý II/2023",
            officials=[{"name": "Đỗ Trọng Hưng", "titles": [], "roles": []}],
        ),
        "news_thai_binh": DocumentFactory(
            raw_text="Tỉnh ủy Thái Bình họp bàn về chuyển đổi số trong cải cách hành chính.",
            title="+Hội nghị Tỉnh ủy Thái Bình",
            province_name="Thái Bình",
            dated="2023-04-04",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        ),
        "lam_viec_thai_binh": DocumentFactory(
            raw_text="Đoàn công tác làm việc với Đảng ủy Khối về giải phóng mặt bằng.",
            title="-Làm việc với Đảng ủy Khối",
            province_name="Thái Bình",
            dated="2024",
            meeting_type="lam_viec",
            doc_type="news",
        ),
        "nghe_an": DocumentFactory(
            raw_text="Ban Thường vụ Tỉnh ủy Nghệ An kết luận về an ninh trật tự.",
            title="@Kết luận về an ninh",
            province_name="Nghệ An",
            dated="2024-02-01",
            meeting_type="ban_thuong_vu",
            doc_type="ket_luan",
            number="15-KL/TU",
        ),
        "undated": DocumentFactory(
            raw_text="Thường trực Tỉnh ủy làm việc về chuyển đổi số.",
            title="Thường trực Tỉnh ủy",
            meeting_type="thuong_truc",
        ),
    }
    for number in range(3):
        docs[f"extra_{number}"] = DocumentFactory(
            raw_text=f"Hội nghị lần {number} về giải phóng mặt bằng và xây dựng nông thôn mới.",
            title=f"Hội nghị số {number}",
            province_name="Nghệ An",
            dated=f"2024-0{number + 3}-10",
            meeting_type="ban_chap_hanh",
            doc_type="news",
        )
    return docs


# (province, date, text, cited numbers): for the research views (compare, trends, directives).
RESEARCH = [
    ("Thanh Hóa", "2022-03-10", "Kết luận về chuyển đổi số trong cơ quan Đảng.", ["18-NQ/TW", "2043-KL/TU"]),
    ("Thanh Hóa", "2022-11-02", "Giải phóng mặt bằng đường ven biển.", ["18-NQ/TW"]),
    ("Thanh Hóa", "2023-05-20", "Chuyển đổi số và giải phóng mặt bằng các dự án.", ["126-KL/TW"]),
    ("Thanh Hóa", "2023", "Tổng kết chuyển đổi số năm 2023.", []),
    ("Thái Bình", "2022-08-15", "Nông nghiệp và chuyển đổi số ở nông thôn.", ["18-NQ/TW", "05-CT/TW"]),
    ("Thái Bình", "2024-01-09", "Giải phóng mặt bằng khu công nghiệp.", []),
    ("Hưng Yên", "2024-04-30", "Chuyển đổi số trong doanh nghiệp.", ["18-NQ/TW"]),
    ("Nghệ An", "1975-06-01", "Văn bản cũ về hợp tác xã nông nghiệp.", []),
    ("Nghệ An", "2023-10-01", "Cải cách hành chính và chuyển đổi số.", ["126-KL/TW"]),
    (None, "2023-02-14", "Văn bản chưa rõ tỉnh về chuyển đổi số.", []),
    ("Hà Giang", None, "Văn bản chưa rõ ngày về giải phóng mặt bằng.", ["05-CT/TW"]),
]


def research_corpus() -> list[Document]:
    """Eleven documents over five provinces (Thái Bình merged into Hưng Yên in 2025), 1975 to
    2024, one dated only to the year, one undated, one without province; they cite central and
    provincial numbers, and one portal document bears 18-NQ/TW itself."""
    written = [
        DocumentFactory(
            original_name=f"nghien-cuu-{index}.txt",
            raw_text=text,
            title=f"Văn bản nghiên cứu {index}: {text[:40]}",
            province_name=province,
            dated=date,
            doc_type="ket_luan" if index % 2 else "news",
            cited=cited,
        )
        for index, (province, date, text, cited) in enumerate(RESEARCH)
    ]
    written.append(
        DocumentFactory(
            original_name="nghi-quyet-18.txt",
            raw_text="Nghị quyết về tiếp tục đổi mới, sắp xếp tổ chức bộ máy.",
            title="Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy",
            number="18-NQ/TW",
            dated="2017-10-25",
            doc_type="nghi_quyet",
        )
    )
    return written
