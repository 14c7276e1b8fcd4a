"""Web pages: visible article text without the site's boilerplate, plus title/url/date hints."""

from __future__ import annotations

import pytest

from documents.readers import ReadError, read_bytes, read_file
from documents.readers.html_hints import normalize_date
from documents.readers.legacy import encode_tcvn3

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Hội nghị Ban Chấp hành lần thứ 12 - Báo Tỉnh</title>
<meta property="og:title" content="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12">
<link rel="canonical" href="https://baotinh.vn/chinh-tri/hoi-nghi-bch-12.html">
<meta property="article:published_time" content="2023-04-05T08:30:00+07:00">
<script>var quangCao = "Đoạn mã không được hiện";</script><style>p { color: red }</style>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/ct">Chính trị</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/ct">Chính trị</a></div>
<div class="container"><h1 class="title">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12</h1>
<article class="detail">
<p class="sapo">Sáng nay, Ban Chấp hành Đảng bộ tỉnh họp hội nghị lần thứ 12 để đánh giá
tình hình thực hiện nhiệm vụ quý I năm 2023.</p>
<div class="share-tools"><span>Chia sẻ</span><a href="#">Facebook</a><a href="#">Zalo</a></div>
<p>Hội nghị đã thảo luận và thống nhất các giải pháp phát triển kinh tế - xã hội, bảo đảm
quốc phòng, an ninh trong những tháng còn lại của năm.<br>Các đại biểu cũng góp ý vào dự thảo
báo cáo chính trị.</p>
<p>Chia sẻ với phóng viên, đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu nâng cao chất lượng công
tác xây dựng Đảng.</p>
<table><tr><td>Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Tăng trưởng</td><td>6,5%</td></tr></table>
<p><strong>Xem thêm:</strong> <a href="/a">Hội nghị Ban Chấp hành lần thứ 11</a></p>
<h3>Tin liên quan</h3>
<ul><li><a href="/b">Tỉnh ủy tổ chức hội nghị sơ kết</a></li>
<li><a href="/c">Ban Thường vụ Tỉnh ủy làm việc với huyện miền núi</a></li></ul>
</article>
<aside class="sidebar"><h3>Đọc nhiều nhất</h3><a href="/d">Bài đọc nhiều</a></aside>
<div class="box-news"><h2>Tin cùng chuyên mục</h2><ul><li><a href="/e">Bài cùng mục</a></li></ul></div>
<div id="comments"><h3>Bình luận</h3><form><textarea>Ý kiến</textarea></form></div>
</div>
<footer><p>Cơ quan chủ quản: Tỉnh ủy. Giấy phép số 01/GP.</p></footer></body></html>"""


@pytest.fixture
def page_result(tmp_path):
    path = tmp_path / "bai-viet.html"
    path.write_text(PAGE, encoding="utf-8")
    return read_file(path)


def test_article_text_kept_with_paragraphs(page_result) -> None:
    text = page_result.text
    assert text.startswith("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12\n\nSáng nay,")
    assert "nhiệm vụ quý I năm 2023.\n\nHội nghị đã thảo luận" in text
    assert "của năm.\nCác đại biểu" in text  # <br> is a line break
    assert "Chia sẻ với phóng viên, đồng chí Bí thư" in text  # a sentence, not a share bar
    assert "Chỉ tiêu | Kết quả\n" in text and "Tăng trưởng | 6,5%" in text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Đoạn mã",  # script
        "color",  # style
        "Trang chủ",  # nav, breadcrumb
        "Facebook",  # share bar
        "Xem thêm",
        "Hội nghị Ban Chấp hành lần thứ 11",
        "Tin liên quan",
        "sơ kết",
        "Đọc nhiều",  # aside
        "Tin cùng chuyên mục",
        "Bài cùng mục",
        "Bình luận",  # comments
        "Ý kiến",  # form
        "Giấy phép",  # footer
    ],
)
def test_boilerplate_removed(page_result, boilerplate: str) -> None:
    assert boilerplate not in page_result.text


def test_hints(page_result) -> None:
    assert page_result.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"
    assert page_result.url == "https://baotinh.vn/chinh-tri/hoi-nghi-bch-12.html"
    assert page_result.date == "2023-04-05"
    assert page_result.encoding == "utf-8"


def test_page_without_article_uses_body_and_drops_boxes() -> None:
    html = """<html><head><title>Thông báo của Văn phòng Tỉnh ủy</title>
    <meta property="og:url" content="https://tinhuy.vn/thong-bao-5"></head><body>
    <div id="menu-top"><a href="/">Giới thiệu</a> <a href="/vb">Văn bản</a></div>
    <div class="wrap"><div class="col-main">
    <p>Văn phòng Tỉnh ủy thông báo lịch làm việc của Thường trực Tỉnh ủy trong tuần.</p>
    <p>Ngày đăng: <time datetime="2024-01-08">08/01/2024</time></p></div>
    <div class="right-sidebar"><p>Liên kết website</p></div>
    <div class="related-news"><a href="/x">Thông báo số 4</a></div></div></body></html>"""
    result = read_bytes(html.encode(), ".htm")
    assert "lịch làm việc của Thường trực Tỉnh ủy" in result.text
    assert "Giới thiệu" not in result.text
    assert "Liên kết website" not in result.text
    assert "Thông báo số 4" not in result.text
    assert result.title == "Thông báo của Văn phòng Tỉnh ủy"
    assert result.url == "https://tinhuy.vn/thong-bao-5"
    assert result.date == "2024-01-08"


def test_wrapper_with_boilerplate_word_keeps_the_article() -> None:
    html = """<body><div class="page-with-sidebar"><h1>Kết luận của Ban Thường vụ</h1>
    <p>Ban Thường vụ Tỉnh ủy kết luận về công tác cán bộ năm 2024.</p></div></body>"""
    result = read_bytes(html.encode(), ".html")
    assert "kết luận về công tác cán bộ" in result.text
    assert result.title == "Kết luận của Ban Thường vụ"


def test_site_logo_h1_is_not_prepended() -> None:
    html = """<html><head><meta property="og:title" content="Chỉ thị về công tác phòng chống thiên tai">
    </head><body><div class="logo"><h1>Cổng thông tin Tỉnh ủy</h1></div><main>
    <p>Ban Thường vụ Tỉnh ủy ban hành chỉ thị về công tác phòng chống thiên tai năm 2024.</p>
    </main></body></html>"""
    result = read_bytes(html.encode(), ".html")
    assert result.text == "Ban Thường vụ Tỉnh ủy ban hành chỉ thị về công tác phòng chống thiên tai năm 2024."
    assert result.title == "Chỉ thị về công tác phòng chống thiên tai"


def test_title_falls_back_to_h1_then_title() -> None:
    with_h1 = (
        "<html><head><title>Trang</title></head><body><h1>Tiêu đề bài</h1><p>Nội dung.</p></body></html>"
    )
    assert read_bytes(with_h1.encode(), ".html").title == "Tiêu đề bài"
    only_title = "<html><head><title> Tiêu đề  trang </title></head><body><p>Nội dung.</p></body></html>"
    assert read_bytes(only_title.encode(), ".html").title == "Tiêu đề trang"


def test_legacy_font_page_declared_latin1() -> None:
    body = encode_tcvn3("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về công tác cán bộ")
    html = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    html += b'</head><body><p><font face=".VnTime">' + body + b"</font></p></body></html>"
    result = read_bytes(html, ".html")
    assert result.text == "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về công tác cán bộ"
    assert result.encoding == "tcvn3"


def test_declared_charset_used_when_detection_fails() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Café crème brûlée à la française</p>'
    result = read_bytes(html.encode("cp1252"), ".html")
    assert "Café crème brûlée" in result.text
    assert result.warnings


def test_nested_5000_levels_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 5000 + "<p>Nội dung nằm rất sâu.</p>" + "</div>" * 5000
    result = read_bytes((html + "</body></html>").encode(), ".html")
    assert result.text == "Nội dung nằm rất sâu."


def test_unclosed_nesting_does_not_crash() -> None:
    html = "<html><body>" + "<div><span>chữ " * 5000
    assert "chữ" in read_bytes(html.encode(), ".html").text


def test_page_without_visible_text() -> None:
    html = "<html><head><script>var a = 1;</script></head><body><nav><a>Trang chủ</a></nav></body></html>"
    with pytest.raises(ReadError, match="không có chữ nào hiển thị"):
        read_bytes(html.encode(), ".html")


def test_binary_named_html() -> None:
    with pytest.raises(ReadError, match=r"^không phải văn bản"):
        read_bytes(bytes(range(256)) * 8, ".html")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-05T08:30:00+07:00", "2023-04-05"),
        ("2023-4-5", "2023-04-05"),
        ("05/04/2023 08:30", "2023-04-05"),
        ("Thứ tư, 5-4-2023", "2023-04-05"),
        ("2023-04", "2023-04"),
        ("31/02/2023", None),
        ("không có ngày", None),
    ],
)
def test_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_date_from_meta_name() -> None:
    html = '<html><head><meta name="pubdate" content="12/10/2022"></head><body><p>Bài.</p></body></html>'
    assert read_bytes(html.encode(), ".html").date == "2022-10-12"
