import pytest

from documents.metadata import extract_metadata
from documents.metadata.levels import body_level, headline_level


def _level(sentence, event, meeting_type=None):
    start = sentence.index(event)
    return body_level(sentence, start, start + len(event), meeting_type)


@pytest.mark.parametrize(
    ("sentence", "event", "meeting_type", "level"),
    [
        # the body named right after the event
        (
            "Sáng 3/9, Đại hội đại biểu Đảng bộ phường An Lạc lần thứ I khai mạc.",
            "Đại hội",
            "dai_hoi",
            "commune",
        ),
        (
            "Hội nghị Ban Chấp hành Đảng bộ huyện Mỹ Đức lần thứ 12 bế mạc.",
            "Hội nghị",
            "ban_chap_hanh",
            "district",
        ),
        ("Đảng bộ Q.5 tổ chức Đại hội đại biểu lần thứ XI.", "Đại hội", "dai_hoi", "district"),
        # the subject before the event
        ("Xã Tân Phú tổ chức kỷ niệm 95 năm ngày thành lập Đảng.", "kỷ niệm", "other", "commune"),
        ("Chiều 8/4, Huyện ủy Đông Sơn tổ chức hội nghị sơ kết.", "hội nghị", "other", "district"),
        ("Thành ủy Bảo Lộc tổ chức Hội nghị Ban Chấp hành mở rộng.", "Hội nghị", "ban_chap_hanh", "district"),
        (
            "Thành ủy Đà Nẵng tổ chức Hội nghị Ban Chấp hành lần thứ 8.",
            "Hội nghị",
            "ban_chap_hanh",
            "province",
        ),
        # party organisations of agencies, enterprises and blocs
        ("Đảng bộ Sở Tài chính tỉnh tổ chức Đại hội nhiệm kỳ 2025-2030.", "Đại hội", "dai_hoi", "other"),
        (
            "Đảng ủy UBND tỉnh tổ chức hội nghị Ban Chấp hành lần thứ nhất.",
            "hội nghị",
            "ban_chap_hanh",
            "other",
        ),
        ("Chi bộ Phòng Kế hoạch tổ chức Đại hội nhiệm kỳ 2025-2027.", "Đại hội", "dai_hoi", "other"),
        # a working session sits at its host
        (
            "Đoàn công tác của Huyện ủy Lạc Sơn làm việc với Đảng ủy xã Quý Hòa.",
            "làm việc với",
            "lam_viec",
            "commune",
        ),
        ("Ban Thường vụ Tỉnh ủy họp nghe báo cáo.", "họp", "ban_thuong_vu", "province"),
        # a city left unnamed after the event is the one named before it
        (
            "Thành ủy Vĩnh Yên tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 8.",
            "Hội nghị",
            "ban_chap_hanh",
            "district",
        ),
        # a bloc's committee hosts a working session; a province government's Party group is the province's
        (
            "Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh.",
            "làm việc với",
            "lam_viec",
            "other",
        ),
    ],
)
def test_body_level(sentence, event, meeting_type, level):
    assert _level(sentence, event, meeting_type) == level


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # the committee named last is part of the agency's Party organisation's name
        ("Sáng 9/10, Đảng bộ Ban Nội chính Tỉnh ủy tổ chức Đại hội lần thứ II.", "other"),
        ("Chiều 15/5, Đảng bộ Văn phòng Huyện ủy Yên Lạc khai mạc Đại hội lần thứ V.", "other"),
        # a committee named apart from the agency holds its own event
        ("Ngày 3/8, sau khi Đảng bộ Sở Tài chính kết thúc, Tỉnh ủy tổ chức Đại hội.", "province"),
        ("Ngày 20/7, Tỉnh ủy tổ chức Đại hội điểm.", "province"),
    ],
)
def test_an_agencys_party_organisation_named_with_its_committee(sentence, level):
    assert _level(sentence, "Đại hội", "dai_hoi") == level


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        # a centrally run city named in full is a province; a city of a province is a district,
        # and the province named after it (in brackets, after a comma) is not part of its name
        ("Sáng 8/3, Thành ủy TP Hồ Chí Minh tổ chức Hội nghị.", "province"),
        ("Sáng 8/3, Thành ủy Tam Kỳ (Đà Nẵng) tổ chức Hội nghị.", "district"),
        ("Sáng 8/3, Thành ủy Hội An, Đà Nẵng tổ chức Hội nghị.", "district"),
        ("Sáng 8/3, Thành ủy Thủ Dầu Một tổ chức Hội nghị.", "district"),
    ],
)
def test_a_citys_committee_by_the_citys_name_alone(sentence, level):
    assert _level(sentence, "Hội nghị", "other") == level


def test_a_sentence_naming_no_body_has_no_level_of_its_own():
    # a headline: the report's later sentences name the body (meeting_types reads them)
    assert _level("Hội nghị Ban Thường vụ lần thứ 18", "Hội nghị", "ban_thuong_vu") is None
    assert _level("Đồng chí Bí thư làm việc với đoàn công tác", "làm việc với", "lam_viec") is None


def test_a_province_governments_party_group_is_no_agencys_committee():
    # "Ban cán sự đảng Ủy ban nhân dân tỉnh" holds the words "đảng Ủy ban", not an "Đảng ủy"
    meta = extract_metadata(
        "Sáng 5/3, Đoàn công tác của Tỉnh ủy làm việc với Ban cán sự đảng Ủy ban nhân dân tỉnh."
    )
    assert (meta.meeting_type, meta.level) == ("lam_viec", "province")


@pytest.mark.parametrize(
    "sentence",
    # (a headline without marks gets its committee words back first: written_forms)
    ["HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ HUẾ", "Hội nghị Thành ủy Da Nang lan thu 12"],
)
def test_a_centrally_run_city_in_capitals_or_without_marks(sentence):
    assert _level(sentence, sentence[:8], "ban_chap_hanh") == "province"


@pytest.mark.parametrize(
    ("headline", "level"),
    [
        ("Phường Phú Thượng triển khai kết quả Đại hội Đảng bộ thành phố", "commune"),
        ("Huyện ủy Yên Lạc: Kỷ niệm 95 năm ngày thành lập Đảng", "district"),
        ("Tỉnh ủy Thái Bình sơ kết 6 tháng", "province"),
        ("Kỷ niệm 95 năm ngày thành lập Đảng", None),
    ],
)
def test_a_headline_gives_the_level_of_the_body_it_names_first(headline, level):
    assert headline_level(headline) == level
