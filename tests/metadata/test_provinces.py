import pytest

from documents.metadata.provinces import (
    canonical_province,
    detect_province,
    province_current,
    province_from_url,
)


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("Chiều 3/5, Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ.", None, "Nghệ An"),
        ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Giang lần thứ 12 khai mạc sáng nay.", None, "Bắc Giang"),
        ("Đồng chí Bí thư Tỉnh ủy Cao Bằng phát biểu tại hội nghị.", None, "Cao Bằng"),
        ("TỈNH ỦY QUẢNG NAM\n\nTHÔNG BÁO KẾT LUẬN", None, "Quảng Nam"),
        ("Thành ủy TP.HCM tổ chức hội nghị.", None, "Thành phố Hồ Chí Minh"),
        # places only one province has
        ("Dự án mở rộng Khu kinh tế Nghi Sơn và cảng biển chậm tiến độ.", None, "Thanh Hóa"),
        ("Tiếp tục đầu tư hạ tầng Khu kinh tế Dung Quất.", None, "Quảng Ngãi"),
        # the source URL's host
        (
            "Ban Thường vụ Tỉnh ủy họp cho ý kiến các nội dung quan trọng.",
            "https://baothanhhoa.vn/thoi-su/x.htm",
            "Thanh Hóa",
        ),
        ("Ban Thường vụ Tỉnh ủy họp.", "https://thanhhoa.dcs.vn/tin-tuc", "Thanh Hóa"),
        # passing mentions and false hits never win
        ("Thu ngân sách đứng đầu các tỉnh Bắc Trung Bộ.", None, None),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", None, None),
        ("Đồng chí Trương Hòa Bình dự hội nghị.", None, None),
        ("Tỉnh ủy Bắc Ninh kỷ luật nguyên Chủ tịch UBND tỉnh Bắc Giang (cũ).", None, "Bắc Ninh"),
        ("", None, None),
    ],
)
def test_detect_province(text, url, expected):
    assert detect_province(text, url)[0] == expected


def test_known_officials_decide_when_the_text_names_no_province():
    assert detect_province("Đồng chí Đỗ Trọng Hưng chủ trì hội nghị.", None, ["Thanh Hóa"])[0] == "Thanh Hóa"


@pytest.mark.parametrize(
    ("name", "canonical", "current"),
    [
        ("Thái Bình", "Thái Bình", "Hưng Yên"),
        ("Thanh Hoá", "Thanh Hóa", "Thanh Hóa"),
        ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Bắc Cạn", "Bắc Kạn", "Thái Nguyên"),
        ("Hà Giang", "Hà Giang", "Tuyên Quang"),
        ("Atlantis", None, None),
        (None, None, None),
    ],
)
def test_canonical_and_current(name, canonical, current):
    assert canonical_province(name) == canonical
    assert province_current(name) == current


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://baothanhhoa.vn/a.htm", "Thanh Hóa"),
        ("https://baoquangngai.vn/", "Quảng Ngãi"),
        ("https://www.baothaibinh.com.vn/tin", "Thái Bình"),
        ("https://nhandan.vn/x", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_province_from_url(url, expected):
    assert province_from_url(url) == expected
