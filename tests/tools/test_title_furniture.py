"""tools.title_furniture: the evaluator's own reading of page furniture, on sentences of our own."""

from __future__ import annotations

import pytest

from tools.extraction_evaluation import title_fault
from tools.title_furniture import furniture_kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Bạn cần biết Tiện ích Liên hệ", "menu"),
        ("Trang chủ | Giới thiệu | Liên hệ", "menu"),
        ("TIN MỚI", "menu"),
        ("Kinh tế - Xã hội", "menu"),
        ("Thời sự", "menu"),
        ("Hotline: 0912 345 678", "contact"),
        ("Đường dây nóng: (0237) 385 2222", "contact"),
        ("Email: toasoan@baomoi.vn", "contact"),
        ("Liên hệ tòa soạn 0236.3822.123", "contact"),
        ("Phiên bản thử nghiệm", "trial notice"),
        ("Website đang chạy thử nghiệm", "trial notice"),
        ("Đài Phát thanh và Truyền hình Nam Định", "outlet name"),
        ("Báo Quảng Ninh điện tử", "outlet name"),
        ("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU", "letterhead"),
        ("HUYỆN ỦY KIM SƠN", "letterhead"),
        ("VTV", "short capitals"),
        ("Lễ kỷ niệm ngày thành lập Đảng bộ huyện 15/01/2025 08:30", "timestamp"),
        ("null Hội nghị Ban Chấp hành Đảng bộ tỉnh", "placeholder"),
    ],
)
def test_page_furniture_is_named_by_its_kind(title, kind):
    assert furniture_kind(title) == kind
    assert title_fault(title, "a.txt") == f"furniture ({kind})"


@pytest.mark.parametrize(
    "headline",
    [
        "Phát triển kinh tế - xã hội năm 2025",  # section names written as a headline's words
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        "Báo cáo kết quả thực hiện nghị quyết",  # "báo" of a report, no paper
        "Báo Nghệ An tổ chức hội nghị cộng tác viên",  # a paper as the subject of its story
        "Đài tưởng niệm các anh hùng liệt sĩ được khánh thành",
        "Trao 1.500.000.000 đồng hỗ trợ người nghèo",  # a sum, no telephone
        "Đại hội nhiệm kỳ 2020 - 2025",
        "Vận hành thử nghiệm nhà máy nước",  # a trial the story reports
        "Video: Hội nghị Ban Chấp hành Đảng bộ tỉnh Thanh Hóa",
        "Xây dựng Đảng trong sạch vững mạnh",
        "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ",
        "BAN THƯỜNG VỤ HUYỆN ỦY HỌP PHIÊN THƯỜNG KỲ",  # a headline in capitals
        "Hội nghị lúc 8:30 ngày 2/3/2024",
        "Kết luận số 15-KL/TU ngày 2/3/2024",
    ],
)
def test_headlines_are_no_furniture(headline):
    assert furniture_kind(headline) is None
    assert title_fault(headline, "a.txt") is None
