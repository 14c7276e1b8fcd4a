import pytest

from documents.metadata.chair import detect_chair
from documents.metadata.officials import find_officials, merge, official_key
from documents.metadata.spans import layout


def _names(text):
    return [o.name for o in merge(find_officials(text, layout(text)))]


def _chair(text, meeting_type=None):
    spans = layout(text)
    return detect_chair(text, find_officials(text, spans), spans, meeting_type, 0)[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Đồng chí Trần Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
            ["Trần Văn Bình"],
        ),
        ("Phó Bí thư Thường trực Tỉnh ủy Lê Thị Hoa phát biểu tại hội nghị.", ["Lê Thị Hoa"]),
        ("Bí thư Tỉnh ủy Hà Tĩnh Phạm Quang Minh yêu cầu các cấp.", ["Phạm Quang Minh"]),
        ("Bí thư Thành ủy TP.HCM Võ Minh Đức chủ trì.", ["Võ Minh Đức"]),
        (
            "Các đồng chí: Ngô Văn An, Bí thư Tỉnh ủy; Đinh Thị Lan, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
            ["Ngô Văn An", "Đinh Thị Lan"],
        ),
        (
            "Dự có các đồng chí: Hà Ban – Phó trưởng Ban Tổ chức Trung ương; "
            "Mùa A Sử – Ủy viên Ban Thường vụ.",
            ["Hà Ban", "Mùa A Sử"],
        ),
        ("Ông Đặng Văn Phúc, Phó Chủ tịch UBND tỉnh cho biết.", ["Đặng Văn Phúc"]),
        ("bà Văn Thị Bạch Mai, Phó Bí thư Thành ủy.", ["Văn Thị Bạch Mai"]),
        ("Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu.", ["Tô Lâm"]),
        ("Giáo sư, Tiến sĩ Tạ Văn Tài, Phó Chủ tịch Hội đồng lý luận Trung ương.", ["Tạ Văn Tài"]),
        (
            "Đồng chí Nguyễn Thành Nam-Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ phát biểu.",
            ["Nguyễn Thành Nam"],
        ),
        # not officials: a title with no name, reporters, photographers, places
        ("Đồng chí Bí thư Tỉnh ủy nhấn mạnh; đồng chí Phó Bí thư phát biểu.", []),
        ("Nội dung bài viết.\n\nĐào Quyên\n\nẢnh: Thành Tâm", []),
        ("Bài và ảnh: Lê Minh Hoa", []),
        ("Chủ tịch UBND tỉnh Bình Định làm Bí thư Đảng ủy.", []),
        ("Bí thư Huyện ủy Hà Trung phát biểu.", []),
        ("Học tập tư tưởng Hồ Chí Minh, Chủ tịch nước.", []),
        ("", []),
    ],
)
def test_find_officials(text, names):
    assert _names(text) == names


def test_signature_block_names_the_signer():
    text = (
        "Nội dung kết luận.\n\nNơi nhận:\n- Như trên,\n\n"
        "**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\n(đã ký)\n\nĐặng Văn Huy"
    )
    officials = merge(find_officials(text, layout(text)))
    assert [(o.name, o.roles) for o in officials] == [("Đặng Văn Huy", ["ký"])]
    assert "PHÓ BÍ THƯ" in officials[0].titles


def test_signature_in_capitals():
    text = "Nơi nhận:\n- Như trên,\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNGUYỄN VĂN MINH"
    officials = merge(find_officials(text, layout(text)))
    assert [o.name for o in officials] == ["Nguyễn Văn Minh"]


def test_everyone_listed_before_chu_tri_chairs():
    text = (
        "Đồng chí Lê Văn An, Bí thư Tỉnh ủy và đồng chí Võ Thị Hà, Chủ tịch UBND tỉnh đồng chủ trì hội nghị."
    )
    officials = merge(find_officials(text, layout(text)))
    assert [(o.name, o.roles) for o in officials] == [("Lê Văn An", ["chủ trì"]), ("Võ Thị Hà", ["chủ trì"])]


def test_titles_and_roles_as_written():
    text = "Đồng chí Lê Văn Sơn, Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy trình bày báo cáo."
    [official] = merge(find_officials(text, layout(text)))
    assert official.titles == ["Tỉnh ủy viên", "Chánh Văn phòng Tỉnh ủy"]
    assert official.roles == ["trình bày"]


