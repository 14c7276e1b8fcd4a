import pytest

from documents.metadata.titles import detect_title


@pytest.mark.parametrize(
    ("text", "doc_type", "hint", "title"),
    [
        ("Tiêu đề do trình đọc cung cấp", "news", "Tiêu đề   từ HTML", "Tiêu đề từ HTML"),
        (
            "date 2024-11 Khắc phục tình trạng né tránh trách nhiệm\n\nNgày 28/11, ...",
            "news",
            None,
            "Khắc phục tình trạng né tránh trách nhiệm",
        ),
        (
            "Thứ 3, 04/04/2023 | 16:10\nTạo dư địa phát triển mới cho tỉnh\nSáng 4/4, ...",
            "news",
            None,
            "Tạo dư địa phát triển mới cho tỉnh",
        ),
        (
            "THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề công tác cán bộ\nNgày 3/4, Ban Thường vụ họp.",
            "thong_bao_ket_luan",
            None,
            "THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về công tác cán bộ",
        ),
        ("Một đoạn văn rất dài không có tiêu đề, kết thúc bằng dấu chấm.", "news", None, None),
        ("", None, None, None),
    ],
)
def test_detect_title(text, doc_type, hint, title):
    assert detect_title(text, doc_type, hint)[0] == title
