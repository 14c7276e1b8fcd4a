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
        (
            "TỈNH ỦY X\nĐẢNG CỘNG SẢN VIỆT NAM\nK ÉT LUẬN\nHỘI NGHỊ LẦN THỨ TÁM\nvề phát triển du lịch\n"
            "Hội nghị lần thứ tám họp ngày 3/4/2023.",
            "ket_luan",
            None,
            "K ÉT LUẬN HỘI NGHỊ LẦN THỨ TÁM về phát triển du lịch",
        ),
        (
            "Một đoạn văn rất dài không có tiêu đề, kết thúc bằng dấu chấm. Câu thứ hai.",
            "news",
            None,
            "Một đoạn văn rất dài không có tiêu đề, kết thúc bằng dấu chấm",
        ),
        ("", None, None, None),
    ],
)
def test_detect_title(text, doc_type, hint, title):
    assert detect_title(text, doc_type, hint)[0] == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # furniture above the headline: section name, share button, timestamp, hotline
        (
            "Chính trị\nChia sẻ:\n09:15, 12/03/2022\nHotline: 0912 345 678\n"
            "Huyện ủy Yên Lạc tổng kết công tác xây dựng Đảng\nSáng 12/3, Huyện ủy họp.",
            "Huyện ủy Yên Lạc tổng kết công tác xây dựng Đảng",
        ),
        # a URL slug written without tone marks is not a headline
        (
            "hoi nghi huyen uy lan thu 9\nChiều 5/5, Huyện ủy Đông Anh tổ chức hội nghị lần thứ 9. Dự có...",
            "Chiều 5/5, Huyện ủy Đông Anh tổ chức hội nghị lần thứ 9",
        ),
        # an agency mark before the lead is dropped
        (
            "ĐNO - Sáng 8/8, Thành ủy tổ chức hội nghị sơ kết. Dự hội nghị có...",
            "Sáng 8/8, Thành ủy tổ chức hội nghị sơ kết",
        ),
        ("Phiên bản thử nghiệm\nĐài Phát thanh\n", None),
        # a photo's caption above the lead, however its credit is written
        (
            "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị. Ảnh: Minh Hà\n"
            "Sáng 6/7, Ban Thường vụ Tỉnh ủy họp cho ý kiến về dự thảo báo cáo. Dự có...",
            "Sáng 6/7, Ban Thường vụ Tỉnh ủy họp cho ý kiến về dự thảo báo cáo",
        ),
        (
            "Quang cảnh hội nghị Ban Chấp hành Đảng bộ huyện (Ảnh: Thu Trang)\n"
            "Huyện ủy Mê Linh tổng kết công tác kiểm tra, giám sát\nNgày 9/1, Huyện ủy họp.",
            "Huyện ủy Mê Linh tổng kết công tác kiểm tra, giám sát",
        ),
        (
            "Các đại biểu dự hội nghị tại điểm cầu tỉnh - Ảnh minh họa\n"
            "Tỉnh ủy quán triệt nghị quyết Trung ương lần thứ mười\nChiều 2/12, Tỉnh ủy tổ chức hội nghị.",
            "Tỉnh ủy quán triệt nghị quyết Trung ương lần thứ mười",
        ),
        # page furniture: print, font size, views, social buttons
        (
            "In bài\nCỡ chữ\nLượt xem: 1.234\nZalo\n"
            "Thành ủy Cần Thơ sơ kết sáu tháng đầu năm\nSáng 10/7, Thành ủy họp.",
            "Thành ủy Cần Thơ sơ kết sáu tháng đầu năm",
        ),
        # a formal document's letterhead, motto and place-and-date line are not its title
        (
            "HUYỆN ỦY TAM ĐẢO\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 21-TB/HU\nTam Đảo, ngày 4 tháng 6 năm 2023\n"
            "Huyện ủy Tam Đảo sơ kết công tác dân vận sáu tháng\nSáng 4/6, Huyện ủy họp.",
            "Huyện ủy Tam Đảo sơ kết công tác dân vận sáu tháng",
        ),
        (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Ủy ban nhân dân xã triển khai kế hoạch chuyển đổi số\nChiều 8/8, xã họp.",
            "Ủy ban nhân dân xã triển khai kế hoạch chuyển đổi số",
        ),
        # the site's navigation, however its entries are separated
        (
            "Giới thiệu  Tiện ích  Danh bạ  Liên hệ\nTrang chủ | Tin tức - Sự kiện | Văn bản\n"
            "Đảng ủy xã Tân Lập học tập chuyên đề năm 2024\nSáng 9/4, Đảng ủy xã tổ chức hội nghị.",
            "Đảng ủy xã Tân Lập học tập chuyên đề năm 2024",
        ),
        # a headline naming a section's subject among its own words is still a headline
        (
            "Tin tức về hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\nSáng 3/3, Tỉnh ủy họp.",
            "Tin tức về hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        ),
        (
            "Văn hóa, xã hội và quốc phòng, an ninh sáu tháng đầu năm\nSáng 3/7, Tỉnh ủy họp.",
            "Văn hóa, xã hội và quốc phòng, an ninh sáu tháng đầu năm",
        ),
        # a separator the page prints after its headline, an outlet's mark before it
        (
            "Huyện ủy Quỳ Hợp kiểm tra tiến độ xây dựng nông thôn mới năm 2023 |\n12/05/2023\nChiều 11/5.",
            "Huyện ủy Quỳ Hợp kiểm tra tiến độ xây dựng nông thôn mới năm 2023",
        ),
        (
            "NamDinhTV - Thành ủy Nam Định tổng kết công tác kiểm tra năm 2023\nSáng 5/1, Thành ủy họp.",
            "Thành ủy Nam Định tổng kết công tác kiểm tra năm 2023",
        ),
        # a template's empty value before the headline, a timestamp after it
        (
            "null Đảng bộ phường tổng kết công tác xây dựng Đảng năm 2024\nSáng 20/12, Đảng ủy họp.",
            "Đảng bộ phường tổng kết công tác xây dựng Đảng năm 2024",
        ),
        (
            "date 2024-05-03 Thành ủy Vinh cho ý kiến về quy hoạch đô thị 03/05/2024 09:15\nSáng 3/5, ...",
            "Thành ủy Vinh cho ý kiến về quy hoạch đô thị",
        ),
        (
            "Tỉnh ủy bàn giải pháp thúc đẩy giải ngân vốn đầu tư công | 16:40 - 12/9/2024\nChiều 12/9, ...",
            "Tỉnh ủy bàn giải pháp thúc đẩy giải ngân vốn đầu tư công",
        ),
        # a headline in capitals that begins with the committee is still a headline
        (
            "TỈNH ỦY NAM ĐỊNH HỌP BÀN CÔNG TÁC CÁN BỘ THÁNG MƯỜI\nSáng 2/10, Tỉnh ủy họp.",
            "TỈNH ỦY NAM ĐỊNH HỌP BÀN CÔNG TÁC CÁN BỘ THÁNG MƯỜI",
        ),
        # a headline that says "ảnh" in its own words is still a headline
        (
            "Hình ảnh hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20\nSáng 3/3, Tỉnh ủy họp.",
            "Hình ảnh hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20",
        ),
    ],
)
def test_furniture_is_skipped(text, title):
    assert detect_title(text)[0] == title


def test_long_first_sentence_is_cut_at_a_word_boundary():
    text = "Sáng 3/4, " + "Ban Thường vụ Tỉnh ủy họp bàn nhiều nội dung quan trọng về phát triển " * 5 + "."
    title = detect_title(text)[0]
    assert len(title) <= 160 and title.endswith("…")
    assert text.startswith(title[:-1]) and text[len(title) - 1] == " "


@pytest.mark.parametrize("hint", ["bao-cao_2023.docx", "hoi_nghi_tinh_uy", "  "])
def test_file_name_hint_is_not_a_title(hint):
    text = "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12\nNgày 3/5, ..."
    assert detect_title(text, "news", hint)[0] == "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12"