@pytest.mark.parametrize(
    ("text", "meeting_type", "chair"),
    [
        (
            "Ngày 28/11, dưới sự chủ trì của đồng chí Nguyễn Văn Khánh, Bí thư Tỉnh ủy, "
            "hội nghị được tổ chức.",
            None,
            "Nguyễn Văn Khánh",
        ),
        (
            "Các đồng chí: Ngô Văn An, Bí thư Tỉnh ủy; Đinh Thị Lan, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
            None,
            "Ngô Văn An",
        ),
        ("Phát biểu chỉ đạo của đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy tại hội nghị.", None, "Lê Văn Tâm"),
        (
            "Đồng chí Bùi Thị Vân, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy kết luận như sau.",
            None,
            "Bùi Thị Vân",
        ),
        (
            "Sáng 19/7, Giáo sư Tạ Văn Tài, Phó Chủ tịch Hội đồng làm trưởng đoàn "
            "có buổi làm việc với lãnh đạo Tỉnh ủy.",
            "lam_viec",
            "Tạ Văn Tài",
        ),
        # titles before the name, the name then chairs a bare "phiên họp"
        ("Bí thư Huyện ủy Lò Văn Pấng chủ trì phiên họp.", None, "Lò Văn Pấng"),
        (
            "Chiều 2.4, dưới sự chủ trì của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vũ Văn Đức, "
            "Đảng đoàn Quốc hội làm việc với Ban Thường vụ Tỉnh ủy.",
            "lam_viec",
            "Vũ Văn Đức",
        ),
        # "chủ trì" first, the person after it
        ("Chủ trì hội nghị có đồng chí Vi Văn Thắm, Bí thư Huyện ủy.", None, "Vi Văn Thắm"),
        # a list of titled names: the first listed chairs
        (
            "Bí thư Tỉnh ủy Mai Văn Hà; Phó Bí thư Tỉnh ủy Đinh Thị Yến đồng chủ trì cuộc họp.",
            None,
            "Mai Văn Hà",
        ),
        # the visiting leader of a working session
        (
            "Đoàn kiểm tra của Ban Bí thư do ông Đỗ Văn Chiến, Bí thư Trung ương Đảng làm Trưởng đoàn "
            "đã làm việc với Ban Thường vụ Tỉnh ủy.",
            "lam_viec",
            "Đỗ Văn Chiến",
        ),
        (
            "Ngày 5/4, Đoàn công tác của huyện ủy có buổi làm việc với đảng ủy xã. Tham dự có đồng chí "
            "Lý Thị Mai, Bí thư huyện ủy.",
            "lam_viec",
            "Lý Thị Mai",
        ),
        (
            "UBND tỉnh tổ chức phiên họp thường kỳ tháng 5. "
            "Ông Hà Văn Sơn, Chủ tịch UBND tỉnh chủ trì phiên họp.",
            None,
            None,
        ),
        # a delegation's head when no one is named where the text says "làm việc"
        (
            "Chiều 6/3, Đoàn kiểm tra số 12 của Bộ Chính trị do ông Trịnh Văn Quyết, Ủy viên Bộ Chính trị "
            "làm Trưởng đoàn, đã công bố quyết định kiểm tra tại Ban Thường vụ Tỉnh ủy.",
            "lam_viec",
            "Trịnh Văn Quyết",
        ),
        # "chỉ đạo hội nghị" on its own: who directed the conference
        (
            "Hội nghị quán triệt nghị quyết. Đồng chí Hồ Văn Niên - Phó Bí thư Thường trực Tỉnh ủy "
            "chỉ đạo hội nghị.",
            "other",
            "Hồ Văn Niên",
        ),
        # attending, a government meeting, a congress's guest are not chairing
        ("Đồng chí Nguyễn Văn Thống, Ủy viên Ban Thường vụ Tỉnh ủy đến dự và chỉ đạo hội nghị.", None, None),
        ("Ông Trần Văn Lâu, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ của UBND tỉnh.", None, None),
        ("Đồng chí Phan Văn Giang, Ủy viên Bộ Chính trị dự và phát biểu chỉ đạo Đại hội.", "dai_hoi", None),
        ("Bí thư Tỉnh ủy Lâm Văn Mẫn phát biểu tại hội nghị.", None, None),
    ],
)
def test_detect_chair(text, meeting_type, chair):
    assert _chair(text, meeting_type) == chair


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Trương Hoà Bình", "Trương Hòa Bình"),
        ("Nguyễn  Văn   A", "Nguyễn Văn A"),
        ("Lê Thị Thuỷ", "lê thị thủy"),
    ],
)
def test_official_key_is_one_person(a, b):
    assert official_key(a) == official_key(b)


def test_a_name_glued_to_its_form_of_address_is_found_whole():
    from documents.metadata import extract_metadata

    meta = extract_metadata(
        "Ban Thường vụ Tỉnh ủy gồm 14 đồng chí. Đồng chíTrịnh Văn Lộc, Phó Bí thư Tỉnh ủy được bầu "
        "giữ chức Bí thư; ôngHà Văn Sơn làm Phó Bí thư. Người dân không đồng tình thì bà con góp ý."
    )
    assert [o.name for o in meta.officials] == ["Trịnh Văn Lộc", "Hà Văn Sơn"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # titles that end in a ministry's name or in "Tối cao", right before the name
        ("Dự hội nghị có Bộ trưởng Bộ Dân tộc và Tôn giáo Trần Văn Dũng.", ["Trần Văn Dũng"]),
        (
            "Dự hội nghị có Chánh án TAND Tối cao Lê Minh Khoa; Bộ trưởng Bộ Công an Phạm Văn Tú.",
            ["Lê Minh Khoa", "Phạm Văn Tú"],
        ),
        ("Thứ trưởng Bộ Giáo dục và Đào tạo Hoàng Thị Lan phát biểu.", ["Hoàng Thị Lan"]),
        # the Youth Union's and a village Party cell's secretaries, an editor
        ("Dự có đồng chí Bí thư Tỉnh đoàn Nguyễn Văn Khoa.", ["Nguyễn Văn Khoa"]),
        ("Phát biểu tại hội nghị, Bí thư Chi bộ thôn Đỗ Văn Hải nhấn mạnh.", ["Đỗ Văn Hải"]),
        ("Phát biểu tại hội nghị, Tổng Biên tập Báo Vũ Thị Hạnh nhấn mạnh.", ["Vũ Thị Hạnh"]),
        # a place after such a word is still no one
        ("Phó Chủ tịch UBND tỉnh phát biểu về phát triển du lịch Hà Nam.", []),
    ],
)
def test_titles_ending_in_a_ministry_or_the_supreme_court(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # someone remembered is no official of the meeting
        ("Hội nghị kỷ niệm 110 năm ngày sinh Đại tướng Võ Văn Kiệt Minh.", []),
        ("Thực hiện lời dạy của cố Tổng Bí thư Lê Quang Đạt, tỉnh đẩy mạnh phòng chống tham nhũng.", []),
        ("Đoàn thăm gia đình ông Lê Văn Sáu ở thôn 3 và hộ bà Trần Thị Na.", []),
        # a private person: a resident, an age, a soldier's mother
        ("Ông Nguyễn Văn Tư, trú tại xã Yên Lạc, phản ánh về đất đai.", []),
        ("Bà Đỗ Thị Hoa, 78 tuổi, chia sẻ.", []),
        ("Dự có bà Nguyễn Thị Mai, mẹ liệt sĩ Trần Văn Bình.", []),
        # an official stays one, whoever supports or follows them
        ("Nhân dân ủng hộ đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy.", ["Lê Văn Hòa"]),
        ("Đồng chí Lê Văn Hòa, ở Ban Tổ chức Tỉnh ủy, Phó Trưởng ban phát biểu.", ["Lê Văn Hòa"]),
    ],
)
def test_people_named_but_not_serving(text, names):
    assert _names(text) == names


def _positions(text):
    return {o.name: (o.titles, o.positions) for o in merge(find_officials(text, layout(text)))}


def test_an_alternate_member_keeps_the_whole_title():
    # "dự" ends a title where the person attends ("dự hội nghị"), not in "Ủy viên dự khuyết"
    text = "Đồng chí Lê Minh Tâm - Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị."
    titles, positions = _positions(text)["Lê Minh Tâm"]
    assert titles == ["Ủy viên dự khuyết BCH Trung ương Đảng", "Bí thư Tỉnh ủy"]
    assert positions == ["Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy"]


def test_a_bare_membership_takes_the_committee_of_a_later_title():
    text = "Dự hội nghị có đồng chí Lê Minh Tâm, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy."
    titles, positions = _positions(text)["Lê Minh Tâm"]
    assert titles == ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]
    assert positions == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"]
